//go:build !unix

package cputime

import "time"

// Now is 0 where the process's CPU time is not known: Report reports nothing.
func Now() time.Duration { return 0 }

//go:build unix

package sources

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used, so that throughput can be
// reported on a busy machine where wall time says little.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// Package cputime reports throughput per CPU second in benchmarks.
//
// On a busy machine wall time says little about what code costs: other
// processes take turns on the same cores. The CPU time the process used
// does not depend on them (the garbage collector's time on other threads
// is counted, as it should be).
package cputime

import (
	"testing"
	"time"
)

// Report sets the metric "MB/cpu-s": bytes processed per second of CPU
// time used since start (a Now reading), when the platform tells.
func Report(b *testing.B, start time.Duration, bytes int64) {
	if used := Now() - start; used > 0 && start > 0 {
		b.ReportMetric(float64(bytes)/1e6/used.Seconds(), "MB/cpu-s")
	}
}

// Loop runs op as the benchmark's operation, each run over bytes bytes,
// and reports MB/s, MB/cpu-s and allocations: the timing loop every
// throughput benchmark shares.
func Loop(b *testing.B, bytes int64, op func()) {
	b.SetBytes(bytes)
	b.ReportAllocs()
	start, ops := Now(), int64(0)
	for b.Loop() {
		op()
		ops++
	}
	Report(b, start, ops*bytes)
}

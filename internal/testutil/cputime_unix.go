//go:build unix

package testutil

import (
	"syscall"
	"testing"
	"time"
)

// CPUTime is the CPU time, user and system, the process has used so far,
// garbage collection included. Unlike the wall clock it does not count
// the time a test waits while other processes hold the cores, so checks
// that compare the cost of a small and a large input measure with it.
func CPUTime(t testing.TB) time.Duration {
	t.Helper()
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// ReportCPU starts counting the CPU time of a benchmark's loop and
// returns the function that reports it, after the loop, as cpu-sec/op:
// on a machine shared with other work, the wall clock's sec/op counts
// the waits for a core, this metric only the work (the collector's
// included).
func ReportCPU(b *testing.B) func() {
	b.Helper()
	start := CPUTime(b)
	return func() {
		b.ReportMetric((CPUTime(b)-start).Seconds()/float64(b.N), "cpu-sec/op")
	}
}

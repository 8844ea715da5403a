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

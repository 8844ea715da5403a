//go:build !unix

package testutil

import (
	"testing"
	"time"
)

// CPUTime skips the test: this system has no getrusage, and a check
// that compared wall-clock times would fail whenever the machine is busy.
func CPUTime(t testing.TB) time.Duration {
	t.Helper()
	t.Skip("CPU time is not measured on this system")
	return 0
}

// ReportCPU reports nothing on this system (see CPUTime): the benchmark
// keeps its wall-clock sec/op.
func ReportCPU(b *testing.B) func() {
	b.Helper()
	return func() {}
}

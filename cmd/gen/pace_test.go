package main

import (
	"math"
	"runtime/debug"
	"testing"
)

// TestPaceBuild: gen build starts with the collector off below the small
// heap bound, as a soft memory limit; GOGC or GOMEMLIMIT set by the user
// leave the runtime as they configured it.
func TestPaceBuild(t *testing.T) {
	percent, limit := debug.SetGCPercent(100), debug.SetMemoryLimit(math.MaxInt64)
	defer func() { debug.SetGCPercent(percent); debug.SetMemoryLimit(limit) }()
	for _, tc := range []struct {
		name, env, value string
		percent          int
		limit            int64
	}{
		{"paced by gen", "", "", -1, smallHeap},
		{"GOGC set", "GOGC", "300", 300, math.MaxInt64},
		{"GOMEMLIMIT set", "GOMEMLIMIT", "2GiB", 100, math.MaxInt64},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("GOGC", "")
			t.Setenv("GOMEMLIMIT", "")
			if tc.env != "" {
				t.Setenv(tc.env, tc.value)
			}
			// What the runtime would have read from the environment.
			debug.SetGCPercent(map[bool]int{true: 300, false: 100}[tc.env == "GOGC"])
			debug.SetMemoryLimit(math.MaxInt64)
			stop := paceBuild()
			gotPercent, gotLimit := debug.SetGCPercent(100), debug.SetMemoryLimit(math.MaxInt64)
			stop()
			if gotPercent != tc.percent || gotLimit != tc.limit {
				t.Errorf("GC percent %d, memory limit %d; want %d and %d", gotPercent, gotLimit, tc.percent, tc.limit)
			}
		})
	}
}

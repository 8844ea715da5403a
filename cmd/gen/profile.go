package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"time"
)

// profileFlags are gen build's hidden flags for finding where a slow or
// large build spends its time and memory. They are taken out of the
// arguments before the flag set sees them, so they stay out of -h: they
// are for gen's developers, not for writers.
type profileFlags struct {
	cpu, mem string
}

// takeProfileFlags removes --cpuprofile=FILE and --memprofile=FILE (or the
// two-argument forms) from args.
func takeProfileFlags(args []string) (profileFlags, []string, error) {
	var p profileFlags
	rest := make([]string, 0, len(args))
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == "--" {
			rest = append(rest, args[i:]...)
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if !strings.HasPrefix(arg, "-") || name != "cpuprofile" && name != "memprofile" {
			rest = append(rest, arg)
			continue
		}
		if !hasValue {
			if i+1 >= len(args) {
				return p, nil, fmt.Errorf("flag --%s needs a file name, e.g. --%s=%s.out", name, name, strings.TrimSuffix(name, "profile"))
			}
			i++
			value = args[i]
		}
		if name == "cpuprofile" {
			p.cpu = value
		} else {
			p.mem = value
		}
	}
	return p, rest, nil
}

// start begins the CPU profile, if asked for; the returned func ends it
// and writes the heap profiles.
func (p profileFlags) start(stderr io.Writer) func() {
	var peak *peakHeap
	if p.mem != "" {
		peak = watchPeakHeap()
	}
	var cpu *os.File
	if p.cpu != "" {
		f, err := os.Create(p.cpu)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintf(stderr, "warning: --cpuprofile %s: %v\n", p.cpu, err)
		} else {
			cpu = f
		}
	}
	return func() {
		if cpu != nil {
			pprof.StopCPUProfile()
			cpu.Close()
		}
		if p.mem == "" {
			return
		}
		if err := peak.write(p.mem + ".peak"); err != nil {
			fmt.Fprintf(stderr, "warning: --memprofile %s.peak: %v\n", p.mem, err)
		}
		f, err := os.Create(p.mem)
		if err == nil {
			// The allocations of the whole build, not only what is live at
			// the end, are what a heap profile of a build is for.
			runtime.GC()
			err = pprof.Lookup("allocs").WriteTo(f, 0)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			fmt.Fprintf(stderr, "warning: --memprofile %s: %v\n", p.mem, err)
		}
	}
}

// peakHeap keeps the heap profile taken when the live heap was largest:
// what a build holds at its peak is what its peak memory is made of, and
// by the end of the build most of it is released.
type peakHeap struct {
	stop func()
	prof []byte
}

// watchPeakHeap samples the live heap every few milliseconds and takes a
// heap profile whenever it has grown a tenth past the last one taken.
// Each profile costs a collection: the profile is for finding what a
// build holds, not for timing it.
func watchPeakHeap() *peakHeap {
	ph := &peakHeap{}
	var taken uint64
	ph.stop = pollLiveHeap(20*time.Millisecond, func(live uint64) bool {
		if live <= taken+taken/10 {
			return true
		}
		// The heap profile is as of a completed collection: one run
		// now makes it show what is live at this moment.
		runtime.GC()
		var buf bytes.Buffer
		if pprof.Lookup("heap").WriteTo(&buf, 0) == nil {
			ph.prof, taken = buf.Bytes(), live
		}
		return true
	})
	return ph
}

// write stops the sampling and writes the largest heap's profile to name.
func (ph *peakHeap) write(name string) error {
	ph.stop()
	if ph.prof == nil {
		return nil
	}
	return os.WriteFile(name, ph.prof, 0o644)
}

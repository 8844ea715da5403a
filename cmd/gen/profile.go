package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
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
// and writes the heap profile.
func (p profileFlags) start(stderr io.Writer) func() {
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

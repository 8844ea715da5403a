// Command gen builds empathetic marketing sites and newsletters from
// Markdown: gen build, serve, lint, email, new and version.
package main

import (
	"fmt"
	"io"
	"math"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// Exit codes: scripts and CI tell a content problem from a broken
// invocation by them.
const (
	exitOK      = 0
	exitContent = 1 // the content has problems
	exitUsage   = 2 // usage or environment errors
)

var version = "dev"

const usage = `gen builds empathetic marketing sites and newsletters from Markdown.

Usage:
  gen build  [--source DIR] [--destination DIR] [--base-url URL] [--drafts] [--future] [--strict] [--quiet] [--force]
  gen serve  [--source DIR] [--bind 127.0.0.1] [--port 4000] [--no-drafts] [--poll]
  gen lint   [PATH ...] [--format text|json|sarif|github] [--strict] [--config FILE]
  gen email  [ISSUE ...] [--tool NAME] [--out DIR] [--check]
  gen new    article|issue "Title"
  gen init   [DIR] [--title T] [--tool NAME] [--force]
  gen theme  eject [FILE ...] [--force]
  gen version

Run "gen COMMAND -h" for a command's flags.
`

func main() {
	// A build allocates many short-lived values and keeps the site in
	// memory anyway; collecting less often makes large builds much faster.
	collectLess(400)
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// collectLess sets how much the heap may grow between collections, in
// percent of the live heap, unless the user set GOGC.
func collectLess(percent int) {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(percent)
	}
}

// How far gen build lets its heap grow between garbage collections:
// to smallHeap, or to twice the live heap when that is more, but past
// largeHeap only once the live heap is two thirds of it; from there by
// half the live heap. A build of 10,000 pages (a live heap under 100 MB)
// then collects a few times rather than every time its heap doubles, and
// one of 100,000 pages stays under 1.5 GB.
const (
	smallHeap = 256 << 20
	largeHeap = 1280 << 20
)

// paceBuild sets how gen build collects garbage (see smallHeap), unless
// the user set GOGC or GOMEMLIMIT. The heap bounds are the runtime's soft
// memory limit, which it keeps by collecting sooner; a goroutine watches
// the live heap and moves to the next pace as it grows, before the limit
// would have the collector run all the time. The collector's work is then
// proportional to what the build allocates, but where the memory bound
// allows less. The returned func stops the watching.
func paceBuild() (stop func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		collectLess(100)
		return func() {}
	}
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(smallHeap)
	small := true
	return pollLiveHeap(20*time.Millisecond, func(live uint64) bool {
		if small && live > smallHeap/2 {
			debug.SetGCPercent(100)
			debug.SetMemoryLimit(largeHeap)
			small = false
		}
		if live > largeHeap/3*2 {
			debug.SetMemoryLimit(math.MaxInt64)
			debug.SetGCPercent(50)
			return false
		}
		return true
	})
}

// pollLiveHeap calls fn with the live heap's size every interval, in a
// goroutine of its own, until fn returns false or the returned func is
// called; that func returns once fn is no longer running.
func pollLiveHeap(every time.Duration, fn func(live uint64) (more bool)) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		tick := time.NewTicker(every)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			metrics.Read(sample)
			if !fn(sample[0].Value.Uint64()) {
				return
			}
		}
	}()
	return func() {
		close(done)
		<-finished
	}
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "build":
		return cmdBuild(rest, stdout, stderr)
	case "serve", "server":
		return cmdServe(rest, stdout, stderr)
	case "lint":
		return cmdLint(rest, stdout, stderr)
	case "email":
		return cmdEmail(rest, stdout, stderr)
	case "new":
		return cmdNew(rest, stdout, stderr)
	case "init":
		return cmdInit(rest, stdout, stderr)
	case "theme":
		return cmdTheme(rest, stdout, stderr)
	case "version", "--version", "-v":
		fmt.Fprintln(stdout, "gen", moduleVersion())
		return exitOK
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprint(stderr, unknownCommand(cmd))
	return exitUsage
}

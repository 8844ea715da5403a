// Command gen builds empathetic marketing sites and newsletters from
// Markdown: gen build, serve, lint, email, new and version.
package main

import (
	"fmt"
	"io"
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

// collectLessAbove calls collectLess(percent) once the live heap exceeds
// live bytes, checking a few times a second until the returned func is
// called.
func collectLessAbove(live uint64, percent int) (stop func()) {
	return pollLiveHeap(100*time.Millisecond, func(heap uint64) bool {
		if heap > live {
			collectLess(percent)
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

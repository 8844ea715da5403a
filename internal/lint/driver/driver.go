// Package driver runs the linter over many pages: it reads the files,
// lints them on every processor, lends each file's memory to the next
// once it is linted, shares a page's source with the linter without
// copying it, and applies suppressions (gen-lint comments and front
// matter lint.disable) to the findings, reporting those that name an
// unknown rule or command. The rules and the per-page pass live in
// package lint; this package owns everything about files, workers, memory
// and suppression, and every program that lints goes through it.
package driver

import (
	"context"
	"iter"
	"runtime"
	"unsafe"

	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/lint"
	"github.com/claritynotes/gen/internal/parallel"

	// The rules register themselves with lint; every program that runs
	// the linter goes through the driver, which links them in.
	_ "github.com/claritynotes/gen/internal/lint/rules"
)

// Check lints one page and applies its suppressions, sharing its source
// with the linter instead of copying it. A page's source does not change
// while the page is in use (see content.Page.Source), and nothing in the
// result refers to it once Check returns.
func Check(l *lint.Linter, p *content.Page) lint.Result {
	return l.CheckSource(p, unsafe.String(unsafe.SliceData(p.Source), len(p.Source)), suppressor(l))
}

// CheckConsuming is Check for a caller that needs p.AST no more: the
// linter takes it apart as it reads it (see
// lint.Linter.CheckSourceConsuming).
func CheckConsuming(l *lint.Linter, p *content.Page) lint.Result {
	return l.CheckSourceConsuming(p, unsafe.String(unsafe.SliceData(p.Source), len(p.Source)), suppressor(l))
}

// Load reads one page for linting; Run calls it from its workers. buf is
// memory the file may be read into (ReadFile does): Run reuses it for a
// later file once the page is linted, unless Results keep their Source.
type Load func(path string, buf []byte) (*content.Page, error)

// Run loads and lints the files paths yields, in parallel (GOMAXPROCS
// workers), and returns the results in the order they were yielded. The
// sequence runs in a goroutine of its own, so linting starts while a
// folder walk is still under way. A path yielded with an error, or whose
// load fails, becomes a Result with Err. Results keep their Source only
// with quote, for reports that quote lines: the others need not hold every
// file in memory.
func Run(l *lint.Linter, paths iter.Seq2[string, error], load Load, quote bool) []lint.Result {
	type file struct {
		path string
		err  error
	}
	files := func(yield func(file) bool) {
		for p, err := range paths {
			if !yield(file{p, err}) {
				return
			}
		}
	}
	type done struct {
		i   int
		res lint.Result
	}
	workers := parallel.CPU()
	finished := make([][]done, workers)
	bufs := make([][]byte, workers) // each worker's last page source, once linted
	n, _ := parallel.Stream(context.Background(), files, workers, func(w, i int, f file) {
		res := lint.Result{Path: f.path, Err: f.err}
		if f.err == nil {
			if p, err := load(f.path, bufs[w]); err != nil {
				res.Err = err
			} else {
				res = Check(l, p)
				if !quote {
					// Findings own their strings (see lint.Pass.Report),
					// so the source's memory can take the next file.
					res.Source = nil
					bufs[w] = p.Source
				}
			}
		}
		finished[w] = append(finished[w], done{i, res})
		// A worker that never blocks is preempted by the runtime's
		// monitor every 10ms, which then keeps checking every 20µs
		// (about 7,000 wake-ups in a 10,000-file run). Yielding after
		// each file lets it back off; it also runs the walk promptly.
		runtime.Gosched()
	})
	out := make([]lint.Result, n)
	for _, f := range finished {
		for _, d := range f {
			out[d.i] = d.res
		}
	}
	return out
}

// CheckAll lints already-loaded pages in parallel, keeping their order.
func CheckAll(l *lint.Linter, pages []*content.Page) []lint.Result {
	out := make([]lint.Result, len(pages))
	parallel.For(context.Background(), len(pages), parallel.CPU(), func(i int) error {
		out[i] = Check(l, pages[i])
		return nil
	})
	return out
}

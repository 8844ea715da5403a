// Package driver runs the linter over many pages: it reads the files,
// lints them on every processor, lends each file's memory to the next
// once it is linted, and shares a page's source with the linter without
// copying it. The rules and the per-page pass live in package lint; this
// package owns everything about files, workers and memory.
package driver

import (
	"iter"
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/lint"
	// The rules register themselves with lint; every program that runs
	// the linter goes through the driver, which links them in.
	_ "github.com/claritynotes/gen/internal/lint/rules"
)

// Check lints one page, sharing its source with the linter instead of
// copying it. A page's source does not change while the page is in use
// (see content.Page.Source), and nothing in the result refers to it once
// Check returns.
func Check(l *lint.Linter, p *content.Page) lint.Result {
	return l.CheckSource(p, unsafe.String(unsafe.SliceData(p.Source), len(p.Source)))
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
	type job struct {
		i    int
		path string
		err  error
	}
	// The buffer lets the walk run ahead: workers then never wait for it
	// to be scheduled.
	jobs := make(chan job, 4096)
	go func() {
		i := 0
		for p, err := range paths {
			jobs <- job{i, p, err}
			i++
		}
		close(jobs)
	}()
	type done struct {
		i   int
		res lint.Result
	}
	workers := runtime.GOMAXPROCS(0)
	finished := make([][]done, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf []byte // the last page's source, once linted
			for j := range jobs {
				res := lint.Result{Path: j.path, Err: j.err}
				if j.err == nil {
					if p, err := load(j.path, buf); err != nil {
						res.Err = err
					} else {
						res = Check(l, p)
						if !quote {
							// Findings own their strings (see lint.Pass.Report),
							// so the source's memory can take the next file.
							res.Source = nil
							buf = p.Source
						}
					}
				}
				finished[w] = append(finished[w], done{j.i, res})
				// A worker that never blocks is preempted by the runtime's
				// monitor every 10ms, which then keeps checking every 20µs
				// (about 7,000 wake-ups in a 10,000-file run). Yielding after
				// each file lets it back off; it also runs the walk promptly.
				runtime.Gosched()
			}
		}()
	}
	wg.Wait()
	n := 0
	for _, f := range finished {
		n += len(f)
	}
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
	Parallel(len(pages), func(i int) { out[i] = Check(l, pages[i]) })
	return out
}

// Parallel calls f(0) … f(n-1) on GOMAXPROCS workers. Workers take the
// next index from a shared counter: with a channel fed by another
// goroutine, a worker that finished would often wait for the feeder to be
// scheduled, and an idle processor goes to sleep and must be woken, which
// cost a fifth of the wall time of a 10,000-file run on two CPUs. (Run's
// feeder is a folder walk, so it uses a channel, with a buffer large
// enough that the walk stays ahead.)
func Parallel(n int, f func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(n, 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				f(i)
			}
		}()
	}
	wg.Wait()
}

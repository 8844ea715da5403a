// Package parallel runs indexed work on a bounded number of goroutines:
// the one worker pool behind every parallel loop of a build, with a
// context to stop it.
package parallel

import (
	"context"
	"iter"
	"runtime"
	"sync"
	"sync/atomic"
)

// CPU is the worker count for work that computes: one per processor.
func CPU() int { return runtime.GOMAXPROCS(0) }

// IO is the worker count for work that mostly waits on file system calls:
// more workers than processors keep the processors busy while some block.
func IO() int { return 4 * runtime.GOMAXPROCS(0) }

// For calls fn(i) for every i in [0, n) on at most workers goroutines and
// returns once every call it started has returned. When a call returns an
// error or ctx is done, no further index is handed out; For then returns
// ctx's error, or else the error of the lowest index that failed. Callers
// that want every error store them by index and return nil.
//
// Workers take the next index from a shared counter rather than a channel:
// with a channel fed by another goroutine, a worker that finished would
// often wait for the feeder to be scheduled.
func For(ctx context.Context, n, workers int, fn func(i int) error) error {
	workers = min(n, max(workers, 1))
	var (
		next   atomic.Int64
		failed atomic.Bool
		errs   []error
		mu     sync.Mutex
	)
	record := func(i int, err error) {
		mu.Lock()
		defer mu.Unlock()
		if errs == nil {
			errs = make([]error, n)
		}
		errs[i] = err
		failed.Store(true)
	}
	work := func() {
		for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
			if failed.Load() || ctx.Err() != nil {
				return
			}
			if err := fn(i); err != nil {
				record(i, err)
			}
		}
	}
	if workers <= 1 {
		work()
	} else {
		var wg sync.WaitGroup
		for range workers {
			wg.Go(work)
		}
		wg.Wait()
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// ahead is how many items Stream's producer may run ahead of the workers:
// enough that a worker never waits for it to be scheduled.
const ahead = 4096

// Stream calls fn for every item seq yields, on at most workers
// goroutines, and returns how many items seq yielded. Each call gets the
// item's index in seq and the number of its worker (0 to workers-1), so a
// worker may keep state between its calls without locks. seq runs in a
// goroutine of its own, so work starts while seq is still producing (a
// folder walk, say), which is why Stream hands items over a channel where
// For uses a counter. Once ctx is done no further item is handed out and
// Stream returns ctx's error.
func Stream[T any](ctx context.Context, seq iter.Seq[T], workers int, fn func(worker, i int, item T)) (int, error) {
	workers = max(workers, 1)
	type job struct {
		i    int
		item T
	}
	jobs := make(chan job, ahead)
	var yielded int
	go func() {
		defer close(jobs)
		for item := range seq {
			if ctx.Err() != nil {
				return
			}
			jobs <- job{yielded, item}
			yielded++
		}
	}()
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for j := range jobs {
				if ctx.Err() == nil {
					fn(w, j.i, j.item)
				}
			}
		})
	}
	wg.Wait() // the producer closed jobs, so yielded is final
	return yielded, ctx.Err()
}

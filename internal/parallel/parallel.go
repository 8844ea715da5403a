// Package parallel runs indexed work on a bounded number of goroutines:
// the one worker pool behind every parallel loop of a build, with a
// context to stop it.
package parallel

import (
	"context"
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

package parallel

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync/atomic"
	"testing"
)

func TestForCallsEveryIndexOnce(t *testing.T) {
	for _, tc := range []struct{ n, workers int }{{0, 4}, {1, 4}, {7, 1}, {100, 3}, {1000, 64}, {5, 0}} {
		t.Run(fmt.Sprintf("n=%d,workers=%d", tc.n, tc.workers), func(t *testing.T) {
			calls := make([]atomic.Int32, tc.n)
			if err := For(context.Background(), tc.n, tc.workers, func(i int) error {
				calls[i].Add(1)
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			for i := range calls {
				if c := calls[i].Load(); c != 1 {
					t.Errorf("index %d called %d times, want 1", i, c)
				}
			}
		})
	}
}

func TestForBoundsWorkers(t *testing.T) {
	const workers = 3
	var running, most atomic.Int32
	release := make(chan struct{})
	done := make(chan error)
	go func() {
		done <- For(context.Background(), 50, workers, func(int) error {
			now := running.Add(1)
			for {
				m := most.Load()
				if now <= m || most.CompareAndSwap(m, now) {
					break
				}
			}
			<-release
			running.Add(-1)
			return nil
		})
	}()
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if m := most.Load(); m > workers {
		t.Errorf("%d calls ran at once, want at most %d", m, workers)
	}
}

func TestForStopsOnError(t *testing.T) {
	boom := errors.New("boom")
	var calls atomic.Int32
	err := For(context.Background(), 1000, 1, func(i int) error {
		calls.Add(1)
		if i == 10 {
			return boom
		}
		return nil
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want boom", err)
	}
	if c := calls.Load(); c != 11 {
		t.Errorf("%d calls with one worker, want 11 (none after the error)", c)
	}
}

func TestForReturnsLowestIndexError(t *testing.T) {
	err := For(context.Background(), 2, 2, func(i int) error { return fmt.Errorf("index %d", i) })
	// Both may run before either fails; whichever ran, the lowest wins.
	if err == nil || err.Error() != "index 0" && err.Error() != "index 1" {
		t.Fatalf("err = %v", err)
	}
	err = For(context.Background(), 3, 1, func(i int) error {
		if i > 0 {
			return fmt.Errorf("index %d", i)
		}
		return nil
	})
	if err == nil || err.Error() != "index 1" {
		t.Fatalf("err = %v, want index 1", err)
	}
}

func TestForStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var calls atomic.Int32
	err := For(ctx, 1000, 1, func(i int) error {
		calls.Add(1)
		if i == 4 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if c := calls.Load(); c != 5 {
		t.Errorf("%d calls, want 5 (none after cancel)", c)
	}
}

func TestStreamCallsEveryItemOnceWithItsIndex(t *testing.T) {
	const n, workers = 1000, 4
	got := make([]atomic.Int32, n)
	var badWorker atomic.Bool
	count, err := Stream(context.Background(), slices.Values(make([]struct{}, n)), workers, func(w, i int, _ struct{}) {
		if w < 0 || w >= workers {
			badWorker.Store(true)
		}
		got[i].Add(1)
	})
	if err != nil || count != n {
		t.Fatalf("Stream = %d, %v; want %d, nil", count, err, n)
	}
	if badWorker.Load() {
		t.Error("a call got a worker number out of range")
	}
	for i := range got {
		if c := got[i].Load(); c != 1 {
			t.Errorf("item %d handled %d times, want 1", i, c)
		}
	}
}

func TestStreamStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var calls atomic.Int32
	endless := func(yield func(int) bool) {
		for i := 0; yield(i); i++ {
		}
	}
	_, err := Stream(ctx, endless, 2, func(_, i, _ int) {
		if calls.Add(1) == 10 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

package serve

import (
	"context"
	"slices"
	"testing"
	"testing/synctest"
	"time"
)

// collect runs coalesce in the bubble and records every batch with the
// (fake) time it was handed on.
type collected struct {
	at    time.Duration
	batch Batch
}

func runCoalesce(t *testing.T, feed func(in chan<- Batch), busy time.Duration) []collected {
	t.Helper()
	var got []collected
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		defer cancel()
		in := make(chan Batch)
		out := make(chan Batch)
		start := time.Now()
		go coalesce(ctx, in, out, defaultQuiet, defaultMaxWait)
		done := make(chan struct{})
		go func() {
			defer close(done)
			for b := range out {
				got = append(got, collected{time.Since(start), b})
				time.Sleep(busy) // the rebuild
			}
		}()
		feed(in)
		close(in)
		synctest.Wait()
		time.Sleep(time.Second) // let the last quiet period and rebuild end
		close(out)
		<-done
	})
	return got
}

func paths(p ...string) Batch { return Batch{Paths: p} }

func TestCoalesceOneSaveOneBatch(t *testing.T) {
	// vim's save: probe file, backup rename, new file, write, chmod, delete backup.
	got := runCoalesce(t, func(in chan<- Batch) {
		for _, p := range []string{"content/a.md", "content/a.md", "content/a.md"} {
			in <- paths(p)
			time.Sleep(2 * time.Millisecond)
		}
	}, 0)
	if len(got) != 1 || !slices.Equal(got[0].batch.Paths, []string{"content/a.md"}) {
		t.Fatalf("got %+v, want one batch with content/a.md", got)
	}
}

func TestCoalesceSavesApartEachRebuild(t *testing.T) {
	// Five saves 0.3 s apart are five rebuilds: each must be shown.
	got := runCoalesce(t, func(in chan<- Batch) {
		for range 5 {
			in <- paths("content/a.md")
			time.Sleep(300 * time.Millisecond)
		}
	}, 40*time.Millisecond)
	if len(got) != 5 {
		t.Fatalf("got %d batches, want 5: %+v", len(got), got)
	}
}

func TestCoalesceBusyReceiverAccumulates(t *testing.T) {
	// Changes made during a slow rebuild arrive together in the next batch.
	got := runCoalesce(t, func(in chan<- Batch) {
		in <- paths("content/a.md")
		time.Sleep(50 * time.Millisecond) // a.md's rebuild is running now
		in <- paths("content/b.md")
		time.Sleep(50 * time.Millisecond)
		in <- paths("content/c.md")
		in <- Batch{Full: true}
	}, 400*time.Millisecond)
	if len(got) != 2 {
		t.Fatalf("got %d batches, want 2: %+v", len(got), got)
	}
	if want := []string{"content/b.md", "content/c.md"}; !slices.Equal(got[1].batch.Paths, want) || !got[1].batch.Full {
		t.Errorf("second batch = %+v, want %v and Full", got[1].batch, want)
	}
}

func TestCoalesceBurstOfWrites(t *testing.T) {
	// 100 writes 1 ms apart to 10 files: one rebuild that names all of them.
	got := runCoalesce(t, func(in chan<- Batch) {
		for i := range 100 {
			in <- paths("content/f" + string(rune('0'+i%10)) + ".md")
			time.Sleep(time.Millisecond)
		}
	}, 0)
	if len(got) != 1 || len(got[0].batch.Paths) != 10 {
		t.Fatalf("got %+v, want one batch of 10 paths", got)
	}
}

func TestCoalesceNeverQuietStillRebuilds(t *testing.T) {
	// A file written every 10 ms for 2 s still gets a rebuild every maxWait.
	got := runCoalesce(t, func(in chan<- Batch) {
		for range 200 {
			in <- paths("static/log.txt")
			time.Sleep(10 * time.Millisecond)
		}
	}, 0)
	if len(got) < 4 {
		t.Fatalf("got %d batches over 2 s of writes, want one at least every %v", len(got), defaultMaxWait)
	}
	for i := 1; i < len(got); i++ {
		if gap := got[i].at - got[i-1].at; gap > defaultMaxWait+defaultQuiet {
			t.Errorf("batch %d came %v after the previous one", i, gap)
		}
	}
}

func TestCoalesceIgnoresEmpty(t *testing.T) {
	got := runCoalesce(t, func(in chan<- Batch) {
		in <- Batch{}
		in <- Batch{}
	}, 0)
	if len(got) != 0 {
		t.Fatalf("got %+v, want no batches", got)
	}
}

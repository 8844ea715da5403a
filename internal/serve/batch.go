package serve

import (
	"context"
	"maps"
	"slices"
	"time"
)

// Batch is a set of changes handed to one rebuild.
type Batch struct {
	// Paths are site-relative, slash-separated, sorted and unique.
	Paths []string
	// Full says events may have been lost (the kernel queue overflowed):
	// only a full build is safe.
	Full bool
}

func (b Batch) empty() bool { return len(b.Paths) == 0 && !b.Full }

// Debounce timings. Editors save in bursts of events a few milliseconds
// apart (write a temporary file, rename it over, chmod), so a batch is handed
// on once no event arrived for quiet; a folder that never goes quiet still
// gets a rebuild every maxWait.
const (
	defaultQuiet   = 10 * time.Millisecond
	defaultMaxWait = 500 * time.Millisecond
)

// coalesce merges the change sets read from in and sends them on out as one
// Batch once the events have been quiet for quiet (or maxWait has passed
// since the batch's first event). While the receiver is busy rebuilding,
// changes keep accumulating into the next batch: none is ever dropped. It
// returns when ctx is done or in is closed (after handing on what is left).
func coalesce(ctx context.Context, in <-chan Batch, out chan<- Batch, quiet, maxWait time.Duration) {
	pending := map[string]bool{}
	full := false
	ready := false
	var started time.Time
	timer := time.NewTimer(quiet)
	timer.Stop()
	for {
		var send chan<- Batch
		var next Batch
		if ready && (len(pending) > 0 || full) {
			send = out
			next = Batch{Paths: slices.Sorted(maps.Keys(pending)), Full: full}
		}
		select {
		case b, ok := <-in:
			if !ok {
				if len(pending) > 0 || full {
					select {
					case out <- Batch{Paths: slices.Sorted(maps.Keys(pending)), Full: full}:
					case <-ctx.Done():
					}
				}
				return
			}
			if b.empty() {
				continue
			}
			now := time.Now()
			if len(pending) == 0 && !full {
				started = now
			}
			for _, p := range b.Paths {
				pending[p] = true
			}
			full = full || b.Full
			wait := min(quiet, started.Add(maxWait).Sub(now))
			if wait <= 0 {
				ready = true
				continue
			}
			ready = false
			timer.Reset(wait)
		case <-timer.C:
			ready = true
		case send <- next:
			pending = map[string]bool{}
			full, ready = false, false
		case <-ctx.Done():
			timer.Stop()
			return
		}
	}
}

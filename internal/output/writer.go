package output

import (
	"crypto/sha256"
	"fmt"
	"os"
	"sync"
)

// A stage makes every change to its temporary folder (folders, files,
// links to the previous site's files) in one goroutine, its writer, in
// the order the build asked for them. The render workers do not wait
// for their files to be made: they hash a file, queue it and go on
// rendering while the writer makes it. No two threads of the build
// create entries in one folder at once, so none waits on that folder's
// lock in the kernel.
//
// What a file costs here is the kernel's own work: a new inode, a
// folder entry and a folder block, and fresh page cache filled with the
// bytes. The writer's calls are already the fewest (mkdir, open, one
// write, close) and its path lookups a small share. Two writers on
// different folders, raw system calls that keep the writer's processor
// through each call, and render workers making their own files instead
// of queueing them each left a build's time on disk where it was, or
// made it longer.
//
// The queue holds at most maxQueued changes and maxQueuedBytes of file
// contents: a build far ahead of its disk waits rather than holding the
// site in memory.
const (
	maxQueued      = 256
	maxQueuedBytes = 8 << 20
)

// change is one change the writer makes in the temporary folder.
type change struct {
	name string // slash-separated, in the destination
	p    string // the path in the temporary folder
	// data is the file to write; with remove set, the file at p is
	// removed instead (an earlier write of a name now kept in place).
	data   []byte
	remove bool
	// buf, when set, holds data: the writer's own copy, pooled (see
	// getInput), which goes back once the change is made.
	buf *[]byte
	// reuse, when set, asks for the previous site's file at this path,
	// with hash sum, to be linked (or copied) in; the writer reports on
	// reused whether it could be.
	reuse  string
	sum    Sum
	reused chan bool
}

// writer is a stage's queue of changes and the state of its goroutine.
type writer struct {
	queue chan *change
	idle  chan struct{} // closed when the goroutine has returned

	mu   sync.Mutex
	cond sync.Cond // signalled as changes leave the queue
	// count is the changes queued and not yet made, bytes the file
	// contents among them; pending is the newest queued write of each
	// name, which Read returns while the file is not made.
	count, bytes int
	pending      map[string]*change
	// err is the first change that failed: the site cannot be
	// published, and later writes are not made.
	err error
	// stopped is set by Abort: the changes left are dropped.
	stopped bool
}

func (w *writer) init() {
	w.queue = make(chan *change, maxQueued)
	w.idle = make(chan struct{})
	w.cond.L = &w.mu
	w.pending = map[string]*change{}
}

// enqueue hands c to the writer, waiting while the queue holds its
// share of bytes. It returns the error of a change that failed before,
// if any: the build need not go on making files.
func (s *Stage) enqueue(c *change) error {
	w := &s.w
	w.mu.Lock()
	for w.bytes > 0 && w.bytes+len(c.data) > maxQueuedBytes && w.err == nil && !w.stopped {
		w.cond.Wait()
	}
	if err := w.err; err != nil {
		w.mu.Unlock()
		return err
	}
	w.count++
	w.bytes += len(c.data)
	if !c.remove && c.reuse == "" {
		w.pending[c.name] = c
	}
	w.mu.Unlock()
	w.queue <- c
	return nil
}

// run is the writer's goroutine: it makes the queued changes until the
// queue is closed.
func (s *Stage) run() {
	w := &s.w
	defer close(w.idle)
	for c := range w.queue {
		w.mu.Lock()
		skip := w.err != nil || w.stopped
		w.mu.Unlock()
		ok, err := false, error(nil)
		if !skip {
			ok, err = s.apply(c)
		}
		if c.reused != nil {
			c.reused <- ok
		}
		w.mu.Lock()
		if err != nil && w.err == nil {
			w.err = err
		}
		if w.pending[c.name] == c {
			delete(w.pending, c.name)
		}
		w.count--
		w.bytes -= len(c.data)
		w.cond.Broadcast()
		w.mu.Unlock()
		// Read copies a pending write's bytes under w.mu, and c is no
		// longer pending: nothing reads the buffer now.
		if c.buf != nil {
			putInput(c.buf)
		}
	}
}

// apply makes one change. A reuse reports whether the file is in place;
// its failing is no error, since the build then makes the file itself.
func (s *Stage) apply(c *change) (bool, error) {
	switch {
	case c.remove:
		os.Remove(c.p)
		return true, nil
	case c.reuse != "":
		return s.link(c.p, c.reuse, c.sum), nil
	}
	if err := s.mkdir(c.p); err != nil {
		return false, err
	}
	if err := create(c.p, c.data); err != nil {
		return false, fmt.Errorf("cannot write %s: %w", c.name, unwrapPath(err))
	}
	return true, nil
}

// link puts the previous site's file old at p: a hard link, or a copy
// where there can be none (another device), checked against its hash
// since it was read now and may have changed since it was stamped.
func (s *Stage) link(p, old string, sum Sum) bool {
	if s.mkdir(p) != nil {
		return false
	}
	os.Remove(p) // a file written earlier under the name, if any
	if err := os.Link(old, p); err != nil {
		data, err := os.ReadFile(old)
		if err != nil || Sum(sha256.Sum256(data)) != sum || create(p, data) != nil {
			os.Remove(p)
			return false
		}
	}
	return true
}

// queued returns the bytes of the newest write of name still in the
// queue.
func (s *Stage) queued(name string) ([]byte, bool) {
	s.w.mu.Lock()
	defer s.w.mu.Unlock()
	if c, ok := s.w.pending[name]; ok {
		return c.data, true
	}
	return nil, false
}

// drain closes the queue and waits until the writer has made (or, once
// stopped, dropped) every change in it. It returns the first error. It
// is called under the life lock, so no Write adds to the queue.
func (s *Stage) drain(stop bool) error {
	w := &s.w
	w.mu.Lock()
	w.stopped = stop
	w.cond.Broadcast()
	w.mu.Unlock()
	close(w.queue)
	<-w.idle
	return w.err
}

package site

import (
	"fmt"
	"html/template"
	"os"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/claritynotes/gen/internal/render"
)

// bodiesInMemory is how many bytes of rendered bodies a staged build
// keeps in memory: a site of up to about 12,000 pages keeps them all
// (its bodies are some 40 MB), and a larger one moves the rest into the
// temporary file. Written and read back through the file, a body costs
// two system calls and a copy into the operating system's cache and out
// of it again, which on a disk was about a tenth of a clean build's
// system time; the budget bounds what keeping them adds to the memory of
// a site of 100,000 pages.
const bodiesInMemory = 48 << 20

// bodies keeps the rendered bodies of a staged build's pages from the
// moment each page is rendered until the jobs that show them run. Every
// page must be loaded before any output can be made (lists, neighbours
// and the menu need them all), and the bodies are the largest part of
// what a page leaves behind: up to the budget they stay in their views,
// and beyond it they wait in a temporary file, so memory holds the site's
// metadata and the pages in flight, not every page's HTML. The file,
// made at the first body over the budget, is read back through the
// operating system's cache. A nil *bodies keeps every body in its view.
type bodies struct {
	// budget is how many bytes of bodies stay in memory; held is how
	// many do.
	budget int64
	held   atomic.Int64

	open sync.Once
	f    *os.File // nil until a body is over the budget, or when it could not be made
	end  atomic.Int64
	mu   sync.RWMutex
	at   map[*render.PageView]bodySpan
}

// bodySpan is where a view's body is in the file.
type bodySpan struct {
	off int64
	n   int
}

// openBodies returns the store of a staged build's bodies, which keeps up
// to budget bytes of them in memory.
func openBodies(budget int64) *bodies {
	return &bodies{budget: budget, at: map[*render.PageView]bodySpan{}}
}

// file is the temporary file, made on first use; nil when it cannot be
// made: the bodies then stay in memory, which costs memory, not
// correctness.
func (s *bodies) file() *os.File {
	s.open.Do(func() {
		f, err := os.CreateTemp("", "gen-bodies-*")
		if err != nil {
			return
		}
		// Unlinked at once where the system allows it, so an interrupted
		// build leaves nothing behind; close removes it elsewhere.
		_ = os.Remove(f.Name())
		s.f = f
	})
	return s.f
}

// put keeps v's body in v while the bodies held stay within the budget,
// and otherwise moves it into the file, leaving v's Content empty until
// fill puts it back into a copy of v. A body the file cannot take stays
// in v.
func (s *bodies) put(v *render.PageView) {
	if s == nil || v == nil || len(v.Content) == 0 {
		return
	}
	n := len(v.Content)
	if s.held.Add(int64(n)) <= s.budget {
		return
	}
	s.held.Add(-int64(n))
	f := s.file()
	if f == nil {
		return
	}
	off := s.end.Add(int64(n)) - int64(n)
	// The file only reads the bytes: the string's own memory is written
	// rather than a copy of it (a site's bodies, once more).
	if _, err := f.WriteAt(unsafe.Slice(unsafe.StringData(string(v.Content)), n), off); err != nil {
		return
	}
	s.mu.Lock()
	s.at[v] = bodySpan{off, n}
	s.mu.Unlock()
	v.Content = ""
}

// fill returns v with its body: v itself when its body is in memory, else
// a copy of v (sharing its list entry) with the body read back.
func (s *bodies) fill(v *render.PageView) (*render.PageView, error) {
	span, ok := s.span(v)
	if !ok {
		return v, nil
	}
	buf := make([]byte, span.n)
	if _, err := s.f.ReadAt(buf, span.off); err != nil {
		return nil, fmt.Errorf("%s: reading its rendered body back from %s: %w", v.Path, s.f.Name(), err)
	}
	cp := *v
	// Nothing else holds buf, and nothing writes to it again: the body
	// is the buffer itself, not a second copy of it.
	cp.Content = template.HTML(unsafe.String(unsafe.SliceData(buf), len(buf)))
	return &cp, nil
}

// fillAll is fill for each view.
func (s *bodies) fillAll(views []*render.PageView) ([]*render.PageView, error) {
	out := make([]*render.PageView, len(views))
	for i, v := range views {
		var err error
		if out[i], err = s.fill(v); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// size is the length of v's body, wherever it is.
func (s *bodies) size(v *render.PageView) int {
	if span, ok := s.span(v); ok {
		return span.n
	}
	return len(v.Content)
}

func (s *bodies) span(v *render.PageView) (bodySpan, bool) {
	if s == nil || v == nil {
		return bodySpan{}, false
	}
	s.mu.RLock()
	span, ok := s.at[v]
	s.mu.RUnlock()
	return span, ok
}

// close drops the file, if one was made. The views whose bodies it holds
// must not be used for output any more.
func (s *bodies) close() {
	if s == nil || s.f == nil {
		return
	}
	name := s.f.Name()
	s.f.Close()
	_ = os.Remove(name)
}

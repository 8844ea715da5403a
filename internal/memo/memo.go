// Package memo is a bounded, concurrency-safe cache for results that
// depend only on their key, such as a parsed stylesheet or style
// attribute.
package memo

import (
	"sync"
	"sync/atomic"
)

// Memo caches results that depend only on their key. It stops growing at
// max entries, so unusual content cannot make a long-running gen serve
// grow it without bound; past that, misses are computed and not stored.
//
// Every worker of a build reads the same few keys over and over (the
// style attributes of a theme's tags), so a read takes no lock: a hit
// reads a map that is never written once published. New entries go to
// a second map behind a mutex, and once there have been as many misses
// as the published map has entries, the two are joined into a new
// published map: each miss pays for the copy of about one entry.
type Memo[K comparable, V any] struct {
	read   atomic.Pointer[map[K]V] // never written once stored
	mu     sync.Mutex
	dirty  map[K]V // the entries not in read
	misses int     // since read was last stored
	size   int     // entries in read and dirty
	max    int
}

// New makes a Memo that holds at most max entries.
func New[K comparable, V any](max int) *Memo[K, V] {
	c := &Memo[K, V]{dirty: map[K]V{}, max: max}
	c.read.Store(&map[K]V{})
	return c
}

// Get returns the cached value for k, computing it with f on a miss.
// Concurrent misses may compute the same value twice; both are equal.
func (c *Memo[K, V]) Get(k K, f func() V) V {
	if v, ok := (*c.read.Load())[k]; ok {
		return v
	}
	c.mu.Lock()
	v, ok := c.dirty[k]
	c.miss()
	c.mu.Unlock()
	if ok {
		return v
	}
	v = f()
	c.mu.Lock()
	if _, ok := c.dirty[k]; !ok && c.size < c.max {
		if _, ok := (*c.read.Load())[k]; !ok {
			c.dirty[k] = v
			c.size++
		}
	}
	c.mu.Unlock()
	return v
}

// miss counts a lookup that read missed, and publishes the entries of
// dirty when misses have paid for copying read. c.mu must be held.
func (c *Memo[K, V]) miss() {
	c.misses++
	read := *c.read.Load()
	if len(c.dirty) == 0 || c.misses < len(read) {
		return
	}
	m := make(map[K]V, len(read)+len(c.dirty))
	for k, v := range read {
		m[k] = v
	}
	for k, v := range c.dirty {
		m[k] = v
	}
	c.read.Store(&m)
	c.dirty = map[K]V{}
	c.misses = 0
}

// Strings is a Memo keyed by strings that can also be looked up by bytes
// without copying them.
type Strings[V any] struct{ memo *Memo[string, V] }

// NewStrings makes a Strings that holds at most max entries.
func NewStrings[V any](max int) *Strings[V] {
	return &Strings[V]{New[string, V](max)}
}

// Get returns the cached value for k, computing it with f on a miss.
func (c *Strings[V]) Get(k string, f func(string) V) V {
	return c.memo.Get(k, func() V { return f(k) })
}

// GetBytes is Get for a key in bytes, which it copies only on a miss.
func (c *Strings[V]) GetBytes(k []byte, f func(string) V) V {
	if v, ok := (*c.memo.read.Load())[string(k)]; ok {
		return v
	}
	return c.Get(string(k), f)
}

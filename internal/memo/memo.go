// Package memo is a bounded, concurrency-safe cache for results that
// depend only on their key, such as a parsed stylesheet or style
// attribute.
package memo

import "sync"

// Memo caches results that depend only on their key. It stops growing at
// max entries, so unusual content cannot make a long-running gen serve
// grow it without bound; past that, misses are computed and not stored.
type Memo[K comparable, V any] struct {
	mu  sync.RWMutex
	m   map[K]V
	max int
}

// New makes a Memo that holds at most max entries.
func New[K comparable, V any](max int) *Memo[K, V] {
	return &Memo[K, V]{m: map[K]V{}, max: max}
}

// Get returns the cached value for k, computing it with f on a miss.
// Concurrent misses may compute the same value twice; both are equal.
func (c *Memo[K, V]) Get(k K, f func() V) V {
	c.mu.RLock()
	v, ok := c.m[k]
	c.mu.RUnlock()
	if ok {
		return v
	}
	v = f()
	c.mu.Lock()
	if len(c.m) < c.max {
		c.m[k] = v
	}
	c.mu.Unlock()
	return v
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
	c.memo.mu.RLock()
	v, ok := c.memo.m[string(k)]
	c.memo.mu.RUnlock()
	if ok {
		return v
	}
	return c.Get(string(k), f)
}

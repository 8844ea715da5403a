package email

import "sync"

// memo is a concurrency-safe cache for results that depend only on their
// key (a stylesheet, a style attribute). It stops growing at max entries,
// so unusual content cannot make a long-running gen serve grow it without
// bound; past that, misses are computed and not stored.
type memo[K comparable, V any] struct {
	mu  sync.RWMutex
	m   map[K]V
	max int
}

func newMemo[K comparable, V any](max int) memo[K, V] {
	return memo[K, V]{m: map[K]V{}, max: max}
}

// get returns the cached value for k, computing it with f on a miss.
// Concurrent misses may compute the same value twice; both are equal.
func (c *memo[K, V]) get(k K, f func() V) V {
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

// stringMemo is a memo keyed by strings that can also be looked up by
// bytes without copying them.
type stringMemo[V any] struct{ memo[string, V] }

func newStringMemo[V any](max int) *stringMemo[V] {
	return &stringMemo[V]{newMemo[string, V](max)}
}

// get returns the cached value for k, computing it with f on a miss.
func (c *stringMemo[V]) get(k string, f func(string) V) V {
	return c.memo.get(k, func() V { return f(k) })
}

// getBytes is get for a key in bytes, which it copies only on a miss.
func (c *stringMemo[V]) getBytes(k []byte, f func(string) V) V {
	c.mu.RLock()
	v, ok := c.m[string(k)]
	c.mu.RUnlock()
	if ok {
		return v
	}
	return c.get(string(k), f)
}

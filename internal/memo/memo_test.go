package memo

import (
	"sync"
	"testing"
)

func TestMemoComputesOnceAndStopsGrowing(t *testing.T) {
	m := New[string, int](1)
	calls := 0
	f := func() int { calls++; return calls }
	if got := m.Get("a", f); got != 1 {
		t.Fatalf("first Get = %d, want 1", got)
	}
	if got := m.Get("a", f); got != 1 || calls != 1 {
		t.Errorf("cached Get = %d after %d calls, want 1 after 1", got, calls)
	}
	m.Get("b", f) // past max: computed, not stored
	m.Get("b", f)
	if calls != 3 {
		t.Errorf("f ran %d times, want 3 (b is not stored past the bound)", calls)
	}
}

func TestStringsGetBytes(t *testing.T) {
	s := NewStrings[int](4)
	n := func(k string) int { return len(k) }
	if got := s.GetBytes([]byte("abc"), n); got != 3 {
		t.Errorf("GetBytes = %d, want 3", got)
	}
	if got := s.Get("abc", func(string) int { return -1 }); got != 3 {
		t.Errorf("Get after GetBytes = %d, want the cached 3", got)
	}
}

// TestMemoPublishesAndBounds reads keys from many goroutines (run with
// -race): every Get returns its key's value, the entries end up in the
// map read without the lock, and the bound holds.
func TestMemoPublishesAndBounds(t *testing.T) {
	m := New[int, int](50)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 2000 {
				k := (i*7 + g) % 100
				if got := m.Get(k, func() int { return k * k }); got != k*k {
					t.Errorf("Get(%d) = %d", k, got)
					return
				}
			}
		})
	}
	wg.Wait()
	for range 200 {
		m.Get(1, func() int { return 1 })
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	read := *m.read.Load()
	if m.size != 50 || len(read)+len(m.dirty) != 50 {
		t.Errorf("%d entries (%d published, %d not), want 50", m.size, len(read), len(m.dirty))
	}
	if len(read) == 0 {
		t.Error("no entry was published")
	}
	for k, v := range read {
		if v != k*k {
			t.Errorf("published %d: %d", k, v)
		}
	}
}

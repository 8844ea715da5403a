package memo

import "testing"

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

package lint

import "testing"

func TestSyllables(t *testing.T) {
	for w, want := range map[string]int{"the": 1, "make": 1, "makes": 1, "table": 2, "reader": 2, "boxes": 2, "organisation": 5, "a": 1, "rhythm": 1} {
		if got := syllables(w); got != want {
			t.Errorf("syllables(%q) = %d, want %d", w, got, want)
		}
	}
}

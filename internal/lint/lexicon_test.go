package lint

import (
	"fmt"
	"testing"
)

// TestLexiconBudget: a matcher that finds no word-fact bits left makes New
// fail instead of running without its shortcut.
func TestLexiconBudget(t *testing.T) {
	lx := newLexicon()
	for i := 0; i < 40 && lx.full == ""; i++ {
		lx.Matcher(ParseList(fmt.Sprintf("zebra%d", i), "test"))
	}
	if lx.full == "" {
		t.Fatal("40 matchers fit in the word-fact bits; the test needs more")
	}
}

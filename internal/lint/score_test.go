package lint

import "testing"

// TestScoreStyleBelowCore: support findings and a sender-heavy focus
// together cost less than one error-level core finding, so a heavy but
// reader-serving piece outscores a light one that pushes.
func TestScoreStyleBelowCore(t *testing.T) {
	core := func(rule string) bool { return rule == "pitch-heavy" }
	var heavy []Diagnostic
	for range 40 {
		heavy = append(heavy, Diagnostic{Rule: "hard-sentence", Severity: string(SeverityWarning)})
	}
	styled := score(heavy, core, 200, 9, 1) // dense findings, a tenth of references to the reader
	pushy := score([]Diagnostic{{Rule: "pitch-heavy", Severity: string(SeverityError)}}, core, 200, 1, 9)
	if styled != 100-styleCap {
		t.Errorf("style-heavy piece scores %d, want %d (the style cap)", styled, 100-styleCap)
	}
	if styled <= pushy {
		t.Errorf("style-heavy piece scores %d, not above the pushy piece's %d", styled, pushy)
	}
	// the cheapest core finding a default rule makes is a warning: a
	// heavy but reader-serving piece must beat it, not tie with it
	nextStepCore := func(rule string) bool { return rule == "missing-next-step" }
	stranded := score([]Diagnostic{{Rule: "missing-next-step", Severity: string(SeverityWarning)}}, nextStepCore, 200, 1, 9)
	if styled <= stranded {
		t.Errorf("style-heavy piece scores %d, not above the %d of a clean piece without a next step", styled, stranded)
	}
	if got := score(heavy[:1], core, 200, 1, 9); got != 97 {
		t.Errorf("one warning in 200 words scores %d, want 97 (6 x 1 x 100 / 200 = 3 points)", got)
	}
}

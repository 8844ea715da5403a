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
	if got := score(heavy[:1], core, 200, 0, 10); got != 97 {
		t.Errorf("one warning in 200 words scores %d, want 97 (6 x 1 x 100 / 200 = 3 points)", got)
	}
}

// findings makes n supporting findings of one rule at one severity.
func findings(rule string, sev Severity, n int) []Diagnostic {
	out := make([]Diagnostic, n)
	for i := range out {
		out[i] = Diagnostic{Rule: rule, Severity: string(sev)}
	}
	return out
}

// defaultCore tells the core rules apart as the default rule set does.
func defaultCore(rule string) bool {
	return rule == "we-centric" || rule == "pitch-heavy" || rule == "missing-next-step"
}

func TestScoreTable(t *testing.T) {
	pitch := Diagnostic{Rule: "pitch-heavy", Severity: string(SeverityError)}
	we := Diagnostic{Rule: "we-centric", Severity: string(SeverityWarning)}
	next := Diagnostic{Rule: "missing-next-step", Severity: string(SeverityWarning)}
	tests := []struct {
		name                string
		diags               []Diagnostic
		words, self, reader int
		want                int
	}{
		{"no findings", nil, 300, 0, 15, 100},
		{"one warning in 200 words", findings("jargon", SeverityWarning, 1), 200, 0, 10, 97},
		{"an error weighs two warnings", findings("jargon", SeverityError, 1), 200, 0, 10, 94},
		{"an info weighs half a warning", findings("passive-voice", SeverityInfo, 2), 200, 0, 10, 97},
		{"under minWordsFor words count as minWordsFor", findings("jargon", SeverityWarning, 1), 10, 0, 3, 88},
		{"support is capped", findings("hard-sentence", SeverityWarning, 40), 200, 0, 10, 100 - supportCap},
		{"fewer than 3 references cost no focus, only address", nil, 200, 2, 0, 100 - addressWeight*addressTarget},
		{"focus costs (0.5 - reader share) x focusWeight", nil, 200, 90, 10, 84},
		{"focus is capped at half focusWeight", nil, 200, 30, 0, 100 - focusWeight/2},
		{"reader share of half or more costs nothing", nil, 200, 10, 10, 100},
		{"support and focus share styleCap", append(findings("jargon", SeverityWarning, 5), findings("hard-sentence", SeverityInfo, 10)...), 200, 9, 1, 100 - styleCap},
		{"a core rule costs once however many places it marks", []Diagnostic{pitch, pitch, pitch, pitch}, 200, 0, 10, 70},
		{"each core rule costs by its severity", []Diagnostic{we, next}, 200, 10, 10, 50},
		{"every core rule and the full style cost reach 0", append([]Diagnostic{pitch, we, next}, findings("jargon", SeverityError, 50)...), 200, 20, 0, 0},
		{"the score never goes below 0", append(findings("pitch-heavy", SeverityError, 1),
			Diagnostic{Rule: "we-centric", Severity: string(SeverityError)},
			Diagnostic{Rule: "missing-next-step", Severity: string(SeverityError)}), 200, 20, 0, 0},
		{"an info-level core finding costs 10", []Diagnostic{{Rule: "we-centric", Severity: string(SeverityInfo)}}, 200, 0, 10, 90},
		{"no reader reference costs addressWeight x addressTarget", nil, 200, 0, 0, 100 - addressWeight*addressTarget},
		{"address costs addressWeight per reader reference per 100 words short of addressTarget", nil, 200, 0, 4, 100 - addressWeight*(addressTarget-2)},
		{"addressTarget reader references per 100 words cost no address", nil, 400, 0, 4 * addressTarget, 100},
		{"more reader references earn nothing back", findings("jargon", SeverityWarning, 1), 200, 0, 60, 97},
		{"address counts a short piece's own words, not minWordsFor", nil, 20, 0, 1, 100},
		{"a short piece that never says you costs full address", nil, 20, 0, 0, 100 - addressWeight*addressTarget},
		{"a piece with no words costs no address", nil, 0, 0, 0, 100},
		{"support and address share styleCap", findings("hard-sentence", SeverityWarning, 40), 200, 0, 0, 100 - styleCap},
		{"focus and address share styleCap", nil, 200, 30, 0, 100 - styleCap},
		{"a core finding and full address", []Diagnostic{next}, 200, 0, 0, 100 - 25 - addressWeight*addressTarget},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := score(tt.diags, defaultCore, tt.words, tt.self, tt.reader); got != tt.want {
				t.Errorf("score = %d, want %d", got, tt.want)
			}
		})
	}
}

// TestScoreLength: supporting findings and reader references count by
// density, so the same rate of findings scores the same at any length,
// and a long piece is not punished for the places a core rule marks.
func TestScoreLength(t *testing.T) {
	for _, words := range []int{100, 1000, 20000} {
		// one warning per 100 words: 6 points at any length
		if got := score(findings("jargon", SeverityWarning, words/100), defaultCore, words, 0, words/20); got != 94 {
			t.Errorf("one warning per 100 words in %d words scores %d, want 94", words, got)
		}
		// one reader reference per 100 words: 8 points of address at any length
		if got := score(nil, defaultCore, words, 0, words/100); got != 100-addressWeight*(addressTarget-1) {
			t.Errorf("one reader reference per 100 words in %d words scores %d, want %d", words, got, 100-addressWeight*(addressTarget-1))
		}
		// we-centric marks one place per paragraph: still 25 points
		marks := findings("we-centric", SeverityWarning, words/50)
		if got := score(marks, defaultCore, words, words/20, words/20); got != 75 {
			t.Errorf("we-centric marking %d places in %d words scores %d, want 75", len(marks), words, got)
		}
	}
}

// TestScoreDoubled: a piece pasted twice over, with twice its findings,
// words and references, scores what it scored once, so pieces of any
// length compare.
func TestScoreDoubled(t *testing.T) {
	pitch := Diagnostic{Rule: "pitch-heavy", Severity: string(SeverityError)}
	next := Diagnostic{Rule: "missing-next-step", Severity: string(SeverityWarning)}
	mixed := append(findings("hard-sentence", SeverityInfo, 3), findings("jargon", SeverityWarning, 1)...)
	tests := []struct {
		name                string
		diags               []Diagnostic
		words, self, reader int
	}{
		{"clean and plain", nil, 180, 2, 9},
		{"clean, hard going, never says you", mixed, 240, 0, 0},
		{"clean, mostly about the sender", findings("passive-voice", SeverityInfo, 2), 300, 12, 4},
		{"pushy", append([]Diagnostic{pitch}, mixed...), 150, 3, 6},
		{"pushy and stranded", append([]Diagnostic{pitch, next}, findings("very-hard-sentence", SeverityWarning, 2)...), 420, 5, 3},
		{"stranded and heavy to the cap", append([]Diagnostic{next}, findings("hard-sentence", SeverityWarning, 30)...), 200, 9, 1},
		{"long, a few findings", findings("jargon", SeverityWarning, 7), 2600, 40, 90},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			once := score(tt.diags, defaultCore, tt.words, tt.self, tt.reader)
			twice := score(append(append([]Diagnostic(nil), tt.diags...), tt.diags...), defaultCore, 2*tt.words, 2*tt.self, 2*tt.reader)
			if d := once - twice; d < -1 || d > 1 {
				t.Errorf("scores %d once and %d doubled, want the same within rounding", once, twice)
			}
		})
	}
}

// TestScoreCleanAboveFlawed: whatever the length, the style and the
// references, a piece with no core finding scores above any piece with a
// core finding at warning or error, the default severities of the core
// rules. This is what lets the reader-first ranking measure the core
// rules alone: with their findings right, it is 1.
func TestScoreCleanAboveFlawed(t *testing.T) {
	lengths := []int{8, 50, 120, 400, 3000, 50000}
	var supports [][]Diagnostic
	for _, n := range []int{0, 1, 4, 30, 600} {
		d := append(findings("hard-sentence", SeverityInfo, n), findings("very-hard-sentence", SeverityWarning, n/2)...)
		supports = append(supports, append(d, findings("jargon", SeverityError, n/4)...))
	}
	refs := [][2]int{{0, 0}, {2, 1}, {1, 9}, {9, 1}, {40, 0}}
	cores := [][]Diagnostic{
		{{Rule: "missing-next-step", Severity: string(SeverityWarning)}},
		{{Rule: "we-centric", Severity: string(SeverityWarning)}},
		{{Rule: "pitch-heavy", Severity: string(SeverityError)}},
	}
	worstClean, bestFlawed := 100, 0
	for _, words := range lengths {
		for _, sup := range supports {
			for _, r := range refs {
				worstClean = min(worstClean, score(sup, defaultCore, words, r[0], r[1]))
				for _, c := range cores {
					diags := append(append([]Diagnostic(nil), sup...), c...)
					bestFlawed = max(bestFlawed, score(diags, defaultCore, words, r[0], r[1]))
				}
			}
		}
	}
	if worstClean <= bestFlawed {
		t.Errorf("worst clean piece scores %d, not above the best flawed piece's %d", worstClean, bestFlawed)
	}
	if worstClean != 100-styleCap || bestFlawed != 100-int(coreCost(SeverityWarning)) {
		t.Errorf("clean pieces bottom out at %d and flawed ones top out at %d, want %d and %.0f",
			worstClean, bestFlawed, 100-styleCap, 100-coreCost(SeverityWarning))
	}

	// the case the ranking meets most on real copy: a long essay, calm but
	// hard going, against a short promo with not one hard sentence
	essay := append(findings("hard-sentence", SeverityInfo, 80), findings("very-hard-sentence", SeverityWarning, 30)...)
	essay = append(essay, findings("passive-voice", SeverityInfo, 60)...)
	essay = append(essay, Diagnostic{Rule: "readability", Severity: string(SeverityWarning)})
	essayScore := score(essay, defaultCore, 3000, 25, 20)
	promo := []Diagnostic{{Rule: "pitch-heavy", Severity: string(SeverityError)}}
	promoScore := score(promo, defaultCore, 60, 0, 8)
	if essayScore <= promoScore {
		t.Errorf("long clean essay scores %d, not above the %d of a short pitch-heavy promo", essayScore, promoScore)
	}
	// and a short clean note full of hard sentences against a long piece
	// that only talks about its sender
	note := score(findings("very-hard-sentence", SeverityWarning, 3), defaultCore, 40, 0, 2)
	memo := score([]Diagnostic{{Rule: "we-centric", Severity: string(SeverityWarning)}}, defaultCore, 2500, 60, 3)
	if note <= memo {
		t.Errorf("short clean note scores %d, not above the %d of a long we-centric memo", note, memo)
	}
}

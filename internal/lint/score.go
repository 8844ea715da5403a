package lint

import (
	"fmt"
	"math"
)

// Score weights. A piece starts at 100. Each core rule that fires costs
// coreCost points for its severity, once however many places it marks, so
// a long piece is not punished for its length. The supporting rules
// (readability, hard sentences, passive voice, jargon, …) cost by their
// density: weighted findings per 100 words times perFinding, at most
// supportCap in all. Copy whose reader share of references falls below
// half loses up to focusWeight/2 more, and copy that seldom speaks to the
// reader loses up to addressWeight x addressTarget (see below). Support,
// focus and address together cost at most styleCap, less than any core
// finding at warning level or above: a piece whose style is heavy but
// which serves the reader outscores one that pushes, talks about itself
// or leaves the reader without a next step, and does not merely tie with
// it.
//
// So the score splits pieces into bands by their core findings, and style
// orders pieces only within a band. The supporting rules measure how hard
// the copy is to read, not whether it serves the reader: their density
// says nothing of whether a core rule missed, and letting it reach past a
// band would only let hard prose sink a clean piece below one that
// pushes. Nor does a piece's length move it between bands: support counts
// by density and a core rule costs once.
//
// Address is how often the copy speaks to the reader: reader references
// (you, your) per 100 words. Focus weighs the reader against the writer,
// so a note that names neither costs no focus, yet it talks at nobody. A
// piece with addressTarget or more reader references per 100 words (a
// "you" in every 20 words) costs nothing; each reference per 100 words it
// falls short costs addressWeight points, so one that never says "you"
// loses addressWeight x addressTarget, and a piece with no words none.
// Within a band it is the better evidence of the two: copy that keeps
// speaking to the reader is seldom the flawed one when a core rule
// misjudges a piece (flags a clean piece, or misses a flawed one), while
// hard prose is as common in clean pieces as in flawed ones. Like support
// it counts by density, so it orders pieces the same at any length.
const (
	supportCap  = 20
	perFinding  = 6 // points per weighted finding per 100 words
	minWordsFor = 50
	focusWeight = 40
	styleCap    = 20 // support, focus and address together, below a warning-level core finding

	addressTarget = 5 // reader references per 100 words at which address costs nothing
	addressWeight = 2 // points per reader reference per 100 words short of addressTarget
)

// coreCost is what a firing core rule costs, by its severity.
func coreCost(s Severity) float64 {
	switch s {
	case SeverityError:
		return 30
	case SeverityWarning:
		return 25
	case SeverityInfo:
		return 10
	}
	return 0
}

// supportWeight is what one supporting finding weighs, by its severity.
func supportWeight(s Severity) float64 {
	switch s {
	case SeverityError:
		return 2
	case SeverityWarning:
		return 1
	case SeverityInfo:
		return 0.5
	}
	return 0
}

// ScoreDoc documents the reader-first score for gen lint --explain score.
var ScoreDoc = fmt.Sprintf(`score: the reader-first score of a piece, 0 to 100

The score starts at 100 and loses points four ways:

  core     each core rule (we-centric, pitch-heavy, missing-next-step) that
           fires costs %g points at severity error, %g at warning, %g at
           info, once per rule however many places it marks
  support  the other rules count per 100 words: each finding weighs %g
           (error), %g (warning) or %g (info); the weighted findings per 100
           words (at least %d words are assumed) times %d, at most %d points
  focus    when reader references (you, your) are less than half of all
           self and reader references (3 or more), up to %d more points:
           (0.5 - reader share) x %d
  address  when the piece speaks to the reader (you, your) fewer than %d
           times per 100 words, %d points for each time per 100 words it
           falls short: up to %d points for a piece that never says "you"
  style    support, focus and address together cost at most %d points

  score = 100 - core - min(%d, support + focus + address)
  support = min(%d, %d x weighted findings x 100 / max(words, %d))
  address = %d x max(0, %d - reader references x 100 / words)

Because supporting findings and reader references count by density,
scores compare across pieces of any length; because style costs less than
a core finding at warning level or above, a piece that serves the reader
outscores one that does not. At the core rules' default severities a
piece with no core finding scores at least %d and one with a core finding
at most %g, whatever its length or style: when the core rules are right,
every clean piece ranks above every flawed one. Style only orders pieces
with the same core findings, so a clean piece that ranks below a flawed
one means a core rule missed or misfired; among pieces with the same
findings, the one that speaks to the reader more ranks higher.`,
	coreCost(SeverityError), coreCost(SeverityWarning), coreCost(SeverityInfo),
	supportWeight(SeverityError), supportWeight(SeverityWarning), supportWeight(SeverityInfo),
	minWordsFor, perFinding, supportCap, focusWeight/2, focusWeight,
	addressTarget, addressWeight, addressWeight*addressTarget, styleCap,
	styleCap,
	supportCap, perFinding, minWordsFor,
	addressWeight, addressTarget,
	100-styleCap, 100-coreCost(SeverityWarning))

// score is the reader-first score of a piece, 0–100. core tells the core
// rules' findings apart.
func score(diags []Diagnostic, core func(rule string) bool, words, self, reader int) int {
	s := 100.0
	fired := map[string]bool{}
	support := 0.0
	for _, d := range diags {
		sev := Severity(d.Severity)
		if core(d.Rule) {
			if !fired[d.Rule] {
				fired[d.Rule] = true
				s -= coreCost(sev)
			}
			continue
		}
		support += supportWeight(sev)
	}
	style := min(supportCap, perFinding*support*100/float64(max(words, minWordsFor)))
	if total := self + reader; total >= 3 {
		if focus := float64(reader) / float64(total); focus < 0.5 {
			style += (0.5 - focus) * focusWeight
		}
	}
	if words > 0 {
		// the piece's own words, not minWordsFor: a short note that says
		// "you" twice speaks to the reader as much as a long one that
		// says it often, and flooring its length would count it as less
		perHundred := float64(reader) * 100 / float64(words)
		style += addressWeight * max(0, addressTarget-perHundred)
	}
	s -= min(styleCap, style)
	return int(math.Round(min(max(s, 0), 100)))
}

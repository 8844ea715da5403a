// Package suggest finds the known name a mistyped one was meant to be, so
// every "did you mean" in gen (commands, flags, front matter keys, gen.toml
// keys and sections, preset names) uses one rule of closeness.
package suggest

import (
	"strings"
	"unicode/utf8"
)

// Closest returns the candidate nearest to name by edit distance (case
// ignored), and whether it is close enough to suggest. Close enough means at
// most a third of the longer name's letters differ, and at most three, so
// "biuld" suggests "build" while "x" suggests nothing. Ties go to the
// candidate listed first, which keeps suggestions stable.
func Closest(name string, candidates []string) (string, bool) {
	best, bestDist := "", -1
	lower := strings.ToLower(name)
	for _, c := range candidates {
		d := Distance(lower, strings.ToLower(c))
		if bestDist < 0 || d < bestDist {
			best, bestDist = c, d
		}
	}
	// No candidates, or the name is a known one in another case: the caller
	// has a different problem than a typo.
	if bestDist <= 0 {
		return "", false
	}
	longest := max(utf8.RuneCountInString(name), utf8.RuneCountInString(best))
	limit := min(3, max(1, longest/3))
	if bestDist > limit {
		return "", false
	}
	return best, true
}

// Hint is Closest phrased for the end of an error message:
// `; did you mean "build"?`, or "" when nothing is close.
func Hint(name string, candidates []string) string {
	if c, ok := Closest(name, candidates); ok {
		return `; did you mean "` + c + `"?`
	}
	return ""
}

// Distance is the optimal string alignment distance between a and b, in
// runes: insertions, deletions, substitutions and swaps of two neighbouring
// runes each cost one. Swaps count once because they are the most common
// typing slip ("biuld", "preheder").
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	// Three rows are enough: the swap looks back two rows.
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

package site

import (
	"maps"
	"slices"
	"strings"

	"github.com/claritynotes/gen/internal/lint"
)

// LintSet holds a build's lint results by page URL ("/articles/x/"). It
// never changes once made: gen serve reads it while the next rebuild
// runs. A rebuild that re-lints a few pages makes a new set sharing the
// rest with the old one, so it copies a few results rather than 10,000.
type LintSet struct {
	base   map[string]lint.Result // shared between sets, never written
	recent map[string]lint.Result // results newer than base's
	// root is the site root, where Quoted reads the pages a build did
	// not read.
	root string
}

// foldAt is how many recent results a set carries before they are folded
// into a new base: copying stays rare and lookups stay two map reads.
const foldAt = 256

func newLintSet(byURL map[string]lint.Result) *LintSet { return &LintSet{base: byURL} }

// Get returns the result of the page at url.
func (s *LintSet) Get(url string) (lint.Result, bool) {
	if s == nil {
		return lint.Result{}, false
	}
	if r, ok := s.recent[url]; ok {
		return r, true
	}
	r, ok := s.base[url]
	return r, ok
}

// Results returns every result, ordered by source path.
func (s *LintSet) Results() []lint.Result {
	all := s.flat()
	out := make([]lint.Result, 0, len(all))
	for _, r := range all {
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b lint.Result) int { return strings.Compare(a.Path, b.Path) })
	return out
}

// Quoted is Results with the source of every page that has findings, for
// a report that quotes their lines: a page a build took unchanged from
// its cache's index was not read, and its result has no source until
// asked.
func (s *LintSet) Quoted() []lint.Result {
	return quoteSources(s.root, s.Results())
}

// with returns a set with the given results replaced or added.
func (s *LintSet) with(changed map[string]lint.Result) *LintSet {
	if len(changed) == 0 {
		return s
	}
	recent := maps.Clone(s.recent)
	if recent == nil {
		recent = map[string]lint.Result{}
	}
	maps.Copy(recent, changed)
	if len(recent) < foldAt {
		return &LintSet{base: s.base, recent: recent, root: s.root}
	}
	base := maps.Clone(s.base)
	maps.Copy(base, recent)
	return &LintSet{base: base, root: s.root}
}

// flat returns all results in one map; the caller must not write to it
// unless it clones it first.
func (s *LintSet) flat() map[string]lint.Result {
	if s == nil {
		return nil
	}
	if len(s.recent) == 0 {
		return s.base
	}
	all := maps.Clone(s.base)
	maps.Copy(all, s.recent)
	return all
}

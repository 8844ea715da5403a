package serve

import "github.com/claritynotes/gen/internal/site"

// lintView turns a page's lint result into what the badge and highlights
// show; nil when the page could not be linted.
func lintView(r site.LintResult) *PageLint {
	if r.Err != nil {
		return nil
	}
	q := newQuoter(r.Source)
	pl := &PageLint{Path: r.Path, Score: r.Score, Findings: make([]Finding, 0, len(r.Diagnostics))}
	for _, d := range r.Diagnostics {
		f := Finding{
			Rule: d.Rule, Severity: d.Severity, Message: d.Message, Suggestion: d.Suggestion,
			Line: d.Line, Column: d.Column, Quote: q.quote(d.Offset, d.EndOffset),
		}
		for _, sp := range d.Related {
			f.Marks = append(f.Marks, Mark{Label: sp.Label, Quote: q.quote(sp.Offset, sp.EndOffset)})
		}
		pl.Findings = append(pl.Findings, f)
	}
	return pl
}

// lintLookup serves results by page URL, converting on request.
func lintLookup(get func(url string) (site.LintResult, bool)) func(string) *PageLint {
	return func(url string) *PageLint {
		r, ok := get(url)
		if !ok {
			return nil
		}
		return lintView(r)
	}
}

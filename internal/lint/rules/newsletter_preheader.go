package rules

import (
	"github.com/claritynotes/gen/internal/content"

	"github.com/claritynotes/gen/internal/lint"
)

// NewsletterPreheader flags newsletter issues without inbox preview text.
var NewsletterPreheader = lint.Register(&lint.Rule{
	ID:       "newsletter-preheader",
	Severity: lint.SeverityWarning,
	Summary:  "A newsletter issue has no preheader or description",
	Doc: `A newsletter issue (a page in the newsletter section, or with issue: in its
front matter) needs a preheader: or description: in its front matter. Without one,
inboxes show whatever text comes first, often "View in browser" or a heading.`,
	Why: `The preview line is the second thing a subscriber reads after the subject, and
it decides whether they open. Use it to say what they get from this issue.`,
	Before: "title: \"Issue 12\"",
	After:  "title: \"Issue 12\"\npreheader: \"Three subject lines that got replies, and one that got none\"",
	Build: func(s *lint.Settings) (func(*lint.Pass), error) {
		return func(p *lint.Pass) {
			pg := p.Page
			if pg.Kind != content.KindIssue && pg.Issue == 0 {
				return
			}
			if pg.Preheader != "" || pg.Description != "" {
				return
			}
			start, end := 0, 0
			for _, b := range p.Text.Blocks {
				if b.Field == "title" {
					start, end = b.Start, b.End
				}
			}
			if end == 0 && pg.Format != content.FormatNone {
				start, end = pg.FrontStart, pg.FrontStart
			}
			p.Report(start, end, "This newsletter issue has no preheader or description: inboxes will preview whatever text comes first",
				`Add preheader: "…" to the front matter: one sentence on what the reader gets from this issue`)
		}, nil
	},
})

package rules

import (
	"github.com/claritynotes/gen/internal/lint"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/markdown"
)

var testMD = markdown.New(markdown.Options{})

// parse builds a page from Markdown source, as gen lint does.
func parse(t *testing.T, src string) *content.Page {
	t.Helper()
	p, err := content.Parse(testMD, "test.md", []byte(src))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return p
}

// lintWith lints src with the given config.
func lintWith(t *testing.T, cfg config.Lint, src string) lint.Result {
	t.Helper()
	l, err := lint.New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	res := l.Check(parse(t, src))
	if res.Err != nil {
		t.Fatalf("Check: %v", res.Err)
	}
	return res
}

// only returns the diagnostics of one rule.
func only(res lint.Result, rule string) []lint.Diagnostic {
	var out []lint.Diagnostic
	for _, d := range res.Diagnostics {
		if d.Rule == rule {
			out = append(out, d)
		}
	}
	return out
}

// spanText is the source text a diagnostic points at.
func spanText(res lint.Result, d lint.Diagnostic) string {
	return string(res.Source[d.Offset:d.EndOffset])
}

// ruleCase is a table test entry: a text and whether the rule fires on it.
type ruleCase struct {
	name string
	src  string
	fire bool
}

// runRuleCases checks each case against one rule with default settings
// (plus cfg).
func runRuleCases(t *testing.T, rule string, cfg config.Lint, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := lintWith(t, cfg, c.src)
			got := only(res, rule)
			if (len(got) > 0) != c.fire {
				var msgs []string
				for _, d := range got {
					msgs = append(msgs, d.Message)
				}
				t.Errorf("%s fired=%v, want %v\n%s", rule, len(got) > 0, c.fire, strings.Join(msgs, "\n"))
			}
		})
	}
}

// repeat joins n copies of s with spaces.
func repeat(s string, n int) string {
	return strings.TrimSpace(strings.Repeat(s+" ", n))
}

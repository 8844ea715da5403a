package rules

import (
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/lint"
	"github.com/claritynotes/gen/internal/lint/linttest"
)

// The helpers every rule test uses, shared with the driver's tests.
var (
	testMD   = linttest.MD
	parse    = linttest.Parse
	only     = linttest.Only
	spanText = linttest.SpanText
)

// lintWith lints src with the given config, without suppressions.
func lintWith(t *testing.T, cfg config.Lint, src string) lint.Result {
	t.Helper()
	return linttest.Lint(t, cfg, src, (*lint.Linter).Check)
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

package lint

import (
	"fmt"
	"strings"

	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/suggest"
)

// suppressionRule reports gen-lint comments and lint.disable entries that
// do not do what the writer meant: unknown commands or rule names.
var suppressionRule = Register(&Rule{
	ID:       "suppression",
	Severity: SeverityWarning,
	Summary:  "A gen-lint comment or lint.disable entry names an unknown rule or command",
	Doc: `Checks suppressions: <!-- gen-lint disable RULE[, RULE] --> … <!-- gen-lint enable
RULE -->, <!-- gen-lint disable-next RULE --> (the next block) and front matter
lint: {disable: [RULE, ...]}. A misspelt rule or command would silently suppress
nothing, so it is reported.`,
	Why:    `A suppression that does nothing hides the fact that the finding is still there.`,
	Before: "<!-- gen-lint disable pitch-hevy -->",
	After:  "<!-- gen-lint disable pitch-heavy -->",
	// No check: suppression belongs to the linter, which reads the
	// directives while it extracts the text and reports them itself (see
	// checkSuppressions); the rule carries the documentation and severity.
})

func (l *Linter) checkSuppressions(p *content.Page, dirs []directive) []Diagnostic {
	var out []Diagnostic
	add := func(start, end int, msg, name string) {
		sug := "Known rules: " + ruleIDs()
		if near, ok := suggest.Closest(name, ruleNames()); ok {
			sug = fmt.Sprintf("Did you mean %q? Known rules: %s", near, ruleIDs())
		}
		out = append(out, Diagnostic{Rule: suppressionRule.ID, Offset: start, EndOffset: end, Message: msg, Suggestion: sug})
	}
	for _, d := range dirs {
		if d.bad != "" {
			add(d.start, d.stop, d.bad, "")
			continue
		}
		for _, r := range d.rules {
			if Lookup(r) == nil {
				add(d.start, d.stop, fmt.Sprintf("gen-lint comment names unknown rule %q", r), r)
			}
		}
	}
	var unknown []string
	for _, r := range p.Lint.Disable {
		if Lookup(r) == nil && r != "all" && r != "*" {
			unknown = append(unknown, r)
		}
	}
	if len(unknown) > 0 {
		at := p.FrontStart
		if v, ok := p.ValueSpan("lint"); ok {
			at = v.Start
		}
		add(at, at, fmt.Sprintf("lint.disable names unknown rule %s", strings.Join(quoteAll(unknown), ", ")), unknown[0])
	}
	return out
}

func quoteAll(s []string) []string {
	out := make([]string, len(s))
	for i, v := range s {
		out[i] = fmt.Sprintf("%q", v)
	}
	return out
}

// ruleNames lists every rule ID, for did-you-mean suggestions.
func ruleNames() []string {
	out := make([]string, 0, len(registry))
	for _, r := range registry {
		out = append(out, r.ID)
	}
	return out
}

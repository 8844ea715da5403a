package driver

import (
	"fmt"
	"strings"

	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/lint"
	"github.com/claritynotes/gen/internal/suggest"
)

// Suppression comments, which extraction records as lint.Directives:
//
//	<!-- gen-lint disable RULE[, RULE] -->   … until enable (all rules when none is named)
//	<!-- gen-lint enable RULE[, RULE] -->
//	<!-- gen-lint disable-next RULE -->      the next block; inside a paragraph, the rest of it
//
// and front matter lint: {disable: [RULE, ...]} ("all" or "*" for every rule).

// suppressionRule carries the documentation and the configured severity
// of the driver's reports about suppressions that suppress nothing; it has
// no check of its own.
var suppressionRule = lint.Register(&lint.Rule{
	ID:       "suppression",
	Severity: lint.SeverityWarning,
	Summary:  "A gen-lint comment or lint.disable entry names an unknown rule or command",
	Doc: `Checks suppressions: <!-- gen-lint disable RULE[, RULE] --> … <!-- gen-lint enable
RULE -->, <!-- gen-lint disable-next RULE --> (the next block) and front matter
lint: {disable: [RULE, ...]}. A misspelt rule or command would silently suppress
nothing, so it is reported.`,
	Why:    `A suppression that does nothing hides the fact that the finding is still there.`,
	Before: "<!-- gen-lint disable pitch-hevy -->",
	After:  "<!-- gen-lint disable pitch-heavy -->",
})

type verb uint8

const (
	verbDisable verb = iota
	verbEnable
	verbDisableNext
)

// directive is a lint.Directive with its command read.
type directive struct {
	lint.Directive
	verb  verb
	rules []string // empty means every rule
	// bad holds a problem with the comment itself, reported as a finding.
	bad string
}

// parseDirective reads the command and rule names of a gen-lint comment.
func parseDirective(d lint.Directive) directive {
	out := directive{Directive: d}
	f := strings.Fields(strings.ReplaceAll(d.Raw, ",", " "))
	if len(f) < 2 {
		out.bad = "gen-lint comment needs disable, enable or disable-next"
		return out
	}
	switch f[1] {
	case "disable":
		out.verb = verbDisable
	case "enable":
		out.verb = verbEnable
	case "disable-next", "disable-next-block", "disable-next-line":
		out.verb = verbDisableNext
	default:
		out.bad = fmt.Sprintf("unknown gen-lint command %q; use disable, enable or disable-next", f[1])
		return out
	}
	out.rules = f[2:]
	return out
}

// suppressor returns the lint.Suppress that applies a page's gen-lint
// comments and lint.disable, and reports those that name an unknown rule
// or command at the suppression rule's configured severity.
func suppressor(l *lint.Linter) lint.Suppress {
	return func(p *content.Page, raw []lint.Directive, found []lint.Diagnostic) []lint.Diagnostic {
		dirs := make([]directive, len(raw))
		for i, d := range raw {
			dirs[i] = parseDirective(d)
		}
		sup := buildSuppression(dirs, p.Lint.Disable, len(p.Source))
		kept := found[:0]
		for _, d := range found {
			if !sup.covers(d.Rule, d.Offset) {
				kept = append(kept, d)
			}
		}
		sev := l.Severity(suppressionRule.ID)
		if sev == lint.SeverityOff {
			return kept
		}
		for _, d := range checkSuppressions(p, dirs) {
			if !sup.covers(d.Rule, d.Offset) {
				d.Severity = string(sev)
				kept = append(kept, d)
			}
		}
		return kept
	}
}

// suppression answers whether a finding is switched off by comments or
// front matter.
type suppression struct {
	all    bool // front matter disabled every rule ("all")
	page   map[string]bool
	ranges []suppressed
}

type suppressed struct {
	rule       string // "" = every rule
	start, end int
}

func (s *suppression) covers(rule string, off int) bool {
	if s.all || s.page[rule] {
		return true
	}
	for _, r := range s.ranges {
		if (r.rule == "" || r.rule == rule) && off >= r.start && off < r.end {
			return true
		}
	}
	return false
}

// buildSuppression turns directives and the front matter's lint.disable
// into source ranges; a disable without its enable runs to srcLen.
func buildSuppression(dirs []directive, disabled []string, srcLen int) *suppression {
	s := &suppression{page: map[string]bool{}}
	for _, r := range disabled {
		if r == "all" || r == "*" {
			s.all = true
		}
		s.page[r] = true
	}
	open := map[string]int{} // rule → start of the disabled range
	for _, d := range dirs {
		if d.bad != "" {
			continue
		}
		rules := d.rules
		if len(rules) == 0 {
			rules = []string{""}
		}
		switch d.verb {
		case verbDisable:
			for _, r := range rules {
				if _, ok := open[r]; !ok {
					open[r] = d.Stop
				}
			}
		case verbEnable:
			for _, r := range rules {
				if r == "" {
					for k, start := range open {
						s.ranges = append(s.ranges, suppressed{k, start, d.Start})
					}
					clear(open)
					continue
				}
				if start, ok := open[r]; ok {
					s.ranges = append(s.ranges, suppressed{r, start, d.Start})
					delete(open, r)
				}
			}
		case verbDisableNext:
			if d.NextEnd > d.NextStart {
				for _, r := range rules {
					s.ranges = append(s.ranges, suppressed{r, d.NextStart, d.NextEnd})
				}
			}
		}
	}
	for r, start := range open {
		s.ranges = append(s.ranges, suppressed{r, start, srcLen})
	}
	return s
}

// checkSuppressions reports gen-lint comments and lint.disable entries
// that name an unknown command or rule, with the nearest rule name.
func checkSuppressions(p *content.Page, dirs []directive) []lint.Diagnostic {
	var out []lint.Diagnostic
	add := func(start, end int, msg, name string) {
		sug := "Known rules: " + ruleIDs()
		if near, ok := suggest.Closest(name, ruleNames()); ok {
			sug = fmt.Sprintf("Did you mean %q? Known rules: %s", near, ruleIDs())
		}
		out = append(out, lint.Diagnostic{Rule: suppressionRule.ID, Offset: start, EndOffset: end, Message: msg, Suggestion: sug})
	}
	for _, d := range dirs {
		if d.bad != "" {
			add(d.Start, d.Stop, d.bad, "")
			continue
		}
		for _, r := range d.rules {
			if lint.Lookup(r) == nil {
				add(d.Start, d.Stop, fmt.Sprintf("gen-lint comment names unknown rule %q", r), r)
			}
		}
	}
	var unknown []string
	for _, r := range p.Lint.Disable {
		if lint.Lookup(r) == nil && r != "all" && r != "*" {
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
	rules := lint.Rules()
	out := make([]string, 0, len(rules))
	for _, r := range rules {
		out = append(out, r.ID)
	}
	return out
}

// ruleIDs lists every rule ID as gen lint --list orders them.
func ruleIDs() string { return strings.Join(ruleNames(), ", ") }

package lint

import (
	"sort"
	"strings"

	"github.com/claritynotes/gen/internal/content"
)

// Severity is how much a finding matters: error, warning, info, or off.
type Severity string

// Severities, from most to least serious.
const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
	SeverityInfo    Severity = "info"
	SeverityOff     Severity = "off"
)

// Rank orders severities: error 3, warning 2, info 1, off 0.
func (s Severity) Rank() int {
	switch s {
	case SeverityError:
		return 3
	case SeverityWarning:
		return 2
	case SeverityInfo:
		return 1
	}
	return 0
}

func parseSeverity(s string) (Severity, bool) {
	switch Severity(s) {
	case SeverityError, SeverityWarning, SeverityInfo, SeverityOff:
		return Severity(s), true
	}
	return "", false
}

// Rule is one check, modelled on go/analysis analyzers: an ID, a default
// severity, its documentation and its check.
type Rule struct {
	ID string
	// Severity is the default; gen.toml may change it.
	Severity Severity
	// Core marks the three empathy rules scored against the labelled corpus.
	Core bool
	// Summary is one line for --list and SARIF short descriptions.
	Summary string
	// Doc says what the rule looks for; Why says why it matters to the reader.
	Doc, Why string
	// Brief says in a few lines what the rule looks for, for a rule whose
	// Doc lists every shape it reads: a writer asking about a finding
	// reads the gist first and the detail only if they want it. Empty
	// when Doc is short enough to be the gist.
	Brief string
	// Before and After show a fix.
	Before, After string
	// Settings are the rule's options in [lint.rules.<ID>], besides severity.
	Settings []Setting
	// Retired are settings the rule no longer has, each with what a
	// gen.toml that still sets it should do instead: an upgrade then
	// names the change rather than an unknown word.
	Retired map[string]string
	// build compiles the rule for one configuration.
	Build func(s *Settings) (func(*Pass), error)
}

// Setting is one option of a rule. Default is an int, a float64 or a
// []string; list settings extend the rule's built-in word list.
type Setting struct {
	Name    string
	Default any
	Doc     string
}

// Pass is one rule's run over one page.
type Pass struct {
	Page *content.Page
	Text *Text
	rule *Rule
	refs *refCounter
	out  []Diagnostic
}

// Ref is one self or reader reference: tokens [Tok, Tok+N) of the Text
// (a brand name may span several).
type Ref struct {
	Tok, N int
	Self   bool
}

// Count returns the self references (we, our, … and the site's brands)
// and the reader references (you, your, …) among tokens [tok0, tok1).
func (p *Pass) Count(tok0, tok1 int) (self, reader int) { return p.refs.count(p.Text, tok0, tok1) }

// Refs lists the references among tokens [tok0, tok1), in order.
func (p *Pass) Refs(tok0, tok1 int) []Ref {
	rs := p.refs.within(p.Text, tok0, tok1)
	out := make([]Ref, len(rs))
	for i, r := range rs {
		out[i] = Ref{Tok: int(r.tok), N: int(r.n), Self: r.self}
	}
	return out
}

// Report records a finding spanning source bytes [start, end). The
// finding keeps its own copy of the message and suggestion: token texts
// share the page's source, whose memory the driver reuses for the next
// file once this one is linted.
func (p *Pass) Report(start, end int, message, suggestion string) {
	p.out = append(p.out, Diagnostic{Rule: p.rule.ID, Offset: start, EndOffset: max(end, start),
		Message: strings.Clone(message), Suggestion: strings.Clone(suggestion)})
}

// ReportRelated records a finding with the individual spans behind it
// (each pitch signal), keeping its own copy of their labels.
func (p *Pass) ReportRelated(start, end int, message, suggestion string, related []Span) {
	p.Report(start, end, message, suggestion)
	spans := make([]Span, len(related))
	for i, r := range related {
		r.Label = strings.Clone(r.Label)
		spans[i] = r
	}
	p.out[len(p.out)-1].Related = spans
}

// ReportTokens records a finding spanning Text.Tokens[tok0:tok1].
func (p *Pass) ReportTokens(tok0, tok1 int, message, suggestion string) {
	if start, end, ok := p.Text.Span(tok0, tok1); ok {
		p.Report(start, end, message, suggestion)
	}
}

var registry []*Rule

func Register(r *Rule) *Rule {
	registry = append(registry, r)
	return r
}

// Rules returns every rule, core rules first, then by ID.
func Rules() []*Rule {
	out := append([]*Rule(nil), registry...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Core != out[j].Core {
			return out[i].Core
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// Lookup returns the rule with the given ID, or nil.
func Lookup(id string) *Rule {
	for _, r := range registry {
		if r.ID == id {
			return r
		}
	}
	return nil
}

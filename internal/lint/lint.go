// Package lint is the empathy linter's public API and its per-page pass,
// modelled on go/analysis: a Rule builds a check from its Settings, the
// check reads a Pass (the page's Text: blocks, sentences and tokens with
// their word facts, see Token.Has; a token's text and normal form are
// read through Text.Word and Text.Norm, as a Token holds no strings) and
// reports Diagnostics. Package rules
// holds the rules, one file each; package driver runs the linter over
// files (reading, workers, zero-copy sharing of page sources) and applies
// suppressions. The Linter here extracts a page's copy once from the
// Markdown AST the renderer uses (plus the copy fields of the front
// matter), recording its gen-lint comments as Directives, runs the rules
// over it, hands the findings to the driver's Suppress, and scores what
// stands from 0 to 100 for how well the piece serves the reader.
package lint

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"sync"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/content"
)

// Diagnostic is one finding. Lines and columns are 1-based, columns count
// runes in the original file (front matter included); the end is
// exclusive. Offset and EndOffset are the same span as byte offsets in
// Page.Source, for highlighting.
type Diagnostic struct {
	Rule       string `json:"rule"`
	Severity   string `json:"severity"`
	Line       int    `json:"line"`
	Column     int    `json:"column"`
	EndLine    int    `json:"endLine"`
	EndColumn  int    `json:"endColumn"`
	Message    string `json:"message"`
	Suggestion string `json:"suggestion,omitempty"`
	Offset     int    `json:"-"`
	EndOffset  int    `json:"-"`
	// Related are the individual spans behind the finding (each pitch
	// signal), for highlighting and SARIF related locations.
	Related []Span `json:"-"`
}

// Span is a labelled source range; positions are filled like a Diagnostic's.
type Span struct {
	Offset, EndOffset int
	Line, Column      int
	EndLine           int
	EndColumn         int
	Label             string
}

// Result is the outcome for one file: its findings and score, or the error
// that kept it from being linted.
type Result struct {
	Path        string
	Score       int
	Diagnostics []Diagnostic
	Err         error
	// Source is the file's content, for reports that quote lines.
	Source []byte
}

// Linter runs the configured rules. It is safe for concurrent use.
type Linter struct {
	active []active
	failOn Severity // lowest severity that fails; "" never fails
	// severity is every registered rule's configured severity, for rules
	// without a check (the driver's suppression reports) too.
	severity map[string]Severity
	refs     *refCounter
	lex      *lexicon
	// scratch recycles the per-page working memory (the extracted text and
	// the extractor's buffers) between pages, so a run of thousands of
	// files allocates it once per worker instead of once per page.
	scratch sync.Pool
}

// maxSource is the largest page the linter reads: a token keeps its
// offsets in 32 bits, and so do the gathered blocks, whose text (with a
// space standing for each break) may be a little longer than the page.
const maxSource = math.MaxInt32 / 2

// maxPooledTokens is the largest token slice kept for the next page,
// about 9 MB: enough for a page of a few hundred thousand words.
const maxPooledTokens = 1 << 17

// scratch is one page's working memory.
type scratch struct {
	e    *extractor
	text Text
	// pass is reused by each rule in turn: its findings are copied out
	// after the rule runs, so its slice can take the next rule's.
	pass Pass
}

type active struct {
	rule     *Rule
	severity Severity
	check    func(*Pass)
}

// New validates the [lint] settings of gen.toml and compiles the rules.
// Unknown rule names or settings are a *diag.Error naming gen.toml.
func New(cfg config.Lint) (*Linter, error) {
	if len(registry) == 0 {
		// the program forgot to link the rules in, and every page would
		// pass unchecked
		return nil, errors.New("lint: no rules are registered; import internal/lint/driver or internal/lint/rules")
	}
	lex := newLexicon()
	refs := newRefCounter(lex, cfg.Brands)
	settings, err := resolve(cfg, lex, refs)
	if err != nil {
		return nil, err
	}
	l := &Linter{refs: refs, lex: lex, severity: make(map[string]Severity, len(settings))}
	l.scratch.New = func() any { return &scratch{e: newExtractor(lex)} }
	switch cfg.FailOn {
	case "", "error":
		l.failOn = SeverityError
	case "warning":
		l.failOn = SeverityWarning
	}
	for _, r := range Rules() {
		s := settings[r.ID]
		l.severity[r.ID] = s.Severity
		if s.Severity == SeverityOff || r.Build == nil {
			continue
		}
		check, err := r.Build(s)
		if err != nil {
			return nil, configError(cfg, true, []string{"rules", r.ID}, fmt.Sprintf("[lint.rules.%s]: %v", r.ID, err), "")
		}
		l.active = append(l.active, active{rule: r, severity: s.Severity, check: check})
	}
	if lex.full != "" {
		return nil, fmt.Errorf("lint: too many phrase lists for the word-fact bits (%s); this is a bug in gen, please report it", lex.full)
	}
	lex.freeze() // the rules have added their phrases
	return l, nil
}

// Severity is the configured severity of the rule with the given ID;
// SeverityOff for a rule that is switched off or unknown.
func (l *Linter) Severity(id string) Severity {
	if s, ok := l.severity[id]; ok {
		return s
	}
	return SeverityOff
}

// Suppress decides which of a page's findings stand, after the rules ran
// and before the page is scored. It gets the page, its gen-lint comments
// and the findings (each with its severity, in rule order) and returns
// those that stand, to which it may append findings of its own. The
// driver supplies it; gen-lint comments and lint.disable are its business.
type Suppress func(p *content.Page, directives []Directive, found []Diagnostic) []Diagnostic

// Check runs the rules on one page with no suppression: gen-lint comments
// and lint.disable are not applied (package driver applies them). It
// copies the source; see CheckSource.
func (l *Linter) Check(p *content.Page) Result {
	return l.CheckSource(p, string(p.Source), nil)
}

// CheckSource lints one page with its source given as a string, which
// must hold the same bytes as p.Source while CheckSource runs, and passes
// the findings through suppress (when not nil) before placing and scoring
// them. Nothing in the Result refers to src afterwards: findings own their
// strings (see Pass.Report). It never panics on odd input; a page without
// an AST is linted from its front matter only.
func (l *Linter) CheckSource(p *content.Page, src string, suppress Suppress) Result {
	return l.checkSource(p, src, suppress, false)
}

// CheckSourceConsuming is CheckSource for a caller that needs p.AST no
// more: the linter takes the tree apart as it reads it and leaves p.AST
// nil, so a large page's syntax tree and its tokens are never all held
// at once (the tokens grow as the tree shrinks).
func (l *Linter) CheckSourceConsuming(p *content.Page, src string, suppress Suppress) Result {
	return l.checkSource(p, src, suppress, true)
}

func (l *Linter) checkSource(p *content.Page, src string, suppress Suppress, consume bool) (res Result) {
	res = Result{Path: p.Path, Source: p.Source}
	defer func() {
		if r := recover(); r != nil {
			res.Err = fmt.Errorf("%s: internal linter error: %v (please report this file)", p.Path, r)
			res.Diagnostics = nil
		}
	}()
	if len(p.Source) > maxSource {
		res.Err = fmt.Errorf("%s: file is too large to lint (%d MB; the limit is %d MB): split it into smaller pages", p.Path, len(p.Source)>>20, (maxSource+1)>>20)
		return res
	}
	sc := l.scratch.Get().(*scratch)
	defer func() {
		// A huge page's token slice would stay in the pool, hundreds of
		// megabytes, for pages that need a thousandth of it: let it go.
		if cap(sc.text.Tokens) <= maxPooledTokens {
			l.scratch.Put(sc)
		}
	}()
	text := &sc.text
	sc.e.consume = consume
	sc.e.extract(p, src, text)
	var diags []Diagnostic
	for _, a := range l.active {
		pass := &sc.pass
		*pass = Pass{Page: p, Text: text, rule: a.rule, refs: l.refs, out: pass.out[:0]}
		a.check(pass)
		for _, d := range pass.out {
			d.Severity = string(a.severity)
			diags = append(diags, d)
		}
	}
	sc.pass.Page = nil // the pool keeps the scratch, not the page
	if suppress != nil {
		diags = suppress(p, text.Directives, diags)
	}
	sort.SliceStable(diags, func(i, j int) bool {
		if diags[i].Offset != diags[j].Offset {
			return diags[i].Offset < diags[j].Offset
		}
		return diags[i].Rule < diags[j].Rule
	})
	place(p.Source, diags)
	res.Diagnostics = diags
	self, reader := l.refs.count(text, 0, len(text.Tokens))
	res.Score = score(diags, l.isCore, text.Words, self, reader)
	return res
}

// isCore reports whether rule is one of the core empathy rules.
func (l *Linter) isCore(rule string) bool {
	for _, a := range l.active {
		if a.rule.ID == rule {
			return a.rule.Core
		}
	}
	return false
}

// place fills in lines and columns; offsets are visited in order so the
// work is linear in the file size.
func place(src []byte, diags []Diagnostic) {
	if len(diags) == 0 {
		return
	}
	type ref struct {
		off       int
		line, col *int
	}
	refs := make([]ref, 0, 2*len(diags))
	for i := range diags {
		d := &diags[i]
		refs = append(refs, ref{d.Offset, &d.Line, &d.Column}, ref{d.EndOffset, &d.EndLine, &d.EndColumn})
		for k := range d.Related {
			r := &d.Related[k]
			refs = append(refs, ref{r.Offset, &r.Line, &r.Column}, ref{r.EndOffset, &r.EndLine, &r.EndColumn})
		}
	}
	sort.Slice(refs, func(i, j int) bool { return refs[i].off < refs[j].off })
	pos := newPositions(src)
	for _, r := range refs {
		*r.line, *r.col = pos.at(r.off)
	}
}

// Fails reports whether results should fail a build or a CI run: any file
// that could not be linted, or any finding at or above lint.failOn
// (warning with strict).
func (l *Linter) Fails(results []Result, strict bool) bool {
	threshold := l.failOn
	if strict {
		threshold = SeverityWarning
	}
	for _, r := range results {
		if r.Err != nil {
			return true
		}
		if threshold == "" {
			continue
		}
		for _, d := range r.Diagnostics {
			if Severity(d.Severity).Rank() >= threshold.Rank() {
				return true
			}
		}
	}
	return false
}

// Counts tallies findings by severity; files that failed to load count as
// errors.
func Counts(results []Result) (errs, warnings, infos int) {
	for _, r := range results {
		if r.Err != nil {
			errs++
		}
		for _, d := range r.Diagnostics {
			switch Severity(d.Severity) {
			case SeverityError:
				errs++
			case SeverityWarning:
				warnings++
			case SeverityInfo:
				infos++
			}
		}
	}
	return
}

// ErrNotMarkdown is returned for files that are not Markdown sources.
var ErrNotMarkdown = errors.New("not a Markdown file (.md or .markdown)")

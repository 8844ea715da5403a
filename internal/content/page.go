// Package content finds and loads pages: front matter, Markdown AST, slugs,
// sections, dates and the derived facts (summary, word count, reading time,
// table of contents) that every later stage shares.
package content

import (
	"sync"
	"time"

	"github.com/yuin/goldmark/ast"

	"github.com/claritynotes/gen/internal/content/frontmatter"
	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/markdown"
)

// Kind says what a page is, which decides its layout and where it is listed.
type Kind string

// The page kinds.
const (
	KindArticle Kind = "article"
	KindIssue   Kind = "issue"
	KindPage    Kind = "page" // any other page: top-level (about) or another section
)

// Format is a front matter format.
type Format = frontmatter.Format

// Front matter formats.
const (
	FormatNone = frontmatter.FormatNone
	FormatYAML = frontmatter.FormatYAML
	FormatTOML = frontmatter.FormatTOML
	FormatJSON = frontmatter.FormatJSON
)

// Span is a range of bytes in a page's Source.
type Span = frontmatter.Span

// Page is one Markdown file, parsed once and shared by render, lint and email.
type Page struct {
	// Path is the file's path relative to the site root, slash-separated
	// (content/articles/x.md); it is what users see in messages.
	Path string
	// Section is the first folder under content/ ("articles", "newsletter"),
	// empty for top-level pages.
	Section string
	Kind    Kind
	Slug    string
	// URL is the page's path from the site root, with a trailing slash.
	URL string
	// BundleDir, when set, is the page's own folder (content/articles/x/ for
	// content/articles/x/index.md); its other files are published beside it.
	BundleDir string

	FrontMatter

	// Source is the whole file, front matter included. Lint positions count
	// lines and columns in Source. It must not change while the page is in
	// use: the linter shares its bytes as a string (gen lint reuses the
	// memory for another file once the page is linted).
	Source []byte
	// Format, FrontStart and FrontEnd locate the front matter block's data
	// in Source; ValueSpan finds a key's value in it.
	Format               Format
	FrontStart, FrontEnd int
	front                *frontmatter.Doc
	// lines indexes Source's line starts on first use by Position; a
	// pointer, so copies of the page share one index.
	lines *lineIndex
	// BodyOffset is where the Markdown body starts in Source; Body is Source[BodyOffset:].
	BodyOffset int
	Body       []byte
	// AST is the parsed Markdown body; segments are offsets into Body.
	AST ast.Node

	// Derived facts.
	TagSlugs    []string // Slugify of each tag, in order
	WordCount   int
	ReadingTime int // minutes, at least 1
	TOC         []markdown.Heading
	// SummaryText is the plain-text summary, for meta descriptions and feeds.
	SummaryText string
	// Warnings are problems that do not stop the page from building,
	// such as a front matter key that looks like a misspelt known one.
	Warnings []*diag.Error
	// SummaryEnd is the number of top-level AST blocks that make up the
	// summary when it is taken from the body (before <!--more--> or the first
	// paragraph); 0 when the summary comes from front matter.
	SummaryEnd int
}

// FrontMatter holds the keys gen reads; anything else lands in Params.
type FrontMatter struct {
	Title       string
	Date        time.Time
	Updated     time.Time
	ExpiryDate  time.Time
	Description string
	Summary     string
	Tags        []string
	Draft       bool
	Slug        string
	Author      string
	Image       string
	Issue       int
	Subject     string
	Preheader   string
	CTA         *CTA
	// Greeting and Signoff override newsletter.greeting and .signoff for
	// one issue: nil keeps the site's, "" (greeting: false) leaves it out.
	Greeting *string
	Signoff  *string
	Lint     LintSettings
	Params   map[string]any
}

// CTA is a page's next step for the reader, rendered as a button.
type CTA struct {
	Text string
	URL  string
}

// LintSettings are per-page linter settings from front matter.
type LintSettings struct {
	Disable []string
}

// Lastmod is the page's last modification date: updated, else date.
func (p *Page) Lastmod() time.Time {
	if !p.Updated.IsZero() {
		return p.Updated
	}
	return p.Date
}

// EmailSubject is the subject line for the page's email.
func (p *Page) EmailSubject() string {
	if p.Subject != "" {
		return p.Subject
	}
	return p.Title
}

// ValueSpan returns where the value of a front matter key is written in
// Source, each path element one level of nesting ("cta", "text"). Names
// match as keys are read: exactly, else ignoring case.
func (p *Page) ValueSpan(path ...string) (Span, bool) {
	return p.front.ValueSpan(path...)
}

// Position returns the 1-based line and rune column of a byte offset in Source.
func (p *Page) Position(off int) (line, col int) {
	if p.lines == nil {
		return lineCol(p.Source, off)
	}
	return p.lines.get(p.Source).LineCol(off)
}

// lineIndex builds a page's line index once, for the first stage that
// asks, however many goroutines ask at once.
type lineIndex struct {
	once  sync.Once
	lines *diag.Lines
}

func (l *lineIndex) get(src []byte) *diag.Lines {
	l.once.Do(func() { l.lines = diag.NewLines(src) })
	return l.lines
}

// ReleaseBody lets go of the page's Markdown once every stage that reads
// it is done: a build of many pages then holds their metadata, not their
// text and syntax trees. Source keeps a copy of the front matter, so
// positions in it (a clashing slug, a tag) still resolve; positions in
// the body may not be asked for afterwards.
func (p *Page) ReleaseBody() {
	p.Source = append([]byte(nil), p.Source[:p.BodyOffset]...)
	p.front.Rebase(p.Source)
	p.Body, p.AST = nil, nil
	p.lines = &lineIndex{}
}

package serve

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"

	"github.com/claritynotes/gen/internal/markdown"
)

// quoteContext is how much plain text a Quote keeps on each side.
const quoteContext = 48

// Markers that bracket the flagged span in the plain text; they are
// control characters no Markdown file contains.
const (
	markStart = "\x01"
	markEnd   = "\x02"
)

// typography maps what the Markdown typographer prints to what the client
// compares: straight quotes and plain hyphens, one character for one.
// Backslash escapes become the characters they stand for, as in the page.
var typography = strings.NewReplacer(
	"...", "…", "---", "-", "--", "-",
	"\u2018", "'", "\u2019", "'", "\u201c", `"`, "\u201d", `"`, "\u2014", "-", "\u2013", "-", "\u00a0", " ",
	`\*`, "*", `\_`, "_", `\[`, "[", `\]`, "]",
)

// textParser parses for text only: quotes compare the words a page shows.
var textParser = markdown.New(markdown.Options{TextOnly: true})

// piece is a run of text a page shows: src[lo:hi], or text when the run
// is not in the source as written (an autolink's label); space marks a
// break (a new line or a new block) after it.
type piece struct {
	lo, hi int
	text   string
	space  bool
}

// quoter finds flagged source spans in a page's text. It parses the page
// once, so quoting every finding of a page costs one parse.
type quoter struct {
	src    []byte
	pieces []piece // in source order
}

func newQuoter(src []byte) *quoter {
	q := &quoter{src: src}
	doc := textParser.Parse(src)
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			if n.Type() == ast.TypeBlock {
				q.breakAfter()
			}
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text:
			q.pieces = append(q.pieces, piece{lo: n.Segment.Start, hi: n.Segment.Stop, space: n.SoftLineBreak() || n.HardLineBreak()})
		case *ast.AutoLink:
			at := q.end()
			q.pieces = append(q.pieces, piece{lo: at, hi: at, text: string(n.Label(src))})
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML, *ast.HTMLBlock:
			// Tags are not text; an HTML block's words are rare enough
			// to leave unquoted.
			return ast.WalkSkipChildren, nil
		case *ast.CodeBlock, *ast.FencedCodeBlock:
			lines := n.Lines()
			for i := range lines.Len() {
				s := lines.At(i)
				q.pieces = append(q.pieces, piece{lo: s.Start, hi: s.Stop, space: true})
			}
		}
		return ast.WalkContinue, nil
	})
	return q
}

func (q *quoter) end() int {
	if len(q.pieces) == 0 {
		return 0
	}
	return q.pieces[len(q.pieces)-1].hi
}

func (q *quoter) breakAfter() {
	if len(q.pieces) > 0 {
		q.pieces[len(q.pieces)-1].space = true
	}
}

// quote describes src[start:end] as the plain text the page shows, with
// some of the text before and after it.
func (q *quoter) quote(start, end int) Quote {
	start = min(max(start, 0), len(q.src))
	end = min(max(end, start), len(q.src))
	from, to := start-4*quoteContext, end+4*quoteContext
	var b strings.Builder
	started, ended := false, false
	mark := func(at int) {
		if !started && at >= start {
			b.WriteString(markStart)
			started = true
		}
		if !ended && at >= end {
			b.WriteString(markEnd)
			ended = true
		}
	}
	first := sort.Search(len(q.pieces), func(i int) bool { return q.pieces[i].hi > from })
	for _, p := range q.pieces[first:] {
		if p.lo >= to {
			break
		}
		if p.text != "" {
			mark(p.lo)
			b.WriteString(p.text)
		} else {
			lo, hi := max(p.lo, from), min(p.hi, to)
			for _, cut := range [...]int{start, end} {
				if cut > lo && cut < hi {
					mark(lo)
					b.Write(q.src[lo:cut])
					lo = cut
				}
			}
			mark(lo)
			b.Write(q.src[lo:hi])
			mark(hi)
		}
		if p.space && p.hi < len(q.src) {
			b.WriteByte(' ')
		}
	}
	mark(len(q.src))
	plain := collapseSpaces(typography.Replace(b.String()))
	i, j := strings.Index(plain, markStart), strings.Index(plain, markEnd)
	prefix, exact, suffix := plain[:i], plain[i+1:j], plain[j+1:]
	// Spaces at the span's edges belong to the context.
	if t := strings.TrimLeft(exact, " "); t != exact {
		prefix += " "
		exact = t
	}
	if t := strings.TrimRight(exact, " "); t != exact {
		suffix = " " + suffix
		exact = t
	}
	return Quote{Exact: exact, Prefix: lastRunes(prefix, quoteContext), Suffix: firstRunes(suffix, quoteContext)}
}

// collapseSpaces turns every run of white space into one space.
func collapseSpaces(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

func lastRunes(s string, n int) string {
	for i := len(s); i > 0; {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if n--; n == 0 {
			return s[i:]
		}
	}
	return s
}

func firstRunes(s string, n int) string {
	for i := 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if n--; n == 0 {
			return s[:i]
		}
	}
	return s
}

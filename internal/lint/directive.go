package lint

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// DirectivePrefix is the first word of a gen-lint comment:
// <!-- gen-lint disable RULE -->.
const DirectivePrefix = "gen-lint"

// Directive is a gen-lint comment as extraction found it. The linter only
// records it: the driver reads the command and rule names and applies them
// to the findings, so suppression works the same for every rule.
type Directive struct {
	// Raw is the comment's text between "<!--" and "-->".
	Raw string
	// Start and Stop are the comment's byte offsets in Page.Source.
	Start, Stop int
	// NextStart and NextEnd are the Page.Source range that follows the
	// comment in its scope: the rest of the paragraph for a comment inside
	// one, the next block for a comment standing on its own (empty when
	// nothing follows). A disable-next command suppresses this range.
	NextStart, NextEnd int
}

// isDirective reports whether an HTML comment's text is a gen-lint
// comment; commas separate rule names, so "gen-lint," counts too.
func isDirective(body string) bool {
	f := strings.Fields(strings.ReplaceAll(body, ",", " "))
	return len(f) > 0 && f[0] == DirectivePrefix
}

// comments records the gen-lint comments in raw HTML that starts at body
// offset at. A comment inside a paragraph waits for the paragraph's end
// (see leaf), which closes its range.
func (e *extractor) comments(raw []byte, at int, inline bool) {
	t := e.text
	for i := 0; ; {
		open := bytes.Index(raw[i:], []byte("<!--"))
		if open < 0 {
			return
		}
		open += i
		closeAt := bytes.Index(raw[open+4:], []byte("-->"))
		if closeAt < 0 {
			return
		}
		closeAt += open + 4
		if body := string(raw[open+4 : closeAt]); isDirective(body) {
			stop := e.off + at + closeAt + 3
			if inline {
				e.pending = append(e.pending, len(t.Directives))
			}
			t.Directives = append(t.Directives, Directive{Raw: body, Start: e.off + at + open, Stop: stop, NextStart: stop, NextEnd: stop})
		}
		i = closeAt + 3
	}
}

// nodeRange is the body byte range covered by a block node's lines and
// inline segments.
func nodeRange(n ast.Node, body []byte) (start, end int) {
	start, end = -1, -1
	grow := func(a, b int) {
		if start < 0 || a < start {
			start = a
		}
		if b > end {
			end = b
		}
	}
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		if c.Type() == ast.TypeBlock {
			l := c.Lines()
			for i := 0; i < l.Len(); i++ {
				grow(l.At(i).Start, l.At(i).Stop)
			}
		} else if t, ok := c.(*ast.Text); ok {
			grow(t.Segment.Start, t.Segment.Stop)
		}
		return ast.WalkContinue, nil
	})
	if start < 0 {
		return 0, 0
	}
	return start, end
}

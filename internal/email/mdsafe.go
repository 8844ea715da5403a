package email

import (
	"sort"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/claritynotes/gen/internal/urlsafe"
)

// email.md is Markdown that the newsletter tool renders with raw HTML
// allowed, so it must not carry what the site itself would not publish:
// with [markdown] unsafe = false, raw HTML is dropped (the site omits it
// too), and in every case links that could run script are dropped.

// unsafeSpans lists the byte ranges of src to delete: raw HTML when
// dropHTML is set, and autolinks (<javascript:…>) that could run script.
func unsafeSpans(doc ast.Node, src []byte, dropHTML bool) []span {
	var out []span
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.HTMLBlock:
			if dropHTML {
				for i := 0; i < n.Lines().Len(); i++ {
					s := n.Lines().At(i)
					out = append(out, span{start: s.Start, stop: s.Stop})
				}
				if n.HasClosure() {
					out = append(out, span{start: n.ClosureLine.Start, stop: n.ClosureLine.Stop})
				}
			}
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML:
			if dropHTML {
				for i := 0; i < n.Segments.Len(); i++ {
					s := n.Segments.At(i)
					out = append(out, span{start: s.Start, stop: s.Stop})
				}
			}
		case *ast.AutoLink:
			if n.AutoLinkType == ast.AutoLinkURL && urlsafe.Dangerous(string(n.URL(src))) {
				// The parser records where the "<" is; the URL and ">" follow.
				start := n.Pos()
				stop := start + len(n.URL(src)) + 2
				if start >= 0 && stop <= len(src) && src[start] == '<' && src[stop-1] == '>' {
					out = append(out, span{start: start, stop: stop})
				}
			}
		}
		return ast.WalkContinue, nil
	})
	return out
}

// maxSafetyRounds bounds safeMarkdown's passes. Deleting raw HTML can
// join the text around it into new raw HTML ("<<b></b>script>"), so the
// result is parsed again; one round is usual, and hostile input that needs
// more than a few is escaped wholesale instead.
const maxSafetyRounds = 4

// safeMarkdown parses md as the newsletter tool will and removes what
// the edits above missed: raw HTML (unless [markdown] unsafe = true) and
// links and images whose destination could run script, whatever syntax
// produced them. A block holding such a link loses its link syntax.
func (r *Renderer) safeMarkdown(md string) string {
	dropHTML := !r.cfg.Markdown.Unsafe
	for range maxSafetyRounds {
		src := []byte(md)
		doc := r.md.Parse(src)
		spans := append(unsafeSpans(doc, src, dropHTML), dangerousLinkBlocks(doc)...)
		if len(spans) == 0 {
			return md
		}
		md = applySpans(md, spans)
	}
	// Still unsafe after maxSafetyRounds: no markup at all.
	return markupEscaper.Replace(md)
}

// dangerousLinkBlocks lists the lines of each block that holds a link or
// image whose destination could run script.
func dangerousLinkBlocks(doc ast.Node) []span {
	var out []span
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		var dest []byte
		switch n := n.(type) {
		case *ast.Link:
			dest = n.Destination
		case *ast.Image:
			dest = n.Destination
		default:
			return ast.WalkContinue, nil
		}
		if !urlsafe.Dangerous(string(dest)) {
			return ast.WalkContinue, nil
		}
		for b := n.Parent(); b != nil; b = b.Parent() {
			if b.Type() == ast.TypeBlock && b.Lines().Len() > 0 {
				for i := 0; i < b.Lines().Len(); i++ {
					s := b.Lines().At(i)
					out = append(out, span{start: s.Start, stop: s.Stop, escape: true})
				}
				break
			}
		}
		return ast.WalkSkipChildren, nil
	})
	return out
}

// span is a byte range of Markdown to replace with text (to delete when
// text is empty), or with escape set, to keep as literal text.
type span struct {
	start, stop int
	text        string
	escape      bool
}

// markupEscaper turns the characters that start links and raw HTML into
// literal text; backslashes first, so an existing "\[" stays literal too.
var markupEscaper = strings.NewReplacer(`\`, `\\`, "[", `\[`, "]", `\]`, "<", "&lt;")

// applySpans applies spans to md; of overlapping spans the first wins.
func applySpans(md string, spans []span) string {
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	var b strings.Builder
	last := 0
	for _, s := range spans {
		if s.start < last {
			continue
		}
		b.WriteString(md[last:s.start])
		if s.escape {
			b.WriteString(markupEscaper.Replace(md[s.start:s.stop]))
		} else {
			b.WriteString(s.text)
		}
		last = s.stop
	}
	b.WriteString(md[last:])
	return b.String()
}

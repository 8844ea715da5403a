package email

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"

	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/urlsafe"
)

// markdownBody returns the issue's Markdown body without front matter,
// with absolute, UTM-tagged link destinations, SVG images turned into
// links and the next step appended: what Buttondown imports best. Only
// destinations change; every other byte of the source is kept.
func (r *Renderer) markdownBody(p *content.Page, is *issue) []byte {
	edits := linkEdits(p.AST, p.Body, is.links, imagesIn(p))
	edits = append(edits, unsafeSpans(p.AST, p.Body, !r.cfg.Markdown.Unsafe)...)
	out := strings.TrimSpace(applySpans(string(p.Body), edits)) + "\n"
	if is.sal.Greeting != "" {
		out = is.sal.greeting(markdownSalutation) + "\n\n" + out
	}
	if is.cta != nil {
		out += "\n[**" + escapeMarkdownText(oneLine(is.cta.Text)) + " →**](" + markdownDestination(is.cta.URL) + ")\n"
	}
	if lines := is.sal.signoffLines(); len(lines) > 0 {
		for i := range lines {
			lines[i] = markdownSalutation(lines[i])
		}
		// A backslash at the end of a line is a hard line break.
		out += "\n" + strings.Join(lines, "\\\n") + "\n"
	}
	return []byte(r.safeMarkdown(out))
}

// linkEdits walks the body's AST and lists the edits that rewrite its
// link destinations in the source: inline links and reference
// definitions get the absolute, tagged URL and images the absolute one
// (images holds every image destination, so a definition an image uses
// stays untagged); an SVG image becomes a link to the file (Gmail and
// Outlook cannot show SVG) and <https://…> autolinks are tagged. Code,
// raw HTML and text hold no link nodes, so they stay as written.
func linkEdits(doc ast.Node, src []byte, l *linker, images map[string]bool) []span {
	var out []span
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Link:
			if n.Reference == nil {
				out = append(out, inlineLinkEdits(src, n.Pos(), n.Destination, l.link)...)
			}
		case *ast.Image:
			switch {
			case n.Reference != nil:
				// Its definition is rewritten.
			case isSVG(string(n.Destination)) && !urlsafe.Dangerous(string(n.Destination)):
				out = append(out, inlineLinkEdits(src, n.Pos(), n.Destination, l.link)...)
				if start := n.Pos(); start >= 0 && src[start] == '!' {
					out = append(out, span{start: start, stop: start + 1})
				}
			default:
				out = append(out, inlineLinkEdits(src, n.Pos(), n.Destination, l.abs)...)
			}
		case *ast.LinkReferenceDefinition:
			if d, ok := destinationIn(src, n.Destination); ok {
				rewrite := l.link
				if images[d.url] {
					rewrite = l.abs
				}
				out = append(out, span{start: d.start, stop: d.stop, text: rewrite(d.url)})
			}
		case *ast.AutoLink:
			// Only <https://…>: a bare URL (GFM) is also the link's text.
			url, start := string(n.URL(src)), n.Pos()
			stop := start + 1 + len(url)
			if n.AutoLinkType == ast.AutoLinkURL && start >= 0 && stop < len(src) && src[start] == '<' && src[stop] == '>' &&
				isWebURL(url) && !urlsafe.Dangerous(url) {
				out = append(out, span{start: start + 1, stop: stop, text: l.link(url)})
			}
		}
		return ast.WalkContinue, nil
	})
	return out
}

// inlineLinkEdits rewrites the destination of the inline link or image
// that starts at pos ("[" or "!["). A destination that could run script
// loses its link syntax instead, keeping the link's text or the image's
// alt text; one with a title is left for safeMarkdown, which keeps its
// whole block as text.
func inlineLinkEdits(src []byte, pos int, dest []byte, rewrite func(string) string) []span {
	d, ok := destinationIn(src, dest)
	if !ok || pos < 0 {
		return nil
	}
	if !urlsafe.Dangerous(d.url) {
		return []span{{start: d.start, stop: d.stop, text: rewrite(d.url)}}
	}
	// Only spaces and line breaks stand between the "](" that ends the
	// link text and the destination.
	labelEnd := bytes.LastIndex(src[pos:d.start], []byte("]("))
	end := d.stop
	for end < len(src) && (src[end] == ' ' || src[end] == '\t') {
		end++
	}
	if labelEnd < 0 || end >= len(src) || src[end] != ')' {
		return nil
	}
	labelStart := pos + 1
	if src[pos] == '!' {
		labelStart++
	}
	return []span{{start: pos, stop: labelStart}, {start: pos + labelEnd, stop: end + 1}}
}

// destination is where a link destination is written in the source:
// src[start:stop], with its angle brackets if it has them, and its URL.
type destination struct {
	start, stop int
	url         string
}

// destinationIn finds a destination goldmark parsed from src. The parser
// does not copy destinations: Destination is a slice of the source (the
// same array), so where it starts in src is where it is written. A
// destination goldmark had to copy (a tab expanded in a list item) or an
// empty one is not found; safeMarkdown still checks what is left.
func destinationIn(src, dest []byte) (destination, bool) {
	off := cap(src) - cap(dest)
	if len(dest) == 0 || off < 0 || off+len(dest) > len(src) || &src[off] != &dest[0] {
		return destination{}, false
	}
	d := destination{start: off, stop: off + len(dest), url: string(dest)}
	if d.start > 0 && src[d.start-1] == '<' && d.stop < len(src) && src[d.stop] == '>' {
		d.start, d.stop = d.start-1, d.stop+1
	}
	return d, true
}

// isWebURL reports whether u is an http or https URL.
func isWebURL(u string) bool {
	l := strings.ToLower(u)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// escapeMarkdownText makes s literal text in Markdown: every ASCII
// punctuation character is backslash-escaped, so none can start markup,
// raw HTML ("<img onerror=…>") or a character reference.
func escapeMarkdownText(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c < 0x80 && (unicode.IsPunct(c) || unicode.IsSymbol(c)) {
			b.WriteByte('\\')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// markdownDestination writes a URL as a Markdown link destination: as it
// is when it has nothing Markdown would read differently, otherwise in
// angle brackets with the characters those cannot hold percent-encoded.
func markdownDestination(u string) string {
	if !strings.ContainsAny(u, " ()<>\\\t\r\n") {
		return u
	}
	return "<" + strings.NewReplacer("<", "%3C", ">", "%3E", "\\", "%5C", "\t", "%09", "\r", "", "\n", "").Replace(u) + ">"
}

// imagesIn is the set of the body's Markdown image destinations.
func imagesIn(p *content.Page) map[string]bool {
	out := map[string]bool{}
	for _, img := range images(p) {
		out[img.dest] = true
	}
	return out
}

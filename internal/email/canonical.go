package email

import (
	"bytes"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The build publishes an issue's web copy and checks the tool's message,
// and the two pages differ only in the web copy's canonical link (and in
// merge tags, which are replaced after rendering). Rendering a page is
// most of an email's cost, so the build renders the web copy and cuts
// the canonical link out of the result for the tool's message. The cut is
// made only when it is plainly the same as rendering without the link:
// the link is a run of <link> and <meta> tags in the head, and the
// inliner and minifier pass those tags through byte for byte (no style is
// inlined into them) and drop the white space between head elements.
// Anything else renders the tool's message on its own.

// maxCanonicalTags bounds the tags a canonical block may hold: the
// template writes a <link> and a <meta>.
const maxCanonicalTags = 8

// canonicalTags executes the template for v without its canonical link
// and compares that with doc, the document executed for v. When they
// differ by one run of white space and <link> and <meta> tags in the
// head, it returns those tags as they stand in doc, one after the other;
// otherwise nil.
func (r *Renderer) canonicalTags(v view, doc []byte) []byte {
	v.Canonical = ""
	b := getBuffer()
	defer putBuffer(b)
	if err := r.tmpl.Execute(b, layoutFile, v); err != nil {
		return nil
	}
	start, end, ok := oneInsertion(doc, b.Bytes())
	if !ok {
		return nil
	}
	// The insertion may slide along doc while the bytes it passes are
	// equal ("\n<link…>\n" inserted after "\n" is also "<link…>\n\n"
	// inserted before it); find a position that starts and ends on token
	// boundaries.
	left := 0
	for start-left > 0 && doc[start-left-1] == doc[end-left-1] {
		left++
	}
	right := 0
	for end+right < len(doc) && doc[start+right] == doc[end+right] {
		right++
	}
	toks, head := headTokens(doc, end+right)
	for shift := -left; shift <= right; shift++ {
		a, z := start+shift, end+shift
		if a < head[0] || z > head[1] {
			continue
		}
		if tags := tagsBetween(toks, doc, a, z); tags != nil {
			return tags
		}
	}
	return nil
}

// token is where a token of the document starts and what it is.
type token struct {
	start int
	kind  html.TokenType
	tag   atom.Atom // for start tags
}

// headTokens tokenizes doc, up to limit at least, and returns its tokens
// and the span of the head's content: from after <head> to </head> or
// <body> (empty if there is no <head>). The tokenizer reads <style>,
// <title> and the like as text, and comments as comments, as the browser
// does, so a token here is one in the document.
func headTokens(doc []byte, limit int) (toks []token, head [2]int) {
	z := html.NewTokenizer(bytes.NewReader(doc))
	head = [2]int{-1, -1}
	for off := 0; off <= limit; {
		tt := z.Next()
		if tt == html.ErrorToken {
			toks = append(toks, token{start: off, kind: tt})
			break
		}
		t := token{start: off, kind: tt}
		off += len(z.Raw())
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			t.tag = atom.Lookup(name)
			switch {
			case t.tag == atom.Head && tt != html.EndTagToken && head[0] < 0:
				head = [2]int{off, len(doc)}
			case (t.tag == atom.Head || t.tag == atom.Body) && head[0] >= 0 && head[1] == len(doc):
				head[1] = t.start
			}
		}
		toks = append(toks, t)
	}
	return toks, head
}

// tagsBetween returns the tags of doc[a:z] when a and z are where tokens
// start and the tokens between are white space and <link> and <meta>
// tags, at least one; otherwise nil.
func tagsBetween(toks []token, doc []byte, a, z int) []byte {
	i, found := slices.BinarySearchFunc(toks, a, func(t token, off int) int { return t.start - off })
	if !found {
		return nil
	}
	var tags []byte
	n := 0
	for ; i < len(toks) && toks[i].start < z; i++ {
		t := toks[i]
		if i+1 == len(toks) {
			return nil // the last token read may run past z
		}
		raw := doc[t.start:toks[i+1].start]
		switch t.kind {
		case html.TextToken:
			if strings.Trim(string(raw), " \t\n\r\f") != "" {
				return nil
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			if t.tag != atom.Link && t.tag != atom.Meta || n == maxCanonicalTags {
				return nil
			}
			tags = append(tags, raw...)
			n++
		default:
			return nil
		}
	}
	if i == len(toks) || toks[i].start != z || n == 0 {
		return nil
	}
	return tags
}

// oneInsertion reports whether long is short with one run of bytes
// inserted, and where that run is in long.
func oneInsertion(long, short []byte) (start, end int, ok bool) {
	if len(long) <= len(short) {
		return 0, 0, false
	}
	p := 0
	for p < len(short) && long[p] == short[p] {
		p++
	}
	s := 0
	for s < len(short)-p && long[len(long)-1-s] == short[len(short)-1-s] {
		s++
	}
	if p+s != len(short) {
		return 0, 0, false
	}
	return p, len(long) - s, true
}

// withoutCanonical cuts tags, the canonical block's tags as canonicalTags
// found them, out of page, the rendered web copy. ok is false unless they
// are there exactly once, before the end of the head: then the inliner
// and minifier changed them, or content repeats them, and the page
// without them must be rendered.
func withoutCanonical(page string, tags []byte) (string, bool) {
	i := strings.Index(page, string(tags))
	if i < 0 || strings.Contains(page[i+1:], string(tags)) {
		return "", false
	}
	if h := strings.Index(page, "</head>"); h < i {
		return "", false
	}
	return page[:i] + page[i+len(tags):], true
}

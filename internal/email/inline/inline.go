// Package inline moves the rules of an HTML document's <style> elements
// into style attributes, for mail clients that drop <style>, and writes
// widths and heights in pixels as attributes for Outlook.
package inline

import (
	"bytes"
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"slices"
	"strings"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"

	"github.com/claritynotes/gen/internal/memo"
)

// Rules are applied in cascade order (importance, then specificity, then
// source order); rules an attribute cannot express stay in a <style> in
// the head, made important so they still win over the inlined styles.
// Each stylesheet is parsed and its selectors compiled once per Inliner:
// the theme's email.css is the same for every issue, and parsing it was
// most of the cost of an email.

// ignoreAttr marks the <style> the inliner leaves alone (head.css).
const ignoreAttr = ` data-premailer="ignore"`

// styleElements are the stylesheets to inline.
var styleElements = cascadia.MustCompile("style:not([data-premailer='ignore'])")

// Inliner inlines stylesheets, caching what does not depend on the page.
// It is safe for concurrent use.
type Inliner struct {
	sheets *memo.Memo[string, *sheet]        // parsed <style> contents
	blocks *memo.Memo[string, []declaration] // parsed style attributes
}

// New makes an Inliner.
func New() *Inliner {
	return &Inliner{sheets: memo.New[string, *sheet](16), blocks: memo.New[string, []declaration](4096)}
}

// Plan is a stylesheet parsed once and filed for inlining into many
// documents: its rules split per selector, in cascade order, indexed by
// the class or tag each needs, and what stays in the head. A document
// names it by its placeholder, so the stylesheet's text is neither in the
// document nor read again for each one.
type Plan struct {
	text        string
	placeholder string
	sheet       *sheet
}

// Plan prepares css for inlining. Its placeholder is a CSS comment with a
// random part, which no content can write. It starts with a capital Q, a
// byte rare in HTML, so LeftIn's search of every document skips from one
// Q to the next rather than stopping at every "g".
func (in *Inliner) Plan(css string) *Plan {
	var nonce [8]byte
	_, _ = rand.Read(nonce[:]) // never fails (crypto/rand)
	return &Plan{text: css, placeholder: "/*Q-gen-stylesheet-" + hex.EncodeToString(nonce[:]) + "*/",
		sheet: in.sheets.Get(css, func() *sheet { return parseSheet(css) })}
}

// Plannable reports whether css reads the same from a plan as from a
// document's <style>: the HTML parser ends a <style> at "</style" and
// rewrites carriage returns and NUL bytes in its text.
func Plannable(css string) bool {
	return !strings.ContainsAny(css, "\r\x00") && !strings.Contains(strings.ToLower(css), "</style")
}

// LeftIn reports whether doc still holds the placeholder (an escaped copy
// too: its random part survives every escaping): it was somewhere Inline
// does not put the stylesheet.
func (p *Plan) LeftIn(doc []byte) bool {
	return bytes.Contains(doc, []byte(p.core()))
}

// core is the placeholder's random part, which escaping leaves as it is.
func (p *Plan) core() string { return strings.Trim(p.placeholder, "/*") }

// ErrPlaceholderLeft is Inline's error for a <style> holding a plan's
// placeholder in an escaped form: the document must hold the stylesheet.
var ErrPlaceholderLeft = errors.New("a <style> holds an escaped stylesheet placeholder")

// Placeholder is what a document's <style> holds in place of the
// stylesheet. Inline treats a <style> holding it as one holding the
// stylesheet; anywhere else it stays as it is, which callers detect.
func (p *Plan) Placeholder() string { return p.placeholder }

// Inline moves the rules of the document's <style> elements (except the
// one marked data-premailer="ignore", which keeps head.css for the clients
// that read it) into style attributes, and width and height in pixels into
// attributes for Outlook. A <style> that holds a plan's placeholder is
// inlined as if it held the plan's stylesheet there.
func (in *Inliner) Inline(doc []byte, plans ...*Plan) ([]byte, error) {
	var b bytes.Buffer
	b.Grow(len(doc) * 2) // inlined styles about double the size
	return in.InlineTo(&b, doc, plans...)
}

// InlineTo is Inline writing into b, whose bytes it returns: a caller
// rendering many documents reuses its buffers.
func (in *Inliner) InlineTo(b *bytes.Buffer, doc []byte, plans ...*Plan) ([]byte, error) {
	root, err := html.Parse(bytes.NewReader(doc))
	if err != nil {
		return nil, err
	}
	var sheets []*sheet
	for _, n := range matchAll(root, styleElements) {
		if media, ok := attrOf(n, "media"); ok && media != "all" {
			continue
		}
		text := textOf(n)
		planned := false
		for _, p := range plans {
			if text == p.placeholder {
				sheets, planned = append(sheets, p.sheet), true
				break
			}
			text = strings.ReplaceAll(text, p.placeholder, p.text)
			if strings.Contains(text, p.core()) {
				return nil, ErrPlaceholderLeft // escaped: what it stands for is not known here
			}
		}
		if !planned {
			sheets = append(sheets, in.sheets.Get(text, func() *sheet { return parseSheet(text) }))
		}
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	var ix *ruleIndex
	if len(sheets) == 1 {
		ix = sheets[0].index
	} else {
		ix = newRuleIndex(cascadeOrder(sheets))
	}

	// Match every element before changing any: a selector may test an
	// attribute that inlining sets.
	type match struct {
		n     *html.Node
		rules []int // positions in ix.rules, weakest first
	}
	var matches []match
	ix.match(root, func(n *html.Node, rules []int) {
		matches = append(matches, match{n, rules})
	})
	for _, m := range matches {
		in.apply(m.n, ix, m.rules)
	}

	var leftover []string
	for _, sh := range sheets {
		leftover = append(leftover, sh.leftover...)
	}
	if len(leftover) > 0 {
		for _, head := range matchAll(root, headElements) {
			style := &html.Node{Type: html.ElementNode, Data: "style", Attr: []html.Attribute{{Key: "type", Val: "text/css"}}}
			style.AppendChild(&html.Node{Type: html.TextNode, Data: strings.Join(leftover, "")})
			head.AppendChild(style)
		}
	}

	start := b.Len()
	for c := root.FirstChild; c != nil; c = c.NextSibling {
		if err := html.Render(b, c); err != nil {
			return nil, err
		}
	}
	out := b.Bytes()[start:]
	if i := bytes.Index(out, []byte(ignoreAttr)); i >= 0 {
		out = append(out[:i], out[i+len(ignoreAttr):]...)
	}
	return out, nil
}

var headElements = cascadia.MustCompile("head")

// apply writes the declarations of an element's rules, weakest first, and
// then its own style attribute into one style attribute: each property
// once, where it last occurs, with its last value. Elements repeat the same
// rules and styles, so the result is cached. Attributes the element has
// keep their place; new ones follow its others, width and height before
// style, so the output is the same from run to run.
func (in *Inliner) apply(n *html.Node, ix *ruleIndex, rules []int) {
	own, _ := attrOf(n, "style")
	key := binary.AppendUvarint(make([]byte, 0, 2*len(rules)+len(own)+2), uint64(len(rules)))
	for _, i := range rules {
		key = binary.AppendUvarint(key, uint64(i))
	}
	key = append(key, own...)
	st := ix.styles.Get(string(key), func() inlineStyle { return in.cascade(ix, rules, own) })

	for _, a := range st.sizes {
		setAttr(n, a.Key, a.Val)
	}
	if st.style != "" {
		setAttr(n, "style", st.style)
	}
}

// inlineStyle is what apply writes: the style attribute and the width and
// height attributes for Outlook, width first.
type inlineStyle struct {
	style string
	sizes []html.Attribute
}

func (in *Inliner) cascade(ix *ruleIndex, rules []int, own string) inlineStyle {
	var decls []declaration
	for _, i := range rules {
		decls = append(decls, ix.rules[i].decls...)
	}
	if own != "" {
		decls = append(decls, in.blocks.Get(own, func() []declaration { return parseDeclarations(own) })...)
	}
	last := make(map[string]int, len(decls))
	for i, d := range decls {
		last[d.prop] = i
	}
	var st inlineStyle
	var style strings.Builder
	for i, d := range decls {
		if last[d.prop] != i {
			continue
		}
		if style.Len() > 0 {
			style.WriteByte(';')
		}
		style.WriteString(d.prop)
		style.WriteByte(':')
		style.WriteString(d.value)
		if a, ok := sizeAttribute(d.prop, d.value); ok {
			st.sizes = append(st.sizes, a)
		}
	}
	slices.SortFunc(st.sizes, func(a, b html.Attribute) int { return strings.Compare(b.Key, a.Key) }) // width, height
	st.style = style.String()
	return st
}

// sizeAttribute returns a width or height in pixels (or 0) as the HTML
// attribute, which Outlook for Windows reads instead of the CSS.
func sizeAttribute(prop, value string) (html.Attribute, bool) {
	if prop != "width" && prop != "height" {
		return html.Attribute{}, false
	}
	value = strings.Replace(value, " !important", "", 1)
	if v, ok := strings.CutSuffix(value, "px"); ok {
		return html.Attribute{Key: prop, Val: v}, true
	} else if value == "0" {
		return html.Attribute{Key: prop, Val: value}, true
	}
	return html.Attribute{}, false
}

// matchAll lists the elements under root that match sel, in document order.
func matchAll(root *html.Node, sel cascadia.Selector) []*html.Node {
	var out []*html.Node
	walkElements(root, func(n *html.Node) {
		if sel(n) {
			out = append(out, n)
		}
	})
	return out
}

// walkElements calls f for every element under root in document order.
// Selectors match only elements, so other nodes are skipped.
func walkElements(root *html.Node, f func(*html.Node)) {
	for c := root.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			f(c)
		}
		if c.FirstChild != nil {
			walkElements(c, f)
		}
	}
}

// textOf is the text of n's descendants, as in a <style>.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// attrOf and setAttr work on the first attribute with the key, whatever
// its namespace.
func attrOf(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func setAttr(n *html.Node, key, val string) {
	for i := range n.Attr {
		if n.Attr[i].Key == key {
			n.Attr[i].Val = val
			return
		}
	}
	n.Attr = append(n.Attr, html.Attribute{Key: key, Val: val})
}

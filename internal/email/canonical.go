package email

import (
	"bytes"
	"html/template"
	"io"
	"slices"
	"strings"
	"sync/atomic"
	"text/template/parse"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/claritynotes/gen/internal/email/lex"
	"github.com/claritynotes/gen/internal/theme"
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

// canonicalTags returns the tags of doc, the document executed for v,
// that make its canonical link, one after the other, when doc without them
// is the document executed without the link; otherwise nil. It takes
// them from the layout's canonical block when it can (see
// canonicalBlock), and else executes the template without the link and
// compares: when the two differ by one run of white space and <link> and
// <meta> tags in the head, those are the tags.
func (r *Renderer) canonicalTags(v view, doc []byte, lx *lex.Lexer) []byte {
	if c := r.canonical; c != nil && c.escapedAlike() {
		if tags, known := c.tags(v, doc, lx); known {
			return tags
		}
	}
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
	return tagsAt(doc, start, end, lx)
}

// tagsAt returns the tags of doc[start:end], an insertion into the
// document, one after the other when they are white space and <link> and
// <meta> tags in the head; otherwise nil. lx, when not nil, has read doc
// (see headTokens).
func tagsAt(doc []byte, start, end int, lx *lex.Lexer) []byte {
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
	toks, head := headTokens(doc, end+right, lx)
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

// canonicalBlock is the layout's {{ with .Canonical }} block when the
// document without the canonical link is plainly the document with it
// less what the block writes: the block is a node of the layout's own
// list (no baseof.html), so it runs once, with the view as dot; it has no
// else; its body is text and {{ . }} actions; and nothing else in the
// template set can see .Canonical (see fieldUses). Executing the block
// alone then gives what it writes in the document, provided html/template
// escapes it alike in both places, which escapedAlike checks once the
// layout is escaped. It spares each issue a second run of the template.
type canonicalBlock struct {
	node  *parse.WithNode    // in the layout's tree
	alone *template.Template // the block on its own
	alike atomic.Bool
	prog  atomic.Pointer[theme.Program] // alone compiled, once compared
}

// newCanonicalBlock finds the layout's canonical block in trees, as
// parsed and not yet escaped (theme.Templates.Trees before the layout
// first executes); nil if there is none that qualifies.
func newCanonicalBlock(trees map[string]*parse.Tree) *canonicalBlock {
	t := trees[layoutFile]
	if _, hasBase := trees["baseof.html"]; hasBase || t == nil || t.Root == nil {
		return nil
	}
	var block *parse.WithNode
	for _, n := range t.Root.Nodes {
		if w, ok := n.(*parse.WithNode); ok && isPlainField(w.Pipe, "Canonical") {
			if block != nil {
				return nil
			}
			block = w
		}
	}
	if block == nil || block.ElseList != nil || !textAndDot(block.List) {
		return nil
	}
	u := fieldUses{trees: trees, seen: map[string]bool{}, field: "Canonical",
		allowed: func(n parse.Node, _ bool) bool { return n == parse.Node(block) }}
	if !u.template(layoutFile, true) {
		return nil
	}
	alone, err := template.New("canonical").Parse(block.String())
	if err != nil || len(alone.Tree.Root.Nodes) != 1 {
		return nil
	}
	return &canonicalBlock{node: block, alone: alone}
}

// textAndDot reports whether a list is text and {{ . }} actions, one
// action at least.
func textAndDot(l *parse.ListNode) bool {
	actions := 0
	for _, n := range l.Nodes {
		switch n := n.(type) {
		case *parse.TextNode:
		case *parse.ActionNode:
			p := n.Pipe
			if len(p.Decl) != 0 || len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 1 {
				return false
			}
			if _, ok := p.Cmds[0].Args[0].(*parse.DotNode); !ok {
				return false
			}
			actions++
		default:
			return false
		}
	}
	return actions > 0
}

// compareEscaped finds whether html/template escaped the block in the
// layout as it escapes it alone: the same escapers on every action, so
// the same context where each prints. The templates call it once the
// layout's first execution has escaped it, before its escapers are
// fused into the compiled program's (see theme.ParseCompiled).
func (c *canonicalBlock) compareEscaped() {
	// Executing escapes the template; the view's zero value writes
	// nothing.
	if err := c.alone.Execute(io.Discard, view{}); err != nil {
		return
	}
	if c.alone.Tree.Root.Nodes[0].String() != c.node.String() {
		return
	}
	// Compared: the block alone may now run as a program, as the layout
	// does.
	if p := theme.CompileEscaped(c.alone, nil); p != nil {
		c.prog.Store(p)
	}
	c.alike.Store(true)
}

// escapedAlike reports what compareEscaped found: false until the
// layout has executed without error.
func (c *canonicalBlock) escapedAlike() bool { return c.alike.Load() }

// tags executes the block for v and finds what it writes in doc, the
// layout executed for v. When that is there once, it is the block's
// insertion into the document without the link, and tags returns
// tagsAt's answer for it, known. Otherwise (not known) the caller must
// compare with the document executed without the link.
func (c *canonicalBlock) tags(v view, doc []byte, lx *lex.Lexer) (tags []byte, known bool) {
	b := getBuffer()
	defer putBuffer(b)
	if p := c.prog.Load(); p == nil || !p.Run(b, v) {
		if err := c.alone.Execute(b, v); err != nil {
			return nil, false
		}
	}
	if b.Len() == 0 {
		return nil, false
	}
	out := b.Bytes()
	i := bytes.Index(doc, out)
	if i < 0 || bytes.Contains(doc[i+1:], out) {
		return nil, false
	}
	return tagsAt(doc, i, i+len(out), lx), true
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
// does, so a token here is one in the document. lx, when not nil, has read
// doc (lx.Lex(doc) returned true): its tokens are read again rather than
// doc.
func headTokens(doc []byte, limit int, lx *lex.Lexer) (toks []token, head [2]int) {
	var z lex.Tokens
	if lx != nil {
		lx.Rewind()
		z = lx
	} else {
		z = html.NewTokenizer(bytes.NewReader(doc))
	}
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
func withoutCanonical(page string, tags []byte) (cutPage, bool) {
	i := strings.Index(page, string(tags))
	if i < 0 || strings.Contains(page[i+1:], string(tags)) {
		return cutPage{}, false
	}
	if h := strings.Index(page, "</head>"); h < i {
		return cutPage{}, false
	}
	return cutPage{page: page, at: i, n: len(tags)}, true
}

// cutPage is a page less one run of its bytes, page[at:at+n] (none when n
// is 0): the tool's message is the web copy less its canonical link, and
// merging its tags reads it from the web copy rather than from a copy of
// the page made first.
type cutPage struct {
	page  string
	at, n int
}

// String is the page less the cut.
func (c cutPage) String() string {
	if c.n == 0 {
		return c.page
	}
	return c.page[:c.at] + c.page[c.at+c.n:]
}

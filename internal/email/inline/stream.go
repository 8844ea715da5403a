package inline

import (
	"bytes"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/claritynotes/gen/internal/email/lex"
)

// InlineStream is InlineTo in one pass over the document's tokens, with
// no tree: each element's rules are matched from its ancestors' walk
// state as its start tag is read and the tag is written at once, as
// html.Render would write it. It handles the documents whose tree is
// their tags' own nesting: a doctype, an explicit head and body, and in
// the body only elements and contexts where the HTML parser neither
// closes, moves nor reopens an element (tables' implied <tbody> aside),
// and stylesheets of rules that are chains (see ruleIndex). For any other
// document it returns ok false, having written nothing that counts, and
// the caller uses InlineTo, whose result it would equal.
//
// Every comment is written as comment returns it, given the comment's
// bytes as they stand in doc: InlineTo would see what the caller
// replaced them with (see email's keepComments).
func (in *Inliner) InlineStream(b *bytes.Buffer, doc []byte, comment func(raw []byte) []byte, plans ...*Plan) (out []byte, ok bool) {
	return in.inlineStream(b, doc, comment, false, plans)
}

// InlineLexed is InlineStream for a caller that has read doc with lx
// already (lx.Lex(doc) returned true): it reads lx's tokens rather than
// lexing doc again.
func (in *Inliner) InlineLexed(b *bytes.Buffer, doc []byte, lx *lex.Lexer, comment func(raw []byte) []byte, plans ...*Plan) (out []byte, ok bool) {
	lx.Rewind()
	return in.stream(b, doc, comment, lx, plans, false)
}

// inlineStream is InlineStream; it reads doc with a lex.Lexer when it can,
// and with html.Tokenizer when it cannot or tokenizerOnly, for the tests
// that compare the two.
func (in *Inliner) inlineStream(b *bytes.Buffer, doc []byte, comment func(raw []byte) []byte, tokenizerOnly bool, plans []*Plan) (out []byte, ok bool) {
	// The parser drops NUL bytes where the tokenizer keeps them, and
	// carriage returns are for the tokenizer to fold: leave both to it.
	if bytes.IndexByte(doc, 0) >= 0 || bytes.IndexByte(doc, '\r') >= 0 {
		return nil, false
	}
	lx := lex.Get()
	defer lex.Put(lx)
	if !tokenizerOnly && lx.Lex(doc) {
		return in.stream(b, doc, comment, lx, plans, false)
	}
	return in.stream(b, doc, comment, html.NewTokenizer(bytes.NewReader(doc)), plans, tokenizerOnly)
}

// stream is InlineStream reading doc's tokens from z; fresh has it
// match and write every start tag, for the tests that compare the two
// readers, rather than copy what it wrote for the same tag before.
func (in *Inliner) stream(b *bytes.Buffer, doc []byte, comment func(raw []byte) []byte, z lex.Tokens, plans []*Plan, fresh bool) (out []byte, ok bool) {
	// As InlineStream; a Lexer has read neither.
	if bytes.IndexByte(doc, 0) >= 0 || bytes.IndexByte(doc, '\r') >= 0 {
		return nil, false
	}
	start := b.Len()
	s := streamer{in: in, b: b, comment: comment, plans: plans, z: z, fresh: fresh}
	if !s.head() || !s.body() {
		b.Truncate(start)
		return nil, false
	}
	out = b.Bytes()[start:]
	if i := bytes.Index(out, []byte(ignoreAttr)); i >= 0 {
		out = append(out[:i], out[i+len(ignoreAttr):]...)
	}
	return out, true
}

// streamer is one InlineStream run.
type streamer struct {
	in      *Inliner
	b       *bytes.Buffer
	z       lex.Tokens
	comment func([]byte) []byte
	plans   []*Plan
	ix      *ruleIndex
	w       walker
	node    html.Node // the element being matched
	stack   []open    // html, body and the elements open in it
	attrs   []html.Attribute
	raw     []byte // the start tag being read, as written
	key     []byte // ruleIndex.written's key for it
	fresh   bool   // see stream
}

// open is an element whose end tag is still to come.
type open struct {
	tag   string
	state string // the walk state its children start from
	// filled is set once it has a child, for <pre>, whose first newline
	// the parser drops.
	filled bool
}

// event is a token of the head, kept until its stylesheets are known.
type event struct {
	tt    html.TokenType
	tag   string
	attrs []html.Attribute
	text  string // text, or a comment as the caller rewrote it
	skip  bool   // a <style> that is inlined: left out with its text
}

// head reads the document up to </head>, collects its stylesheets and
// writes it.
func (s *streamer) head() bool {
	var events []event
	var sheets []*sheet
	mode := 0 // 0 before the doctype, 1 before <html>, 2 before <head>, 3 in head
	for {
		tt := s.z.Next()
		switch tt {
		case html.ErrorToken:
			return false
		case html.CommentToken:
			if s.comment == nil {
				return false
			}
			events = append(events, event{tt: tt, text: string(s.comment(s.z.Raw()))})
			continue
		case html.TextToken:
			if !isWhitespace(s.z.Raw()) {
				return false
			}
			if mode == 3 { // before the head, whitespace is dropped
				events = append(events, event{tt: tt, text: string(s.z.Text())})
			}
			continue
		case html.DoctypeToken:
			if mode != 0 || strings.ToLower(string(s.z.Text())) != "html" {
				return false // a quirks mode, or a doctype the parser ignores
			}
			events = append(events, event{tt: tt})
			mode = 1
			continue
		case html.EndTagToken:
			name, _ := s.z.TagName()
			if mode != 3 || string(name) != "head" {
				return false
			}
			return s.writeHead(events, sheets)
		}
		// A start tag; the head's events keep their attributes.
		tag, attrs := s.tag(nil)
		switch {
		case mode == 1 && tag == "html", mode == 2 && tag == "head":
			events = append(events, event{tt: html.StartTagToken, tag: tag, attrs: attrs})
			mode++
		case mode == 3 && (tag == "meta" || tag == "link" || tag == "base"):
			events = append(events, event{tt: html.SelfClosingTagToken, tag: tag, attrs: attrs})
		case mode == 3 && tt == html.StartTagToken && (tag == "title" || tag == "style"):
			// The tokenizer reads their content as text up to their end tag.
			text := ""
			next := s.z.Next()
			if next == html.TextToken {
				text = string(s.z.Text())
				next = s.z.Next()
			}
			if name, _ := s.z.TagName(); next != html.EndTagToken || string(name) != tag {
				return false
			}
			ev := event{tt: html.StartTagToken, tag: tag, attrs: attrs, text: text}
			if tag == "style" && inlined(attrs) {
				sh, ok := s.sheet(text)
				if !ok {
					return false
				}
				sheets, ev.skip = append(sheets, sh), true
			}
			events = append(events, ev)
		default:
			return false
		}
	}
}

// inlined is styleElements's test and InlineTo's media test: whether a
// <style> with attrs is inlined.
func inlined(attrs []html.Attribute) bool {
	for _, a := range attrs {
		if a.Key == "data-premailer" && a.Val == "ignore" {
			return false
		}
	}
	for _, a := range attrs {
		if a.Key == "media" {
			return a.Val == "all"
		}
	}
	return true
}

// sheet is InlineTo's reading of a <style>'s text; ok is false where
// InlineTo would fail.
func (s *streamer) sheet(text string) (*sheet, bool) {
	for _, p := range s.plans {
		if text == p.placeholder {
			return p.sheet, true
		}
		text = strings.ReplaceAll(text, p.placeholder, p.text)
		if strings.Contains(text, p.core()) {
			return nil, false
		}
	}
	return s.in.sheets.Get(text, func() *sheet { return parseSheet(text) }), true
}

// writeHead writes the head's events, with the rules of sheets applied
// and what they cannot inline in a <style> at its end.
func (s *streamer) writeHead(events []event, sheets []*sheet) bool {
	if len(sheets) == 1 {
		s.ix = sheets[0].index
	} else {
		s.ix = newRuleIndex(cascadeOrder(sheets))
	}
	if len(s.ix.rules) != len(s.ix.chains) {
		return false // a rule cascadia matches needs the tree
	}
	s.w.ix = s.ix
	state := strings.Repeat("\x00", s.ix.slots)
	var htmlState string
	for _, ev := range events {
		switch ev.tt {
		case html.DoctypeToken:
			s.b.WriteString("<!DOCTYPE html>")
		case html.CommentToken:
			s.b.WriteString(ev.text)
		case html.TextToken:
			escape(s.b, ev.text)
		case html.SelfClosingTagToken:
			s.element(ev.tag, ev.attrs, state)
		case html.StartTagToken:
			if ev.skip {
				continue
			}
			child := s.element(ev.tag, ev.attrs, state)
			switch ev.tag {
			case "html":
				state, htmlState = child, child
			case "head":
				state = child
			case "title":
				escape(s.b, ev.text)
				s.b.WriteString("</title>")
			case "style":
				s.b.WriteString(ev.text)
				s.b.WriteString("</style>")
			}
		}
	}
	var leftover []string
	for _, sh := range sheets {
		leftover = append(leftover, sh.leftover...)
	}
	if len(leftover) > 0 {
		s.b.WriteString(`<style type="text/css">`)
		for _, l := range leftover {
			s.b.WriteString(l)
		}
		s.b.WriteString("</style>")
	}
	s.b.WriteString("</head>")
	s.stack = append(s.stack[:0], open{tag: "html", state: htmlState})
	return true
}

// tag reads a start tag's name and attributes as the parser's Token
// does, appending the attributes to attrs.
func (s *streamer) tag(attrs []html.Attribute) (string, []html.Attribute) {
	name, more := s.z.TagName()
	tag := atom.String(name)
	for more {
		var k, v []byte
		k, v, more = s.z.TagAttr()
		attrs = append(attrs, html.Attribute{Key: atom.String(k), Val: string(v)})
	}
	return tag, attrs
}

// element matches an element whose parent's children start from state,
// applies its rules, writes its start tag as html.Render does and
// returns the state its children start from.
func (s *streamer) element(tag string, attrs []html.Attribute, state string) string {
	n := &s.node
	n.Data, n.Attr = tag, attrs
	st := s.ix.step(&s.w, n, state)
	if len(st.rules) > 0 {
		s.in.apply(n, s.ix, st.rules)
	}
	s.b.WriteByte('<')
	s.b.WriteString(tag)
	for _, a := range n.Attr {
		s.b.WriteByte(' ')
		s.b.WriteString(a.Key)
		s.b.WriteString(`="`)
		escape(s.b, a.Val)
		s.b.WriteByte('"')
	}
	if is(tag, void) {
		s.b.WriteString("/>")
	} else {
		s.b.WriteByte('>')
	}
	n.Attr = nil
	return st.child
}

// body reads and writes the rest of the document after </head>.
func (s *streamer) body() bool {
	mode := 0 // 0 after the head, 1 in body, 2 after </body>, 3 after </html>
	for {
		tt := s.z.Next()
		top := &s.stack[len(s.stack)-1]
		switch tt {
		case html.ErrorToken:
			if s.z.Err() != io.EOF || mode == 0 {
				return false
			}
			for i := len(s.stack) - 1; i >= 0; i-- {
				s.endTag(s.stack[i].tag)
			}
			return true
		case html.CommentToken:
			if s.comment == nil || mode >= 2 { // after </body>, the parser moves it
				return false
			}
			s.b.Write(s.comment(s.z.Raw()))
			top.filled = true
		case html.TextToken:
			text := s.z.Text()
			if mode != 1 || is(top.tag, tableContext) {
				// Outside the body's elements the parser keeps whitespace only
				// (after </body>, in the body), as it reads the text.
				if !isWhitespace(text) {
					return false
				}
			} else if top.tag == "pre" && !top.filled {
				text = bytes.TrimPrefix(text, []byte("\n")) // the parser drops it
				if len(text) == 0 {
					continue
				}
				if text[0] == '\n' { // and Render writes one back
					s.b.WriteByte('\n')
				}
			}
			escapeBytes(s.b, text)
			top.filled = true
		case html.EndTagToken:
			name, _ := s.z.TagName()
			tag := string(name)
			switch {
			case mode == 1 && tag == "body" && top.tag == "body":
				mode = 2
				continue
			case mode == 2 && tag == "html":
				mode = 3
				continue
			case mode != 1:
				return false
			case tag == "table" && is(top.tag, tableSection):
				s.endTag(top.tag)
				s.stack = s.stack[:len(s.stack)-1]
				top = &s.stack[len(s.stack)-1]
			}
			if top.tag != tag || tag == "body" || tag == "html" {
				return false
			}
			s.endTag(tag)
			s.stack = s.stack[:len(s.stack)-1]
		case html.StartTagToken, html.SelfClosingTagToken:
			// The tag as written, before html.Tokenizer lower-cases its
			// name and unescapes its values where Raw points.
			s.raw = append(s.raw[:0], s.z.Raw()...)
			name, more := s.z.TagName()
			tag := atom.String(name)
			if mode == 0 {
				if tag != "body" || tt != html.StartTagToken {
					return false
				}
				s.pushRaw(tag, more)
				mode = 1
				continue
			}
			if mode != 1 || !s.simple(tag, tt) {
				return false
			}
			if tag == "tr" && top.tag == "table" {
				s.push("tbody", nil) // the parser's implied <tbody>
			}
			s.pushRaw(tag, more)
		default: // a doctype, which the parser ignores here
			return false
		}
	}
}

func (s *streamer) endTag(tag string) {
	s.b.WriteString("</")
	s.b.WriteString(tag)
	s.b.WriteByte('>')
}

// push writes an element's start tag and opens it, unless it is void.
func (s *streamer) push(tag string, attrs []html.Attribute) {
	top := &s.stack[len(s.stack)-1]
	top.filled = true
	child := s.element(tag, attrs, top.state)
	if !is(tag, void) {
		s.stack = append(s.stack, open{tag: tag, state: child})
	}
}

// pushRaw is push for the start tag just read, whose name is tag, its
// attributes still to read (more) and its bytes in s.raw. What element
// writes for a tag depends only on those bytes and the state its parent
// gives its children, and emails repeat most of their tags in the same
// places (the template's tables and cells, the body's paragraphs), so it
// is written once per stylesheet and then copied.
func (s *streamer) pushRaw(tag string, more bool) {
	top := &s.stack[len(s.stack)-1]
	top.filled = true
	wrote := false
	write := func(string) writtenTag {
		// Matching and writing are done with the attributes when element
		// returns, so they reuse one slice.
		attrs := s.attrs[:0]
		for more {
			var k, v []byte
			k, v, more = s.z.TagAttr()
			attrs = append(attrs, html.Attribute{Key: atom.String(k), Val: string(v)})
		}
		s.attrs = attrs
		start := s.b.Len()
		child := s.element(tag, attrs, top.state)
		wrote = true
		return writtenTag{out: string(s.b.Bytes()[start:]), child: child}
	}
	var t writtenTag
	if s.fresh {
		t = write("")
	} else {
		s.key = append(append(s.key[:0], top.state...), s.raw...) // states are ix.slots bytes long
		t = s.ix.written.GetBytes(s.key, write)
	}
	if !wrote {
		s.b.WriteString(t.out)
	}
	if !is(tag, void) {
		s.stack = append(s.stack, open{tag: tag, state: t.child})
	}
}

// writtenTag is what element wrote for a start tag and the state the
// element's children start from.
type writtenTag struct {
	out, child string
}

// simple reports whether the parser inserts a start tag in the body as
// the child of the open element, closing, moving and reopening nothing.
func (s *streamer) simple(tag string, tt html.TokenType) bool {
	top := s.stack[len(s.stack)-1].tag
	kind := tagKinds[tag]
	if tt == html.SelfClosingTagToken && kind&void == 0 {
		return false // the parser ignores the slash and leaves it open
	}
	switch top {
	case "table":
		return kind&tableSection != 0 || tag == "tr"
	case "tbody", "thead", "tfoot":
		return tag == "tr"
	case "tr":
		return tag == "td" || tag == "th"
	}
	if kind&flow == 0 {
		return false
	}
	if kind&closesP != 0 && s.inScope("p") {
		return false
	}
	switch tag {
	case "h1", "h2", "h3", "h4", "h5", "h6":
		if is(top, heading) {
			return false
		}
	case "li", "dd", "dt":
		for i := len(s.stack) - 1; i >= 0; i-- {
			t := s.stack[i].tag
			if t == tag || tag != "li" && (t == "dd" || t == "dt") {
				return false
			}
			if is(t, special) && t != "address" && t != "div" && t != "p" {
				break
			}
		}
	}
	if kind&formatting != 0 {
		// An open one of the same kind: the parser may reopen or adopt.
		for _, o := range s.stack {
			if o.tag == tag {
				return false
			}
		}
	}
	return true
}

// inScope reports whether an element named tag is open in button scope.
func (s *streamer) inScope(tag string) bool {
	for i := len(s.stack) - 1; i >= 0; i-- {
		t := s.stack[i].tag
		if t == tag {
			return true
		}
		if is(t, scopeBoundary) {
			return false
		}
	}
	return false
}

func isWhitespace(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\n' && c != '\f' {
			return false
		}
	}
	return true
}

// escape writes s as html.Render writes text and attribute values.
func escape(b *bytes.Buffer, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		if esc := escapes[s[i]]; esc != "" {
			b.WriteString(s[last:i])
			b.WriteString(esc)
			last = i + 1
		}
	}
	b.WriteString(s[last:])
}

// escapeBytes is escape for the tokenizer's text.
func escapeBytes(b *bytes.Buffer, s []byte) {
	last := 0
	for i := 0; i < len(s); i++ {
		if esc := escapes[s[i]]; esc != "" {
			b.Write(s[last:i])
			b.WriteString(esc)
			last = i + 1
		}
	}
	b.Write(s[last:])
}

// escapes are html.Render's escapes, by byte.
var escapes = [256]string{'&': "&amp;", '\'': "&#39;", '<': "&lt;", '>': "&gt;", '"': "&#34;", '\r': "&#13;"}

// tagKind is what InlineStream needs to know of a tag name, as bits.
type tagKind uint16

const (
	void tagKind = 1 << iota
	// flow are the body's elements InlineStream takes (tables' parts
	// only where tables allow them, see simple).
	flow
	closesP // a start tag that closes an open <p>
	heading
	formatting
	// special are the parser's special elements among those InlineStream
	// keeps open.
	special
	scopeBoundary
	tableContext
	tableSection
)

func is(tag string, k tagKind) bool { return tagKinds[tag]&k != 0 }

var tagKinds = func() map[string]tagKind {
	m := map[string]tagKind{}
	for k, names := range map[tagKind]string{
		void: "area base br col embed hr img input keygen link meta param source track wbr",
		flow: "a abbr b big blockquote br cite code dd del dfn div dl dt em figcaption figure h1 h2 h3 h4 h5 h6 " +
			"hr i img ins kbd li mark ol p pre q s samp small span strike strong sub sup table time tt u ul var",
		closesP:    "blockquote dd div dl dt figcaption figure h1 h2 h3 h4 h5 h6 hr li ol p pre table ul",
		heading:    "h1 h2 h3 h4 h5 h6",
		formatting: "a b big code em font i nobr s small strike strong tt u",
		special: "address blockquote body dd div dl dt figcaption figure h1 h2 h3 h4 h5 h6 html li ol p pre " +
			"table tbody td tfoot th thead tr ul",
		scopeBoundary: "applet button caption html marquee object table td template th",
		tableContext:  "table tbody thead tfoot tr",
		tableSection:  "tbody thead tfoot",
	} {
		for _, name := range strings.Fields(names) {
			m[name] |= k
		}
	}
	return m
}()

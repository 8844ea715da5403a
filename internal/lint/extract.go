package lint

import (
	"bytes"
	"runtime/debug"
	"slices"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"

	"github.com/claritynotes/gen/internal/content"
)

// extractor walks a page's AST once and builds its Text, keeping every
// token's exact offsets in Page.Source.
type extractor struct {
	page *content.Page
	lex  *lexicon
	src  []byte // Page.Source
	body []byte // Page.Body; AST segments index it
	off  int    // Page.BodyOffset
	text *Text
	b    blockBuilder
	// cursor is the body offset just past the last inline source consumed,
	// used to place typographer substitutions, which carry no segment.
	cursor int
	// inLink counts the links the inline walk is inside: an autolink
	// there is the link's text, which the reader sees.
	inLink  int
	section int
	top     int
	pending []int // indexes in text.Directives of comments waiting for their paragraph's end
	// consume, set by the caller, removes each top-level node from the
	// page's AST once read, and the AST from the page at the end.
	consume bool
	// The walk over the AST only gathers each block's text (see
	// gathered); the tokens are made after it, once the caller's AST may
	// be gone, so that a large page's tree and its tokens are not held at
	// once. texts, pieces and links hold every gathered block's builder
	// contents back to back.
	gathered []gathered
	units    []gatheredUnit
	texts    []byte
	pieces   []piece
	links    [][2]int
	// waiting holds, for each gathered block, the indexes in
	// text.Directives of the comments whose range the block's end closes.
	waiting []int
}

// gathered is one block's text as the walk left it in the builder, with
// what tokenizeBlock needs to make it a Block. A page may have a million
// blocks (a long table's cells), so it is small and holds no pointer.
type gathered struct {
	kind  BlockKind
	level int8
	// field is 1 + the index in metaFields of a meta block's key, or 0.
	field          uint8
	section, top   int32
	text0, text1   int32 // range of extractor.texts
	piece0, piece1 int32 // range of extractor.pieces
	link0, link1   int32 // range of extractor.links
	wait0, wait1   int32 // range of extractor.waiting
	// end is the block's end should it hold no token: the body offset
	// past the last inline source consumed.
	end int32
}

// gatheredUnit is a Unit of the gathered blocks blk0 to blk1.
type gatheredUnit struct {
	kind       BlockKind
	blk0, blk1 int32
}

// Extract builds the Text of a page: the copy fields of its front matter
// and the writer's own words in the body (no code, quotes, URLs or HTML).
func Extract(p *content.Page) *Text {
	t := &Text{}
	newExtractor(defaultLexicon()).extract(p, string(p.Source), t)
	return t
}

// sizeOnceFrom is the text size from which extract sizes the token slice
// with maxTokens: below it, the copies that appending makes cost less than
// the pass.
const sizeOnceFrom = 256 << 10

// returnTreeFrom is the gathered text from which tokenizeGathered returns
// a consumed tree's memory before it makes the tokens: a collection of
// the whole heap is worth it only for a tree of many megabytes.
const returnTreeFrom = 4 << 20

// maxTokens bounds the number of tokens of the gathered blocks from above,
// in one pass over their text: every token starts where a run of letters
// or digits (or a non-ASCII character) follows some other byte, or is
// punctuation. The bound is an overestimate (a hyphenated compound or
// 3.5 counts twice), which costs address space the page never touches,
// not memory.
func (e *extractor) maxTokens() int {
	n := 16
	for _, g := range e.gathered {
		n += tokenStarts(e.texts[g.text0:g.text1])
	}
	return n
}

// tokenStarts counts the places in one block's text where a token may start.
func tokenStarts(text []byte) int {
	n := 0
	inWord := false
	for _, c := range text {
		switch {
		case c >= utf8.RuneSelf:
			if !inWord && utf8.RuneStart(c) {
				n++ // a word or punctuation (…) starting here
			}
			inWord = true
		case byteFacts[c]&(factLetter|factDigit) != 0:
			if !inWord {
				n++
			}
			inWord = true
		default:
			if c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',' {
				n++
			}
			inWord = false
		}
	}
	return n
}

func newExtractor(lex *lexicon) *extractor { return &extractor{lex: lex} }

// extract fills t, which may hold a previous page's text (its slices are
// reused), recording the page's gen-lint comments in t.Directives. src is
// p.Source as a string: most token texts are substrings of it.
func (e *extractor) extract(p *content.Page, src string, t *Text) {
	t.reset()
	*e = extractor{page: p, lex: e.lex, src: p.Source, body: p.Body, off: p.BodyOffset, text: t,
		b: e.b, pending: e.pending[:0], consume: e.consume,
		gathered: e.gathered[:0], units: e.units[:0], texts: e.texts[:0], pieces: e.pieces[:0],
		links: e.links[:0], waiting: e.waiting[:0]}
	t.src = src
	if n := len(p.Source); n >= sizeOnceFrom && cap(e.texts) < n {
		// The copy is, but for a space at each line break, a part of
		// the page's source.
		e.texts = make([]byte, 0, n)
	}
	e.gather(p)
	e.tokenizeGathered()
	t.finish()
}

// gather walks the front matter and the AST and keeps each block's text
// for tokenizeGathered.
func (e *extractor) gather(p *content.Page) {
	e.meta()
	if p.AST != nil {
		e.section = 0
		i := 0
		for n := p.AST.FirstChild(); n != nil; {
			next := n.NextSibling()
			e.top = i
			first := len(e.gathered)
			if h, ok := n.(*ast.Heading); ok && hasInline(h) {
				e.section++
			}
			e.walkBlock(n)
			kind := KindParagraph
			if n.Kind() == ast.KindHeading {
				kind = KindHeading
			}
			e.unit(first, kind)
			if e.consume {
				// What is read can go: nothing refers back to it.
				p.AST.RemoveChild(p.AST, n)
			}
			n = next
			i++
		}
		if e.consume {
			p.AST = nil
		}
	}
}

// unit groups the blocks gathered since first into one Unit.
func (e *extractor) unit(first int, kind BlockKind) {
	if len(e.gathered) > first {
		e.units = append(e.units, gatheredUnit{kind: kind, blk0: int32(first), blk1: int32(len(e.gathered))})
	}
}

// tokenizeGathered makes the Text's tokens, sentences, blocks and units
// from the gathered blocks, in the order they were gathered.
func (e *extractor) tokenizeGathered() {
	t := e.text
	// A large page's token slice is sized once from an upper bound:
	// growing it by appending would copy it, and hold both copies at once,
	// every time it ran out (hundreds of megabytes for a page of tens of
	// megabytes). A page of ordinary size skips the bound's extra pass over
	// its text; the pooled slice has room for it, or grows a little.
	if len(e.texts) >= sizeOnceFrom {
		if n := e.maxTokens(); cap(t.Tokens) < n {
			if e.consume && len(e.texts) >= returnTreeFrom {
				// The consumed tree, several times the size of the
				// tokens' text, is garbage now: collected and handed
				// back to the system before the token slice is
				// allocated, its memory is not held on top of the
				// tokens' at the page's peak.
				debug.FreeOSMemory()
			}
			t.Tokens = make([]Token, 0, n)
		}
	}
	// Each block with a token has a sentence or more.
	if n := max(len(e.texts)/40, len(e.gathered)) + 4; cap(t.Sentences) < n {
		t.Sentences = make([]Sentence, 0, n)
	}
	if cap(t.Blocks) < len(e.gathered) {
		t.Blocks = make([]Block, 0, len(e.gathered))
	}
	if cap(t.Units) < len(e.units) {
		t.Units = make([]Unit, 0, len(e.units))
	}
	// The builder's own buffers stay for the next page; it reads the
	// gathered ones while tokenizing.
	buf, pieces, links := e.b.buf, e.b.pieces, e.b.links
	for _, u := range e.units {
		first := len(t.Blocks)
		for i := u.blk0; i < u.blk1; i++ {
			g := &e.gathered[i]
			e.b.buf = e.texts[g.text0:g.text1]
			e.b.pieces = e.pieces[g.piece0:g.piece1]
			e.b.links = e.links[g.link0:g.link1]
			end := e.tokenizeBlock(g)
			for _, d := range e.waiting[g.wait0:g.wait1] {
				t.Directives[d].NextEnd = end
			}
		}
		e.closeUnit(first, u.kind)
	}
	e.b.buf, e.b.pieces, e.b.links = buf, pieces, links
	if len(e.texts) > maxPooledText {
		// A large page's gathered text is not kept while its rules run,
		// nor for the next page.
		e.gathered, e.units, e.texts, e.pieces, e.links, e.waiting = nil, nil, nil, nil, nil, nil
	}
}

// maxPooledText is the most gathered text an extractor keeps for the
// next page, as maxPooledTokens is for tokens.
const maxPooledText = 1 << 20

// closeUnit groups the blocks added since first into one Unit.
func (e *extractor) closeUnit(first int, kind BlockKind) {
	t := e.text
	if len(t.Blocks) == first {
		return
	}
	u := Unit{Kind: kind, Blk0: first, Blk1: len(t.Blocks), Tok0: t.Blocks[first].Tok0, Tok1: t.Blocks[len(t.Blocks)-1].Tok1}
	for i := first; i < len(t.Blocks); i++ {
		t.Blocks[i].Unit = len(t.Units)
	}
	// Every token is in one sentence, which counts its words.
	for _, s := range t.Sentences[t.Blocks[first].Sent0:t.Blocks[len(t.Blocks)-1].Sent1] {
		u.Words += s.Words
	}
	t.Units = append(t.Units, u)
	t.Words += u.Words
}

func hasInline(n ast.Node) bool {
	c := n.FirstChild()
	return c != nil && c.Type() == ast.TypeInline
}

func (e *extractor) walkBlock(n ast.Node) {
	switch n.Kind() {
	case ast.KindBlockquote, ast.KindCodeBlock, ast.KindFencedCodeBlock, ast.KindThematicBreak:
		return // quoted material and code are not the writer's copy
	case ast.KindHTMLBlock:
		e.htmlBlock(n.(*ast.HTMLBlock))
		return
	}
	if hasInline(n) {
		e.leaf(n)
		return
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		e.walkBlock(c)
	}
}

// leaf turns one block of inline content into a Block.
func (e *extractor) leaf(n ast.Node) {
	e.b.reset()
	if l := n.Lines(); l.Len() > 0 {
		e.cursor = l.At(0).Start
	}
	e.inline(n)
	kind, level := KindParagraph, 0
	if h, ok := n.(*ast.Heading); ok {
		kind, level = KindHeading, h.Level
	}
	if !e.addBlock(kind, level, "") {
		for _, i := range e.pending {
			e.text.Directives[i].NextEnd = e.off + e.cursor
		}
	} else {
		g := &e.gathered[len(e.gathered)-1]
		g.wait0 = int32(len(e.waiting))
		e.waiting = append(e.waiting, e.pending...)
		g.wait1 = int32(len(e.waiting))
	}
	e.pending = e.pending[:0]
}

// addBlock keeps the builder's text as a block to tokenize, and reports
// false when the text is empty (there is no block).
func (e *extractor) addBlock(kind BlockKind, level int, field string) bool {
	if len(e.b.buf) == 0 {
		return false
	}
	section := e.section
	if kind == KindMeta {
		section = -1
	}
	g := gathered{kind: kind, level: int8(level), field: uint8(slices.Index(metaFields, field) + 1),
		section: int32(section), top: int32(e.top), end: int32(e.off + e.cursor),
		text0: int32(len(e.texts)), piece0: int32(len(e.pieces)), link0: int32(len(e.links))}
	e.texts = append(doubling(e.texts, len(e.b.buf)), e.b.buf...)
	e.pieces = append(doubling(e.pieces, len(e.b.pieces)), e.b.pieces...)
	e.links = append(doubling(e.links, len(e.b.links)), e.b.links...)
	g.text1, g.piece1, g.link1 = int32(len(e.texts)), int32(len(e.pieces)), int32(len(e.links))
	e.gathered = append(doubling(e.gathered, 1), g)
	return true
}

// doubling returns s with room for n more elements, doubling its capacity
// when it has none: append grows a large slice by a quarter, which for
// the gathered text of a page of many megabytes allocates (and leaves to
// the collector, while the page's tree is still alive) four times what
// the slice finally holds.
func doubling[T any](s []T, n int) []T {
	if cap(s)-len(s) >= n {
		return s
	}
	return slices.Grow(s, max(n, len(s)))
}

// tokenizeBlock tokenizes the builder's text as a new block and returns
// the block's end offset in the source.
func (e *extractor) tokenizeBlock(g *gathered) int {
	t := e.text
	tok0 := len(t.Tokens)
	idx := len(t.Blocks)
	var syl []int32
	t.Tokens, syl = e.b.tokenize(t, e.lex, t.Tokens, idx)
	if len(t.Tokens) == tok0 {
		return int(g.end)
	}
	sent0 := len(t.Sentences)
	t.Sentences, e.b.lines = splitSentences(t, t.Tokens, tok0, idx, syl, t.Sentences, e.b.lines)
	field := ""
	if g.field > 0 {
		field = metaFields[g.field-1]
	}
	blk := Block{Kind: g.kind, Level: int(g.level), Field: field, Section: int(g.section), Top: int(g.top),
		Tok0: tok0, Tok1: len(t.Tokens), Sent0: sent0, Sent1: len(t.Sentences),
		Start: int(t.Tokens[tok0].Start), End: int(t.Tokens[len(t.Tokens)-1].End)}
	t.Blocks = append(t.Blocks, blk)
	return blk.End
}

func (e *extractor) inline(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch x := c.(type) {
		case *ast.Text:
			seg := x.Segment
			stop := seg.Stop
			for stop > seg.Start && e.body[stop-1] == '\r' {
				stop--
			}
			e.b.add(e.src, e.off+seg.Start, e.off+stop)
			e.cursor = max(e.cursor, seg.Stop)
			if x.SoftLineBreak() || x.HardLineBreak() {
				e.b.gap(e.off + seg.Stop)
			}
		case *ast.String:
			e.typographic(x)
		case *ast.Link:
			start := len(e.b.buf)
			e.inLink++
			e.inline(x)
			e.inLink--
			e.b.links = append(e.b.links, [2]int{start, len(e.b.buf)})
			e.b.gap(e.off + e.cursor)
		case *ast.RawHTML:
			segs := x.Segments
			var raw []byte
			for i := 0; i < segs.Len(); i++ {
				s := segs.At(i)
				raw = append(raw, e.body[s.Start:s.Stop]...)
				e.cursor = max(e.cursor, s.Stop)
			}
			if segs.Len() > 0 {
				e.comments(raw, segs.At(0).Start, true)
			}
			e.b.gap(e.off + e.cursor)
		case *ast.AutoLink:
			if e.inLink > 0 && e.linkText(x) {
				continue
			}
			e.skip(x)
			e.b.gap(e.off + e.cursor)
		case *ast.CodeSpan, *ast.Image:
			e.skip(x)
			e.b.gap(e.off + e.cursor)
		default:
			if c.HasChildren() {
				e.inline(c) // emphasis, strikethrough, …
			} else {
				e.b.gap(e.off + e.cursor) // task check boxes, footnote links
			}
		}
	}
}

// linkText adds an autolink written as a link's text ("[<https://…>](…)")
// as that text: the reader sees it as the link's words, as they see
// "[grab your copy](…)". It reports false when the label is not found
// just past the cursor. The label carries no offset of its own, so it is
// looked for in a window that starts at the cursor: the autolink's "<"
// is all that may stand before it.
func (e *extractor) linkText(x *ast.AutoLink) bool {
	label := x.Label(e.body)
	if len(label) == 0 {
		return false
	}
	window := e.body[e.cursor:min(len(e.body), e.cursor+len(label)+64)]
	i := bytes.Index(window, label)
	if i < 0 {
		return false
	}
	at := e.cursor + i
	e.b.add(e.src, e.off+at, e.off+at+len(label))
	e.cursor = at + len(label)
	if e.cursor < len(e.body) && e.body[e.cursor] == '>' {
		e.cursor++
	}
	return true
}

// skip moves the cursor past a node that is not copy.
func (e *extractor) skip(n ast.Node) {
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			e.cursor = max(e.cursor, t.Segment.Stop)
		}
		return ast.WalkContinue, nil
	})
	if n.Kind() == ast.KindCodeSpan || n.Kind() == ast.KindAutoLink {
		// step over the closing backticks or angle bracket
		for e.cursor < len(e.body) && (e.body[e.cursor] == '`' || e.body[e.cursor] == '>') {
			e.cursor++
		}
	}
}

// typographicSource is the source text goldmark's Typographer replaced.
var typographicSource = map[string]string{
	"&lsquo;": "'", "&rsquo;": "'", "&ldquo;": `"`, "&rdquo;": `"`,
	"&ndash;": "--", "&mdash;": "---", "&hellip;": "...", "&laquo;": "<<", "&raquo;": ">>",
}

// typographic places a Typographer substitution (a curly quote or dash,
// which has no segment) at its source bytes, found from its neighbours.
func (e *extractor) typographic(s *ast.String) {
	want, ok := typographicSource[string(s.Value)]
	if !ok {
		e.b.gap(e.off + e.cursor)
		return
	}
	at := -1
	if next, ok := s.NextSibling().(*ast.Text); ok {
		if p := next.Segment.Start - len(want); p >= e.cursor && p >= 0 && string(e.body[p:next.Segment.Start]) == want {
			at = p
		}
	}
	if at < 0 {
		window := e.body[e.cursor:min(len(e.body), e.cursor+256)]
		if i := bytes.Index(window, []byte(want)); i >= 0 {
			at = e.cursor + i
		}
	}
	if at < 0 {
		e.b.gap(e.off + e.cursor)
		return
	}
	e.b.add(e.src, e.off+at, e.off+at+len(want))
	e.cursor = at + len(want)
}

func (e *extractor) htmlBlock(h *ast.HTMLBlock) {
	var raw []byte
	start := -1
	lines := h.Lines()
	for i := 0; i < lines.Len(); i++ {
		s := lines.At(i)
		if start < 0 {
			start = s.Start
		}
		raw = append(raw, e.body[s.Start:s.Stop]...)
	}
	if h.HasClosure() {
		s := h.ClosureLine
		if start < 0 {
			start = s.Start
		}
		raw = append(raw, e.body[s.Start:s.Stop]...)
	}
	if start < 0 {
		return
	}
	n := len(e.text.Directives)
	e.comments(raw, start, false)
	if n == len(e.text.Directives) || h.NextSibling() == nil {
		return
	}
	nextStart, nextEnd := nodeRange(h.NextSibling(), e.body)
	for i := n; i < len(e.text.Directives); i++ {
		d := &e.text.Directives[i]
		d.NextStart, d.NextEnd = nextStart+e.off, nextEnd+e.off
	}
}

// Package markdown holds gen's one goldmark configuration: the parser every
// stage shares (render, lint, email) and the HTML renderers built on it.
package markdown

import (
	"bufio"
	"bytes"
	"encoding/binary"
	stdhtml "html"
	"io"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	chromahtml "github.com/alecthomas/chroma/v2/formatters/html"
	"github.com/alecthomas/chroma/v2/styles"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Options select how Markdown becomes HTML. Parsing is the same for every
// option set but TextOnly, so one AST can be rendered by several renderers.
type Options struct {
	// Unsafe keeps raw HTML from the source; by default it is omitted.
	Unsafe bool
	// HeadingAnchors adds a self-link after every heading (the web theme).
	HeadingAnchors bool
	// InlineStyles writes syntax colours as style attributes instead of CSS
	// classes, for email clients that drop stylesheets.
	InlineStyles bool
	// TextOnly is for readers of the AST's text (gen lint): headings get
	// no generated IDs and quotes and dashes stay as written (no
	// Typographer), which only rendered pages need. The text, read from
	// source segments, is the same.
	TextOnly bool
}

// typographerPriority is the priority goldmark's Typographer parses at:
// after every other inline parser.
const typographerPriority = 9999

// angleQuotes stands in for the Typographer in text-only parses. The
// Typographer's other substitutions change no structure, but by taking
// "<<" it keeps the "<" after it from opening raw HTML or an autolink
// ("<<fine>>" is text, not a <fine> tag). angleQuotes takes "<<" as text.
type angleQuotes struct{}

func (angleQuotes) Trigger() []byte { return []byte{'<'} }

func (angleQuotes) Parse(_ ast.Node, block text.Reader, _ parser.Context) ast.Node {
	line, seg := block.PeekLine()
	if len(line) < 2 || line[1] != '<' {
		return nil
	}
	block.Advance(2)
	return ast.NewTextSegment(seg.WithStop(seg.Start + 2))
}

// Renderer parses and renders Markdown. It is safe for concurrent use.
type Renderer struct {
	md goldmark.Markdown
	// blockHTML renders like md but without heading self-links, for blocks
	// rendered away from their page (see RenderNode).
	blockHTML renderer.Renderer
	// plain is md's parser without GFM's bare-URL links (see Parse).
	plain parser.Parser
	// textOnly is Options.TextOnly: the parse makes no heading IDs.
	textOnly bool
}

// LightStyle and DarkStyle are the chroma styles behind SyntaxCSS.
const (
	LightStyle = "github"
	DarkStyle  = "github-dark"
)

// New returns a Renderer for the given options.
func New(o Options) *Renderer {
	// Every renderer writes text through one textWriter.
	tw := html.WithWriter(newTextWriter())
	imageOpts := []html.Option{tw}
	if o.Unsafe {
		imageOpts = append(imageOpts, html.WithUnsafe())
	}
	// Each HTML renderer gets node renderers of its own: goldmark passes
	// a renderer's options to its node renderers when it first renders,
	// which would write a shared one's settings while the other renderer
	// reads them.
	rendererOpts := func(headingAnchors bool) []renderer.Option {
		opts := []renderer.Option{tw, renderer.WithNodeRenderers(util.Prioritized(&taskCheckBoxRenderer{}, 100),
			util.Prioritized(newLinkRenderer(), 100))}
		if o.Unsafe {
			opts = append(opts, html.WithUnsafe())
		}
		if !o.TextOnly {
			opts = append(opts, renderer.WithNodeRenderers(util.Prioritized(newImageRenderer(imageOpts...), 100)))
		}
		if headingAnchors {
			opts = append(opts, renderer.WithNodeRenderers(util.Prioritized(&anchorRenderer{}, 100)))
		}
		// Code blocks are highlighted at the priority goldmark-highlighting's
		// extension gives its renderer.
		return append(opts,
			renderer.WithNodeRenderers(util.Prioritized(
				newCodeRenderer(LightStyle, chromahtml.WithClasses(!o.InlineStyles), chromahtml.TabWidth(4)), 200)),
			renderer.WithNodeRenderers(util.Prioritized(newTableCellRenderer(), 100)))
	}
	parserOpts := []parser.Option{parser.WithAttribute()}
	if !o.TextOnly {
		parserOpts = append(parserOpts, parser.WithAutoHeadingID())
	}
	// GFM is these three and bare-URL links (Linkify).
	exts := []goldmark.Extender{extension.Table, extension.Strikethrough, extension.TaskList,
		footnotes{}, extension.DefinitionList}
	runs := plainRuns{stop: &plainStop}
	if o.TextOnly {
		parserOpts = append(parserOpts, parser.WithInlineParsers(util.Prioritized(angleQuotes{}, typographerPriority)))
	} else {
		exts = append(exts, extension.Typographer)
		runs.stop = &typographicStop
	}
	// plainRuns speeds up the parse without bare-URL links only:
	// Linkify, like it, starts at spaces.
	plainOpts := append(slices.Clip(parserOpts), parser.WithInlineParsers(util.Prioritized(runs, 0)))
	withRenderer := func(opts []renderer.Option) goldmark.Markdown {
		return goldmark.New(
			goldmark.WithParser(newParser(!o.TextOnly)),
			goldmark.WithExtensions(append(slices.Clip(exts), extension.Linkify)...),
			goldmark.WithParserOptions(parserOpts...),
			goldmark.WithRendererOptions(opts...),
		)
	}
	md := withRenderer(rendererOpts(o.HeadingAnchors))
	blockHTML := md.Renderer()
	if o.HeadingAnchors {
		blockHTML = withRenderer(rendererOpts(false)).Renderer()
	}
	plain := goldmark.New(goldmark.WithParser(newParser(!o.TextOnly)), goldmark.WithExtensions(exts...), goldmark.WithParserOptions(plainOpts...))
	return &Renderer{md: md, blockHTML: blockHTML, plain: plain.Parser(), textOnly: o.TextOnly}
}

// Parse parses a Markdown body. Segments in the AST are byte offsets into src.
//
// GFM's bare-URL links are looked for at every space, which costs a
// quarter of the parse, and most pages have no bare URL or email. So the
// body is parsed without them first, and again with them only when a
// "://", "www." or "@" lies in that AST's text: the one place such a link
// can start. Otherwise the two parses give the same AST.
//
// A body past one of the parser's limits (MaxNesting) parses into a tree
// cut off where it passed the limit; ParseChecked reports it.
func (r *Renderer) Parse(src []byte) ast.Node {
	doc, _ := r.ParseChecked(src)
	return doc
}

// ParseChecked is Parse that also returns a *LimitError for a body past
// one of the parser's limits.
func (r *Renderer) ParseChecked(src []byte) (ast.Node, error) {
	pc := r.newContext()
	doc := r.plain.Parse(text.NewReader(src), parser.WithContext(pc))
	if err := limitExceeded(pc); err != nil {
		return doc, err
	}
	if mayLinkify(doc, src) {
		pc = r.newContext()
		doc = r.md.Parser().Parse(text.NewReader(src), parser.WithContext(pc))
		return doc, limitExceeded(pc)
	}
	return doc, nil
}

// newContext returns a parser context for one parse: with headingIDs
// when the parse generates heading IDs.
func (r *Renderer) newContext() parser.Context {
	if r.textOnly {
		return parser.NewContext()
	}
	return parser.NewContext(parser.WithIDs(&headingIDs{}))
}

// linkMarks are what every bare URL or email link contains.
var linkMarks = [][]byte{[]byte("://"), []byte("www."), []byte("@")}

// mayLinkify reports whether one of linkMarks starts inside a text node of
// doc, where GFM would look for a bare link.
func mayLinkify(doc ast.Node, src []byte) bool {
	var at []int
	for _, m := range linkMarks {
		for i := 0; ; {
			k := bytes.Index(src[i:], m)
			if k < 0 {
				break
			}
			at = append(at, i+k)
			i += k + len(m)
		}
	}
	if len(at) == 0 {
		return false
	}
	slices.Sort(at)
	return textHasMark(doc, at)
}

// textHasMark reports whether a text node under n holds one of the sorted
// offsets at. Blocks whose lines hold none are skipped whole: most marks
// are in link destinations, so most blocks are never walked.
func textHasMark(n ast.Node, at []int) bool {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if t, ok := c.(*ast.Text); ok {
			if hasMark(at, t.Segment.Start, t.Segment.Stop) {
				return true
			}
			continue
		}
		if c.Type() == ast.TypeBlock {
			if lines := c.Lines(); lines.Len() > 0 && !hasMark(at, lines.At(0).Start, lines.At(lines.Len()-1).Stop) {
				continue
			}
		}
		if textHasMark(c, at) {
			return true
		}
	}
	return false
}

// hasMark reports whether the sorted offsets at hold one in [start, stop).
func hasMark(at []int, start, stop int) bool {
	i, _ := slices.BinarySearch(at, start)
	return i < len(at) && at[i] < stop
}

// Render writes the HTML for doc, which must have been parsed from src.
func (r *Renderer) Render(w io.Writer, src []byte, doc ast.Node) error {
	if _, ok := w.(util.BufWriter); ok {
		return r.md.Renderer().Render(w, src, doc)
	}
	bw := getBufWriter(w)
	defer putBufWriter(bw)
	return r.md.Renderer().Render(bw, src, doc)
}

// bufWriters are the buffered writers goldmark renders through, which it
// would otherwise make, 4 KB each, for every page it renders.
var bufWriters = sync.Pool{New: func() any { return bufio.NewWriter(nil) }}

// getBufWriter returns a pooled writer buffering for w.
func getBufWriter(w io.Writer) *bufio.Writer {
	bw := bufWriters.Get().(*bufio.Writer)
	bw.Reset(w)
	return bw
}

// putBufWriter returns bw to the pool; what it buffered must have been
// flushed (goldmark's Render flushes before it returns).
func putBufWriter(bw *bufio.Writer) {
	bw.Reset(nil)
	bufWriters.Put(bw)
}

// HTML renders doc to a string.
func (r *Renderer) HTML(src []byte, doc ast.Node) (string, error) {
	var b bytes.Buffer
	if err := r.Render(&b, src, doc); err != nil {
		return "", err
	}
	return b.String(), nil
}

// Heading is one entry of a table of contents.
type Heading struct {
	Level int
	ID    string
	Text  string
}

// Headings lists the document's headings in order, for a table of contents.
func Headings(doc ast.Node, src []byte) []Heading {
	// Counted first, the list is made once, not grown heading by heading.
	count := 0
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if n.Kind() == ast.KindHeading {
			count++
		}
	}
	if count == 0 {
		return nil
	}
	// The IDs and texts are written one after another into one buffer
	// and become substrings of one string: a page keeps its table of
	// contents for the whole build, and two strings per heading would be
	// two objects each for every garbage collection to mark.
	hs := make([]Heading, 0, count)
	ends := make([][2]int, 0, count) // where each ID and text ends in buf
	var buf bytes.Buffer
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		h, ok := n.(*ast.Heading)
		if !ok {
			continue
		}
		id, _ := h.AttributeString("id")
		idb, _ := id.([]byte)
		buf.Write(idb)
		idEnd := buf.Len()
		writePlainText(&buf, h, src, false)
		ends = append(ends, [2]int{idEnd, buf.Len()})
		hs = append(hs, Heading{Level: h.Level})
	}
	all, start := buf.String(), 0
	for i, e := range ends {
		hs[i].ID, hs[i].Text = all[start:e[0]], strings.TrimSpace(all[e[0]:e[1]])
		start = e[1]
	}
	return hs
}

// PlainText returns the text content of n with markup removed.
func PlainText(n ast.Node, src []byte) string {
	var b strings.Builder
	writePlainText(&b, n, src, false)
	return strings.TrimSpace(b.String())
}

// FirstLine returns n's plain text (as PlainText) up to its first line
// break: the first line of a paragraph as a reader sees it, curly quotes
// and dashes included, as an email's greeting or sign-off.
func FirstLine(n ast.Node, src []byte) string {
	var b strings.Builder
	writePlainText(&b, n, src, true)
	return strings.TrimSpace(b.String())
}

// WordCount counts the words of n's plain text (PlainText) as
// strings.Fields would, without building the text: a page's word count
// reads the whole body, and its text and word list would be copies the
// size of the page.
func WordCount(n ast.Node, src []byte) int {
	var c wordCounter
	writePlainText(&c, n, src, false)
	return c.words
}

// wordCounter counts the runs of non-space runes written to it.
type wordCounter struct {
	words  int
	inWord bool
}

func (c *wordCounter) Write(p []byte) (int, error) {
	// Text is mostly ASCII: its bytes are told apart by a table, without
	// decoding them or asking unicode.IsSpace, and the count is kept in
	// locals, which is most of a page's count.
	words, in := c.words, uint8(0)
	if c.inWord {
		in = 1
	}
	for i := 0; i < len(p); {
		if i+8 <= len(p) {
			// Eight ASCII bytes at a time: a word starts at each byte
			// that is not a space and follows one that is.
			if x := binary.LittleEndian.Uint64(p[i:]); x&highBits == 0 {
				word := ^asciiSpaces(x) & highBits
				starts := word &^ (word<<8 | uint64(in)<<7)
				words += bits.OnesCount64(starts)
				in = uint8(word >> 63)
				i += 8
				continue
			}
		}
		if b := p[i]; b < utf8.RuneSelf {
			w := asciiWord[b]
			words += int(w &^ in)
			in = w
			i++
			continue
		}
		r, n := utf8.DecodeRune(p[i:])
		w := uint8(1)
		if unicode.IsSpace(r) {
			w = 0
		}
		words += int(w &^ in)
		in = w
		i += n
	}
	c.words, c.inWord = words, in == 1
	return len(p), nil
}

// highBits is the high bit of each byte of a word.
const highBits = 0x8080808080808080

// asciiSpaces returns the high bit of each byte of x, eight ASCII bytes
// in little-endian order, that is a space (unicode.IsSpace): ' ' or one
// of '\t', '\n', '\v', '\f' and '\r', 9 to 13. Each test is exact byte
// by byte: no byte's sum or difference carries into the next.
func asciiSpaces(x uint64) uint64 {
	const ones = 0x0101010101010101
	t := x ^ ' '*ones
	blank := ^((t&^highBits + 0x7f*ones) | t) & highBits // the bytes equal to ' '
	from9 := (x | highBits) - 9*ones                     // high bit set where the byte is 9 or more
	from14 := (x | highBits) - 14*ones                   // and where it is 14 or more
	return blank | from9&^from14&highBits
}

// asciiWord is 1 for an ASCII byte that is not a space (unicode.IsSpace),
// 0 for a space.
var asciiWord = func() (t [utf8.RuneSelf]uint8) {
	for b := range t {
		if !unicode.IsSpace(rune(b)) {
			t[b] = 1
		}
	}
	return t
}()

func (c *wordCounter) WriteString(s string) (int, error) {
	for _, r := range s {
		c.rune(r)
	}
	return len(s), nil
}

// WriteByte takes an ASCII byte (writePlainText writes only spaces).
func (c *wordCounter) WriteByte(b byte) error {
	c.rune(rune(b))
	return nil
}

func (c *wordCounter) rune(r rune) { c.step(unicode.IsSpace(r)) }

// step counts a word where a character that is not a space follows one
// that is (or starts the text).
func (c *wordCounter) step(space bool) {
	if !space && !c.inWord {
		c.words++
	}
	c.inWord = !space
}

// plainTextWriter is where writePlainText writes: a strings.Builder, or a
// wordCounter.
type plainTextWriter interface {
	io.Writer
	io.StringWriter
	io.ByteWriter
}

// writePlainText writes the text content of n, markup removed, to b:
// all of it, or up to the first line break when firstLine is set.
func writePlainText(b plainTextWriter, n ast.Node, src []byte, firstLine bool) {
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.Text:
			b.Write(t.Segment.Value(src))
			if t.SoftLineBreak() || t.HardLineBreak() {
				if firstLine {
					return ast.WalkStop, nil
				}
				b.WriteByte(' ')
			}
		case *ast.String:
			if t.IsCode() {
				// Raw HTML, such as the typographer's &ldquo; entities.
				b.WriteString(stdhtml.UnescapeString(string(t.Value)))
			} else {
				b.Write(t.Value)
			}
		case *ast.CodeSpan:
			for cc := t.FirstChild(); cc != nil; cc = cc.NextSibling() {
				if tx, ok := cc.(*ast.Text); ok {
					b.Write(tx.Segment.Value(src))
				}
			}
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML, *ast.HTMLBlock:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
}

// SyntaxCSS returns the stylesheet for highlighted code: the light style,
// and the dark style under prefers-color-scheme: dark.
func SyntaxCSS() string {
	f := chromahtml.New(chromahtml.WithClasses(true))
	var b bytes.Buffer
	_ = f.WriteCSS(&b, styles.Get(LightStyle))
	b.WriteString("@media (prefers-color-scheme: dark){")
	_ = f.WriteCSS(&b, styles.Get(DarkStyle))
	b.WriteString("}")
	return b.String()
}

// anchorRenderer renders headings with a trailing self-link, so readers can
// copy a link to any section.
type anchorRenderer struct{}

func (a *anchorRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindHeading, a.renderHeading)
}

func (a *anchorRenderer) renderHeading(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*ast.Heading)
	if entering {
		_, _ = w.WriteString("<h")
		_ = w.WriteByte("0123456"[n.Level])
		if n.Attributes() != nil {
			html.RenderAttributes(w, node, html.HeadingAttributeFilter)
		}
		_ = w.WriteByte('>')
		return ast.WalkContinue, nil
	}
	if id, ok := n.AttributeString("id"); ok {
		if b, ok := id.([]byte); ok && len(b) > 0 {
			_, _ = w.WriteString(`<a class="anchor" href="#`)
			_, _ = w.Write(util.EscapeHTML(b))
			_, _ = w.WriteString(`" aria-label="Link to this section">#</a>`)
		}
	}
	_, _ = w.WriteString("</h")
	_ = w.WriteByte("0123456"[n.Level])
	_, _ = w.WriteString(">\n")
	return ast.WalkContinue, nil
}

// taskCheckBoxRenderer renders a task list item's checkbox with the item's
// text as its accessible name. The checkbox stands before that text rather
// than inside a <label> with it, so without the name a screen reader
// announces an unlabelled checkbox.
type taskCheckBoxRenderer struct{}

func (t *taskCheckBoxRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(east.KindTaskCheckBox, t.render)
}

func (t *taskCheckBoxRenderer) render(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	_, _ = w.WriteString(`<input type="checkbox" disabled=""`)
	if node.(*east.TaskCheckBox).IsChecked {
		_, _ = w.WriteString(` checked=""`)
	}
	var name strings.Builder
	for n := node.NextSibling(); n != nil; n = n.NextSibling() {
		writePlainText(&name, n, src, false)
	}
	if label := strings.Join(strings.Fields(name.String()), " "); label != "" {
		_, _ = w.WriteString(` aria-label="`)
		_, _ = w.WriteString(stdhtml.EscapeString(label))
		_ = w.WriteByte('"')
	}
	_, _ = w.WriteString("> ")
	return ast.WalkContinue, nil
}

// RenderNode renders one top-level block of a document parsed from src,
// without heading self-links: a block rendered on its own sits in a list
// or a summary, away from the page whose sections those links point to.
// The shared AST is not modified.
func (r *Renderer) RenderNode(w io.Writer, src []byte, n ast.Node) error {
	return r.blockHTML.Render(w, src, n)
}

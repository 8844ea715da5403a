// Package markdown holds gen's one goldmark configuration: the parser every
// stage shares (render, lint, email) and the HTML renderers built on it.
package markdown

import (
	"bytes"
	stdhtml "html"
	"io"
	"strings"

	chromahtml "github.com/alecthomas/chroma/v2/formatters/html"
	"github.com/alecthomas/chroma/v2/styles"
	"github.com/yuin/goldmark"
	highlighting "github.com/yuin/goldmark-highlighting/v2"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Options select how Markdown becomes HTML. Parsing is the same for every
// option set, so one AST can be rendered by several renderers.
type Options struct {
	// Unsafe keeps raw HTML from the source; by default it is omitted.
	Unsafe bool
	// HeadingAnchors adds a self-link after every heading (the web theme).
	HeadingAnchors bool
	// InlineStyles writes syntax colours as style attributes instead of CSS
	// classes, for email clients that drop stylesheets.
	InlineStyles bool
}

// Renderer parses and renders Markdown. It is safe for concurrent use.
type Renderer struct {
	md goldmark.Markdown
}

// LightStyle and DarkStyle are the chroma styles behind SyntaxCSS.
const (
	LightStyle = "github"
	DarkStyle  = "github-dark"
)

// New returns a Renderer for the given options.
func New(o Options) *Renderer {
	var htmlOpts []renderer.Option
	if o.Unsafe {
		htmlOpts = append(htmlOpts, html.WithUnsafe())
	}
	if o.HeadingAnchors {
		htmlOpts = append(htmlOpts, renderer.WithNodeRenderers(util.Prioritized(&anchorRenderer{}, 100)))
	}
	hl := highlighting.NewHighlighting(
		highlighting.WithStyle(LightStyle),
		highlighting.WithFormatOptions(chromahtml.WithClasses(!o.InlineStyles), chromahtml.TabWidth(4)),
		highlighting.WithGuessLanguage(false),
	)
	md := goldmark.New(
		goldmark.WithExtensions(
			extension.GFM, // tables, strikethrough, autolinks, task lists
			extension.Footnote,
			extension.DefinitionList,
			extension.Typographer,
			hl,
		),
		goldmark.WithParserOptions(parser.WithAutoHeadingID(), parser.WithAttribute()),
		goldmark.WithRendererOptions(htmlOpts...),
	)
	return &Renderer{md: md}
}

// Parse parses a Markdown body. Segments in the AST are byte offsets into src.
func (r *Renderer) Parse(src []byte) ast.Node {
	return r.md.Parser().Parse(text.NewReader(src))
}

// Render writes the HTML for doc, which must have been parsed from src.
func (r *Renderer) Render(w io.Writer, src []byte, doc ast.Node) error {
	return r.md.Renderer().Render(w, src, doc)
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
	var hs []Heading
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		h, ok := n.(*ast.Heading)
		if !ok {
			continue
		}
		id, _ := h.AttributeString("id")
		idb, _ := id.([]byte)
		hs = append(hs, Heading{Level: h.Level, ID: string(idb), Text: PlainText(h, src)})
	}
	return hs
}

// PlainText returns the text content of n with markup removed.
func PlainText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.Text:
			b.Write(t.Segment.Value(src))
			if t.SoftLineBreak() || t.HardLineBreak() {
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
	return strings.TrimSpace(b.String())
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

// RenderNode renders one top-level block of a document parsed from src.
// The shared AST is not modified.
func (r *Renderer) RenderNode(w io.Writer, src []byte, n ast.Node) error {
	return r.md.Renderer().Render(w, src, n)
}

package markdown

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// linkRenderer renders links as goldmark's HTML renderer does, but tells
// a dangerous destination from a safe one (dangerousURL) without the
// lower-case copies goldmark's test makes: ten allocations a link, most
// of what rendering a page allocated.
type linkRenderer struct {
	html.Config
}

func newLinkRenderer() *linkRenderer { return &linkRenderer{Config: html.NewConfig()} }

// SetOption takes the HTML renderer's options (unsafe HTML, the text
// writer) as goldmark's renderer does.
func (r *linkRenderer) SetOption(name renderer.OptionName, value any) {
	r.Config.SetOption(name, value)
}

func (r *linkRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindLink, r.render)
}

func (r *linkRenderer) render(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		_, _ = w.WriteString("</a>")
		return ast.WalkContinue, nil
	}
	n := node.(*ast.Link)
	_, _ = w.WriteString(`<a href="`)
	dest := util.URLEscape(n.Destination, true)
	if r.Unsafe || !dangerousURL(dest) {
		_, _ = w.Write(util.EscapeHTML(dest))
	}
	_ = w.WriteByte('"')
	if n.Title != nil {
		_, _ = w.WriteString(` title="`)
		r.Writer.Write(w, n.Title)
		_ = w.WriteByte('"')
	}
	if n.Attributes() != nil {
		html.RenderAttributes(w, n, html.LinkAttributeFilter)
	}
	_ = w.WriteByte('>')
	return ast.WalkContinue, nil
}

// dangerousURL is html.IsDangerousURL: a destination that starts, in any
// case, with javascript:, vbscript:, file: or data: (but for data:image/
// of PNG, GIF, JPEG or WebP). Goldmark compares lower-case copies, and
// a byte that is not ASCII never lowers to one of the same length, so
// only ASCII letters can match: they are compared in place.
func dangerousURL(url []byte) bool {
	if hasPrefixFold(url, "data:image/") {
		v := url[len("data:image/"):]
		return !hasPrefixFold(v, "png;") && !hasPrefixFold(v, "gif;") &&
			!hasPrefixFold(v, "jpeg;") && !hasPrefixFold(v, "webp;")
	}
	return hasPrefixFold(url, "javascript:") || hasPrefixFold(url, "vbscript:") ||
		hasPrefixFold(url, "file:") || hasPrefixFold(url, "data:")
}

// hasPrefixFold reports whether s starts with the lower-case ASCII
// prefix, ignoring the case of ASCII letters in s.
func hasPrefixFold(s []byte, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

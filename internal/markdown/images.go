package markdown

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// ImageSize reports an image's pixel size from its destination as
// written in the Markdown, or false when it is not known (another site's
// image, a missing file).
type ImageSize func(dest string) (width, height int, ok bool)

// imageRenderer is the web pages' image hook: every <img> gets the
// file's width and height, so the page does not shift as images load,
// and every image after a page's first gets loading="lazy", since the
// first is the one likely on the first screen. It adds to goldmark's own
// image HTML, so escaping and alt text stay goldmark's.
type imageRenderer struct {
	goldmark renderer.NodeRendererFunc
}

func newImageRenderer(opts ...html.Option) *imageRenderer {
	ir := &imageRenderer{}
	html.NewRenderer(opts...).RegisterFuncs(registerFunc(func(kind ast.NodeKind, f renderer.NodeRendererFunc) {
		if kind == ast.KindImage {
			ir.goldmark = f
		}
	}))
	return ir
}

type registerFunc func(ast.NodeKind, renderer.NodeRendererFunc)

func (f registerFunc) Register(k ast.NodeKind, fn renderer.NodeRendererFunc) { f(k, fn) }

func (ir *imageRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindImage, ir.render)
}

// pageWriter carries one render's image sizes to the hook: goldmark hands
// a util.BufWriter it is given straight to every node renderer.
type pageWriter struct {
	*bufio.Writer
	size   ImageSize
	images int // rendered so far
}

func (ir *imageRenderer) render(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	pw, ok := w.(*pageWriter)
	if !entering || !ok {
		return ir.goldmark(w, src, node, entering)
	}
	var buf bytes.Buffer
	bw := bufio.NewWriter(&buf)
	status, err := ir.goldmark(bw, src, node, entering)
	if err != nil {
		return status, err
	}
	if err := bw.Flush(); err != nil {
		return status, err
	}
	tag := buf.String()
	n := node.(*ast.Image)
	var extra strings.Builder
	_, hasW := n.AttributeString("width")
	_, hasH := n.AttributeString("height")
	if width, height, ok := pw.size(string(n.Destination)); ok && !hasW && !hasH {
		fmt.Fprintf(&extra, ` width="%d" height="%d"`, width, height)
	}
	if _, has := n.AttributeString("loading"); !has && pw.images > 0 {
		extra.WriteString(` loading="lazy"`)
	}
	pw.images++
	if extra.Len() > 0 {
		end := len(tag) - len(">")
		if strings.HasSuffix(tag, " />") {
			end = len(tag) - len(" />")
		}
		tag = tag[:end] + extra.String() + tag[end:]
	}
	_, err = w.WriteString(tag)
	return status, err
}

// HTMLWithImages renders doc like HTML, giving every image its size and
// every image after the first loading="lazy".
func (r *Renderer) HTMLWithImages(src []byte, doc ast.Node, size ImageSize) (string, error) {
	if size == nil {
		size = func(string) (int, int, bool) { return 0, 0, false }
	}
	// A strings.Builder hands its bytes over as the string without a
	// copy; sized for HTML a little longer than its Markdown, it seldom
	// grows (each growth copies everything written so far).
	var b strings.Builder
	b.Grow(len(src) + len(src)/4)
	pw := &pageWriter{Writer: getBufWriter(&b), size: size}
	defer putBufWriter(pw.Writer)
	if err := r.md.Renderer().Render(pw, src, doc); err != nil {
		return "", err
	}
	return b.String(), nil
}

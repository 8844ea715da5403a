package email

import (
	"bytes"
	"fmt"
	"html"
	"net/url"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	nethtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/email/check"
	"github.com/claritynotes/gen/internal/email/lex"
	"github.com/claritynotes/gen/internal/imagesize"
)

// emailSafeBody makes the rendered Markdown body safe to mail: absolute
// URLs, UTM-tagged links, images sized to the column, and SVG images
// (which Gmail and Outlook do not display) turned into links so no content
// is lost. Each SVG is reported as a warning at its line in the source.
func (r *Renderer) emailSafeBody(p *content.Page, l *linker, body []byte, assets map[string][]byte) (string, []check.Finding) {
	var findings []check.Finding
	for _, img := range images(p) {
		if isSVG(img.dest) {
			findings = append(findings, check.Finding{Severity: check.SeverityWarning, Path: p.Path, Line: img.line, Col: img.col, Feature: "image-svg",
				Element: fmt.Sprintf("<img src=%q>", img.dest),
				Message: fmt.Sprintf("%s is an SVG image, which Gmail and Outlook do not display; the email links to it instead. Add a PNG or JPEG version and use that in the issue", img.dest)})
		}
	}

	lx := lex.Get()
	defer lex.Put(lx)
	var z lex.Tokens = lx
	if !lx.Lex(body) {
		z = nethtml.NewTokenizer(bytes.NewReader(body))
	}
	b := getBuffer()
	defer putBuffer(b)
	b.Grow(len(body) + len(body)/8) // absolute links make it a little longer
	var raw []byte
	for {
		tt := z.Next()
		if tt == nethtml.ErrorToken {
			break
		}
		if tt != nethtml.StartTagToken && tt != nethtml.SelfClosingTagToken {
			b.Write(z.Raw())
			continue
		}
		// A copy: reading the tag lower-cases names and unescapes values
		// in html.Tokenizer's buffer, which Raw points into.
		raw = append(raw[:0], z.Raw()...)
		name, hasAttrs := z.TagName()
		if !hasAttrs && string(name) != "img" {
			b.Write(raw) // most tags: nothing to rewrite
			continue
		}
		tok := nethtml.Token{Type: tt, Data: htmlName(name)}
		for more := hasAttrs; more; {
			var key, val []byte
			key, val, more = z.TagAttr()
			tok.Attr = append(tok.Attr, nethtml.Attribute{Key: htmlName(key), Val: string(val)})
		}
		if tok.Data == "img" {
			b.WriteString(r.emailImage(p, l, tok, assets))
			continue
		}
		if tok.Data == "input" && strings.EqualFold(attrValue(tok, "type"), "checkbox") {
			// Task-list boxes: form controls do not render in Outlook for
			// Windows, ballot-box characters do everywhere.
			if hasAttr(tok, "checked") {
				b.WriteString("&#9745; ")
			} else {
				b.WriteString("&#9744; ")
			}
			continue
		}
		drop := unsafeDeclarations
		if tok.Data == "pre" {
			// The theme's email.css colours code blocks, light and dark.
			drop = append(drop[:len(drop):len(drop)], "background-color", "color")
		}
		// Untouched tags are copied byte for byte.
		cleaned := cleanStyle(&tok, drop)
		if l.rewriteAttrs(&tok.Attr) || cleaned {
			b.WriteString(tok.String())
		} else {
			b.Write(raw)
		}
	}
	return b.String(), findings
}

// emailImage returns an <img> with an absolute src, an alt and a width, or
// a link to the image when clients cannot show its format.
func (r *Renderer) emailImage(p *content.Page, l *linker, tok nethtml.Token, assets map[string][]byte) string {
	src, alt, hasAlt, hasWidth := "", "", false, false
	width := ContentWidth
	for i, a := range tok.Attr {
		switch a.Key {
		case "src":
			src = l.abs(a.Val)
			if img, ok := r.images.Find(p, a.Val); ok {
				// Never wider than the file: a small image stays sharp.
				width = min(width, img.Width)
				if copySrc, ok := r.emailCopy(p, img, assets); ok {
					src = copySrc
				}
			}
			tok.Attr[i].Val = src
		case "alt":
			alt, hasAlt = a.Val, true
		case "width":
			hasWidth = true
		}
	}
	if isSVG(src) {
		label := alt
		if label == "" {
			label = "View the image"
		}
		return fmt.Sprintf(`<a href="%s">%s</a>`, html.EscapeString(l.link(src)), html.EscapeString(label))
	}
	if !hasAlt {
		// An empty alt marks the image decorative; the checker still asks
		// the writer for a description.
		tok.Attr = append(tok.Attr, nethtml.Attribute{Key: "alt", Val: ""})
	}
	if !hasWidth {
		// Markdown images have no size: like MJML, fill the column, which
		// Outlook needs as an attribute.
		tok.Attr = append(tok.Attr, nethtml.Attribute{Key: "width", Val: strconv.Itoa(width)})
	}
	tok.Type = nethtml.StartTagToken
	return tok.String()
}

// unsafeDeclarations are the inline styles the syntax highlighter writes
// that email clients do not support: lines as flex rows, tab-size.
var unsafeDeclarations = []string{"display:flex", "tab-size", "-moz-tab-size", "-o-tab-size"}

// cleanStyle drops the named declarations from a tag's style attribute and
// reports whether the tag has one.
func cleanStyle(tok *nethtml.Token, names []string) bool {
	for i, a := range tok.Attr {
		if a.Key != "style" {
			continue
		}
		var keep []string
		for _, decl := range strings.Split(a.Val, ";") {
			d := strings.ReplaceAll(strings.TrimSpace(decl), " ", "")
			drop := d == ""
			for _, u := range names {
				drop = drop || d == u || strings.HasPrefix(d, u+":")
			}
			if !drop {
				keep = append(keep, strings.TrimSpace(decl))
			}
		}
		if len(keep) == 0 {
			tok.Attr = append(tok.Attr[:i], tok.Attr[i+1:]...)
		} else {
			tok.Attr[i].Val = strings.Join(keep, ";")
		}
		return true
	}
	return false
}

func attrValue(tok nethtml.Token, key string) string {
	for _, a := range tok.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(tok nethtml.Token, key string) bool {
	for _, a := range tok.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func isSVG(u string) bool {
	u, _, _ = strings.Cut(u, "?")
	u, _, _ = strings.Cut(u, "#")
	return strings.EqualFold(path.Ext(u), ".svg") || strings.HasPrefix(u, "data:image/svg")
}

type imageRef struct {
	dest      string
	line, col int
}

// images lists the body's Markdown images with their line in the source file.
func images(p *content.Page) []imageRef {
	var out []imageRef
	_ = ast.Walk(p.AST, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		img, ok := n.(*ast.Image)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		line, col := nodePos(p, img)
		out = append(out, imageRef{dest: string(img.Destination), line: line, col: col})
		return ast.WalkSkipChildren, nil
	})
	return out
}

// nodePos finds the source line and column of an inline node from its
// first text segment, or of its nearest block ancestor.
func nodePos(p *content.Page, n ast.Node) (line, col int) {
	off := -1
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			off = t.Segment.Start
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	for b := n; off < 0 && b != nil; b = b.Parent() {
		if b.Type() == ast.TypeBlock && b.Lines().Len() > 0 {
			off = b.Lines().At(0).Start
		}
	}
	if off < 0 {
		return 0, 0
	}
	return p.Position(p.BodyOffset + off)
}

// EmailImageWidth is the widest image an email carries: twice the
// column, sharp on high-density screens. A wider PNG or JPEG is mailed as
// a copy this wide, so subscribers do not download a photo's full size.
const EmailImageWidth = 1200

// emailCopy makes the email's copy of an image wider than
// EmailImageWidth and returns the copy's absolute URL, under the issue's
// email/<slug>/ folder on the site.
func (r *Renderer) emailCopy(p *content.Page, img imagesize.Image, assets map[string][]byte) (string, bool) {
	if img.Width <= EmailImageWidth {
		return "", false
	}
	data, _, err := imagesize.Shrink(img, EmailImageWidth)
	if err != nil {
		return "", false // an animated GIF or SVG, or an undecodable file: mailed as it is
	}
	ext := path.Ext(img.File)
	base := strings.TrimSuffix(filepath.Base(img.File), ext)
	name := fmt.Sprintf("%s-%d%s", base, EmailImageWidth, ext)
	for i := 2; ; i++ {
		if old, taken := assets[name]; !taken || bytes.Equal(old, data) {
			break
		}
		name = fmt.Sprintf("%s-%d-%d%s", base, EmailImageWidth, i, ext)
	}
	assets[name] = data
	return r.cfg.AbsURL("/email/" + p.Slug + "/" + url.PathEscape(name)), true
}

// htmlName is a tag or attribute name as a string; the names HTML defines
// come from the atom table, without allocating.
func htmlName(name []byte) string {
	if a := atom.Lookup(name); a != 0 {
		return a.String()
	}
	return string(name)
}

package email

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/email/check"
)

// actionable turns the checker's findings on a rendered issue into what
// its writer can act on: a client feature the issue's own HTML uses is
// reported at that HTML's line and column in the Markdown file; one only
// the theme uses is left out when the theme declares it accepted; an
// image finding points at the Markdown image. noUnsubscribe drops the
// checker's unsubscribe error, which Render reports with its fix.
func (r *Renderer) actionable(p *content.Page, findings []check.Finding, noUnsubscribe bool) []check.Finding {
	own := r.featuresInRawHTML(p)
	var imgs map[string]sourcePos
	out := findings[:0:0]
	for _, f := range findings {
		switch {
		case f.Feature == "unsubscribe" && noUnsubscribe:
			continue
		case f.URL != "": // a caniemail feature
			if at, ok := own[f.Feature]; ok {
				f.Path, f.Line, f.Col = p.Path, at.line, at.col
			} else if r.accepted[f.Feature] {
				continue
			}
		case f.Feature == "img-alt" || f.Feature == "img-width":
			if imgs == nil {
				imgs = r.imagePositions(p)
			}
			if at, ok := imgs[srcOf(f.Element)]; ok {
				f.Path, f.Line, f.Col = p.Path, at.line, at.col
			}
		}
		out = append(out, f)
	}
	return out
}

type sourcePos struct{ line, col int }

// featuresInRawHTML finds the caniemail features in the HTML an issue
// writes itself (HTML blocks and inline HTML, when markdown.unsafe lets
// it through), with where each first appears in the Markdown file.
func (r *Renderer) featuresInRawHTML(p *content.Page) map[string]sourcePos {
	if !r.cfg.Markdown.Unsafe || p.AST == nil {
		return nil
	}
	out := map[string]sourcePos{}
	_ = ast.Walk(p.AST, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		var start int
		var raw []byte
		switch h := n.(type) {
		case *ast.HTMLBlock:
			lines := h.Lines()
			if lines.Len() == 0 {
				return ast.WalkContinue, nil
			}
			start = lines.At(0).Start
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				raw = append(raw, seg.Value(p.Body)...)
			}
			if h.HasClosure() {
				closure := h.ClosureLine
				raw = append(raw, closure.Value(p.Body)...)
			}
		case *ast.RawHTML:
			if h.Segments.Len() == 0 {
				return ast.WalkContinue, nil
			}
			start = h.Segments.At(0).Start
			for i := 0; i < h.Segments.Len(); i++ {
				seg := h.Segments.At(i)
				raw = append(raw, seg.Value(p.Body)...)
			}
		default:
			return ast.WalkContinue, nil
		}
		for _, slug := range check.FeaturesUsed(raw) {
			if _, seen := out[slug]; !seen {
				line, col := p.Position(p.BodyOffset + start)
				out[slug] = sourcePos{line, col}
			}
		}
		return ast.WalkSkipChildren, nil
	})
	return out
}

// imagePositions maps each Markdown image's absolute URL, as the email's
// <img src> has it, to the image in the Markdown file.
func (r *Renderer) imagePositions(p *content.Page) map[string]sourcePos {
	l := r.links.linker(r.cfg, p.URL, p.Slug)
	out := map[string]sourcePos{}
	for _, img := range images(p) {
		if _, seen := out[l.abs(img.dest)]; !seen {
			out[l.abs(img.dest)] = sourcePos{img.line, img.col}
		}
	}
	return out
}

// srcOf reads the URL back from a finding's element, <img src="…">.
func srcOf(element string) string {
	q, ok := strings.CutPrefix(element, "<img src=")
	if !ok {
		return ""
	}
	src, err := strconv.Unquote(strings.TrimSuffix(q, ">"))
	if err != nil {
		return ""
	}
	return src
}

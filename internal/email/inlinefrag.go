package email

import (
	"strings"

	"github.com/claritynotes/gen/internal/email/inline"
)

// inlineFragment inlines email.css into a body fragment, for feeds.
func (r *Renderer) inlineFragment(body string) (string, error) {
	css := r.inlineCSS
	var plans []*inline.Plan
	if r.plan != nil {
		css, plans = r.plan.Placeholder(), []*inline.Plan{r.plan}
	}
	doc := "<!DOCTYPE html><html><head><style>" + css + "</style></head><body><div class=\"content\">" +
		body + "</div></body></html>"
	inlined, err := r.inl.Inline([]byte(doc), plans...)
	if err != nil {
		return "", err
	}
	out := string(inlined)
	start := strings.Index(out, "<div class=\"content\"")
	end := strings.LastIndex(out, "</div>")
	if start < 0 || end < start {
		return body, nil
	}
	frag := out[start:end]
	frag = frag[strings.IndexByte(frag, '>')+1:]
	return r.min.html([]byte(frag))
}

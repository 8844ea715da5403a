package site

import (
	"fmt"

	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/email"
)

// Email renders a newsletter issue of the last good build for a tool
// preset ("" means newsletter.tool), for gen serve's email preview.
func (b *Builder) Email(slug, tool string) (*email.Message, error) {
	if b.email == nil {
		return nil, fmt.Errorf("the site has not been built yet")
	}
	for _, p := range b.pages {
		if p.Kind == content.KindIssue && p.Slug == slug {
			return b.email.Render(p, tool)
		}
	}
	return nil, fmt.Errorf("no newsletter issue with slug %q", slug)
}

package site

import (
	"fmt"

	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/email"
	"github.com/claritynotes/gen/internal/imagesize"
	"github.com/claritynotes/gen/internal/markdown"
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

// imageSize reads the size of page p's images from the files the build
// publishes for them, for the web pages' width and height.
func (b *Builder) imageSize(p *content.Page) markdown.ImageSize {
	f := imagesize.Finder{Root: b.root}
	return func(dest string) (int, int, bool) {
		img, ok := f.Find(p, dest)
		return img.Width, img.Height, ok
	}
}

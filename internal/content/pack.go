package content

import "github.com/claritynotes/gen/internal/strpack"

// Pack puts the page's own strings (its front matter's, tags' and their
// slugs', summary and URL) into one allocation with strpack.Pack, for a
// page that a build keeps to its end. Path stays: the build's table of
// pages holds it as a key as well.
func (p *Page) Pack() {
	fm := &p.FrontMatter
	ptrs := make([]*string, 0, 16+2*len(fm.Tags))
	ptrs = append(ptrs, &p.Section, &p.Slug, &p.URL, &p.SummaryText,
		&fm.Title, &fm.Description, &fm.Summary, &fm.Slug, &fm.Author, &fm.Image,
		&fm.Subject, &fm.Preheader)
	if fm.CTA != nil {
		ptrs = append(ptrs, &fm.CTA.Text, &fm.CTA.URL)
	}
	for i := range fm.Tags {
		ptrs = append(ptrs, &fm.Tags[i])
	}
	for i := range p.TagSlugs {
		ptrs = append(ptrs, &p.TagSlugs[i])
	}
	strpack.Pack(ptrs...)
}

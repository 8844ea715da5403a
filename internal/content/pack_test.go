package content

import (
	"strings"
	"testing"
	"unsafe"
)

func TestPagePackKeepsFields(t *testing.T) {
	p := &Page{Path: "content/articles/a.md", Section: "articles", Slug: "a", URL: "/articles/a/",
		SummaryText: "Sum.", TagSlugs: []string{"go", "email-tips"}}
	p.Title, p.Description, p.Author = "A title", "Sum.", "Ann"
	p.Tags = []string{"Go", "Email tips"}
	p.CTA = &CTA{Text: "Subscribe", URL: "/subscribe/"}
	want := *p
	want.Tags, want.TagSlugs = []string{"Go", "Email tips"}, []string{"go", "email-tips"}
	want.CTA = &CTA{Text: "Subscribe", URL: "/subscribe/"}
	p.Pack()
	if p.Title != want.Title || p.Description != want.Description || p.Author != want.Author ||
		p.Section != want.Section || p.Slug != want.Slug || p.URL != want.URL || p.SummaryText != want.SummaryText ||
		strings.Join(p.Tags, ",") != strings.Join(want.Tags, ",") ||
		strings.Join(p.TagSlugs, ",") != strings.Join(want.TagSlugs, ",") || *p.CTA != *want.CTA {
		t.Errorf("Pack changed the page:\n got %+v\nwant %+v", p, want)
	}
	if unsafe.StringData(p.SummaryText) != unsafe.StringData(p.Description) {
		t.Error("the summary taken from the description was copied twice")
	}
}

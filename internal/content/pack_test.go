package content

import (
	"strings"
	"testing"
	"unsafe"
)

func TestPackStringsKeepsTextInOneAllocation(t *testing.T) {
	a, b, c, empty := "alpha", strings.Repeat("b", 40), "alpha", ""
	d := string([]byte("delta")) // an allocation of its own
	PackStrings(&a, &b, &c, &empty, &d)
	if a != "alpha" || b != strings.Repeat("b", 40) || c != "alpha" || empty != "" || d != "delta" {
		t.Fatalf("packing changed the text: %q %q %q %q %q", a, b, c, empty, d)
	}
	if unsafe.StringData(a) != unsafe.StringData(c) {
		t.Error("two equal strings were copied twice")
	}
	// All in one allocation: each string's bytes lie within the span
	// from the first packed string to the end of the last.
	lo := uintptr(unsafe.Pointer(unsafe.StringData(a)))
	hi := uintptr(unsafe.Pointer(unsafe.StringData(d))) + uintptr(len(d))
	if hi-lo != uintptr(len(a)+len(b)+len(d)) {
		t.Errorf("the packed strings span %d bytes, want %d", hi-lo, len(a)+len(b)+len(d))
	}
}

func TestPackStringsManyEqualStrings(t *testing.T) {
	// Beyond the first few strings no earlier one is compared: equal
	// tags far down a long list are each copied, and keep their text.
	tags := make([]string, 10000)
	ptrs := make([]*string, len(tags))
	for i := range tags {
		tags[i] = "same"
		ptrs[i] = &tags[i]
	}
	PackStrings(ptrs...)
	for i, tag := range tags {
		if tag != "same" {
			t.Fatalf("tag %d is %q after packing", i, tag)
		}
	}
}

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

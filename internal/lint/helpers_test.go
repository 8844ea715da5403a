package lint

import (
	"testing"

	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/markdown"
)

var testMD = markdown.New(markdown.Options{})

// parse builds a page from Markdown source, as gen lint does.
func parse(t *testing.T, src string) *content.Page {
	t.Helper()
	p, err := content.Parse(testMD, "test.md", []byte(src))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return p
}

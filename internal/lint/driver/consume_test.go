package driver

import (
	"reflect"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/lint"
)

// TestCheckConsuming checks that a consuming check finds what a plain one
// does, suppressions included, and leaves the page without its syntax
// tree.
func TestCheckConsuming(t *testing.T) {
	l, err := lint.New(config.Lint{})
	if err != nil {
		t.Fatal(err)
	}
	src := "---\ntitle: \"We are the best team\"\n---\n\n# Our news\n\nWe are excited to announce our amazing new product!!! Buy now.\n\n" +
		"<!-- gen-lint disable-next we-centric -->\nWe think our team and our product are our pride.\n\n- You can read it.\n- We built it for us.\n\n" +
		strings.Repeat("We ship our work and we love our product. ", 30) + "\n"
	parse := func() *content.Page {
		p, err := content.Parse(testMD, "news.md", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	plain := Check(l, parse())
	p := parse()
	got := CheckConsuming(l, p)
	if !reflect.DeepEqual(got, plain) {
		t.Errorf("consuming check:\n%+v\nplain check:\n%+v", got, plain)
	}
	if p.AST != nil {
		t.Error("the page keeps its syntax tree after a consuming check")
	}
	if len(plain.Diagnostics) == 0 {
		t.Error("the page has no findings: the comparison shows nothing")
	}
}

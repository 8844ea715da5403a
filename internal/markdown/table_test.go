package markdown

import (
	"bytes"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

var tables = []string{
	"| A | B | C | D |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |\n| five | | seven |\n",
	"| only |\n|---|\n| one |\n",
	"A | B\n:-: | --:\nx | y\n",
}

// TestTableCellsAsGoldmark renders tables as goldmark's own table
// renderer renders a fresh tree, aligned or not, as XHTML too, and the
// same when one tree is rendered twice.
func TestTableCellsAsGoldmark(t *testing.T) {
	for _, xhtml := range []bool{false, true} {
		var opts []renderer.Option
		if xhtml {
			opts = append(opts, html.WithXHTML())
		}
		theirs := goldmark.New(goldmark.WithExtensions(extension.Table), goldmark.WithRendererOptions(opts...))
		ours := goldmark.New(goldmark.WithExtensions(extension.Table), goldmark.WithRendererOptions(append(opts,
			renderer.WithNodeRenderers(util.Prioritized(newTableCellRenderer(), 100)))...))
		for _, src := range tables {
			var want bytes.Buffer
			if err := theirs.Convert([]byte(src), &want); err != nil {
				t.Fatal(err)
			}
			doc := ours.Parser().Parse(text.NewReader([]byte(src)))
			for i := range 2 {
				var got bytes.Buffer
				if err := ours.Renderer().Render(&got, []byte(src), doc); err != nil {
					t.Fatal(err)
				}
				if got.String() != want.String() {
					t.Errorf("xhtml %v, render %d of %q:\n got %s\nwant %s", xhtml, i+1, src, got.String(), want.String())
				}
			}
		}
	}
}

// TestTableStyleOnce renders an aligned table's tree twice through gen's
// renderer: each time each cell has its style once.
func TestTableStyleOnce(t *testing.T) {
	r := New(Options{})
	src := []byte(tables[0])
	doc := r.Parse(src)
	for i := range 2 {
		got, err := r.HTML(src, doc)
		if err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(got, `<td style="text-align:left">`); n != 2 || strings.Contains(got, ";text-align") {
			t.Errorf("render %d: %d left-aligned cells (want 2), or a style twice:\n%s", i+1, n, got)
		}
	}
}

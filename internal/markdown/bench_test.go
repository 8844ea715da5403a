package markdown_test

import (
	"testing"

	"github.com/yuin/goldmark/ast"

	"github.com/claritynotes/gen/internal/content/frontmatter"
	"github.com/claritynotes/gen/internal/markdown"
	"github.com/claritynotes/gen/internal/testutil"
)

// corpusBodies are the bodies of the first n pages of testutil's corpus,
// the pages of the clean-build benchmark's site.
func corpusBodies(b *testing.B, n int) ([][]byte, int) {
	var bodies [][]byte
	size := 0
	for i := range n {
		src := []byte(testutil.CorpusPage(i))
		fm, err := frontmatter.Split("page.md", src)
		if err != nil {
			b.Fatal(err)
		}
		bodies = append(bodies, src[fm.Body:])
		size += len(src) - fm.Body
	}
	return bodies, size
}

// BenchmarkParse parses corpus pages with the build's options: what
// loading a page spends in goldmark.
func BenchmarkParse(b *testing.B) {
	for _, o := range []struct {
		name string
		opts markdown.Options
	}{
		{"build", markdown.Options{HeadingAnchors: true}},
		{"textonly", markdown.Options{TextOnly: true}},
	} {
		b.Run(o.name, func(b *testing.B) {
			bodies, size := corpusBodies(b, 100)
			r := markdown.New(o.opts)
			b.SetBytes(int64(size))
			b.ReportAllocs()
			defer testutil.ReportCPU(b)()
			for b.Loop() {
				for _, body := range bodies {
					if _, err := r.ParseChecked(body); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// BenchmarkRender renders parsed corpus pages to HTML with the build's
// options, as a page's view does.
func BenchmarkRender(b *testing.B) {
	bodies, size := corpusBodies(b, 100)
	r := markdown.New(markdown.Options{HeadingAnchors: true})
	docs := make([]ast.Node, len(bodies))
	for i, body := range bodies {
		docs[i] = r.Parse(body)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	defer testutil.ReportCPU(b)()
	for b.Loop() {
		for i, body := range bodies {
			if _, err := r.HTMLWithImages(body, docs[i], nil); err != nil {
				b.Fatal(err)
			}
		}
	}
}

package lint

import (
	"testing"

	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/markdown"
	"github.com/claritynotes/gen/internal/testutil"
)

// BenchmarkExtract extracts the copy of corpus pages (testutil's, the
// clean-build benchmark's page shape) parsed as gen build parses them,
// with the extractor and Text reused from page to page as the linter's
// scratch memory is: the linter's own share of loading a page, before
// any rule runs.
func BenchmarkExtract(b *testing.B) {
	md := markdown.New(markdown.Options{HeadingAnchors: true})
	var pages []*content.Page
	size := 0
	for i := range 100 {
		src := []byte(testutil.CorpusPage(i))
		p, err := content.Parse(md, "content/articles/page.md", src)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, p)
		size += len(src)
	}
	e := newExtractor(defaultLexicon())
	var t Text
	b.SetBytes(int64(size))
	b.ReportAllocs()
	defer testutil.ReportCPU(b)()
	for b.Loop() {
		for _, p := range pages {
			e.extract(p, string(p.Source), &t)
		}
	}
}

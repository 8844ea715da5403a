package content

import (
	"fmt"
	"testing"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/markdown"
	"github.com/claritynotes/gen/internal/testutil"
)

// BenchmarkLoadFile loads corpus pages (testutil's, the clean-build
// benchmark's page shape) as gen build does: read, front matter, the
// parse with the build's options, the derived facts and the site rules.
func BenchmarkLoadFile(b *testing.B) {
	cfg := config.Default()
	cfg.Root = b.TempDir()
	var files []string
	size := 0
	for i := range 100 {
		rel := fmt.Sprintf("content/articles/post-%06d.md", i)
		src := testutil.CorpusPage(i)
		testutil.WriteFile(b, cfg.Root, rel, src)
		files = append(files, rel)
		size += len(src)
	}
	md := markdown.New(markdown.Options{HeadingAnchors: true})
	b.SetBytes(int64(size))
	b.ReportAllocs()
	defer testutil.ReportCPU(b)()
	for b.Loop() {
		for _, f := range files {
			if _, err := LoadFile(cfg, md, f); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkDerive derives the facts templates show (word count, reading
// time, table of contents, summary) of parsed corpus pages.
func BenchmarkDerive(b *testing.B) {
	md := markdown.New(markdown.Options{HeadingAnchors: true})
	var pages []*Page
	size := 0
	for i := range 100 {
		src := []byte(testutil.CorpusPage(i))
		p, err := Parse(md, "content/articles/page.md", src)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, p)
		size += len(src)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	defer testutil.ReportCPU(b)()
	for b.Loop() {
		for _, p := range pages {
			p.TagSlugs = p.TagSlugs[:0]
			p.Derive()
		}
	}
}

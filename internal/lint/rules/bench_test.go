package rules

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claritynotes/gen/internal/lint"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/markdown"
)

// BenchmarkCheck lints the pages of the development corpus, parsed once:
// the linter's own share of gen lint (make bench times the whole command).
func BenchmarkCheck(b *testing.B) {
	const dir = "../testdata/corpus/dev"
	files := corpusPieces(dir)
	if len(files) == 0 {
		b.Skipf("no labelled pieces in %s", dir)
	}
	md := markdown.New(markdown.Options{TextOnly: true})
	var pages []*content.Page
	size := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		p, err := content.Parse(md, filepath.Base(f), src)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, p)
		size += len(src)
	}
	l, err := lint.New(config.Lint{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pages {
			l.Check(p)
		}
	}
}

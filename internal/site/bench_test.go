package site

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/output"
)

// The stage benchmarks time each stage of a build, one page after
// another, on a generated 300-page corpus (no outside data), so benchstat
// can show which stage a change made slower:
//
//	go test ./internal/site -run '^$' -bench Stage -count 10 > new.txt
//	benchstat old.txt new.txt
//
// BenchmarkBuild times whole builds: clean, and warm from the build cache
// after one page changed.
const benchPages = 300

// benchSite builds the generated corpus once and returns its builder.
func benchSite(b *testing.B) (*Builder, *Result, string) {
	b.Helper()
	root := writeCorpus(b, benchPages)
	bl, err := New(Options{Source: root, Now: buildTime})
	if err != nil {
		b.Fatal(err)
	}
	res, err := bl.Build(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	return bl, res, root
}

// perPage reports the rate of a loop over n items.
func perPage(b *testing.B, n int, start time.Time) {
	b.ReportMetric(float64(n*b.N)/time.Since(start).Seconds(), "pages/s")
}

func BenchmarkStage(b *testing.B) {
	bl, res, root := benchSite(b)
	files, err := content.Files(root)
	if err != nil {
		b.Fatal(err)
	}
	sources := make([][]byte, len(files))
	for i, f := range files {
		if sources[i], err = os.ReadFile(filepath.Join(root, filepath.FromSlash(f))); err != nil {
			b.Fatal(err)
		}
	}
	pages := bl.site.Pages
	var pageJobs, emailJobs []*job
	for _, j := range bl.jobs {
		switch j.kind {
		case kindPage, kindList:
			pageJobs = append(pageJobs, j)
		case kindEmail:
			emailJobs = append(emailJobs, j)
		}
	}
	var html []map[string][]byte
	for _, j := range pageJobs {
		out, err := j.renderFiles()
		if err != nil {
			b.Fatal(err)
		}
		html = append(html, out)
	}

	b.Run("load", func(b *testing.B) {
		start := time.Now()
		for b.Loop() {
			for _, f := range files {
				if _, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(f))); err != nil {
					b.Fatal(err)
				}
			}
		}
		perPage(b, len(files), start)
	})
	b.Run("parse", func(b *testing.B) {
		start := time.Now()
		for b.Loop() {
			for i, f := range files {
				p, err := content.Parse(bl.md, f, sources[i])
				if err != nil {
					b.Fatal(err)
				}
				p.Derive()
			}
		}
		perPage(b, len(files), start)
	})
	b.Run("lint", func(b *testing.B) {
		start := time.Now()
		for b.Loop() {
			for _, p := range pages {
				bl.lint.Check(p)
			}
		}
		perPage(b, len(pages), start)
	})
	b.Run("render", func(b *testing.B) {
		start := time.Now()
		for b.Loop() {
			for _, j := range pageJobs {
				if _, err := j.renderFiles(); err != nil {
					b.Fatal(err)
				}
			}
		}
		perPage(b, len(pageJobs), start)
	})
	b.Run("email", func(b *testing.B) {
		start := time.Now()
		for b.Loop() {
			for _, j := range emailJobs {
				if _, err := j.renderFiles(); err != nil {
					b.Fatal(err)
				}
			}
		}
		perPage(b, len(emailJobs), start)
	})
	b.Run("minify", func(b *testing.B) {
		start := time.Now()
		for b.Loop() {
			for _, out := range html {
				for name, data := range out {
					if _, err := bl.min.Minify(name, data); err != nil {
						b.Fatal(err)
					}
				}
			}
		}
		perPage(b, len(html), start)
	})
	b.Run("write", func(b *testing.B) {
		dest := filepath.Join(b.TempDir(), "public")
		start := time.Now()
		for b.Loop() {
			if _, err := output.Publish(context.Background(), dest, res.Files, output.Options{}); err != nil {
				b.Fatal(err)
			}
		}
		perPage(b, len(res.Files), start)
	})
}

func BenchmarkBuild(b *testing.B) {
	root := writeCorpus(b, benchPages)
	// As gen build does: staged into a temporary folder, published, and
	// the cache saved; the clean builds publish to a folder of their own.
	cleanDest := filepath.Join(b.TempDir(), "public")
	build := func(b *testing.B, cache bool) *Result {
		opts := Options{Source: root, Now: buildTime, Cache: cache}
		if !cache {
			opts.Destination = cleanDest
		}
		bl, err := New(opts)
		if err != nil {
			b.Fatal(err)
		}
		ctx := context.Background()
		res, staged, err := bl.BuildStaged(ctx, PublishOptions{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := staged.Publish(ctx); err != nil {
			b.Fatal(err)
		}
		bl.SaveCache()
		return res
	}
	b.Run("clean", func(b *testing.B) {
		start := time.Now()
		for b.Loop() {
			build(b, false)
		}
		perPage(b, benchPages, start)
	})
	b.Run("warm-one-edit", func(b *testing.B) {
		build(b, true)
		i := 0
		start := time.Now()
		for b.Loop() {
			i++
			b.StopTimer()
			writeFile(root, corpusPath(4), corpusPage(4, benchPages, "Edit "+time.Duration(i).String()))
			b.StartTimer()
			if res := build(b, true); res.Cache.Rendered != 1 {
				b.Fatalf("warm build rendered %d pages, want 1", res.Cache.Rendered)
			}
		}
		perPage(b, benchPages, start)
	})
}

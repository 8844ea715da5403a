package site

import (
	"context"
	"path/filepath"
	"runtime"
	"testing"
)

// BenchmarkRetained reports what a staged build holds per page once its
// jobs have run: the live heap of the builder and its staged site, less
// what was live before it. A build holds every page's metadata until it
// publishes, and the collector scans all of it on every cycle; past a few
// tens of thousands of pages that scanning, not the pages' own work,
// grows faster than the site, so the figure to watch is retained-B/page:
//
//	go test ./internal/site -run '^$' -bench Retained -count 5
func BenchmarkRetained(b *testing.B) {
	const pages = 2000
	root := writeCorpus(b, pages)
	var m runtime.MemStats
	var retained uint64
	i := 0
	for b.Loop() {
		i++
		runtime.GC()
		runtime.ReadMemStats(&m)
		before := m.HeapAlloc
		bl, err := New(Options{Source: root, Now: buildTime, Destination: filepath.Join(b.TempDir(), "public")})
		if err != nil {
			b.Fatal(err)
		}
		_, staged, err := bl.BuildStaged(context.Background(), PublishOptions{})
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		runtime.ReadMemStats(&m)
		retained += m.HeapAlloc - min(before, m.HeapAlloc)
		staged.Discard()
		runtime.KeepAlive(bl)
	}
	b.ReportMetric(float64(retained)/float64(i)/pages, "retained-B/page")
}

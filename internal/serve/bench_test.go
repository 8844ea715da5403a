package serve

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claritynotes/gen/internal/site"
)

// BenchmarkRebuildLatency measures what a writer waits for: from a saved
// one-paragraph edit to the event reaching a connected tab, on the
// site in $GEN_BENCH_SITE (bench/rebuild.sh makes one from the 10,000-file
// corpus). It reports p50 and p95 over 20 edits.
func BenchmarkRebuildLatency(b *testing.B) {
	root := os.Getenv("GEN_BENCH_SITE")
	if root == "" {
		b.Skip("set GEN_BENCH_SITE to a site root (see bench/rebuild.sh)")
	}
	const edits = 20
	builder, err := site.New(site.Options{Source: root, Drafts: true, Dev: true})
	if err != nil {
		b.Fatal(err)
	}
	builds := make(chan time.Duration, 64)
	s := New(NewSite(builder), Options{OnBuild: func(_ Batch, snap *Snapshot, err error) {
		if err == nil {
			builds <- snap.Duration
		}
	}})
	ln, err := Listen("127.0.0.1", 0)
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx, ln) }()
	defer func() { cancel(); <-done }()
	<-s.Ready()
	if errs := s.current().errors; errs != nil {
		b.Fatalf("site does not build: %+v", errs)
	}
	base := "http://" + ln.Addr().String()

	// The article edited: the first in articles/, and its page.
	matches, _ := filepath.Glob(filepath.Join(root, "content/articles/*.md"))
	if len(matches) == 0 {
		b.Fatal("no articles in the bench site")
	}
	slices.Sort(matches)
	file := matches[0]
	page := "articles/" + strings.TrimSuffix(filepath.Base(file), ".md") + "/index.html"
	orig, err := os.ReadFile(file)
	if err != nil {
		b.Fatal(err)
	}
	defer os.WriteFile(file, orig, 0o644)
	// The end of the first paragraph under the first heading.
	text := string(orig)
	heading := strings.Index(text, "\n## ") + 1
	start := heading + strings.Index(text[heading:], "\n\n") + 2
	para := start + strings.Index(text[start:], "\n")

	var lat, site []time.Duration
	b.ResetTimer()
	for range b.N {
		for i := range edits {
			tab := openStream(b, base, s.id, s.current().gen, page)
			tab.next(b) // connected and up to date
			edited := string(orig[:para]) + fmt.Sprintf(" Edit %d of the benchmark adds one sentence here.", i) + string(orig[para:])
			start := time.Now()
			if err := os.WriteFile(file, []byte(edited), 0o644); err != nil {
				b.Fatal(err)
			}
			for ev := tab.next(b); !newPage(ev); ev = tab.next(b) {
				if len(ev.Errors) > 0 {
					b.Fatalf("rebuild failed: %+v", ev.Errors)
				}
			}
			lat = append(lat, time.Since(start))
			site = append(site, <-builds)
			tab.cancel()
			time.Sleep(300 * time.Millisecond) // a writer's pause between saves
		}
	}
	b.StopTimer()
	p50, p95 := percentiles(lat)
	s50, s95 := percentiles(site)
	rest := make([]time.Duration, len(lat))
	for i := range lat {
		rest[i] = lat[i] - site[i]
	}
	r50, r95 := percentiles(rest)
	b.ReportMetric(float64(p50.Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(p95.Microseconds())/1000, "p95-ms")
	fmt.Printf("rebuild latency (save -> page event), %d edits: p50 %s, p95 %s\n",
		len(lat), p50.Round(100*time.Microsecond), p95.Round(100*time.Microsecond))
	fmt.Printf("  site.Rebuild: p50 %s, p95 %s; the rest (watch, %s debounce, swap, event): p50 %s, p95 %s\n",
		s50.Round(100*time.Microsecond), s95.Round(100*time.Microsecond), defaultQuiet,
		r50.Round(100*time.Microsecond), r95.Round(100*time.Microsecond))
}

func percentiles(d []time.Duration) (p50, p95 time.Duration) {
	d = slices.Clone(d)
	slices.Sort(d)
	return d[len(d)/2], d[(len(d)*95+99)/100-1]
}

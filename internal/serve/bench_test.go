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
// one-paragraph edit to the reload event reaching a connected tab, on the
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
	s := New(NewSite(builder), Options{})
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

	var lat []time.Duration
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
			for ev := tab.next(b); ev.Action != actionReload; ev = tab.next(b) {
				if len(ev.Errors) > 0 {
					b.Fatalf("rebuild failed: %+v", ev.Errors)
				}
			}
			lat = append(lat, time.Since(start))
			tab.cancel()
			time.Sleep(300 * time.Millisecond) // a writer's pause between saves
		}
	}
	b.StopTimer()
	slices.Sort(lat)
	p50, p95 := lat[len(lat)/2], lat[(len(lat)*95+99)/100-1]
	b.ReportMetric(float64(p50.Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(p95.Microseconds())/1000, "p95-ms")
	fmt.Printf("rebuild latency (save -> reload event), %d edits: p50 %s, p95 %s\n",
		len(lat), p50.Round(100*time.Microsecond), p95.Round(100*time.Microsecond))
}

//go:build unix

package site

import (
	"context"
	"runtime"
	"runtime/metrics"
	"strings"
	"testing"
	"time"

	"github.com/claritynotes/gen/internal/testutil"
)

// TestBuildScalesLinearly builds a site with a newsletter issue of 1 MB
// and of 4 MB (its web page, the feeds and the email), for each kind of
// big page. Four times the input may take about four times as long, never
// the sixteen a quadratic stage would. The ratio of the least CPU time of
// a few builds of each size is checked, not a time: CPU time, unlike wall
// time, does not grow when other processes share the machine. The peak
// heap is compared the same way: a page four times the size may be held
// in about four times the memory, however the stages share it out.
func TestBuildScalesLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 4 MB pages; skipped with -short")
	}
	if raceDetector {
		// its builds of 4 MB pages take past go test's ten minutes under
		// the detector, and its CPU ratios say nothing about data races
		t.Skip("measures CPU scaling, which the race detector distorts; run without -race")
	}
	const small, large = 1 << 20, 4 << 20
	// Every stage is measured: the emails and whole feed entries too,
	// which pages this big do not get outside this test.
	feedBudget, emailBudget := feedContentBudget, emailBodyBudget
	feedContentBudget, emailBodyBudget = 1<<30, 1<<30
	t.Cleanup(func() { feedContentBudget, emailBodyBudget = feedBudget, emailBudget })
	base := leastCPU(t, bigSite(t, testutil.BigPages[0].Write, 1<<10), 3) // the rest of the site
	for _, page := range testutil.BigPages {
		t.Run(page.Name, func(t *testing.T) {
			m1 := leastCPU(t, bigSite(t, page.Write, small), 3).less(base)
			m4 := leastCPU(t, bigSite(t, page.Write, large), 2).less(base)
			t1, t4, a1, a4, p1, p4 := m1.cpu, m4.cpu, m1.alloc, m4.alloc, m1.peak, m4.peak
			ratio := float64(t4) / float64(max(t1, time.Millisecond))
			allocRatio := float64(a4) / float64(max(a1, 1))
			peakRatio := float64(p4) / float64(max(p1, 1))
			t.Logf("%s: 1 MB %v, 4 MB %v of CPU, ratio %.1f; %d MB, %d MB allocated, ratio %.1f; peak heap %d MB, %d MB, ratio %.1f",
				page.Name, t1, t4, ratio, a1>>20, a4>>20, allocRatio, p1>>20, p4>>20, peakRatio)
			// Linear stages measure 4x to 5x here (a 4x heap costs the
			// collector and the caches a little more), and up to 7x when
			// other processes share the cores: CPU time does not count
			// waiting, but it does count the cache misses a neighbour
			// causes, and those hurt the larger build more. A quadratic
			// stage would be 16x, so 8x still tells the two apart.
			if ratio > 8 {
				t.Errorf("%s: 4x the input took %.1fx the CPU time (1 MB %v, 4 MB %v); some stage is worse than linear", page.Name, ratio, t1, t4)
			}
			// Memory too: a stage that copies what it has written so far
			// for each piece it adds allocates quadratically.
			if allocRatio > 6 {
				t.Errorf("%s: 4x the input allocated %.1fx the memory (1 MB: %d MB, 4 MB: %d MB); some stage is worse than linear", page.Name, allocRatio, a1>>20, a4>>20)
			}
			// And what a build holds at once: a stage that keeps a
			// structure per pair of pieces, or copies of what it has,
			// would hold more than 4x.
			if peakRatio > 6 {
				t.Errorf("%s: 4x the input made the heap peak %.1fx as high (1 MB: %d MB, 4 MB: %d MB); some stage holds more than linear memory", page.Name, peakRatio, p1>>20, p4>>20)
			}
		})
	}
}

// measure is what building a site cost: CPU time, memory allocated in
// all (freed or not: unlike the heap's size at a moment, it does not
// depend on when the collector ran) and the heap's peak.
type measure struct {
	cpu         time.Duration
	alloc, peak uint64
}

// less is m without base, the cost of the rest of the site.
func (m measure) less(base measure) measure {
	return measure{m.cpu - base.cpu, m.alloc - base.alloc, m.peak - min(base.peak, m.peak)}
}

// leastCPU builds the site at root runs times and returns the least of
// each measure over the builds.
func leastCPU(t *testing.T, root string, runs int) measure {
	t.Helper()
	best := measure{cpu: time.Duration(1<<63 - 1), alloc: 1<<64 - 1, peak: 1<<64 - 1}
	var m runtime.MemStats
	for range runs {
		b, err := New(Options{Source: root, Now: buildTime})
		if err != nil {
			t.Fatal(err)
		}
		runtime.GC() // the previous build's garbage is not this one's peak
		runtime.ReadMemStats(&m)
		alloc := m.TotalAlloc
		peak := watchHeap()
		start := testutil.CPUTime(t)
		if _, err := b.Build(context.Background()); err != nil {
			t.Fatal(err)
		}
		best.cpu = min(best.cpu, testutil.CPUTime(t)-start)
		best.peak = min(best.peak, peak())
		runtime.ReadMemStats(&m)
		best.alloc = min(best.alloc, m.TotalAlloc-alloc)
	}
	return best
}

// watchHeap samples the heap's size (live objects and garbage not yet
// collected) every millisecond until the returned func is called, which
// returns the largest sample.
func watchHeap() func() uint64 {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	done, result := make(chan struct{}), make(chan uint64)
	go func() {
		var most uint64
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			most = max(most, sample[0].Value.Uint64())
			select {
			case <-done:
				result <- most
				return
			case <-tick.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		return <-result
	}
}

// bigSite is the test site with a newsletter issue whose body write
// writes, about n bytes.
func bigSite(t *testing.T, write func(*strings.Builder, int), n int) string {
	t.Helper()
	root := newSite(t)
	testutil.WriteFile(t, root, "content/newsletter/big.md", testutil.BigIssue(write, n))
	return root
}

package browsertest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/claritynotes/gen/internal/testutil"
)

// recordShown notes, in every document of the tab, the wall-clock time at
// which each save's marker was first on screen: checked before every frame
// is painted, and kept in sessionStorage so it survives full reloads. A save
// whose text first appears together with a later save's (the two shared one
// update) is stamped at that frame too.
const recordShown = `(() => {
  const key = "gen-bench-shown";
  const tick = () => {
    const found = document.body ? document.body.textContent.match(/Save (\d+) of the preview benchmark/g) : null;
    if (found) {
      const shown = JSON.parse(sessionStorage.getItem(key) || "{}");
      const now = Date.now();
      let added = false;
      const newest = Math.max(...found.map((m) => Number(m.match(/\d+/)[0])));
      for (let n = 1; n <= newest; n++) {
        if (!(n in shown)) { shown[n] = now; added = true; }
      }
      if (added) sessionStorage.setItem(key, JSON.stringify(shown));
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`

// BenchmarkSaveToScreen measures what a writer waits for in the preview:
// the real gen serve binary on the sample site, an article open in
// headless Chromium, and saves that each add a paragraph, made a fixed
// interval apart. For every save it takes the time from the write to the
// first frame showing that save's text, and reports the median and p95.
// Every save's text must appear; a save that never shows fails the run.
// GEN_PREVIEW_SAVES sets the number of saves per interval (default 20).
// bench/preview.sh runs it.
func BenchmarkSaveToScreen(b *testing.B) {
	saves := 20
	if v := os.Getenv("GEN_PREVIEW_SAVES"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			b.Fatalf("GEN_PREVIEW_SAVES=%q: want a positive number of saves", v)
		}
		saves = n
	}
	for _, apart := range []time.Duration{300 * time.Millisecond, 800 * time.Millisecond} {
		b.Run("apart="+apart.String(), func(b *testing.B) {
			var all []time.Duration
			for range b.N {
				all = append(all, saveToScreen(b, saves, apart)...)
			}
			p50, p95 := percentiles(all)
			b.ReportMetric(ms(p50), "median-ms")
			b.ReportMetric(ms(p95), "p95-ms")
			fmt.Printf("preview save-to-screen, saves %s apart, %d saves: median %d ms, p95 %d ms (load average %s)\n",
				apart, len(all), p50.Milliseconds(), p95.Milliseconds(), loadAverage())
		})
	}
}

// saveToScreen runs one series of saves and returns each save's latency.
func saveToScreen(b *testing.B, saves int, apart time.Duration) []time.Duration {
	b.Helper()
	root := copySite(b)
	file := filepath.Join(root, "content/articles/readability-for-busy-readers.md")
	orig, err := os.ReadFile(file)
	if err != nil {
		b.Fatal(err)
	}
	srv := startServe(b, root, "0")
	ctx := testutil.Chromium(b)
	err = chromedp.Run(ctx,
		chromedp.ActionFunc(func(ctx context.Context) error {
			_, err := page.AddScriptToEvaluateOnNewDocument(recordShown).Do(ctx)
			return err
		}),
		chromedp.Navigate(srv.url+"articles/readability-for-busy-readers/"),
	)
	if err != nil {
		b.Fatal(err)
	}
	describe := `JSON.stringify({url: location.href, shown: sessionStorage.getItem("gen-bench-shown"), body: document.body.innerText.slice(-400)})`
	waitJS(b, ctx, "the article", `!!document.querySelector("main")`, describe)

	b.ResetTimer()
	saved := make([]time.Time, saves)
	body := string(orig)
	next := time.Now()
	for i := range saves {
		time.Sleep(time.Until(next))
		next = next.Add(apart)
		body = strings.TrimRight(body, "\n") + fmt.Sprintf("\n\nSave %d of the preview benchmark adds this sentence.\n", i+1)
		saved[i] = time.Now()
		if err := os.WriteFile(file, []byte(body), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	waitJS(b, ctx, "every save's text", fmt.Sprintf(`%d in JSON.parse(sessionStorage.getItem("gen-bench-shown") || "{}")`, saves), describe)
	b.StopTimer()

	var raw string
	if err := chromedp.Run(ctx, chromedp.Evaluate(`sessionStorage.getItem("gen-bench-shown")`, &raw)); err != nil {
		b.Fatal(err)
	}
	shown := map[string]int64{}
	if err := json.Unmarshal([]byte(raw), &shown); err != nil {
		b.Fatalf("recorded times %q: %v", raw, err)
	}
	out := make([]time.Duration, saves)
	for i := range saves {
		at, ok := shown[strconv.Itoa(i+1)]
		if !ok {
			b.Fatalf("save %d never appeared; recorded %s", i+1, raw)
		}
		out[i] = time.UnixMilli(at).Sub(saved[i])
	}
	srv.stop(b)
	return out
}

func percentiles(d []time.Duration) (p50, p95 time.Duration) {
	d = slices.Clone(d)
	slices.Sort(d)
	return d[len(d)/2], d[(len(d)*95+99)/100-1]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// loadAverage is the machine's 1, 5 and 15 minute load average, so a
// figure can be read against how busy the machine was.
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(data))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

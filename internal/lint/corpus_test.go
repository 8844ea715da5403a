package lint

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/markdown"
)

// corpusDir is the labelled corpus shared beside the repository.
const corpusDir = "../../../shared/lint-corpus"

// TestCorpus lints the labelled corpus with default settings and requires
// precision and recall of at least 0.9 for every core rule.
func TestCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.md"))
	var pieces []string
	for _, f := range files {
		if filepath.Base(f) != "README.md" {
			pieces = append(pieces, f)
		}
	}
	if len(pieces) == 0 {
		if os.Getenv("GEN_REQUIRE_TOOLS") == "1" {
			t.Fatalf("labelled corpus missing at %s (GEN_REQUIRE_TOOLS=1)", corpusDir)
		}
		t.Skipf("labelled corpus not found at %s; skipping accuracy check", corpusDir)
	}
	l, err := New(config.Lint{})
	if err != nil {
		t.Fatal(err)
	}
	md := markdown.New(markdown.Options{})
	type tally struct{ tp, fp, fn int }
	stats := map[string]*tally{}
	for _, r := range Rules() {
		if r.Core {
			stats[r.ID] = &tally{}
		}
	}
	for _, f := range pieces {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p, err := content.Parse(md, filepath.Base(f), src)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		want := map[string]bool{}
		expect, ok := p.Params["expect"].([]any)
		if !ok {
			t.Fatalf("%s: no expect list in front matter", f)
		}
		for _, e := range expect {
			want[e.(string)] = true
		}
		res := l.Check(p)
		got := map[string]bool{}
		for _, d := range res.Diagnostics {
			got[d.Rule] = true
		}
		for id, s := range stats {
			switch {
			case got[id] && want[id]:
				s.tp++
			case got[id]:
				s.fp++
				t.Logf("false positive: %s fired on %s", id, filepath.Base(f))
			case want[id]:
				s.fn++
				t.Logf("false negative: %s missed %s", id, filepath.Base(f))
			}
		}
	}
	ids := make([]string, 0, len(stats))
	for id := range stats {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		s := stats[id]
		precision, recall := ratio(s.tp, s.tp+s.fp), ratio(s.tp, s.tp+s.fn)
		t.Logf("%-18s precision %.2f  recall %.2f  (tp %d, fp %d, fn %d)", id, precision, recall, s.tp, s.fp, s.fn)
		if precision < 0.9 || recall < 0.9 {
			t.Errorf("%s: precision %.2f, recall %.2f; both must be at least 0.90", id, precision, recall)
		}
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

package report

import (
	"io"
	"strings"
	"testing"
	"time"

	"github.com/claritynotes/gen/internal/lint"
)

// TestTextLinearInFindingsPerLine: findings that share one long line cost
// the text report the same each, so 4x the findings on a 4x longer line
// take about 4x as long, not 16x. The ratio of the fastest of a few runs
// of each size is checked, not a time.
func TestTextLinearInFindingsPerLine(t *testing.T) {
	fastest := func(findings int) time.Duration {
		line := strings.Repeat("We we\twé ", findings) // each finding is one "We"
		var ds []lint.Diagnostic
		for i := range findings {
			col := 1 + i*len([]rune("We we\twé "))
			ds = append(ds, lint.Diagnostic{Rule: "we-centric", Severity: "warning", Line: 2, Column: col,
				EndLine: 2, EndColumn: col + 2, Message: "Lead with the reader"})
		}
		results := []lint.Result{{Path: "content/long.md", Score: 10, Diagnostics: ds, Source: []byte("---\n" + line + "\n")}}
		best := time.Duration(1<<63 - 1)
		for range 3 {
			start := time.Now()
			if err := Text(io.Discard, results, Options{}); err != nil {
				t.Fatal(err)
			}
			best = min(best, time.Since(start))
		}
		return best
	}
	t1, t4 := fastest(12_500), fastest(50_000)
	ratio := float64(t4) / float64(max(t1, time.Microsecond))
	t.Logf("12,500 findings %v, 50,000 findings %v: ratio %.1f", t1, t4, ratio)
	if ratio > 6 {
		t.Errorf("4x the findings on a 4x longer line took %.1fx as long (%v, %v); the report is worse than linear", ratio, t1, t4)
	}
}

// TestTextExcerptOfSharedLine: findings on one line each get their own
// window and underline.
func TestTextExcerptOfSharedLine(t *testing.T) {
	line := strings.Repeat("x", 200) + "We" + strings.Repeat("y", 200) + "\twe"
	ds := []lint.Diagnostic{
		{Rule: "we-centric", Severity: "warning", Line: 1, Column: 201, EndLine: 1, EndColumn: 203, Message: "first"},
		{Rule: "we-centric", Severity: "warning", Line: 1, Column: 404, EndLine: 1, EndColumn: 406, Message: "second"},
	}
	var b strings.Builder
	if err := Text(&b, []lint.Result{{Path: "a.md", Diagnostics: ds, Source: []byte(line)}}, Options{}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"…" + strings.Repeat("x", 30) + "We" + strings.Repeat("y", 88) + "…",
		"…" + strings.Repeat("y", 29) + " we\n", "│ " + strings.Repeat(" ", 31) + "^^\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}

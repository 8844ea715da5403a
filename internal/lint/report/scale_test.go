package report

import (
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/lint"
)

// TestTextLinearInFindingsPerLine: findings that share one long line cost
// the text report the same each, so 4x the findings on a 4x longer line
// cost about 4x, not 16x. The cost measured is the bytes the report
// allocates, which, unlike time, does not depend on how busy the machine
// is; re-reading the whole line for every finding, the way the report
// once went quadratic, allocates a copy of the line each time.
func TestTextLinearInFindingsPerLine(t *testing.T) {
	allocated := func(findings int) uint64 {
		line := strings.Repeat("We we\twé ", findings) // each finding is one "We"
		var ds []lint.Diagnostic
		for i := range findings {
			col := 1 + i*len([]rune("We we\twé "))
			ds = append(ds, lint.Diagnostic{Rule: "we-centric", Severity: "warning", Line: 2, Column: col,
				EndLine: 2, EndColumn: col + 2, Message: "Lead with the reader"})
		}
		results := []lint.Result{{Path: "content/long.md", Score: 10, Diagnostics: ds, Source: []byte("---\n" + line + "\n")}}
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		if err := Text(io.Discard, results, Options{}); err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	b1, b4 := allocated(2_500), allocated(10_000)
	ratio := float64(b4) / float64(max(b1, 1))
	t.Logf("2,500 findings %d bytes, 10,000 findings %d bytes: ratio %.1f", b1, b4, ratio)
	if ratio > 6 {
		t.Errorf("4x the findings on a 4x longer line allocated %.1fx as much (%d, %d bytes); the report is worse than linear", ratio, b1, b4)
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

package driver

import (
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/lint"
	"github.com/claritynotes/gen/internal/lint/linttest"
)

// markers makes the jargon rule flag "zebra", so a test can see which
// findings a suppression removes.
var markers = config.Lint{Rules: map[string]map[string]any{
	"jargon": {"words": []any{"zebra"}},
}}

// The helpers the linter's tests share.
var (
	only     = linttest.Only
	spanText = linttest.SpanText
)

// lintWith lints src through the driver, suppressions applied.
func lintWith(t *testing.T, cfg config.Lint, src string) lint.Result {
	t.Helper()
	return linttest.Lint(t, cfg, src, Check)
}

// flagged lints src and returns the texts the jargon rule still flags,
// their positions checked.
func flagged(t *testing.T, src string) []string {
	t.Helper()
	return linttest.Flagged(t, lintWith(t, markers, src), "jargon")
}

func TestSuppression(t *testing.T) {
	cases := []struct {
		name string
		src  string
		want string // flagged jargon spans joined by |
	}{
		{"none", "A zebra.\n\nA zebra.", "zebra|zebra"},
		{"disable and enable", "A zebra.\n\n<!-- gen-lint disable jargon -->\n\nA zebra.\n\n<!-- gen-lint enable jargon -->\n\nA zebra.", "zebra|zebra"},
		{"disable all rules", "<!-- gen-lint disable -->\n\nA zebra.\n\n<!-- gen-lint enable -->\n\nA zebra.", "zebra"},
		{"comma list", "<!-- gen-lint disable pitch-heavy, jargon -->\n\nA zebra.", ""},
		{"other rule only", "<!-- gen-lint disable pitch-heavy -->\n\nA zebra.", "zebra"},
		{"disable-next block", "<!-- gen-lint disable-next jargon -->\nA zebra\nover two lines, zebra.\n\nA zebra.", "zebra"},
		{"disable-next list", "<!-- gen-lint disable-next jargon -->\n- a zebra\n- b zebra\n\nA zebra.", "zebra"},
		{"inline disable-next", "A zebra <!-- gen-lint disable-next jargon --> then zebra.\n\nA zebra.", "zebra|zebra"},
		{"inline disable", "A zebra <!-- gen-lint disable jargon --> zebra.\n\nA zebra.", "zebra"},
		{"front matter", "---\ntitle: T\nlint: {disable: [jargon]}\n---\n\nA zebra.", ""},
		{"front matter all", "---\ntitle: T\nlint: {disable: [all]}\n---\n\nA zebra.", ""},
		{"unclosed disable runs to the end", "A zebra.\n\n<!-- gen-lint disable jargon -->\n\nA zebra.\n\nA zebra.", "zebra"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := strings.Join(flagged(t, c.src), "|"); got != c.want {
				t.Errorf("flagged %q, want %q", got, c.want)
			}
		})
	}
}

func TestSuppressionMistakes(t *testing.T) {
	res := lintWith(t, config.Lint{}, "---\ntitle: T\nlint: {disable: [pitch-hevy]}\n---\n\n<!-- gen-lint disable jargn -->\n\n<!-- gen-lint silence jargon -->\n\n<!-- an ordinary comment -->\n")
	ds := only(res, "suppression")
	var got []string
	for _, d := range ds {
		got = append(got, d.Message)
	}
	want := []string{`lint.disable names unknown rule "pitch-hevy"`, `gen-lint comment names unknown rule "jargn"`,
		`unknown gen-lint command "silence"; use disable, enable or disable-next`}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(ds) == 3 && (spanText(res, ds[1]) != "<!-- gen-lint disable jargn -->" || ds[0].Line != 3) {
		t.Errorf("positions: %q at %d", spanText(res, ds[1]), ds[0].Line)
	}
	if len(ds) == 3 && (!strings.HasPrefix(ds[0].Suggestion, `Did you mean "pitch-heavy"?`) || !strings.HasPrefix(ds[1].Suggestion, `Did you mean "jargon"?`)) {
		t.Errorf("suggestions: %q, %q", ds[0].Suggestion, ds[1].Suggestion)
	}
	// the suppression reports have the rule's severity: turned off, they are not made
	off := config.Lint{Rules: map[string]map[string]any{"suppression": {"severity": "off"}}}
	if ds := only(lintWith(t, off, "<!-- gen-lint disable jargn -->\n\nText.\n"), "suppression"); len(ds) != 0 {
		t.Errorf("suppression off still reports %d findings", len(ds))
	}
}

// TestEveryEntryPointSuppresses checks that suppression is the driver's:
// the linter alone reports what a gen-lint comment or lint.disable
// switched off, and each way of linting through the driver drops it.
func TestEveryEntryPointSuppresses(t *testing.T) {
	l, err := lint.New(markers)
	if err != nil {
		t.Fatal(err)
	}
	srcs := map[string]string{
		"comment.md": "<!-- gen-lint disable jargon -->\n\nA zebra.\n\n<!-- gen-lint disable jargn -->\n",
		"front.md":   "---\ntitle: T\nlint: {disable: [jargon]}\n---\n\nA zebra.\n",
	}
	paths := []string{"comment.md", "front.md"}
	var pages []*content.Page
	for _, path := range paths {
		p, err := content.Parse(testMD, path, []byte(srcs[path]))
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, p)
	}
	count := func(res lint.Result) (jargon, suppression int) {
		return len(only(res, "jargon")), len(only(res, "suppression"))
	}
	for _, p := range pages {
		if j, _ := count(l.Check(p)); j != 1 {
			t.Errorf("%s: the linter alone reports %d jargon findings, want 1 (it applies no suppression)", p.Path, j)
		}
	}
	want := map[string][2]int{"comment.md": {0, 1}, "front.md": {0, 0}}
	check := func(how string, results []lint.Result) {
		for _, res := range results {
			if j, s := count(res); [2]int{j, s} != want[res.Path] {
				t.Errorf("%s %s: %d jargon and %d suppression findings, want %v", how, res.Path, j, s, want[res.Path])
			}
		}
	}
	var one []lint.Result
	for _, p := range pages {
		one = append(one, Check(l, p))
	}
	check("Check", one)
	check("CheckAll", CheckAll(l, pages))
	seq := func(yield func(string, error) bool) {
		for _, p := range paths {
			if !yield(p, nil) {
				return
			}
		}
	}
	load := func(path string, _ []byte) (*content.Page, error) {
		return content.Parse(testMD, path, []byte(srcs[path]))
	}
	check("Run", Run(l, seq, load, false))
}

package rules

import (
	"errors"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/lint"
	"github.com/claritynotes/gen/internal/testutil"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/diag"
)

func TestNewValidatesConfig(t *testing.T) {
	cases := []struct {
		name string
		cfg  config.Lint
		want string
	}{
		{"unknown rule", config.Lint{Rules: map[string]map[string]any{"pitchy": {}}}, `unknown lint rule "pitchy"`},
		{"unknown setting", config.Lint{Rules: map[string]map[string]any{"pitch-heavy": {"treshold": int64(2)}}}, "treshold: unknown setting"},
		{"retired setting", config.Lint{Rules: map[string]map[string]any{"pitch-heavy": {"spread": int64(3)}}}, "spread: rule pitch-heavy no longer has this setting"},
		{"bad severity", config.Lint{Rules: map[string]map[string]any{"jargon": {"severity": "loud"}}}, `severity = loud is not a severity`},
		{"bad number", config.Lint{Rules: map[string]map[string]any{"we-centric": {"minSelf": "five"}}}, "must be a whole number"},
		{"bad list", config.Lint{Rules: map[string]map[string]any{"jargon": {"words": "synergy"}}}, "must be a list of text"},
		{"bad failOn", config.Lint{FailOn: "sometimes"}, "lint.failOn"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := lint.New(c.cfg)
			var de *diag.Error
			if !errors.As(err, &de) || de.Path != config.FileName || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("New() error = %v, want a *diag.Error on %s containing %q", err, config.FileName, c.want)
			}
		})
	}
	if _, err := lint.New(config.Lint{Rules: map[string]map[string]any{
		"pitch-heavy": {"severity": "warning", "density": int64(3), "hype": []any{"x"}},
		"readability": {"severity": "off"},
	}}); err != nil {
		t.Fatalf("valid config rejected: %v", err)
	}
}

// TestSettingErrorsPointAtGenToml checks that a bad rule setting read from
// gen.toml is reported at its line and column: the key for a name gen does
// not know (in a table's header, the name itself), the value for a value
// it cannot use.
func TestSettingErrorsPointAtGenToml(t *testing.T) {
	cases := []struct {
		name, toml string
		line, col  int
		want       string
	}{
		{"unknown rule", "[lint.rules.pitchy]\nseverity = \"off\"\n", 1, 13, `unknown lint rule "pitchy"`},
		{"unknown setting", "[lint.rules.pitch-heavy]\n  treshold = 2\n", 2, 3, "treshold: unknown setting"},
		{"retired setting", "[lint]\n[lint.rules.pitch-heavy]\nspread = 3\n", 3, 1, "no longer has this setting"},
		{"bad severity", "[lint.rules.jargon]\nseverity = \"loud\"\n", 2, 12, "is not a severity"},
		{"bad number", "[lint.rules.we-centric]\nminSelf = \"five\"\n", 2, 11, "must be a whole number"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			root := t.TempDir()
			head := "title = \"T\"\nbaseURL = \"https://example.com/\"\n"
			testutil.WriteFile(t, root, config.FileName, head+c.toml)
			cfg, err := config.Load(root, "")
			if err != nil {
				t.Fatalf("gen.toml rejected before the linter saw it: %v", err)
			}
			_, err = lint.New(cfg.Lint)
			var de *diag.Error
			if !errors.As(err, &de) || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("New() error = %v, want a *diag.Error containing %q", err, c.want)
			}
			if de.Path != config.FileName || de.Line != c.line+2 || de.Col != c.col {
				t.Errorf("error at %s:%d:%d, want %s:%d:%d (%v)", de.Path, de.Line, de.Col, config.FileName, c.line+2, c.col, err)
			}
		})
	}
}

func TestSeverityAndFails(t *testing.T) {
	src := "We are proud of our team. We built our tool. We think our customers love us."
	res := lintWith(t, config.Lint{Rules: map[string]map[string]any{"we-centric": {"severity": "error"}}}, src)
	if d := only(res, "we-centric"); len(d) == 0 || d[0].Severity != "error" {
		t.Fatalf("severity not applied: %+v", d)
	}
	res = lintWith(t, config.Lint{Rules: map[string]map[string]any{"we-centric": {"severity": "off"}}}, src)
	if d := only(res, "we-centric"); len(d) != 0 {
		t.Fatalf("rule switched off still fired")
	}
	warn := []lint.Result{{Diagnostics: []lint.Diagnostic{{Severity: "warning"}}}}
	info := []lint.Result{{Diagnostics: []lint.Diagnostic{{Severity: "info"}}}}
	failed := []lint.Result{{Err: errors.New("broken")}}
	for _, c := range []struct {
		failOn  string
		strict  bool
		results []lint.Result
		want    bool
	}{
		{"error", false, warn, false},
		{"error", true, warn, true},
		{"warning", false, warn, true},
		{"never", false, warn, false},
		{"never", true, warn, true},
		{"warning", true, info, false},
		{"never", false, failed, true},
	} {
		l, _ := lint.New(config.Lint{FailOn: c.failOn})
		if got := l.Fails(c.results, c.strict); got != c.want {
			t.Errorf("failOn=%s strict=%v: Fails = %v, want %v", c.failOn, c.strict, got, c.want)
		}
	}
}

func TestScore(t *testing.T) {
	good := lintWith(t, config.Lint{}, "You get a note every Monday. Reply and tell me what you want next.")
	bad := lintWith(t, config.Lint{}, "HURRY!!! We are proud of our revolutionary, best-in-class team. We built our tool. We think our customers love us. Act now!!")
	if good.Score != 100 {
		t.Errorf("reader-first copy scored %d, want 100", good.Score)
	}
	if bad.Score >= 60 || bad.Score < 0 {
		t.Errorf("sender-first, pushy copy scored %d, want below 60", bad.Score)
	}
}

func TestOddInputNeverPanics(t *testing.T) {
	l, _ := lint.New(config.Lint{})
	for _, src := range []string{"", "---\n---\n", "\n\n\n", "!!!", "#", "- \n-", "| a |\n|---|\n", "<!-- gen-lint -->", "'\"--...", "```\nunclosed", strings.Repeat("*", 1000)} {
		p, err := content.Parse(testMD, "x.md", []byte(src))
		if err != nil {
			continue
		}
		if r := l.Check(p); r.Err != nil {
			t.Errorf("%q: %v", src, r.Err)
		}
	}
}

func TestRulesAreDocumented(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range lint.Rules() {
		if seen[r.ID] {
			t.Errorf("duplicate rule %s", r.ID)
		}
		seen[r.ID] = true
		if r.Summary == "" || r.Doc == "" || r.Why == "" || r.Before == "" || r.After == "" {
			t.Errorf("%s: summary, doc, why, before and after are all needed for --explain", r.ID)
		}
		if r.Severity.Rank() == 0 {
			t.Errorf("%s: default severity %q", r.ID, r.Severity)
		}
	}
	for _, id := range []string{"we-centric", "pitch-heavy", "missing-next-step"} {
		if r := lint.Lookup(id); r == nil || !r.Core {
			t.Errorf("core rule %s missing", id)
		}
	}
}

// TestDefaultRulesFitTheFacts: the rules' phrase matchers and facts fit
// the lexicon's bits, so New succeeds with every rule on.
func TestDefaultRulesFitTheFacts(t *testing.T) {
	if _, err := lint.New(config.Lint{}); err != nil {
		t.Fatalf("the default rules must fit: %v", err)
	}
}

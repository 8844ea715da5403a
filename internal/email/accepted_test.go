package email

import (
	"strings"
	"testing"
)

func TestParseAccepted(t *testing.T) {
	for _, tc := range []struct{ name, in, err string }{
		{"ok", "# comment\n\ncss-margin   clients fall back to their defaults # why\n", ""},
		{"typo", "css-margin  fine\ncss-margn  fine\n", `accepted.txt:2:1: unknown email client feature "css-margn"; did you mean "css-margin"?`},
		{"no reason", "  css-margin\n", "accepted.txt:1:3: css-margin has no fallback"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parseAccepted("accepted.txt", []byte(tc.in))
			if tc.err == "" {
				if err != nil || !got["css-margin"] || len(got) != 1 {
					t.Fatalf("got %v, %v", got, err)
				}
				return
			}
			if err == nil || !strings.HasPrefix(err.Error(), tc.err) {
				t.Errorf("error %v, want it to start with %q", err, tc.err)
			}
		})
	}
}

// TestThemeAcceptedFallbacks: the bundled theme's own features are all
// declared, so a plain issue has no client-support findings, while the
// same feature in the issue's own HTML is reported at its line.
func TestThemeAcceptedFallbacks(t *testing.T) {
	m := renderIssue(t, "---\ntitle: T\ndate: 2025-03-04\n---\nOne idea, plainly.\n", "generic")
	for _, f := range m.Findings {
		t.Errorf("finding on a plain issue: %s", f.Format("index.html"))
	}
}

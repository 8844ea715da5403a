package email

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/testutil"
)

// emailTemplate is the built-in email.html with its <style>{{ .InlineCSS }}</style>
// replaced by style.
func emailTemplate(t *testing.T, style string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "themes", "clarity", "email", layoutFile))
	if err != nil {
		t.Fatal(err)
	}
	const plain = "<style>{{ .InlineCSS }}</style>"
	if !strings.Contains(string(b), plain) {
		t.Fatalf("the built-in %s no longer holds %s", layoutFile, plain)
	}
	return strings.Replace(string(b), plain, style, 1)
}

// TestPlanPlaceholderOnlyWherePrinted: the template gets email.css's plan
// placeholder only when it prints .InlineCSS as it is, and the message is
// the same either way, wherever the template prints it.
func TestPlanPlaceholderOnlyWherePrinted(t *testing.T) {
	for _, tc := range []struct {
		name, style, partial, base string
		planned                    bool
	}{
		{"built-in", "<style>{{ .InlineCSS }}</style>", "", "", true},
		{"twice", "<style>{{ .InlineCSS }}</style><style>{{ .InlineCSS }} .x{color:red}</style>", "", "", true},
		{"in a partial given the view", `{{ template "partials/css.html" . }}`, "<style>{{ .InlineCSS }}</style>", "", true},
		{"in an ignored style", `<style data-premailer="ignore">{{ .InlineCSS }}</style>`, "", "", true},
		{"in a print style", `<style media="print">{{ .InlineCSS }}</style>`, "", "", true},
		{"in an attribute", `<meta name="css" content="{{ .InlineCSS }}">`, "", "", true},
		{"in a CSS string", `<style>.x::after{content:"{{ .InlineCSS }}"}</style>`, "", "", true},
		{"in Outlook's comment", `{{ ifMSO }}<style>{{ .InlineCSS }}</style>{{ endIf }}`, "", "", true},
		{"a function of it", `<style>{{ printf "%.20s" .InlineCSS }}</style>`, "", "", false},
		{"its length", `<meta name="n" content="{{ len .InlineCSS }}">`, "", "", false},
		{"with", `<style>{{ with .InlineCSS }}{{ . }}{{ end }}</style>`, "", "", false},
		{"through $", `<style>{{ $.InlineCSS }}</style>`, "", "", false},
		{"the view printed", `<meta name="v" content="{{ printf "%v" . }}">`, "", "", false},
		{"the view in a variable", `{{ $v := . }}<style>{{ $v.InlineCSS }}</style>`, "", "", false},
		{"in a partial, a function of it", `{{ template "partials/css.html" . }}`, `<style>{{ printf "%s" .InlineCSS }}</style>`, "", false},
		{"in baseof.html", "", "", `<style>{{ .InlineCSS }}</style>`, true},
		{"in baseof.html, its length", "", "", `<meta name="n" content="{{ len .InlineCSS }}">`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg, th, p := testSite(t, testConfig, testIssue)
			dir := filepath.Join("themes", "clarity", "email")
			layout := emailTemplate(t, tc.style)
			if tc.base != "" {
				// The layout becomes "main", run inside baseof.html, which
				// holds the head's stylesheet.
				head, body, _ := strings.Cut(layout, "<body")
				testutil.WriteFile(t, cfg.Root, filepath.Join(dir, "baseof.html"),
					strings.Replace(head, "</head>", tc.base+"</head>", 1)+`{{ block "main" . }}{{ end }}`)
				layout = `{{ define "main" }}<body` + body + `{{ end }}`
			}
			testutil.WriteFile(t, cfg.Root, filepath.Join(dir, layoutFile), layout)
			if tc.partial != "" {
				testutil.WriteFile(t, cfg.Root, filepath.Join(dir, "partials", "css.html"), tc.partial)
			}
			r, err := New(cfg, th)
			if err != nil {
				t.Fatal(err)
			}
			if r.planInTemplate != tc.planned {
				t.Fatalf("placeholder in the template: %v, want %v", r.planInTemplate, tc.planned)
			}
			if !tc.planned {
				return // the text, as before
			}
			planned, err := r.Render(p, "")
			if err != nil {
				t.Fatal(err)
			}
			r.planInTemplate = false
			plain, err := r.Render(p, "")
			if err != nil {
				t.Fatal(err)
			}
			if string(planned.HTML) != string(plain.HTML) || string(planned.Web) != string(plain.Web) {
				t.Errorf("the message differs with the plan's placeholder:\n%s\nwithout:\n%s", planned.HTML, plain.HTML)
			}
			if strings.Contains(string(planned.HTML), "gen-stylesheet-") {
				t.Errorf("the placeholder is left in the message")
			}
		})
	}
}

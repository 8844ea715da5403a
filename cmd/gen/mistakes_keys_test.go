package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// newcomerConfig is a gen.toml as a newcomer writes it; %TOOL% and %FROM%
// are filled in per case. The tool is on line 14, column 8.
const newcomerConfig = `# A site made by a newcomer.
title = "Notes"
baseURL = "https://notes.example/"
theme = "clarity"

[author]
name = "Maya"

[newsletter]
name = "Notes"
section = "newsletter"
from = "%FROM%"
unsubscribeURL = "https://notes.example/unsubscribe/"
tool = "%TOOL%"
`

// typoIssue is a newsletter issue that passes the linter, with one more
// front matter line on line 5.
func typoIssue(line string) string {
	return "---\ntitle: Your first week\ndate: 2026-05-01\nissue: 99\n" + line + "\n---\n\n" +
		"You get three settings worth a look. Reply and tell me which one you set first.\n"
}

// TestMistakesInKeys runs the real binary on a copy of the sample site
// with one mistake each: misspelt front matter keys and gen.toml sections
// are warnings with the place and a suggestion (the build succeeds); a
// misspelt email tool or a bad sender stops it, reported once at gen.toml.
func TestMistakesInKeys(t *testing.T) {
	sampleConfig, err := os.ReadFile(filepath.Join("..", "..", "gen.toml"))
	if err != nil {
		t.Fatal(err)
	}
	newsleterLine := strings.Count(string(sampleConfig), "\n") + 2
	newcomer := strings.NewReplacer("%TOOL%", "buttondown", "%FROM%", "Notes <notes@notes.example>").Replace(newcomerConfig)
	tests := []struct {
		name  string
		files map[string]string
		args  []string
		code  int
		// lines must each be a whole line of stderr, exactly once.
		lines []string
	}{
		{"preheder in build", map[string]string{"content/newsletter/zz-typo.md": typoIssue(`preheder: "Two words, ten minutes."`)},
			[]string{"build"}, 0,
			[]string{`warning: content/newsletter/zz-typo.md:5:1: unknown front matter key "preheder"; did you mean "preheader"?`}},
		{"descripton in build", map[string]string{"content/newsletter/zz-typo.md": typoIssue(`descripton: "One sentence."`)},
			[]string{"build"}, 0,
			[]string{`warning: content/newsletter/zz-typo.md:5:1: unknown front matter key "descripton"; did you mean "description"?`}},
		{"subjet in build", map[string]string{"content/newsletter/zz-typo.md": typoIssue(`subjet: "Try the so-what test"`)},
			[]string{"build"}, 0,
			[]string{`warning: content/newsletter/zz-typo.md:5:1: unknown front matter key "subjet"; did you mean "subject"?`}},
		{"preheder in lint", map[string]string{"content/newsletter/zz-typo.md": typoIssue(`preheder: "Two words, ten minutes."`)},
			[]string{"lint", "content/newsletter/zz-typo.md"}, 0,
			[]string{`warning: content/newsletter/zz-typo.md:5:1: unknown front matter key "preheder"; did you mean "preheader"?`}},
		{"newsleter in build", map[string]string{"gen.toml": string(sampleConfig) + "\n[newsleter]\nname = \"Notes\"\n"},
			[]string{"build"}, 0,
			[]string{`warning: gen.toml:` + strconv.Itoa(newsleterLine) + `:2: unknown section [newsleter] is ignored; did you mean "newsletter"?`}},
		{"newsleter in lint", map[string]string{"gen.toml": string(sampleConfig) + "\n[newsleter]\nname = \"Notes\"\n"},
			[]string{"lint", "--format", "json", "content/newsletter"}, 0,
			[]string{`warning: gen.toml:` + strconv.Itoa(newsleterLine) + `:2: unknown section [newsleter] is ignored; did you mean "newsletter"?`}},
		{"mailchip in build", map[string]string{"gen.toml": strings.Replace(newcomer, "buttondown", "mailchip", 1)},
			[]string{"build"}, 1,
			[]string{`gen.toml:14:8: unknown email tool "mailchip"; did you mean "mailchimp"?`}},
		{"mailchip in email", map[string]string{"gen.toml": strings.Replace(newcomer, "buttondown", "mailchip", 1)},
			[]string{"email"}, 1,
			[]string{`gen.toml:14:8: unknown email tool "mailchip"; did you mean "mailchimp"?`}},
		{"sender without an address", map[string]string{"gen.toml": strings.Replace(newcomer, "Notes <notes@notes.example>", "Notes", 1)},
			[]string{"build"}, 1,
			[]string{`gen.toml:12:8: newsletter.from "Notes" is not an email address`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := sampleSite(t)
			writeFiles(t, root, tt.files)
			_, stderr, code := runGen(t, root, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\n%s", code, tt.code, stderr)
			}
			got := strings.Split(stderr, "\n")
			for _, want := range tt.lines {
				n := 0
				for _, l := range got {
					if l == want {
						n++
					}
				}
				if n != 1 {
					t.Errorf("stderr has %d lines %q, want 1:\n%s", n, want, stderr)
				}
			}
			if tt.code != 0 && strings.HasPrefix(stderr, ": ") {
				t.Errorf("error without a subject: %q", stderr)
			}
		})
	}
}

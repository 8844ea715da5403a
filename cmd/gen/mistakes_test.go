package main

import (
	"strings"
	"testing"
)

// TestMistakes runs the CLI on common mistakes and checks that each gets a
// message that says what is wrong and how to fix it, with the right exit
// code: 2 for usage and environment, 1 for the site's content.
func TestMistakes(t *testing.T) {
	const site = "title = 'Notes'\nbaseURL = 'https://notes.example/'\n"
	tests := []struct {
		name  string
		files map[string]string
		args  []string
		code  int
		want  []string // in stderr, in order
	}{
		{"misspelt command", nil, []string{"biuld"}, 2,
			[]string{`gen: unknown command "biuld"; did you mean "build"?`, `run "gen help"`}},
		{"unknown command, nothing close", nil, []string{"deploy"}, 2,
			[]string{`gen: unknown command "deploy"` + "\n"}},
		{"misspelt flag", map[string]string{"gen.toml": site}, []string{"build", "--draft"}, 2,
			[]string{`gen build: unknown flag --draft; did you mean "--drafts"?`, `run "gen build -h"`}},
		{"misspelt flag after an argument", nil, []string{"lint", "content", "--stirct"}, 2,
			[]string{`gen lint: unknown flag --stirct; did you mean "--strict"?`}},
		{"flag value that looks like a flag is not checked", nil, []string{"lint", "--format", "--nope"}, 2,
			[]string{`gen lint: unknown format "--nope"`}},
		{"misspelt serve flag", map[string]string{"gen.toml": site}, []string{"serve", "--prot", "4001"}, 2,
			[]string{`unknown flag --prot; did you mean "--port"?`}},
		{"misspelt email flag", map[string]string{"gen.toml": site}, []string{"email", "--tol", "kit"}, 2,
			[]string{`gen email: unknown flag --tol; did you mean "--tool"?`}},
		{"misspelt lint format", nil, []string{"lint", "--format", "jsno", "."}, 2,
			[]string{`gen lint: unknown format "jsno"; did you mean "json"?`}},
		{"misspelt rule to explain", nil, []string{"lint", "--explain", "we-centirc"}, 2,
			[]string{`gen lint: unknown rule "we-centirc"; did you mean "we-centric"?`}},
		{"lint --config missing", nil, []string{"lint", "--config", "missing.toml", "."}, 2,
			[]string{"missing.toml: --config: file not found", "without --config gen lint reads ./gen.toml"}},
		{"new issue beside a bundle", map[string]string{
			"gen.toml":                      site,
			"content/newsletter/x/index.md": "---\ntitle: X\ndate: 2026-01-02\n---\nReply and tell me.\n",
		}, []string{"new", "issue", "X"}, 1,
			[]string{"content/newsletter/x/ (a page bundle) already has the URL /newsletter/x/ that content/newsletter/x.md would have"}},
		{"new article with a slug taken", map[string]string{
			"gen.toml":                site,
			"content/articles/old.md": "---\ntitle: Old\ndate: 2026-01-02\nslug: hello\n---\nReply and tell me.\n",
		}, []string{"new", "article", "Hello"}, 1,
			[]string{"content/articles/old.md already has the URL /articles/hello/ that content/articles/hello.md would have"}},
		{"unknown theme", map[string]string{"gen.toml": site + "theme = \"clarty\"\n"}, []string{"build"}, 1,
			[]string{`gen.toml:3:9: unknown theme "clarty"; did you mean "clarity"?`, "themes you can use: clarity"}},
		{"init into a folder with files", map[string]string{"notes.txt": "mine"}, []string{"init"}, 2,
			[]string{"gen init: . is not empty (it has notes.txt)", "--force"}},
		{"init with a misspelt tool", nil, []string{"init", "site", "--tool", "mailchip"}, 2,
			[]string{`gen init: --tool: unknown email tool "mailchip"; did you mean "mailchimp"?`}},
		{"eject a misspelt file", map[string]string{"gen.toml": site}, []string{"theme", "eject", "layouts/singel.html"}, 2,
			[]string{`the built-in theme has no file layouts/singel.html; did you mean "layouts/single.html"?`, "gen theme list"}},
		{"misspelt theme command", map[string]string{"gen.toml": site}, []string{"theme", "ejcet"}, 2,
			[]string{`gen theme: unknown command "ejcet"; did you mean "eject"?`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			writeFiles(t, root, tt.files)
			_, stderr, code := runGen(t, root, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\n%s", code, tt.code, stderr)
			}
			rest := stderr
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Errorf("stderr lacks %q (in order):\n%s", w, stderr)
					break
				}
				rest = rest[i+len(w):]
			}
		})
	}
}

// TestSeverityWords: the build's lint summary and gen lint's use the same
// words for the three severities.
func TestSeverityWords(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{
		"gen.toml": "title = 'Notes'\nbaseURL = 'https://notes.example/'\n",
		// One long sentence: an info-level finding, nothing worse.
		"content/articles/long.md": "---\ntitle: Long\ndate: 2026-01-02\n---\n\n" +
			"You can read this sentence, which keeps adding clause after clause about the many small and large things you might consider, before you finally decide what to do next with your own draft today.\n\n" +
			"## Your next step\n\nReply and tell me which sentence you cut first.\n",
	})
	_, buildErr, code := runGen(t, root, "build")
	if code != 0 {
		t.Fatalf("build: exit %d\n%s", code, buildErr)
	}
	lintOut, _, _ := runGen(t, root, "lint")
	if !strings.Contains(buildErr, "0 errors, 0 warnings, 1 info in 1 page") {
		t.Errorf("build summary: %s", buildErr)
	}
	if !strings.Contains(lintOut, "0 errors, 0 warnings, 1 info;") {
		t.Errorf("lint summary: %s", lintOut)
	}
	for _, out := range []string{buildErr, lintOut} {
		if strings.Contains(out, "note") || strings.Contains(out, "infos") {
			t.Errorf("another word for info:\n%s", out)
		}
	}
}

// TestNewBesideSubfolder: a folder of separate pages is not a page bundle,
// so a page named like the folder gets its own URL and is written.
func TestNewBesideSubfolder(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{
		"gen.toml":                     "title = 'Notes'\nbaseURL = 'https://notes.example/'\n",
		"content/articles/x/part.md":   "---\ntitle: Part\ndate: 2026-01-02\n---\nReply and tell me.\n",
		"content/articles/x/second.md": "---\ntitle: Second\ndate: 2026-01-02\n---\nReply and tell me.\n",
	})
	stdout, stderr, code := runGen(t, root, "new", "article", "X")
	if code != 0 || !strings.Contains(stdout, "created content/articles/x.md") {
		t.Errorf("exit %d\n%s%s", code, stdout, stderr)
	}
}

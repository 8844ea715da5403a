package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/testutil"
)

const emailTestConfig = `title = "Notes"
baseURL = "https://notes.example/"
theme = "clarity"
[newsletter]
name = "Notes"
from = "Notes <notes@notes.example>"
tool = "buttondown"
unsubscribeURL = "https://notes.example/unsubscribe/"
`

func emailSite(t *testing.T, cfg string) string {
	t.Helper()
	root := t.TempDir()
	writeFiles(t, root, map[string]string{
		"gen.toml":                        cfg,
		"content/newsletter/first.md":     "---\ntitle: First\ndate: 2025-01-07\nissue: 1\n---\nHello [there](/about/).\n",
		"content/about.md":                "---\ntitle: About\n---\nWho writes this.\n",
		"content/newsletter/second.md":    "---\ntitle: Second\ndate: 2025-02-04\nissue: 2\ncta: {text: Reply, url: \"mailto:notes@notes.example\"}\n---\nAgain.\n",
		"content/newsletter/draft-one.md": "---\ntitle: Draft\ndate: 2025-03-04\nissue: 3\ndraft: true\n---\nSoon.\n",
	})
	testutil.CopyDir(t, filepath.Join("..", "..", "themes", "clarity", "email"), filepath.Join(root, "themes", "clarity", "email"))
	return root
}

func runEmail(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(append([]string{"email"}, args...), &out, &errb)
	return code, out.String(), errb.String()
}

func TestEmailCommand(t *testing.T) {
	root := emailSite(t, emailTestConfig)
	out := t.TempDir()

	// Default: every published issue; drafts are left out.
	code, stdout, stderr := runEmail("--source", root, "--out", out)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, slug := range []string{"first", "second"} {
		for _, f := range []string{"index.html", "email.txt", "message.eml", "email.md"} {
			if _, err := os.Stat(filepath.Join(out, "email", slug, f)); err != nil {
				t.Errorf("missing %s/%s: %v", slug, f, err)
			}
		}
	}
	if _, err := os.Stat(filepath.Join(out, "email", "draft-one")); err == nil {
		t.Error("a draft was rendered without being named")
	}
	if !strings.Contains(stdout, "Buttondown: use email.md") {
		t.Errorf("stdout does not say which file to use: %q", stdout)
	}

	// By number, by path (flags after the argument) and a named draft.
	for _, arg := range []string{"2", "content/newsletter/second.md", "draft-one"} {
		dir := t.TempDir()
		if code, _, stderr := runEmail(arg, "--source", root, "--out", dir, "--tool", "mailchimp"); code != exitOK {
			t.Fatalf("%s: exit %d: %s", arg, code, stderr)
		}
		entries, _ := os.ReadDir(filepath.Join(dir, "email"))
		issues := 0
		for _, e := range entries {
			if e.IsDir() {
				issues++
			}
		}
		if issues != 1 {
			t.Errorf("%s: rendered %d issues, want 1", arg, issues)
		}
	}
	html, _ := os.ReadFile(filepath.Join(out, "email", "first", "index.html"))
	if !strings.Contains(string(html), "{{ unsubscribe_url }}") {
		t.Error("the default tool (buttondown) merge tags are missing")
	}

	// --check passes on a clean site.
	if code, stdout, stderr := runEmail("--source", root, "--out", t.TempDir(), "--check"); code != exitOK || !strings.Contains(stdout, "0 error(s)") {
		t.Errorf("--check: exit %d\n%s\n%s", code, stdout, stderr)
	}
}

func TestEmailCommandErrors(t *testing.T) {
	root := emailSite(t, emailTestConfig)
	if code, _, stderr := runEmail("--source", root, "--tool", "pigeon", "--out", t.TempDir()); code != exitUsage || !strings.Contains(stderr, "mailchimp") {
		t.Errorf("unknown tool: exit %d, %q", code, stderr)
	}
	if code, _, stderr := runEmail("nope", "--source", root, "--out", t.TempDir()); code != exitUsage || !strings.Contains(stderr, "first") {
		t.Errorf("unknown issue: exit %d, %q", code, stderr)
	}
	if code, _, _ := runEmail("--bogus"); code != exitUsage {
		t.Errorf("bad flag: exit %d", code)
	}
	// The generic preset without an unsubscribe URL fails --check.
	bare := emailSite(t, strings.Replace(emailTestConfig, `unsubscribeURL = "https://notes.example/unsubscribe/"`, "", 1))
	code, _, stderr := runEmail("--source", bare, "--tool", "generic", "--check", "--out", t.TempDir())
	if code != exitContent || !strings.Contains(stderr, "unsubscribe") {
		t.Errorf("missing unsubscribe: exit %d, %q", code, stderr)
	}
}

// TestSampleIssuesPassCheck runs --check on the repository's sample site:
// the theme's accepted fallbacks are not reported and the sample content
// is fine, so nothing is printed but the files written and the summary.
func TestSampleIssuesPassCheck(t *testing.T) {
	root := filepath.Join("..", "..")
	if _, err := os.Stat(filepath.Join(root, "content", "newsletter")); err != nil {
		t.Skip("no sample newsletter in the repository")
	}
	code, stdout, stderr := runEmail("--source", root, "--out", t.TempDir(), "--check")
	if code != exitOK {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	if stderr != "" {
		t.Errorf("gen email --check printed findings the author did not write:\n%s", stderr)
	}
	if !strings.Contains(stdout, "0 error(s), 0 warning(s)") {
		t.Errorf("summary: %s", stdout)
	}
}

// TestCheckPointsAtTheMarkdown: what an issue writes itself is reported
// at its line and column in the .md file, grouped per feature with the
// clients listed; the theme's accepted fallbacks stay quiet.
func TestCheckPointsAtTheMarkdown(t *testing.T) {
	root := emailSite(t, emailTestConfig+"[markdown]\nunsafe = true\n")
	writeFiles(t, root, map[string]string{
		"content/newsletter/first.md": "---\ntitle: First\ndate: 2025-01-07\nissue: 1\n---\nHello [there](/about/).\n\n" +
			"<div style=\"display:grid\"><p>One</p><p>Two</p></div>\n\nAnd <span style=\"display:grid\">inline</span> too.\n\n![](/photo.png)\n",
		"static/photo.png": "not really a png",
	})
	code, stdout, stderr := runEmail("first", "--source", root, "--out", t.TempDir(), "--check")
	if code != exitOK {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	want := []string{
		"content/newsletter/first.md:8:1: warning: display:grid in the body",
		"content/newsletter/first.md:12:1: warning: image has an empty alt",
	}
	for _, w := range want {
		found := false
		for _, l := range lines {
			found = found || strings.HasPrefix(l, w)
		}
		if !found {
			t.Errorf("no line starting %q in:\n%s", w, stderr)
		}
	}
	if n := strings.Count(stderr, "[css-display-grid]"); n != 1 {
		t.Errorf("css-display-grid reported %d times, want once with its clients:\n%s", n, stderr)
	}
	for _, l := range lines {
		if strings.Contains(l, "email/first/index.html") {
			t.Errorf("a finding points at the generated HTML, not the Markdown: %s", l)
		}
	}
	if n := strings.Count(stderr, "[img-alt]"); n != 1 {
		t.Errorf("the image's finding printed %d times, want once:\n%s", n, stderr)
	}
}

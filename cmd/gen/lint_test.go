package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/testutil"
)

// runGenEnv runs the gen binary in dir with extra environment variables.
func runGenEnv(t *testing.T, dir string, env []string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(genBin, args...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "GITHUB_ACTIONS=", "NO_COLOR=1"), env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

func writeFiles(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		testutil.WriteFile(t, root, name, body)
	}
}

const (
	calmPage  = "---\ntitle: Your first week\n---\n\nYou get three settings worth a look. Reply and tell me which one you set first.\n"
	pushyPage = "---\ntitle: Sale\n---\n\nOur revolutionary, best-in-class jacket is 70% off. TODAY ONLY. Hurry!!\n"
	wePage    = "---\ntitle: News\n---\n\nWe are proud of our team. We built our tool. We think our customers love us.\n"
)

type lintJSON struct {
	Files []struct {
		Path        string            `json:"path"`
		Score       *int              `json:"score"`
		Error       string            `json:"error"`
		Diagnostics []json.RawMessage `json:"diagnostics"`
	} `json:"files"`
	Summary map[string]int `json:"summary"`
}

func TestLintBadInputEveryFileReported(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"ok.md":     calmPage,
		"empty.md":  "",
		"notes.txt": "not markdown",
		"broken.md": "---\ntitle: [unclosed\n---\n\nBody.\n",
		"latin1.md": "caf\xe9\n",
	})
	big := strings.Repeat("You get a short note each Monday, and we answer every reply. ", 80000) // ~5 MB
	writeFiles(t, dir, map[string]string{"big.md": "---\ntitle: Big\n---\n\n" + big + "\n"})
	out, stderr, code := runGenEnv(t, dir, nil, "lint", "--format", "json", "ok.md", "empty.md", "notes.txt", "broken.md", "latin1.md", "missing.md", "big.md")
	if code != exitContent {
		t.Fatalf("exit %d, want %d; stderr %s", code, exitContent, stderr)
	}
	var rep lintJSON
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("invalid JSON: %v\n%s", err, out)
	}
	errs := map[string]string{}
	for _, f := range rep.Files {
		errs[f.Path] = f.Error
		if f.Diagnostics == nil {
			t.Errorf("%s: diagnostics must be a list, even when empty", f.Path)
		}
	}
	for path, want := range map[string]string{
		"ok.md": "", "big.md": "", "empty.md": "file is empty", "notes.txt": "not a Markdown file",
		"broken.md": "invalid YAML", "latin1.md": "not valid UTF-8", "missing.md": "no such file",
	} {
		got, ok := errs[path]
		if !ok {
			t.Errorf("%s missing from the report", path)
			continue
		}
		if want == "" && got != "" || want != "" && !strings.Contains(got, want) {
			t.Errorf("%s: error %q, want %q", path, got, want)
		}
	}
	// every format reports the failures
	for _, format := range []string{"text", "sarif", "github"} {
		out, _, code := runGenEnv(t, dir, nil, "lint", "--format", format, "empty.md", "missing.md")
		if code != exitContent || !strings.Contains(out, "file is empty") || !strings.Contains(out, "no such file") {
			t.Errorf("%s: exit %d, output lacks the per-file errors:\n%s", format, code, out)
		}
	}
}

func TestLintExitCodes(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"calm.md": calmPage, "pushy.md": pushyPage, "we.md": wePage})
	cases := []struct {
		args []string
		want int
	}{
		{[]string{"lint", "calm.md"}, exitOK},
		{[]string{"lint", "we.md"}, exitOK}, // warnings pass
		{[]string{"lint", "we.md", "--strict"}, exitContent},
		{[]string{"lint", "--strict", "calm.md"}, exitOK},
		{[]string{"lint", "pushy.md"}, exitContent}, // pitch-heavy is an error
		{[]string{"lint", "--format", "xml", "calm.md"}, exitUsage},
		{[]string{"lint", "--bogus"}, exitUsage},
		{[]string{"lint", "--explain", "nope"}, exitUsage},
		{[]string{"lint"}, exitUsage}, // no content/ here
	}
	for _, c := range cases {
		if _, stderr, code := runGenEnv(t, dir, nil, c.args...); code != c.want {
			t.Errorf("gen %s: exit %d, want %d\n%s", strings.Join(c.args, " "), code, c.want, stderr)
		}
	}
}

func TestLintSiteConfig(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"gen.toml": "title = \"T\"\nbaseURL = \"https://example.com/\"\n[lint]\nfailOn = \"warning\"\n" +
			"[lint.rules.pitch-heavy]\nseverity = \"warning\"\n",
		"content/articles/we.md":      wePage,
		"content/newsletter/issue.md": "---\ntitle: Issue 1\n---\n\nYou get one tip. Reply with yours.\n",
	})
	out, stderr, code := runGenEnv(t, dir, nil, "lint", "--format", "json")
	if code != exitContent {
		t.Fatalf("failOn = warning: exit %d, want 1\n%s", code, stderr)
	}
	for _, want := range []string{`"content/articles/we.md"`, `"content/newsletter/issue.md"`, `"newsletter-preheader"`, `"we-centric"`} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s:\n%s", want, out)
		}
	}
	// The error names the file --config read, at the unknown rule's name.
	writeFiles(t, dir, map[string]string{"other.toml": "title = \"T\"\nbaseURL = \"https://example.com/\"\n[lint.rules.pitchy]\nseverity = \"off\"\n"})
	_, stderr, code = runGenEnv(t, dir, nil, "lint", "--config", "other.toml")
	if code != exitUsage || !strings.Contains(stderr, `other.toml:3:13: [lint.rules.pitchy]: unknown lint rule "pitchy"`) {
		t.Errorf("unknown rule in config: exit %d, stderr %q", code, stderr)
	}
}

func TestLintFormatsAndDefaults(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"we.md": wePage})
	out, _, _ := runGenEnv(t, dir, []string{"GITHUB_ACTIONS=true"}, "lint", "we.md")
	if !strings.HasPrefix(out, "::warning file=we.md,line=5,col=46,endLine=5,endColumn=77,title=we-centric::") {
		t.Errorf("GITHUB_ACTIONS=true should default to github annotations:\n%s", out)
	}
	out, _, _ = runGenEnv(t, dir, nil, "lint", "we.md")
	if !strings.Contains(out, "we.md  reader-first score") || !strings.Contains(out, "^^^") || strings.Contains(out, "\x1b[") {
		t.Errorf("text format (no colour off a terminal):\n%s", out)
	}
	out, _, _ = runGenEnv(t, dir, nil, "lint", "--format", "sarif", "we.md")
	if !strings.Contains(out, `"version": "2.1.0"`) || !strings.Contains(out, `"ruleId": "we-centric"`) {
		t.Errorf("sarif:\n%s", out)
	}
	out, _, code := runGenEnv(t, dir, nil, "lint", "--list")
	if code != exitOK || !strings.Contains(out, "missing-next-step") {
		t.Errorf("--list: %d\n%s", code, out)
	}
	out, _, code = runGenEnv(t, dir, nil, "lint", "--explain", "pitch-heavy")
	if code != exitOK || !strings.Contains(out, "Why it matters to the reader") {
		t.Errorf("--explain: %d\n%s", code, out)
	}
	// every pitch family is listed with an example
	for _, fam := range []string{"scarcity:", "deadline:", "urgency:", "loss framing:", "crowd pressure:", "price anchor:", "guarantee:", "puffery:", "shouting:"} {
		if !strings.Contains(out, "- "+fam+" ") {
			t.Errorf("--explain pitch-heavy lacks the %s family:\n%s", fam, out)
		}
	}
	out, _, code = runGenEnv(t, dir, nil, "lint", "--explain", "score")
	if code != exitOK || !strings.Contains(out, "score = 100 - core") {
		t.Errorf("--explain score: %d\n%s", code, out)
	}
}

package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/testutil"
)

// TestSubscribeBox: the sample site's Buttondown form is on the home
// page, under each issue and in other pages' footers; a bad value fails at
// its gen.toml position; without the setting there is no form and one hint.
func TestSubscribeBox(t *testing.T) {
	root := sampleSite(t)
	stdout, stderr, code := runGen(t, root, "build")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if strings.Contains(stdout+stderr, "hint:") {
		t.Errorf("a hint although subscribe is set:\n%s%s", stdout, stderr)
	}
	tree := treeOf(t, filepath.Join(root, "public"))
	const action = `action="https://buttondown.com/api/emails/embed-subscribe/claritynotes"`
	for page, id := range map[string]string{
		"index.html": "subscribe-home-email", "newsletter/the-so-what-test/index.html": "subscribe-issue-email",
		"about/index.html": "subscribe-footer-email", "articles/index.html": "subscribe-footer-email",
	} {
		html := tree[page]
		if strings.Count(html, "<form") != 1 || !strings.Contains(html, action) || !strings.Contains(html, `id="`+id+`"`) {
			t.Errorf("%s: want one Buttondown form with id %s", page, id)
		}
		for _, want := range []string{`<label for="` + id + `"`, `autocomplete="email"`, `type="email"`, `type="submit"`, "<script"} {
			if has := strings.Contains(html, want); has != (want != "<script") {
				t.Errorf("%s: contains %q = %v", page, want, has)
			}
		}
	}

	cfg, err := os.ReadFile(filepath.Join(root, "gen.toml"))
	if err != nil {
		t.Fatal(err)
	}
	line := `subscribe = "https://buttondown.com/api/emails/embed-subscribe/claritynotes"`
	if !strings.Contains(string(cfg), line) {
		t.Fatal("the sample gen.toml has no Buttondown subscribe line")
	}
	lineNo := strings.Count(string(cfg[:strings.Index(string(cfg), line)]), "\n") + 1
	testutil.WriteFile(t, root, "gen.toml", strings.Replace(string(cfg), line, `subscribe = "https://buttondown.com/claritynotes"`, 1))
	_, stderr, code = runGen(t, root, "build")
	want := "gen.toml:" + strconv.Itoa(lineNo) + ":13: "
	if code != 1 || !strings.Contains(stderr, want) || !strings.Contains(stderr, "embed-subscribe") {
		t.Errorf("a Buttondown profile URL: exit %d, want 1 and %q with the form URL's shape:\n%s", code, want, stderr)
	}

	testutil.WriteFile(t, root, "gen.toml", strings.Replace(string(cfg), line, "", 1))
	stdout, stderr, code = runGen(t, root, "build")
	if code != 0 || strings.Count(stdout, "\nhint: ") != 1 || !strings.Contains(stdout, "subscribe") || strings.Count(stdout, "\n") != 2 {
		t.Errorf("no subscribe: exit %d, want 0 and a one-line hint after the summary:\n%s%s", code, stdout, stderr)
	}
	for name, html := range treeOf(t, filepath.Join(root, "public")) {
		if strings.HasSuffix(name, ".html") && strings.Contains(html, "<form") {
			t.Errorf("%s has a form although subscribe is not set", name)
		}
	}

	// The table form, for tools that need more than a URL.
	testutil.WriteFile(t, root, "gen.toml", strings.Replace(strings.Replace(string(cfg), line, "", 1), `tool = "buttondown"`, `tool = "listmonk"`, 1)+
		"\n[newsletter.subscribe]\nurl = \"https://lists.example.com/subscription/form\"\nlist = \"b1f7a4c2-3d5e-4f60-8a9b-0c1d2e3f4a5b\"\nprivacy = \"We never share your address.\"\n")
	if _, stderr, code = runGen(t, root, "build"); code != 0 {
		t.Fatalf("listmonk table: exit %d\n%s", code, stderr)
	}
	home := treeOf(t, filepath.Join(root, "public"))["index.html"]
	for _, want := range []string{`name="l" value="b1f7a4c2-3d5e-4f60-8a9b-0c1d2e3f4a5b"`, "We never share your address."} {
		if !strings.Contains(home, want) {
			t.Errorf("listmonk form lacks %q", want)
		}
	}
}

// TestNewsletterArchive: /newsletter/ lists every issue, more than one
// list page holds, each with its number, date and summary.
func TestNewsletterArchive(t *testing.T) {
	root := sampleSite(t)
	if _, stderr, code := runGen(t, root, "build"); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	tree := treeOf(t, filepath.Join(root, "public"))
	archive := tree["newsletter/index.html"]
	issues := 0
	for name := range tree {
		if strings.HasPrefix(name, "newsletter/") && strings.Count(name, "/") == 2 && strings.HasSuffix(name, "/index.html") && !strings.Contains(name, "/page/") {
			issues++
			slug := strings.Split(name, "/")[1]
			if !strings.Contains(archive, `href="/newsletter/`+slug+`/"`) {
				t.Errorf("the archive does not list %s", slug)
			}
		}
	}
	if issues <= 5 {
		t.Fatalf("the sample has %d issues; the test needs more than paginate = 5", issues)
	}
	for n := 1; n <= issues; n++ {
		if !strings.Contains(archive, "Issue "+strconv.Itoa(n)+"<") {
			t.Errorf("the archive lacks the number of issue %d", n)
		}
	}
	if got := strings.Count(archive, "<time datetime="); got != issues {
		t.Errorf("the archive shows %d dates for %d issues", got, issues)
	}
	if got := strings.Count(archive, `class="card-summary"><p>`); got != issues {
		t.Errorf("the archive shows %d summaries for %d issues", got, issues)
	}
	if _, ok := tree["newsletter/page/2/index.html"]; ok {
		t.Error("the archive is split into pages")
	}
	// An issue with a description is summed up by it, not by its greeting.
	if strings.Contains(archive, "Hi there,") {
		t.Error("an issue's greeting is shown as its summary")
	}
}

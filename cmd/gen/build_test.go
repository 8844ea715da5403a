package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/testutil"
)

func TestBuildSampleSite(t *testing.T) {
	root := sampleSite(t)
	stdout, stderr, code := runGen(t, root, "build")
	if code != 0 {
		t.Fatalf("gen build exit %d\n%s", code, stderr)
	}
	if !regexp.MustCompile(`^built \d+ pages, \d+ feeds, \d+ emails? in \d+ ms\n$`).MatchString(stdout) {
		t.Errorf("summary line = %q", stdout)
	}
	tree := treeOf(t, filepath.Join(root, "public"))
	for _, want := range []string{"index.html", "404.html", "feed.xml", "atom.xml", "feed.json", "newsletter/feed.xml",
		"sitemap.xml", "robots.txt", "articles/index.html", "newsletter/index.html", "tags/index.html", "css/clarity.css"} {
		if _, ok := tree[want]; !ok {
			t.Errorf("public/ lacks %s", want)
		}
	}
	articles, issues := 0, 0
	for name := range tree {
		if strings.HasPrefix(name, "articles/") && strings.HasSuffix(name, "/index.html") && !strings.Contains(name, "/page/") && name != "articles/index.html" {
			articles++
		}
		if strings.HasPrefix(name, "newsletter/") && strings.HasSuffix(name, "/index.html") && !strings.Contains(name, "/page/") && name != "newsletter/index.html" {
			issues++
		}
		if strings.Contains(tree[name], "/_gen/") {
			t.Errorf("%s contains the dev server's script", name)
		}
	}
	if articles < 4 || issues < 4 {
		t.Errorf("sample site has %d articles and %d issues, want at least 4 each", articles, issues)
	}
	if _, ok := tree["articles/launch-announcement-draft/index.html"]; ok {
		t.Error("the draft was published without --drafts")
	}

	if !strings.Contains(stderr, "lint: 0 errors") {
		t.Errorf("no lint summary on stderr: %q", stderr)
	}

	// The sample draft is a deliberately pitch-heavy announcement: with
	// --drafts the build lints it, reports it and refuses to publish.
	_, stderr, code = runGen(t, root, "build", "--quiet", "--drafts")
	if code != 1 {
		t.Fatalf("build --drafts exit %d, want 1 (lint error in the draft)", code)
	}
	for _, want := range []string{"content/articles/launch-announcement-draft.md", "pitch-heavy", "we-centric", "missing-next-step", "not published"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("--drafts stderr lacks %q", want)
		}
	}
	if _, err := os.Stat(filepath.Join(root, "public/articles/launch-announcement-draft/index.html")); err == nil {
		t.Error("a build that failed lint published the draft")
	}
}

// TestBadInputLeavesPublicUntouched: each broken input fails with a
// positioned message and a hint, exit 1, and no change to public/.
func TestBadInputLeavesPublicUntouched(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "private.txt")
	if err := os.WriteFile(outside, []byte("not for the web"), 0o600); err != nil {
		t.Fatal(err)
	}
	// data "->PATH" makes the file a symbolic link to PATH.
	tests := []struct {
		name, file, data, where string
	}{
		{"malformed yaml", "content/articles/zz-bad.md", "---\ntitle: Bad\ndate: 2026-05-01\ntags: [a, b\n---\nBody.\n", "content/articles/zz-bad.md:4:7: "},
		{"malformed toml", "content/articles/zz-bad.md", "+++\ntitle = \"Bad\"\ndate = \n+++\nBody.\n", "content/articles/zz-bad.md:3:"},
		{"malformed json", "content/articles/zz-bad.md", "{\n\"title\": \"Bad\",\n\"date\": 2026-05-01\n}\n\nBody.\n", "content/articles/zz-bad.md:3:"},
		{"unclosed front matter", "content/articles/zz-bad.md", "---\ntitle: Bad\n\nBody.\n", "content/articles/zz-bad.md:1:1: "},
		{"missing title", "content/articles/zz-bad.md", "---\ndate: 2026-05-01\n---\nBody.\n", "content/articles/zz-bad.md:2:1: "},
		{"missing date", "content/articles/zz-bad.md", "---\ntitle: Bad\n---\nBody.\n", "content/articles/zz-bad.md:2:1: "},
		{"bad date", "content/articles/zz-bad.md", "---\ntitle: Bad\ndate: 2026-02-30\n---\nBody.\n", "content/articles/zz-bad.md:3:7: "},
		{"escaping slug", "content/articles/zz-bad.md", "---\ntitle: Bad\ndate: 2026-05-01\nslug: ../../../etc\n---\nBody.\n", "content/articles/zz-bad.md:4:7: "},
		{"duplicate url", "content/articles/zz-bad.md", "---\ntitle: Bad\ndate: 2026-05-01\nslug: readability-for-busy-readers\n---\n", "content/articles/zz-bad.md:4:7: URL /articles/readability-for-busy-readers/ is also the URL of content/articles/readability-for-busy-readers.md"},
		{"template error", "layouts/single.html", "{{ define \"main\" }}\n{{ .Page.Nope }}\n{{ end }}\n", "layouts/single.html:2:"},
		{"invalid utf-8", "content/articles/zz-bad.md", "---\ntitle: Caf\xe9\ndate: 2026-05-01\n---\n", "content/articles/zz-bad.md:2:11: "},
		{"unknown theme", "gen.toml", "title = \"x\"\nbaseURL = \"https://x.example/\"\ntheme = \"missing\"\n", "gen.toml:3:9: unknown theme"},
		{"static link out of the site", "static/private.txt", "->" + outside, "static/private.txt: symbolic link leads outside the site"},
		{"page link out of the site", "content/articles/private.md", "->" + outside, "content/articles/private.md: symbolic link leads outside the site"},
		{"bundle link out of the site", "content/articles/rewrite-a-pitchy-launch-email/private.txt", "->" + outside,
			"content/articles/rewrite-a-pitchy-launch-email/private.txt: symbolic link leads outside the site"},
	}
	root := sampleSite(t)
	if _, stderr, code := runGen(t, root, "build"); code != 0 {
		t.Fatalf("first build failed: %s", stderr)
	}
	before := treeOf(t, filepath.Join(root, "public"))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(root, filepath.FromSlash(tt.file))
			orig, readErr := os.ReadFile(path)
			if target, ok := strings.CutPrefix(tt.data, "->"); ok {
				os.MkdirAll(filepath.Dir(path), 0o755)
				if err := os.Symlink(target, path); err != nil {
					t.Skipf("symbolic links unavailable: %v", err)
				}
			} else {
				testutil.WriteFile(t, root, tt.file, tt.data)
			}
			defer func() {
				if readErr == nil {
					os.WriteFile(path, orig, 0o644)
				} else {
					os.Remove(path)
				}
			}()
			_, stderr, code := runGen(t, root, "build")
			if code != 1 {
				t.Errorf("exit %d, want 1\n%s", code, stderr)
			}
			if !hasLine(stderr, tt.where) || !strings.Contains(stderr, "hint:") {
				t.Errorf("stderr = %q, want a line starting %q and a hint", stderr, tt.where)
			}
			after := treeOf(t, filepath.Join(root, "public"))
			if len(after) != len(before) {
				t.Fatalf("public/ changed: %d files, was %d", len(after), len(before))
			}
			for k, v := range before {
				if after[k] != v {
					t.Fatalf("public/%s changed", k)
				}
			}
			entries, _ := os.ReadDir(root)
			for _, e := range entries {
				if strings.Contains(e.Name(), ".tmp-") {
					t.Errorf("temporary folder %s left behind", e.Name())
				}
			}
		})
	}
}

// TestDuplicateSlugNamesBothFiles builds two pages with one URL.
func TestDuplicateSlugNamesBothFiles(t *testing.T) {
	root := sampleSite(t)
	testutil.WriteFile(t, root, "content/articles/aa.md", "---\ntitle: A\ndate: 2026-05-01\nslug: twin\n---\nA.\n")
	testutil.WriteFile(t, root, "content/articles/bb.md", "---\ntitle: B\ndate: 2026-05-02\nslug: twin\n---\nB.\n")
	_, stderr, code := runGen(t, root, "build")
	if code != 1 || !strings.Contains(stderr, "content/articles/aa.md") || !strings.Contains(stderr, "content/articles/bb.md") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

func TestBuildFlagsAndExitCodes(t *testing.T) {
	root := sampleSite(t)
	if _, _, code := runGen(t, root, "build", "--no-such-flag"); code != 2 {
		t.Errorf("unknown flag: exit %d, want 2", code)
	}
	if _, stderr, code := runGen(t, t.TempDir(), "build"); code != 2 || !strings.Contains(stderr, "gen.toml") {
		t.Errorf("no config: exit %d, want 2 (%s)", code, stderr)
	}
	dest := filepath.Join(t.TempDir(), "out")
	stdout, _, code := runGen(t, root, "build", "--quiet", "--destination", dest, "--base-url", "https://preview.example/pr-1/")
	if code != 0 || stdout != "" {
		t.Fatalf("quiet build: exit %d, stdout %q", code, stdout)
	}
	sitemap, err := os.ReadFile(filepath.Join(dest, "sitemap.xml"))
	if err != nil || !strings.Contains(string(sitemap), "https://preview.example/pr-1/articles/") {
		t.Errorf("--base-url not applied to the sitemap: %v", err)
	}
}

// TestHTMLValid runs html-validate (standard and a11y presets) on every
// page of the sample site.
func TestHTMLValid(t *testing.T) {
	validator := requireTool(t, "html-validate")
	root := sampleSite(t)
	if _, stderr, code := runGen(t, root, "build"); code != 0 {
		t.Fatalf("build failed: %s", stderr)
	}
	var pages []string
	for name := range treeOf(t, filepath.Join(root, "public")) {
		if strings.HasSuffix(name, ".html") && !strings.HasPrefix(name, "email/") {
			pages = append(pages, filepath.Join("public", name))
		}
	}
	if len(pages) < 10 {
		t.Fatalf("only %d pages to validate", len(pages))
	}
	testutil.WriteFile(t, root, ".htmlvalidate.json", `{"extends": ["html-validate:standard", "html-validate:a11y"]}`)
	cmd := exec.Command(validator, append([]string{"--config", ".htmlvalidate.json"}, pages...)...)
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("html-validate found errors in %d pages:\n%s", len(pages), out)
	}
}

func TestNew(t *testing.T) {
	root := sampleSite(t)
	stdout, stderr, code := runGen(t, root, "new", "issue", "A fresh start: notes")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	rel := "content/newsletter/a-fresh-start-notes.md"
	if !strings.Contains(stdout, rel) {
		t.Errorf("stdout = %q", stdout)
	}
	data, err := os.ReadFile(filepath.Join(root, rel))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`title: "A fresh start: notes"`, "draft: true", "slug: a-fresh-start-notes", "issue: "} {
		if !strings.Contains(string(data), want) {
			t.Errorf("new issue lacks %q:\n%s", want, data)
		}
	}
	if _, _, code := runGen(t, root, "new", "issue", "A fresh start: notes"); code != 1 {
		t.Error("gen new overwrote an existing file")
	}
	if _, _, code := runGen(t, root, "new", "podcast", "x"); code != 2 {
		t.Error("unknown kind is not a usage error")
	}
	// The new draft loads and renders (lint may flag the placeholder text).
	if _, stderr, _ := runGen(t, root, "build", "--drafts", "--quiet"); strings.Contains(stderr, "a-fresh-start-notes.md:") && !strings.Contains(stderr, "lint") {
		t.Errorf("new draft does not build: %s", stderr)
	}
}

// TestBuildCache: gen build keeps .gen-cache/ and a warm build publishes
// the same files; --no-cache neither reads nor writes it.
func TestBuildCache(t *testing.T) {
	root := sampleSite(t)
	if _, stderr, code := runGen(t, root, "build", "--quiet", "--no-cache"); code != 0 {
		t.Fatalf("build --no-cache: exit %d\n%s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(root, ".gen-cache")); err == nil {
		t.Fatal("build --no-cache wrote .gen-cache/")
	}
	clean := treeOf(t, filepath.Join(root, "public"))
	for _, run := range []string{"cold", "warm"} {
		if _, stderr, code := runGen(t, root, "build", "--quiet"); code != 0 {
			t.Fatalf("%s build: exit %d\n%s", run, code, stderr)
		}
		if _, err := os.Stat(filepath.Join(root, ".gen-cache")); err != nil {
			t.Fatalf("%s build: no .gen-cache/: %v", run, err)
		}
		sameTree(t, run+" build's public/", clean, treeOf(t, filepath.Join(root, "public")))
	}
}

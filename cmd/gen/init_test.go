package main

import (
	"bufio"
	"bytes"
	"flag"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claritynotes/gen/internal/testutil"
)

var update = flag.Bool("update", false, "rewrite the repository's Pages workflow from gen init's template")

// TestInitWithOnlyTheBinary is a newcomer's first run: the gen binary
// alone in an empty folder, no themes/ anywhere near it, then
// gen init site && cd site && gen build && gen lint.
func TestInitWithOnlyTheBinary(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "gen")
	data, err := os.ReadFile(genBin)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	sh := exec.Command("sh", "-c", "gen init site --title 'Kind Notes' && cd site && gen build && gen lint")
	sh.Dir = dir
	sh.Env = append(os.Environ(), "PATH="+dir+string(os.PathListSeparator)+os.Getenv("PATH"), "GITHUB_ACTIONS=", "NO_COLOR=1")
	var stdout, stderr bytes.Buffer
	sh.Stdout, sh.Stderr = &stdout, &stderr
	if err := sh.Run(); err != nil {
		t.Fatalf("%v\nstdout:\n%s\nstderr:\n%s", err, stdout.String(), stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{`created the site "Kind Notes" in site`, "built 9 pages, 5 feeds, 1 email in ", "2 files linted: 0 errors, 0 warnings"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// The build's own lint summary is the only thing on stderr: no
	// warnings, no errors.
	if got := strings.TrimSpace(stderr.String()); !strings.HasPrefix(got, "lint: 0 errors, 0 warnings, 0 info in 2 pages") || strings.Contains(got, "\n") {
		t.Errorf("stderr:\n%s", got)
	}

	site := filepath.Join(dir, "site")
	if _, err := os.Stat(filepath.Join(dir, "themes")); err == nil {
		t.Error("gen init wrote a themes/ folder beside the site")
	}
	public := treeOf(t, filepath.Join(site, "public"))
	for _, want := range []string{"index.html", "404.html", "articles/start-here/index.html", "newsletter/welcome/index.html",
		"feed.xml", "atom.xml", "feed.json", "newsletter/feed.xml", "sitemap.xml", "css/clarity.css", "favicon.svg",
		"email/welcome/index.html"} {
		if _, ok := public[want]; !ok {
			t.Errorf("public/ lacks %s", want)
		}
	}
	// The newsletter tool's files are gen email's, never published.
	for _, export := range []string{"email/welcome/email.txt", "email/welcome/message.eml", "email/welcome/email.md"} {
		if _, ok := public[export]; ok {
			t.Errorf("public/ has %s, an export for the newsletter tool", export)
		}
	}
	if !strings.Contains(public["index.html"], "Kind Notes") {
		t.Error("the home page does not show the title given to gen init")
	}
	if !strings.Contains(public["articles/start-here/index.html"], "Your next step") {
		t.Error("the first article has no next step")
	}
	if !strings.Contains(public["email/welcome/index.html"], "Welcome, and what to expect") {
		t.Error("the first issue's email lacks its subject")
	}

	files := treeOf(t, site)
	if got := files[".gitignore"]; !strings.Contains(got, "public/\n") || !strings.Contains(got, ".gen-cache/\n") {
		t.Errorf(".gitignore = %q", got)
	}
	workflow := files[".github/workflows/pages.yml"]
	for _, want := range []string{"go install github.com/claritynotes/gen/cmd/gen@", "run: gen lint --format github", "gen build --base-url", "actions/deploy-pages", "uses: actions/cache@", "path: .gen-cache"} {
		if !strings.Contains(workflow, want) {
			t.Errorf("pages.yml lacks %q", want)
		}
	}
	if strings.Contains(workflow, "themes/") || strings.Contains(workflow, "git clone") {
		t.Error("pages.yml fetches more than gen")
	}
}

// TestInitRefusesAndKeeps: a folder with files in it is refused, and
// --force adds only what is missing.
func TestInitRefusesAndKeeps(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{"gen.toml": "title = 'Mine'\n", ".git/HEAD": "ref: refs/heads/main\n"})
	_, stderr, code := runGen(t, root, "init")
	if code != 2 || !strings.Contains(stderr, "is not empty (it has gen.toml)") || !strings.Contains(stderr, "--force") {
		t.Fatalf("init in a non-empty folder: exit %d\n%s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(root, "content")); err == nil {
		t.Fatal("a refused init wrote files")
	}
	stdout, stderr, code := runGen(t, root, "init", "--force")
	if code != 0 || !strings.Contains(stdout, "added 4 files to .; kept your gen.toml") {
		t.Fatalf("init --force: exit %d\n%s%s", code, stdout, stderr)
	}
	if got := treeOf(t, root)["gen.toml"]; got != "title = 'Mine'\n" {
		t.Errorf("init --force changed gen.toml to %q", got)
	}

	// Only .git in the folder: a fresh repository counts as empty.
	fresh := t.TempDir()
	writeFiles(t, fresh, map[string]string{".git/HEAD": "ref: refs/heads/main\n"})
	if _, stderr, code := runGen(t, fresh, "init", "--title", `Quote " and \ back`); code != 0 {
		t.Fatalf("init beside .git: exit %d\n%s", code, stderr)
	}
	if _, stderr, code := runGen(t, fresh, "build"); code != 0 {
		t.Fatalf("build of a site whose title needs escaping: exit %d\n%s", code, stderr)
	}
}

// TestRepositoryWorkflowIsInitTemplate keeps this repository's Pages
// workflow the same as the one gen init writes from a development build.
func TestRepositoryWorkflowIsInitTemplate(t *testing.T) {
	files, err := renderSkeleton(initValues{Title: "x", Tool: "generic", Version: "latest", Now: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	want := files[".github/workflows/pages.yml"]
	name := filepath.Join("..", "..", ".github", "workflows", "pages.yml")
	if *update {
		if err := os.WriteFile(name, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from gen init's workflow (go test ./cmd/gen -run Workflow -update rewrites it)", name)
	}
	released, _ := renderSkeleton(initValues{Title: "x", Tool: "generic", Version: "v1.4.0", Released: true, Now: time.Now()})
	if w := string(released[".github/workflows/pages.yml"]); !strings.Contains(w, "cmd/gen@v1.4.0\n") || strings.Contains(w, "@latest") {
		t.Errorf("a released gen does not pin itself:\n%s", w)
	}
}

// TestOverrideOneLayoutAndOneStatic: a site's own layout and static file
// replace the built-in ones; everything else still comes from gen.
func TestOverrideOneLayoutAndOneStatic(t *testing.T) {
	root := t.TempDir()
	if _, stderr, code := runGen(t, root, "init", "--tool", "buttondown"); code != 0 {
		t.Fatal(stderr)
	}
	// The footer's markup is in footer-nav.html, which footer.html runs
	// once per kind of page; a footer.html of the site's own with that
	// markup (ejected from an earlier gen) gets the page's data and works
	// too.
	footer, err := os.ReadFile(filepath.Join("..", "..", "themes", "clarity", "layouts", "partials", "footer-nav.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"footer-nav.html", "footer.html"} {
		writeFiles(t, root, map[string]string{
			"layouts/partials/" + name: strings.Replace(string(footer), "</footer>", "<p>site-footer-override</p></footer>", 1),
			"static/favicon.svg":       `<svg xmlns="http://www.w3.org/2000/svg"><title>site-icon-override</title></svg>`,
		})
		if _, stderr, code := runGen(t, root, "build"); code != 0 {
			t.Fatalf("build with %s: exit %d\n%s", name, code, stderr)
		}
		public := treeOf(t, filepath.Join(root, "public"))
		for _, page := range []string{"index.html", "articles/start-here/index.html"} {
			if !strings.Contains(public[page], "site-footer-override") {
				t.Errorf("%s does not use the site's %s", page, name)
			}
			if !strings.Contains(public[page], `class="site-header"`) {
				t.Errorf("%s lost the built-in header", page)
			}
		}
		if !strings.Contains(public["favicon.svg"], "site-icon-override") {
			t.Error("favicon.svg is not the site's")
		}
		// Minified on the way out, but still the built-in style sheet.
		if !strings.Contains(public["css/clarity.css"], ".site-header") {
			t.Error("css/clarity.css does not come from the built-in theme")
		}
		if !strings.Contains(public["email/welcome/index.html"], "<table") {
			t.Error("the email lost the built-in email layout")
		}
		if err := os.Remove(filepath.Join(root, "layouts", "partials", name)); err != nil {
			t.Fatal(err)
		}
	}
	testutil.WriteFile(t, root, "layouts/partials/footer.html", "{{ .Broken ")
	_, stderr, code := runGen(t, root, "build")
	if code != 1 || !strings.Contains(stderr, "layouts/partials/footer.html:1") {
		t.Errorf("a broken site layout: exit %d\n%s", code, stderr)
	}
}

// TestReleaseVersion: the workflow pins the version gen was released as,
// and falls back to @latest for a build that cannot be installed by version.
func TestReleaseVersion(t *testing.T) {
	defer func(v string) { version = v }(version)
	for _, tt := range []struct {
		linked, want string
		released     bool
	}{
		{"v1.2.3", "v1.2.3", true},
		{"1.2.3", "v1.2.3", true},
		{"v0.0.0-20261202143000-abcdef123456", "v0.0.0-20261202143000-abcdef123456", true},
		{"v1.2.3+dirty", "latest", false},
		{"nightly", "latest", false},
	} {
		version = tt.linked
		if got, released := releaseVersion(); got != tt.want || released != tt.released {
			t.Errorf("version %q: releaseVersion() = %q, %v; want %q, %v", tt.linked, got, released, tt.want, tt.released)
		}
	}
}

// TestInitThenServe: cd DIR && gen serve works on a new site, and a theme
// file the site adds while it runs (in layouts/, or in a themes/clarity/
// folder that did not exist) replaces the built-in one on the next build.
func TestInitThenServe(t *testing.T) {
	root := t.TempDir()
	if _, stderr, code := runGen(t, root, "init", "site"); code != 0 {
		t.Fatal(stderr)
	}
	site := filepath.Join(root, "site")
	cmd := exec.Command(genBin, "serve", "--port", "0")
	cmd.Dir = site
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		_ = cmd.Process.Signal(os.Interrupt)
		_ = cmd.Wait()
	}()
	urls := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if _, url, ok := strings.Cut(sc.Text(), " at "); ok && strings.HasPrefix(url, "http://") {
				urls <- strings.Fields(url)[0]
			}
		}
	}()
	var base string
	select {
	case base = <-urls:
	case <-time.After(60 * time.Second):
		t.Fatalf("gen serve did not start:\n%s", stderr.String())
	}
	get := func(path string) (int, string) {
		resp, err := http.Get(base + strings.TrimPrefix(path, "/"))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	for _, p := range []string{"/", "/articles/start-here/", "/newsletter/welcome/", "/css/clarity.css", "/feed.xml"} {
		if code, _ := get(p); code != 200 {
			t.Errorf("GET %s: %d", p, code)
		}
	}
	waitFor := func(what, path, want string) {
		t.Helper()
		for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(50 * time.Millisecond) {
			if _, body := get(path); strings.Contains(body, want) {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: %s never showed %q\n%s", what, path, want, stderr.String())
			}
		}
	}
	writeFiles(t, site, map[string]string{"layouts/404.html": `{{ define "main" }}<p>site-404-override</p>{{ end }}`})
	waitFor("a layout added to layouts/", "/404.html", "site-404-override")
	writeFiles(t, site, map[string]string{"themes/clarity/static/favicon.svg": "<svg><title>theme-folder-icon</title></svg>"})
	waitFor("a static file in a new themes/clarity/", "/favicon.svg", "theme-folder-icon")
}

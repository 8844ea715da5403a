package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestThemeEject copies built-in files into a site, refuses to overwrite
// without --force, and replaces (never follows) what is there with it.
func TestThemeEject(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{"gen.toml": "title = 'T'\nbaseURL = 'https://t.example/'\n"})
	builtin := func(rel string) string {
		b, err := os.ReadFile(filepath.Join("..", "..", "themes", "clarity", filepath.FromSlash(rel)))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	read := func(rel string) string {
		b, _ := os.ReadFile(filepath.Join(root, filepath.FromSlash(rel)))
		return string(b)
	}

	stdout, stderr, code := runGen(t, root, "theme", "eject", "layouts/single.html", "email/email.css")
	if code != 0 || !strings.Contains(stdout, "copied layouts/single.html\ncopied layouts/email/email.css\n2 files copied") {
		t.Fatalf("eject: exit %d\n%s%s", code, stdout, stderr)
	}
	if read("layouts/single.html") != builtin("layouts/single.html") || read("layouts/email/email.css") != builtin("email/email.css") {
		t.Fatal("ejected files differ from the built-in ones")
	}

	edited := "{{/* mine */}}"
	writeFiles(t, root, map[string]string{"layouts/single.html": edited})
	_, stderr, code = runGen(t, root, "theme", "eject", "layouts/single.html", "layouts/list.html")
	if code != 2 || !strings.Contains(stderr, "your site already has layouts/single.html; nothing was copied") || !strings.Contains(stderr, "--force") {
		t.Fatalf("eject over an edited file: exit %d\n%s", code, stderr)
	}
	if read("layouts/single.html") != edited {
		t.Fatal("eject without --force changed the site's file")
	}
	if _, err := os.Stat(filepath.Join(root, "layouts/list.html")); err == nil {
		t.Fatal("a refused eject copied the other file")
	}

	// A link in the way is replaced by the file, and its target untouched.
	outside := filepath.Join(t.TempDir(), "outside.html")
	if err := os.WriteFile(outside, []byte("outside"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(root, "layouts", "list.html")); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := runGen(t, root, "theme", "eject", "--force", "layouts/single.html", "layouts/list.html"); code != 0 {
		t.Fatalf("eject --force: exit %d\n%s", code, stderr)
	}
	if read("layouts/single.html") != builtin("layouts/single.html") || read("layouts/list.html") != builtin("layouts/list.html") {
		t.Error("eject --force did not restore the built-in files")
	}
	if b, _ := os.ReadFile(outside); string(b) != "outside" {
		t.Error("eject --force wrote through a symbolic link")
	}

	// A theme folder names the site folder that replaces it.
	stdout, stderr, code = runGen(t, root, "theme", "eject", "email", "--force")
	if code != 0 || !strings.Contains(stdout, "copied layouts/email/email.html\n") || !strings.Contains(stdout, "copied layouts/email/head.css\n") {
		t.Fatalf("eject email: exit %d\n%s%s", code, stdout, stderr)
	}

	// No FILE: every built-in file, once --force allows the ones already copied.
	stdout, stderr, code = runGen(t, root, "theme", "eject", "--force")
	if code != 0 {
		t.Fatalf("eject all: exit %d\n%s", code, stderr)
	}
	want := 0
	_ = filepath.WalkDir(filepath.Join("..", "..", "themes", "clarity"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			want++
		}
		return nil
	})
	if got := strings.Count(stdout, "copied "); got != want+1 || want < 10 {
		t.Errorf("eject all copied %d files, the theme has %d:\n%s", got-1, want, stdout)
	}
	if read("static/css/clarity.css") != builtin("static/css/clarity.css") || read("layouts/partials/footer.html") != builtin("layouts/partials/footer.html") {
		t.Error("eject all missed files")
	}
	if _, stderr, code := runGen(t, root, "build"); code != 0 {
		t.Errorf("build with every file ejected: exit %d\n%s", code, stderr)
	}
}

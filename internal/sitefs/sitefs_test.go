package sitefs

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestIsEditorTemp(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"content/articles/x.md", false},
		{"content/articles/4913", true},
		{"content/articles/x.md~", true},
		{"content/articles/.x.md.swp", true},
		{"content/articles/.x.md.swx", true},
		{"content/articles/x.md___jb_tmp___", true},
		{"content/articles/x.md___jb_old___", true},
		{"content/articles/#x.md#", true},
		{"content/articles/.#x.md", true},
		{"content/articles/x.md.bck", true},
		{"content/articles/x.md.tmp", true},
		{"static/.well-known/security.txt", false},
		{"content/#hashtag.md", false},
		{"layouts/_default/single.html", false},
		{"gen.toml", false},
	}
	for _, tt := range tests {
		if got := IsEditorTemp(tt.name); got != tt.want {
			t.Errorf("IsEditorTemp(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestCheckLink(t *testing.T) {
	outside := t.TempDir()
	secret := filepath.Join(outside, "secret.txt")
	if err := os.WriteFile(secret, []byte("private"), 0o600); err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	static := filepath.Join(root, "static")
	if err := os.MkdirAll(filepath.Join(static, "dir"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(static, "logo.svg"), []byte("<svg/>"), 0o644); err != nil {
		t.Fatal(err)
	}
	links := map[string]string{
		"inside.svg":   filepath.Join(static, "logo.svg"),
		"relative.svg": "logo.svg",
		"escape.txt":   secret,
		"dotdot.txt":   "../../" + filepath.Base(outside) + "/secret.txt",
		"dangling":     filepath.Join(static, "missing"),
		"folder":       filepath.Join(static, "dir"),
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(static, name)); err != nil {
			t.Skipf("symbolic links unavailable: %v", err)
		}
	}
	want := map[string]string{
		"logo.svg": "", "inside.svg": "", "relative.svg": "",
		"escape.txt": "outside the site", "dotdot.txt": "outside the site",
		"dangling": "leads nowhere", "folder": "to a folder",
	}
	entries, err := os.ReadDir(static)
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, d := range entries {
		w, ok := want[d.Name()]
		if !ok {
			continue
		}
		seen++
		err := CheckLink(root, filepath.Join(static, d.Name()), "static/"+d.Name(), fs.DirEntry(d))
		switch {
		case w == "" && err != nil:
			t.Errorf("%s: %v", d.Name(), err)
		case w != "" && (err == nil || !strings.Contains(err.Error(), w) || !strings.Contains(err.Error(), "static/"+d.Name())):
			t.Errorf("%s: got %v, want an error naming the file and saying %q", d.Name(), err, w)
		}
	}
	if seen != len(want) {
		t.Errorf("checked %d entries, want %d", seen, len(want))
	}
}

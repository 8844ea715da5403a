package sitefs

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	outside := filepath.Join(t.TempDir(), "outside.txt")
	if err := os.WriteFile(outside, []byte("theirs"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		setup func(path string) // what is at the path before
	}{
		{"new.txt", func(string) {}},
		{"old.txt", func(p string) { _ = os.WriteFile(p, []byte("an older, longer text"), 0o600) }},
		{"link.txt", func(p string) { _ = os.Symlink(outside, p) }},
	}
	for _, tt := range tests {
		p := filepath.Join(dir, tt.name)
		tt.setup(p)
		if err := WriteFile(p, []byte("new")); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		st, err := os.Lstat(p)
		if err != nil {
			t.Fatal(err)
		}
		if !st.Mode().IsRegular() || st.Mode().Perm() != 0o644 {
			t.Errorf("%s: mode %v, want a regular file, 0644", tt.name, st.Mode())
		}
		if b, _ := os.ReadFile(p); string(b) != "new" {
			t.Errorf("%s: holds %q, want %q", tt.name, b, "new")
		}
	}
	if b, _ := os.ReadFile(outside); string(b) != "theirs" {
		t.Errorf("the file a link pointed at was written: %q", b)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != len(tests) {
		t.Errorf("%d files in the folder, want %d: a temporary file was left", len(entries), len(tests))
	}
	for _, e := range entries {
		if IsEditorTemp(e.Name()) {
			t.Errorf("temporary %s left behind", e.Name())
		}
	}
}

func TestCreateFile(t *testing.T) {
	dir := t.TempDir()
	outside := filepath.Join(t.TempDir(), "outside.txt")
	if err := os.WriteFile(outside, []byte("theirs"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "mine.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "folder.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		created bool
		want    string // what the path then holds ("" for the folder)
	}{
		{"new.txt", true, "new"},
		{"mine.txt", false, "mine"},
		{"link.txt", false, "theirs"},
		{"folder.txt", false, ""},
	} {
		p := filepath.Join(dir, tc.name)
		created, err := CreateFile(p, []byte("new"))
		if err != nil || created != tc.created {
			t.Errorf("%s: created %v, %v; want %v", tc.name, created, err, tc.created)
		}
		if tc.want != "" {
			if b, _ := os.ReadFile(p); string(b) != tc.want {
				t.Errorf("%s holds %q, want %q", tc.name, b, tc.want)
			}
		}
	}
	if b, _ := os.ReadFile(outside); string(b) != "theirs" {
		t.Errorf("the file a link pointed at was written: %q", b)
	}
}

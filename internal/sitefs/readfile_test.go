package sitefs

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	body := strings.Repeat("Reply to this email. ", 500)
	tests := []struct {
		name, path string
		want       string
		tooLarge   bool
		fails      bool
	}{
		{"whole file", write("a.md", body), body, false, false},
		{"empty", write("empty.md", ""), "", false, false},
		{"over the limit", write("big.md", body+body), "", true, true},
		{"folder", dir, "", false, true},
		{"missing", filepath.Join(dir, "nope.md"), "", false, true},
	}
	for _, tt := range tests {
		got, err := ReadFile(tt.path, int64(len(body)+1), nil)
		var big *FileTooLargeError
		switch {
		case (err != nil) != tt.fails:
			t.Errorf("%s: err = %v", tt.name, err)
		case errors.As(err, &big) != tt.tooLarge:
			t.Errorf("%s: too-large error = %v", tt.name, err)
		case err == nil && string(got) != tt.want:
			t.Errorf("%s: read %d bytes, want %d", tt.name, len(got), len(tt.want))
		}
	}
}

// TestReadFileReusesMemory: a file that fits is read into the buffer given,
// a larger one into new memory.
func TestReadFileReusesMemory(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.md")
	if err := os.WriteFile(p, []byte("Reply to this email."), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, size := range []int{64, 8} {
		buf := make([]byte, 3, size)
		got, err := ReadFile(p, 1<<20, buf)
		if err != nil || string(got) != "Reply to this email." {
			t.Fatalf("cap %d: %q, %v", size, got, err)
		}
		if reused := &got[:1][0] == &buf[:1][0]; reused != (size == 64) {
			t.Errorf("cap %d: buffer reused = %v", size, reused)
		}
	}
}

package lint

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
		got, err := ReadFile(tt.path, int64(len(body)+1))
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

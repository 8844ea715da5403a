package output

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestClaimExportFolder(t *testing.T) {
	root := site(t)
	mine := filepath.Join(root, "email")
	if err := ClaimExportFolder(root, mine); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(mine, Marker)); err != nil {
		t.Fatalf("no marker: %v", err)
	}
	// A second run writes into its own folder again.
	if err := os.WriteFile(filepath.Join(mine, "index.html"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := ClaimExportFolder(root, mine); err != nil {
		t.Errorf("own folder refused: %v", err)
	}

	foreign := filepath.Join(t.TempDir(), "email")
	if err := os.MkdirAll(foreign, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(foreign, "notes.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := ClaimExportFolder(root, foreign)
	if !errors.Is(err, ErrRefused) || !strings.Contains(err.Error(), "--out") {
		t.Errorf("someone's folder: %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(foreign, "notes.txt")); string(b) != "mine" {
		t.Error("a refused folder was changed")
	}
	if _, err := os.Stat(filepath.Join(foreign, Marker)); err == nil {
		t.Error("a refused folder got the marker")
	}

	if err := ClaimExportFolder(root, filepath.Join(root, "content", "email")); !errors.Is(err, ErrRefused) {
		t.Errorf("inside content/: %v", err)
	}
}

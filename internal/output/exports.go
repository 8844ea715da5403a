package output

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/claritynotes/gen/internal/diag"
)

// exportMarkerText is the marker of a folder of exports (gen email's
// files for newsletter tools), which gen writes file by file.
const exportMarkerText = "This folder is written by gen email, which replaces the files it writes here on every run.\n"

// ClaimExportFolder makes dir ready for gen to write files into without
// replacing the folder: gen email's exports beside public/. It refuses a
// folder that is, contains or lies inside the site's own files, and an
// existing, non-empty folder without the marker, which may be someone's
// work; otherwise it creates dir and writes the marker.
func ClaimExportFolder(root, dir string) error {
	if err := CheckDestination(root, dir); err != nil {
		var d *diag.Error
		if errors.As(err, &d) {
			c := *d
			c.Hint = "choose another folder with --out"
			return &c
		}
		return err
	}
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return err
	case len(entries) > 0:
		if m, err := os.Lstat(filepath.Join(dir, Marker)); err != nil || !m.Mode().IsRegular() {
			return refused(dir, "choose a new or empty folder with --out",
				"already exists and was not written by gen (it has no %s file): gen email would replace files in it", Marker)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, Marker), []byte(exportMarkerText), 0o644)
}

package sitefs

import (
	"errors"
	"os"
	"path/filepath"
)

// WriteFile writes data to name whole: into a temporary file beside it,
// renamed over name once complete, so a reader (gen serve's watcher, a
// newsletter tool's import) never sees half a file and an interrupted gen
// leaves the old file as it was. The temporary name ends in .tmp, which
// IsEditorTemp leaves out of the site. A symbolic link at name is
// replaced, not followed, so nothing outside the folder is written.
func WriteFile(name string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*.tmp")
	if err != nil {
		return err
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	err = errors.Join(werr, cerr)
	if err == nil {
		// CreateTemp makes the file private (0600); the site's files are
		// as readable as any other file written there.
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), name)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

package sitefs

import (
	"errors"
	"io/fs"
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

// CreateFile writes data to name, which must not exist yet, and reports
// false without touching anything when something (a file, a folder, a
// symbolic link) is already there: gen init and gen new never overwrite
// a user's file. A write that fails removes the file it began, so a
// retry does not find half a file in its way.
func CreateFile(name string, data []byte) (created bool, err error) {
	// O_EXCL also refuses a symbolic link, so nothing outside is written.
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	_, werr := f.Write(data)
	if err := errors.Join(werr, f.Close()); err != nil {
		os.Remove(name)
		return false, err
	}
	return true, nil
}

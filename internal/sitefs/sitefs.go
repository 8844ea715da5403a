// Package sitefs decides which files on disk belong to a site: an editor's
// scratch files never do, and neither does anything a symbolic link
// reaches outside the site root (gen build and gen serve publish only the
// site's own files). ReadFile reads a site's file with the fewest system
// calls. WriteFile writes a file into the site whole, through a temporary
// file those rules leave out; CreateFile writes one only where there is
// none yet.
package sitefs

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/claritynotes/gen/internal/diag"
)

// IsEditorTemp reports whether a file name is an editor's scratch file
// written while saving, or a swap, lock or backup file. Such files never
// change the site: the real file's own change follows.
func IsEditorTemp(name string) bool {
	name = path.Base(filepath.ToSlash(name))
	switch {
	case name == "4913": // vim probes whether it may create files in the folder
		return true
	case strings.HasSuffix(name, "~"): // vim and emacs backups
		return true
	case strings.HasSuffix(name, ".swp"), strings.HasSuffix(name, ".swx"), strings.HasSuffix(name, ".swo"):
		return true // vim swap files
	case strings.HasSuffix(name, "___jb_tmp___"), strings.HasSuffix(name, "___jb_old___"):
		return true // JetBrains safe write
	case strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#") && len(name) > 1:
		return true // emacs auto-save
	case strings.HasPrefix(name, ".#"): // emacs lock link
		return true
	case strings.HasSuffix(name, ".bck"): // Helix backup
		return true
	case strings.HasSuffix(name, ".tmp"): // atomic saves of several editors
		return true
	case name == ".DS_Store", name == "Thumbs.db":
		return true
	}
	return false
}

// CheckLink checks a directory entry met while walking a site: a symbolic
// link must lead to a file inside root. rel names the entry in messages
// (site-relative). Entries that are not links pass unchecked.
func CheckLink(root, abs, rel string, d fs.DirEntry) error {
	if d.Type()&fs.ModeSymlink == 0 {
		return nil
	}
	bad := func(msg, hint string) error {
		return &diag.Error{Path: filepath.ToSlash(rel), Msg: msg, Hint: hint}
	}
	target, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return bad("symbolic link leads nowhere", "fix or delete the link")
	}
	realRoot, err := filepath.EvalSymlinks(root)
	if err != nil {
		return err
	}
	if r, err := filepath.Rel(realRoot, target); err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return bad(fmt.Sprintf("symbolic link leads outside the site (to %s)", target),
			"gen publishes only files inside the site: copy the file into the site instead")
	}
	st, err := os.Stat(target)
	if err != nil {
		return err
	}
	if st.IsDir() {
		return bad("symbolic link to a folder", "gen does not follow linked folders: link the files, or copy the folder")
	}
	return nil
}

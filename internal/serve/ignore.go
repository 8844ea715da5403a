package serve

import (
	"path"
	"strings"
)

// skippedDirs are folders never watched: build output, caches, VCS data and
// dependencies. They would only cause rebuild loops or wasted watches.
var skippedDirs = map[string]bool{
	".git":         true,
	".hg":          true,
	".svn":         true,
	".gen-cache":   true,
	"node_modules": true,
	"public":       true,
}

// isEditorTemp reports whether a file name is an editor's scratch file
// written while saving (or a swap or lock file), which never changes the site
// on its own: the real file's own event follows.
func isEditorTemp(name string) bool {
	name = path.Base(name)
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
	case name == ".DS_Store", name == "Thumbs.db":
		return true
	}
	return false
}

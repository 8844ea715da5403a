package output

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claritynotes/gen/internal/diag"
)

// Marker is the file gen writes into every folder it publishes. A folder
// that has it was made by gen, so replacing it loses nothing gen cannot
// write again; a folder without it may hold someone's work.
const Marker = ".gen-output"

// markerText is the marker's content: it tells a reader what the folder is.
const markerText = "This folder is written by gen build, which replaces all of it on every build.\n"

// ErrRefused marks a destination gen will not publish to; the error says
// why and how to choose another.
var ErrRefused = errors.New("destination refused")

// sourceDirs are the folders that hold a site's own files (and its
// history): publishing into one would replace them with the output.
var sourceDirs = []string{"content", "layouts", "static", "themes", ".git"}

// CheckDestination reports why publishing the site at root to dest would
// destroy something gen did not write: dest is the site root, contains
// it, lies inside a folder gen reads, or is a file. It follows symbolic
// links and compares folders by identity, so neither a link nor a
// case-insensitive file system hides a match.
func CheckDestination(root, dest string) error {
	rootInfo, err := os.Stat(root)
	if err != nil {
		return fmt.Errorf("site root %s: %w", root, err)
	}
	dest = filepath.Clean(dest)
	absDest, err := filepath.Abs(dest)
	if err != nil {
		return err
	}
	const hint = "publish to a folder of its own: leave out --destination for public/, or name a new folder such as --destination ../site-out"
	destInfo, destErr := os.Stat(absDest)
	if destErr == nil {
		if os.SameFile(destInfo, rootInfo) {
			return refused(dest, hint, "is the site root: publishing there would replace gen.toml, content/ and themes/ with the built site")
		}
		if isOrUnder(filepath.Clean(root), destInfo) {
			return refused(dest, hint, "contains the site (%s): publishing there would replace the site's own files", root)
		}
		if !destInfo.IsDir() {
			return refused(dest, hint, "is a file, not a folder: publishing there would replace it with a folder")
		}
	}
	for _, name := range sourceDirs {
		src, err := os.Stat(filepath.Join(root, name))
		if err != nil {
			continue
		}
		if isOrUnder(absDest, src) {
			return refused(dest, hint, "is inside the site's %s/ folder: publishing there would replace the site's own files", name)
		}
	}
	return nil
}

// isOrUnder reports whether dir is folder or lies inside it: whether dir
// or one of its parents is folder, compared by identity (os.SameFile), so
// links and letter case do not hide it.
func isOrUnder(dir string, folder os.FileInfo) bool {
	for {
		if info, err := os.Stat(dir); err == nil && os.SameFile(info, folder) {
			return true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return false
		}
		dir = parent
	}
}

func refused(dest, hint, format string, args ...any) error {
	return &diag.Error{Path: dest, Msg: fmt.Sprintf(format, args...), Hint: hint, Err: ErrRefused}
}

// checkOwned refuses to replace an existing folder that gen did not
// write, unless force. A folder is gen's when it holds the marker, is
// empty, or looks like the output of a gen older than the marker.
func checkOwned(dest string, files map[string][]byte, force bool) error {
	info, err := os.Stat(dest)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if !info.IsDir() {
		return refused(dest, "choose a folder with --destination", "is a file, not a folder: publishing there would replace it with a folder")
	}
	if m, err := os.Lstat(filepath.Join(dest, Marker)); err == nil && m.Mode().IsRegular() {
		return nil
	}
	entries, err := os.ReadDir(dest)
	if err != nil {
		return err
	}
	if len(entries) == 0 || force {
		return nil
	}
	foreign := foreignEntries(entries, files)
	if len(foreign) == 0 {
		return nil
	}
	if len(foreign) > 3 {
		foreign = append(foreign[:3], "…")
	}
	return refused(dest, "choose a new or empty folder with --destination, or pass --force to replace this one",
		"already exists and was not written by gen (it has no %s file): publishing would delete what is in it, such as %s",
		Marker, strings.Join(foreign, ", "))
}

// foreignEntries lists the entries of an existing folder that show it is
// not the output of an earlier gen, which wrote no marker. Such a folder
// holds the files every build writes (index.html, sitemap.xml,
// robots.txt) and nothing at its top level that this build would not
// write there too. When it is not such a folder, everything counts.
func foreignEntries(entries []fs.DirEntry, files map[string][]byte) []string {
	top := map[string]bool{}
	for name := range files {
		first, _, _ := strings.Cut(name, "/")
		top[first] = true
	}
	var foreign, all []string
	have := map[string]bool{}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() {
			name += "/"
		}
		all = append(all, name)
		have[e.Name()] = true
		if !top[e.Name()] {
			foreign = append(foreign, name)
		}
	}
	for _, sign := range []string{"index.html", "sitemap.xml", "robots.txt"} {
		if !have[sign] || !top[sign] {
			foreign = all
			break
		}
	}
	sort.Strings(foreign)
	return foreign
}

// relName is a file's path inside the destination, for messages: never
// the temporary folder's.
func relName(root, p string) string {
	if rel, err := filepath.Rel(root, p); err == nil && filepath.IsLocal(rel) {
		return path.Clean(filepath.ToSlash(rel))
	}
	return p
}

//go:build !linux

package output

import (
	"io/fs"
	"os"
	"path/filepath"
)

// stampOf is a file's stamp: its size and modification time, the facts
// every system reports.
func stampOf(info fs.FileInfo, sum Sum) Stamp {
	return Stamp{Sum: sum, Size: info.Size(), Mod: info.ModTime().UnixNano()}
}

// folder is the destination while a build checks it: here, its path.
type folder struct{ path string }

func openFolder(dir string) *folder { return &folder{dir} }

func (f *folder) close() {}

// lstat stamps name (slash-separated, "." for the folder itself) without
// following a last symbolic link, and reports whether it is a regular
// file or a folder.
func (f *folder) lstat(name string) (st Stamp, regular, dir bool, err error) {
	return lstatPath(filepath.Join(f.path, filepath.FromSlash(name)))
}

// is reports whether path still names the folder f was opened on.
func (f *folder) is(path string) bool { return filepath.Clean(path) == filepath.Clean(f.path) }

// stat stamps name (slash-separated) as os.Stat sees it.
func (f *folder) stat(name string) (Stamp, error) {
	info, err := os.Stat(filepath.Join(f.path, filepath.FromSlash(name)))
	if err != nil {
		return Stamp{}, err
	}
	return stampOf(info, Sum{}), nil
}

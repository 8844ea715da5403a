package output

import (
	"io/fs"
	"syscall"

	"golang.org/x/sys/unix"
)

// stampOf is a file's stamp: with the status change time and inode, which
// no write, rename over or metadata change leaves as they were.
func stampOf(info fs.FileInfo, sum Sum) Stamp {
	st := Stamp{Sum: sum, Size: info.Size(), Mod: info.ModTime().UnixNano()}
	if sys, ok := info.Sys().(*syscall.Stat_t); ok {
		st.Change = sys.Ctim.Nano()
		st.Inode = sys.Ino
	}
	return st
}

// folder is the destination, opened once while a build checks it: each
// of its tens of thousands of files and folders is then looked up by its
// name under it, rather than by a path the kernel walks from the root.
type folder struct{ fd int }

func openFolder(dir string) *folder {
	fd, err := unix.Open(dir, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil
	}
	return &folder{fd}
}

func (f *folder) close() { unix.Close(f.fd) }

// lstat stamps name (slash-separated, "." for the folder itself) without
// following a last symbolic link, and reports whether it is a regular
// file or a folder.
func (f *folder) lstat(name string) (st Stamp, regular, dir bool, err error) {
	var sys unix.Stat_t
	for {
		if err = unix.Fstatat(f.fd, name, &sys, unix.AT_SYMLINK_NOFOLLOW); err != unix.EINTR {
			break
		}
	}
	if err != nil {
		return Stamp{}, false, false, err
	}
	st = Stamp{Size: sys.Size, Mod: sys.Mtim.Nano(), Change: sys.Ctim.Nano(), Inode: sys.Ino}
	kind := sys.Mode & unix.S_IFMT
	return st, kind == unix.S_IFREG, kind == unix.S_IFDIR, nil
}

// is reports whether path still names the folder f was opened on (it was
// not moved or replaced since).
func (f *folder) is(path string) bool {
	var a, b unix.Stat_t
	return unix.Fstat(f.fd, &a) == nil && unix.Lstat(path, &b) == nil && a.Dev == b.Dev && a.Ino == b.Ino
}

// stat stamps name (slash-separated) as os.Stat sees it, following
// symbolic links.
func (f *folder) stat(name string) (Stamp, error) {
	var sys unix.Stat_t
	var err error
	for {
		if err = unix.Fstatat(f.fd, name, &sys, 0); err != unix.EINTR {
			break
		}
	}
	if err != nil {
		return Stamp{}, err
	}
	return Stamp{Size: sys.Size, Mod: sys.Mtim.Nano(), Change: sys.Ctim.Nano(), Inode: sys.Ino}, nil
}

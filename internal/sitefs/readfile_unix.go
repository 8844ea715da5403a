//go:build unix

package sitefs

import (
	"io/fs"
	"syscall"
)

// readFile reads with plain system calls: open, fstat, read to EOF, close.
// os.ReadFile also registers every file with the runtime's network poller
// (four fcntl calls and an epoll_ctl that fails for regular files), which
// doubles the system calls and dominated the cost of reading thousands of
// small files.
func readFile(path string, limit int64, buf []byte) ([]byte, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return nil, &fs.PathError{Op: "stat", Path: path, Err: err}
	}
	if st.Mode&syscall.S_IFMT == syscall.S_IFDIR {
		return nil, &fs.PathError{Op: "read", Path: path, Err: syscall.EISDIR}
	}
	if st.Size > limit {
		return nil, &FileTooLargeError{Path: path, Size: st.Size, Limit: limit}
	}
	// The file is read up to the size fstat gave (a file still being
	// written is linted as it was then), which saves the read that would
	// only say EOF; files that report no size (pipes, /proc) are read to
	// EOF, in case they grow past the limit.
	if int64(cap(buf)) <= st.Size {
		buf = make([]byte, 0, st.Size+1)
	}
	for {
		if len(buf) == cap(buf) {
			if int64(len(buf)) > limit {
				return nil, &FileTooLargeError{Path: path, Size: int64(len(buf)), Limit: limit}
			}
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := syscall.Read(fd, buf[len(buf):cap(buf)])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &fs.PathError{Op: "read", Path: path, Err: err}
		}
		if n <= 0 {
			return buf, nil
		}
		buf = buf[:len(buf)+n]
		if st.Size > 0 && int64(len(buf)) == st.Size {
			return buf, nil
		}
	}
}

package output

import (
	"io/fs"
	"syscall"
)

// writeNew makes the file p, which must not exist, holding data. A build
// writes a file per page: through the system calls themselves, a file
// costs an open, a write and a close, where an *os.File would add four
// more to try it with the poller, which a regular file is never ready for.
func writeNew(p string, data []byte) error {
	var fd int
	err := ignoringEINTR(func() (err error) {
		fd, err = syscall.Open(p, syscall.O_WRONLY|syscall.O_CREAT|syscall.O_EXCL|syscall.O_CLOEXEC, 0o644)
		return err
	})
	if err != nil {
		return &fs.PathError{Op: "open", Path: p, Err: err}
	}
	for len(data) > 0 && err == nil {
		var n int
		err = ignoringEINTR(func() (err error) {
			n, err = syscall.Write(fd, data)
			return err
		})
		if err == nil && n == 0 {
			err = syscall.EIO // a write that makes no progress would loop forever
		}
		data = data[max(n, 0):]
	}
	cerr := syscall.Close(fd)
	switch {
	case err != nil:
		return &fs.PathError{Op: "write", Path: p, Err: err}
	case cerr != nil:
		return &fs.PathError{Op: "close", Path: p, Err: cerr}
	}
	return nil
}

func ignoringEINTR(fn func() error) error {
	for {
		if err := fn(); err != syscall.EINTR {
			return err
		}
	}
}

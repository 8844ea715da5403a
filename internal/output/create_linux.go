package output

import (
	"io/fs"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

// writeNew makes the file p, which must not exist, holding data. A build
// writes a file per page: through the system calls themselves, a file
// costs an open, a write and a close, where an *os.File would add four
// more to try it with the poller, which a regular file is never ready for.
func writeNew(p string, data []byte) error {
	return writeFile(p, data, false)
}

// writeFile is writeNew, through raw system calls when raw is set (see
// fileCalls).
func writeFile(p string, data []byte, raw bool) error {
	var fd int
	err := ignoringEINTR(func() (err error) {
		fd, err = openNew(p, raw)
		return err
	})
	if err != nil {
		return &fs.PathError{Op: "open", Path: p, Err: err}
	}
	for len(data) > 0 && err == nil {
		var n int
		err = ignoringEINTR(func() (err error) {
			n, err = write(fd, data, raw)
			return err
		})
		if err == nil && n == 0 {
			err = syscall.EIO // a write that makes no progress would loop forever
		}
		data = data[max(n, 0):]
	}
	cerr := closeFile(fd, raw)
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

// fileCalls is how a stage's writer makes its folders and files.
//
// The writer makes a build's files one after another in one goroutine.
// Through syscall.Syscall, a call that lasts longer than the Go
// scheduler's tick (20µs, as most creations do) lets the scheduler give
// the writer's processor to a render goroutine; when the call returns the
// writer waits for a processor again, and the build pays a thread switch
// or two per file. Yet a creation on a local disk is work for the
// processor, not a wait: the kernel fills in an inode and a folder entry
// and copies the bytes into its cache, and the disk is written later. So
// the writer makes these calls raw, keeping its processor as it would
// while computing.
//
// A file system whose calls wait (a network one, a full journal, the
// kernel holding back writers of a slow disk) must not hold a processor
// idle, nor keep the garbage collector from stopping the world: once
// more than one call in slowShare of a round of callRound took longer
// than slowCall, the stage's calls go through the scheduler again. A
// busy machine that preempts the writer now and then makes a call slow
// far less often than that.
type fileCalls struct {
	// blocking is set once a round had too many slow calls; calls and
	// slow count the round under way. They are shared with goroutines
	// other than the writer (see linkKept).
	blocking    atomic.Bool
	calls, slow atomic.Int32
}

const (
	slowCall  = 200 * time.Microsecond
	callRound = 64
	slowShare = 8
)

// mkdir makes the folder p.
func (c *fileCalls) mkdir(p string) error {
	if c.blocking.Load() {
		return mkdirFolder(p, false)
	}
	start := time.Now()
	err := mkdirFolder(p, true)
	c.timed(start)
	return err
}

// writeNew makes the file p, which must not exist, holding data.
func (c *fileCalls) writeNew(p string, data []byte) error {
	if c.blocking.Load() {
		return writeFile(p, data, false)
	}
	start := time.Now()
	err := writeFile(p, data, true)
	c.timed(start)
	return err
}

// timed counts a raw call begun at start.
func (c *fileCalls) timed(start time.Time) {
	if time.Since(start) > slowCall {
		c.slow.Add(1)
	}
	if c.calls.Add(1)%callRound == 0 && c.slow.Swap(0) > callRound/slowShare {
		c.blocking.Store(true)
	}
}

// atCWD is unix.AT_FDCWD as a system call's argument: the paths are
// absolute, or relative to the working folder as os would take them.
var atCWD = func() uintptr { fd := unix.AT_FDCWD; return uintptr(fd) }()

func mkdirFolder(p string, raw bool) error {
	err := ignoringEINTR(func() error {
		if !raw {
			return syscall.Mkdir(p, 0o755)
		}
		b, err := syscall.BytePtrFromString(p)
		if err != nil {
			return err
		}
		if _, _, e := syscall.RawSyscall(syscall.SYS_MKDIRAT, atCWD, uintptr(unsafe.Pointer(b)), 0o755); e != 0 {
			return e
		}
		return nil
	})
	if err != nil {
		return &fs.PathError{Op: "mkdir", Path: p, Err: err}
	}
	return nil
}

func openNew(p string, raw bool) (int, error) {
	const flags = syscall.O_WRONLY | syscall.O_CREAT | syscall.O_EXCL | syscall.O_CLOEXEC
	if !raw {
		return syscall.Open(p, flags, 0o644)
	}
	b, err := syscall.BytePtrFromString(p)
	if err != nil {
		return -1, err
	}
	fd, _, e := syscall.RawSyscall6(syscall.SYS_OPENAT, atCWD, uintptr(unsafe.Pointer(b)), flags, 0o644, 0, 0)
	if e != 0 {
		return -1, e
	}
	return int(fd), nil
}

func write(fd int, data []byte, raw bool) (int, error) {
	if !raw {
		return syscall.Write(fd, data)
	}
	n, _, e := syscall.RawSyscall(syscall.SYS_WRITE, uintptr(fd), uintptr(unsafe.Pointer(unsafe.SliceData(data))), uintptr(len(data)))
	if e != 0 {
		return -1, e
	}
	return int(n), nil
}

func closeFile(fd int, raw bool) error {
	if !raw {
		return syscall.Close(fd)
	}
	// Not retried on EINTR, as syscall.Close is not: the descriptor is
	// gone either way.
	if _, _, e := syscall.RawSyscall(syscall.SYS_CLOSE, uintptr(fd), 0, 0); e != 0 {
		return e
	}
	return nil
}

//go:build unix

package output

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// tryLock takes an exclusive flock on path without waiting. The kernel
// drops the lock when its holder exits, however it exits, so a lock file
// left by a killed build never blocks the next one: it is simply locked
// again.
func tryLock(path string, holder []byte) (func(), error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB); err != nil {
		if errors.Is(err, unix.ENOLCK) || errors.Is(err, unix.EOPNOTSUPP) || errors.Is(err, unix.ENOSYS) {
			// A file system without locks (some network mounts) must not
			// stop every build: publish unlocked, as before locks existed.
			f.Close()
			return func() { os.Remove(path) }, nil
		}
		f.Close()
		if errors.Is(err, unix.EWOULDBLOCK) {
			return nil, errBusy
		}
		return nil, err
	}
	// The previous holder removes the file before it unlocks; a lock on a
	// removed file guards nothing, since the next build makes a new one.
	locked, err1 := f.Stat()
	current, err2 := os.Stat(path)
	if err1 != nil || err2 != nil || !os.SameFile(locked, current) {
		f.Close()
		return nil, errLockMoved
	}
	if err := f.Truncate(0); err == nil {
		_, _ = f.WriteAt(holder, 0)
	}
	return func() {
		os.Remove(path)
		f.Close()
	}, nil
}

//go:build !unix

package output

import (
	"errors"
	"io/fs"
	"os"
	"time"
)

// staleLock is the age after which a lock file is taken to be left by a
// build that was killed: without flock, a dead holder cannot be told
// from a slow one any sooner.
const staleLock = DefaultLockWait

// tryLock creates path exclusively; a lock file older than staleLock is
// removed and the lock tried again.
func tryLock(path string, holder []byte) (func(), error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		if info, err := os.Stat(path); err == nil && time.Since(info.ModTime()) > staleLock {
			os.Remove(path)
			return nil, errLockMoved
		}
		return nil, errBusy
	}
	if err != nil {
		return nil, err
	}
	_, _ = f.Write(holder)
	f.Close()
	return func() { os.Remove(path) }, nil
}

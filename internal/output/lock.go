package output

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/claritynotes/gen/internal/diag"
)

// ErrLocked marks a publish that gave up waiting for another build of
// the same destination.
var ErrLocked = errors.New("destination locked by another build")

// DefaultLockWait is how long a publish waits for another build that is
// publishing to the same destination. Publishing only writes files that
// are already rendered, so a holder that takes longer is stuck.
const DefaultLockWait = 5 * time.Minute

// lockPoll is how often a waiting build tries the lock again.
const lockPoll = 100 * time.Millisecond

// errLockMoved means the lock file was removed or replaced between
// opening and locking it: its holder released it, so try again.
var errLockMoved = errors.New("lock file replaced while locking")

// LockPath is the lock file of a destination: beside it, since the
// destination itself is swapped out by every publish.
func LockPath(dest string) string {
	dest = filepath.Clean(dest)
	return filepath.Join(filepath.Dir(dest), "."+filepath.Base(dest)+".lock")
}

// Lock takes dest's lock, as Publish does, waiting up to wait while
// another build holds it; waiting (if set) is called once with a
// description of the holder. The returned func releases the lock and
// removes the file.
func Lock(ctx context.Context, dest string, wait time.Duration, waiting func(holder string)) (func(), error) {
	path := LockPath(dest)
	deadline := time.Now().Add(wait)
	told := false
	for {
		release, err := tryLock(path, holderText())
		switch {
		case err == nil:
			return release, nil
		case errors.Is(err, errLockMoved):
			continue
		case !errors.Is(err, errBusy):
			return nil, &diag.Error{Path: path, Msg: fmt.Sprintf("cannot lock the destination: %v", err),
				Hint: "gen needs to create this file beside the destination; check the folder's permissions", Err: err}
		}
		holder := describeHolder(path)
		if !told && waiting != nil {
			waiting(holder)
			told = true
		}
		if !time.Now().Before(deadline) {
			return nil, &diag.Error{Path: dest, Err: ErrLocked,
				Msg:  fmt.Sprintf("another gen build (%s) is still publishing here after %s", holder, wait.Round(time.Second)),
				Hint: fmt.Sprintf("wait for it to finish or stop it, then build again; %s is its lock", path)}
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(lockPoll):
		}
	}
}

// errBusy means another live process holds the lock.
var errBusy = errors.New("lock held by another build")

// holderText is what the lock file says about its holder.
func holderText() []byte {
	host, _ := os.Hostname()
	return fmt.Appendf(nil, "pid %d\nhost %s\nstarted %s\n", os.Getpid(), host, time.Now().UTC().Format(time.RFC3339))
}

// describeHolder summarises a lock file for messages: "pid 123, started …".
func describeHolder(path string) string {
	data, err := os.ReadFile(path)
	if err != nil || len(bytes.TrimSpace(data)) == 0 {
		return "starting up"
	}
	var parts []string
	for line := range strings.Lines(string(data)) {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "pid ") || strings.HasPrefix(line, "started ") {
			parts = append(parts, line)
		}
	}
	return strings.Join(parts, ", ")
}

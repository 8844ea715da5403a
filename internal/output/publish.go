package output

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/parallel"
)

// Options tune Publish.
type Options struct {
	// Force replaces an existing folder that gen did not write.
	Force bool
	// LockWait is how long to wait for another build publishing to the
	// same destination; zero means DefaultLockWait.
	LockWait time.Duration
	// Waiting, when set, is called once when another build holds the
	// destination's lock, with a description of that build.
	Waiting func(holder string)
	// Journal, when set, is the file (outside the destination) where a
	// staged build records an in-place publish while it runs; without
	// it every publish swaps in a whole new folder.
	Journal string
}

// Publish writes files (slash-separated paths → bytes) as the new content
// of dest, with the Marker file beside them. It renders into a temporary
// folder beside dest and swaps it in only when every file is written, so
// either the new site is in place and the error is nil, or the previous
// dest is untouched and the error says why. The returned warnings name
// what could not be tidied up afterwards (the previous site's files).
//
// Publishing takes a lock beside dest: a second publish to the same dest
// waits for the first. Temporary folders of builds that were killed are
// removed under the lock, where no other build can be writing them.
func Publish(ctx context.Context, dest string, files map[string][]byte, opts Options) (warnings []string, err error) {
	dest = filepath.Clean(dest)
	if _, ok := files[Marker]; ok {
		return nil, &diag.Error{Path: dest, Msg: fmt.Sprintf("refusing to publish a file named %s: gen writes that file itself", Marker)}
	}
	st, err := Begin(ctx, dest, opts)
	if err != nil {
		return nil, err
	}
	defer st.Abort()
	if !st.owned {
		top := map[string]bool{}
		for name := range files {
			first, _, _ := strings.Cut(name, "/")
			top[first] = true
		}
		if err := checkOwned(dest, top, opts.Force); err != nil {
			return st.Warnings(), err
		}
	}
	if err := writeAll(ctx, st, files); err != nil {
		if ctx.Err() != nil {
			return st.Warnings(), ctx.Err()
		}
		return st.Warnings(), &diag.Error{Path: dest, Msg: err.Error(), Err: err}
	}
	st.NoManifest()
	_, warnings, err = st.Commit(ctx)
	return warnings, err
}

// removeLeftovers deletes the temporary folders of builds that were
// killed before they could clean up (SIGKILL, power loss). It runs under
// the destination's lock, so no running build owns any of them.
func removeLeftovers(parent, prefix string) []string {
	entries, _ := os.ReadDir(parent)
	var warnings []string
	for _, e := range entries {
		if !e.IsDir() || !isTemporary(e.Name(), prefix) {
			continue
		}
		p := filepath.Join(parent, e.Name())
		if err := os.RemoveAll(p); err != nil {
			warnings = append(warnings, fmt.Sprintf("%s: cannot remove this folder left by an earlier build: %v", p, unwrapPath(err)))
		}
	}
	return warnings
}

// isTemporary reports whether name is one of the folders Publish makes
// beside the destination: prefix, MkdirTemp's random digits, and ".old"
// for a previous site moved aside. Nothing else there is removed.
func isTemporary(name, prefix string) bool {
	rest, ok := strings.CutPrefix(name, prefix)
	rest = strings.TrimSuffix(rest, ".old")
	if !ok || rest == "" {
		return false
	}
	for _, r := range rest {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// unwrapPath drops the path from a file system error, so a message names
// the file as the user knows it, not as a temporary folder.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// writeAll writes the files into the stage in parallel.
func writeAll(ctx context.Context, st *Stage, files map[string][]byte) error {
	names := make([]string, 0, len(files))
	for name := range files {
		if !filepath.IsLocal(filepath.FromSlash(name)) {
			return fmt.Errorf("refusing to write %q outside the destination", name)
		}
		names = append(names, name)
	}
	sort.Strings(names)
	// Writes block in system calls, so more writers than processors.
	return parallel.For(ctx, len(names), parallel.IO(), func(i int) error {
		_, err := st.Write(names[i], files[names[i]])
		return err
	})
}

// swap replaces dest by tmp. On Linux the two folders are exchanged
// atomically; where that is unsupported, dest is moved aside first and
// moved back if the new site cannot take its place. An error means dest
// holds the previous site. Otherwise old is the folder that now holds the
// previous site ("" when there was none), for the caller to remove with
// removeOld: once the new site is in place nothing can fail.
func swap(tmp, dest string) (old string, err error) {
	if _, err := os.Lstat(dest); errors.Is(err, os.ErrNotExist) {
		if err := os.Rename(tmp, dest); err != nil {
			return "", fmt.Errorf("cannot move the new site into place: %w", unwrapPath(err))
		}
		return "", nil
	}
	old = tmp // after the exchange, tmp holds the previous site
	if err := exchange(tmp, dest); errors.Is(err, errors.ErrUnsupported) {
		old = strings.TrimSuffix(tmp, string(filepath.Separator)) + ".old"
		if err := os.Rename(dest, old); err != nil {
			return "", fmt.Errorf("cannot move the previous site aside: %w", unwrapPath(err))
		}
		if err := os.Rename(tmp, dest); err != nil {
			if back := os.Rename(old, dest); back != nil {
				return "", fmt.Errorf("cannot move the new site into place (%v), nor the previous one back: it is in %s", unwrapPath(err), old)
			}
			return "", fmt.Errorf("cannot move the new site into place: %w", unwrapPath(err))
		}
	} else if err != nil {
		return "", fmt.Errorf("cannot swap the new site in: %w", unwrapPath(err))
	}
	return old, nil
}

// removeOld removes the previous site that swap moved to old, if any. A
// previous site that cannot be removed is reported in the returned
// warnings; the next build removes it (see removeLeftovers).
func removeOld(old string) []string {
	if old == "" {
		return nil
	}
	if err := removeTree(old); err != nil {
		return []string{fmt.Sprintf("%s: the new site is published, but the previous one could not be removed from here (%v); the next build removes it", old, unwrapPath(err))}
	}
	return nil
}

// removeTree removes a folder and everything in it, its subfolders in
// parallel: a previous site of 10,000 folders takes seconds one by one.
func removeTree(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return os.RemoveAll(dir)
	}
	parallel.For(context.Background(), len(entries), parallel.IO(), func(i int) error {
		os.RemoveAll(filepath.Join(dir, entries[i].Name()))
		return nil
	})
	return os.RemoveAll(dir)
}

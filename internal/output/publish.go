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
	parent := filepath.Dir(dest)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, &diag.Error{Path: dest, Msg: fmt.Sprintf("cannot create the folder that holds it: %v", unwrapPath(err)), Err: err}
	}
	wait := opts.LockWait
	if wait <= 0 {
		wait = DefaultLockWait
	}
	unlock, err := Lock(ctx, dest, wait, opts.Waiting)
	if err != nil {
		return nil, err
	}
	defer unlock()
	prefix := "." + filepath.Base(dest) + ".tmp-"
	warnings = removeLeftovers(parent, prefix)
	if err := checkOwned(dest, files, opts.Force); err != nil {
		return warnings, err
	}
	tmp, err := os.MkdirTemp(parent, prefix)
	if err != nil {
		return warnings, &diag.Error{Path: dest, Msg: fmt.Sprintf("cannot create a temporary folder beside it: %v", unwrapPath(err)), Err: err}
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	if err := os.Chmod(tmp, 0o755); err != nil {
		return warnings, &diag.Error{Path: dest, Msg: fmt.Sprintf("cannot prepare a temporary folder beside it: %v", unwrapPath(err)), Err: err}
	}
	if err := writeAll(ctx, tmp, files); err != nil {
		if ctx.Err() != nil {
			return warnings, ctx.Err()
		}
		return warnings, &diag.Error{Path: dest, Msg: err.Error(), Err: err}
	}
	if err := os.WriteFile(filepath.Join(tmp, Marker), []byte(markerText), 0o644); err != nil {
		return warnings, &diag.Error{Path: dest, Msg: fmt.Sprintf("cannot write %s: %v", Marker, unwrapPath(err)), Err: err}
	}
	if err := ctx.Err(); err != nil {
		return warnings, err
	}
	left, err := swap(tmp, dest)
	if err != nil {
		return warnings, &diag.Error{Path: dest, Msg: err.Error(), Err: err,
			Hint: "the previous site is still in place; fix the cause and build again"}
	}
	return append(warnings, left...), nil
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

// writeAll writes the files in parallel, creating folders first.
func writeAll(ctx context.Context, root string, files map[string][]byte) error {
	names := make([]string, 0, len(files))
	dirs := map[string]bool{}
	for name := range files {
		if !filepath.IsLocal(filepath.FromSlash(name)) {
			return fmt.Errorf("refusing to write %q outside the destination", name)
		}
		names = append(names, name)
		dirs[filepath.Dir(filepath.Join(root, filepath.FromSlash(name)))] = true
	}
	sortedDirs := make([]string, 0, len(dirs))
	for d := range dirs {
		sortedDirs = append(sortedDirs, d)
	}
	sort.Strings(sortedDirs)
	for _, d := range sortedDirs {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return fmt.Errorf("cannot create folder %s: %w", relName(root, d), unwrapPath(err))
		}
	}
	// Writes block in system calls, so more writers than processors.
	return parallel.For(ctx, len(names), parallel.IO(), func(i int) error {
		name := names[i]
		if err := os.WriteFile(filepath.Join(root, filepath.FromSlash(name)), files[name], 0o644); err != nil {
			return fmt.Errorf("cannot write %s: %w", name, unwrapPath(err))
		}
		return nil
	})
}

// swap replaces dest by tmp. On Linux the two folders are exchanged
// atomically; where that is unsupported, dest is moved aside first and
// moved back if the new site cannot take its place. An error means dest
// holds the previous site. Once the new site is in place nothing can
// fail: a previous site that cannot be removed is reported in the
// returned warnings and removed by the next build.
func swap(tmp, dest string) (warnings []string, err error) {
	if _, err := os.Lstat(dest); errors.Is(err, os.ErrNotExist) {
		if err := os.Rename(tmp, dest); err != nil {
			return nil, fmt.Errorf("cannot move the new site into place: %w", unwrapPath(err))
		}
		return nil, nil
	}
	old := tmp // after the exchange, tmp holds the previous site
	if err := exchange(tmp, dest); errors.Is(err, errors.ErrUnsupported) {
		old = strings.TrimSuffix(tmp, string(filepath.Separator)) + ".old"
		if err := os.Rename(dest, old); err != nil {
			return nil, fmt.Errorf("cannot move the previous site aside: %w", unwrapPath(err))
		}
		if err := os.Rename(tmp, dest); err != nil {
			if back := os.Rename(old, dest); back != nil {
				return nil, fmt.Errorf("cannot move the new site into place (%v), nor the previous one back: it is in %s", unwrapPath(err), old)
			}
			return nil, fmt.Errorf("cannot move the new site into place: %w", unwrapPath(err))
		}
	} else if err != nil {
		return nil, fmt.Errorf("cannot swap the new site in: %w", unwrapPath(err))
	}
	if err := os.RemoveAll(old); err != nil {
		return []string{fmt.Sprintf("%s: the new site is published, but the previous one could not be removed from here (%v); the next build removes it", old, unwrapPath(err))}, nil
	}
	return nil, nil
}

package output

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
)

// Publish writes files (slash-separated paths → bytes) as the new content
// of dest. It renders into a temporary folder beside dest and swaps it in
// only when every file is written, so a failed or cancelled publish leaves
// the previous dest byte-for-byte untouched and no temporary folder behind.
func Publish(ctx context.Context, dest string, files map[string][]byte) (err error) {
	dest = filepath.Clean(dest)
	parent := filepath.Dir(dest)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", parent, err)
	}
	prefix := "." + filepath.Base(dest) + ".tmp-"
	removeStale(parent, prefix)
	tmp, err := os.MkdirTemp(parent, prefix)
	if err != nil {
		return fmt.Errorf("create temporary folder beside %s: %w", dest, err)
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	if err := writeAll(ctx, tmp, files); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return swap(tmp, dest)
}

// staleAfter is how old a temporary folder must be before a later build
// removes it: old enough that no build can still be writing it.
const staleAfter = time.Hour

// removeStale deletes temporary folders left by builds that were killed
// before they could clean up (SIGKILL, power loss).
func removeStale(parent, prefix string) {
	entries, _ := os.ReadDir(parent)
	for _, e := range entries {
		if !e.IsDir() || !strings.HasPrefix(e.Name(), prefix) {
			continue
		}
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > staleAfter {
			os.RemoveAll(filepath.Join(parent, e.Name()))
		}
	}
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
			return err
		}
	}
	work := make(chan string)
	errc := make(chan error, 1)
	var wg sync.WaitGroup
	for range 4 * runtime.GOMAXPROCS(0) { // writes block in syscalls; keep CPUs busy
		wg.Add(1)
		go func() {
			defer wg.Done()
			for name := range work {
				if err := os.WriteFile(filepath.Join(root, filepath.FromSlash(name)), files[name], 0o644); err != nil {
					select {
					case errc <- err:
					default:
					}
				}
			}
		}()
	}
	var err error
loop:
	for _, name := range names {
		select {
		case <-ctx.Done():
			err = ctx.Err()
			break loop
		case err = <-errc:
			break loop
		case work <- name:
		}
	}
	close(work)
	wg.Wait()
	if err == nil {
		select {
		case err = <-errc:
		default:
		}
	}
	return err
}

// swap replaces dest by tmp. On Linux the two folders are exchanged
// atomically; elsewhere dest is moved aside first.
func swap(tmp, dest string) error {
	if _, err := os.Lstat(dest); errors.Is(err, os.ErrNotExist) {
		return os.Rename(tmp, dest)
	}
	if err := exchange(tmp, dest); err == nil {
		return os.RemoveAll(tmp) // tmp now holds the old site
	}
	old := strings.TrimSuffix(tmp, string(filepath.Separator)) + ".old"
	if err := os.Rename(dest, old); err != nil {
		return fmt.Errorf("move old %s aside: %w", dest, err)
	}
	if err := os.Rename(tmp, dest); err != nil {
		_ = os.Rename(old, dest)
		return fmt.Errorf("move new site into %s: %w", dest, err)
	}
	return os.RemoveAll(old)
}

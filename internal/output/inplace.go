package output

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/claritynotes/gen/internal/parallel"
)

// Publishing in place.
//
// Swapping in a whole new folder costs a folder and a link for every
// file of the site, and removing the previous one as much again: seconds
// for 10,000 pages when one page changed. So when the destination is
// exactly as gen's manifest records it, Commit changes it in place
// instead: the files this build made anew were staged in the temporary
// folder like any build's, and each is renamed over the previous one (a
// reader sees the old file or the new, never part of one); files the
// site no longer has are deleted, and folders that deleting emptied.
// Files kept as they are never leave the destination.
//
// "Exactly as recorded" means: gen's marker is there, every folder has
// the modification time, change time and inode it had when gen last
// published (adding or removing anything in a folder changes them, so a
// file someone dropped in is seen), and every file this build replaces
// or deletes has its recorded stamp. Anything else, and the whole site is
// swapped in as a new folder, as the first build of a site does: a hand
// edit where gen owns a file is replaced and a file gen did not write is
// dropped, as the marker file says.
//
// A journal in the build cache records the changes while they are made.
// A build that finds one (the publish was interrupted: the site may be
// part old, part new) publishes the whole site by a swap, then removes
// it.

// dirKey is a folder's entry in a manifest: its path with a slash, "./"
// for the destination itself. File names never end with a slash.
func dirKey(dir string) string { return dir + "/" }

func isDirKey(name string) bool { return strings.HasSuffix(name, "/") }

// parentDirs lists the folders holding name, innermost first, the
// destination itself (".") last.
func parentDirs(name string) []string {
	var out []string
	for d := path.Dir(name); ; d = path.Dir(d) {
		out = append(out, d)
		if d == "." {
			return out
		}
	}
}

// intact reports whether the destination is as the previous manifest
// records it: no journal of an interrupted publish, and every recorded
// folder unchanged.
//
// The recorded files are checked in the same pass, while the build
// loads its pages, rather than each when a job takes it: those that are
// no longer as recorded go in stale, and reuse, publishing in place,
// looks there instead of stamping the file again. A file changed by
// hand during the build may thus be kept; a check at the job would only
// have narrowed that window, not closed it (the file may change after
// the job too).
func (s *Stage) intact() bool {
	if s.journal == "" {
		return false
	}
	if _, err := os.Lstat(s.journal); !errors.Is(err, fs.ErrNotExist) {
		return false
	}
	if _, ok := s.prev[dirKey(".")]; !ok {
		return false // a manifest that records no folders
	}
	// The names and stamps are listed once, so the workers below do not
	// look each of tens of thousands of names up again.
	names := make([]string, 0, len(s.prev))
	stamps := make([]Stamp, 0, len(s.prev))
	s.prevFiles = 0
	for name, st := range s.prev {
		names = append(names, name)
		stamps = append(stamps, st)
		if !isDirKey(name) {
			s.prevFiles++
		}
	}
	stale := make([]bool, len(names))
	changed := parallel.For(context.Background(), len(names), parallel.IO(), func(i int) error {
		name := names[i]
		if !isDirKey(name) {
			stale[i] = !s.matches(name, stamps[i])
			return nil
		}
		st, _, dir, err := s.lstat(name[:len(name)-1])
		if err != nil || !dir || st != stamps[i] {
			return errChanged
		}
		return nil
	})
	if changed != nil {
		return false
	}
	s.stale = map[string]bool{}
	for i, name := range names {
		if stale[i] {
			s.stale[name] = true
		}
	}
	return true
}

var errChanged = errors.New("the destination changed")

// unchanged reports whether the destination's file name, recorded with
// stamp st, may be taken as it is: as intact found it, publishing in
// place, or else as it is now.
func (s *Stage) unchanged(name string, st Stamp) bool {
	if s.inPlace {
		return !s.stale[name]
	}
	return s.matches(name, st)
}

// matches reports whether the destination's file name still has the
// recorded stamp st.
func (s *Stage) matches(name string, st Stamp) bool {
	now, regular, _, err := s.lstat(name)
	now.Sum = st.Sum
	return err == nil && regular && now == st
}

// lstat stamps the destination's file or folder name (without a hash),
// through the open destination while there is one, and reports whether
// it is a regular file or a folder.
func (s *Stage) lstat(name string) (st Stamp, regular, dir bool, err error) {
	if s.dir != nil {
		return s.dir.lstat(name)
	}
	return lstatPath(filepath.Join(s.dest, filepath.FromSlash(name)))
}

// lstatPath is Stage.lstat of a path.
func lstatPath(path string) (st Stamp, regular, dir bool, err error) {
	info, err := os.Lstat(path)
	if err != nil {
		return Stamp{}, false, false, err
	}
	return stampOf(info, Sum{}), info.Mode().IsRegular(), info.IsDir(), nil
}

// applyInPlace publishes the staged files into the destination in place.
// It reports false, having changed nothing, when the destination is not
// as recorded; an error means the publish stopped part way, with the
// journal left for the next build.
func (s *Stage) applyInPlace() (Manifest, bool, error) {
	var written, removed []string
	stay := len(s.kept) // files of the previous site in the new one
	for name := range s.written {
		_, placed := s.files[name] // not when writing it failed
		if _, ok := s.kept[name]; !ok && placed {
			written = append(written, name)
			if _, ok := s.prev[name]; ok {
				stay++
			}
		}
	}
	// Every file placed is kept or written, so when as many of them
	// were the previous site's as it had files, none of those is gone.
	if stay != s.prevFiles {
		for name := range s.prev {
			if _, ok := s.files[name]; !ok && !isDirKey(name) {
				removed = append(removed, name)
			}
		}
	}
	slices.Sort(written)
	slices.Sort(removed)
	// Nothing gen did not write is replaced or deleted, and a new file
	// has its place free: no file where it or one of its folders goes.
	for _, name := range removed {
		if !s.matches(name, s.prev[name]) {
			return nil, false, nil
		}
	}
	for _, name := range written {
		if st, ok := s.prev[name]; ok {
			if !s.matches(name, st) {
				return nil, false, nil
			}
			continue
		}
		if _, err := os.Lstat(filepath.Join(s.dest, filepath.FromSlash(name))); !errors.Is(err, fs.ErrNotExist) {
			return nil, false, nil
		}
		for _, d := range parentDirs(name) {
			info, err := os.Lstat(filepath.Join(s.dest, filepath.FromSlash(d)))
			if err == nil {
				if !info.IsDir() {
					return nil, false, nil
				}
				break
			}
			if !errors.Is(err, fs.ErrNotExist) {
				return nil, false, nil
			}
		}
	}
	if len(written) == 0 && len(removed) == 0 {
		return s.prev, true, nil
	}
	if err := s.writeJournal(written, removed); err != nil {
		return nil, false, nil // no journal, no in-place change: swap
	}
	touched := map[string]bool{}
	for _, name := range removed {
		if err := os.Remove(filepath.Join(s.dest, filepath.FromSlash(name))); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, false, fmt.Errorf("cannot delete %s: %w", name, unwrapPath(err))
		}
		for _, d := range parentDirs(name) {
			touched[d] = true
		}
	}
	// Folders that deleting emptied go too, deepest first; one still
	// holding something is left.
	emptied := make([]string, 0, len(touched))
	for d := range touched {
		if d != "." {
			emptied = append(emptied, d)
		}
	}
	slices.SortFunc(emptied, func(a, b string) int { return strings.Count(b, "/") - strings.Count(a, "/") })
	for _, d := range emptied {
		os.Remove(filepath.Join(s.dest, filepath.FromSlash(d)))
	}
	for _, name := range written {
		to := filepath.Join(s.dest, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
			return nil, false, fmt.Errorf("cannot create the folder of %s: %w", name, unwrapPath(err))
		}
		if err := os.Rename(filepath.Join(s.tmp, filepath.FromSlash(name)), to); err != nil {
			return nil, false, fmt.Errorf("cannot move %s into place: %w", name, unwrapPath(err))
		}
		for _, d := range parentDirs(name) {
			touched[d] = true
		}
	}
	// The new manifest is the previous one (its folders, and the files
	// kept with the stamps they had) without the files deleted; the
	// previous one is not needed any more.
	m := s.prev
	s.prev = nil
	for _, name := range removed {
		delete(m, name)
	}
	// The files moved in and every folder whose entries changed are
	// stamped as they are now; one that cannot be read is left out, and
	// the next build swaps.
	for _, name := range written {
		delete(m, name)
		if info, err := os.Lstat(filepath.Join(s.dest, filepath.FromSlash(name))); err == nil && info.Mode().IsRegular() {
			m[name] = stampOf(info, s.files[name])
		}
	}
	for d := range touched {
		delete(m, dirKey(d))
		if info, err := os.Lstat(filepath.Join(s.dest, filepath.FromSlash(d))); err == nil && info.IsDir() {
			m[dirKey(d)] = stampOf(info, Sum{})
		}
	}
	if err := os.Remove(s.journal); err != nil {
		s.warnings = append(s.warnings, fmt.Sprintf("%s: cannot remove the journal of this publish (%v); the next build publishes the whole site again", s.journal, unwrapPath(err)))
	}
	return m, true, nil
}

// writeJournal records the changes an in-place publish is about to make,
// durably, before it makes any.
func (s *Stage) writeJournal(written, removed []string) error {
	if err := os.MkdirAll(filepath.Dir(s.journal), 0o755); err != nil {
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "gen build is publishing into %s in place; if this file is still here, that was interrupted and the next build publishes the whole site again.\n", s.dest)
	for _, name := range removed {
		fmt.Fprintf(&b, "delete %q\n", name)
	}
	for _, name := range written {
		fmt.Fprintf(&b, "replace %q\n", name)
	}
	f, err := os.Create(s.journal)
	if err != nil {
		return err
	}
	_, err = f.WriteString(b.String())
	if serr := f.Sync(); err == nil {
		err = serr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(s.journal)
	}
	return err
}

// linkKept places the kept files in the temporary folder, as Reuse does
// for a build that swaps, when publishing in place turned out not to be
// possible. A file changed since it was kept is taken only if its bytes
// are still the ones the build wants.
func (s *Stage) linkKept() error {
	names := make([]string, 0, len(s.kept))
	for name := range s.kept {
		names = append(names, name)
	}
	s.inPlace = false
	return parallel.For(context.Background(), len(names), parallel.IO(), func(i int) error {
		name := names[i]
		p, err := s.path(name)
		if err != nil {
			return err
		}
		if err := s.mkdir(p); err != nil {
			return err
		}
		old := filepath.Join(s.dest, filepath.FromSlash(name))
		if s.matches(name, s.kept[name]) && os.Link(old, p) == nil {
			return nil
		}
		data, err := os.ReadFile(old)
		if err != nil || Sum(sha256.Sum256(data)) != s.files[name] {
			return fmt.Errorf("%s changed while the site was built; build again", name)
		}
		return create(p, data)
	})
}

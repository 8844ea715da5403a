package output

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/parallel"
)

// Sum is the SHA-256 of an output file's bytes.
type Sum [sha256.Size]byte

// Stamp is what a published file was, as recorded right after gen put it
// in place: its content's hash, and the file system facts that change
// whenever anyone writes it (size, modification and change times, inode).
// A later build trusts a file of the previous site only when all of them
// are still the same, so a file edited by hand is made afresh.
type Stamp struct {
	Sum  Sum
	Size int64
	// Mod and Change are the modification and status change times in
	// nanoseconds; Inode the file's number (0 where unknown).
	Mod, Change int64
	Inode       uint64
}

// FileStamp is the stamp of a file as info describes it, without a
// hash: what a cache compares to tell whether a file may have changed.
func FileStamp(info fs.FileInfo) Stamp { return stampOf(info, Sum{}) }

// Manifest maps each file of a published site (slash-separated) to its
// stamp. A build keeps it (in its cache) to take unchanged files from the
// previous site instead of writing them again.
type Manifest map[string]Stamp

// Stage is a publish in progress: the files of a new site are written
// into a temporary folder beside the destination as they are made, and
// Commit swaps the folder in as Publish does. Files unchanged since the
// previous site are linked from it rather than written. The destination's
// lock is held from Begin to Commit or Abort, so no other build removes
// the temporary folder or publishes meanwhile.
//
// Write and Reuse may be called concurrently; the files are made by the
// stage's writer (see run), in the order they were asked for.
type Stage struct {
	dest, tmp string
	force     bool
	unlock    func()
	warnings  []string
	// owned is true when dest holds gen's marker: only then may its
	// files be reused.
	owned bool
	prev  Manifest
	// journal is the file that records an in-place publish while it
	// runs (Options.Journal); inPlace is true when the destination is
	// still exactly as the previous build left it, so unchanged files
	// stay where they are rather than being linked into tmp (see
	// Commit).
	journal string
	inPlace bool
	// dir is the destination, open from Previous to Commit or Abort for
	// the checks of its files; nil when it could not be opened.
	dir *folder
	// noManifest spares Commit stamping every file of a site whose
	// record nobody keeps (see NoManifest).
	noManifest bool

	mu    sync.Mutex
	dirs  map[string]bool // folders made in tmp
	files map[string]Sum  // every file placed, with its hash
	// kept are the files of the destination this build keeps as they
	// are, with their stamps, while inPlace: they are not in tmp.
	kept map[string]Stamp
	// written are the names Write put in tmp (some may be kept since),
	// and prevFiles the number of files in prev: with them, Commit
	// finds what changed without going through every file of the site.
	written   map[string]bool
	prevFiles int
	// stale are the files of prev that intact found changed since they
	// were recorded, publishing in place.
	stale map[string]bool

	// life is held for reading by every Write and Reuse and for writing
	// by Commit and Abort, so a file is never written into a folder
	// being swapped in or removed; done is set by either.
	life sync.RWMutex
	done bool

	w writer
}

// errFinished is what Write reports once the stage was committed or
// aborted (a build interrupted while its jobs still run).
var errFinished = errors.New("the build was stopped")

// Begin takes dest's lock, removes the temporary folders of killed builds
// and makes a new one. The folder gen would replace is checked now when
// it is gen's or empty; a folder that might be a gen output without the
// marker is judged at Commit, once the new site's files are known.
func Begin(ctx context.Context, dest string, opts Options) (*Stage, error) {
	dest = filepath.Clean(dest)
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
	s := &Stage{dest: dest, force: opts.Force, unlock: unlock, journal: opts.Journal,
		dirs: map[string]bool{}, files: map[string]Sum{}, kept: map[string]Stamp{}, written: map[string]bool{}}
	prefix := "." + filepath.Base(dest) + ".tmp-"
	s.warnings = removeLeftovers(parent, prefix)
	info, err := os.Stat(dest)
	switch {
	case err == nil && !info.IsDir():
		unlock()
		return nil, refused(dest, "choose a folder with --destination", "is a file, not a folder: publishing there would replace it with a folder")
	case err == nil:
		m, err := os.Lstat(filepath.Join(dest, Marker))
		s.owned = err == nil && m.Mode().IsRegular()
	case !errors.Is(err, fs.ErrNotExist):
		unlock()
		return nil, &diag.Error{Path: dest, Msg: fmt.Sprintf("cannot read it: %v", unwrapPath(err)), Err: err}
	}
	tmp, err := os.MkdirTemp(parent, prefix)
	if err == nil {
		err = os.Chmod(tmp, 0o755)
	}
	if err != nil {
		if tmp != "" {
			os.RemoveAll(tmp)
		}
		unlock()
		return nil, &diag.Error{Path: dest, Msg: fmt.Sprintf("cannot create a temporary folder beside it: %v", unwrapPath(err)), Err: err}
	}
	s.tmp = tmp
	s.dirs[tmp] = true
	s.w.init()
	go s.run()
	return s, nil
}

// Previous gives the stage the manifest of the site now in the
// destination, so Reuse can take unchanged files from it. It is ignored
// when the destination is not gen's. When the destination is exactly as
// the manifest records it (see intact), the stage publishes in place.
func (s *Stage) Previous(m Manifest) {
	if !s.owned {
		return
	}
	s.life.RLock()
	defer s.life.RUnlock()
	if s.done {
		return
	}
	if m != nil {
		s.dir = openFolder(s.dest)
	}
	s.prev = m
	s.inPlace = m != nil && s.intact()
	// The new site has about the files of the previous one: room for
	// them at once, rather than growing the tables file by file. The
	// manifest records folders too, about as many as files in a site of
	// a folder per page; intact counted the files.
	files := len(m)
	if s.inPlace {
		files = s.prevFiles
	}
	s.mu.Lock()
	if len(s.files) == 0 {
		s.files = make(map[string]Sum, files)
	}
	if s.inPlace && len(s.kept) == 0 {
		s.kept = make(map[string]Stamp, files)
	}
	s.mu.Unlock()
}

// closeDir closes the destination opened at Previous, if it is open.
func (s *Stage) closeDir() {
	if s.dir != nil {
		s.dir.close()
		s.dir = nil
	}
}

// NoManifest tells Commit that the caller keeps no record of the new
// site, so it returns none rather than reading every published file's
// facts for it. It must be called before Commit.
func (s *Stage) NoManifest() { s.noManifest = true }

// InPlace reports whether the stage is set to publish in place: the
// destination's unchanged files are kept where they are, so a build that
// is then discarded has left them as the manifest records them.
func (s *Stage) InPlace() bool { return s.inPlace }

// path is the file name in the temporary folder, refusing names that
// would land outside it.
func (s *Stage) path(name string) (string, error) {
	if err := checkName(name); err != nil {
		return "", err
	}
	return filepath.Join(s.tmp, filepath.FromSlash(name)), nil
}

// checkName refuses the names of files that would land outside the
// destination, or replace gen's marker.
func checkName(name string) error {
	if name == Marker {
		return fmt.Errorf("refusing to publish a file named %s: gen writes that file itself", Marker)
	}
	if !filepath.IsLocal(filepath.FromSlash(name)) {
		return fmt.Errorf("refusing to write %q outside the destination", name)
	}
	return nil
}

// mkdir makes the folder that holds p, once per folder. Only the writer
// calls it while the build runs.
func (s *Stage) mkdir(p string) error {
	dir := filepath.Dir(p)
	s.mu.Lock()
	made, parentMade := s.dirs[dir], s.dirs[filepath.Dir(dir)]
	s.mu.Unlock()
	if made {
		return nil
	}
	// Most folders are a page's, in a folder made already: one system
	// call, where MkdirAll first looks the path up (slow on overlay file
	// systems, and there are as many folders as pages).
	var err error
	if parentMade {
		if err = os.Mkdir(dir, 0o755); errors.Is(err, fs.ErrExist) {
			err = nil
		}
	} else {
		err = os.MkdirAll(dir, 0o755)
	}
	if err != nil {
		return fmt.Errorf("cannot create folder %s: %w", relName(s.tmp, dir), unwrapPath(err))
	}
	s.mu.Lock()
	for d := dir; d != s.tmp && !s.dirs[d]; d = filepath.Dir(d) {
		s.dirs[d] = true
	}
	s.mu.Unlock()
	return nil
}

// Write puts a file of the new site in the temporary folder and returns
// its hash. The file is made by the stage's writer once those asked for
// before it are, from a copy of data: callers render each file into a
// buffer they reuse as soon as Write returns. An error is about
// this file's name, or is the first file that could not be made (the site
// cannot be published); Flush and Commit report the latter too. Writing a
// name twice replaces the file: it is created anew, never written through,
// since it may be a link to the previous site's.
func (s *Stage) Write(name string, data []byte) (Sum, error) {
	s.life.RLock()
	defer s.life.RUnlock()
	if s.done {
		return Sum{}, errFinished
	}
	p, err := s.path(name)
	if err != nil {
		return Sum{}, err
	}
	sum := Sum(sha256.Sum256(data))
	// A file made again with the same bytes is the previous site's
	// copy: taking it leaves it untouched in place (its times too, which
	// deploy tools compare) and spares writing it.
	if s.reuse(name, sum) {
		return sum, nil
	}
	s.mu.Lock()
	delete(s.kept, name)
	s.written[name] = true
	s.mu.Unlock()
	// The copy is a pooled one, which the writer returns once the file
	// is made: the queue holds little at a time, so the build's files
	// pass through a few buffers rather than each being a new one.
	buf := getInput(len(data))
	*buf = append(*buf, data...)
	if err := s.enqueue(&change{name: name, p: p, data: *buf, buf: buf}); err != nil {
		putInput(buf)
		return Sum{}, err
	}
	s.placed(name, sum)
	return sum, nil
}

// Flush waits until the writer has made every file asked for so far and
// returns the error of the first it could not make, naming the file.
func (s *Stage) Flush() error {
	w := &s.w
	w.mu.Lock()
	defer w.mu.Unlock()
	for w.count > 0 && w.err == nil {
		w.cond.Wait()
	}
	return w.err
}

// create writes a new file at p, replacing (not overwriting) one there.
func create(p string, data []byte) error {
	err := writeNew(p, data)
	if errors.Is(err, fs.ErrExist) {
		if err := os.Remove(p); err != nil {
			return err
		}
		err = writeNew(p, data)
	}
	return err
}

func (s *Stage) placed(name string, sum Sum) {
	s.mu.Lock()
	s.files[name] = sum
	s.mu.Unlock()
}

// Reuse puts the previous site's copy of name in the temporary folder
// when the previous site has it with the given hash and the file is as
// gen left it (the same size, times and inode as its stamp). The file is
// linked, or copied where it cannot be (another device). It reports false,
// having placed nothing, when the caller must make the file itself.
func (s *Stage) Reuse(name string, sum Sum) bool {
	s.life.RLock()
	defer s.life.RUnlock()
	if s.done {
		return false
	}
	return s.reuse(name, sum)
}

// ReuseAll is Reuse for every file of one job, with the hashes it would
// make: it reports whether all of them were taken. Publishing in place,
// it takes all of them or none, and records them under one lock: a warm
// build asks this of every job of the site, and workers taking the lock
// file by file mostly waited for each other.
func (s *Stage) ReuseAll(sums map[string]Sum) bool {
	s.life.RLock()
	defer s.life.RUnlock()
	if s.done {
		return false
	}
	if !s.inPlace {
		for name, sum := range sums {
			if !s.reuse(name, sum) {
				return false
			}
		}
		return true
	}
	// A job has a file or two: their names and stamps are listed on the
	// stack, so that recording them looks nothing up again.
	var nameBuf [4]string
	var stampBuf [4]Stamp
	names, stamps := nameBuf[:0], stampBuf[:0]
	for name, sum := range sums {
		st, ok := s.keepable(name, sum)
		if !ok {
			return false
		}
		names, stamps = append(names, name), append(stamps, st)
	}
	s.keepInPlace(names, stamps)
	return true
}

// keepable returns the previous build's stamp of the file name when the
// file can be kept as it is: the same hash, a valid name, and unchanged
// since.
func (s *Stage) keepable(name string, sum Sum) (Stamp, bool) {
	st, ok := s.prev[name]
	if !ok || st.Sum != sum || checkName(name) != nil || !s.unchanged(name, st) {
		return Stamp{}, false
	}
	return st, true
}

// keepInPlace records files kept where they are, publishing in place,
// under one lock: nothing but the record, and no path is made unless a
// file written earlier under one of the names must be removed.
func (s *Stage) keepInPlace(names []string, stamps []Stamp) {
	var removed []string
	s.mu.Lock()
	for i, name := range names {
		if s.writtenBefore(name) {
			removed = append(removed, name)
		}
		s.kept[name] = stamps[i]
		s.files[name] = stamps[i].Sum
	}
	s.mu.Unlock()
	for _, name := range removed {
		p, _ := s.path(name)
		s.enqueue(&change{name: name, p: p, remove: true})
	}
}

// writtenBefore reports whether name was written into the temporary
// folder (not kept) before, under s.mu. A file kept is placed too, so a
// name never placed, as most are when asked, is looked up once.
func (s *Stage) writtenBefore(name string) bool {
	sum, placed := s.files[name]
	if !placed {
		return false
	}
	_, kept := s.kept[name]
	return !kept && sum != (Sum{})
}

// reuse is Reuse under the life lock. Publishing in place, a file kept
// is only recorded: it stays where it is.
func (s *Stage) reuse(name string, sum Sum) bool {
	st, ok := s.keepable(name, sum)
	if !ok {
		return false
	}
	if s.inPlace {
		// Most of a warm build's files are kept this way.
		s.keepInPlace([]string{name}, []Stamp{st})
		return true
	}
	p, _ := s.path(name)
	c := &change{name: name, p: p, reuse: filepath.Join(s.dest, filepath.FromSlash(name)), sum: sum, reused: make(chan bool, 1)}
	if s.enqueue(c) != nil || !<-c.reused {
		return false
	}
	s.placed(name, sum)
	return true
}

// Read returns a file already placed: from the temporary folder, or
// from the destination when it is kept there.
func (s *Stage) Read(name string) ([]byte, error) {
	p, err := s.path(name)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	_, kept := s.kept[name]
	s.mu.Unlock()
	if kept {
		p = filepath.Join(s.dest, filepath.FromSlash(name))
	} else if data, ok := s.queued(name); ok {
		return bytes.Clone(data), nil
	}
	return os.ReadFile(p)
}

// Names lists the files placed so far, sorted.
func (s *Stage) Names() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	names := make([]string, 0, len(s.files))
	for n := range s.files {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Warnings are the problems Begin met that did not stop it.
func (s *Stage) Warnings() []string { return s.warnings }

// Commit writes the marker and swaps the temporary folder in for the
// destination, refusing a destination that holds files gen did not write
// (unless forced). It returns the new site's manifest (nil after
// NoManifest, unless published in place) and warnings
// about what could not be tidied up. The lock is released either way;
// on error the previous destination is untouched.
func (s *Stage) Commit(ctx context.Context) (Manifest, []string, error) {
	s.life.Lock()
	defer s.life.Unlock()
	if s.done {
		return nil, nil, errors.New("publish already finished")
	}
	s.done = true
	defer s.unlock()
	// Checked through the folder opened at Previous, the kept files are
	// in place only if the destination is still that folder.
	moved := s.dir != nil && !s.dir.is(s.dest)
	s.closeDir()
	ok := false
	defer func() {
		if !ok {
			os.RemoveAll(s.tmp)
		}
	}()
	if err := s.drain(false); err != nil {
		return nil, s.warnings, &diag.Error{Path: s.dest, Msg: err.Error(), Err: err,
			Hint: "the previous site is still in place; fix the cause and build again"}
	}
	if !s.owned {
		top := map[string]bool{}
		for name := range s.files {
			first, _, _ := strings.Cut(name, "/")
			top[first] = true
		}
		if err := checkOwned(s.dest, top, s.force); err != nil {
			return nil, s.warnings, err
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, s.warnings, err
	}
	if s.inPlace {
		var m Manifest
		applied := false
		if !moved {
			var err error
			if m, applied, err = s.applyInPlace(); err != nil {
				return nil, s.warnings, &diag.Error{Path: s.dest, Msg: err.Error(), Err: err,
					Hint: "the files not yet replaced are the previous site's; the next build publishes the whole site again"}
			}
		}
		if applied {
			ok = true
			os.RemoveAll(s.tmp)
			return m, s.warnings, nil
		}
		// The destination changed since the build began: the kept files
		// join the new site in tmp, which is swapped in whole.
		if err := s.linkKept(); err != nil {
			return nil, s.warnings, &diag.Error{Path: s.dest, Msg: err.Error(), Err: err,
				Hint: "the previous site is still in place; build again"}
		}
	}
	if err := os.WriteFile(filepath.Join(s.tmp, Marker), []byte(markerText), 0o644); err != nil {
		return nil, s.warnings, &diag.Error{Path: s.dest, Msg: fmt.Sprintf("cannot write %s: %v", Marker, unwrapPath(err)), Err: err}
	}
	if err := ctx.Err(); err != nil {
		return nil, s.warnings, err
	}
	old, err := swap(s.tmp, s.dest)
	if err != nil {
		return nil, s.warnings, &diag.Error{Path: s.dest, Msg: err.Error(), Err: err,
			Hint: "the previous site is still in place; fix the cause and build again"}
	}
	ok = true
	// The previous site goes before the new one is stamped: removing a
	// file's other name (the new site links unchanged files) changes
	// its status change time.
	left := removeOld(old)
	var m Manifest
	if !s.noManifest {
		m = s.stamps()
	}
	// A journal left by an interrupted in-place publish is done with:
	// the swap replaced everything it described.
	if s.journal != "" {
		if err := os.Remove(s.journal); err != nil && !errors.Is(err, fs.ErrNotExist) {
			left = append(left, fmt.Sprintf("%s: cannot remove the journal of an interrupted publish: %v", s.journal, unwrapPath(err)))
		}
	}
	return m, append(s.warnings, left...), nil
}

// stamps records every published file, and every folder holding one, as
// it now is in the destination. A file that cannot be read is left out:
// the next build makes it anew; a folder left out makes the next build
// swap rather than publish in place.
func (s *Stage) stamps() Manifest {
	names := make([]string, 0, len(s.files))
	dirs := map[string]bool{}
	for n := range s.files {
		names = append(names, n)
		for _, d := range parentDirs(n) {
			if dirs[d] {
				break
			}
			dirs[d] = true
		}
	}
	dirs["."] = true
	for d := range dirs {
		names = append(names, dirKey(d))
	}
	got := make([]Stamp, len(names))
	found := make([]bool, len(names))
	parallel.For(context.Background(), len(names), parallel.IO(), func(i int) error {
		name := names[i]
		info, err := os.Lstat(filepath.Join(s.dest, filepath.FromSlash(strings.TrimSuffix(name, "/"))))
		switch {
		case err != nil:
		case isDirKey(name) && info.IsDir():
			got[i], found[i] = stampOf(info, Sum{}), true
		case !isDirKey(name) && info.Mode().IsRegular():
			got[i], found[i] = stampOf(info, s.files[name]), true
		}
		return nil
	})
	m := make(Manifest, len(names))
	for i, n := range names {
		if found[i] {
			m[n] = got[i]
		}
	}
	return m
}

// Abort removes the temporary folder and releases the lock; the
// destination is as it was. It does nothing after Commit. It may be
// called while files are being written, and returns once the folder is
// gone.
func (s *Stage) Abort() {
	s.life.Lock()
	defer s.life.Unlock()
	if s.done {
		return
	}
	s.done = true
	s.closeDir()
	s.drain(true)
	os.RemoveAll(s.tmp)
	s.unlock()
}

package site

import (
	"context"
	"errors"
	"path/filepath"
	"strconv"
	"sync"

	"github.com/claritynotes/gen/internal/buildcache"
	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/output"
)

// Errors of publishing that are the user's to fix in their setup rather
// than in their content: a destination gen will not replace, and one
// another build holds.
var (
	ErrRefused = output.ErrRefused
	ErrLocked  = output.ErrLocked
)

// PublishOptions tune Publish.
type PublishOptions = output.Options

// CheckDestination reports why publishing to the destination would destroy
// something gen did not write. Checked before a build, it makes a mistyped
// destination fail at once rather than after the work.
func (b *Builder) CheckDestination() error {
	return output.CheckDestination(b.root, b.Destination())
}

// Publish writes a build's files as the new content of the destination,
// replacing the previous site in one step; see output.Publish. The
// warnings are problems that did not stop it.
func (b *Builder) Publish(ctx context.Context, res *Result, opts PublishOptions) (warnings []string, err error) {
	return output.Publish(ctx, b.Destination(), res.Files, opts)
}

// Staged is a full build being published: its files wait in a temporary
// folder beside the destination, whose lock it holds, until Publish swaps
// them in or Discard drops them.
type Staged struct {
	b  *Builder
	st *output.Stage
}

// BuildStaged is Build for gen build. It takes the destination's lock
// (waiting for another build as Publish does) and writes each output file
// into a temporary folder as soon as it is made, so memory holds the
// site's pages and metadata but not its output. Files the cache knows
// unchanged are taken from the previous site, not made again. The
// result's Files lists every file with nil bytes. On error nothing is
// left behind and the destination is as it was.
func (b *Builder) BuildStaged(ctx context.Context, opts PublishOptions) (*Result, *Staged, error) {
	opts.Journal = b.journalPath()
	st, err := output.Begin(ctx, b.Destination(), opts)
	if err != nil {
		return nil, nil, err
	}
	// Interrupted, the build stops writing and its folder goes at once.
	if !b.opts.Cache {
		// Only the cache keeps the record of the published files.
		st.NoManifest()
	}
	b.pending.Store(st)
	defer context.AfterFunc(ctx, st.Abort)()
	// The record of the site in the destination is read and checked
	// against it (stat calls for every folder) while the build loads;
	// the jobs wait for it (awaitStage) before they take or write files.
	var invalid bool
	var previous sync.WaitGroup
	if b.opts.Cache {
		previous.Go(func() {
			var m output.Manifest
			m, invalid = b.loadManifest()
			st.Previous(m)
		})
	}
	b.stage, b.links.Read, b.awaitStage = st, st.Read, previous.Wait
	defer func() {
		previous.Wait()
		b.stage, b.links.Read, b.awaitStage = nil, nil, nil
		// The builder keeps names, not bytes: a rebuild starts afresh.
		b.built = false
	}()
	res, err := b.Build(ctx)
	previous.Wait()
	if err == nil {
		// The stage's writer makes the files while the build goes on;
		// the last of them are made by now, or the build fails here.
		if ferr := st.Flush(); ferr != nil {
			err = &diag.Error{Path: b.Destination(), Msg: ferr.Error(), Err: ferr}
		}
	}
	if err != nil {
		st.Abort()
		return nil, nil, err
	}
	if invalid {
		res.Cache.Invalid++
	}
	b.encodeIndexSoon(b.unsaved)
	return res, &Staged{b: b, st: st}, nil
}

// Publish swaps the staged files in as the destination's new content (see
// output.Publish) and releases the lock. The warnings are problems that did
// not stop it.
func (s *Staged) Publish(ctx context.Context) (warnings []string, err error) {
	m, warnings, err := s.st.Commit(ctx)
	if err == nil && s.b.unsaved != nil {
		s.b.unsaved.manifest = m
	}
	return warnings, err
}

// Discard drops the staged files and releases the lock; the destination
// is as it was.
func (s *Staged) Discard() {
	if s.st.InPlace() && s.b.unsaved != nil {
		// Publishing in place leaves the site's files where they are
		// until Commit, so the site is still as its manifest records.
		s.b.unsaved.keepManifest = true
	}
	s.st.Abort()
}

// Discard drops what a BuildStaged running in another goroutine has
// written so far and makes it write no more; it returns once the
// temporary folder is gone. gen build calls it when interrupted.
func (b *Builder) Discard() {
	if st := b.pending.Load(); st != nil {
		st.Abort()
	}
}

// manifestKey names the cache entry that records the files of the site
// published at the destination.
func (b *Builder) manifestKey() buildcache.Key {
	dest, err := filepath.Abs(b.Destination())
	if err != nil {
		dest = b.Destination()
	}
	return (&buildcache.Hasher{}).AddString("gen output manifest", strconv.Itoa(2), dest).Key()
}

// journalPath is where an in-place publish to the destination records
// its changes while it makes them (see output.Options.Journal): in the
// cache folder, one per destination.
func (b *Builder) journalPath() string {
	k := b.manifestKey()
	return filepath.Join(b.root, buildcache.Dir, "publish-"+k.String()[:16]+".journal")
}

// loadManifest returns the recorded files of the site in the destination,
// or nil, and keeps their names in order for the next manifest (see
// encodeManifest). A corrupt entry is nil too, and reported: every file
// is then made afresh.
func (b *Builder) loadManifest() (m output.Manifest, invalid bool) {
	b.manifestNames = nil
	payload, err := buildcache.Open(b.root).GetRaw(b.manifestKey())
	var names []string
	if err == nil {
		if m, names, err = decodeManifest(payload); err != nil {
			err = buildcache.ErrInvalid
		}
	}
	if err != nil {
		return nil, errors.Is(err, buildcache.ErrInvalid)
	}
	b.manifestNames = names
	return m, false
}

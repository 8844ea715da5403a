package site

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/claritynotes/gen/internal/buildcache"
	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/linkcheck"
	"github.com/claritynotes/gen/internal/lint"
	"github.com/claritynotes/gen/internal/output"
	"github.com/claritynotes/gen/internal/parallel"
	"github.com/claritynotes/gen/internal/render"
	"github.com/claritynotes/gen/internal/theme"
)

// A page's cached parts are the ones that depend on the page alone: its
// rendered Markdown body and summary, its lint findings and, for an issue,
// its email files. Everything that reads other pages (neighbour links,
// lists, menus, tag pages, feeds, the sitemap, the link check) is
// assembled on every build from the current pages, so an edit to one page
// can never leave another page's output stale.
//
// An entry's key hashes the page's path and bytes with the build's salt:
// gen's own executable, gen.toml, the build options, and every template,
// email template and static file of the theme and the site. Pages in a
// bundle also hash the bundle's files: the page shows their sizes
// (an image's width and height) and an email may carry them. Any change to
// any of these is a different key.

// pageRecord is what the cache holds for one page. A part is nil until the
// build that wrote the entry needed it (a draft is loaded but not rendered).
type pageRecord struct {
	View  *viewRecord
	Lint  *lintRecord
	Email *emailRecord
	// Page and Card are the hash of the page's minified HTML and its list
	// entry. They also show other pages (the older and newer links, the
	// menu) and the build's year, so each holds the key of those inputs
	// too.
	Page *outputRecord
	Card *cardRecord
	// Mail is the hashes of an issue's email files, with the key of
	// the page they were made from.
	Mail *mailRecord
}

// outputRecord is what a job wrote: the hash of each file, not its
// bytes. A build takes the files from the previous site it published
// (output.Stage.Reuse), which checks that each is still what was written.
type outputRecord struct {
	Key  buildcache.Key
	Sums map[string]output.Sum
}

type cardRecord struct {
	Key  buildcache.Key
	HTML string
}

type viewRecord struct{ Content, Summary string }

type lintRecord struct {
	Score       int
	Diagnostics []lint.Diagnostic
}

type emailRecord struct {
	Files    map[string][]byte
	Warnings []string
}

// cacheEntry is one page's record in this build: what was found, and what
// this build added (dirty entries are written back).
type cacheEntry struct {
	key   buildcache.Key
	mu    sync.Mutex
	rec   pageRecord
	dirty bool
	// stub is set while the page is the index's stand-in (see
	// upgradeStubs); parts is what it counted as cache hits.
	stub  bool
	parts int64
}

// pageCache is the persistent cache of one full build. Its entries are
// added as the pages load.
type pageCache struct {
	store *buildcache.Store
	salt  buildcache.Key
	// entries are added as pages load, under entriesMu; err is the
	// first page that could not have one.
	entriesMu sync.RWMutex
	entries   map[*content.Page]*cacheEntry
	err       error
	// Counters of work done (misses) and saved (hits) in this build, for
	// tests and the build summary.
	stats CacheStats

	// List pages show many pages; each has an entry of its own, keyed by
	// the list and the keys of the pages it shows, read when its job runs.
	mu        sync.Mutex
	listsUsed map[buildcache.Key]bool
	listsNew  map[buildcache.Key]*outputRecord
	// manifest records the files of the site this build published, nil
	// until it is published.
	manifest output.Manifest

	// index is the previous build's page index, nil when absent or
	// untrusted; stats0 is each content file's stat as this build found
	// it, refs each page's link references, and stubCount the pages
	// taken from the index. start is when the build began.
	index    *pageIndex
	useStubs bool
	// indexSize is the length of the index read, to size the one written.
	indexSize int
	// keepManifest is set when the build was discarded without touching
	// the destination (see Staged.Discard).
	keepManifest bool
	stats0       map[string]output.Stamp
	refs         map[*content.Page][]linkcheck.Ref
	stubCount    int
	stubs        map[*content.Page]bool
	start        time.Time
	// indexLoad reads index, from openCache on.
	indexLoad sync.WaitGroup
	// encoding runs encodeIndexSoon; encoded is its result, which
	// saveIndex writes.
	encoding sync.WaitGroup
	encoded  []byte
}

// CacheStats counts the per-page work of a build: what was computed and
// what came from .gen-cache/.
type CacheStats struct {
	// Computed in this build: Markdown bodies, lint results, emails, page
	// templates and list entries.
	Rendered, Linted, Emailed, Pages, Cards, Lists int64
	Hits                                           int64 // parts read from the cache
	Invalid                                        int64 // entries ignored as corrupt or foreign
}

func (c *pageCache) entry(p *content.Page) *cacheEntry {
	if c == nil {
		return nil
	}
	c.entriesMu.RLock()
	defer c.entriesMu.RUnlock()
	return c.entries[p]
}

// view returns the cached body and summary HTML of p, if any.
func (c *pageCache) view(p *content.Page) (*viewRecord, bool) {
	e := c.entry(p)
	if e == nil {
		return nil, false
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.rec.View == nil {
		return nil, false
	}
	atomic.AddInt64(&c.stats.Hits, 1)
	return e.rec.View, true
}

func (c *pageCache) putView(p *content.Page, content, summary template.HTML) {
	if c != nil {
		c.put(p, &c.stats.Rendered, func(r *pageRecord) {
			r.View = &viewRecord{Content: string(content), Summary: string(summary)}
		})
	}
}

// put counts a part computed afresh and stores it in p's record with set,
// marking the record for writing.
func (c *pageCache) put(p *content.Page, computed *int64, set func(*pageRecord)) {
	atomic.AddInt64(computed, 1)
	if e := c.entry(p); e != nil {
		e.mu.Lock()
		set(&e.rec)
		e.dirty = true
		e.mu.Unlock()
	}
}

// lint returns p's cached lint result, if any.
func (c *pageCache) lint(p *content.Page) (lint.Result, bool) {
	e := c.entry(p)
	if e == nil {
		return lint.Result{}, false
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.rec.Lint == nil {
		return lint.Result{}, false
	}
	atomic.AddInt64(&c.stats.Hits, 1)
	return lint.Result{Path: p.Path, Source: p.Source, Score: e.rec.Lint.Score,
		Diagnostics: slices.Clone(e.rec.Lint.Diagnostics)}, true
}

func (c *pageCache) putLint(p *content.Page, r lint.Result) {
	if c == nil {
		return
	}
	// An internal linter error is not a result to keep: the next build
	// tries again.
	if r.Err != nil {
		atomic.AddInt64(&c.stats.Linted, 1)
		return
	}
	c.put(p, &c.stats.Linted, func(rec *pageRecord) {
		rec.Lint = &lintRecord{Score: r.Score, Diagnostics: r.Diagnostics}
	})
}

// email returns p's cached email files and warnings, if any.
func (c *pageCache) email(p *content.Page) (map[string][]byte, []string, bool) {
	e := c.entry(p)
	if e == nil {
		return nil, nil, false
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.rec.Email == nil {
		return nil, nil, false
	}
	atomic.AddInt64(&c.stats.Hits, 1)
	files := make(map[string][]byte, len(e.rec.Email.Files))
	for k, v := range e.rec.Email.Files {
		files[k] = v
	}
	return files, slices.Clone(e.rec.Email.Warnings), true
}

func (c *pageCache) putEmail(p *content.Page, files map[string][]byte, warnings []string) {
	if c != nil {
		c.put(p, &c.stats.Emailed, func(r *pageRecord) { r.Email = &emailRecord{Files: files, Warnings: warnings} })
	}
}

// mail returns the hashes of p's email files and their warnings, if
// the cache has them for p as it is.
func (c *pageCache) mail(p *content.Page) (map[string]output.Sum, []string, bool) {
	e := c.entry(p)
	if e == nil {
		return nil, nil, false
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.rec.Mail == nil || e.rec.Mail.Key != e.key {
		return nil, nil, false
	}
	atomic.AddInt64(&c.stats.Hits, 1)
	return maps.Clone(e.rec.Mail.Sums), slices.Clone(e.rec.Mail.Warnings), true
}

// putMail keeps the hashes of p's email files. They are not counted:
// the email itself was (putEmail).
func (c *pageCache) putMail(p *content.Page, sums map[string]output.Sum, warnings []string) {
	if e := c.entry(p); e != nil {
		e.mu.Lock()
		e.rec.Mail = &mailRecord{Key: e.key, Sums: sums, Warnings: warnings}
		e.dirty = true
		e.mu.Unlock()
	}
}

// subKey is the key of a part of p's record that also depends on parts:
// the page's own key with them added. It reports false without a cache.
func (c *pageCache) subKey(p *content.Page, parts ...string) (buildcache.Key, bool) {
	e := c.entry(p)
	if e == nil {
		return buildcache.Key{}, false
	}
	return (&buildcache.Hasher{}).Add(e.key[:]).AddString(parts...).Key(), true
}

// output returns the hashes of p's page files made with the inputs k, if
// any. The map is the record's own: callers only read it.
func (c *pageCache) output(p *content.Page, k buildcache.Key) (map[string]output.Sum, bool) {
	e := c.entry(p)
	if e == nil {
		return nil, false
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.rec.Page == nil || e.rec.Page.Key != k {
		return nil, false
	}
	atomic.AddInt64(&c.stats.Hits, 1)
	// Not a copy: a record's map is replaced, never changed, and there
	// is one per page, so copies add up.
	return e.rec.Page.Sums, true
}

func (c *pageCache) putOutput(p *content.Page, k buildcache.Key, sums map[string]output.Sum) {
	if c != nil {
		c.put(p, &c.stats.Pages, func(r *pageRecord) { r.Page = &outputRecord{Key: k, Sums: sums} })
	}
}

// listKey is the key of a list page: its own inputs (title, position,
// the menu) and the keys of the pages it shows. It reports false without
// a cache.
func (c *pageCache) listKey(parts []string, pages []*content.Page) (buildcache.Key, bool) {
	if c == nil {
		return buildcache.Key{}, false
	}
	h := (&buildcache.Hasher{}).AddString("list").AddString(parts...)
	for _, p := range pages {
		e := c.entry(p)
		if e == nil {
			return buildcache.Key{}, false
		}
		h.Add(e.key[:])
	}
	return h.Key(), true
}

// list returns the hashes of the files of the list page with key k, if
// any.
func (c *pageCache) list(k buildcache.Key) (map[string]output.Sum, bool) {
	if c == nil {
		return nil, false
	}
	c.mu.Lock()
	c.listsUsed[k] = true // kept in the next index either way
	c.mu.Unlock()
	if c.index == nil {
		return nil, false
	}
	rec := c.index.Lists[k]
	if rec == nil || rec.Key != k {
		return nil, false
	}
	atomic.AddInt64(&c.stats.Hits, 1)
	return rec.Sums, true // read only, as output's
}

func (c *pageCache) putList(k buildcache.Key, sums map[string]output.Sum) {
	if c == nil {
		return
	}
	atomic.AddInt64(&c.stats.Lists, 1)
	c.mu.Lock()
	c.listsNew[k] = &outputRecord{Key: k, Sums: sums}
	c.mu.Unlock()
}

// card returns p's cached list entry made with the inputs k, if any.
func (c *pageCache) card(p *content.Page, k buildcache.Key) (template.HTML, bool) {
	e := c.entry(p)
	if e == nil {
		return "", false
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.rec.Card == nil || e.rec.Card.Key != k {
		return "", false
	}
	atomic.AddInt64(&c.stats.Hits, 1)
	return template.HTML(e.rec.Card.HTML), true
}

func (c *pageCache) putCard(p *content.Page, k buildcache.Key, html template.HTML) {
	if c != nil {
		c.put(p, &c.stats.Cards, func(r *pageRecord) { r.Card = &cardRecord{Key: k, HTML: string(html)} })
	}
}

// presetCards gives the views their cached list entries. A card shows the
// page itself, through the theme's templates, with the menu and the year
// in reach: key holds those.
func (b *Builder) presetCards(views map[*content.Page]*render.PageView, key string) {
	if b.cache == nil {
		return
	}
	for p, v := range views {
		// Most pages of a warm build are stubs, whose records hold no
		// list entry: their keys are not hashed for nothing.
		if !b.cache.hasCard(p) {
			continue
		}
		if k, ok := b.cache.subKey(p, "card", key); ok {
			if html, ok := b.cache.card(p, k); ok {
				v.SetCard(html)
			}
		}
	}
}

// hasCard reports whether p's record holds a list entry, made with
// whatever inputs.
func (c *pageCache) hasCard(p *content.Page) bool {
	e := c.entry(p)
	if e == nil {
		return false
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.rec.Card != nil
}

// keepCards stores the list entries rendered in this build.
func (b *Builder) keepCards(views map[*content.Page]*render.PageView, key string) {
	if b.cache == nil {
		return
	}
	for p, v := range views {
		if html, ok := v.RenderedCard(); ok {
			if k, ok := b.cache.subKey(p, "card", key); ok {
				b.cache.putCard(p, k, html)
			}
		}
	}
}

// exeSum is the hash of the running gen binary: any change to gen's code,
// its built-in theme or its rules is a different binary.
var exeSum = sync.OnceValues(func() ([]byte, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	f, err := os.Open(exe)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return nil, err
	}
	return h.Sum(nil), nil
})

// exeSumCached is exeSum, taken from the cache folder when gen's
// executable has the size, times and inode it had when it was hashed
// there: hashing tens of megabytes is a noticeable part of a build that
// changes one page. A new binary (go build, an upgrade) is a new file.
func (b *Builder) exeSumCached(store *buildcache.Store) (sum []byte, invalid bool, err error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, false, err
	}
	info, err := os.Stat(exe)
	if err != nil {
		sum, err = exeSum()
		return sum, false, err
	}
	st := output.FileStamp(info)
	key := (&buildcache.Hasher{}).AddString("gen executable", exe,
		strconv.FormatInt(st.Size, 10), strconv.FormatInt(st.Mod, 10), strconv.FormatInt(st.Change, 10),
		strconv.FormatUint(st.Inode, 10)).Key()
	sum, err = store.GetNamed(exeSumName, key)
	if err == nil && len(sum) == sha256.Size {
		return sum, false, nil
	}
	// A file for another binary holds another key: invalid too, as a
	// cache entry of another build is.
	invalid = errors.Is(err, buildcache.ErrInvalid) || err == nil
	sum, err = exeSum()
	if err == nil {
		// Kept with the rest of the cache, once the build is published:
		// a build that fails or is refused leaves the site as it was.
		b.saveExeSum = func() { store.PutNamed(exeSumName, key, sum) } // only speed is lost if it fails
	}
	return sum, invalid, err
}

// exeSumName is the file in the cache folder that keeps exeSum.
const exeSumName = "gen.sum"

// cacheSalt hashes every input a cached part may depend on besides the
// page itself. It fails when one cannot be read; the build then runs
// without the cache.
func (b *Builder) cacheSalt(static map[string][]byte) (*buildcache.Hasher, error) {
	exe, invalid, err := b.exeSumCached(buildcache.Open(b.root))
	if err != nil {
		return nil, err
	}
	b.exeSumInvalid = invalid
	h := &buildcache.Hasher{}
	h.AddString("gen build cache", strconv.Itoa(2))
	h.Add(exe)
	cfgData, err := os.ReadFile(filepath.Join(b.root, config.FileName))
	if err != nil {
		return nil, err
	}
	h.Add(cfgData)
	h.AddString(b.opts.BaseURL, strconv.FormatBool(b.opts.Drafts), strconv.FormatBool(b.opts.Future), strconv.FormatBool(b.opts.Dev))
	for _, list := range []func() ([]theme.File, error){b.th.Layouts, b.th.Email} {
		files, err := list()
		if err != nil {
			return nil, err
		}
		sort.Slice(files, func(i, j int) bool { return files[i].Name < files[j].Name })
		for _, f := range files {
			data, err := b.th.Read(f)
			if err != nil {
				return nil, err
			}
			h.AddString(f.Name, f.Path).Add(data)
		}
	}
	names := make([]string, 0, len(static))
	for name := range static {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		h.AddString(name).Add(static[name])
	}
	return h, nil
}

// openCache prepares the build cache: its salt, so each page's entry
// can be read as soon as the page is loaded (add). It returns nil, and
// the build runs as if there were no cache, when the cache is off or its
// salt cannot be made.
func (b *Builder) openCache(static map[string][]byte) (*pageCache, error) {
	if !b.opts.Cache {
		return nil, nil
	}
	salt, err := b.cacheSalt(static)
	if err != nil {
		return nil, fmt.Errorf("build cache off: %w", err)
	}
	// The salt holds every template and static file; its hash, not its
	// bytes, goes into each page's key.
	c := &pageCache{store: buildcache.Open(b.root), salt: salt.Key(), entries: map[*content.Page]*cacheEntry{},
		listsUsed: map[buildcache.Key]bool{}, listsNew: map[buildcache.Key]*outputRecord{},
		refs: map[*content.Page][]linkcheck.Ref{}, stubs: map[*content.Page]bool{}, start: time.Now()}
	if b.exeSumInvalid {
		c.stats.Invalid++
	}
	// The previous build's page index is decoded from now on; sortFiles
	// waits for it.
	c.indexLoad.Go(func() { c.index = c.loadIndex() })
	return c, nil
}

// add reads p's entry from .gen-cache/. A page whose bundle cannot be
// read gets no entry: it is built afresh, and the reason is kept for the
// build's warnings. It may be called concurrently.
func (c *pageCache) add(b *Builder, p *content.Page) {
	if c == nil {
		return
	}
	h := (&buildcache.Hasher{}).Add(c.salt[:]).AddString(p.Path).Add(p.Source)
	if p.BundleDir != "" {
		if err := b.hashBundle(h, p); err != nil {
			c.entriesMu.Lock()
			if c.err == nil {
				c.err = fmt.Errorf("build cache off for %s: %w", p.Path, err)
			}
			c.entriesMu.Unlock()
			return
		}
	}
	e := &cacheEntry{key: h.Key()}
	err := c.store.Get(e.key, &e.rec)
	if errors.Is(err, buildcache.ErrInvalid) {
		atomic.AddInt64(&c.stats.Invalid, 1)
	}
	if err != nil {
		// Absent, unreadable or untrusted: computed afresh.
		e.rec = pageRecord{}
	}
	c.entriesMu.Lock()
	c.entries[p] = e
	c.entriesMu.Unlock()
}

// hashBundle adds the files of a page's bundle to its key: the page
// shows their sizes and an email may carry them.
func (b *Builder) hashBundle(h *buildcache.Hasher, p *content.Page) error {
	names, err := content.Resources(b.root, p)
	if err != nil {
		return err
	}
	for _, n := range names {
		data, err := content.ReadResource(b.root, n)
		if err != nil {
			return err
		}
		h.AddString(n).Add(data)
	}
	return nil
}

// saveCache writes the entries this build added and removes those no page
// uses any more. A cache that cannot be written costs speed, not
// correctness, so the problem is a warning.
func (b *Builder) saveCache(c *pageCache) []string {
	if c == nil {
		return nil
	}
	// An index being encoded reads the entries and lists below.
	c.encoding.Wait()
	keep := make(map[buildcache.Key]bool, len(c.entries)+len(c.listsUsed))
	type put struct {
		key buildcache.Key
		v   any
	}
	var dirty []put
	for _, e := range c.entries {
		keep[e.key] = true
		if e.dirty {
			dirty = append(dirty, put{e.key, &e.rec})
		}
	}

	// The previous manifest is dropped when this build published nothing:
	// taking files from the site left in place would still be right, but
	// linking them into the discarded folder changed their stamps.
	// The index is written while the entries are.
	var indexErr error
	var index sync.WaitGroup
	index.Go(func() { indexErr = b.saveIndex(c) })
	// A build that published in place and was discarded never touched
	// the site, so its manifest stands.
	manifestKey := b.manifestKey()
	if c.manifest != nil {
		keep[manifestKey] = true
		dirty = append(dirty, put{manifestKey, c.manifest})
	} else if c.keepManifest {
		keep[manifestKey] = true
	}
	if b.saveExeSum != nil {
		b.saveExeSum()
		b.saveExeSum = nil
	}
	errs := make([]error, len(dirty))
	parallel.For(context.Background(), len(dirty), parallel.IO(), func(i int) error {
		if m, ok := dirty[i].v.(output.Manifest); ok {
			errs[i] = c.store.PutRaw(dirty[i].key, encodeManifest(m, b.manifestNames))
		} else {
			errs[i] = c.store.Put(dirty[i].key, dirty[i].v)
		}
		return nil
	})
	index.Wait()
	errs = append(errs, indexErr)
	if err := errors.Join(errs...); err != nil {
		return []string{fmt.Sprintf("%s/: the build cache could not be saved (the next build starts clean): %v", buildcache.Dir, firstErr(errs))}
	}
	if err := b.prune(c, keep, manifestKey); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return []string{fmt.Sprintf("%s/: old build cache entries could not be removed: %v", buildcache.Dir, err)}
	}
	return nil
}

// prune removes the entries no page uses any more. A build from a
// trusted index knows them without reading the cache folder (tens of
// thousands of files): the index's entries this build did not keep. A
// build without one removes everything not kept.
func (b *Builder) prune(c *pageCache, keep map[buildcache.Key]bool, manifestKey buildcache.Key) error {
	if c.index == nil || !c.useStubs {
		return c.store.Prune(keep)
	}
	var errs []error
	for _, e := range c.index.Pages {
		if !keep[e.Key] {
			errs = append(errs, c.store.Remove(e.Key))
		}
	}
	if !keep[manifestKey] {
		errs = append(errs, c.store.Remove(manifestKey))
	}
	return errors.Join(errs...)
}

func firstErr(errs []error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

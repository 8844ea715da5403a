package site

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"os"
	"path/filepath"
	"slices"
	"sync/atomic"
	"time"

	"github.com/claritynotes/gen/internal/buildcache"
	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/linkcheck"
	"github.com/claritynotes/gen/internal/lint"
	"github.com/claritynotes/gen/internal/output"
	"github.com/claritynotes/gen/internal/parallel"
	"github.com/claritynotes/gen/internal/render"
)

// The page index.
//
// Reading, parsing and linting every page, and decoding a cache entry
// for each, is most of a build in which one page of 10,000 changed. So
// the cache also keeps one index of every page, like git's: per source
// file, its size, times and inode when it was read, its cache key, and
// what the rest of the build needs from it without its text (title,
// dates, tags, URL, draft, word count; its lint findings, link
// references, warnings and the hashes of its page and email files). The
// index as a whole is keyed by the build's salt (gen itself, gen.toml,
// the options, the theme and static files), so it is ignored when any of
// them changed.
//
// A page whose file has the recorded stat is not read: it stands in the
// build as a stub made from the index (no source, no syntax tree). A
// file whose stat differs is read and hashed; same bytes, and it is a
// stub still. A stat recorded within a second of the build that wrote it
// is not trusted (racy: the file may have changed again within the
// file system's clock tick), so that file is read and hashed next time.
// Page bundles are always read: their other files are in the page's key.
//
// Every job that has a stub among its inputs and cannot take its files
// from the cache (a neighbour's title changed, a list shows an edited
// page, the feeds show the newest pages) gets its stubs loaded in full
// before the jobs run; a loaded page has the same fields as its stub, so
// the plan made from the stubs stands. A build that fails with stubs is
// run again with every page read, so its errors are reported from the
// pages themselves.

// indexName is the index file in the cache folder.
const indexName = "pages.index"

// racyWindow is how close to the build a file's times may be for its
// stat to be trusted next time. A variable for the tests.
var racyWindow = time.Second

type pageIndex struct {
	Pages map[string]*indexEntry
	// Lists holds the files of list pages by their key (see listKey).
	Lists map[buildcache.Key]*outputRecord
}

type indexEntry struct {
	Stat output.Stamp
	Racy bool
	Key  buildcache.Key
	Meta pageMeta
	Lint *lintRecord
	Page *outputRecord
	Mail *mailRecord
	Refs []linkcheck.Ref
	// Warnings are the page's own warnings (a misspelt key).
	Warnings []warningRecord
	// Parts counts the parts of the page's cache entry (body, lint
	// result, list entry) a stub stands for, as cache hits.
	Parts int64
	// raw is the entry as the index read held it, when it was read from
	// one: a page that stayed a stub with all of it unchanged is written
	// back as these bytes rather than encoded again (see sameAsRead).
	raw []byte
}

// pageMeta is what a stub carries of its page: every field the build
// reads of a page it does not render (placing, ordering, the menu, list
// and tag pages' titles and descriptions, neighbour links, the sitemap).
type pageMeta struct {
	Section, Slug, URL, BundleDir string
	Kind                          content.Kind
	Title, FrontSlug, Description string
	Date, Updated, ExpiryDate     time.Time
	Tags, TagSlugs                []string
	Draft                         bool
	Issue                         int
	WordCount, ReadingTime        int
}

type warningRecord struct {
	Path      string
	Line, Col int
	Msg, Hint string
}

// warningOf is how the index records a page's warning: saveIndex
// writes it and sameAsRead compares with it, so the two never disagree.
func warningOf(w *diag.Error) warningRecord {
	return warningRecord{Path: w.Path, Line: w.Line, Col: w.Col, Msg: w.Msg, Hint: w.Hint}
}

// mailRecord is the hashes of an issue's email files and the warnings
// rendering it gave.
type mailRecord struct {
	Key      buildcache.Key
	Sums     map[string]output.Sum
	Warnings []string
}

func metaOf(p *content.Page) pageMeta {
	return pageMeta{Section: p.Section, Slug: p.Slug, URL: p.URL, BundleDir: p.BundleDir, Kind: p.Kind,
		Title: p.Title, FrontSlug: p.FrontMatter.Slug, Description: p.Description, Date: p.Date, Updated: p.Updated, ExpiryDate: p.ExpiryDate,
		Tags: p.Tags, TagSlugs: p.TagSlugs, Draft: p.Draft, Issue: p.Issue, WordCount: p.WordCount, ReadingTime: p.ReadingTime}
}

// stub is the page at path as the index describes it.
func (e *indexEntry) stub(path string) *content.Page {
	m := e.Meta
	p := &content.Page{Path: path, Section: m.Section, Kind: m.Kind, Slug: m.Slug, URL: m.URL, BundleDir: m.BundleDir,
		TagSlugs: m.TagSlugs, WordCount: m.WordCount, ReadingTime: m.ReadingTime}
	p.Title, p.FrontMatter.Slug, p.Description = m.Title, m.FrontSlug, m.Description
	p.Date, p.Updated, p.ExpiryDate = m.Date, m.Updated, m.ExpiryDate
	p.Tags, p.Draft, p.Issue = m.Tags, m.Draft, m.Issue
	for _, w := range e.Warnings {
		p.Warnings = append(p.Warnings, &diag.Error{Path: w.Path, Line: w.Line, Col: w.Col, Msg: w.Msg, Hint: w.Hint})
	}
	return p
}

// loadIndex reads the index, nil when there is none or it cannot be
// trusted (counted as invalid).
func (c *pageCache) loadIndex() *pageIndex {
	payload, err := c.store.GetNamed(indexName, c.salt)
	var idx *pageIndex
	c.indexSize = len(payload)
	if err == nil {
		if idx, err = decodeIndex(payload); err != nil {
			err = buildcache.ErrInvalid
		}
	}
	if errors.Is(err, buildcache.ErrInvalid) {
		atomic.AddInt64(&c.stats.Invalid, 1)
	}
	if err != nil {
		return nil
	}
	return idx
}

// sortFiles splits the content files into stubs, taken from the index,
// and the files to load. The index is decoded (see openCache) while the
// files' stats are taken. It records each file's stat for the next
// index.
func (c *pageCache) sortFiles(root string, files []string) (stubs map[string]*indexEntry, load []string) {
	stats := output.FileStamps(root, files)
	c.indexLoad.Wait()
	same := make([]bool, len(files))
	if c.index != nil && c.useStubs {
		parallel.For(context.Background(), len(files), parallel.IO(), func(i int) error {
			e := c.index.Pages[files[i]]
			// A page without a lint result (the linter failed on it) is
			// linted again: that failure is not a result to keep.
			if e == nil || e.Meta.BundleDir != "" || e.Lint == nil || stats[i] == (output.Stamp{}) {
				return nil
			}
			if e.Stat == stats[i] && !e.Racy {
				same[i] = true
				return nil
			}
			// Touched, or too recent to trust: the bytes decide.
			src, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(files[i])))
			if err == nil && c.pageKey(files[i], src) == e.Key {
				same[i] = true
			}
			return nil
		})
	}
	c.stats0 = make(map[string]output.Stamp, len(files))
	// Every page gets an entry, a stub its references and its mark too:
	// the tables are made for all of them at once rather than grown
	// page by page. No page has loaded yet.
	c.entriesMu.Lock()
	if len(c.entries) == 0 {
		c.entries = make(map[*content.Page]*cacheEntry, len(files))
		c.refs = make(map[*content.Page][]linkcheck.Ref, len(files))
	}
	c.entriesMu.Unlock()
	stubs = make(map[string]*indexEntry, len(files))
	if c.index != nil && c.useStubs {
		c.stubs = make(map[*content.Page]bool, len(files))
	}
	for i, f := range files {
		c.stats0[f] = stats[i]
		if same[i] {
			stubs[f] = c.index.Pages[f]
		} else {
			load = append(load, f)
		}
	}
	return stubs, load
}

// pageKey is the key of a page that is not in a bundle.
func (c *pageCache) pageKey(path string, src []byte) buildcache.Key {
	return (&buildcache.Hasher{}).Add(c.salt[:]).AddString(path).Add(src).Key()
}

// addStub makes the cache entry of a stub from its index entry.
func (c *pageCache) addStub(p *content.Page, e *indexEntry) {
	entry := &cacheEntry{key: e.Key, stub: true, parts: e.Parts,
		rec: pageRecord{Lint: e.Lint, Page: e.Page, Mail: e.Mail}}
	atomic.AddInt64(&c.stats.Hits, e.Parts)
	c.entriesMu.Lock()
	c.entries[p] = entry
	c.refs[p] = e.Refs
	c.stubs[p] = true
	c.entriesMu.Unlock()
}

// keepRefs keeps p's link references for the index.
func (c *pageCache) keepRefs(p *content.Page, refs []linkcheck.Ref) {
	if c != nil {
		c.entriesMu.Lock()
		c.refs[p] = refs
		c.entriesMu.Unlock()
	}
}

// isStub reports whether p was taken from the index. It reads a table
// made once all pages loaded, so the jobs can ask it at once.
func (c *pageCache) isStub(p *content.Page) bool { return c.stubs[p] }

// stubResult is a stub's lint result, without its source (see
// LintSet.Quoted).
func stubResult(p *content.Page, r *lintRecord) lint.Result {
	if r == nil {
		return lint.Result{Path: p.Path}
	}
	return lint.Result{Path: p.Path, Score: r.Score, Diagnostics: r.Diagnostics}
}

// errStubChanged stops a build whose stub's file changed while it ran;
// the build then runs again, reading every page.
var errStubChanged = errors.New("a page changed during the build")

// upgradeStubs loads in full the stubs among the inputs of jobs that
// cannot take their files from the cache, before any job runs. It asks
// each job's cache once and keeps the answer for exec.
func (b *Builder) upgradeStubs(ctx context.Context, jobs map[string]*job, views map[*content.Page]*render.PageView, cardKey string) error {
	c := b.cache
	if c == nil || c.stubCount == 0 {
		return nil
	}
	list := make([]*job, 0, len(jobs))
	for _, j := range jobs {
		list = append(list, j)
	}
	// Each job that must render notes its stubs in a slot of its own:
	// the workers share no table while they go through every job.
	pending := make([][]*content.Page, len(list))
	// Taking files from a site published in place only records them:
	// nothing waits on the file system, and more workers than
	// processors would only contend for the stage's and cache's locks.
	workers := parallel.IO()
	if b.stage != nil && b.stage.InPlace() {
		workers = parallel.CPU()
	}
	parallel.For(ctx, len(list), workers, func(i int) error {
		j := list[i]
		if !slices.ContainsFunc(j.deps, c.isStub) {
			return nil
		}
		// The files are taken now, so a job that cannot have them
		// (one edited in public/) renders from its pages in full.
		if j.cached != nil && b.stage != nil {
			j.checked = true
			if sums, ok := j.cached(); ok && b.stage.ReuseAll(sums) {
				j.reused = sums
				return nil
			}
		}
		for _, p := range j.deps {
			if c.isStub(p) {
				pending[i] = append(pending[i], p)
			}
		}
		return nil
	})
	if err := ctx.Err(); err != nil {
		return err
	}
	need := map[*content.Page]bool{}
	var todo []*content.Page
	for _, stubs := range pending {
		for _, p := range stubs {
			if !need[p] {
				need[p] = true
				todo = append(todo, p)
			}
		}
	}
	return parallel.For(ctx, len(todo), parallel.IO(), func(i int) error {
		return b.upgrade(todo[i], views[todo[i]], cardKey)
	})
}

// upgrade loads stub p in full, in place (jobs hold its pointer), with
// its view v and its cache entry's body and list entry.
func (b *Builder) upgrade(p *content.Page, v *render.PageView, cardKey string) error {
	c := b.cache
	full, err := content.LoadFile(b.cfg, b.md, p.Path)
	if err != nil {
		return err
	}
	b.loads.Add(1)
	e := c.entry(p)
	if c.pageKey(full.Path, full.Source) != e.key {
		return fmt.Errorf("%s: %w", p.Path, errStubChanged)
	}
	var rec pageRecord
	if c.store.Get(e.key, &rec) != nil {
		rec = pageRecord{}
	}
	*p = *full
	e.mu.Lock()
	e.stub = false
	e.rec.View, e.rec.Card, e.rec.Email = rec.View, rec.Card, rec.Email
	e.mu.Unlock()
	var view *render.PageView
	if rec.View != nil {
		view = render.ViewOf(b.cfg, p, template.HTML(rec.View.Content), template.HTML(rec.View.Summary))
	} else if view, err = render.NewView(b.cfg, b.md, p, b.imageSize(p)); err != nil {
		return err
	} else {
		c.putView(p, view.Content, view.SummaryHTML)
	}
	if v != nil {
		*v = *view
		if k, ok := c.subKey(p, "card", cardKey); ok && rec.Card != nil && rec.Card.Key == k {
			v.SetCard(template.HTML(rec.Card.HTML))
		}
	}
	return nil
}

// saveIndex writes the index of the pages of the last build, encoded
// already when encodeIndexSoon was called.
func (b *Builder) saveIndex(c *pageCache) error {
	c.encoding.Wait()
	payload := c.encoded
	c.encoded = nil
	if payload == nil {
		payload = indexPayload(c, b.pages)
	}
	return c.store.PutNamed(indexName, c.salt, payload)
}

// encodeIndexSoon starts encoding the index of the build just made while
// gen build reports and publishes it: nothing the index records changes
// after the build, and saveIndex writes the bytes once the build is
// published (or refused for its lint findings) and never otherwise.
func (b *Builder) encodeIndexSoon(c *pageCache) {
	if c == nil {
		return
	}
	pages := b.pages
	c.encoding.Go(func() { c.encoded = indexPayload(c, pages) })
}

// indexPayload is the encoded index of the pages of the last build.
func indexPayload(c *pageCache, pages map[string]*content.Page) []byte {
	idx := pageIndex{Pages: make(map[string]*indexEntry, len(pages)), Lists: c.listsNew}
	for k := range c.listsUsed {
		if _, ok := idx.Lists[k]; !ok && c.index != nil && c.index.Lists[k] != nil {
			idx.Lists[k] = c.index.Lists[k]
		}
	}
	limit := c.start.Add(-racyWindow).UnixNano()
	for path, p := range pages {
		e := c.entry(p)
		st, ok := c.stats0[path]
		if e == nil || !ok {
			continue
		}
		racy := st.Mod >= limit || st.Change >= limit
		e.mu.Lock()
		if prev := c.sameAsRead(path, p, e, st, racy); prev != nil {
			e.mu.Unlock()
			idx.Pages[path] = prev
			continue
		}
		ie := &indexEntry{Stat: st, Racy: racy, Key: e.key, Meta: metaOf(p),
			Lint: e.rec.Lint, Page: e.rec.Page, Mail: e.rec.Mail, Refs: c.refs[p], Parts: e.parts}
		if !e.stub {
			ie.Parts = 0
			for _, has := range []bool{e.rec.View != nil, e.rec.Lint != nil, e.rec.Card != nil} {
				if has {
					ie.Parts++
				}
			}
		}
		e.mu.Unlock()
		for _, w := range p.Warnings {
			ie.Warnings = append(ie.Warnings, warningOf(w))
		}
		idx.Pages[path] = ie
	}
	return encodeIndex(&idx, c.indexSize)
}

// sameAsRead returns the index entry read for path when the page is
// still its stub and the entry the build would write for it now is the
// one read, so its bytes can be written back as they are; nil
// otherwise. e's lock is held. A stub's fields came from that entry, and
// whatever the build changed of its record marked it dirty; the fields
// are compared all the same, so an entry is never written stale.
func (c *pageCache) sameAsRead(path string, p *content.Page, e *cacheEntry, st output.Stamp, racy bool) *indexEntry {
	if c.index == nil || !e.stub || e.dirty {
		return nil
	}
	prev := c.index.Pages[path]
	if prev == nil || prev.raw == nil || prev.Stat != st || prev.Racy != racy || prev.Key != e.key || prev.Parts != e.parts ||
		prev.Lint != e.rec.Lint || prev.Page != e.rec.Page || prev.Mail != e.rec.Mail {
		return nil
	}
	if !sameMeta(prev.Meta, metaOf(p)) || !slices.Equal(prev.Refs, c.refs[p]) || len(prev.Warnings) != len(p.Warnings) {
		return nil
	}
	for i, w := range p.Warnings {
		if prev.Warnings[i] != warningOf(w) {
			return nil
		}
	}
	return prev
}

// sameMeta reports whether two pages' metadata would encode alike.
func sameMeta(a, b pageMeta) bool {
	return a.Section == b.Section && a.Slug == b.Slug && a.URL == b.URL && a.BundleDir == b.BundleDir &&
		a.Kind == b.Kind && a.Title == b.Title && a.FrontSlug == b.FrontSlug && a.Description == b.Description &&
		a.Date == b.Date && a.Updated == b.Updated && a.ExpiryDate == b.ExpiryDate &&
		slices.Equal(a.Tags, b.Tags) && slices.Equal(a.TagSlugs, b.TagSlugs) &&
		a.Draft == b.Draft && a.Issue == b.Issue && a.WordCount == b.WordCount && a.ReadingTime == b.ReadingTime
}

// quoteSources gives results without their source (the pages the build
// did not read) their file's bytes, for a report that quotes lines.
func quoteSources(root string, results []lint.Result) []lint.Result {
	parallel.For(context.Background(), len(results), parallel.IO(), func(i int) error {
		r := &results[i]
		if r.Source != nil || r.Err != nil || len(r.Diagnostics) == 0 {
			return nil
		}
		if src, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(r.Path))); err == nil {
			r.Source = src
		}
		return nil
	})
	return results
}

// Package site is gen's one orchestrator: every command that reads a
// site's content goes through it. A build loads config, theme and content,
// plans every output as a job with the pages it depends on, runs the jobs
// in parallel and, on a rebuild, re-runs only the jobs whose inputs
// changed. LintPaths lints Markdown files and folders, WriteEmails renders
// chosen issues as email and NewPage starts a draft; each reads the
// content once.
package site

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"html/template"
	"maps"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/email"
	"github.com/claritynotes/gen/internal/linkcheck"
	"github.com/claritynotes/gen/internal/lint"
	lintdriver "github.com/claritynotes/gen/internal/lint/driver"
	"github.com/claritynotes/gen/internal/markdown"
	"github.com/claritynotes/gen/internal/output"
	"github.com/claritynotes/gen/internal/parallel"
	"github.com/claritynotes/gen/internal/render"
	"github.com/claritynotes/gen/internal/subscribe"
	"github.com/claritynotes/gen/internal/theme"
)

// Options configure a Builder.
type Options struct {
	Source      string // site root; "" means the current directory
	Destination string // build output; "" means public/ in the site root
	BaseURL     string // overrides gen.toml's baseURL (preview deploys)
	Drafts      bool   // include drafts
	Future      bool   // include future-dated and expired pages
	// Dev marks a build for gen serve.
	Dev bool
	// Now is the time used to decide what is future-dated; zero means now.
	Now time.Time
	// Cache keeps each page's rendered body, lint findings and email in
	// .gen-cache/ in the site root between full builds (gen build).
	Cache bool
}

// Result is the outcome of a build: the whole site in memory.
type Result struct {
	// Files maps output paths ("articles/x/index.html") to their bytes.
	Files map[string][]byte
	// Changed and Removed list output paths that differ from the previous
	// build (none from BuildStaged, whose files are in the destination).
	Changed, Removed     []string
	Pages, Feeds, Emails int
	// Skipped counts drafts, future-dated and expired pages left out.
	Skipped  int
	Duration time.Duration
	// Warnings are problems that do not stop the build.
	Warnings []string
	// Lint holds every published page's lint result.
	Lint *LintSet
	// Cache counts the per-page work done and saved by the build cache
	// (zero when the cache is off).
	Cache CacheStats
}

// Builder builds a site and keeps what it needs to rebuild it incrementally.
// Its methods must not be called concurrently.
type Builder struct {
	opts Options
	root string
	cfg  *config.Config
	th   *theme.Theme
	md   *markdown.Renderer
	lint *lint.Linter
	min  *output.Minifier
	form *subscribe.Form
	// links keeps what the link check read between builds.
	links *linkcheck.Checker
	// cache is the persistent cache of the running full build, nil when
	// it is off and during rebuilds.
	cache *pageCache
	// unsaved is the last full build's cache, until SaveCache writes it.
	unsaved *pageCache
	// pre is what loadAndPrepare made for each page during a full build.
	pre *prepared
	// bodies holds the rendered bodies of a staged build's pages until
	// their jobs run; nil otherwise. bodyBudget is how many bytes of
	// them it keeps in memory (bodiesInMemory but in tests).
	bodies     *bodies
	bodyBudget int64
	// pinnedNow is the time of a staged build: what it makes of a page as
	// the page loads and what it decides once all are loaded agree on
	// which pages are published.
	pinnedNow time.Time
	// stage, during BuildStaged, is where jobs write their files, once
	// awaitStage returns; pending is the same, for Discard from another
	// goroutine.
	stage      *output.Stage
	awaitStage func()
	pending    atomic.Pointer[output.Stage]

	// State of the last good build.
	tmpl     *theme.Templates
	email    *email.Renderer
	linted   map[*content.Page]lint.Result
	lintSet  *LintSet
	pages    map[string]*content.Page // every loaded page by path, published or not
	site     *content.Site            // the published selection of pages
	views    map[*content.Page]*render.PageView
	jobs     map[string]*job
	siteKey  string // the menu and year the jobs' pages show: when they change, no job is reused
	tally    tally
	warnings []string // the jobs' warnings in job order
	files    map[string][]byte
	static   map[string][]byte
	built    bool
	// staticPaths gives each static file's site path (static/x or the
	// theme's), for messages about its URL.
	staticPaths map[string]string
	// dependents lists the jobs that read each page; made on demand by
	// patch and dropped whenever the jobs are planned again.
	dependents map[*content.Page][]*job
	// exeSumInvalid is set when the cache's record of gen's own hash was
	// there but could not be used, for the cache's counts.
	exeSumInvalid bool
	// saveExeSum, when set, keeps gen's own hash in the cache folder.
	saveExeSum func()
	// imageReaders lists the pages whose views read each static/ image.
	imageReaders imageReaders
	// cfgUsed is set once a full build started from the loaded config.
	cfgUsed bool
	// fullDue is set while the last full build failed: it may have read
	// a new gen.toml or theme that the last good build's templates and
	// jobs do not show, so the next rebuild is a full build too.
	fullDue bool
	// year is the year the templates' year function shows: gen serve
	// running into a new year makes them again.
	year int
	// manifestNames are the names of the manifest BuildStaged read, in
	// order, or nil.
	manifestNames []string
	// loads counts the content files read, so a test can check that a
	// command reads each one once.
	loads atomic.Int64
}

// New loads the site's configuration and theme.
func New(opts Options) (*Builder, error) {
	root := opts.Source
	if root == "" {
		root = "."
	}
	root, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	b := &Builder{opts: opts, root: root, min: output.NewMinifier(), links: linkcheck.New(), bodyBudget: bodiesInMemory}
	if err := b.loadConfig(); err != nil {
		return nil, err
	}
	return b, nil
}

func (b *Builder) loadConfig() error {
	cfg, err := config.Load(b.root, "")
	if err != nil {
		return err
	}
	if b.opts.BaseURL != "" {
		if cfg, err = cfg.WithBaseURL(b.opts.BaseURL); err != nil {
			return err
		}
	}
	th, err := theme.ForConfig(cfg)
	if err != nil {
		return err
	}
	form, err := subscribe.New(cfg.Newsletter.Tool, cfg.Newsletter.Subscribe)
	if err != nil {
		var se *subscribe.Error
		if errors.As(err, &se) {
			line, col := cfg.ValuePos("newsletter", "subscribe")
			if line == 0 { // the table form: point at the url
				line, col = cfg.ValuePos("newsletter", "subscribe", "url")
			}
			return &diag.Error{Path: cfg.File, Line: line, Col: col, Msg: se.Msg, Hint: se.Hint}
		}
		return err
	}
	linter, err := lint.New(cfg.Lint)
	if err != nil {
		return err
	}
	b.cfg, b.th, b.lint, b.form = cfg, th, linter, form
	b.md = markdown.New(markdown.Options{Unsafe: cfg.Markdown.Unsafe, HeadingAnchors: true})
	return nil
}

func (b *Builder) now() time.Time {
	if !b.opts.Now.IsZero() {
		return b.opts.Now
	}
	if !b.pinnedNow.IsZero() {
		return b.pinnedNow
	}
	return time.Now()
}

// Config is the loaded site configuration.
func (b *Builder) Config() *config.Config { return b.cfg }

// Root is the absolute site root.
func (b *Builder) Root() string { return b.root }

// Destination is where gen build publishes.
func (b *Builder) Destination() string {
	if b.opts.Destination != "" {
		return b.opts.Destination
	}
	return filepath.Join(b.root, "public")
}

// WatchDirs are the site-relative folders whose changes affect the build.
func (b *Builder) WatchDirs() []string {
	return append([]string{content.Dir}, b.th.WatchDirs()...)
}

// Build loads everything and renders the whole site into memory, then
// checks its links.
func (b *Builder) Build(ctx context.Context) (*Result, error) {
	return b.checkLinks(b.build(ctx))
}

// Rebuild applies changes to the given site-relative paths. Config, layout
// and theme changes rebuild everything; content and static changes re-run
// only the jobs whose inputs changed. On error the last good build is kept.
// The links are checked after every rebuild: a broken link leaves the
// build in place (its files are right) and is reported as an error.
func (b *Builder) Rebuild(ctx context.Context, changed []string) (*Result, error) {
	return b.checkLinks(b.rebuild(ctx, changed))
}

// checkLinks resolves every published page's links, images and next-step
// URLs against the built files. Under brokenLinks = "warning" the broken
// ones become warnings; otherwise they are the build's errors.
func (b *Builder) checkLinks(res *Result, err error) (*Result, error) {
	if err != nil {
		return res, err
	}
	start := time.Now()
	pages := b.site.Pages
	if intro := b.site.Sections[""]; intro != nil {
		pages = append(slices.Clip(pages), intro)
	}
	b.links.RawHTML = b.cfg.Markdown.Unsafe
	broken := b.links.Check(b.cfg.BaseURL, res.Files, pages)
	defer func() { res.Duration += time.Since(start) }()
	if len(broken) == 0 {
		return res, nil
	}
	if b.cfg.Build.BrokenLinks == "warning" {
		for _, e := range broken {
			res.Warnings = append(res.Warnings, e.Pos()+": "+e.Msg)
		}
		return res, nil
	}
	errs := make([]error, len(broken))
	for i, e := range broken {
		errs[i] = e
	}
	return res, joinErrs(errs)
}

// build loads everything and renders the whole site into memory.
func (b *Builder) build(ctx context.Context) (*Result, error) {
	start := time.Now()
	// gen.toml and the theme are read again for every full build but the
	// first after New, which read them: also after a failed first build,
	// so an edit made meanwhile is not lost.
	if b.cfgUsed {
		if err := b.loadConfig(); err != nil {
			return nil, err
		}
	}
	b.cfgUsed = true
	b.fullDue = true
	b.imageReaders.reset()
	b.year = b.now().Year()
	tmpl, err := b.th.Templates(render.Funcs(b.cfg, b.now()))
	if err != nil {
		return nil, err
	}
	// The email renderer (which checks the theme's accepted email
	// features against the caniemail data) is made while the static and
	// content folders are read, and the cache's page index is decoded
	// meanwhile too; errors are reported in that order.
	var emailReady sync.WaitGroup
	var em *email.Renderer
	var emailErr error
	emailReady.Go(func() { em, emailErr = email.New(b.cfg, b.th) })
	static, err := b.readStatic()
	var cache *pageCache
	var cacheErr error
	var files []string
	if err == nil {
		cache, cacheErr = b.openCache(static)
		files, err = content.Files(b.root)
	}
	emailReady.Wait()
	if err := cmp.Or(emailErr, err); err != nil {
		return nil, err
	}
	b.email = em
	if b.stage != nil {
		b.bodies = openBodies(b.bodyBudget)
		b.pinnedNow = time.Now()
	}
	defer func() {
		b.cache, b.pre = nil, nil
		b.bodies.close()
		b.bodies = nil
		b.pinnedNow = time.Time{}
	}()
	res, cacheWarnings, err := b.buildFrom(ctx, start, tmpl, files, static, cache, cacheErr, true)
	if err != nil && b.cache != nil && b.cache.stubCount > 0 && ctx.Err() == nil {
		// Errors are reported from the pages themselves, not their stubs
		// (which have no source to point into): the build runs again,
		// reading every page.
		cache, cacheErr = b.openCache(static)
		res, cacheWarnings, err = b.buildFrom(ctx, start, tmpl, files, static, cache, cacheErr, false)
	}
	if err != nil {
		return nil, err
	}
	res.Warnings = append(res.Warnings, cacheWarnings...)
	if b.cache != nil {
		res.Cache = b.cache.stats
	}
	b.unsaved = b.cache
	b.fullDue = false
	return res, nil
}

// buildFrom is build once the templates, content files and static files
// are known, with the cache openCache returned. With useIndex, unchanged
// pages come from the cache's page index without being read.
func (b *Builder) buildFrom(ctx context.Context, start time.Time, tmpl *theme.Templates, files []string, static map[string][]byte,
	cache *pageCache, cacheErr error, useIndex bool) (*Result, []string, error) {
	var cacheWarnings []string
	var err error
	if b.cache = cache; cacheErr != nil {
		cacheWarnings = append(cacheWarnings, cacheErr.Error())
	}
	if b.cache != nil {
		b.cache.useStubs = useIndex
	}
	pages, err := b.loadAndPrepare(ctx, files)
	if err != nil {
		return nil, nil, err
	}
	if b.cache != nil && b.cache.err != nil {
		cacheWarnings = append(cacheWarnings, b.cache.err.Error())
	}
	// A full build starts from an empty job table so everything is rendered.
	res, err := b.commit(ctx, start, tmpl, pages, nil, static, nil)
	return res, cacheWarnings, err
}

// SaveCache writes what the last full build added to .gen-cache/ and
// removes the entries no page uses any more. gen build calls it once the
// build is published or refused for its content, never when it failed or
// its destination was refused, so a refused build leaves the site as it
// was. It returns warnings: a cache that cannot be written costs speed,
// not correctness.
func (b *Builder) SaveCache() []string {
	c := b.unsaved
	b.unsaved = nil
	return b.saveCache(c)
}

// rebuild is Rebuild without the link check.
func (b *Builder) rebuild(ctx context.Context, changed []string) (*Result, error) {
	if !b.built || b.fullDue || b.now().Year() != b.year {
		return b.build(ctx)
	}
	start := time.Now()
	var contentChanged []string
	staticChanged := false
	for _, c := range changed {
		c = filepath.ToSlash(c)
		switch {
		case c == config.FileName || strings.HasPrefix(c, "layouts/") || strings.HasPrefix(c, "themes/") && !strings.HasPrefix(c, b.th.Dir+"/static/"):
			return b.build(ctx)
		case strings.HasPrefix(c, content.Dir+"/"):
			contentChanged = append(contentChanged, c)
		case strings.HasPrefix(c, "static/") || strings.HasPrefix(c, b.th.Dir+"/static/"):
			staticChanged = true
			// A page showing an image of static/ holds its size.
			contentChanged = b.imageReaders.of(c, contentChanged)
		}
	}
	if len(contentChanged) > 0 && !staticChanged {
		if res, ok, err := b.patch(ctx, start, contentChanged); ok {
			return res, err
		}
	}
	pages := b.pages
	var gone []*content.Page
	if len(contentChanged) > 0 {
		var err error
		if pages, gone, err = b.reloadPages(ctx, contentChanged); err != nil {
			return nil, err
		}
	}
	static := b.static
	if staticChanged {
		var err error
		if static, err = b.readStatic(); err != nil {
			return nil, err
		}
	}
	return b.commit(ctx, start, b.tmpl, pages, gone, static, b.jobs)
}

// loadPages loads the given content files in parallel, reporting every
// error. It stops early when ctx is cancelled.
func (b *Builder) loadPages(ctx context.Context, files []string, each func(*content.Page)) (map[string]*content.Page, error) {
	b.loads.Add(int64(len(files)))
	pages, err := content.LoadFiles(ctx, b.cfg, b.md, files, each)
	if ctxErr := ctx.Err(); ctxErr != nil {
		return nil, ctxErr
	}
	if err != nil {
		// Positioned errors first, in file order.
		return nil, joinErrs([]error{err})
	}
	out := make(map[string]*content.Page, len(files))
	for i, f := range files {
		out[f] = pages[i]
	}
	return out, nil
}

// prepared is the per-page work loadAndPrepare did as each page loaded.
type prepared struct {
	mu       sync.Mutex
	views    map[*content.Page]*render.PageView
	viewErrs map[*content.Page]error
	linted   map[*content.Page]lint.Result
	// emails are the issues whose email a staged build made and wrote as
	// they loaded; newest are the issues, newest first, that may be among
	// the newsletter feed's entries and keep their syntax tree for it.
	emails map[*content.Page]emailDone
	newest []*content.Page
}

// emailDone is an email written to the stage before its job ran.
type emailDone struct {
	names    []string
	warnings []string
}

func (pre *prepared) emailed(p *content.Page) (emailDone, bool) {
	if pre == nil {
		return emailDone{}, false
	}
	pre.mu.Lock()
	defer pre.mu.Unlock()
	d, ok := pre.emails[p]
	return d, ok
}

// keepNewest records published issue p among the newest issues and
// returns the one that is no longer among the feedItems newest (p itself,
// or one recorded before), or nil. Called with pre.mu held.
func (pre *prepared) keepNewest(p *content.Page) *content.Page {
	i, _ := slices.BinarySearchFunc(pre.newest, p, content.CompareByDate)
	pre.newest = slices.Insert(pre.newest, i, p)
	if len(pre.newest) <= feedItems {
		return nil
	}
	out := pre.newest[feedItems]
	pre.newest = pre.newest[:feedItems]
	return out
}

// view returns p's prepared view or the error making it, if p was prepared.
func (pre *prepared) view(p *content.Page) (*render.PageView, error, bool) {
	if pre == nil {
		return nil, nil, false
	}
	if err, ok := pre.viewErrs[p]; ok {
		return nil, err, true
	}
	v, ok := pre.views[p]
	return v, nil, ok
}

func (pre *prepared) lint(p *content.Page) (lint.Result, bool) {
	if pre == nil {
		return lint.Result{}, false
	}
	r, ok := pre.linted[p]
	return r, ok
}

// loadAndPrepare loads the content files of a full build and, in the same
// worker and while each page is fresh, does the work that needs that page
// alone: its cache entry, its rendered body, its lint result and its link
// references. Loading, rendering and linting thus overlap, with no phase
// waiting for all pages. In a staged build a page's AST is dropped once
// nothing more needs it (only an issue's email and feed read it later), so
// memory holds the site's metadata, not every page's syntax tree. The
// work is done for drafts too, which commit leaves out. Load errors are
// reported as loadPages does. A page the cache's index shows unchanged is
// not loaded: its stub stands for it, with the lint result and link
// references the index kept (see upgradeStubs for when it is loaded after
// all).
func (b *Builder) loadAndPrepare(ctx context.Context, files []string) (map[string]*content.Page, error) {
	b.links.RawHTML = b.cfg.Markdown.Unsafe
	pre := &prepared{views: make(map[*content.Page]*render.PageView, len(files)),
		viewErrs: map[*content.Page]error{}, linted: make(map[*content.Page]lint.Result, len(files)),
		emails: map[*content.Page]emailDone{}}
	publishes := content.Options{Drafts: b.opts.Drafts, Future: b.opts.Future, Now: b.now()}
	stubs, load := map[string]*indexEntry(nil), files
	if b.cache != nil {
		stubs, load = b.cache.sortFiles(b.root, files)
	}
	pages, err := b.loadPages(ctx, load, func(p *content.Page) {
		size := len(p.Source)
		b.cache.add(b, p)
		var view *render.PageView
		var err error
		if v, ok := b.cache.view(p); ok {
			view = render.ViewOf(b.cfg, p, template.HTML(v.Content), template.HTML(v.Summary))
		} else if view, err = render.NewView(b.cfg, b.md, p, b.imageSize(p)); err == nil {
			b.cache.putView(p, view.Content, view.SummaryHTML)
		}
		if err == nil {
			b.bodies.put(view)
		}
		refs := linkcheck.Refs(p, b.links.RawHTML)
		b.links.Given(p, refs)
		b.cache.keepRefs(p, refs)
		r, ok := b.cache.lint(p)
		if !ok {
			// Rendered and its links read, a page's syntax tree is the
			// linter's to take apart, but for an issue's email and feed
			// entry: a large page's tree and its lint tokens are not held
			// at once.
			if b.stage != nil && (p.Kind != content.KindIssue || b.treeUnread(p, view)) {
				r = lintdriver.CheckConsuming(b.lint, p)
			} else {
				r = lintdriver.Check(b.lint, p)
			}
			b.cache.putLint(p, r)
		}
		if b.stage != nil {
			// gen build quotes source lines only for the findings it
			// prints; a page without them need not keep its text.
			if !quoted(r) {
				r.Source = nil
			}
			// An issue's email is made now, while its syntax tree is at
			// hand, so that only the newsletter feed's issues keep theirs.
			release := p
			if p.Kind == content.KindIssue {
				release = b.emailNow(p, pre, publishes)
			}
			if release != nil {
				release.ReleaseBody()
				b.links.Released(release)
			}
		}
		pre.mu.Lock()
		if err != nil {
			pre.viewErrs[p] = err
		} else {
			pre.views[p] = view
		}
		pre.linted[p] = r
		pre.mu.Unlock()
		if b.stage != nil && size >= hugePage {
			// The page's tree, lint tokens and rendered body, several
			// times its size, are garbage now. The collector paced
			// itself by them; collected now, the heap may next grow by
			// what the build holds, not by what this page held at its
			// peak, and the jobs rendering the page's copies (each as
			// large as it) do not stack on top of that peak.
			runtime.GC()
		}
	})
	if err != nil {
		return nil, err
	}
	// The stubs and their views are made on every processor: a warm
	// build of 10,000 pages has little else to do meanwhile.
	paths := make([]string, 0, len(stubs))
	for path := range stubs {
		paths = append(paths, path)
	}
	made := make([]*content.Page, len(paths))
	views := make([]*render.PageView, len(paths))
	entries := make([]*indexEntry, len(paths))
	parallel.For(context.Background(), len(paths), parallel.CPU(), func(i int) error {
		entries[i] = stubs[paths[i]]
		made[i] = entries[i].stub(paths[i])
		views[i] = render.ViewOf(b.cfg, made[i], "", "")
		return nil
	})
	// Each table is filled by one goroutine, the tables side by side:
	// tens of thousands of insertions, which one goroutine made in turn.
	var filled sync.WaitGroup
	filled.Go(func() {
		for i, p := range made {
			b.cache.addStub(p, entries[i])
		}
	})
	filled.Go(func() {
		for i, p := range made {
			b.links.Given(p, entries[i].Refs)
		}
	})
	for i, path := range paths {
		p := made[i]
		pre.views[p] = views[i]
		pre.linted[p] = stubResult(p, entries[i].Lint)
		pages[path] = p
	}
	filled.Wait()
	if b.cache != nil {
		b.cache.stubCount = len(stubs)
	}
	b.pre = pre
	return pages, nil
}

// hugePage is the source size from which loadAndPrepare collects the
// garbage a page leaves as soon as it is prepared. A collection costs
// about what the build holds; a page this large leaves far more garbage
// than that, and pages of ordinary size never pay for one.
const hugePage = 4 << 20

// treeUnread reports whether nothing reads issue p's syntax tree once its
// web page is rendered: it is too large for an email, and its HTML too
// large for the newsletter feed, which carries its summary instead.
func (b *Builder) treeUnread(p *content.Page, view *render.PageView) bool {
	return tooLargeToEmail(p) != nil && view != nil && b.bodies.size(view) > feedContentBudget
}

// emailNow makes and writes the email of issue p, if the build publishes
// it, and returns the page whose body nothing needs any more: p, one of
// the issues loaded before it, or nil. An issue whose email is not made
// here keeps its body for its job, which makes it or reports why not.
func (b *Builder) emailNow(p *content.Page, pre *prepared, publishes content.Options) *content.Page {
	if !publishes.Publishes(p) {
		return nil
	}
	files, warnings, err := b.makeEmail(p)
	if err != nil {
		return nil
	}
	// The stage takes files once the previous site's record is read.
	if b.awaitStage != nil {
		b.awaitStage()
	}
	d := emailDone{warnings: warnings, names: make([]string, 0, len(files))}
	sums := make(map[string]output.Sum, len(files))
	for name, data := range files {
		sum, err := b.stage.Write(name, data)
		if err != nil {
			return nil
		}
		sums[name] = sum
		d.names = append(d.names, name)
	}
	// What the email job would have kept, so that the next build can take
	// the files from this one's site.
	b.cache.putMail(p, sums, warnings)
	pre.mu.Lock()
	defer pre.mu.Unlock()
	pre.emails[p] = d
	return pre.keepNewest(p)
}

// quoted reports whether gen build's report quotes lines of r's source:
// it shows errors and every finding above info.
func quoted(r lint.Result) bool {
	if r.Err != nil {
		return true
	}
	for _, d := range r.Diagnostics {
		if d.Severity != string(lint.SeverityInfo) {
			return true
		}
	}
	return false
}

// reloadPages returns a copy of the page table with the changed paths
// reloaded, added or removed. A changed path may be a file or a folder (a
// folder created, deleted or renamed); a change inside a page bundle
// reloads its page so its resources are published again.
func (b *Builder) reloadPages(ctx context.Context, changed []string) (map[string]*content.Page, []*content.Page, error) {
	pages := maps.Clone(b.pages)
	var gone []*content.Page
	load := map[string]bool{}
	for _, c := range changed {
		// Forget what was under the path, then load what is there now.
		for p, pg := range pages {
			if p == c || strings.HasPrefix(p, c+"/") {
				delete(pages, p)
				gone = append(gone, pg)
			} else if pg.BundleDir != "" && strings.HasPrefix(c, pg.BundleDir+"/") {
				load[p] = true
			}
		}
		found, err := content.FilesUnder(b.root, c)
		if err != nil {
			return nil, nil, err
		}
		for _, f := range found {
			load[f] = true
		}
	}
	files := make([]string, 0, len(load))
	for f := range load {
		files = append(files, f)
	}
	sort.Strings(files)
	loaded, err := b.loadPages(ctx, files, nil)
	if err != nil {
		return nil, nil, err
	}
	for k, v := range loaded {
		if old, ok := pages[k]; ok {
			gone = append(gone, old)
		}
		pages[k] = v
	}
	return pages, gone, nil
}

func (b *Builder) readStatic() (map[string][]byte, error) {
	files, err := b.th.Static()
	if err != nil {
		return nil, err
	}
	out := make(map[string][]byte, len(files)+1)
	paths := make(map[string]string, len(files))
	for _, f := range files {
		data, err := b.th.Read(f)
		if err != nil {
			return nil, err
		}
		out[f.Name] = data
		paths[f.Name] = f.Path
	}
	b.staticPaths = paths
	out["css/syntax.css"] = []byte(markdown.SyntaxCSS())
	return out, nil
}

// commit plans and runs the jobs for the given inputs and, when all
// succeed, makes them the builder's state. On a rebuild (prev != nil), gone
// lists the pages replaced or removed since the last build; what was
// derived from them is dropped and everything else is reused.
func (b *Builder) commit(ctx context.Context, start time.Time, tmpl *theme.Templates,
	pages map[string]*content.Page, gone []*content.Page, static map[string][]byte, prev map[string]*job) (*Result, error) {
	all := make([]*content.Page, 0, len(pages))
	for _, p := range pages {
		all = append(all, p)
	}
	site, err := content.Assemble(all, content.Options{Drafts: b.opts.Drafts, Future: b.opts.Future, Now: b.now()})
	if err != nil {
		return nil, err
	}
	c := b.caches(prev != nil, gone, len(all))
	views, err := b.prepareViews(ctx, site, c.views)
	if err != nil {
		return nil, err
	}
	sv := render.NewSiteView(b.cfg, menu(b.cfg, site))
	sv.Subscribe = b.form
	cardKey := siteKey(sv.Menu, b.now().Year())
	b.presetCards(views, cardKey)
	r := &render.Renderer{T: tmpl, Cfg: b.cfg, Site: sv}
	tmpl.ForgetCached()
	pl := &planner{b: b, r: r, site: site, views: views, static: static, siteKey: cardKey}
	jobs := pl.plan()
	if b.awaitStage != nil {
		b.awaitStage()
	}
	if err := b.upgradeStubs(ctx, jobs, views, cardKey); err != nil {
		return nil, err
	}
	// Every layout may show the menu and the year, which no job's key
	// holds: when they change, every job runs again.
	reusable := prev
	if cardKey != b.siteKey {
		reusable = nil
	}
	ran, err := b.run(ctx, jobs, reusable)
	if err != nil {
		return nil, err
	}
	// Overlapping outputs are found once every job has named its files;
	// all of them are reported together, with the plan's own clashes.
	// Nothing below changes the jobs' files, so they are checked while
	// the files are collected and the pages linted.
	var claims sync.WaitGroup
	var claimsErr error
	claims.Go(func() { claimsErr = checkClaims(jobs) })
	defer claims.Wait()
	claimed := func() error {
		claims.Wait()
		overlaps := append(pl.errs, clashErrors(pl.clashes)...)
		if err := joinErrs(append(overlaps, claimsErr)); err != nil {
			return err
		}
		for _, j := range ran {
			if j.writeErr != nil {
				return j.writeErr
			}
		}
		return nil
	}
	res := &Result{Skipped: site.Skipped}
	if prev == nil {
		res.Files, res.Changed, res.Removed = b.collectAll(jobs, b.stage == nil)
	} else {
		var updates []fileUpdate
		for id, old := range prev {
			if _, ok := jobs[id]; !ok {
				updates = append(updates, fileUpdate{old: old.out})
			}
		}
		for _, j := range ran {
			updates = append(updates, fileUpdate{old: prev[j.id].output(), new: j.out})
		}
		res.Files, res.Changed, res.Removed = b.collect(updates)
	}
	if err := b.lintPages(ctx, site.Pages, &c); err != nil {
		return nil, err
	}
	if err := claimed(); err != nil {
		return nil, err
	}
	b.keepCards(views, cardKey)
	b.siteKey = cardKey
	b.linted, b.lintSet = c.linted, newLintSet(c.lintByURL)
	b.lintSet.root = b.root
	b.tmpl, b.pages, b.site, b.views, b.jobs, b.static, b.built = tmpl, pages, site, views, jobs, static, true
	b.tally, b.warnings, b.dependents = count(jobs), warnings(jobs), nil
	return b.finish(res, start), nil
}

// finish fills in what every result reports and makes its files the
// builder's.
func (b *Builder) finish(res *Result, start time.Time) *Result {
	res.Pages, res.Feeds, res.Emails = b.tally.pages, b.tally.feeds, b.tally.emails
	res.Lint = b.lintSet
	res.Warnings = slices.Concat(b.cfg.Warnings, b.pageWarnings(), b.warnings)
	b.files = res.Files
	res.Duration = time.Since(start)
	return res
}

// pageWarnings lists the loaded pages' warnings (drafts' too), by path.
func (b *Builder) pageWarnings() []string {
	var warned []*content.Page
	for _, p := range b.pages {
		if len(p.Warnings) > 0 {
			warned = append(warned, p)
		}
	}
	slices.SortFunc(warned, func(x, y *content.Page) int { return strings.Compare(x.Path, y.Path) })
	var out []string
	for _, p := range warned {
		for _, w := range p.Warnings {
			out = append(out, w.Error())
		}
	}
	return out
}

// tally counts a build's outputs by kind.
type tally struct{ pages, feeds, emails int }

func count(jobs map[string]*job) tally {
	var t tally
	for _, j := range jobs {
		for name := range j.files() {
			switch {
			case j.kind == kindEmail && strings.HasSuffix(name, "/index.html"):
				t.emails++
			case j.kind == kindPage || j.kind == kindList:
				t.pages++
			case j.kind == kindFeed:
				t.feeds++
			}
		}
	}
	return t
}

// warnings lists the jobs' warnings in job order.
func warnings(jobs map[string]*job) []string {
	var ids []string
	for id, j := range jobs {
		if len(j.warnings) > 0 {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	var out []string
	for _, id := range ids {
		out = append(out, jobs[id].warnings...)
	}
	return out
}

// collectAll assembles the site's files from every job of a full build
// and, with changes, lists them as changed since the previous build,
// and that build's other files as removed. A staged build's files are
// in its stage, and it is never rebuilt from: nothing compares them
// with another build's, so it lists no changes (sorting every name of
// a site took milliseconds of a warm build).
func (b *Builder) collectAll(jobs map[string]*job, changes bool) (files map[string][]byte, changed, removed []string) {
	files = make(map[string][]byte, len(jobs)+len(jobs)/4)
	for _, j := range jobs {
		for name, data := range j.files() {
			files[name] = data
		}
	}
	if !changes {
		return files, nil, nil
	}
	changed = make([]string, 0, len(files))
	for name := range files {
		changed = append(changed, name)
	}
	for name := range b.files {
		if _, ok := files[name]; !ok {
			removed = append(removed, name)
		}
	}
	sort.Strings(changed)
	sort.Strings(removed)
	return files, changed, removed
}

// fileUpdate is one job's files before and after a rebuild (nil when the job
// did not exist, or no longer does).
type fileUpdate struct{ old, new map[string][]byte }

// collect applies a rebuild's updates to a copy of the previous files, so
// an edit costs the same on a 10-page site and a 10,000-page one.
func (b *Builder) collect(updates []fileUpdate) (files map[string][]byte, changed, removed []string) {
	files = maps.Clone(b.files)
	for _, u := range updates {
		for name := range u.old {
			if _, still := u.new[name]; !still {
				delete(files, name)
				removed = append(removed, name)
			}
		}
	}
	for _, u := range updates {
		for name, data := range u.new {
			if old, ok := b.files[name]; !ok || !bytes.Equal(old, data) {
				changed = append(changed, name)
			}
			files[name] = data
		}
	}
	sort.Strings(changed)
	sort.Strings(removed)
	// A file moved from one job to another is not removed.
	removed = slices.DeleteFunc(removed, func(name string) bool { _, ok := files[name]; return ok })
	return files, changed, removed
}

// pageCaches are the per-page results kept between builds: views, lint
// results and what serve reads by URL. A rebuild starts from copies of the
// previous ones (cheap to clone, expensive to refill for 10,000 pages)
// with the gone pages removed.
type pageCaches struct {
	views     map[*content.Page]*render.PageView
	linted    map[*content.Page]lint.Result
	lintByURL map[string]lint.Result
}

func (b *Builder) caches(reuse bool, gone []*content.Page, pages int) pageCaches {
	if !reuse {
		// Sized for the pages at once: a full build fills them all. The
		// lint tables are made by lintPages, after the jobs: empty but
		// sized for every page, they would sit in the heap that each of
		// the jobs' collections scans.
		return pageCaches{views: make(map[*content.Page]*render.PageView, pages)}
	}
	c := pageCaches{views: maps.Clone(b.views), linted: maps.Clone(b.linted), lintByURL: maps.Clone(b.lintSet.flat())}
	for _, p := range gone {
		delete(c.views, p)
		delete(c.linted, p)
		delete(c.lintByURL, p.URL)
	}
	return c
}

// lintPages lints the published pages that have no result yet. The linter
// reads the same AST the renderer used. It makes c's lint tables when a
// full build has none yet. It stops early when ctx is cancelled and adds
// no result to c then.
func (b *Builder) lintPages(ctx context.Context, pages []*content.Page, c *pageCaches) error {
	if c.linted == nil {
		c.linted, c.lintByURL = make(map[*content.Page]lint.Result, len(pages)), make(map[string]lint.Result, len(pages))
	}
	var todo []*content.Page
	for _, p := range pages {
		if _, ok := c.linted[p]; !ok {
			todo = append(todo, p)
		}
	}
	results := make([]lint.Result, len(todo))
	if err := parallel.For(ctx, len(todo), parallel.CPU(), func(i int) error {
		if r, ok := b.pre.lint(todo[i]); ok {
			results[i] = r
			return nil
		}
		if r, ok := b.cache.lint(todo[i]); ok {
			results[i] = r
			return nil
		}
		results[i] = lintdriver.Check(b.lint, todo[i])
		b.cache.putLint(todo[i], results[i])
		return nil
	}); err != nil {
		return err
	}
	for i, p := range todo {
		c.linted[p] = results[i]
		c.lintByURL[p.URL] = results[i]
	}
	return nil
}

// Linter is the site's configured linter.
func (b *Builder) Linter() *lint.Linter { return b.lint }

// prepareViews renders the Markdown of the published pages and section
// indexes that have no view in views yet, and adds them. It stops early
// when ctx is cancelled.
func (b *Builder) prepareViews(ctx context.Context, site *content.Site, views map[*content.Page]*render.PageView) (map[*content.Page]*render.PageView, error) {
	var todo []*content.Page
	for _, p := range site.Pages {
		if _, ok := views[p]; !ok {
			todo = append(todo, p)
		}
	}
	for _, p := range site.Sections {
		if _, ok := views[p]; !ok {
			todo = append(todo, p)
		}
	}
	made := make([]*render.PageView, len(todo))
	errs := make([]error, len(todo))
	parallel.For(ctx, len(todo), parallel.CPU(), func(i int) error {
		p := todo[i]
		if v, err, ok := b.pre.view(p); ok {
			made[i], errs[i] = v, err
			return nil
		}
		if v, ok := b.cache.view(p); ok {
			made[i] = render.ViewOf(b.cfg, p, template.HTML(v.Content), template.HTML(v.Summary))
			return nil
		}
		made[i], errs[i] = render.NewView(b.cfg, b.md, p, b.imageSize(p))
		if errs[i] == nil {
			b.cache.putView(p, made[i].Content, made[i].SummaryHTML)
		}
		return nil
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := joinErrs(errs); err != nil {
		return nil, err
	}
	for i, p := range todo {
		views[p] = made[i]
	}
	return views, nil
}

// run executes the jobs whose inputs changed since prev and returns them.
func (b *Builder) run(ctx context.Context, jobs map[string]*job, prev map[string]*job) ([]*job, error) {
	var todo []*job
	for id, j := range jobs {
		if old, ok := prev[id]; ok && j.reusable(old) {
			j.out, j.warnings = old.out, old.warnings
			continue
		}
		todo = append(todo, j)
	}
	return todo, b.exec(ctx, todo)
}

// exec runs jobs in parallel; errors come back in job order.
func (b *Builder) exec(ctx context.Context, jobs []*job) error {
	sort.Slice(jobs, func(i, k int) bool { return jobs[i].id < jobs[k].id })
	errs := make([]error, len(jobs))
	// A staged build's jobs can wait: on the writer's bounded queue, and
	// reading page bodies back from the build's temporary file. More
	// workers than processors keep the processors busy meanwhile (with
	// one worker per processor a 10,000-file build took the same time).
	workers := parallel.CPU()
	if b.stage != nil {
		workers = parallel.IO()
	}
	if err := parallel.For(ctx, len(jobs), workers, func(i int) error {
		errs[i] = jobs[i].exec(b)
		return nil
	}); err != nil {
		return err
	}
	return joinErrs(errs)
}

// joinErrs keeps every distinct error, positioned ones first in file order.
func joinErrs(errs []error) error {
	var out []error
	seen := map[string]bool{}
	for _, e := range errs {
		if e == nil {
			continue
		}
		if l, ok := e.(diag.List); ok {
			out = append(out, l...)
			continue
		}
		if !seen[e.Error()] {
			seen[e.Error()] = true
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		var a, c *diag.Error
		if errors.As(out[i], &a) && errors.As(out[j], &c) {
			return a.Path < c.Path || a.Path == c.Path && a.Line < c.Line
		}
		return false
	})
	return diag.Join(out)
}

// menu lists the site's main navigation: sections, tags and top-level pages.
func menu(cfg *config.Config, s *content.Site) []render.Link {
	links := []render.Link{
		{Title: "Newsletter", URL: render.RelURL(cfg, "/"+cfg.Newsletter.Section+"/")},
		{Title: "Articles", URL: render.RelURL(cfg, "/"+config.ArticlesSection+"/")},
	}
	if idx := s.Sections[cfg.Newsletter.Section]; idx != nil {
		links[0].Title = idx.Title
	}
	if idx := s.Sections[config.ArticlesSection]; idx != nil {
		links[1].Title = idx.Title
	}
	var extra []render.Link
	for _, p := range s.Pages {
		if p.Kind == content.KindPage && p.Section == "" {
			extra = append(extra, render.Link{Title: p.Title, URL: render.RelURL(cfg, p.URL)})
		}
	}
	sort.Slice(extra, func(i, j int) bool { return extra[i].Title < extra[j].Title })
	return append(links, extra...)
}

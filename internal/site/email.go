package site

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/email"
	"github.com/claritynotes/gen/internal/imagesize"
	"github.com/claritynotes/gen/internal/markdown"
	"github.com/claritynotes/gen/internal/output"
	"github.com/claritynotes/gen/internal/sitefs"
)

// EmailTools lists the newsletter tool presets an email can be rendered for.
func EmailTools() []string { return email.Presets() }

// Email renders a newsletter issue of the last good build for a tool
// preset ("" means newsletter.tool), for gen serve's email preview.
func (b *Builder) Email(slug, tool string) (*email.Message, error) {
	if b.email == nil {
		return nil, fmt.Errorf("the site has not been built yet")
	}
	for _, p := range b.pages {
		if p.Kind == content.KindIssue && p.Slug == slug {
			if err := tooLargeToEmail(p); err != nil {
				return nil, err
			}
			return b.email.Render(p, tool)
		}
	}
	return nil, fmt.Errorf("no newsletter issue with slug %q", slug)
}

// emailBodyBudget is the most Markdown an issue's email is made from.
// Gmail clips a message at 102 KB and providers refuse ones of 10 to 25
// MB, so a bigger issue could never be sent; making its email (the CSS
// inlined into every element, the text version, the .eml) would cost
// several times the memory of its web page. A variable for the tests
// that measure how emails scale.
var emailBodyBudget = 1 << 20

// tooLargeToEmail says why an issue gets no email, or returns nil.
func tooLargeToEmail(p *content.Page) error {
	if len(p.Body) <= emailBodyBudget {
		return nil
	}
	line, col := p.Position(p.BodyOffset)
	return diag.Errorf(p.Path, line, col, "split the issue into issues a reader can take in at once; the web page is built as it is",
		"the issue's body is %.1f MB of Markdown, more than an email can carry (Gmail clips a message at 102 KB); gen makes no email of an issue over %d MB",
		float64(len(p.Body))/(1<<20), emailBodyBudget>>20)
}

// EmailOptions choose what an email run renders and where it writes it.
type EmailOptions struct {
	// Issues names issues by slug, file path or number ("3" or "#3");
	// named issues may be drafts or scheduled. None means every published
	// issue.
	Issues []string
	// Tool is the newsletter tool preset; "" means newsletter.tool.
	Tool string
	// Destination is the folder that gets email/<slug>/; "" means the
	// site root. The files carry the tool's merge tags and are not for
	// readers, so they are never written into the published site.
	Destination string
	// CheckLinks builds the site, drafts and scheduled pages included, and
	// reports the chosen issues' broken links, images and cta.url, as the
	// web build does, so a broken image is not mailed.
	CheckLinks bool
}

// EmailRun is the outcome of an email run.
type EmailRun struct {
	Issues []IssueEmail
	// LinkErrors and LinkWarnings are the chosen issues' broken links
	// (with CheckLinks): errors, or warnings under brokenLinks = "warning".
	LinkErrors   []*diag.Error
	LinkWarnings []string
}

// IssueEmail is the outcome of one issue of an email run.
type IssueEmail struct {
	Page    *content.Page
	Dir     string         // the folder its files were written to
	Message *email.Message // nil when Err is set
	Err     error          // the issue could not be rendered
}

// IssueNotFoundError is an issue named on the command line that the site
// does not have.
type IssueNotFoundError struct{ Err *diag.Error }

func (e *IssueNotFoundError) Error() string { return e.Err.Error() }
func (e *IssueNotFoundError) Unwrap() error { return e.Err }

// WriteEmails loads the content once, picks the issues opts names and
// writes each one's email files (index.html, email.txt, message.eml,
// email.md) to Destination/email/<slug>/, after claiming that email/
// folder (output.ClaimExportFolder). An issue that fails to render is
// reported in its IssueEmail and the others are still written; an error
// loading the site, naming an issue (*IssueNotFoundError) or writing a
// file (*fs.PathError) stops the run. Each file is written whole, and
// once ctx is done the run returns its error at once, with the issues
// written so far: the issue being rendered is dropped unwritten.
func (b *Builder) WriteEmails(ctx context.Context, opts EmailOptions) (*EmailRun, error) {
	run := &EmailRun{}
	em, err := email.New(b.cfg, b.th)
	if err != nil {
		return run, err
	}
	var buildErr error
	if opts.CheckLinks {
		// The build loads every page; the issues are picked from them.
		b.opts.Drafts, b.opts.Future = true, true
		var res *Result
		if res, buildErr = b.Build(ctx); buildErr == nil {
			run.LinkWarnings = res.Warnings
		}
	}
	issues, err := b.selectIssues(ctx, opts.Issues)
	if err != nil {
		return run, err
	}
	if opts.CheckLinks {
		run.linksOf(issues, buildErr)
	}
	dest := opts.Destination
	if dest == "" {
		dest = b.root
	}
	if err := output.ClaimExportFolder(b.root, filepath.Join(dest, "email")); err != nil {
		return run, err
	}
	for _, p := range issues {
		if err := ctx.Err(); err != nil {
			return run, err
		}
		ie := IssueEmail{Page: p, Dir: filepath.Join(dest, "email", p.Slug)}
		if ie.Err = tooLargeToEmail(p); ie.Err != nil {
			run.Issues = append(run.Issues, ie)
			continue
		}
		if ie.Message, ie.Err = renderUntilDone(ctx, em, p, opts.Tool); ctx.Err() != nil {
			return run, ctx.Err()
		}
		if ie.Err == nil {
			if err := writeFiles(ie.Dir, ie.Message.Files()); err != nil {
				return run, err
			}
		}
		run.Issues = append(run.Issues, ie)
	}
	if opts.CheckLinks {
		run.dropEmailWarnings()
	}
	return run, nil
}

// dropEmailWarnings leaves out of LinkWarnings the build's copies of the
// issues' email findings, which the run reports itself.
func (run *EmailRun) dropEmailWarnings() {
	own := map[string]bool{}
	for _, ie := range run.Issues {
		if ie.Message == nil {
			continue
		}
		for _, f := range ie.Message.Findings {
			own[emailWarning(f, "email/"+ie.Page.Slug+"/index.html")] = true
		}
	}
	kept := run.LinkWarnings[:0]
	for _, w := range run.LinkWarnings {
		if !own[w] {
			kept = append(kept, w)
		}
	}
	run.LinkWarnings = kept
}

// linksOf keeps, of a build's errors and of the warnings already in run,
// those about the given issues.
func (run *EmailRun) linksOf(issues []*content.Page, buildErr error) {
	paths := map[string]bool{}
	for _, p := range issues {
		paths[p.Path] = true
	}
	for _, e := range diag.All(buildErr) {
		if paths[e.Path] {
			run.LinkErrors = append(run.LinkErrors, e)
		}
	}
	warnings := run.LinkWarnings
	run.LinkWarnings = nil
	for _, w := range warnings {
		if path, _, ok := strings.Cut(w, ":"); ok && paths[path] {
			run.LinkWarnings = append(run.LinkWarnings, w)
		}
	}
}

// selectIssues picks the named issues, or, with no names, the published
// ones, from the pages of the last build or else from a load of its own.
func (b *Builder) selectIssues(ctx context.Context, names []string) ([]*content.Page, error) {
	loaded := b.pages
	if !b.built {
		files, err := content.Files(b.root)
		if err != nil {
			return nil, err
		}
		if loaded, err = b.loadPages(ctx, files, nil); err != nil {
			return nil, err
		}
	}
	pages := make([]*content.Page, 0, len(loaded))
	for _, p := range loaded {
		pages = append(pages, p)
	}
	if len(names) == 0 {
		site, err := content.Assemble(pages, content.Options{Now: b.now()})
		if err != nil {
			return nil, err
		}
		return site.ByKind(content.KindIssue), nil
	}
	all, err := content.Assemble(pages, content.Options{Drafts: true, Future: true, Now: b.now()})
	if err != nil {
		return nil, err
	}
	issues := all.ByKind(content.KindIssue)
	var out []*content.Page
	for _, name := range names {
		p := b.findIssue(issues, name)
		if p == nil {
			var slugs []string
			for _, i := range issues {
				slugs = append(slugs, i.Slug)
			}
			return nil, &IssueNotFoundError{Err: &diag.Error{Path: name, Msg: "no such newsletter issue",
				Hint: "name an issue by slug, path or number; issues: " + strings.Join(slugs, ", ")}}
		}
		out = append(out, p)
	}
	return out, nil
}

// findIssue finds an issue by slug, by file or bundle path (relative to
// the site root or the current folder) or by number.
func (b *Builder) findIssue(issues []*content.Page, name string) *content.Page {
	n, numErr := strconv.Atoi(strings.TrimPrefix(name, "#"))
	rel := name
	if abs, err := filepath.Abs(name); err == nil {
		if r, err := filepath.Rel(b.root, abs); err == nil && !strings.HasPrefix(r, "..") {
			rel = filepath.ToSlash(r)
		}
	}
	for _, p := range issues {
		switch {
		case p.Slug == name, p.Path == rel, p.Path == filepath.ToSlash(name), p.BundleDir != "" && p.BundleDir == strings.TrimSuffix(rel, "/"):
			return p
		case numErr == nil && p.Issue == n && n > 0:
			return p
		}
	}
	return nil
}

// renderUntilDone renders issue p's email for tool, or returns ctx's
// error as soon as ctx is done: an issue near emailBodyBudget takes a
// second or more, and nothing of it is written yet, so it is dropped
// where it is.
func renderUntilDone(ctx context.Context, em *email.Renderer, p *content.Page, tool string) (*email.Message, error) {
	type rendered struct {
		msg *email.Message
		err error
	}
	done := make(chan rendered, 1)
	go func() {
		msg, err := em.Render(p, tool)
		done <- rendered{msg, err}
	}()
	select {
	case r := <-done:
		return r.msg, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// writeFiles writes an issue's email files into dir, each one whole, so
// an interrupted run leaves every file either new or as it was.
func writeFiles(dir string, files map[string][]byte) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for name, b := range files {
		if err := sitefs.WriteFile(filepath.Join(dir, name), b); err != nil {
			return err
		}
	}
	return nil
}

// imageSize reads the size of page p's images from the files the build
// publishes for them, for the web pages' width and height. A build kept
// in memory for rebuilds records which static/ files p's view read.
func (b *Builder) imageSize(p *content.Page) markdown.ImageSize {
	f := imagesize.Finder{Root: b.root}
	return func(dest string) (int, int, bool) {
		if b.stage == nil {
			if file, ok := imagesize.StaticPath(p, dest); ok {
				b.imageReaders.add(file, p.Path)
			}
		}
		img, ok := f.Find(p, dest)
		return img.Width, img.Height, ok
	}
}

// imageReaders lists, for each static/ file a page's image refers to
// (there or not), the paths of the pages whose views hold its size. A
// page keeps its view across rebuilds, so a change to the file reloads
// the pages that read it. Pages are added as they render and dropped
// only by a full build: a page listed that no longer refers to a file is
// reloaded for nothing.
type imageReaders struct {
	mu sync.Mutex
	m  map[string]map[string]bool
}

func (r *imageReaders) add(file, page string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.m == nil {
		r.m = map[string]map[string]bool{}
	}
	if r.m[file] == nil {
		r.m[file] = map[string]bool{}
	}
	r.m[file][page] = true
}

// of appends the pages that read file to pages.
func (r *imageReaders) of(file string, pages []string) []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	for p := range r.m[file] {
		pages = append(pages, p)
	}
	return pages
}

// reset forgets every page, for a full build.
func (r *imageReaders) reset() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.m = nil
}

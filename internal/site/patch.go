package site

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/lint"
	lintdriver "github.com/claritynotes/gen/internal/lint/driver"
	"github.com/claritynotes/gen/internal/render"
)

// patch applies an edit that leaves every list as it was: each changed
// file is a page that keeps its URL, title, dates, tags and draft flag
// (the usual case: a writer working on the text). Such pages keep their
// identity: their contents are replaced in place, so the plan stays valid
// and only the jobs that read them run again. The cost of a rebuild then
// depends on the edit, not on the size of the site.
//
// patch reports false, having changed nothing, when the edit needs the
// full re-plan. On error everything is restored to the last good build.
func (b *Builder) patch(ctx context.Context, start time.Time, changed []string) (*Result, bool, error) {
	if b.site == nil || !b.site.Until.IsZero() && !b.now().Before(b.site.Until) {
		return nil, false, nil // a page is due to appear or expire
	}
	var olds []*content.Page
	for _, c := range changed {
		old := b.pages[c]
		if old == nil {
			return nil, false, nil // a new file, a folder or a bundle resource
		}
		if st, err := os.Stat(filepath.Join(b.root, filepath.FromSlash(c))); err != nil || !st.Mode().IsRegular() {
			return nil, false, nil // deleted or renamed
		}
		if !slices.Contains(olds, old) {
			olds = append(olds, old)
		}
	}
	news := make([]*content.Page, len(olds))
	errs := make([]error, len(olds))
	for i, old := range olds {
		news[i], errs[i] = content.LoadFile(b.cfg, b.md, old.Path)
	}
	if err := joinErrs(errs); err != nil {
		return nil, true, err
	}
	for i := range olds {
		if !sameListing(olds[i], news[i]) {
			return nil, false, nil
		}
	}
	var u undo
	res, err := b.patchPages(ctx, start, olds, news, &u)
	if err != nil {
		u.run()
		return nil, true, err
	}
	return res, true, nil
}

// sameListing reports whether page b can take a's place without changing
// any list, feed order, menu, tag or sitemap entry: everything other
// pages show of it is the same.
func sameListing(a, b *content.Page) bool {
	return a.Path == b.Path && a.URL == b.URL && a.Kind == b.Kind && a.Section == b.Section &&
		a.Slug == b.Slug && a.BundleDir == b.BundleDir && a.Title == b.Title &&
		a.Description == b.Description && a.Draft == b.Draft && slices.Equal(a.Tags, b.Tags) &&
		a.Date.Equal(b.Date) && a.Updated.Equal(b.Updated) && a.ExpiryDate.Equal(b.ExpiryDate)
}

// undo collects the steps that restore the last good build.
type undo []func()

func (u *undo) add(fn func()) { *u = append(*u, fn) }

func (u undo) run() {
	for i := len(u) - 1; i >= 0; i-- {
		u[i]()
	}
}

// patchPages replaces each old page's contents with the new page's,
// renders their views, re-runs the jobs that read them and lints them.
func (b *Builder) patchPages(ctx context.Context, start time.Time, olds, news []*content.Page, u *undo) (*Result, error) {
	for i, p := range olds {
		saved := *p
		*p = *news[i]
		u.add(func() { *p = saved })
		v := b.views[p]
		if v == nil {
			continue // not published
		}
		nv, err := render.NewView(b.cfg, b.md, p, b.imageSize(p))
		if err != nil {
			return nil, err
		}
		savedView := *v
		*v = *nv
		u.add(func() { *v = savedView })
	}

	var dirty []*job
	for _, p := range olds {
		for _, j := range b.dependentsOf(p) {
			if !slices.Contains(dirty, j) {
				dirty = append(dirty, j)
			}
		}
	}
	updates := make([]fileUpdate, len(dirty))
	oldWarnings := make([][]string, len(dirty))
	for i, j := range dirty {
		updates[i].old, oldWarnings[i] = j.out, j.warnings
		out, warnings := j.out, j.warnings
		u.add(func() { j.out, j.warnings = out, warnings })
	}
	b.tmpl.ForgetCached()
	if err := b.exec(ctx, dirty); err != nil {
		return nil, err
	}
	warned := false
	for i, j := range dirty {
		updates[i].new = j.out
		warned = warned || !slices.Equal(j.warnings, oldWarnings[i])
	}

	linted := map[string]lint.Result{}
	for _, p := range olds {
		if _, ok := b.linted[p]; ok {
			linted[p.URL] = lintdriver.Check(b.lint, p)
		}
	}
	// Nothing can fail from here on: make the patch the builder's state.
	res := &Result{Skipped: b.site.Skipped}
	res.Files, res.Changed, res.Removed = b.collect(updates)
	for _, p := range olds {
		if r, ok := linted[p.URL]; ok {
			b.linted[p] = r
		}
	}
	b.lintSet = b.lintSet.with(linted)
	if warned {
		b.warnings = warnings(b.jobs)
	}
	return b.finish(res, start), nil
}

// dependentsOf lists the jobs that read page p.
func (b *Builder) dependentsOf(p *content.Page) []*job {
	if b.dependents == nil {
		b.dependents = map[*content.Page][]*job{}
		for _, j := range b.jobs {
			for _, d := range j.deps {
				if js := b.dependents[d]; len(js) == 0 || js[len(js)-1] != j {
					b.dependents[d] = append(js, j)
				}
			}
		}
	}
	return b.dependents[p]
}

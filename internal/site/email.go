package site

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/email"
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
			return b.email.Render(p, tool)
		}
	}
	return nil, fmt.Errorf("no newsletter issue with slug %q", slug)
}

// EmailOptions choose what an email run renders and where it writes it.
type EmailOptions struct {
	// Issues names issues by slug, file path or number ("3" or "#3");
	// named issues may be drafts or scheduled. None means every published
	// issue.
	Issues []string
	// Tool is the newsletter tool preset; "" means newsletter.tool.
	Tool string
	// Destination is the folder that gets email/<slug>/; "" means public/
	// in the site root.
	Destination string
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
// email.md) to Destination/email/<slug>/. An issue that fails to render is
// reported in its IssueEmail and the others are still written; an error
// loading the site, naming an issue (*IssueNotFoundError) or writing a
// file (*fs.PathError) stops the run.
func (b *Builder) WriteEmails(ctx context.Context, opts EmailOptions) ([]IssueEmail, error) {
	em, err := email.New(b.cfg, b.th)
	if err != nil {
		return nil, err
	}
	issues, err := b.selectIssues(ctx, opts.Issues)
	if err != nil {
		return nil, err
	}
	dest := opts.Destination
	if dest == "" {
		dest = b.Destination()
	}
	out := make([]IssueEmail, 0, len(issues))
	for _, p := range issues {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		ie := IssueEmail{Page: p, Dir: filepath.Join(dest, "email", p.Slug)}
		if ie.Message, ie.Err = em.Render(p, opts.Tool); ie.Err == nil {
			if err := writeFiles(ie.Dir, ie.Message.Files()); err != nil {
				return out, err
			}
		}
		out = append(out, ie)
	}
	return out, nil
}

// selectIssues loads every page once and picks the named issues, or, with
// no names, the issues a build would publish.
func (b *Builder) selectIssues(ctx context.Context, names []string) ([]*content.Page, error) {
	files, err := content.Files(b.root)
	if err != nil {
		return nil, err
	}
	loaded, err := b.loadPages(ctx, files)
	if err != nil {
		return nil, err
	}
	pages := make([]*content.Page, 0, len(loaded))
	for _, f := range files {
		pages = append(pages, loaded[f])
	}
	if len(names) == 0 {
		site, err := content.Assemble(pages, content.Options{Drafts: b.opts.Drafts, Future: b.opts.Future, Now: b.now()})
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

func writeFiles(dir string, files map[string][]byte) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

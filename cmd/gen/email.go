package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/email"
	"github.com/claritynotes/gen/internal/markdown"
	"github.com/claritynotes/gen/internal/output"
	"github.com/claritynotes/gen/internal/site"
	"github.com/claritynotes/gen/internal/theme"
)

const emailUsage = `Usage: gen email [ISSUE ...] [--tool NAME] [--out DIR] [--check] [--source DIR]

Writes email/<slug>/index.html, email.txt, message.eml and email.md, with
your newsletter tool's merge tags, beside public/ (not published) for each
newsletter issue (a slug, a file path or an issue number; default: every
published issue). --check lists what the HTML uses that Gmail, Outlook,
Apple Mail or Yahoo do not support, and exits 1 on errors.

Flags:
`

// cmdEmail renders newsletter issues as email for a newsletter tool.
func cmdEmail(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("gen email", flag.ContinueOnError)
	fs.SetOutput(stderr)
	source := fs.String("source", ".", "site root (the folder with gen.toml)")
	tool := fs.String("tool", "", "newsletter tool preset: "+strings.Join(email.Presets(), ", ")+" (default: newsletter.tool in gen.toml)")
	out := fs.String("out", "", "folder that gets email/<slug>/ (default: the site root, beside public/)")
	check := fs.Bool("check", false, "list compatibility findings, including notes; exit 1 on errors")
	fs.Usage = func() { fmt.Fprint(stderr, emailUsage); fs.PrintDefaults() }
	names, err := parseFlags(fs, args, -1)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}

	cfg, err := config.Load(*source, "")
	if err != nil {
		printEmailErr(stderr, err)
		return exitUsage
	}
	if *tool != "" {
		if _, err := email.LookupPreset(*tool); err != nil {
			fmt.Fprintln(stderr, "gen email:", err)
			return exitUsage
		}
	}
	th, err := theme.ForConfig(cfg)
	if err != nil {
		printEmailErr(stderr, err)
		return exitUsage
	}
	r, err := email.New(cfg, th)
	if err != nil {
		printEmailErr(stderr, err)
		return exitContent
	}
	issues, err := selectIssues(cfg, names)
	if err != nil {
		printEmailErr(stderr, err)
		var nf *issueNotFound
		if errors.As(err, &nf) {
			return exitUsage
		}
		return exitContent
	}
	if len(issues) == 0 {
		fmt.Fprintf(stderr, "gen email: no published issues in content/%s/\n", cfg.Newsletter.Section)
		return exitOK
	}
	// The exports carry merge tags and are for the newsletter tool, not
	// readers: they go beside public/, never into the published site.
	dest := *out
	if dest == "" {
		dest = cfg.Root
	}
	if err := output.ClaimExportFolder(cfg.Root, filepath.Join(dest, "email")); err != nil {
		printEmailErr(stderr, err)
		return exitUsage
	}

	code, errs, warns := exitOK, 0, 0
	printed := map[string]bool{} // as the build words them, so --check does not repeat them
	for _, p := range issues {
		m, err := r.Render(p, *tool)
		if err != nil {
			printEmailErr(stderr, err)
			code = exitContent
			continue
		}
		dir := filepath.Join(dest, "email", p.Slug)
		if err := writeEmailFiles(dir, m.Files()); err != nil {
			fmt.Fprintln(stderr, "gen email:", err)
			return exitUsage
		}
		htmlPath := path.Join(filepath.ToSlash(emailRel(cfg.Root, dir)), "index.html")
		for _, f := range m.Findings {
			switch f.Severity {
			case email.SeverityError:
				errs++
			case email.SeverityWarning:
				warns++
			case email.SeverityInfo:
				if !*check {
					continue
				}
			}
			line := f.Format(htmlPath)
			printed[strings.Replace(line, ": "+string(f.Severity)+": ", ": ", 1)] = true
			fmt.Fprintln(stderr, line)
		}
		fmt.Fprintf(stdout, "%s → %s (%s: use %s)\n", p.Path, emailRel(cfg.Root, dir), m.Preset.Title, m.Preset.Import)
	}
	if *check {
		e, w := checkIssueLinks(*source, issues, printed, stderr)
		errs, warns = errs+e, warns+w
		fmt.Fprintf(stdout, "checked %d issue(s) against caniemail data of %s: %d error(s), %d warning(s)\n",
			len(issues), email.DataDate(), errs, warns)
		if errs > 0 {
			code = exitContent
		}
	}
	return code
}

// checkIssueLinks builds the site (drafts and scheduled pages included,
// as the issues may be either) and prints the broken links, images and
// cta.url of the given issues: what the web build reports, so a broken
// image is not mailed. It returns the numbers of errors and warnings.
func checkIssueLinks(source string, issues []*content.Page, printed map[string]bool, stderr io.Writer) (errs, warns int) {
	paths := map[string]bool{}
	for _, p := range issues {
		paths[p.Path] = true
	}
	b, err := site.New(site.Options{Source: source, Drafts: true, Future: true})
	if err != nil {
		return 0, 0 // the config was read above; the build reports the rest
	}
	res, err := b.Build(context.Background())
	for _, e := range diag.All(err) {
		if paths[e.Path] {
			fmt.Fprintln(stderr, e.Error())
			errs++
		}
	}
	if err == nil {
		for _, w := range res.Warnings {
			if path, _, ok := strings.Cut(w, ":"); ok && paths[path] && !printed[w] {
				fmt.Fprintln(stderr, "warning: "+w)
				warns++
			}
		}
	}
	return errs, warns
}

// issueNotFound is a named issue that does not exist: a usage error.
type issueNotFound struct{ err *diag.Error }

func (e *issueNotFound) Error() string { return e.err.Error() }
func (e *issueNotFound) Unwrap() error { return e.err }

// selectIssues loads the site's issues and picks the named ones: by slug,
// by file path, or by issue number. Named issues may be drafts or
// scheduled; without names, every published issue is chosen.
func selectIssues(cfg *config.Config, names []string) ([]*content.Page, error) {
	site, err := content.Load(cfg, markdown.New(markdown.Options{}), content.Options{Drafts: true, Future: true})
	if err != nil {
		return nil, err
	}
	all := site.ByKind(content.KindIssue)
	if len(names) == 0 {
		published, err := content.Load(cfg, markdown.New(markdown.Options{}), content.Options{})
		if err != nil {
			return nil, err
		}
		return published.ByKind(content.KindIssue), nil
	}
	var out []*content.Page
	for _, name := range names {
		p := findIssue(cfg, all, name)
		if p == nil {
			var slugs []string
			for _, i := range all {
				slugs = append(slugs, i.Slug)
			}
			return nil, &issueNotFound{err: &diag.Error{Path: name, Msg: "no such newsletter issue",
				Hint: "name an issue by slug, path or number; issues: " + strings.Join(slugs, ", ")}}
		}
		out = append(out, p)
	}
	return out, nil
}

func findIssue(cfg *config.Config, issues []*content.Page, name string) *content.Page {
	n, numErr := strconv.Atoi(strings.TrimPrefix(name, "#"))
	rel := name
	if abs, err := filepath.Abs(name); err == nil {
		if r, err := filepath.Rel(emailAbs(cfg.Root), abs); err == nil && !strings.HasPrefix(r, "..") {
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

func emailAbs(p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	return a
}

func emailRel(root, p string) string {
	if r, err := filepath.Rel(root, p); err == nil && !strings.HasPrefix(r, "..") {
		return r
	}
	return p
}

func writeEmailFiles(dir string, files map[string][]byte) error {
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

// printEmailErr prints positioned errors one per line.
func printEmailErr(w io.Writer, err error) { printErrors(w, "gen email", err) }

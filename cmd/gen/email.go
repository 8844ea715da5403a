package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"path"
	"path/filepath"
	"strings"

	"github.com/claritynotes/gen/internal/email"
	emailcheck "github.com/claritynotes/gen/internal/email/check"
	"github.com/claritynotes/gen/internal/site"
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
	fl := flag.NewFlagSet("gen email", flag.ContinueOnError)
	fl.SetOutput(stderr)
	source := fl.String("source", ".", "site root (the folder with gen.toml)")
	tool := fl.String("tool", "", "newsletter tool preset: "+strings.Join(email.Presets(), ", ")+" (default: newsletter.tool in gen.toml)")
	out := fl.String("out", "", "folder that gets email/<slug>/ (default: the site root, beside public/)")
	check := fl.Bool("check", false, "list compatibility findings, including notes; exit 1 on errors")
	fl.Usage = func() { fmt.Fprint(stderr, emailUsage); fl.PrintDefaults() }
	names, err := parseFlags(fl, args, -1)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}

	if *tool != "" {
		if _, err := email.LookupPreset(*tool); err != nil {
			fmt.Fprintln(stderr, "gen email:", err)
			return exitUsage
		}
	}
	ctx, stop := stopOnSignal()
	defer stop()
	b, err := site.New(site.Options{Source: *source})
	if err != nil {
		printEmailErr(stderr, err)
		return exitUsage
	}
	run, err := b.WriteEmails(ctx, site.EmailOptions{Issues: names, Tool: *tool, Destination: *out, CheckLinks: *check})
	code, errs, warns := printIssueEmails(stdout, stderr, b.Root(), run.Issues, *check)
	if isInterrupted(err) {
		left := "no issue's files were written"
		if len(run.Issues) > 0 {
			left = "the issues listed above were written; the other issues' files are as they were"
		}
		return interrupted(stderr, "gen email", left)
	}
	if err != nil {
		var notFound *site.IssueNotFoundError
		var notWritten *fs.PathError
		switch {
		case errors.As(err, &notFound), errors.Is(err, site.ErrRefused):
			printEmailErr(stderr, err)
			return exitUsage
		case errors.As(err, &notWritten):
			fmt.Fprintln(stderr, "gen email:", err)
			return exitUsage
		}
		printEmailErr(stderr, err)
		return exitContent
	}
	if len(run.Issues) == 0 {
		fmt.Fprintf(stderr, "gen email: no published issues in content/%s/\n", b.Config().Newsletter.Section)
		return exitOK
	}
	if *check {
		for _, e := range run.LinkErrors {
			fmt.Fprintln(stderr, e.Error())
		}
		for _, w := range run.LinkWarnings {
			fmt.Fprintln(stderr, "warning: "+w)
		}
		errs, warns = errs+len(run.LinkErrors), warns+len(run.LinkWarnings)
		fmt.Fprintf(stdout, "checked %d issue(s) against caniemail data of %s: %d error(s), %d warning(s)\n",
			len(run.Issues), emailcheck.DataDate(), errs, warns)
		if errs > 0 {
			code = exitContent
		}
	}
	return code
}

// printIssueEmails prints where each issue's email went and its findings
// (notes too with check), and returns the exit code so far and the
// numbers of errors and warnings.
func printIssueEmails(stdout, stderr io.Writer, root string, issues []site.IssueEmail, check bool) (code, errs, warns int) {
	for _, e := range issues {
		if e.Err != nil {
			printEmailErr(stderr, e.Err)
			code = exitContent
			continue
		}
		htmlPath := path.Join(filepath.ToSlash(emailRel(root, e.Dir)), "index.html")
		for _, f := range e.Message.Findings {
			switch f.Severity {
			case emailcheck.SeverityError:
				errs++
			case emailcheck.SeverityWarning:
				warns++
			case emailcheck.SeverityInfo:
				if !check {
					continue
				}
			}
			fmt.Fprintln(stderr, f.Format(htmlPath))
		}
		fmt.Fprintf(stdout, "%s → %s (%s: use %s)\n", e.Page.Path, emailRel(root, e.Dir), e.Message.Preset.Title, e.Message.Preset.Import)
	}
	return code, errs, warns
}

func emailRel(root, p string) string {
	if r, err := filepath.Rel(root, p); err == nil && !strings.HasPrefix(r, "..") {
		return r
	}
	return p
}

// printEmailErr prints positioned errors one per line.
func printEmailErr(w io.Writer, err error) { printErrors(w, "gen email", err) }

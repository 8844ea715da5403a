package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/lint"
	lintreport "github.com/claritynotes/gen/internal/lint/report"
	"github.com/claritynotes/gen/internal/plural"
	"github.com/claritynotes/gen/internal/site"
)

func cmdBuild(args []string, stdout, stderr io.Writer) int {
	prof, args, err := takeProfileFlags(args)
	if err != nil {
		fmt.Fprintln(stderr, "gen build:", err)
		return exitUsage
	}
	defer prof.start(stderr)()
	fl := flag.NewFlagSet("gen build", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var opts site.Options
	var strict, quiet, force bool
	fl.StringVar(&opts.Source, "source", "", "site root (default: current directory)")
	fl.StringVar(&opts.Destination, "destination", "", "output folder (default: public/ in the site root)")
	fl.StringVar(&opts.BaseURL, "base-url", "", "override baseURL from gen.toml, e.g. for preview deploys")
	fl.BoolVar(&opts.Drafts, "drafts", false, "include drafts")
	fl.BoolVar(&opts.Future, "future", false, "include future-dated and expired pages")
	fl.BoolVar(&strict, "strict", false, "fail on lint warnings too")
	fl.BoolVar(&quiet, "quiet", false, "print nothing but errors")
	fl.BoolVar(&force, "force", false, "replace an existing destination folder that gen did not write")
	var noCache bool
	fl.BoolVar(&noCache, "no-cache", false, "build every page afresh, without reading or writing .gen-cache/")
	if _, err := parseFlags(fl, args, 0); err != nil {
		return exitUsage
	}
	opts.Cache = !noCache
	// The build writes each output as it is made and keeps each page's
	// metadata only, so its live heap is small but churns through pages
	// in flight: the collector's default pace keeps peak memory near twice
	// the live heap, where gen's usual 400% would let it grow fivefold.
	// paceBuild keeps that pace where it fits a memory bound, and lets a
	// small build's heap grow to a fixed size rather than collect it at
	// every doubling.
	stopPacing := paceBuild()
	defer stopPacing()

	ctx, stop := stopOnSignal()
	defer stop()
	b, err := site.New(opts)
	if err != nil {
		return reportAs(stderr, "gen build", err)
	}
	// The destination is checked before the build, so a mistyped
	// --destination fails at once, and published to under a lock after it.
	if err := b.CheckDestination(); err != nil {
		return reportAs(stderr, "gen build", destinationSubject(err, opts.Destination))
	}
	publish := site.PublishOptions{
		Force: force,
		Waiting: func(holder string) {
			if quiet {
				return
			}
			fmt.Fprintf(stderr, "gen build: waiting for another gen build (%s) to finish publishing to %s\n", holder, b.Destination())
		},
	}
	done := progress(stderr, quiet, "building "+b.Config().Title+"…")
	res, staged, err := buildUnlessInterrupted(ctx, b, publish)
	done()
	if err != nil {
		return reportAs(stderr, "gen build", destinationSubject(err, opts.Destination))
	}
	// Warnings and lint findings print before publishing: a build that
	// fails on them leaves the previous public/ in place, and a warning
	// (a misspelt front matter key) may be why a finding is there.
	if !quiet {
		for _, w := range res.Warnings {
			fmt.Fprintln(stderr, "warning:", w)
		}
	}
	results := res.Lint.Results()
	failed := b.Linter().Fails(results, strict)
	if !quiet || failed {
		// The report quotes lines of pages the build may not have read.
		results = res.Lint.Quoted()
	}
	printLint(stderr, results, quiet && !failed)
	if failed {
		staged.Discard()
		saveCache(b, stderr)
		fmt.Fprintln(stderr, "gen build: not published: lint findings reach lint.failOn"+map[bool]string{true: " (--strict: warnings fail)"}[strict]+"; fix them, or suppress one with <!-- gen-lint disable-next RULE -->")
		return exitContent
	}
	published, err := staged.Publish(ctx)
	for _, w := range published {
		fmt.Fprintln(stderr, "warning:", w)
	}
	if err != nil {
		return reportAs(stderr, "gen build", destinationSubject(err, opts.Destination))
	}
	saveCache(b, stderr)
	if !quiet {
		fmt.Fprintf(stdout, "built %s, %s, %s in %s\n",
			plural.Count(res.Pages, "page", "pages"), plural.Count(res.Feeds, "feed", "feeds"),
			plural.Count(res.Emails, "email", "emails"), formatDuration(res.Duration))
		// A hint, not a warning: a site may well have no subscribe form.
		if b.Config().Newsletter.Subscribe.URL == "" {
			fmt.Fprintln(stdout, "hint: the site shows no subscribe form; set subscribe in [newsletter] of gen.toml (see the README)")
		}
	}
	return exitOK
}

// saveCache keeps the build's per-page results for the next build.
func saveCache(b *site.Builder, stderr io.Writer) {
	for _, w := range b.SaveCache() {
		fmt.Fprintln(stderr, "warning:", w)
	}
}

// buildUnlessInterrupted runs the build and returns as soon as ctx is
// cancelled. The build checks ctx between pages and jobs, but one huge
// page can take seconds inside the Markdown parser, which cannot be
// stopped; the build writes only into its temporary folder, so it is
// dropped where it is and gen exits at once, leaving the destination as
// it was (the next build removes the folder).
func buildUnlessInterrupted(ctx context.Context, b *site.Builder, opts site.PublishOptions) (*site.Result, *site.Staged, error) {
	type outcome struct {
		res    *site.Result
		staged *site.Staged
		err    error
	}
	done := make(chan outcome, 1)
	go func() {
		res, staged, err := b.BuildStaged(ctx, opts)
		done <- outcome{res, staged, err}
	}()
	select {
	case o := <-done:
		if ctx.Err() == nil {
			return o.res, o.staged, o.err
		}
		if o.staged != nil {
			o.staged.Discard()
		}
	case <-ctx.Done():
		b.Discard()
	}
	return nil, nil, fmt.Errorf("gen build: interrupted; %s was left as it was: %w", b.Destination(), ctx.Err())
}

// printLint prints the build's errors and warnings with their source lines,
// and a one-line summary that also counts info notes. quiet prints nothing.
func printLint(w io.Writer, results []lint.Result, quiet bool) {
	if quiet {
		return
	}
	var shown []lint.Result
	for _, r := range results {
		var keep []lint.Diagnostic
		for _, d := range r.Diagnostics {
			if d.Severity != string(lint.SeverityInfo) {
				keep = append(keep, d)
			}
		}
		if len(keep) > 0 || r.Err != nil {
			r.Diagnostics = keep
			shown = append(shown, r)
		}
	}
	if len(shown) > 0 {
		color := false
		if f, ok := w.(*os.File); ok {
			color = isTerminal(f) && os.Getenv("NO_COLOR") == ""
		}
		var b bytes.Buffer
		_ = lintreport.Text(&b, shown, lintreport.Options{Color: color})
		// The summary below counts every page, so drop the report's own.
		text := strings.TrimRight(b.String(), "\n")
		if i := strings.LastIndexByte(text, '\n'); i >= 0 {
			text = text[:i]
		}
		fmt.Fprintln(w, text)
	}
	errs, warns, infos := lint.Counts(results)
	// The same words as gen lint's summary, so the two read alike.
	fmt.Fprintf(w, "lint: %s, %s, %d info in %s (run gen lint for the details)\n",
		plural.Count(errs, "error", "errors"), plural.Count(warns, "warning", "warnings"),
		infos, plural.Count(len(results), "page", "pages"))
}

// report prints err as positioned messages and returns the exit code:
// 2 for environment problems (missing config, interrupted), 1 for content.
func report(stderr io.Writer, err error) int { return reportAs(stderr, "gen", err) }

// reportAs is report for a command: a message without a file, line or
// setting of its own is prefixed with the command, so none starts with
// ": ", and an interruption says what became of the output.
func reportAs(stderr io.Writer, command string, err error) int {
	if isInterrupted(err) {
		return interrupted(stderr, command, "nothing was published and the previous output is as it was")
	}
	printErrors(stderr, command, err)
	switch {
	case errors.Is(err, fs.ErrNotExist), errors.Is(err, fs.ErrPermission),
		errors.Is(err, site.ErrRefused), errors.Is(err, site.ErrLocked):
		return exitUsage
	}
	return exitContent
}

// printErrors prints err one message per line; a message without a
// file, line or setting of its own is prefixed with the command.
func printErrors(w io.Writer, command string, err error) {
	for _, e := range diag.All(err) {
		if e.Pos() == "" {
			fmt.Fprintf(w, "%s: %s\n", command, e.Error())
			continue
		}
		fmt.Fprintln(w, e.Error())
	}
}

// destinationSubject names the --destination flag in an error about the
// destination, when the user set it, so the message points at what to
// change.
func destinationSubject(err error, flagValue string) error {
	var d *diag.Error
	if flagValue != "" && errors.As(err, &d) && d.Line == 0 && d.Path == filepath.Clean(flagValue) {
		d.Path = "--destination " + flagValue
	}
	return err
}

// progress prints a status line on a terminal when work takes over a
// second; the returned func clears it.
func progress(w io.Writer, quiet bool, msg string) func() {
	f, ok := w.(*os.File)
	if quiet || !ok || !isTerminal(f) {
		return func() {}
	}
	var shown atomic.Bool
	t := time.AfterFunc(time.Second, func() {
		shown.Store(true)
		fmt.Fprintf(f, "%s\r", msg)
	})
	return func() {
		if !t.Stop() && shown.Load() {
			fmt.Fprintf(f, "\r\033[K")
		}
	}
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func formatDuration(d time.Duration) string {
	if d < 10*time.Second {
		return fmt.Sprintf("%d ms", d.Milliseconds())
	}
	return fmt.Sprintf("%.1f s", d.Seconds())
}

// parseFlags parses flags that may appear before or after positional
// arguments ("gen email 3 --check") and returns the positional ones.
// maxArgs < 0 allows any number; otherwise more is a usage error.
func parseFlags(fl *flag.FlagSet, args []string, maxArgs int) ([]string, error) {
	if err := checkFlagNames(fl, args); err != nil {
		fmt.Fprintf(fl.Output(), "%s: %v\n", fl.Name(), err)
		return nil, err
	}
	var pos []string
	for {
		if err := fl.Parse(args); err != nil {
			return nil, err
		}
		rest := fl.Args()
		if len(rest) == 0 {
			break
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
	if maxArgs >= 0 && len(pos) > maxArgs {
		fmt.Fprintf(fl.Output(), "%s: unexpected argument %q\n", fl.Name(), pos[maxArgs])
		fl.Usage()
		return nil, errors.New("too many arguments")
	}
	return pos, nil
}

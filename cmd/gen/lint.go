package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/claritynotes/gen/internal/lint"
	lintreport "github.com/claritynotes/gen/internal/lint/report"
	"github.com/claritynotes/gen/internal/site"
	"github.com/claritynotes/gen/internal/suggest"
)

// cmdLint lints Markdown files or folders (the site's content/ by default)
// and prints the findings; it exits 1 when a file fails to load or the
// findings reach lint.failOn (warnings too with --strict).
func cmdLint(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("gen lint", flag.ContinueOnError)
	fl.SetOutput(stderr)
	defaultFormat := "text"
	if os.Getenv("GITHUB_ACTIONS") == "true" {
		defaultFormat = "github"
	}
	format := fl.String("format", defaultFormat, "output format: "+strings.Join(lintreport.Formats, ", "))
	strict := fl.Bool("strict", false, "fail on warnings too")
	configPath := fl.String("config", "", "read [lint] settings from this file instead of ./gen.toml")
	list := fl.Bool("list", false, "list the rules and exit")
	explain := fl.String("explain", "", "explain a rule (or score) and exit")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: gen lint [PATH ...] [--format text|json|sarif|github] [--strict] [--config FILE] [--list] [--explain RULE]")
		fl.PrintDefaults()
	}
	paths, err := parseFlags(fl, args, -1)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	switch {
	case *list:
		return describeRules(stdout, stderr, "")
	case *explain != "":
		return describeRules(stdout, stderr, *explain)
	}
	if !validFormat(*format) {
		fmt.Fprintf(stderr, "gen lint: unknown format %q%s\n  hint: use %s\n", *format, suggest.Hint(*format, lintreport.Formats), strings.Join(lintreport.Formats, ", "))
		return exitUsage
	}
	// Lint keeps little alive between files (a few MB), so a heap eight
	// times that costs little memory and saves a few percent of CPU time.
	collectLess(800)
	ctx, stop := stopOnSignal()
	defer stop()
	run, err := site.LintPaths(ctx, site.LintOptions{Config: *configPath, Paths: paths, Quote: lintreport.Quotes(*format)})
	if isInterrupted(err) {
		return interrupted(stderr, "gen lint", "no findings were reported")
	}
	if err != nil {
		return printUsageErr(stderr, err)
	}
	color := false
	if f, ok := stdout.(*os.File); ok && *format == "text" && os.Getenv("NO_COLOR") == "" {
		color = isTerminal(f)
	}
	// Buffered: some formats write a line at a time, a system call each.
	out := bufio.NewWriterSize(stdout, 64<<10)
	err = lintreport.Write(out, *format, run.Results, lintreport.Options{Color: color, Version: version})
	if err == nil {
		err = out.Flush()
	}
	if err != nil {
		fmt.Fprintf(stderr, "gen lint: %v\n", err)
		return exitUsage
	}
	for _, w := range run.Warnings {
		fmt.Fprintln(stderr, "warning:", w)
	}
	if run.Linter.Fails(run.Results, *strict) {
		return exitContent
	}
	return exitOK
}

func validFormat(f string) bool {
	for _, ok := range lintreport.Formats {
		if f == ok {
			return true
		}
	}
	return false
}

func printUsageErr(stderr io.Writer, err error) int {
	printErrors(stderr, "gen lint", err)
	return exitUsage
}

// describeRules lists the rules (no explain) or explains one rule, or the
// score, for --list and --explain.
func describeRules(stdout, stderr io.Writer, explain string) int {
	switch {
	case explain == "":
		if err := lintreport.List(stdout, lint.Rules()); err != nil {
			return exitUsage
		}
		return exitOK
	case explain == "score":
		if _, err := io.WriteString(stdout, lint.ScoreDoc+"\n"); err != nil {
			return exitUsage
		}
		return exitOK
	default:
		r := lint.Lookup(explain)
		if r == nil {
			var ids []string
			for _, r := range lint.Rules() {
				ids = append(ids, r.ID)
			}
			fmt.Fprintf(stderr, "gen lint: unknown rule %q%s\n  hint: known rules: %s (or score)\n", explain, suggest.Hint(explain, append(ids, "score")), strings.Join(ids, ", "))
			return exitUsage
		}
		if err := lintreport.Explain(stdout, r); err != nil {
			return exitUsage
		}
		return exitOK
	}
}

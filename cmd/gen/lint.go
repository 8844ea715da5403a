package main

import (
	"bufio"
	"bytes"
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/lint"
	lintdriver "github.com/claritynotes/gen/internal/lint/driver"
	lintreport "github.com/claritynotes/gen/internal/lint/report"
	"github.com/claritynotes/gen/internal/markdown"
	"github.com/claritynotes/gen/internal/suggest"
)

// maxLintFile is the largest file gen lint reads.
const maxLintFile = 32 << 20

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
		if err := lintreport.List(stdout, lint.Rules()); err != nil {
			return exitUsage
		}
		return exitOK
	case *explain == "score":
		if _, err := io.WriteString(stdout, lint.ScoreDoc+"\n"); err != nil {
			return exitUsage
		}
		return exitOK
	case *explain != "":
		r := lint.Lookup(*explain)
		if r == nil {
			var ids []string
			for _, r := range lint.Rules() {
				ids = append(ids, r.ID)
			}
			fmt.Fprintf(stderr, "gen lint: unknown rule %q%s\n  hint: known rules: %s (or score)\n", *explain, suggest.Hint(*explain, append(ids, "score")), strings.Join(ids, ", "))
			return exitUsage
		}
		if err := lintreport.Explain(stdout, r); err != nil {
			return exitUsage
		}
		return exitOK
	}
	if !validFormat(*format) {
		fmt.Fprintf(stderr, "gen lint: unknown format %q%s\n  hint: use %s\n", *format, suggest.Hint(*format, lintreport.Formats), strings.Join(lintreport.Formats, ", "))
		return exitUsage
	}
	cfg, root, err := lintConfig(*configPath)
	if err != nil {
		return printUsageErr(stderr, err)
	}
	linter, err := lint.New(cfg.Lint)
	if err != nil {
		return printUsageErr(stderr, err)
	}
	files, err := lintFiles(root, paths)
	if err != nil {
		return printUsageErr(stderr, err)
	}
	// Lint keeps little alive between files (a few MB), so a heap eight
	// times that costs little memory and saves a few percent of CPU time.
	collectLess(800)
	md := markdown.New(markdown.Options{TextOnly: true})
	var warnMu sync.Mutex
	var warnings []*diag.Error
	results := lintdriver.Run(linter, files, func(path string, buf []byte) (*content.Page, error) {
		p, err := loadForLint(cfg, md, root, path, buf)
		if p != nil && len(p.Warnings) > 0 {
			warnMu.Lock()
			warnings = append(warnings, p.Warnings...)
			warnMu.Unlock()
		}
		return p, err
	}, lintreport.Quotes(*format))
	color := false
	if f, ok := stdout.(*os.File); ok && *format == "text" && os.Getenv("NO_COLOR") == "" {
		color = isTerminal(f)
	}
	// Buffered: some formats write a line at a time, a system call each.
	out := bufio.NewWriterSize(stdout, 64<<10)
	err = lintreport.Write(out, *format, results, lintreport.Options{Color: color, Version: version})
	if err == nil {
		err = out.Flush()
	}
	if err != nil {
		fmt.Fprintf(stderr, "gen lint: %v\n", err)
		return exitUsage
	}
	printWarnings(stderr, cfg.Warnings, warnings)
	if linter.Fails(results, *strict) {
		return exitContent
	}
	return exitOK
}

// printWarnings prints gen.toml's warnings, then the pages' in file order.
// They go to stderr, so a JSON or SARIF report on stdout stays valid.
func printWarnings(w io.Writer, config []string, pages []*diag.Error) {
	slices.SortFunc(pages, func(a, b *diag.Error) int {
		return cmp.Or(strings.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
	for _, c := range config {
		fmt.Fprintln(w, "warning:", c)
	}
	for _, p := range pages {
		fmt.Fprintln(w, "warning:", p.Error())
	}
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

// lintConfig loads lint settings: --config FILE, else ./gen.toml when there
// is one, else the defaults (linting files outside a site). The root is the
// folder of the configuration file.
func lintConfig(path string) (*config.Config, string, error) {
	if path != "" {
		// The file was named on purpose, so a missing one is a wrong path,
		// not a folder that is not a site.
		if st, err := os.Stat(path); err != nil || st.IsDir() {
			msg := "file not found"
			if err == nil {
				msg = "is a folder, not a file"
			} else if !errors.Is(err, fs.ErrNotExist) {
				msg = err.Error()
			}
			return nil, "", &diag.Error{Path: path, Msg: "--config: " + msg, Err: err,
				Hint: "check the path to the TOML file with the [lint] settings; without --config gen lint reads ./gen.toml"}
		}
		root := filepath.Dir(path)
		cfg, err := config.Load(root, path)
		return cfg, root, err
	}
	if _, err := os.Stat(config.FileName); err == nil {
		cfg, err := config.Load(".", "")
		return cfg, ".", err
	}
	cfg := config.Default()
	cfg.Root = "."
	return cfg, ".", nil
}

// lintFiles expands the paths into Markdown files, in order and without
// repeats, walking folders lazily as the sequence is read. Paths that are
// missing or not Markdown come with an error, so every format reports
// them. No paths means the site's content/, which must exist.
func lintFiles(root string, paths []string) (iter.Seq2[string, error], error) {
	if len(paths) == 0 {
		dir := filepath.Join(root, content.Dir)
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			return nil, &diag.Error{Path: dir, Msg: "no content/ folder to lint",
				Hint: "run gen lint in a site root, or pass Markdown files or folders: gen lint PATH ..."}
		}
		paths = []string{dir}
	}
	return func(yield func(string, error) bool) {
		// One path cannot repeat itself; several can overlap.
		var seen map[string]bool
		if len(paths) > 1 {
			seen = map[string]bool{}
		}
		add := func(p string, err error) bool {
			if seen != nil {
				if seen[p] {
					return true
				}
				seen[p] = true
			}
			return yield(p, err)
		}
		for _, p := range paths {
			p = filepath.ToSlash(filepath.Clean(p))
			st, err := os.Stat(p)
			var ok bool
			switch {
			case err != nil:
				msg := "cannot read: " + strings.TrimPrefix(err.Error(), "stat "+p+": ")
				if errors.Is(err, fs.ErrNotExist) {
					msg = "no such file or directory"
				}
				ok = add(p, &diag.Error{Path: p, Msg: msg, Hint: "check the path"})
			case st.IsDir():
				ok = walkMarkdown(p, add)
			case !content.IsMarkdown(filepath.Base(p)):
				ok = add(p, &diag.Error{Path: p, Msg: lint.ErrNotMarkdown.Error(),
					Hint: "gen lint reads .md and .markdown files"})
			default:
				ok = add(p, nil)
			}
			if !ok {
				return
			}
		}
	}, nil
}

// walkMarkdown calls add for the Markdown files in dir and its subfolders,
// in lexical order, skipping hidden files and folders; a folder that cannot
// be read comes with its error. It is filepath.WalkDir's order at two
// thirds of its cost on large folders (no callback for every entry).
func walkMarkdown(dir string, add func(string, error) bool) bool {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return add(dir, &diag.Error{Path: dir, Msg: err.Error()})
	}
	for _, e := range ents {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		p := dir + "/" + name
		switch {
		case e.IsDir():
			if !walkMarkdown(p, add) {
				return false
			}
		case content.IsMarkdown(name):
			if !add(p, nil) {
				return false
			}
		}
	}
	return true
}

// loadForLint reads and parses one file leniently (no required keys). Pages
// under the site's newsletter section are issues, for newsletter-preheader.
func loadForLint(cfg *config.Config, md *markdown.Renderer, root, path string, buf []byte) (*content.Page, error) {
	src, err := lintdriver.ReadFile(path, maxLintFile, buf)
	var big *lintdriver.FileTooLargeError
	switch {
	case errors.As(err, &big):
		return nil, &diag.Error{Path: path, Msg: fmt.Sprintf("file is too large to lint (%d MB; the limit is %d MB)", big.Size>>20, big.Limit>>20),
			Hint: "split it into smaller pages"}
	case err != nil:
		return nil, &diag.Error{Path: path, Msg: "cannot read: " + err.Error()}
	}
	if len(bytes.TrimSpace(src)) == 0 {
		return nil, &diag.Error{Path: path, Msg: "file is empty", Hint: "write some copy, or delete the file"}
	}
	p, err := content.Parse(md, path, src)
	if err != nil {
		return nil, err
	}
	if rel, err := filepath.Rel(filepath.Join(root, content.Dir), path); err == nil && !strings.HasPrefix(rel, "..") {
		switch strings.SplitN(filepath.ToSlash(rel), "/", 2)[0] {
		case cfg.Newsletter.Section:
			p.Kind = content.KindIssue
		case config.ArticlesSection:
			p.Kind = content.KindArticle
		}
	}
	return p, nil
}

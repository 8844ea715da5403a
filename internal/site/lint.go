package site

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/lint"
	lintdriver "github.com/claritynotes/gen/internal/lint/driver"
	"github.com/claritynotes/gen/internal/markdown"
	"github.com/claritynotes/gen/internal/sitefs"
)

// LintResult is one file's lint outcome.
type LintResult = lint.Result

// maxLintFile is the largest file a lint run reads.
const maxLintFile = 32 << 20

// LintOptions choose what a lint run reads. A lint run works on any
// Markdown, in a site or not.
type LintOptions struct {
	// Config is a TOML file with [lint] settings; "" means ./gen.toml
	// when there is one, else the defaults.
	Config string
	// Paths are Markdown files or folders; none means the site's content/.
	Paths []string
	// Quote keeps each result's source, for reports that quote lines.
	Quote bool
}

// LintRun is the outcome of a lint run.
type LintRun struct {
	// Results holds one result per file, in the order of Paths and, in a
	// folder, in lexical order.
	Results []lint.Result
	// Linter is the configured linter, which decides what fails the run.
	Linter *lint.Linter
	// Warnings are problems that do not stop the run: the settings' first,
	// then the files' in file order.
	Warnings []string
}

// lintLoads counts the files lint runs read, so a test can check that a
// run reads each one once.
var lintLoads atomic.Int64

// LintPaths lints Markdown files and folders. Each file is read and
// parsed once, leniently (no required keys), with its page kind taken
// from its place in the site as a build would. Paths that are missing or
// not Markdown come back as results with an error, so every report format
// shows them; settings that cannot be read are the returned error. Once
// ctx is done no further file is started and its error is returned.
func LintPaths(ctx context.Context, opts LintOptions) (*LintRun, error) {
	cfg, root, err := lintConfig(opts.Config)
	if err != nil {
		return nil, err
	}
	linter, err := lint.New(cfg.Lint)
	if err != nil {
		return nil, err
	}
	files, err := lintFiles(root, opts.Paths)
	if err != nil {
		return nil, err
	}
	md := markdown.New(markdown.Options{TextOnly: true})
	var mu sync.Mutex
	var pageWarnings []*diag.Error
	results := lintdriver.Run(linter, untilDone(ctx, files), func(path string, buf []byte) (*content.Page, error) {
		lintLoads.Add(1)
		p, err := loadForLint(cfg, md, root, path, buf)
		if p != nil && len(p.Warnings) > 0 {
			mu.Lock()
			pageWarnings = append(pageWarnings, p.Warnings...)
			mu.Unlock()
		}
		return p, err
	}, opts.Quote)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	slices.SortFunc(pageWarnings, func(a, b *diag.Error) int {
		return cmp.Or(strings.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
	run := &LintRun{Results: results, Linter: linter, Warnings: slices.Clone(cfg.Warnings)}
	for _, w := range pageWarnings {
		run.Warnings = append(run.Warnings, w.Error())
	}
	return run, nil
}

// untilDone yields what seq yields until ctx is done.
func untilDone[K, V any](ctx context.Context, seq iter.Seq2[K, V]) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range seq {
			if ctx.Err() != nil || !yield(k, v) {
				return
			}
		}
	}
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
// in the site's content/ get the kind a build gives them, for the rules
// that apply to one kind (newsletter-preheader).
func loadForLint(cfg *config.Config, md *markdown.Renderer, root, path string, buf []byte) (*content.Page, error) {
	src, err := sitefs.ReadFile(path, maxLintFile, buf)
	var big *sitefs.FileTooLargeError
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
	if rel, err := filepath.Rel(root, path); err == nil && strings.HasPrefix(filepath.ToSlash(rel), content.Dir+"/") {
		p.Section, p.Kind = content.Place(cfg, filepath.ToSlash(rel))
	}
	return p, nil
}

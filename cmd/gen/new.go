package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/markdown"
)

func cmdNew(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("gen new", flag.ContinueOnError)
	fl.SetOutput(stderr)
	source := fl.String("source", "", "site root (default: current directory)")
	fl.Usage = func() {
		fmt.Fprintln(stderr, `usage: gen new article|issue "Title" [--source DIR]`)
		fl.PrintDefaults()
	}
	pos, err := parseFlags(fl, args, 2)
	if err != nil {
		return exitUsage
	}
	if len(pos) != 2 || (pos[0] != "article" && pos[0] != "issue") || strings.TrimSpace(pos[1]) == "" {
		fl.Usage()
		return exitUsage
	}
	root := *source
	if root == "" {
		root = "."
	}
	cfg, err := config.Load(root, "")
	if err != nil {
		return report(stderr, err)
	}
	path, err := newPage(cfg, pos[0], strings.TrimSpace(pos[1]), time.Now())
	if err != nil {
		fmt.Fprintln(stderr, "gen new:", err)
		return exitContent
	}
	fmt.Fprintf(stdout, "created %s (a draft: set draft: false to publish)\n", path)
	return exitOK
}

// newPage writes a draft with its front matter filled in and returns its
// site-relative path. It never overwrites a file.
func newPage(cfg *config.Config, kind, title string, now time.Time) (string, error) {
	slug := content.Slugify(title)
	if slug == "" {
		return "", fmt.Errorf("title %q has no letters or digits to make a file name from", title)
	}
	section := config.ArticlesSection
	if kind == "issue" {
		section = cfg.Newsletter.Section
	}
	rel := filepath.ToSlash(filepath.Join(content.Dir, section, slug+".md"))
	abs := filepath.Join(cfg.Root, filepath.FromSlash(rel))
	if err := checkURLFree(cfg, rel, "/"+section+"/"+slug+"/"); err != nil {
		return "", err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %s\ndate: %s\nslug: %s\ndraft: true\ndescription: \"\"\ntags: []\n",
		strconv.Quote(title), now.Format("2006-01-02"), slug)
	if kind == "issue" {
		n, err := nextIssue(cfg)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(&b, "issue: %d\nsubject: %s\npreheader: \"\"\n", n, strconv.Quote(title))
	}
	b.WriteString("# cta: {text: \"Reply and tell me\", url: \"mailto:you@example.com\"}\n---\n\n")
	b.WriteString("Start with the reader: what do they need from this piece?\n\n")
	b.WriteString("## Your next step\n\nEnd with one clear thing your reader can do today.\n")
	if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
		return "", err
	}
	f, err := os.OpenFile(abs, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		if errors.Is(err, os.ErrExist) {
			return "", fmt.Errorf("%s already exists; pick another title or edit that file", rel)
		}
		return "", err
	}
	if _, err := f.WriteString(b.String()); err != nil {
		f.Close()
		return "", err
	}
	return rel, f.Close()
}

// checkURLFree refuses a new page whose URL an existing page or page
// bundle already has: the build would stop on the duplicate later, far
// from the command that caused it.
func checkURLFree(cfg *config.Config, rel, url string) error {
	files, err := content.Files(cfg.Root)
	if err != nil {
		return err
	}
	md := markdown.New(markdown.Options{TextOnly: true})
	for _, f := range files {
		if f == rel {
			continue // reported as an existing file by the caller
		}
		// A page that does not load cannot clash yet; the build reports it.
		p, err := content.LoadFile(cfg, md, f)
		if err != nil || p.URL != url {
			continue
		}
		owner := f
		if p.BundleDir != "" {
			owner = p.BundleDir + "/ (a page bundle)"
		}
		return fmt.Errorf("%s already has the URL %s that %s would have; pick another title or edit that page", owner, url, rel)
	}
	return nil
}

// nextIssue is one more than the highest issue number in the newsletter
// section, drafts included.
func nextIssue(cfg *config.Config) (int, error) {
	files, err := content.Files(cfg.Root)
	if err != nil {
		return 0, err
	}
	md := markdown.New(markdown.Options{})
	highest := 0
	prefix := content.Dir + "/" + cfg.Newsletter.Section + "/"
	for _, f := range files {
		if !strings.HasPrefix(f, prefix) {
			continue
		}
		src, err := os.ReadFile(filepath.Join(cfg.Root, filepath.FromSlash(f)))
		if err != nil {
			return 0, err
		}
		if p, err := content.Parse(md, f, src); err == nil {
			highest = max(highest, p.Issue)
		}
	}
	return highest + 1, nil
}

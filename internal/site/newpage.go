package site

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/markdown"
	"github.com/claritynotes/gen/internal/sitefs"
	"github.com/claritynotes/gen/internal/theme"
)

// NewPage writes a draft article or issue ("article" or "issue") titled
// title into the site at root, with its front matter filled in, and
// returns its site-relative path. It never overwrites a file, and refuses
// a URL another page already has: the build would stop on the duplicate
// later, far from the command that caused it.
//
// Once ctx is done it stops reading the site and returns ctx's error,
// having written nothing.
func NewPage(ctx context.Context, root, kind, title string, now time.Time) (string, error) {
	cfg, err := config.Load(root, "")
	if err != nil {
		return "", err
	}
	slug := content.Slugify(title)
	if slug == "" {
		return "", fmt.Errorf("title %q has no letters or digits to make a file name from", title)
	}
	section := config.ArticlesSection
	if kind == "issue" {
		section = cfg.Newsletter.Section
	}
	rel := filepath.ToSlash(filepath.Join(content.Dir, section, slug+".md"))
	existing, err := loadLeniently(ctx, cfg)
	if err != nil {
		return "", err
	}
	url := "/" + section + "/" + slug + "/"
	highest := 0
	for _, p := range existing {
		if p.Path == rel {
			continue // reported as an existing file below
		}
		if p.URL == url {
			owner := p.Path
			if p.BundleDir != "" {
				owner = p.BundleDir + "/ (a page bundle)"
			}
			return "", fmt.Errorf("%s already has the URL %s that %s would have; pick another title or edit that page", owner, url, rel)
		}
		if p.Kind == content.KindIssue {
			highest = max(highest, p.Issue)
		}
	}
	// strconv.Quote writes a YAML double-quoted string: every escape it
	// writes is one of YAML's, and it escapes the characters YAML refuses
	// as they are (C1 controls). gen init's TOML needs its own quoting
	// (tomlString): TOML has no \a, \v or \x escapes.
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %s\ndate: %s\nslug: %s\ndraft: true\ndescription: \"\"\ntags: []\n",
		strconv.Quote(title), now.Format("2006-01-02"), slug)
	if kind == "issue" {
		fmt.Fprintf(&b, "issue: %d\nsubject: %s\npreheader: \"\"\n", highest+1, strconv.Quote(title))
	}
	b.WriteString("# cta: {text: \"Reply and tell me\", url: \"mailto:you@example.com\"}\n---\n\n")
	b.WriteString("Start with the reader: what do they need from this piece?\n\n")
	b.WriteString("## Your next step\n\nEnd with one clear thing your reader can do today.\n")
	abs := filepath.Join(cfg.Root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
		return "", err
	}
	created, err := sitefs.CreateFile(abs, []byte(b.String()))
	if err != nil {
		return "", err
	}
	if !created {
		return "", fmt.Errorf("%s already exists; pick another title or edit that file", rel)
	}
	return rel, nil
}

// loadLeniently loads every content file once, with the site's rules,
// leaving out the ones that do not load: the build reports those.
// A page that parses but breaks a site rule (no date) still counts for
// its issue number.
func loadLeniently(ctx context.Context, cfg *config.Config) ([]*content.Page, error) {
	files, err := content.Files(cfg.Root)
	if err != nil {
		return nil, err
	}
	md := markdown.New(markdown.Options{TextOnly: true})
	var out []*content.Page
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if p, err := content.LoadFile(cfg, md, f); p != nil && (err == nil || p.Kind == content.KindIssue) {
			out = append(out, p)
		}
	}
	return out, nil
}

// Theme opens the theme the site at root uses.
func Theme(root string) (*theme.Theme, error) {
	cfg, err := config.Load(root, "")
	if err != nil {
		return nil, err
	}
	return theme.ForConfig(cfg)
}

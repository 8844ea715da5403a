package content

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/content/frontmatter"
	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/markdown"
	"github.com/claritynotes/gen/internal/parallel"
	"github.com/claritynotes/gen/internal/sitefs"
)

// Dir is the content folder under the site root.
const Dir = "content"

// Parse reads one Markdown file's front matter and body without applying
// site rules (no required keys), as `gen lint` does for any file. relPath is
// the name used in messages. The derived facts (summary, word count,
// reading time, table of contents) are left for LoadFile or Derive, so
// linting thousands of files does not pay for them.
func Parse(md *markdown.Renderer, relPath string, src []byte) (*Page, error) {
	if bad := invalidUTF8(src); bad >= 0 {
		line, col := lineCol(src, bad)
		return nil, diag.Errorf(relPath, line, col, "save the file as UTF-8 in your editor",
			"file is not valid UTF-8 (byte 0x%02x)", src[bad])
	}
	b, err := frontmatter.Split(relPath, src)
	if err != nil {
		return nil, err
	}
	p := &Page{Path: relPath, Source: src, Format: b.Format, FrontStart: b.Start, FrontEnd: b.End, BodyOffset: b.Body, Body: src[b.Body:], lines: &lineIndex{}}
	if b.Format != FormatNone {
		if p.front, err = frontmatter.Decode(relPath, src, b); err != nil {
			return nil, err
		}
		if p.FrontMatter, err = p.fields(p.front.Values); err != nil {
			return nil, err
		}
	}
	doc, err := md.ParseChecked(p.Body)
	if err != nil {
		var le *markdown.LimitError
		if errors.As(err, &le) {
			line, col := diag.LineCol(src, p.BodyOffset+le.Offset)
			return nil, diag.Errorf(relPath, line, col, le.Hint, "%s", le.Msg)
		}
		return nil, err
	}
	p.AST = doc
	return p, nil
}

// invalidUTF8 returns the offset of the first invalid byte, or -1.
func invalidUTF8(b []byte) int {
	if utf8.Valid(b) { // the usual case, checked much faster
		return -1
	}
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// wordsPerMinute is a typical adult silent-reading speed for web copy.
const wordsPerMinute = 220

// Derive computes the facts templates and feeds show: summary, word count,
// reading time, table of contents and tag slugs.
func (p *Page) Derive() {
	for _, t := range p.Tags {
		p.TagSlugs = append(p.TagSlugs, Slugify(t))
	}
	p.WordCount = markdown.WordCount(p.AST, p.Body)
	p.ReadingTime = max(1, int(math.Ceil(float64(p.WordCount)/wordsPerMinute)))
	p.TOC = markdown.Headings(p.AST, p.Body)
	// What the author wrote to sum the page up wins over its opening
	// lines, which in an issue are often a greeting ("Hi there,").
	p.SummaryEnd = 0
	switch {
	case p.FrontMatter.Summary != "":
		p.SummaryText = p.FrontMatter.Summary
	case p.Description != "":
		p.SummaryText = p.Description
	default:
		p.SummaryEnd, p.SummaryText = p.bodySummary()
	}
}

// bodySummary takes the blocks before a <!--more--> marker, or else the first paragraph.
func (p *Page) bodySummary() (int, string) {
	// The marker is found before any text is made: a page without one
	// would otherwise turn its whole body into text only to drop it.
	more := -1
	i := 0
	for n := p.AST.FirstChild(); n != nil; n, i = n.NextSibling(), i+1 {
		if isMoreMarker(n, p.Body) {
			more = i
			break
		}
	}
	if more >= 0 {
		var parts []string
		i = 0
		for n := p.AST.FirstChild(); i < more; n, i = n.NextSibling(), i+1 {
			if _, ok := n.(*ast.Heading); !ok {
				if t := markdown.PlainText(n, p.Body); t != "" {
					parts = append(parts, t)
				}
			}
		}
		return more, strings.Join(parts, " ")
	}
	i = 0
	for n := p.AST.FirstChild(); n != nil; n, i = n.NextSibling(), i+1 {
		if _, ok := n.(*ast.Paragraph); ok {
			return i + 1, markdown.PlainText(n, p.Body)
		}
	}
	return 0, ""
}

// isMoreMarker reports whether n is an HTML comment block whose comment
// says "more" (<!--more-->, <!-- more -->): the summary marker. The parser
// has already told comments from other HTML.
func isMoreMarker(n ast.Node, src []byte) bool {
	hb, ok := n.(*ast.HTMLBlock)
	if !ok || hb.HTMLBlockType != ast.HTMLBlockType2 {
		return false
	}
	comment, ok := bytes.CutPrefix(bytes.TrimSpace(blockText(hb, src)), []byte("<!--"))
	if !ok {
		return false
	}
	comment, _, closed := bytes.Cut(comment, []byte("-->"))
	return closed && string(bytes.TrimSpace(comment)) == "more"
}

func blockText(n ast.Node, src []byte) []byte {
	var b bytes.Buffer
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		s := lines.At(i)
		b.Write(s.Value(src))
	}
	return b.Bytes()
}

// Options select which pages a build includes.
type Options struct {
	Drafts bool // include draft pages
	Future bool // include future-dated and expired pages
	Now    time.Time
}

// Site is the loaded content of a site.
type Site struct {
	Pages []*Page // published pages, newest first
	// Sections holds _index.md pages by section name ("" for the home page).
	Sections map[string]*Page
	// Skipped counts pages left out as drafts, future-dated or expired.
	Skipped int
	// Until is when the selection next changes on its own (the first
	// future date or expiry among the pages); zero when it never does.
	Until time.Time
}

// Load finds every Markdown file under root/content, parses them in
// parallel and applies the site rules. All problems are reported together.
func Load(ctx context.Context, cfg *config.Config, md *markdown.Renderer, opts Options) (*Site, error) {
	files, err := Files(cfg.Root)
	if err != nil {
		return nil, err
	}
	pages, err := LoadFiles(ctx, cfg, md, files, nil)
	if err != nil {
		return nil, err
	}
	return Assemble(pages, opts)
}

// LoadFiles loads the given site-relative files in parallel, keeping their
// order, and reports every file's problems together (a file with several
// problems adds each one). More workers than processors keep the
// processors busy while some wait for the disk. each, when not nil, is
// called with every page that loaded, in the worker that loaded it, so
// work on one page can start while it is fresh.
func LoadFiles(ctx context.Context, cfg *config.Config, md *markdown.Renderer, files []string, each func(*Page)) ([]*Page, error) {
	pages := make([]*Page, len(files))
	errs := make([]error, len(files))
	if err := parallel.For(ctx, len(files), parallel.IO(), func(i int) error {
		pages[i], errs[i] = LoadFile(cfg, md, files[i])
		if errs[i] == nil && each != nil {
			each(pages[i])
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := diag.Flatten(errs); err != nil {
		return nil, err
	}
	return pages, nil
}

// Files lists the Markdown files under root/content as slash-separated
// paths relative to root, in a stable order. Hidden files and editor
// temporaries are ignored.
func Files(root string) ([]string, error) {
	return walk(root, filepath.Join(root, Dir))
}

// FilesUnder lists the Markdown files at or under rel (a site-relative
// file or folder inside content/); nothing when it no longer exists.
func FilesUnder(root, rel string) ([]string, error) {
	abs := filepath.Join(root, filepath.FromSlash(rel))
	st, err := os.Stat(abs)
	switch {
	case err != nil:
		return nil, nil
	case !st.IsDir():
		if IsMarkdown(filepath.Base(abs)) {
			return []string{filepath.ToSlash(rel)}, nil
		}
		return nil, nil
	}
	return walk(root, abs)
}

func walk(root, dir string) ([]string, error) {
	var out []string
	// WalkDir's paths start with dir, which is under root: a path's part
	// after root is cut off it, rather than made by filepath.Rel, which
	// cleans both paths for each of a site's tens of thousands of files.
	// (A root that is not clean, or is the file system's, takes
	// filepath.Rel.)
	prefix, cut := root+string(filepath.Separator), filepath.Clean(root) == root
	if root == "." {
		prefix = ""
	}
	rel := func(p string) string {
		if r, ok := strings.CutPrefix(p, prefix); ok && cut && r != "" {
			return r
		}
		r, _ := filepath.Rel(root, p)
		return r
	}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if p != dir && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") && d.IsDir()) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		// Every link is checked, not only links named like Markdown: a
		// link to a folder would otherwise be passed over in silence,
		// and its pages left out of the site.
		link := d.Type()&fs.ModeSymlink != 0 && !sitefs.IsEditorTemp(name)
		page := !d.IsDir() && IsMarkdown(name)
		if !link && !page {
			return nil
		}
		rel := rel(p)
		if link {
			if err := sitefs.CheckLink(root, p, rel, d); err != nil {
				return err
			}
		}
		if page {
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	var d *diag.Error
	if errors.As(err, &d) {
		return nil, err
	}
	if err != nil && !os.IsNotExist(err) {
		return nil, fmt.Errorf("read %s: %w", Dir, err)
	}
	sort.Strings(out)
	return out, nil
}

// IsMarkdown reports whether a file name is a Markdown source: .md or
// .markdown, not hidden, and not an editor's temporary or backup file
// (sitefs.IsEditorTemp; "#launch.md" is a page, "#launch.md#" is not).
func IsMarkdown(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return (ext == ".md" || ext == ".markdown") && !strings.HasPrefix(name, ".") && !sitefs.IsEditorTemp(name)
}

// LoadFile loads one page of a site and applies the site rules: required
// keys, slug and URL, kind by section.
func LoadFile(cfg *config.Config, md *markdown.Renderer, rel string) (*Page, error) {
	src, err := sitefs.ReadFile(filepath.Join(cfg.Root, filepath.FromSlash(rel)), math.MaxInt64, nil)
	if err != nil {
		return nil, diag.Errorf(rel, 0, 0, "", "cannot read: %v", err)
	}
	p, err := Parse(md, rel, src)
	if err != nil {
		return nil, err
	}
	p.Derive()
	if err := place(cfg, p); err != nil {
		return p, err
	}
	p.Pack()
	return p, nil
}

// Place gives the section and kind of the page at rel, a site-relative
// path under content/: the section is the first folder below content/
// ("" for a file at its top), and the section decides the kind. Builds
// and lint runs both place pages with it.
func Place(cfg *config.Config, rel string) (section string, kind Kind) {
	if dir := path.Dir(strings.TrimPrefix(rel, Dir+"/")); dir != "." {
		section, _, _ = strings.Cut(dir, "/")
	}
	switch section {
	case config.ArticlesSection:
		return section, KindArticle
	case cfg.Newsletter.Section:
		return section, KindIssue
	}
	return section, KindPage
}

// place applies site rules to a parsed page: section, kind, slug, URL and
// required keys.
func place(cfg *config.Config, p *Page) error {
	p.Section, p.Kind = Place(cfg, p.Path)
	dir, file := path.Split(strings.TrimPrefix(p.Path, Dir+"/"))
	dir = strings.TrimSuffix(dir, "/")
	if p.Format == FormatNone {
		return diag.Errorf(p.Path, 1, 1, "start the file with front matter:\n    ---\n    title: \"…\"\n    date: 2006-01-02\n    ---",
			"missing front matter (title is required)")
	}
	if strings.TrimSpace(p.Title) == "" {
		line, _ := lineCol(p.Source, p.FrontStart)
		return diag.Errorf(p.Path, line, 1, `add a line: title: "Your title"`, "missing title in front matter")
	}
	if p.Date.IsZero() && p.Kind != KindPage && !isSectionIndex(file) {
		line, _ := lineCol(p.Source, p.FrontStart)
		return diag.Errorf(p.Path, line, 1, "add a line: date: 2006-01-02", "missing date in front matter (articles and issues need one)")
	}
	if isSectionIndex(file) {
		p.URL = "/"
		if p.Section != "" {
			p.URL = "/" + p.Section + "/"
		}
		return nil
	}
	slug := p.FrontMatter.Slug
	if slug != "" {
		if msg := badSlug(slug); msg != "" {
			line, col := p.valuePos("slug")
			return diag.Errorf(p.Path, line, col, "use letters, digits and dashes, e.g. slug: my-first-issue", "slug %q %s", slug, msg)
		}
	} else {
		base := strings.TrimSuffix(file, path.Ext(file))
		if strings.EqualFold(base, "index") && dir != "" {
			base = path.Base(dir)
			p.BundleDir = path.Join(Dir, dir)
			dir = path.Dir(dir)
			if dir == "." {
				dir = ""
			}
		}
		slug = Slugify(datePrefix.ReplaceAllString(base, ""))
		if slug == "" {
			slug = Slugify(p.Title)
		}
	}
	p.Slug = slug
	if dir == "" {
		p.URL = "/" + slug + "/"
	} else {
		p.URL = "/" + dir + "/" + slug + "/"
	}
	return nil
}

func isSectionIndex(file string) bool { return file == "_index.md" || file == "_index.markdown" }

var datePrefix = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}[-_]`)

// badSlug says why a slug from front matter cannot be used, or "".
func badSlug(s string) string {
	switch {
	case strings.ContainsAny(s, `/\`):
		return "contains a slash, which would place the page outside its section"
	case strings.Contains(s, ".."), strings.HasPrefix(s, "."):
		return "starts with a dot or contains .., which could escape its section"
	}
	for _, r := range s {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' || r == '.') {
			return fmt.Sprintf("contains %q, which is not allowed in a URL segment", r)
		}
	}
	return ""
}

// Slugify makes a URL segment from a title: lower case, words joined by dashes.
func Slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		case r == '\'' || r == '’':
			// "Don't" becomes "dont", not "don-t".
		default:
			dash = true
		}
	}
	return b.String()
}

// Assemble filters loaded pages for publication (drafts, future and expired
// pages), checks that URLs are unique and sorts newest first.
func Assemble(pages []*Page, opts Options) (*Site, error) {
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	s := &Site{Sections: map[string]*Page{}}
	byURL := map[string]*Page{}
	var errs []error
	for _, p := range pages {
		if isSectionIndex(path.Base(p.Path)) {
			s.Sections[p.Section] = p
			continue
		}
		if !opts.Future {
			for _, t := range [...]time.Time{p.Date, p.ExpiryDate} {
				if t.After(now) && (s.Until.IsZero() || t.Before(s.Until)) {
					s.Until = t
				}
			}
		}
		if left(p, opts, now) {
			s.Skipped++
			continue
		}
		if other, ok := byURL[p.URL]; ok {
			if p.Path < other.Path {
				// Blame the file that sorts last, whatever the load order.
				byURL[p.URL], p, other = p, other, p
			}
			line, col := 1, 1
			if p.FrontMatter.Slug != "" {
				line, col = p.valuePos("slug")
			}
			errs = append(errs, diag.Errorf(p.Path, line, col,
				"give one of them a different slug in its front matter",
				"URL %s is also the URL of %s", p.URL, other.Path))
			continue
		}
		byURL[p.URL] = p
		s.Pages = append(s.Pages, p)
	}
	errs = append(errs, duplicateIssues(s.Pages)...)
	if len(errs) > 0 {
		return nil, diag.Join(errs)
	}
	SortByDate(s.Pages)
	return s, nil
}

// left reports whether opts leave p out of the site at time now: a draft,
// a future-dated or an expired page.
func left(p *Page, opts Options, now time.Time) bool {
	return !opts.Drafts && p.Draft ||
		!opts.Future && (p.Date.After(now) || !p.ExpiryDate.IsZero() && !p.ExpiryDate.After(now))
}

// Publishes reports whether Assemble, given opts with Now set, lists p
// among the site's pages (a section index is not one of them), so a build
// can make what only a published page gets before every page is loaded.
func (opts Options) Publishes(p *Page) bool {
	return !isSectionIndex(path.Base(p.Path)) && !left(p, opts, opts.Now)
}

// CompareByDate orders pages as SortByDate does: newest first, then by
// title and path.
func CompareByDate(a, b *Page) int {
	if c := b.Date.Compare(a.Date); c != 0 {
		return c
	}
	if c := strings.Compare(a.Title, b.Title); c != 0 {
		return c
	}
	return strings.Compare(a.Path, b.Path)
}

// duplicateIssues reports issues that share an issue number, each at its
// issue: line, naming the file that has the number first: an issue
// number names one issue (gen email 3), so two cannot share it.
func duplicateIssues(pages []*Page) []error {
	byNumber := map[int][]*Page{}
	for _, p := range pages {
		if p.Kind == KindIssue && p.Issue != 0 {
			byNumber[p.Issue] = append(byNumber[p.Issue], p)
		}
	}
	var errs []error
	for n, ps := range byNumber {
		if len(ps) < 2 {
			continue
		}
		slices.SortFunc(ps, func(a, b *Page) int { return strings.Compare(a.Path, b.Path) })
		for _, p := range ps[1:] {
			line, col := p.valuePos("issue")
			errs = append(errs, diag.Errorf(p.Path, line, col,
				"give each issue its own number in front matter (issue: N)",
				"issue %d is also the number of %s", n, ps[0].Path))
		}
	}
	slices.SortFunc(errs, func(a, b error) int { return strings.Compare(a.Error(), b.Error()) })
	return errs
}

// SortByDate sorts pages newest first, then by title and path for a stable order.
func SortByDate(pages []*Page) {
	slices.SortFunc(pages, CompareByDate)
}

// ByKind returns the pages of one kind, keeping their order.
func (s *Site) ByKind(k Kind) []*Page {
	var out []*Page
	for _, p := range s.Pages {
		if p.Kind == k {
			out = append(out, p)
		}
	}
	return out
}

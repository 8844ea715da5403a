// Package render turns loaded pages into HTML documents through the theme's
// templates: pages, paginated lists, tag pages, the home page and 404.
package render

import (
	"html/template"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/yuin/goldmark/ast"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/htmlcopy"
	"github.com/claritynotes/gen/internal/markdown"
	"github.com/claritynotes/gen/internal/strpack"
)

// PageView is what templates see of a page. Content is rendered once and
// shared by the page, the lists that show it and the feeds.
type PageView struct {
	*content.Page
	// Permalink is the absolute URL; RelPermalink the path under the base URL.
	Permalink    string
	RelPermalink string
	Content      template.HTML
	// SummaryHTML is the summary as HTML: the body before <!--more-->, the
	// first paragraph, or the front matter summary.
	SummaryHTML template.HTML
	TagLinks    []Link
	// Older and Newer link to neighbouring pages of the same kind.
	Older, Newer *Link
	// DateISO and DateHuman are the date preformatted, empty when there is
	// none: lists show thousands of dates, and a field is cheaper than a call.
	DateISO, DateHuman string
	// JobID and OutPath name the page's build job and output file; they
	// are computed once per page, not on every rebuild.
	JobID, OutPath string

	// The page's fields the layouts read most, copied from Page. A
	// template finds a field of the view itself directly, where one of
	// the embedded Page costs a search of every embedded struct, with
	// allocations, on each use: a tenth of a page's template time.
	Title, Description string
	Kind               content.Kind
	Slug               string
	Tags               []string
	Issue, ReadingTime int
	TOC                []markdown.Heading
	CTA                *content.CTA
	// TOCEntries are the level-2 headings of TOC, the entries of a table
	// of contents, picked once rather than by a loop in the template.
	TOCEntries []markdown.Heading
	// HasTOC is set when there are entries enough (three) for a table of
	// contents to help.
	HasTOC bool
	// IsArticle and IsIssue tell the page's Kind: a field a layout tests
	// costs less than a comparison, which is a call through reflection.
	IsArticle, IsIssue bool

	card *cardCache // shared by copies of the view
}

// cardCache holds the page's rendered list entry: a page appears in its
// section list, its tag lists and the home page, and is rendered once.
type cardCache struct {
	once sync.Once
	html template.HTML
	err  error
	// rendered is set when Cards made html in this process.
	rendered bool
}

// SetCard gives the view its list entry as made by an earlier build (the
// build cache), so Cards does not render it again. It has no effect once
// the entry is rendered.
func (v *PageView) SetCard(html template.HTML) {
	v.card.once.Do(func() { v.card.html = html })
}

// RenderedCard returns the list entry Cards rendered for the view, if it
// rendered one without error.
func (v *PageView) RenderedCard() (template.HTML, bool) {
	return v.card.html, v.card.rendered && v.card.err == nil
}

// Link is a titled URL.
type Link struct {
	Title string
	URL   string // path under the base URL, e.g. /tags/email/
	Count int
}

// NewView renders p's Markdown and prepares the template view; images
// gives the size of the page's images (nil: unknown).
func NewView(cfg *config.Config, md *markdown.Renderer, p *content.Page, images markdown.ImageSize) (*PageView, error) {
	html, err := md.HTMLWithImages(p.Body, p.AST, images)
	if err != nil {
		return nil, err
	}
	var summary template.HTML
	if p.FrontMatter.Summary == "" && p.SummaryEnd > 0 {
		summary = template.HTML(summaryHTML(md, p, RelURL(cfg, p.URL)))
	}
	return ViewOf(cfg, p, template.HTML(html), summary), nil
}

// ViewOf prepares the template view of p from its rendered body and, when
// the summary comes from the body (the blocks before <!--more--> or the
// first paragraph), the summary's HTML. NewView renders both; the build
// cache keeps them between builds.
func ViewOf(cfg *config.Config, p *content.Page, html, bodySummary template.HTML) *PageView {
	v := &PageView{
		card:         &cardCache{},
		Page:         p,
		Permalink:    cfg.AbsURL(p.URL),
		RelPermalink: RelURL(cfg, p.URL),
		Content:      html,
		JobID:        "page:" + p.URL,
		OutPath:      strings.TrimPrefix(p.URL, "/") + "index.html",
		Title:        p.Title,
		Description:  p.Description,
		Kind:         p.Kind,
		Slug:         p.Slug,
		Tags:         p.Tags,
		Issue:        p.Issue,
		ReadingTime:  p.ReadingTime,
		TOC:          p.TOC,
		CTA:          p.CTA,
	}
	switch {
	case p.FrontMatter.Summary != "":
		v.SummaryHTML = template.HTML("<p>" + template.HTMLEscapeString(p.FrontMatter.Summary) + "</p>")
	case p.SummaryEnd > 0:
		v.SummaryHTML = bodySummary
	default:
		if p.SummaryText != "" {
			v.SummaryHTML = template.HTML("<p>" + template.HTMLEscapeString(p.SummaryText) + "</p>")
		}
	}
	v.TOCEntries = tocEntries(p.TOC)
	v.HasTOC = len(v.TOCEntries) >= minTOCEntries
	v.IsArticle, v.IsIssue = p.Kind == content.KindArticle, p.Kind == content.KindIssue
	if !p.Date.IsZero() {
		// Both dates in one string: a view is made for every page of
		// every build, a warm one's included.
		var buf [64]byte
		b := p.Date.AppendFormat(buf[:0], time.RFC3339)
		n := len(b)
		both := string(p.Date.AppendFormat(b, HumanDate))
		v.DateISO, v.DateHuman = both[:n], both[n:]
	}
	// A loaded page has its tags' slugs already, and views are made for
	// every page of every build: the slugs are not made again.
	slugs := p.TagSlugs
	if len(slugs) != len(p.Tags) {
		slugs = nil
	}
	if len(p.Tags) > 0 {
		v.TagLinks = make([]Link, 0, len(p.Tags))
	}
	for i, t := range p.Tags {
		slug := ""
		if slugs != nil {
			slug = slugs[i]
		} else {
			slug = content.Slugify(t)
		}
		v.TagLinks = append(v.TagLinks, Link{Title: t, URL: RelURL(cfg, tagPath(slug))})
	}
	// A build keeps every page's view until its last job: the view's
	// own strings become one object for the garbage collector to mark
	// (the page's are packed already, see content.Page.Pack).
	ptrs := make([]*string, 0, 8+len(v.TagLinks))
	ptrs = append(ptrs, &v.Permalink, &v.RelPermalink, &v.JobID, &v.OutPath,
		&v.DateISO, &v.DateHuman, (*string)(&v.SummaryHTML))
	for i := range v.TagLinks {
		ptrs = append(ptrs, &v.TagLinks[i].URL)
	}
	strpack.Pack(ptrs...)
	return v
}

// tocEntries returns the level-2 headings of toc: toc itself when it
// has no other (most pages), else a slice made once at its size.
func tocEntries(toc []markdown.Heading) []markdown.Heading {
	n := 0
	for _, h := range toc {
		if h.Level == 2 {
			n++
		}
	}
	switch n {
	case 0:
		return nil
	case len(toc):
		return toc[:n:n]
	}
	entries := make([]markdown.Heading, 0, n)
	for _, h := range toc {
		if h.Level == 2 {
			entries = append(entries, h)
		}
	}
	return entries
}

// minTOCEntries is how many entries a table of contents needs to be
// worth showing.
const minTOCEntries = 3

// summaryHTML renders the first SummaryEnd top-level blocks, leaving out
// headings so list entries read as prose. Lists, tags and the home page
// show the summary away from the page, so a relative link or image (a
// bundle's cover.png) is resolved against the page's own path.
func summaryHTML(md *markdown.Renderer, p *content.Page, pagePath string) string {
	var b strings.Builder
	i := 0
	for n := p.AST.FirstChild(); n != nil && i < p.SummaryEnd; n, i = n.NextSibling(), i+1 {
		if _, ok := n.(*ast.Heading); ok {
			continue
		}
		_ = md.RenderNode(&b, p.Body, n)
	}
	base, err := url.Parse(pagePath)
	if err != nil {
		return b.String()
	}
	return htmlcopy.ResolveURLs(b.String(), base)
}

// TagURL is the list page of a tag.
func TagURL(tag string) string { return tagPath(content.Slugify(tag)) }

// tagPath is the site path of the tag page whose slug is slug.
func tagPath(slug string) string { return "/tags/" + slug + "/" }

// RelURL prefixes a site path with the base URL's path, so links work when
// the site lives under a sub-path (GitHub project pages).
func RelURL(cfg *config.Config, p string) string {
	if strings.HasPrefix(p, "/") && cfg.BasePath() == "/" {
		return p // as below, without making the same string again
	}
	if strings.Contains(p, "://") || strings.HasPrefix(p, "mailto:") || strings.HasPrefix(p, "#") {
		return p
	}
	return strings.TrimSuffix(cfg.BasePath(), "/") + "/" + strings.TrimPrefix(p, "/")
}

// Date formats used by the theme.
const (
	HumanDate = "2 January 2006"
	ISODate   = "2006-01-02"
)

// Funcs are the template functions every layout can use. now is the build
// time (fixed in tests so output is reproducible).
func Funcs(cfg *config.Config, now time.Time) template.FuncMap {
	return template.FuncMap{
		"absURL": cfg.AbsURL,
		"relURL": func(p string) string { return RelURL(cfg, p) },
		"date": func(layout string, t time.Time) string {
			if t.IsZero() {
				return ""
			}
			return t.Format(layout)
		},
		"humanDate": func(t time.Time) string { return t.Format(HumanDate) },
		"isoDate":   func(t time.Time) string { return t.Format(time.RFC3339) },
		"plural": func(n int, one, many string) string {
			if n == 1 {
				return one
			}
			return many
		},
		"slugify": content.Slugify,
		"add":     func(a, b int) int { return a + b },
		"year":    func() int { return now.Year() },
		"dict": func(kv ...any) map[string]any {
			m := map[string]any{}
			for i := 0; i+1 < len(kv); i += 2 {
				if k, ok := kv[i].(string); ok {
					m[k] = kv[i+1]
				}
			}
			return m
		},
		"first": func(n int, vs []*PageView) []*PageView {
			if len(vs) > n {
				return vs[:n]
			}
			return vs
		},
	}
}

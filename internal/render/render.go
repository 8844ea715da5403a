package render

import (
	"bytes"
	"html/template"
	"net/url"
	"strconv"
	"sync"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/htmlcopy"
	"github.com/claritynotes/gen/internal/subscribe"
	"github.com/claritynotes/gen/internal/theme"
)

// SiteView is the site-wide part of every template's data.
type SiteView struct {
	Title          string
	Description    string
	Language       string
	BaseURL        string
	Author         config.Author
	NewsletterName string
	Menu           []Link
	Feeds          Feeds
	Params         map[string]any
	// Assets are the base-path-aware URLs of the theme's shared files.
	Assets Assets
	// Subscribe is the subscribe form, nil when gen.toml sets none.
	Subscribe *subscribe.Form
}

// Assets holds URLs every page links to, resolved once per build.
type Assets struct{ Home, CSS, SyntaxCSS, Favicon, Tags string }

// Feeds holds the absolute URLs of the site's feeds.
type Feeds struct{ RSS, Atom, JSON, Newsletter string }

// NewSiteView prepares the site-wide template data. hasAbout adds the
// about page to the menu.
func NewSiteView(cfg *config.Config, menu []Link) *SiteView {
	return &SiteView{
		Title:          cfg.Title,
		Description:    cfg.Description,
		Language:       cfg.Language,
		BaseURL:        cfg.BaseURL,
		Author:         cfg.Author,
		NewsletterName: cfg.Newsletter.Name,
		Menu:           menu,
		Params:         cfg.Params,
		Assets: Assets{Home: RelURL(cfg, "/"), CSS: RelURL(cfg, "/css/clarity.css"), SyntaxCSS: RelURL(cfg, "/css/syntax.css"),
			Favicon: RelURL(cfg, "/favicon.svg"), Tags: RelURL(cfg, "/tags/")},
		Feeds: Feeds{
			RSS:        cfg.AbsURL("feed.xml"),
			Atom:       cfg.AbsURL("atom.xml"),
			JSON:       cfg.AbsURL("feed.json"),
			Newsletter: cfg.AbsURL(cfg.Newsletter.Section + "/feed.xml"),
		},
	}
}

// Data is what a layout receives.
type Data struct {
	Site *SiteView
	// Kind names the page type: home, article, issue, page, list, tag, tags, 404.
	Kind string
	// IsHome is set on the home page: a field a layout tests costs less
	// than comparing Kind, which is a call through reflection.
	IsHome      bool
	Title       string // the document title, without the site name
	Description string
	Canonical   string // absolute URL
	Image       string // absolute URL for social cards, may be empty
	Page        *PageView
	List        *ListView
	// Menu is the site menu with the current entry marked.
	Menu []MenuItem
	// Nav is what the site header and footer show: the site, the kind and
	// the menu. Pages that show the same share one Nav, so partialCached
	// makes their header and footer once per build.
	Nav *NavView
	// Home page sections, and their entries rendered as cards.
	Issues       []*PageView
	Articles     []*PageView
	IssueCards   []template.HTML
	ArticleCards []template.HTML
}

// NavView is the data of the site's header and footer: Site, Kind and
// Menu as Data has them. The renderer makes one per kind and current menu
// entry, and pages that show the same get the same pointer.
type NavView struct {
	Site *SiteView
	Kind string
	Menu []MenuItem
}

// cardPartial renders one entry of a list.
const cardPartial = "partials/card.html"

// Cards renders each page's list entry, once per page per build.
func (r *Renderer) Cards(views []*PageView) ([]template.HTML, error) {
	out := make([]template.HTML, len(views))
	for i, v := range views {
		v.card.once.Do(func() {
			v.card.html, v.card.err = r.T.ExecutePartialHTML(cardPartial, v)
			v.card.rendered = true
		})
		if v.card.err != nil {
			return nil, v.card.err
		}
		out[i] = v.card.html
	}
	return out, nil
}

// MenuItem is a menu link; Current marks the page being rendered.
type MenuItem struct {
	Link
	// Title and URL are the Link's, copied: a template finds them
	// without searching the embedded Link on every page.
	Title, URL string
	Current    bool
}

// ListView is a page of a list: a section, a tag or the tag index.
type ListView struct {
	Title       string
	Description string
	Pages       []*PageView
	// Cards are the Pages rendered through partials/card.html, in order.
	Cards []template.HTML
	Tags  []Link
	Pager Pager
}

// Pager describes the position of a list page among its siblings.
type Pager struct {
	Number, Total int
	Prev, Next    string // relative URLs, empty at the ends
	Links         []PagerLink
}

// PagerLink is one numbered link in the pager.
type PagerLink struct {
	Number  int
	URL     string
	Current bool
}

// PageURL is the URL of page n (1-based) of a list whose first page is base.
func PageURL(base string, n int) string {
	if n <= 1 {
		return base
	}
	return base + "page/" + strconv.Itoa(n) + "/"
}

// pagerWindow is how many numbered links the pager shows on each side of
// the current page; the first and last pages are always linked.
const pagerWindow = 2

// NewPager builds the pager of page n of total for a list at base. Long
// lists show a window of numbers around the current page, with gaps
// (Number 0) between it and the first and last pages.
func NewPager(cfg *config.Config, base string, n, total int) Pager {
	pg := Pager{Number: n, Total: total}
	if n > 1 {
		pg.Prev = RelURL(cfg, PageURL(base, n-1))
	}
	if n < total {
		pg.Next = RelURL(cfg, PageURL(base, n+1))
	}
	if total < 2 {
		return pg
	}
	// Only the linked numbers are visited: the first, the window and the
	// last. A list of many pages makes a pager for each of its pages, and
	// going through every number each time made the lists quadratic.
	last := 0
	link := func(i int) {
		if i <= last || i > total {
			return
		}
		if last != 0 && i > last+1 {
			pg.Links = append(pg.Links, PagerLink{}) // a gap
		}
		pg.Links = append(pg.Links, PagerLink{Number: i, URL: RelURL(cfg, PageURL(base, i)), Current: i == n})
		last = i
	}
	link(1)
	for i := max(2, n-pagerWindow); i <= min(total, n+pagerWindow); i++ {
		link(i)
	}
	link(total)
	return pg
}

// Renderer executes layouts.
type Renderer struct {
	T    *theme.Templates
	Site *SiteView
	Cfg  *config.Config

	navMu sync.Mutex
	// navs holds the NavView of each kind and current menu entry (a
	// string of one '1' or '0' per menu item), made on first use.
	navs map[string]*NavView
	// menuAbs holds the absolute URL of each menu entry, made once:
	// every page compares its own with each.
	menuOnce sync.Once
	menuAbs  []string
}

// layoutFor picks the layout of a page: issue.html for newsletter issues
// when the theme has one, else single.html.
func (r *Renderer) layoutFor(p *content.Page) string {
	if p.Kind == content.KindIssue && r.T.Has("issue.html") {
		return "issue.html"
	}
	return "single.html"
}

// Page renders one page.
func (r *Renderer) Page(v *PageView) ([]byte, error) {
	var b bytes.Buffer
	if err := r.PageTo(&b, v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// PageTo is Page appending to b, for a caller that reuses its buffer.
func (r *Renderer) PageTo(b *bytes.Buffer, v *PageView) error {
	d := &Data{Site: r.Site, Kind: string(v.Kind), Title: v.Title, Description: description(v),
		Canonical: v.Permalink, Page: v}
	if v.Image != "" {
		d.Image = r.Cfg.AbsURL(resolve(v.URL, v.Image))
	}
	return r.execTo(b, r.layoutFor(v.Page), d)
}

// List renders one page of a list.
func (r *Renderer) List(kind, url string, l *ListView) ([]byte, error) {
	var b bytes.Buffer
	if err := r.ListTo(&b, kind, url, l); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// ListTo is List appending to b, for a caller that reuses its buffer.
func (r *Renderer) ListTo(b *bytes.Buffer, kind, url string, l *ListView) error {
	cards, err := r.Cards(l.Pages)
	if err != nil {
		return err
	}
	l.Cards = cards
	title := l.Title
	if l.Pager.Number > 1 {
		title += " (page " + strconv.Itoa(l.Pager.Number) + ")"
	}
	d := &Data{Site: r.Site, Kind: kind, Title: title, Description: l.Description, Canonical: r.Cfg.AbsURL(url), List: l}
	layout := "list.html"
	if kind == "tags" && r.T.Has("tags.html") {
		layout = "tags.html"
	}
	return r.execTo(b, layout, d)
}

// Home renders the home page.
func (r *Renderer) Home(intro *PageView, issues, articles []*PageView) ([]byte, error) {
	d := &Data{Site: r.Site, Kind: "home", Title: r.Site.Title, Description: r.Site.Description,
		Canonical: r.Cfg.BaseURL, Page: intro, Issues: issues, Articles: articles}
	var err error
	if d.IssueCards, err = r.Cards(issues); err != nil {
		return nil, err
	}
	if d.ArticleCards, err = r.Cards(articles); err != nil {
		return nil, err
	}
	return r.exec("home.html", d)
}

// NotFound renders 404.html.
func (r *Renderer) NotFound() ([]byte, error) {
	d := &Data{Site: r.Site, Kind: "404", Title: "Page not found", Canonical: r.Cfg.AbsURL("404.html")}
	return r.exec("404.html", d)
}

func (r *Renderer) exec(layout string, d *Data) ([]byte, error) {
	var b bytes.Buffer
	if err := r.execTo(&b, layout, d); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// execTo executes layout with d, appending the page to b.
func (r *Renderer) execTo(b *bytes.Buffer, layout string, d *Data) error {
	d.IsHome = d.Kind == "home"
	d.Nav = r.nav(d.Kind, d.Canonical)
	d.Menu = d.Nav.Menu
	return r.T.Execute(b, layout, d)
}

// nav returns the NavView of a page of kind at canonical: the menu with
// the page's own entry (or the tag index's) marked current.
func (r *Renderer) nav(kind, canonical string) *NavView {
	r.menuOnce.Do(func() {
		r.menuAbs = make([]string, len(r.Site.Menu))
		for i, l := range r.Site.Menu {
			r.menuAbs[i] = r.Cfg.AbsURL(l.URL)
		}
	})
	// The key is made on the stack: a page looks its NavView up, and
	// only the first page of each key stores it.
	var buf [64]byte
	key := append(buf[:0], kind...)
	key = append(key, ' ')
	for i, l := range r.Site.Menu {
		if current(r.menuAbs[i], l, kind, canonical) {
			key = append(key, '1')
		} else {
			key = append(key, '0')
		}
	}
	r.navMu.Lock()
	defer r.navMu.Unlock()
	if n := r.navs[string(key)]; n != nil {
		return n
	}
	n := &NavView{Site: r.Site, Kind: kind, Menu: make([]MenuItem, len(r.Site.Menu))}
	for i, l := range r.Site.Menu {
		n.Menu[i] = MenuItem{Link: l, Title: l.Title, URL: l.URL, Current: current(r.menuAbs[i], l, kind, canonical)}
	}
	if r.navs == nil {
		r.navs = map[string]*NavView{}
	}
	r.navs[string(key)] = n
	return n
}

// current reports whether menu entry l, whose absolute URL is abs, is
// the page of kind at canonical.
func current(abs string, l Link, kind, canonical string) bool {
	return abs == canonical || l.URL == "/tags/" && kind == "tags"
}

func description(v *PageView) string {
	if v.Description != "" {
		return v.Description
	}
	return v.SummaryText
}

// resolve makes a page-relative reference (cover.png) site-relative.
func resolve(pageURL, ref string) string {
	base, err := url.Parse(pageURL)
	if ref == "" || err != nil {
		return ref
	}
	return htmlcopy.ResolveURL(ref, base)
}

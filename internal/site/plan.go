package site

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/claritynotes/gen/internal/buildcache"
	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/email/check"
	"github.com/claritynotes/gen/internal/feed"
	"github.com/claritynotes/gen/internal/output"
	"github.com/claritynotes/gen/internal/parallel"
	"github.com/claritynotes/gen/internal/render"
)

// Home page and feed sizes.
const (
	homeIssues   = 3
	homeArticles = 6
	feedItems    = 20
)

// feedContentBudget is the most rendered HTML one feed entry carries in
// full. Feed readers drop feeds of a few megabytes, and a page over it
// would be copied into every feed (RSS, Atom, JSON), each the size of the
// page: such an entry carries its summary and a link. A variable for the
// tests that measure how the feeds scale.
var feedContentBudget = 1 << 20

// planner lists every output of a site as jobs.
type planner struct {
	b      *Builder
	r      *render.Renderer
	site   *content.Site
	views  map[*content.Page]*render.PageView
	static map[string][]byte
	jobs   map[string]*job
	// siteKey hashes what every page shows besides itself and its
	// neighbours: the menu and the year (see siteKey); a cached page
	// output is keyed by it with the page's own key.
	siteKey string
	// clashes are jobs that wanted an id already taken (a section and
	// the tag index both at /tags/), and errs the tag slug collisions:
	// both are reported instead of one output silently replacing another.
	clashes [][2]*job
	errs    []error
	// listBodies is set when the list layouts may show a page's body, so
	// the lists get the bodies a staged build keeps out of memory.
	listBodies bool
	// pending holds the jobs of a planner without a table of its own
	// (see plan), in the order they were added.
	pending []*job
}

func (pl *planner) add(j *job) {
	if pl.jobs == nil {
		pl.pending = append(pl.pending, j)
		return
	}
	if prev, ok := pl.jobs[j.id]; ok {
		pl.clashes = append(pl.clashes, [2]*job{prev, j})
		return
	}
	pl.jobs[j.id] = j
}

func (pl *planner) plan() map[string]*job {
	cfg := pl.b.cfg
	// Room for the jobs at once: a page and, for an issue, its email
	// each, the static files, and the lists of all of them; a site of
	// 10,000 pages has as many jobs, and growing the table job by job
	// moved them all several times.
	pl.jobs = make(map[string]*job, len(pl.site.Pages)+len(pl.site.ByKind(content.KindIssue))+len(pl.static)+
		len(pl.site.Pages)/max(1, cfg.Paginate)+64)
	pl.listBodies = pl.r.T.Reads("list.html", "Content") || pl.r.T.Reads("tags.html", "Content")
	// The tags' lists, a list page for every twenty pages of each tag,
	// are planned meanwhile by a planner of their own, which keeps its
	// jobs and errors in order; they join the table where they would
	// have been added, so a clash is reported the same either way.
	tagged := *pl
	tagged.jobs, tagged.pending, tagged.errs, tagged.clashes = nil, nil, nil, nil
	var tagsPlanned sync.WaitGroup
	tagsPlanned.Go(tagged.tags)
	pl.pages()
	pl.section(config.ArticlesSection, "Articles", "", pl.site.ByKind(content.KindArticle), 0)
	// The newsletter section is the archive: every issue on one page, so a
	// reader can scan (and search) the whole run.
	issues := pl.site.ByKind(content.KindIssue)
	pl.section(cfg.Newsletter.Section, cfg.Newsletter.Name, "Every issue of "+cfg.Newsletter.Name+", newest first.", issues, max(1, len(issues)))
	for sec, ps := range pl.otherSections() {
		pl.section(sec, strings.ToUpper(sec[:1])+sec[1:], "", ps, 0)
	}
	tagsPlanned.Wait()
	for _, j := range tagged.pending {
		pl.add(j)
	}
	pl.errs = append(pl.errs, tagged.errs...)
	pl.emails()
	pl.home()
	pl.feeds()
	pl.sitemap()
	pl.add(pl.keyed(&job{id: "404", kind: kindPage, what: "the 404 page", render: one("404.html", pl.r.NotFound)}))
	for name, data := range pl.static {
		pl.add(pl.keyed(&job{id: "static:" + name, kind: kindStatic, key: string(data), what: "the static file " + name, src: pl.b.staticPaths[name],
			render: func() (map[string][]byte, error) { return map[string][]byte{name: data}, nil }}))
	}
	return pl.jobs
}

// keyed lets j, a job that shows no page, take its files from the
// previous site when its key, and the menu and year every layout may
// show, are those of the build that made them: a warm build does not
// make a sitemap of every page again to find it unchanged. Everything
// else it depends on (gen itself, gen.toml, the theme) is in the salt of
// the index that records it.
func (pl *planner) keyed(j *job) *job {
	if key, ok := pl.b.cache.listKey([]string{"job", j.id, j.key, pl.siteKey}, nil); ok {
		j.cached = func() (map[string]output.Sum, bool) { return pl.b.cache.list(key) }
		j.keep = func(sums map[string]output.Sum) { pl.b.cache.putList(key, sums) }
	}
	return j
}

// shows lets j, a job that shows the given pages, take its files from
// the previous site when they and parts (what else it shows) are those
// of the build that made them, as a list page does (see list): a warm
// build does not render the feeds and the home page again because some
// other page changed. A job that warned is made again by the next build
// too, so that its warnings are not lost with its rendering. pages may
// hold nil (no such page), which parts must then tell apart.
func (pl *planner) shows(j *job, parts []string, pages []*content.Page) *job {
	var shown []*content.Page
	for _, p := range pages {
		if p != nil {
			shown = append(shown, p)
		}
	}
	if key, ok := pl.b.cache.listKey(parts, shown); ok {
		j.cached = func() (map[string]output.Sum, bool) { return pl.b.cache.list(key) }
		j.keep = func(sums map[string]output.Sum) {
			if len(j.warnings) == 0 {
				pl.b.cache.putList(key, sums)
			}
		}
	}
	return j
}

// dated reports whether every page has a date, so a feed of them is as
// new as its newest entry rather than the build (see newest).
func dated(ps []*content.Page) bool {
	for _, p := range ps {
		if p.Date.IsZero() && p.Updated.IsZero() {
			return false
		}
	}
	return len(ps) > 0
}

// pages adds one job per page, depending on the page and its neighbours
// (shown as older/newer links), plus the page bundle's resources.
func (pl *planner) pages() {
	byKind := map[content.Kind][]*content.Page{}
	for _, p := range pl.site.Pages {
		byKind[p.Kind] = append(byKind[p.Kind], p)
	}
	for kind, ps := range byKind {
		// The cache keys hash each page's neighbours' links: made on
		// every processor, as there is one per page.
		keys := make([]buildcache.Key, len(ps))
		keyed := make([]bool, len(ps))
		neighbours := func(i int) (newer, older *content.Page) {
			if kind != content.KindPage {
				if i > 0 {
					newer = ps[i-1]
				}
				if i+1 < len(ps) {
					older = ps[i+1]
				}
			}
			return newer, older
		}
		if pl.b.cache != nil {
			parallel.For(context.Background(), len(ps), parallel.CPU(), func(i int) error {
				newer, older := neighbours(i)
				parts := make([]string, 0, 8)
				parts = append(parts, "page", pl.siteKey)
				parts = linkKey(linkKey(parts, newer), older)
				keys[i], keyed[i] = pl.b.cache.subKey(ps[i], parts...)
				return nil
			})
		}
		for i, p := range ps {
			v := pl.views[p]
			deps := make([]*content.Page, 1, 3)
			deps[0] = p
			newer, older := neighbours(i)
			for _, n := range [...]*content.Page{newer, older} {
				if n != nil {
					deps = append(deps, n)
				}
			}
			j := (&job{id: v.JobID, kind: kindPage, deps: deps, page: p}).pageTo(v.OutPath, func(b *bytes.Buffer) (string, error) {
				fv, err := pl.b.bodies.fill(v)
				if err != nil {
					return "", err
				}
				cp := *fv
				cp.Newer, cp.Older = pl.link(newer), pl.link(older)
				return string(cp.Content), pl.r.PageTo(b, &cp)
			})
			if key, ok := keys[i], keyed[i]; ok {
				j.cached = func() (map[string]output.Sum, bool) { return pl.b.cache.output(p, key) }
				j.keep = func(sums map[string]output.Sum) { pl.b.cache.putOutput(p, key, sums) }
			}
			pl.add(j)
			pl.resources(p)
		}
	}
}

// siteKey hashes the menu and the year (the year function of templates).
// The menu lists every page at the top of the site, and the key is a
// part of every page's and list's key: it is hashed once here, so that
// each of those hashes its 32 bytes rather than the whole menu.
func siteKey(menu []render.Link, year int) string {
	var b strings.Builder
	b.WriteString(strconv.Itoa(year))
	for _, l := range menu {
		fmt.Fprintf(&b, "\x00%q %q %d", l.Title, l.URL, l.Count)
	}
	k := (&buildcache.Hasher{}).AddString("site", b.String()).Key()
	return string(k[:])
}

// linkKey appends what a neighbour link shows of page p (nil: no link)
// to the parts of a key: "0", or "1", its title and its URL. The parts
// are length-prefixed, so no title can pass for another; the link's
// relative URL is the page's URL under the base URL, which the cache's
// salt holds.
func linkKey(parts []string, p *content.Page) []string {
	if p == nil {
		return append(parts, "0")
	}
	return append(parts, "1", p.Title, p.URL)
}

// link is a page's title and URL, or nil.
func (pl *planner) link(p *content.Page) *render.Link {
	if p == nil {
		return nil
	}
	return &render.Link{Title: p.Title, URL: render.RelURL(pl.b.cfg, p.URL)}
}

func (pl *planner) resources(p *content.Page) {
	if p.BundleDir == "" {
		return
	}
	root := pl.b.root
	pl.add(&job{id: "bundle:" + p.URL, kind: kindStatic, deps: []*content.Page{p}, page: p, what: "a file of the page bundle " + p.BundleDir, render: func() (map[string][]byte, error) {
		names, err := content.Resources(root, p)
		if err != nil {
			return nil, err
		}
		out := map[string][]byte{}
		for _, n := range names {
			data, err := content.ReadResource(root, n)
			if err != nil {
				return nil, err
			}
			out[strings.TrimPrefix(content.ResourceURL(p, n), "/")] = data
		}
		return out, nil
	}})
}

// otherSections groups pages in sections other than articles and newsletter.
func (pl *planner) otherSections() map[string][]*content.Page {
	out := map[string][]*content.Page{}
	for _, p := range pl.site.Pages {
		if p.Kind == content.KindPage && p.Section != "" {
			out[p.Section] = append(out[p.Section], p)
		}
	}
	return out
}

// section adds the paginated list of a section; title and desc are used
// when the section has no _index.md. perPage 0 means paginate from gen.toml.
func (pl *planner) section(name, title, desc string, ps []*content.Page, perPage int) {
	var deps []*content.Page
	if idx := pl.site.Sections[name]; idx != nil {
		title = idx.Title
		if idx.Description != "" {
			desc = idx.Description
		}
		deps = append(deps, idx)
	}
	// A section's list exists because of its folder in content/.
	pl.list("list", "/"+name+"/", title, desc, ps, deps, fmt.Sprintf("the list of the section %s", name), content.Dir+"/"+name+"/", perPage)
}

// list adds one job per page of a paginated list at base, perPage entries
// a page (0: paginate from gen.toml); what names the list in messages, and
// src the site folder it comes from, if any.
func (pl *planner) list(kind, base, title, desc string, ps []*content.Page, extra []*content.Page, what, src string, perPage int) {
	per := pl.b.cfg.Paginate
	if perPage > 0 {
		per = perPage
	}
	total := max(1, (len(ps)+per-1)/per)
	for n := 1; n <= total; n++ {
		chunk := ps[min((n-1)*per, len(ps)):min(n*per, len(ps))]
		url := render.PageURL(base, n)
		deps := append(append([]*content.Page{}, extra...), chunk...)
		j := (&job{id: "list:" + url, kind: kindList, deps: deps, key: title + "|" + desc + "|" + strconv.Itoa(total), what: what, src: src}).
			oneTo(outPath(url), func(b *bytes.Buffer) error {
				pager := render.NewPager(pl.b.cfg, base, n, total)
				views := pl.viewsOf(chunk)
				if pl.listBodies {
					var err error
					if views, err = pl.b.bodies.fillAll(views); err != nil {
						return err
					}
				}
				return pl.r.ListTo(b, kind, url, &render.ListView{Title: title, Description: desc, Pages: views, Pager: pager})
			})
		// What the list shows is its title, description and position, the
		// menu and year, and its pages: the cache key holds all of them.
		parts := []string{pl.siteKey, kind, base, url, title, desc, strconv.Itoa(n), strconv.Itoa(total), strconv.Itoa(len(extra))}
		if key, ok := pl.b.cache.listKey(parts, deps); ok {
			j.cached = func() (map[string]output.Sum, bool) { return pl.b.cache.list(key) }
			j.keep = func(sums map[string]output.Sum) { pl.b.cache.putList(key, sums) }
		}
		pl.add(j)
	}
}

func (pl *planner) viewsOf(ps []*content.Page) []*render.PageView {
	out := make([]*render.PageView, len(ps))
	for i, p := range ps {
		out[i] = pl.views[p]
	}
	return out
}

// tags adds a paginated list per tag and the tag index.
func (pl *planner) tags() {
	byTag := map[string][]*content.Page{}
	names := map[string]string{}
	firstUse := map[string]*content.Page{}
	reported := map[string]bool{}
	for _, p := range pl.site.Pages {
		for i, t := range p.Tags {
			slug := p.TagSlugs[i]
			if slug == "" {
				continue
			}
			if _, ok := names[slug]; !ok {
				names[slug], firstUse[slug] = t, p
			} else if names[slug] != t && !sameTopic(names[slug], t) && !reported[slug+"\x00"+t] {
				reported[slug+"\x00"+t] = true
				pl.errs = append(pl.errs, tagClash(p, t, names[slug], firstUse[slug], "/tags/"+slug+"/"))
			}
			if ps := byTag[slug]; len(ps) == 0 || ps[len(ps)-1] != p {
				byTag[slug] = append(ps, p)
			}
		}
	}
	var links []render.Link
	var key strings.Builder
	for slug, ps := range byTag {
		name := names[slug]
		pl.list("tag", "/tags/"+slug+"/", name, fmt.Sprintf("Everything tagged %q.", name), ps, nil, fmt.Sprintf("the list of the tag %q", name), "", 0)
		links = append(links, render.Link{Title: name, URL: render.RelURL(pl.b.cfg, "/tags/"+slug+"/"), Count: len(ps)})
	}
	sort.Slice(links, func(i, j int) bool { return strings.ToLower(links[i].Title) < strings.ToLower(links[j].Title) })
	for _, l := range links {
		fmt.Fprintf(&key, "%s=%d;", l.Title, l.Count)
	}
	pl.add(pl.keyed(&job{id: "list:/tags/", kind: kindList, key: key.String(), what: "the tag index", render: one("tags/index.html", func() ([]byte, error) {
		return pl.r.List("tags", "/tags/", &render.ListView{Title: "Tags", Description: "Every topic, with the number of pieces on it.", Tags: links})
	})}))
}

func (pl *planner) home() {
	issues := firstN(pl.site.ByKind(content.KindIssue), homeIssues)
	articles := firstN(pl.site.ByKind(content.KindArticle), homeArticles)
	intro := pl.site.Sections[""]
	deps := append(append([]*content.Page{intro}, issues...), articles...)
	// What the home page shows besides its pages is the menu and the year
	// (the site key), and which of them is the introduction.
	parts := []string{"home", pl.siteKey, strconv.FormatBool(intro != nil), strconv.Itoa(len(issues))}
	pl.add(pl.shows(&job{id: "home", kind: kindList, deps: deps, what: "the home page", render: one("index.html", func() ([]byte, error) {
		var iv *render.PageView
		if intro != nil {
			iv = pl.views[intro]
		}
		views, err := pl.b.bodies.fillAll(append([]*render.PageView{iv}, pl.viewsOf(deps[1:])...))
		if err != nil {
			return nil, err
		}
		return pl.r.Home(views[0], views[1:1+len(issues)], views[1+len(issues):])
	})}, parts, deps))
}

func firstN(ps []*content.Page, n int) []*content.Page {
	if len(ps) > n {
		return ps[:n]
	}
	return ps
}

// emails adds every issue's web copy of its email, email/<slug>/index.html:
// the message as readers see it in their inbox, with plain fallbacks
// instead of merge tags. The files a newsletter tool imports (with merge
// tags) are gen email's, written outside the published site. The build
// still renders them for the configured tool, to warn about what would
// go wrong in the inbox.
func (pl *planner) emails() {
	for _, p := range pl.site.ByKind(content.KindIssue) {
		j := &job{id: "email:" + p.URL, kind: kindEmail, deps: []*content.Page{p}, raw: true, what: "the email of " + p.Path, src: p.Path}
		j.render = func() (map[string][]byte, error) {
			out, warnings, err := pl.b.makeEmail(p)
			j.warnings = warnings
			return out, err
		}
		// A staged build made and wrote the email as the issue loaded.
		j.done = func() (map[string][]byte, bool) {
			d, ok := pl.b.pre.emailed(p)
			if !ok {
				return nil, false
			}
			j.warnings = d.warnings
			out := make(map[string][]byte, len(d.names))
			for _, name := range d.names {
				out[name] = nil
			}
			return out, true
		}
		if pl.b.cache.entry(p) != nil {
			j.cached = func() (map[string]output.Sum, bool) {
				sums, warnings, ok := pl.b.cache.mail(p)
				if ok {
					j.warnings = warnings
				}
				return sums, ok
			}
			j.keep = func(sums map[string]output.Sum) { pl.b.cache.putMail(p, sums, j.warnings) }
		}
		pl.add(j)
	}
}

// makeEmail makes the web copy of issue p's email, and the warnings of
// the tool's checks, from the build cache when it has them.
func (b *Builder) makeEmail(p *content.Page) (map[string][]byte, []string, error) {
	// Read at run time: the cache belongs to one full build, and a later
	// rebuild may run the email's job again on an edited page.
	cache := b.cache
	if files, warnings, ok := cache.email(p); ok {
		return files, warnings, nil
	}
	if err := tooLargeToEmail(p); err != nil {
		return map[string][]byte{}, []string{err.Error()}, nil
	}
	msg, err := b.email.RenderWeb(p)
	if err != nil {
		return nil, nil, err
	}
	dir := "email/" + p.Slug + "/"
	out := map[string][]byte{dir + "index.html": msg.Web}
	for name, data := range msg.Images {
		out[dir+name] = data // the emails' copies of large images
	}
	// RenderWeb's findings hold no info ones: the email package leaves
	// them out for the build.
	var warnings []string
	for _, f := range msg.Findings {
		warnings = append(warnings, emailWarning(f, dir+"index.html"))
	}
	cache.putEmail(p, out, warnings)
	return out, warnings, nil
}

// emailWarning is an email finding as one build warning. The build
// prints warnings after "warning: ", so a warning's own severity is left out.
func emailWarning(f check.Finding, htmlPath string) string {
	line := f.Format(htmlPath)
	if f.Severity == check.SeverityWarning {
		line = strings.Replace(line, ": "+string(f.Severity)+": ", ": ", 1)
	}
	return line
}

// feeds adds the site feeds (articles and issues) and the newsletter feed.
func (pl *planner) feeds() {
	cfg := pl.b.cfg
	var posts []*content.Page
	for _, p := range pl.site.Pages {
		if p.Kind != content.KindPage {
			posts = append(posts, p)
		}
	}
	posts = firstN(posts, feedItems)
	site := &feed.Feed{Title: cfg.Title, Description: cfg.Description, Language: cfg.Language,
		Link: cfg.BaseURL, Author: cfg.Author.Name}
	for i, f := range []struct {
		name, what string
		write      func(*feed.Feed) ([]byte, error)
	}{{"feed.xml", "the RSS feed", feed.RSS}, {"atom.xml", "the Atom feed", feed.Atom}, {"feed.json", "the JSON feed", feed.JSON}} {
		j := &job{id: "feed:" + f.name, kind: kindFeed, deps: posts, what: f.what}
		if dated(posts) {
			// The feed shows its entries, in full up to the budget,
			// and the site's settings, which the cache's salt holds.
			pl.shows(j, []string{"feed", f.name, strconv.Itoa(feedContentBudget)}, posts)
		}
		j.render = one(f.name, func() ([]byte, error) {
			fd := *site
			fd.Self = cfg.AbsURL(f.name)
			var warnings []string
			var err error
			if fd.Items, warnings, err = pl.items(posts); err != nil {
				return nil, err
			}
			if i == 0 { // the three feeds hold the same entries: warn once
				j.warnings = warnings
			}
			fd.Updated = pl.newest(fd.Items)
			return f.write(&fd)
		})
		pl.add(j)
	}
	// The newsletter feed carries each issue's email-safe HTML, so RSS-to-
	// email campaigns (Mailchimp, Kit, Buttondown) can send it as it is.
	issues := firstN(pl.site.ByKind(content.KindIssue), feedItems)
	name := cfg.Newsletter.Section + "/feed.xml"
	nj := &job{id: "feed:" + name, kind: kindFeed, deps: issues, what: "the newsletter feed"}
	if dated(issues) {
		pl.shows(nj, []string{"feed", name, strconv.Itoa(feedContentBudget)}, issues)
	}
	nj.render = one(name, func() ([]byte, error) {
		fd := *site
		fd.Title = cfg.Newsletter.Name
		fd.Link = cfg.AbsURL("/" + cfg.Newsletter.Section + "/")
		fd.Self = cfg.AbsURL(name)
		var err error
		if fd.Items, _, err = pl.items(issues); err != nil { // the site feeds warn of a page over the budget
			return nil, err
		}
		fd.Updated = pl.newest(fd.Items)
		for i, p := range issues {
			if pl.b.bodies.size(pl.views[p]) > feedContentBudget {
				continue // the summary items chose
			}
			html, err := pl.b.email.FeedHTML(p)
			if err != nil {
				return nil, err
			}
			fd.Items[i].Content = html
		}
		return feed.RSS(&fd)
	})
	pl.add(nj)
}

// newest is when a feed last changed: its newest entry's update or
// publication. A feed with no entries is as new as the build.
func (pl *planner) newest(items []feed.Item) time.Time {
	var t time.Time
	for _, it := range items {
		for _, d := range [...]time.Time{it.Published, it.Updated} {
			if d.After(t) {
				t = d
			}
		}
	}
	if t.IsZero() {
		return pl.b.now().UTC().Truncate(time.Second)
	}
	return t
}

func (pl *planner) items(ps []*content.Page) ([]feed.Item, []string, error) {
	items := make([]feed.Item, 0, len(ps))
	var warnings []string
	for _, p := range ps {
		v := pl.views[p]
		author := p.Author
		if author == "" {
			author = pl.b.cfg.Author.Name
		}
		it := feed.Item{Title: p.Title, Link: v.Permalink, Summary: p.SummaryText,
			Published: p.Date, Updated: p.Updated, Author: author, Tags: p.Tags}
		if size := pl.b.bodies.size(v); size > feedContentBudget {
			it.Content = feed.SummaryHTML(p.SummaryText, v.Permalink)
			warnings = append(warnings, fmt.Sprintf("%s: the page's HTML is %.1f MB, more than a feed entry carries (%d MB); the feeds carry its summary and a link to it instead",
				p.Path, float64(size)/(1<<20), feedContentBudget>>20))
		} else {
			fv, err := pl.b.bodies.fill(v)
			if err != nil {
				return nil, nil, err
			}
			it.Content = feed.AbsolutizeHTML(string(fv.Content), v.Permalink)
		}
		if p.Image != "" {
			it.Image = feed.AbsoluteURL(p.Image, v.Permalink)
		}
		items = append(items, it)
	}
	return items, warnings, nil
}

// sitemap lists every page and the first page of every list. It depends
// only on URLs and dates, so its key is a hash of those, not the pages: an
// edit to a page's text does not rewrite a 10,000-entry sitemap.
func (pl *planner) sitemap() {
	cfg := pl.b.cfg
	lists := pl.listURLs()
	pages := pl.site.Pages
	// A strong hash of length-prefixed parts: a warm build takes the
	// sitemap of the previous site when its key is the same (see keyed).
	h := &buildcache.Hasher{}
	h.AddString(lists...).AddString("")
	var date [8]byte
	for _, p := range pages {
		binary.LittleEndian.PutUint64(date[:], uint64(p.Lastmod().Unix()))
		h.AddString(p.URL).Add(date[:])
	}
	pl.add(pl.keyed(&job{id: "sitemap", kind: kindFeed, key: cfg.BaseURL + h.Key().String(), what: "the sitemap", render: one("sitemap.xml", func() ([]byte, error) {
		entries := make([]feed.URLEntry, 0, 1+len(lists)+len(pages))
		// Each URL once: a list and a page never share one (the build
		// stops on that), but the sitemap must not depend on it.
		seen := make(map[string]bool, cap(entries))
		entry := func(e feed.URLEntry) {
			if !seen[e.Loc] {
				seen[e.Loc] = true
				entries = append(entries, e)
			}
		}
		entry(feed.URLEntry{Loc: cfg.BaseURL})
		for _, u := range lists {
			entry(feed.URLEntry{Loc: cfg.AbsURL(u)})
		}
		for _, p := range pages {
			entry(feed.URLEntry{Loc: cfg.AbsURL(p.URL), Lastmod: p.Lastmod()})
		}
		return feed.Sitemap(entries)
	})}))
	pl.add(pl.keyed(&job{id: "robots", kind: kindStatic, key: cfg.BaseURL, what: "robots.txt", render: func() (map[string][]byte, error) {
		return map[string][]byte{"robots.txt": feed.Robots(cfg.AbsURL("sitemap.xml"))}, nil
	}}))
}

// listURLs are the first pages of the lists the plan has so far.
func (pl *planner) listURLs() []string {
	var out []string
	for id := range pl.jobs {
		if u, ok := strings.CutPrefix(id, "list:"); ok && !strings.Contains(u, "/page/") {
			out = append(out, u)
		}
	}
	sort.Strings(out)
	return out
}

// outPath is the file that serves a URL: /a/b/ → a/b/index.html.
func outPath(url string) string {
	return strings.TrimPrefix(url, "/") + "index.html"
}

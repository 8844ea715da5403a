// Package feed writes the site's syndication files: RSS 2.0, Atom 1.0,
// JSON Feed 1.1 and the XML sitemap. Every URL in them is absolute, and
// none could run script (see safeHTML).
package feed

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"html"
	"net/url"
	"strings"
	"time"

	"github.com/claritynotes/gen/internal/htmlcopy"
	"github.com/claritynotes/gen/internal/urlsafe"
)

// Feed is the neutral description every format is written from.
type Feed struct {
	Title       string
	Description string
	Language    string
	Link        string // the site's or section's absolute URL
	Self        string // the feed's own absolute URL
	Author      string
	Updated     time.Time
	Items       []Item
}

// Item is one entry.
type Item struct {
	Title     string
	Link      string // absolute permalink
	Summary   string // plain text
	Content   string // full HTML with absolute URLs
	Published time.Time
	Updated   time.Time
	Author    string
	Tags      []string
	Image     string // absolute
}

type rss struct {
	XMLName xml.Name   `xml:"rss"`
	Version string     `xml:"version,attr"`
	Content string     `xml:"xmlns:content,attr"`
	Atom    string     `xml:"xmlns:atom,attr"`
	Channel rssChannel `xml:"channel"`
}

type rssChannel struct {
	Title         string    `xml:"title"`
	Link          string    `xml:"link"`
	Description   string    `xml:"description"`
	Language      string    `xml:"language,omitempty"`
	LastBuildDate string    `xml:"lastBuildDate,omitempty"`
	Generator     string    `xml:"generator"`
	AtomLink      atomLink  `xml:"atom:link"`
	Items         []rssItem `xml:"item"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
}

type rssItem struct {
	Title       string   `xml:"title"`
	Link        string   `xml:"link"`
	GUID        rssGUID  `xml:"guid"`
	PubDate     string   `xml:"pubDate,omitempty"`
	Description string   `xml:"description"`
	Categories  []string `xml:"category"`
	Encoded     cdata    `xml:"content:encoded"`
}

type rssGUID struct {
	IsPermaLink string `xml:"isPermaLink,attr"`
	Value       string `xml:",chardata"`
}

type cdata struct {
	Value string `xml:",cdata"`
}

// RSS writes an RSS 2.0 feed with the summary in description and the full
// HTML in content:encoded.
func RSS(f *Feed) ([]byte, error) {
	ch := rssChannel{
		Title: f.Title, Link: f.Link, Description: f.Description, Language: f.Language,
		Generator: "gen", AtomLink: atomLink{Href: f.Self, Rel: "self", Type: "application/rss+xml"},
	}
	if !f.Updated.IsZero() {
		ch.LastBuildDate = f.Updated.Format(time.RFC1123Z)
	}
	for _, it := range f.Items {
		ch.Items = append(ch.Items, rssItem{
			Title: it.Title, Link: urlsafe.Clean(it.Link), GUID: rssGUID{IsPermaLink: "true", Value: urlsafe.Clean(it.Link)},
			PubDate: it.Published.Format(time.RFC1123Z), Description: it.Summary, Categories: it.Tags,
			Encoded: cdata{Value: safeHTML(it.Content)}, // encoding/xml splits any "]]>" itself
		})
	}
	return marshal(rss{Version: "2.0", Content: "http://purl.org/rss/1.0/modules/content/",
		Atom: "http://www.w3.org/2005/Atom", Channel: ch})
}

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang    string      `xml:"xml:lang,attr,omitempty"`
	Title   string      `xml:"title"`
	Sub     string      `xml:"subtitle,omitempty"`
	ID      string      `xml:"id"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  *atomAuthor `xml:"author,omitempty"`
	Gen     string      `xml:"generator"`
	Entries []atomEntry `xml:"entry"`
}

type atomAuthor struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	Title      string         `xml:"title"`
	ID         string         `xml:"id"`
	Links      []atomLink     `xml:"link"`
	Published  string         `xml:"published"`
	Updated    string         `xml:"updated"`
	Author     *atomAuthor    `xml:"author,omitempty"`
	Summary    atomText       `xml:"summary"`
	Content    atomText       `xml:"content"`
	Categories []atomCategory `xml:"category"`
}

type atomText struct {
	Type  string `xml:"type,attr"`
	Value string `xml:",chardata"`
}

type atomCategory struct {
	Term string `xml:"term,attr"`
}

// Atom writes an Atom 1.0 feed.
func Atom(f *Feed) ([]byte, error) {
	a := atomFeed{Lang: f.Language, Title: f.Title, Sub: f.Description, ID: f.Link,
		Updated: f.Updated.Format(time.RFC3339), Gen: "gen",
		Links: []atomLink{{Href: f.Link, Rel: "alternate", Type: "text/html"}, {Href: f.Self, Rel: "self", Type: "application/atom+xml"}}}
	if f.Author != "" {
		a.Author = &atomAuthor{Name: f.Author}
	}
	for _, it := range f.Items {
		link := urlsafe.Clean(it.Link)
		e := atomEntry{Title: it.Title, ID: link, Links: []atomLink{{Href: link, Rel: "alternate", Type: "text/html"}},
			Published: it.Published.Format(time.RFC3339), Updated: latest(it.Updated, it.Published).Format(time.RFC3339),
			Summary: atomText{Type: "text", Value: it.Summary}, Content: atomText{Type: "html", Value: safeHTML(it.Content)}}
		if it.Author != "" {
			e.Author = &atomAuthor{Name: it.Author}
		}
		for _, t := range it.Tags {
			e.Categories = append(e.Categories, atomCategory{Term: t})
		}
		a.Entries = append(a.Entries, e)
	}
	return marshal(a)
}

func latest(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(&b)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
}

type jsonFeed struct {
	Version     string       `json:"version"`
	Title       string       `json:"title"`
	HomePageURL string       `json:"home_page_url"`
	FeedURL     string       `json:"feed_url"`
	Description string       `json:"description,omitempty"`
	Language    string       `json:"language,omitempty"`
	Authors     []jsonAuthor `json:"authors,omitempty"`
	Items       []jsonItem   `json:"items"`
}

type jsonAuthor struct {
	Name string `json:"name"`
}

type jsonItem struct {
	ID            string       `json:"id"`
	URL           string       `json:"url"`
	Title         string       `json:"title"`
	ContentHTML   string       `json:"content_html"`
	Summary       string       `json:"summary,omitempty"`
	Image         string       `json:"image,omitempty"`
	DatePublished string       `json:"date_published"`
	DateModified  string       `json:"date_modified,omitempty"`
	Authors       []jsonAuthor `json:"authors,omitempty"`
	Tags          []string     `json:"tags,omitempty"`
}

// JSON writes a JSON Feed 1.1.
func JSON(f *Feed) ([]byte, error) {
	j := jsonFeed{Version: "https://jsonfeed.org/version/1.1", Title: f.Title, HomePageURL: f.Link,
		FeedURL: f.Self, Description: f.Description, Language: f.Language, Items: []jsonItem{}}
	if f.Author != "" {
		j.Authors = []jsonAuthor{{Name: f.Author}}
	}
	for _, it := range f.Items {
		link := urlsafe.Clean(it.Link)
		ji := jsonItem{ID: link, URL: link, Title: it.Title, ContentHTML: safeHTML(it.Content), Summary: it.Summary,
			Image: urlsafe.Clean(it.Image), DatePublished: it.Published.Format(time.RFC3339), Tags: it.Tags}
		if !it.Updated.IsZero() {
			ji.DateModified = it.Updated.Format(time.RFC3339)
		}
		if it.Author != "" {
			ji.Authors = []jsonAuthor{{Name: it.Author}}
		}
		j.Items = append(j.Items, ji)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(j); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// URLEntry is one sitemap location.
type URLEntry struct {
	Loc     string
	Lastmod time.Time
}

type urlset struct {
	XMLName xml.Name     `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc     string `xml:"loc"`
	Lastmod string `xml:"lastmod,omitempty"`
}

// Sitemap writes a sitemap.xml.
func Sitemap(entries []URLEntry) ([]byte, error) {
	u := urlset{}
	for _, e := range entries {
		s := sitemapURL{Loc: e.Loc}
		if !e.Lastmod.IsZero() {
			s.Lastmod = e.Lastmod.Format("2006-01-02")
		}
		u.URLs = append(u.URLs, s)
	}
	return marshal(u)
}

// Robots writes a robots.txt that allows everything and names the sitemap.
func Robots(sitemapURL string) []byte {
	return []byte("User-agent: *\nAllow: /\n\nSitemap: " + sitemapURL + "\n")
}

// AbsoluteURL resolves ref against base (a page's absolute URL); a ref
// that is absolute already, or that does not parse, is returned as it is.
func AbsoluteURL(ref, base string) string {
	b, err := url.Parse(base)
	if err != nil {
		return ref
	}
	return htmlcopy.ResolveURL(ref, b)
}

// AbsolutizeHTML rewrites relative href, src and poster attributes in
// HTML against base (a page's absolute URL), so the HTML works inside feed
// readers. Only attributes of tags change: text that looks like one stays
// text.
func AbsolutizeHTML(s, base string) string {
	b, err := url.Parse(base)
	if err != nil {
		return s
	}
	return htmlcopy.ResolveURLs(s, b)
}

// SummaryHTML is the HTML a feed entry carries in place of a page too
// large to carry whole: the plain-text summary and a link to the page
// (link, an absolute URL).
func SummaryHTML(summary, link string) string {
	var b strings.Builder
	if summary != "" {
		b.WriteString("<p>")
		b.WriteString(html.EscapeString(summary))
		b.WriteString("</p>")
	}
	b.WriteString(`<p><a href="`)
	b.WriteString(html.EscapeString(link))
	b.WriteString(`">Read the whole page on the site</a></p>`)
	return b.String()
}

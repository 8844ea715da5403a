package render

import (
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/markdown"
)

func TestPageURL(t *testing.T) {
	for _, tc := range []struct {
		base string
		n    int
		want string
	}{
		{"/articles/", 0, "/articles/"},
		{"/articles/", 1, "/articles/"},
		{"/articles/", 2, "/articles/page/2/"},
		{"/tags/email/", 12, "/tags/email/page/12/"},
	} {
		if got := PageURL(tc.base, tc.n); got != tc.want {
			t.Errorf("PageURL(%q, %d) = %q, want %q", tc.base, tc.n, got, tc.want)
		}
	}
}

// pagerShape writes a pager as "1 … 4 [5] 6 … 9" so a table can show it.
func pagerShape(p Pager) string {
	var parts []string
	for _, l := range p.Links {
		switch {
		case l.Number == 0:
			parts = append(parts, "…")
		case l.Current:
			parts = append(parts, "["+strconv.Itoa(l.Number)+"]")
		default:
			parts = append(parts, strconv.Itoa(l.Number))
		}
	}
	return strings.Join(parts, " ")
}

func TestNewPager(t *testing.T) {
	cfg := config.Default()
	for _, tc := range []struct {
		n, total   int
		shape      string
		prev, next string
	}{
		{1, 1, "", "", ""},
		{1, 2, "[1] 2", "", "/x/page/2/"},
		{2, 2, "1 [2]", "/x/", ""},
		{1, 9, "[1] 2 3 … 9", "", "/x/page/2/"},
		{5, 9, "1 … 3 4 [5] 6 7 … 9", "/x/page/4/", "/x/page/6/"},
		{9, 9, "1 … 7 8 [9]", "/x/page/8/", ""},
		{4, 9, "1 2 3 [4] 5 6 … 9", "/x/page/3/", "/x/page/5/"},
		{6, 9, "1 … 4 5 [6] 7 8 9", "/x/page/5/", "/x/page/7/"},
		{2, 3, "1 [2] 3", "/x/", "/x/page/3/"},
		{5000, 100000, "1 … 4998 4999 [5000] 5001 5002 … 100000", "/x/page/4999/", "/x/page/5001/"},
	} {
		p := NewPager(cfg, "/x/", tc.n, tc.total)
		if got := pagerShape(p); got != tc.shape {
			t.Errorf("page %d of %d: links %q, want %q", tc.n, tc.total, got, tc.shape)
		}
		if p.Prev != tc.prev || p.Next != tc.next {
			t.Errorf("page %d of %d: prev %q next %q, want %q %q", tc.n, tc.total, p.Prev, p.Next, tc.prev, tc.next)
		}
	}
}

func TestRelURLUnderSubPath(t *testing.T) {
	cfg, err := config.Default().WithBaseURL("https://example.org/blog/")
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{
		"/articles/x/":          "/blog/articles/x/",
		"tags/":                 "/blog/tags/",
		"https://other.example": "https://other.example",
		"mailto:a@example.org":  "mailto:a@example.org",
		"#top":                  "#top",
	} {
		if got := RelURL(cfg, in); got != want {
			t.Errorf("RelURL(%q) = %q, want %q", in, got, want)
		}
	}
	if got := NewPager(cfg, "/articles/", 2, 3).Prev; got != "/blog/articles/" {
		t.Errorf("pager under a sub-path links to %q", got)
	}
}

// TestRelURLAtTheRoot: at the root, a site path is its own link, as the
// sub-path rule makes it, and the other forms keep their rule.
func TestRelURLAtTheRoot(t *testing.T) {
	cfg, err := config.Default().WithBaseURL("https://example.org/")
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{
		"/articles/x/":          "/articles/x/",
		"/":                     "/",
		"//twice/":              "//twice/",
		"tags/":                 "/tags/",
		"":                      "/",
		"https://other.example": "https://other.example",
		"mailto:a@example.org":  "mailto:a@example.org",
		"#top":                  "#top",
	} {
		if got := RelURL(cfg, in); got != want {
			t.Errorf("RelURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestResolve(t *testing.T) {
	for _, tc := range []struct{ page, ref, want string }{
		{"/articles/x/", "cover.png", "/articles/x/cover.png"},
		{"/articles/x/", "/img/a.png", "/img/a.png"},
		{"/articles/x/", "https://cdn.example/a.png", "https://cdn.example/a.png"},
		{"/articles/x/", "", ""},
	} {
		if got := resolve(tc.page, tc.ref); got != tc.want {
			t.Errorf("resolve(%q, %q) = %q, want %q", tc.page, tc.ref, got, tc.want)
		}
	}
}

func TestSummaryHasNoHeadingLinks(t *testing.T) {
	cfg := config.Default()
	cfg.Markdown.Unsafe = true
	md := markdown.New(markdown.Options{Unsafe: true, HeadingAnchors: true})
	src := "---\ntitle: T\n---\n" +
		"# Top\n\n> ## Quoted\n>\n> Kept.\n\n" +
		"Raw <a class=\"anchor\" href=\"#x\">#</a> stays.\n\n<!--more-->\n\nRest.\n"
	p, err := content.Parse(md, "content/t.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	p.Derive()
	v, err := NewView(cfg, md, p, nil)
	if err != nil {
		t.Fatal(err)
	}
	summary := string(v.SummaryHTML)
	// The summary is shown on lists, away from the page, so its fragment
	// link points back at the page.
	anchor := `Raw <a class="anchor" href="` + RelURL(cfg, p.URL) + `#x">#</a> stays.`
	for _, want := range []string{`<h2 id="quoted">Quoted</h2>`, anchor} {
		if !strings.Contains(summary, want) {
			t.Errorf("summary lacks %s:\n%s", want, summary)
		}
	}
	if strings.Contains(summary, "Top") || strings.Contains(summary, `href="#quoted"`) {
		t.Errorf("summary has the top heading or a heading link:\n%s", summary)
	}
	if !strings.Contains(string(v.Content), `<a class="anchor" href="#quoted"`) {
		t.Errorf("page content lost its heading link:\n%s", v.Content)
	}
}

// TestSummaryLinksResolveAgainstThePage: lists and the home page show a
// bundle's summary away from the page, where "cover.png" would name a
// file beside the list; it must still name the bundle's file.
func TestSummaryLinksResolveAgainstThePage(t *testing.T) {
	cfg, err := config.Default().WithBaseURL("https://example.org/blog/")
	if err != nil {
		t.Fatal(err)
	}
	md := markdown.New(markdown.Options{})
	src := "---\ntitle: T\nslug: t\n---\n" +
		"![Cover](cover.png) See [the notes](notes/), [about](/about/) and [elsewhere](https://other.example/x).\n\n" +
		"Text `cover.png` and href=\"cover.png\" stay text.\n\n<!--more-->\n\nRest.\n"
	p, err := content.Parse(md, "content/articles/t/index.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	p.Derive()
	p.URL = "/articles/t/"
	v, err := NewView(cfg, md, p, nil)
	if err != nil {
		t.Fatal(err)
	}
	summary := string(v.SummaryHTML)
	page := RelURL(cfg, p.URL)
	for _, want := range []string{
		`src="` + page + `cover.png"`,
		`href="` + page + `notes/"`,
		`href="/about/"`,
		`href="https://other.example/x"`,
		"<code>cover.png</code>",
		"<code>cover.png</code> and href=&ldquo;cover.png&rdquo; stay text.",
	} {
		if !strings.Contains(summary, want) {
			t.Errorf("summary lacks %s:\n%s", want, summary)
		}
	}
	if page != "/blog/articles/t/" {
		t.Errorf("page path %q, want /blog/articles/t/", page)
	}
	if !strings.Contains(string(v.Content), `src="cover.png"`) {
		t.Errorf("the page's own body changed its relative image:\n%s", v.Content)
	}
}

// TestViewTagLinksFromSlugs: a page's tag links are the same whether its
// tags' slugs were made when it loaded or are made for the view.
func TestViewTagLinksFromSlugs(t *testing.T) {
	cfg, err := config.Default().WithBaseURL("https://example.org/blog/")
	if err != nil {
		t.Fatal(err)
	}
	tags := []string{"Email", "Café Culture", "C++ & Go", "  spaced  ", "ÜBER"}
	loaded, bare := &content.Page{URL: "/articles/x/"}, &content.Page{URL: "/articles/x/"}
	loaded.Tags, bare.Tags = tags, tags
	for _, tag := range tags { // as Derive makes them
		loaded.TagSlugs = append(loaded.TagSlugs, content.Slugify(tag))
	}
	got, want := ViewOf(cfg, loaded, "", "").TagLinks, ViewOf(cfg, bare, "", "").TagLinks
	if !reflect.DeepEqual(got, want) || len(got) != len(tags) {
		t.Errorf("tag links from the slugs %v, want %v", got, want)
	}
	for i, l := range want {
		if l.URL != RelURL(cfg, TagURL(tags[i])) {
			t.Errorf("tag %q links to %s, want %s", tags[i], l.URL, RelURL(cfg, TagURL(tags[i])))
		}
	}
}

// TestViewFlags checks the fields layouts test instead of comparing the
// page's kind or counting its headings.
func TestViewFlags(t *testing.T) {
	cfg := config.Default()
	md := markdown.New(markdown.Options{})
	for _, tc := range []struct {
		kind                    content.Kind
		headings                int
		toc, isArticle, isIssue bool
	}{
		{content.KindArticle, 3, true, true, false},
		{content.KindIssue, 2, false, false, true},
		{content.KindPage, 0, false, false, false},
	} {
		src := "---\ntitle: T\n---\n" + strings.Repeat("## H\n\nText.\n\n", tc.headings) + "### Sub\n"
		p, err := content.Parse(md, "content/t.md", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		p.Derive()
		p.Kind = tc.kind
		v, err := NewView(cfg, md, p, nil)
		if err != nil {
			t.Fatal(err)
		}
		if v.HasTOC != tc.toc || v.IsArticle != tc.isArticle || v.IsIssue != tc.isIssue {
			t.Errorf("%s with %d headings: HasTOC %v IsArticle %v IsIssue %v", tc.kind, tc.headings, v.HasTOC, v.IsArticle, v.IsIssue)
		}
	}
}

func TestTOCEntries(t *testing.T) {
	h := func(levels ...int) []markdown.Heading {
		var hs []markdown.Heading
		for i, l := range levels {
			hs = append(hs, markdown.Heading{Level: l, Text: strconv.Itoa(i)})
		}
		return hs
	}
	for _, tc := range []struct {
		toc  []markdown.Heading
		want []string
	}{
		{nil, nil},
		{h(3, 4), nil},
		{h(2, 2, 2), []string{"0", "1", "2"}},
		{h(2, 3, 2, 1, 2), []string{"0", "2", "4"}},
	} {
		got := tocEntries(tc.toc)
		var texts []string
		for _, e := range got {
			texts = append(texts, e.Text)
		}
		if !reflect.DeepEqual(texts, tc.want) {
			t.Errorf("%v: %v, want %v", tc.toc, texts, tc.want)
		}
		// The entries may share the headings' array, never to grow
		// into it.
		if len(got) > 0 {
			entries := append(got, markdown.Heading{Level: 2, Text: "x"})
			if &entries[0] == &tc.toc[0] {
				t.Errorf("%v: appending to the entries writes into the headings", tc.toc)
			}
		}
	}
}

package linkcheck

import (
	"net/url"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/markdown"
)

var md = markdown.New(markdown.Options{})

// files is a small build: two pages with headings, a list's second page,
// a bundle resource and a static file.
var files = map[string][]byte{
	"index.html":                  []byte(`<main id="main"></main>`),
	"articles/a/index.html":       []byte(`<h2 id="next-steps">Next</h2><a name="old-anchor"></a>`),
	"articles/a/chart.png":        []byte("png"),
	"articles/b/index.html":       []byte(`<h2 id=quiet-start>Start</h2>`),
	"articles/page/2/index.html":  []byte(`<main></main>`),
	"css/site.css":                []byte("body{}"),
	"files/my report.pdf":         []byte("pdf"),
	"newsletter/issue/index.html": []byte(`<p>x</p>`),
}

func page(t *testing.T, url, src string) *content.Page {
	t.Helper()
	p, err := content.Parse(md, "content/x.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	p.URL = url
	return p
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name, body string
		want       string // "" for no error, else "line:col message-part"
	}{
		{"page", "[a](/articles/a/)", ""},
		{"page without slash", "[a](/articles/a)", ""},
		{"relative page", "[b](../b/)", ""},
		{"anchor", "[a](/articles/a/#next-steps)", ""},
		{"named anchor", "[a](/articles/a/#old-anchor)", ""},
		{"unquoted id", "[b](/articles/b/#quiet-start)", ""},
		{"bundle image", "![c](chart.png)", ""},
		{"static file", "[css](/css/site.css)", ""},
		{"escaped space", "[r](/files/my%20report.pdf)", ""},
		{"pagination", "[p2](/articles/page/2/)", ""},
		{"home", "[h](/)", ""},
		{"other site", "[x](https://example.com/nothing/)", ""},
		{"mail", "[m](mailto:a@example.com)", ""},
		{"bare other site", "see https://example.com/nothing/ now", ""},
		{"query only", "[q](?page=2)", ""},
		{"own host, absolute", "[o](https://site.example/nothing/)", ""},
		{"protocol-relative", "[o](//site.example/nothing/)", ""},
		{"missing page", "Text [gone](/articles/gone/).", "4:13 broken link \"/articles/gone/\""},
		{"missing anchor", "[a](/articles/a/#next-step)", `4:5 has no heading or element with id "next-step"`},
		{"did you mean", "[a](/articles/a/#next-step)", `did you mean "next-steps"?`},
		{"missing image", "Intro\n\n![c](chart.jpg)", `6:6 missing image "chart.jpg"`},
		{"late in a long paragraph", "A long line " + strings.Repeat("of [words](/articles/a/) ", 40) + "\nand then [gone](/gone/)", `5:17 broken link "/gone/"`},
		{"markdown file", "[b](../b.md)", "not to its Markdown file"},
		{"reference link", "[a][r]\n\n[r]: /nope/", "4:1 broken link \"/nope/\""},
		{"relative escapes the page", "[b](../../c/)", `broken link "../../c/"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := page(t, "/articles/a/", "---\ntitle: T\n---\n"+tt.body+"\n")
			errs := New().Check("https://site.example/", files, []*content.Page{p})
			if tt.want == "" {
				for _, e := range errs {
					t.Errorf("unexpected: %v", e)
				}
				return
			}
			if len(errs) != 1 {
				t.Fatalf("got %d errors, want 1: %v", len(errs), errs)
			}
			got := errs[0].Pos() + " " + errs[0].Msg + " " + errs[0].Hint
			pos, msg, _ := strings.Cut(tt.want, " ")
			if strings.Contains(pos, ":") {
				if !strings.HasPrefix(got, "content/x.md:"+pos+" ") || !strings.Contains(got, msg) {
					t.Errorf("got %q, want position %s and %q", got, pos, msg)
				}
			} else if !strings.Contains(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestFrontMatterRefs: the cover image and cta.url are checked at their
// front matter lines.
func TestFrontMatterRefs(t *testing.T) {
	p := page(t, "/articles/a/", "---\ntitle: T\nimage: cover.png\ncta:\n  text: Go\n  url: /articles/b/#nope\n---\nBody.\n")
	errs := New().Check("https://site.example/", files, []*content.Page{p})
	if len(errs) != 2 {
		t.Fatalf("want 2 errors, got %v", errs)
	}
	if errs[0].Pos() != "content/x.md:3:8" || !strings.Contains(errs[0].Msg, `missing image "cover.png"`) {
		t.Errorf("cover: %v", errs[0])
	}
	if errs[1].Pos() != "content/x.md:6:8" || !strings.Contains(errs[1].Msg, `broken cta.url "/articles/b/#nope"`) {
		t.Errorf("cta: %v", errs[1])
	}
}

// TestBasePath: a site under a sub-path accepts root links with or
// without the base path.
func TestBasePath(t *testing.T) {
	p := page(t, "/articles/a/", "---\ntitle: T\n---\n[a](/blog/articles/b/) [b](/articles/b/) [c](https://site.example/blog/css/site.css)\n")
	if errs := New().Check("https://site.example/blog/", files, []*content.Page{p}); len(errs) != 0 {
		t.Errorf("unexpected: %v", errs)
	}
}

// TestCacheFollowsChanges: a checker reused across builds sees a new
// heading and a changed page.
func TestCacheFollowsChanges(t *testing.T) {
	c := New()
	p := page(t, "/articles/b/", "---\ntitle: T\n---\n[a](/articles/a/#later)\n")
	if errs := c.Check("https://site.example/", files, []*content.Page{p}); len(errs) != 1 {
		t.Fatalf("want the missing anchor, got %v", errs)
	}
	next := map[string][]byte{}
	for k, v := range files {
		next[k] = v
	}
	next["articles/a/index.html"] = []byte(`<h2 id="later">Later</h2>`)
	if errs := c.Check("https://site.example/", next, []*content.Page{p}); len(errs) != 0 {
		t.Errorf("the new heading was not seen: %v", errs)
	}
	*p = *page(t, "/articles/b/", "---\ntitle: T\n---\n[a](/articles/gone/)\n")
	if errs := c.Check("https://site.example/", next, []*content.Page{p}); len(errs) != 1 {
		t.Errorf("the edited page was not re-read: %v", errs)
	}
}

// TestRawHTML: with raw HTML published, its <a href> and <img src> are
// checked at their positions; without, they are not (the site omits them).
func TestRawHTML(t *testing.T) {
	src := "---\ntitle: T\n---\n<div class=\"box\">\n  <img src=\"gone.png\" alt=\"\">\n</div>\n\nText with <a href=\"/articles/b/#nope\">a link</a> and <a href=\"/articles/b/\">a good one</a>.\n"
	p := page(t, "/articles/a/", src)
	c := New()
	if errs := c.Check("https://site.example/", files, []*content.Page{p}); len(errs) != 0 {
		t.Errorf("raw HTML checked although it is not published: %v", errs)
	}
	c = New()
	c.RawHTML = true
	errs := c.Check("https://site.example/", files, []*content.Page{p})
	if len(errs) != 2 {
		t.Fatalf("want 2 errors, got %v", errs)
	}
	if errs[0].Pos() != "content/x.md:5:13" || !strings.Contains(errs[0].Msg, `missing image "gone.png"`) {
		t.Errorf("img: %v", errs[0])
	}
	if errs[1].Pos() != "content/x.md:8:20" || !strings.Contains(errs[1].Msg, `"/articles/b/#nope"`) {
		t.Errorf("a: %v", errs[1])
	}
}

// TestRawHTMLClosingLine: a raw HTML block that ends at a closing tag
// (<pre>, a comment) keeps its last line apart in the Markdown tree; a
// link on that line is published and so is checked, at its position.
func TestRawHTMLClosingLine(t *testing.T) {
	src := "---\ntitle: T\n---\n<pre>\nfirst line\n<a href=\"/gone/\">x</a></pre>\n\n<!-- a note\n--> <a href=\"/also-gone/\">y</a>\n"
	c := New()
	c.RawHTML = true
	errs := c.Check("https://site.example/", files, []*content.Page{page(t, "/articles/a/", src)})
	var got []string
	for _, e := range errs {
		got = append(got, e.Pos()+" "+e.Msg)
	}
	if len(errs) != 2 || errs[0].Pos() != "content/x.md:6:10" || !strings.Contains(errs[0].Msg, `"/gone/"`) ||
		errs[1].Pos() != "content/x.md:9:14" || !strings.Contains(errs[1].Msg, `"/also-gone/"`) {
		t.Errorf("links on a raw HTML block's closing line: got %q, want /gone/ at 6:10 and /also-gone/ at 9:14", got)
	}
}

// TestPlainExternal: every URL the check leaves alone without parsing it
// is one url.Parse accepts as another site's, and the usual ones are
// such; anything that could be invalid is parsed.
func TestPlainExternal(t *testing.T) {
	for _, tc := range []struct {
		dest string
		want bool
	}{
		{"https://example.com/219", true},
		{"http://example.com/a?b=c&d=e#f", true},
		{"https://example.com", true},
		{"https://example.com:8080/", false},
		{"https://exa mple.com/", false},
		{"https://example.com/%zz", false},
		{"https://[::1]/", false},
		{"https:///path", false},
		{"/articles/a/", false},
		{"mailto:maya@example.com", false},
		{"ftp://example.com/", false},
	} {
		if got := plainExternal([]byte(tc.dest)); got != tc.want {
			t.Errorf("plainExternal(%q) = %v, want %v", tc.dest, got, tc.want)
		}
	}
	// Every short URL over characters that matter to the parser.
	alphabet := []string{"a", "1", ":", "%", " ", "[", "]", "/", "?", "#", "&", "=", "-", "@", "\\"}
	var walk func(string, int)
	walk = func(rest string, depth int) {
		for _, scheme := range []string{"https://", "http://"} {
			dest := scheme + rest
			if !plainExternal([]byte(dest)) {
				continue
			}
			if u, err := url.Parse(dest); err != nil || u.Scheme == "" {
				t.Errorf("plainExternal(%q) is true, but url.Parse gives %v, %v", dest, u, err)
			}
		}
		if depth == 0 {
			return
		}
		for _, c := range alphabet {
			walk(rest+c, depth-1)
		}
	}
	walk("", 4)
}

// TestRefsLeaveOutOtherSites: a page's references kept for Check are
// those on the site, and a URL that does not parse, whose error Check
// reports; links to other sites, which Check accepts unseen, are not
// held.
func TestRefsLeaveOutOtherSites(t *testing.T) {
	p := page(t, "/articles/a/", "---\ntitle: T\nimage: https://cdn.example/c.png\ncta:\n  text: Reply\n  url: mailto:a@example.com\n---\n"+
		"[a](/articles/b/) [x](https://example.com/x) [m](mailto:a@example.com) [p](//cdn.example/y) ![i](chart.png) [bad](%zz) [q](?page=2)\n")
	var got []string
	for _, r := range Refs(p, false) {
		got = append(got, r.Dest)
	}
	want := []string{"/articles/b/", "chart.png", "%zz", "?page=2"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Refs kept %q, want %q", got, want)
	}
}

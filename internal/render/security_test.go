package render

import (
	"bytes"
	"html/template"
	"strings"
	"testing"
	"time"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/markdown"
	"github.com/claritynotes/gen/internal/testutil"
	"github.com/claritynotes/gen/internal/theme"
)

// TestSiteWidePartsEscapeAHostileSite renders pages of a site whose
// title, description, author, newsletter name and menu try to inject
// script, through the built-in theme. The head links, header and footer
// are made once per build (partialCached) and the escapers are fused
// after a layout's first page, so each page is rendered twice and
// compared with the same theme executed by html/template alone (the set
// the email templates use, which fuses nothing): the same bytes, no live
// script, and the title escaped where the site-wide parts show it.
func TestSiteWidePartsEscapeAHostileSite(t *testing.T) {
	cfg := config.Default()
	cfg.Title = `Evil</title><script>alert(1)</script>"'&+`
	cfg.Description = `<img src=x onerror=alert(2)>`
	cfg.Author.Name = `<script>alert(3)</script>`
	cfg.Newsletter.Name = `"><script>alert(4)</script>`
	menu := []Link{{Title: `<b onmouseover=alert(5)>News</b>`, URL: "javascript:alert(6)"}, {Title: "About", URL: "/about/"}}

	th, err := theme.Open(t.TempDir(), "clarity")
	if err != nil {
		t.Fatal(err)
	}
	funcs := Funcs(cfg, time.Unix(0, 0))
	fused, err := th.Templates(funcs)
	if err != nil {
		t.Fatal(err)
	}
	files, err := th.Layouts()
	if err != nil {
		t.Fatal(err)
	}
	plain, err := th.ParseFiles(files, funcs)
	if err != nil {
		t.Fatal(err)
	}
	r := &Renderer{T: fused, Cfg: cfg, Site: NewSiteView(cfg, menu)}
	ref := &Renderer{T: plain, Cfg: cfg, Site: NewSiteView(cfg, menu)}

	md := markdown.New(markdown.Options{})
	page := func(path, src string, kind content.Kind, url string) *PageView {
		p, err := content.Parse(md, path, []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		p.Derive()
		p.Kind, p.URL = kind, url
		v, err := NewView(cfg, md, p, nil)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	article := page("content/articles/x.md", benchArticle(), content.KindArticle, "/articles/x/")
	about := page("content/about.md", "---\ntitle: \"About <i>us</i>\"\n---\nHello.\n", content.KindPage, "/about/")

	var esc bytes.Buffer
	template.Must(template.New("").Parse(`{{ . }}`)).Execute(&esc, cfg.Title)
	title := esc.String()
	for _, v := range []*PageView{article, about, article, about} {
		got, err := r.Page(v)
		if err != nil {
			t.Fatal(err)
		}
		want, err := ref.Page(v)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from html/template's own escaping:\n got %s\nwant %s", v.URL, got, want)
		}
		if p := testutil.LiveScript(got); len(p) > 0 {
			t.Errorf("%s: live script %v", v.URL, p)
		}
		doc := string(got)
		for _, w := range []string{
			`<a class="brand" href="/">` + title + `</a>`,     // header
			`<meta property="og:site_name" content="` + title, // head links
			`<a href="#ZgotmplZ">`,                            // the menu's script URL
			"&lt;script&gt;alert(3)&lt;/script&gt;",           // footer
		} {
			if !strings.Contains(doc, w) {
				t.Errorf("%s lacks %s:\n%s", v.URL, w, doc)
			}
		}
	}
	// The about page marks its menu entry: it has a header of its own.
	if r.nav("page", about.Permalink) == r.nav("article", article.Permalink) {
		t.Error("the about page and an article share a header")
	}
	if !strings.Contains(string(must(r.Page(about))), `<a href="/about/" aria-current="page">About</a>`) {
		t.Error("the about page's menu entry is not marked current")
	}
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}

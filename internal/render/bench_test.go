package render

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/markdown"
	"github.com/claritynotes/gen/internal/theme"
)

// benchArticle is an article shaped like the build benchmark's: three
// tags, a description and five sections, so the table of contents shows.
func benchArticle() string {
	var b strings.Builder
	b.WriteString("---\ntitle: \"An A/B test without a dashboard\"\ndate: 2020-01-02\n" +
		"tags: [retention, content, ecommerce]\ndescription: \"What a team learns from a week of replies\"\n---\n")
	for i := 1; i <= 5; i++ {
		fmt.Fprintf(&b, "\n## Section %d: the pricing table\n\n", i)
		b.WriteString("The reader asks about a support ticket one conversation at a time ([read more](https://example.com/1)). " +
			"Every marketer rewrites the weekly newsletter when nobody is watching.\n\n" +
			"- Our team ships a sales call with more care than usual.\n- A customer builds an A/B test.\n")
	}
	return b.String()
}

// BenchmarkPage renders an article through the built-in theme, as each
// of a build's pages is rendered: into a buffer the worker reuses.
func BenchmarkPage(b *testing.B) {
	r, v := benchSetup(b)
	benchPage(b, r, v)
}

// BenchmarkIssuePage renders a newsletter issue through issue.html.
func BenchmarkIssuePage(b *testing.B) {
	r, v := benchSetup(b)
	v.Kind, v.Page.Kind, v.IsArticle, v.IsIssue = content.KindIssue, content.KindIssue, false, true
	v.Issue, v.Page.Issue = 12, 12
	benchPage(b, r, v)
}

func benchPage(b *testing.B, r *Renderer, v *PageView) {
	var buf bytes.Buffer
	if err := r.PageTo(&buf, v); err != nil {
		b.Fatal(err)
	}
	if out := buf.String(); !strings.Contains(out, `class="toc"`) && v.IsArticle || !strings.Contains(out, `<footer`) {
		b.Fatalf("the page lacks its table of contents or footer:\n%s", out)
	}
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := r.PageTo(&buf, v); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkListPage renders a page of a tag's list: the views of its
// twenty pages, each page's card (made once per page in a build, so
// the views are new on every round) and the list around them.
func BenchmarkListPage(b *testing.B) {
	r, v := benchSetup(b)
	cfg := config.Default()
	html, summary := v.Content, v.SummaryHTML
	views := make([]*PageView, 20)
	l := &ListView{Title: "retention", Pages: views, Pager: NewPager(cfg, "/tags/retention/", 2, 5)}
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		for i := range views {
			views[i] = ViewOf(cfg, v.Page, html, summary)
		}
		buf.Reset()
		if err := r.ListTo(&buf, "tag", "/tags/retention/page/2/", l); err != nil {
			b.Fatal(err)
		}
	}
	if n := strings.Count(buf.String(), `class="card"`); n != len(views) {
		b.Fatalf("%d cards, want %d:\n%s", n, len(views), buf.String())
	}
}

// benchSetup makes a renderer over the built-in theme and the view of
// benchArticle.
func benchSetup(b testing.TB) (*Renderer, *PageView) {
	cfg := config.Default()
	th, err := theme.Open(b.TempDir(), "clarity")
	if err != nil {
		b.Fatal(err)
	}
	tmpl, err := th.Templates(Funcs(cfg, time.Unix(0, 0)))
	if err != nil {
		b.Fatal(err)
	}
	md := markdown.New(markdown.Options{})
	p, err := content.Parse(md, "content/articles/x.md", []byte(benchArticle()))
	if err != nil {
		b.Fatal(err)
	}
	p.Derive()
	p.Kind, p.URL = content.KindArticle, "/articles/x/"
	v, err := NewView(cfg, md, p, nil)
	if err != nil {
		b.Fatal(err)
	}
	v.Older = &Link{Title: "The one before", URL: "/articles/w/"}
	r := &Renderer{T: tmpl, Cfg: cfg, Site: NewSiteView(cfg, []Link{{Title: "Newsletter", URL: "/newsletter/"}, {Title: "Articles", URL: "/articles/"}})}
	return r, v
}

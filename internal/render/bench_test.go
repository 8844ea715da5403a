package render

import (
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
// of a build's pages is rendered.
func BenchmarkPage(b *testing.B) {
	r, v := benchSetup(b)
	out, err := r.Page(v)
	if err != nil {
		b.Fatal(err)
	}
	if !strings.Contains(string(out), `class="toc"`) || !strings.Contains(string(out), `<footer`) {
		b.Fatalf("the page lacks its table of contents or footer:\n%s", out)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Page(v); err != nil {
			b.Fatal(err)
		}
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

package email

import (
	"context"
	"os"
	"testing"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/email/check"
	"github.com/claritynotes/gen/internal/markdown"
	"github.com/claritynotes/gen/internal/testutil"
	"github.com/claritynotes/gen/internal/theme"
)

// BenchmarkRender renders the test issue, which uses every block the
// email template styles, the way gen build does: one Renderer, many issues.
func BenchmarkRender(b *testing.B) {
	cfg, th, p := testSite(b, testConfig, testIssue)
	r := testRenderer(b, cfg, th)
	b.ReportAllocs()
	cpu := testutil.CPUTime(b)
	for b.Loop() {
		if _, err := r.Render(p, ""); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((testutil.CPUTime(b)-cpu).Nanoseconds())/float64(b.N), "cpu-ns/op")
}

// BenchmarkRenderWeb renders the test issue the way gen build does: the
// web copy and the tool's message for its findings, without the text,
// Markdown and .eml parts only gen email writes.
func BenchmarkRenderWeb(b *testing.B) {
	cfg, th, p := testSite(b, testConfig, testIssue)
	r := testRenderer(b, cfg, th)
	b.ReportAllocs()
	cpu := testutil.CPUTime(b)
	for b.Loop() {
		if _, err := r.RenderWeb(p); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((testutil.CPUTime(b)-cpu).Nanoseconds())/float64(b.N), "cpu-ns/op")
}

// BenchmarkCheck measures the compatibility checker alone on a rendered
// message.
func BenchmarkCheck(b *testing.B) {
	cfg, th, p := testSite(b, testConfig, testIssue)
	m := mustRender(b, testRenderer(b, cfg, th), p, "")
	b.ReportAllocs()
	for b.Loop() {
		check.Check(m.HTML, mergeTags)
	}
}

// BenchmarkRenderSite renders every issue of the site at
// $GEN_EMAIL_BENCH_SITE (e.g. the 10,000-file benchmark corpus) once per
// iteration, single-threaded, as gen email does (email) and as gen build
// does (web); cpu-ns/issue is the figure to compare on a shared machine.
// Each iteration is one build's: a new Renderer (whose start is in the
// figure, a few milliseconds) meets every issue once, so what it keeps
// from one message for the next (the theme's markup) is measured as a
// build has it, not as it would be were the same issues rendered again.
func BenchmarkRenderSite(b *testing.B) {
	root := os.Getenv("GEN_EMAIL_BENCH_SITE")
	if root == "" {
		b.Skip("set GEN_EMAIL_BENCH_SITE to a site root")
	}
	cfg, th, issues := benchSite(b, root)
	for _, bc := range []struct {
		name   string
		render func(*Renderer, *content.Page) (*Message, error)
	}{
		{"email", func(r *Renderer, p *content.Page) (*Message, error) { return r.Render(p, "") }}, // gen email
		{"web", (*Renderer).RenderWeb}, // gen build
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			cpu := testutil.CPUTime(b)
			for b.Loop() {
				r := testRenderer(b, cfg, th)
				for _, p := range issues {
					if _, err := bc.render(r, p); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(issues)), "ns/issue")
			b.ReportMetric(float64((testutil.CPUTime(b)-cpu).Nanoseconds())/float64(b.N*len(issues)), "cpu-ns/issue")
		})
	}
}

// benchSite loads the site at root and returns its config, theme and
// newsletter issues.
func benchSite(t testing.TB, root string) (*config.Config, *theme.Theme, []*content.Page) {
	t.Helper()
	cfg, err := config.Load(root, "")
	if err != nil {
		t.Fatal(err)
	}
	th, err := theme.Open(root, cfg.Theme)
	if err != nil {
		t.Fatal(err)
	}
	site, err := content.Load(context.Background(), cfg, markdown.New(markdown.Options{}), content.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return cfg, th, site.ByKind(content.KindIssue)
}

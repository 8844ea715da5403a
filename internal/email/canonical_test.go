package email

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/email/check"
	"github.com/claritynotes/gen/internal/email/lex"
	"github.com/claritynotes/gen/internal/testutil"
)

// TestRenderWebDerivesTheToolMessage: RenderWeb renders the web copy once
// and cuts the canonical link out for the tool's message; the message,
// the web copy and the findings are those Render makes by rendering each
// page on its own (less the info findings, which RenderWeb leaves out),
// for every preset and for templates where the cut is
// not the same as rendering (so RenderWeb must render twice).
func TestRenderWebDerivesTheToolMessage(t *testing.T) {
	const canonicalBlock = "{{- with .Canonical }}\n<link rel=\"canonical\" href=\"{{ . }}\">\n<meta name=\"robots\" content=\"noindex\">\n{{- end }}"
	noUnsubscribeURL := strings.Replace(testConfig, `unsubscribeURL = "https://notes.example/unsubscribe/"`, "", 1)
	for _, tc := range []struct {
		name, cfg, issue string
		block            string // replaces the template's canonical block
		css              string // added to email.css
		derived          bool
		infos            bool // Render has info findings, which RenderWeb leaves out
		fromBlock        bool // the tags are taken from the canonical block (see canonicalBlock)
	}{
		{name: "built-in", cfg: testConfig, issue: testIssue, derived: true, fromBlock: true},
		{name: "no unsubscribe URL", cfg: noUnsubscribeURL, issue: testIssue, derived: true, fromBlock: true},
		{name: "issue with raw HTML", cfg: testConfig + "[markdown]\nunsafe = true\n",
			issue: testIssue + "\n<div style=\"display:flex\"><link rel=\"canonical\" href=\"https://notes.example/newsletter/listening/\"></div>\n", derived: true, fromBlock: true},
		{name: "issue with raw HTML some clients partly support", cfg: testConfig + "[markdown]\nunsafe = true\n",
			issue: testIssue + "\n<p style=\"padding:4px\">Padded.</p>\n", derived: true, infos: true, fromBlock: true},
		{name: "canonical link styled", cfg: testConfig, issue: testIssue, css: "link{color:red}", derived: false, fromBlock: true},
		{name: "canonical in the body", cfg: testConfig, issue: testIssue,
			block: "", derived: false, fromBlock: true},
		{name: "canonical as text", cfg: testConfig, issue: testIssue,
			block: `{{- with .Canonical }}<meta name="description" content="{{ . }}">{{- end }}`, derived: true, fromBlock: true},
		{name: "canonical twice", cfg: testConfig, issue: testIssue,
			block: `{{- with .Canonical }}<link rel="canonical" href="{{ . }}">{{- end }}{{- with .Canonical }}<link rel="alternate" href="{{ . }}">{{- end }}`, derived: true},
		{name: "canonical with an else", cfg: testConfig, issue: testIssue,
			block: `{{- with .Canonical }}<link rel="canonical" href="{{ . }}">{{ else }}<meta name="x" content="y">{{- end }}`, derived: false},
		{name: "canonical also printed", cfg: testConfig, issue: testIssue,
			block: canonicalBlock + `<meta name="x" content="{{ .Canonical }}">`, derived: false},
		{name: "view handed on", cfg: testConfig, issue: testIssue,
			block: canonicalBlock + `{{ with $ }}<meta name="x" content="{{ .Canonical }}">{{ end }}`, derived: false},
		{name: "canonical block calls a function", cfg: testConfig, issue: testIssue,
			block: `{{- with .Canonical }}<link rel="canonical" href="{{ . }}">{{ webVersionURL }}{{- end }}`, derived: false},
		{name: "canonical in the title", cfg: testConfig, issue: testIssue,
			block: "", derived: false},
		{name: "canonical in a style", cfg: testConfig, issue: testIssue,
			block: `<style data-premailer="ignore">{{ with .Canonical }}<link rel="canonical" href="{{ . }}">{{ end }}</style>`, derived: false},
		{name: "canonical in Outlook's comment", cfg: testConfig, issue: testIssue,
			block: `{{ ifMSO }}{{ with .Canonical }}<link rel="canonical" href="{{ . }}">{{ end }}{{ endIf }}`, derived: false, fromBlock: true},
	} {
		for _, tool := range Presets() {
			t.Run(tc.name+"/"+tool, func(t *testing.T) {
				cfgText := strings.Replace(tc.cfg, `tool = "buttondown"`, `tool = "`+tool+`"`, 1)
				cfg, th, p := testSite(t, cfgText, tc.issue)
				dir := filepath.Join(cfg.Root, "themes", "clarity", "email")
				layout := readFile(t, filepath.Join(dir, layoutFile))
				if !strings.Contains(layout, canonicalBlock) {
					t.Fatalf("the built-in %s no longer holds its canonical block", layoutFile)
				}
				switch {
				case tc.name == "canonical in the title":
					layout = strings.Replace(layout, canonicalBlock, "", 1)
					layout = strings.Replace(layout, "{{ .Subject }}</title>", `{{ .Subject }}{{ with .Canonical }}<link rel="canonical" href="{{ . }}">{{ end }}</title>`, 1)
				case tc.name == "canonical in the body":
					layout = strings.Replace(layout, canonicalBlock, "", 1)
					layout = strings.Replace(layout, `<div class="content">`, `<div class="content">`+canonicalBlock, 1)
				case tc.block != "":
					layout = strings.Replace(layout, canonicalBlock, tc.block, 1)
				}
				testutil.WriteFile(t, dir, layoutFile, layout)
				if tc.css != "" {
					testutil.WriteFile(t, dir, inlineCSS, readFile(t, filepath.Join(dir, inlineCSS))+tc.css)
				}
				r := testRenderer(t, cfg, th)
				want := mustRender(t, r, p, "")
				got, err := r.renderWeb(p, true)
				if err != nil {
					t.Fatal(err)
				}
				checkRenderWeb(t, r, p, got)
				if !bytes.Equal(got.HTML, want.HTML) {
					t.Errorf("RenderWeb's message differs from Render's:\n%s\n%s", got.HTML, want.HTML)
				}
				if !bytes.Equal(got.Web, want.Web) {
					t.Errorf("RenderWeb's web copy differs from Render's")
				}
				all := len(want.Findings)
				want.Findings = slices.DeleteFunc(want.Findings, func(f check.Finding) bool { return f.Severity == check.SeverityInfo })
				if infos := all > len(want.Findings); infos != tc.infos {
					t.Errorf("Render has info findings: %v, want %v", infos, tc.infos)
				}
				if !reflect.DeepEqual(got.Findings, want.Findings) {
					t.Errorf("findings differ:\n got %v\nwant %v", got.Findings, want.Findings)
				}
				is := r.prepare(p)
				_, _, derived, err := r.pageWithout(is, true, cfg.AbsURL(p.URL), true)
				if err != nil {
					t.Fatal(err)
				}
				if derived != tc.derived {
					t.Errorf("derived = %v, want %v", derived, tc.derived)
				}
				if fromBlock := r.canonical != nil && r.canonical.escapedAlike(); fromBlock != tc.fromBlock {
					t.Errorf("tags from the canonical block: %v, want %v", fromBlock, tc.fromBlock)
				}
				if compiled := r.canonical != nil && r.canonical.prog.Load() != nil; compiled != tc.fromBlock {
					t.Errorf("the canonical block runs compiled: %v, want %v", compiled, tc.fromBlock)
				}
				// Without the block, the template runs again without the
				// link: the result must be the same.
				again := testRenderer(t, cfg, th)
				again.canonical = nil
				out, without, derived, _ := r.pageWithout(is, true, cfg.AbsURL(p.URL), true)
				out2, without2, derived2, err := again.pageWithout(again.prepare(p), true, cfg.AbsURL(p.URL), true)
				if err != nil {
					t.Fatal(err)
				}
				if derived2 != derived || without2 != without || out2 != out {
					t.Errorf("the canonical block's cut differs from the template's run without the link: derived %v, %v", derived, derived2)
				}
			})
		}
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestRenderWebOnSite checks RenderWeb against Render on every issue of
// the site at $GEN_EMAIL_BENCH_SITE (e.g. the 10,000-file benchmark
// corpus), as TestRenderWebDerivesTheToolMessage does on the test issue.
func TestRenderWebOnSite(t *testing.T) {
	root := os.Getenv("GEN_EMAIL_BENCH_SITE")
	if root == "" {
		t.Skip("set GEN_EMAIL_BENCH_SITE to a site root")
	}
	cfg, th, issues := benchSite(t, root)
	r := testRenderer(t, cfg, th)
	derived := 0
	for _, p := range issues {
		want := mustRender(t, r, p, "")
		got, err := r.renderWeb(p, true)
		if err != nil {
			t.Fatal(err)
		}
		checkRenderWeb(t, r, p, got)
		want.Findings = slices.DeleteFunc(want.Findings, func(f check.Finding) bool { return f.Severity == check.SeverityInfo })
		if !bytes.Equal(got.HTML, want.HTML) || !bytes.Equal(got.Web, want.Web) || !reflect.DeepEqual(got.Findings, want.Findings) {
			t.Errorf("%s: RenderWeb differs from Render", p.Path)
		}
		if _, _, ok, err := r.pageWithout(r.prepare(p), true, cfg.AbsURL(p.URL), true); err == nil && ok {
			derived++
		}
	}
	t.Logf("%d issues, %d with the tool's message cut from the web copy", len(issues), derived)
}

// TestHeadTokensReaders: headTokens finds the same tokens and head in a
// document the Lexer has read as with html.Tokenizer, at every limit.
func TestHeadTokensReaders(t *testing.T) {
	for _, doc := range []string{
		"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>a &amp; b</title>\n<link rel=\"canonical\" href=\"https://x.example/a/\">\n<meta name=\"robots\" content=\"noindex\">\n<style>p{}</style>\n<!--[if mso]><xml></xml><![endif]-->\n</head>\n<body><p>x</p></body>\n</html>\n",
		"<html><HEAD><link rel=\"canonical\" href=\"x\"></HEAD><BODY></BODY></html>",
		"<p>no head</p>",
	} {
		var lx lex.Lexer
		if !lx.Lex([]byte(doc)) {
			t.Fatalf("the Lexer leaves %q to html.Tokenizer", doc)
		}
		for limit := 0; limit <= len(doc); limit++ {
			gotToks, gotHead := headTokens([]byte(doc), limit, &lx)
			wantToks, wantHead := headTokens([]byte(doc), limit, nil)
			if !reflect.DeepEqual(gotToks, wantToks) || gotHead != wantHead {
				t.Fatalf("limit %d of %q:\nLexer:     %v %v\nTokenizer: %v %v", limit, doc, gotToks, gotHead, wantToks, wantHead)
			}
		}
	}
}

// checkRenderWeb checks that RenderWeb, which checks the tool's message
// in a reused buffer and does not keep it, gives what renderWeb keeping
// it gave (kept): the same web copy, images and findings.
func checkRenderWeb(t *testing.T, r *Renderer, p *content.Page, kept *Message) {
	t.Helper()
	got, err := r.RenderWeb(p)
	if err != nil {
		t.Fatal(err)
	}
	if got.HTML != nil || !bytes.Equal(got.Web, kept.Web) || !reflect.DeepEqual(got.Findings, kept.Findings) ||
		!reflect.DeepEqual(got.Images, kept.Images) {
		t.Errorf("%s: RenderWeb differs from renderWeb keeping the tool's message", p.Path)
	}
}

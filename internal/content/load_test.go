package content

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/markdown"
	"github.com/claritynotes/gen/internal/testutil"
)

var md = markdown.New(markdown.Options{})

func testConfig(t *testing.T) *config.Config {
	t.Helper()
	cfg := config.Default()
	cfg.Root = t.TempDir()
	return cfg
}

func TestParseFormats(t *testing.T) {
	tests := []struct {
		name, src string
		format    Format
	}{
		{"yaml", "---\ntitle: \"Hello\"\ndate: 2026-05-01\ntags: [a, b]\nissue: 3\ncta: {text: Reply, url: \"mailto:x@example.com\"}\nextra: kept\n---\nBody text.\n", FormatYAML},
		{"toml", "+++\ntitle = \"Hello\"\ndate = 2026-05-01\ntags = [\"a\", \"b\"]\nissue = 3\nextra = \"kept\"\n[cta]\ntext = \"Reply\"\nurl = \"mailto:x@example.com\"\n+++\nBody text.\n", FormatTOML},
		{"json", "{\n\"title\": \"Hello\",\n\"date\": \"2026-05-01\",\n\"tags\": [\"a\", \"b\"],\n\"issue\": 3,\n\"extra\": \"kept\",\n\"cta\": {\"text\": \"Reply\", \"url\": \"mailto:x@example.com\"}\n}\n\nBody text.\n", FormatJSON},
		{"json semicolons", ";;;\n{\"title\": \"Hello\", \"date\": \"2026-05-01\", \"tags\": [\"a\", \"b\"], \"issue\": 3, \"extra\": \"kept\", \"cta\": {\"text\": \"Reply\", \"url\": \"mailto:x@example.com\"}}\n;;;\nBody text.\n", FormatJSON},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse(md, "content/articles/hello.md", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if p.Format != tt.format {
				t.Errorf("format = %q, want %q", p.Format, tt.format)
			}
			if p.Title != "Hello" || p.Issue != 3 || strings.Join(p.Tags, ",") != "a,b" {
				t.Errorf("fields = %q %d %v", p.Title, p.Issue, p.Tags)
			}
			if want := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC); !p.Date.Equal(want) {
				t.Errorf("date = %v, want %v", p.Date, want)
			}
			if p.CTA == nil || p.CTA.Text != "Reply" || p.CTA.URL != "mailto:x@example.com" {
				t.Errorf("cta = %+v", p.CTA)
			}
			if p.Params["extra"] != "kept" {
				t.Errorf("unknown key not kept as a param: %v", p.Params)
			}
			if got := string(p.Body); got != "Body text.\n" {
				t.Errorf("body = %q", got)
			}
			if string(p.Source[p.BodyOffset:]) != "Body text.\n" {
				t.Errorf("BodyOffset %d does not point at the body", p.BodyOffset)
			}
		})
	}
}

// TestBadInput checks each malformed file gives path:line:col at the
// offending spot in the file, with a hint.
func TestBadInput(t *testing.T) {
	tests := []struct {
		name, src string
		line, col int
		msg       string
	}{
		{"yaml unclosed list", "---\ntitle: ok\ndate: 2026-05-01\ntags: [a, b\n---\n", 4, 7, "invalid YAML"},
		{"yaml mapping in value", "---\ntitle: ok\ndate: 2026-05-01\ndescription: Note: this breaks\n---\n", 4, 0, "invalid YAML"},
		{"yaml after blank lines", "\n\n---\ntitle: \"ok\"\ndate: 2026-05-01\ntags: [a\n---\n", 6, 7, "invalid YAML"},
		{"toml syntax", "+++\ntitle = \"ok\"\ndate = \n+++\n", 3, 0, "invalid TOML"},
		{"json syntax", "{\n\"title\": \"ok\",\n\"date\": 2026-05-01\n}\n\n", 3, 0, "invalid JSON"},
		{"unclosed yaml", "---\ntitle: ok\n\nBody that never closes.\n", 1, 1, "never closed"},
		{"unclosed toml", "\n+++\ntitle = \"ok\"\n", 2, 1, "never closed"},
		{"bad date", "---\ntitle: ok\ndate: 2026-13-45\n---\n", 3, 7, "is not a date"},
		{"bad date words", "---\ntitle: ok\ndate: next tuesday\n---\n", 3, 7, "is not a date"},
		{"draft not bool", "---\ntitle: ok\ndraft: maybe\n---\n", 3, 8, "draft must be true or false"},
		{"cta without url", "---\ntitle: ok\ncta: {text: Reply}\n---\n", 3, 6, "needs both text and url"},
		{"invalid utf-8", "---\ntitle: caf\xe9\n---\n", 2, 11, "not valid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(md, "content/articles/x.md", []byte(tt.src))
			assertDiag(t, err, tt.line, tt.col, tt.msg)
		})
	}
}

func assertDiag(t *testing.T, err error, line, col int, msg string) {
	t.Helper()
	var d *diag.Error
	if !errors.As(err, &d) {
		t.Fatalf("error = %v, want a *diag.Error", err)
	}
	if d.Line != line || (col != 0 && d.Col != col) {
		t.Errorf("position = %d:%d, want %d:%d (%v)", d.Line, d.Col, line, col, err)
	}
	if !strings.Contains(d.Msg, msg) {
		t.Errorf("message = %q, want it to contain %q", d.Msg, msg)
	}
	if d.Hint == "" {
		t.Errorf("no hint for %q", d.Msg)
	}
	if !strings.HasPrefix(err.Error(), d.Path+":") {
		t.Errorf("error %q does not start with the path", err)
	}
}

// TestSiteRules covers the rules applied to pages of a site.
func TestSiteRules(t *testing.T) {
	tests := []struct {
		name, path, src string
		line, col       int
		msg             string
	}{
		{"missing title", "content/articles/a.md", "---\ndate: 2026-05-01\n---\n", 2, 1, "missing title"},
		{"missing date", "content/articles/a.md", "---\ntitle: A\n---\n", 2, 1, "missing date"},
		{"no front matter", "content/articles/a.md", "Just text.\n", 1, 1, "missing front matter"},
		{"slug with slash", "content/articles/a.md", "---\ntitle: A\ndate: 2026-05-01\nslug: ../../etc\n---\n", 4, 7, "slash"},
		{"slug with dots", "content/articles/a.md", "---\ntitle: A\ndate: 2026-05-01\nslug: ..hidden\n---\n", 4, 7, "dot"},
		{"slug with space", "content/articles/a.md", "---\ntitle: A\ndate: 2026-05-01\nslug: \"a b\"\n---\n", 4, 7, "not allowed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := testConfig(t)
			write(t, cfg.Root, tt.path, tt.src)
			_, err := LoadFile(cfg, md, tt.path)
			assertDiag(t, err, tt.line, tt.col, tt.msg)
		})
	}
}

var write = testutil.WriteFile

func TestSlugsAndKinds(t *testing.T) {
	cfg := testConfig(t)
	files := map[string]string{
		"content/articles/2026-05-01-hello-world.md": "---\ntitle: Hello\ndate: 2026-05-01\n---\n",
		"content/articles/bundle/index.md":           "---\ntitle: Bundle\ndate: 2026-05-02\n---\n",
		"content/newsletter/first.md":                "---\ntitle: First\ndate: 2026-05-03\nslug: issue-one\nissue: 1\n---\n",
		"content/about.md":                           "---\ntitle: About\n---\n",
	}
	want := map[string]struct {
		kind Kind
		url  string
	}{
		"content/articles/2026-05-01-hello-world.md": {KindArticle, "/articles/hello-world/"},
		"content/articles/bundle/index.md":           {KindArticle, "/articles/bundle/"},
		"content/newsletter/first.md":                {KindIssue, "/newsletter/issue-one/"},
		"content/about.md":                           {KindPage, "/about/"},
	}
	for rel, src := range files {
		write(t, cfg.Root, rel, src)
	}
	s, err := Load(context.Background(), cfg, md, Options{Now: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Pages) != len(want) {
		t.Fatalf("loaded %d pages, want %d", len(s.Pages), len(want))
	}
	for _, p := range s.Pages {
		w := want[p.Path]
		if p.Kind != w.kind || p.URL != w.url {
			t.Errorf("%s: kind %s url %s, want %s %s", p.Path, p.Kind, p.URL, w.kind, w.url)
		}
	}
	if s.Pages[0].Title != "First" {
		t.Errorf("pages not sorted newest first: %s", s.Pages[0].Title)
	}
}

func TestPublicationFilters(t *testing.T) {
	now := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	cfg := testConfig(t)
	write(t, cfg.Root, "content/articles/live.md", "---\ntitle: Live\ndate: 2026-05-01\n---\n")
	write(t, cfg.Root, "content/articles/draft.md", "---\ntitle: Draft\ndate: 2026-05-01\ndraft: true\n---\n")
	write(t, cfg.Root, "content/articles/future.md", "---\ntitle: Future\ndate: 2026-07-01\n---\n")
	write(t, cfg.Root, "content/articles/expired.md", "---\ntitle: Expired\ndate: 2026-01-01\nexpiryDate: 2026-02-01\n---\n")
	write(t, cfg.Root, "content/articles/expiring.md", "---\ntitle: Expiring\ndate: 2026-01-01\nexpiryDate: 2026-06-15\n---\n")
	july := time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		opts  Options
		want  string
		until time.Time // when the selection next changes
	}{
		{Options{Now: now}, "Expiring,Live", july.AddDate(0, 0, -16)},
		{Options{Now: now, Drafts: true}, "Draft,Expiring,Live", july.AddDate(0, 0, -16)},
		{Options{Now: now, Future: true}, "Expired,Expiring,Future,Live", time.Time{}},
		{Options{Now: now, Drafts: true, Future: true}, "Draft,Expired,Expiring,Future,Live", time.Time{}},
		{Options{Now: july.AddDate(0, 0, -1)}, "Live", july},
	}
	for _, tt := range tests {
		s, err := Load(context.Background(), cfg, md, tt.opts)
		if err != nil {
			t.Fatal(err)
		}
		var titles []string
		for _, p := range s.Pages {
			titles = append(titles, p.Title)
		}
		sortStrings(titles)
		if got := strings.Join(titles, ","); got != tt.want {
			t.Errorf("%+v: got %s, want %s", tt.opts, got, tt.want)
		}
		if !s.Until.Equal(tt.until) {
			t.Errorf("%+v: until %s, want %s", tt.opts, s.Until, tt.until)
		}
	}
}

func sortStrings(s []string) {
	for i := range s {
		for j := i + 1; j < len(s); j++ {
			if s[j] < s[i] {
				s[i], s[j] = s[j], s[i]
			}
		}
	}
}

func TestDuplicateURLsNameBothFiles(t *testing.T) {
	cfg := testConfig(t)
	write(t, cfg.Root, "content/articles/a.md", "---\ntitle: A\ndate: 2026-05-01\nslug: same\n---\n")
	write(t, cfg.Root, "content/articles/b.md", "---\ntitle: B\ndate: 2026-05-02\nslug: same\n---\n")
	_, err := Load(context.Background(), cfg, md, Options{Now: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)})
	if err == nil {
		t.Fatal("duplicate URL accepted")
	}
	if msg := err.Error(); !strings.Contains(msg, "content/articles/a.md") || !strings.Contains(msg, "content/articles/b.md") || !strings.Contains(msg, "/articles/same/") {
		t.Errorf("error does not name both files and the URL: %v", err)
	}
	assertDiag(t, err, 4, 7, "also the URL of")
}

func TestDerivedFacts(t *testing.T) {
	tests := []struct {
		name, body, summary string
		readingTime         int
	}{
		{"first paragraph", "## Hi\n\nFirst para here.\n\nSecond para.\n", "First para here.", 1},
		{"more marker", "One.\n\nTwo.\n\n<!--more-->\n\nThree.\n", "One. Two.", 1},
		{"spaced more marker", "One.\n\nTwo.\n\n<!--  more -->\n\nThree.\n", "One. Two.", 1},
		{"more in code is text", "One.\n\nTwo.\n\n    <!--more-->\n\nThree.\n", "One.", 1},
		{"another comment is no marker", "One.\n\nTwo.\n\n<!-- more to come -->\n\nThree.\n", "One.", 1},
		{"long", strings.Repeat("word ", 500) + "\n", strings.TrimSpace(strings.Repeat("word ", 500)), 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse(md, "x.md", []byte("---\ntitle: T\n---\n"+tt.body))
			if err != nil {
				t.Fatal(err)
			}
			p.Derive()
			if p.SummaryText != tt.summary {
				t.Errorf("summary = %q, want %q", p.SummaryText, tt.summary)
			}
			if p.ReadingTime != tt.readingTime {
				t.Errorf("reading time = %d, want %d", p.ReadingTime, tt.readingTime)
			}
		})
	}
	p, _ := Parse(md, "x.md", []byte("---\ntitle: T\nsummary: From front matter.\n---\n## A \"quoted\" heading\n\nText.\n"))
	p.Derive()
	if p.SummaryText != "From front matter." {
		t.Errorf("front matter summary ignored: %q", p.SummaryText)
	}
	if len(p.TOC) != 1 || p.TOC[0].Text != "A “quoted” heading" || p.TOC[0].ID == "" {
		t.Errorf("toc = %+v", p.TOC)
	}
}

// TestIsMarkdown: Markdown sources, as against hidden files and the
// temporary and backup files editors leave beside them.
func TestIsMarkdown(t *testing.T) {
	for name, want := range map[string]bool{
		"launch.md": true, "Launch.MARKDOWN": true, "#hashtags.md": true, "notes#1.md": true,
		"launch.txt": false, "launch": false, ".hidden.md": false, "#launch.md#": false, ".#launch.md": false,
		"launch.md~": false, "launch.md.swp": false, "launch.md.tmp": false, "launch.md___jb_tmp___": false,
	} {
		if got := IsMarkdown(name); got != want {
			t.Errorf("IsMarkdown(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestSlugify(t *testing.T) {
	for in, want := range map[string]string{
		"Hello, World!":          "hello-world",
		"Don't miss this":        "dont-miss-this",
		"  Café   crème  ":       "café-crème",
		"The \"so what?\" test":  "the-so-what-test",
		"Issue #12: Q&A session": "issue-12-q-a-session",
	} {
		if got := Slugify(in); got != want {
			t.Errorf("Slugify(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPlace(t *testing.T) {
	cfg := config.Default()
	for _, tc := range []struct {
		rel, section string
		kind         Kind
	}{
		{"content/about.md", "", KindPage},
		{"content/_index.md", "", KindPage},
		{"content/articles/a.md", "articles", KindArticle},
		{"content/articles/bundle/index.md", "articles", KindArticle},
		{"content/" + cfg.Newsletter.Section + "/one.md", cfg.Newsletter.Section, KindIssue},
		{"content/guides/deep/a.md", "guides", KindPage},
	} {
		if section, kind := Place(cfg, tc.rel); section != tc.section || kind != tc.kind {
			t.Errorf("Place(%q) = %q, %q; want %q, %q", tc.rel, section, kind, tc.section, tc.kind)
		}
	}
}

package email

import (
	"bytes"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/claritynotes/gen/internal/email/check"
)

// TestGolden renders the test issue for every preset and compares each
// file with testdata/<preset>/; a golden file or preset folder that is no
// longer produced fails too. Run with -update to rewrite them.
func TestGolden(t *testing.T) {
	checkNoOrphans(t, "testdata", Presets(), true)
	for _, tool := range Presets() {
		t.Run(tool, func(t *testing.T) {
			m := render(t, tool)
			var names []string
			for name := range m.Files() {
				names = append(names, name)
			}
			checkNoOrphans(t, filepath.Join("testdata", tool), names, false)
			for name, got := range m.Files() {
				golden := filepath.Join("testdata", tool, name)
				if *update {
					if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(golden, got, 0o644); err != nil {
						t.Fatal(err)
					}
					continue
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test -update)", err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("%s differs from %s; run go test -update and review the diff", name, golden)
				}
			}
		})
	}
}

// checkNoOrphans fails for every entry of dir (preset folders with dirs,
// files otherwise) that is not in want; with -update it removes them
// instead. A preset folder is one with a rendered message.eml: testdata
// also holds folders of other tests.
func checkNoOrphans(t *testing.T, dir string, want []string, dirs bool) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() != dirs || slices.Contains(want, e.Name()) {
			continue
		}
		orphan := filepath.Join(dir, e.Name())
		if _, err := os.Stat(filepath.Join(orphan, "message.eml")); dirs && err != nil {
			continue
		}
		if *update {
			if err := os.RemoveAll(orphan); err != nil {
				t.Fatal(err)
			}
			continue
		}
		t.Errorf("%s is not produced any more; run go test -update to remove it", orphan)
	}
}

// TestMergeTags checks each preset's tags reach the HTML and text, and the
// neutral tokens never leak.
func TestMergeTags(t *testing.T) {
	for _, tool := range Presets() {
		t.Run(tool, func(t *testing.T) {
			m := render(t, tool)
			p := presets[tool]
			for _, out := range []string{string(m.HTML), string(m.Text)} {
				if strings.Contains(out, "__GENMERGE") {
					t.Fatal("a merge token was not replaced")
				}
				if p.Unsubscribe != "" && !strings.Contains(out, p.Unsubscribe) {
					t.Errorf("unsubscribe tag %q missing", p.Unsubscribe)
				}
			}
			if p.Unsubscribe != "" && !strings.Contains(string(m.HTML), `href="`+p.Unsubscribe+`"`) {
				t.Errorf("unsubscribe tag %q is not an href", p.Unsubscribe)
			}
			if p.WebVersion != "" && !strings.Contains(string(m.HTML), `href="`+p.WebVersion+`"`) {
				t.Errorf("web version tag %q is not an href", p.WebVersion)
			}
			if p.FirstName != nil && !strings.Contains(string(m.Text), "Hi "+p.FirstName("there")+",") {
				t.Errorf("first-name tag missing from the text greeting")
			}
			if tool == "generic" && !strings.Contains(string(m.HTML), `href="https://notes.example/unsubscribe/"`) {
				t.Errorf("generic preset does not link newsletter.unsubscribeURL")
			}
		})
	}
}

// TestLinksAbsoluteAndTagged checks every href and src in the HTML is
// absolute, and links to the site carry the UTM parameters while others
// do not.
func TestLinksAbsoluteAndTagged(t *testing.T) {
	m := render(t, "generic")
	z := html.NewTokenizer(bytes.NewReader(m.HTML))
	seen := 0
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
		tok := z.Token()
		for _, a := range tok.Attr {
			if a.Key != "href" && a.Key != "src" {
				continue
			}
			seen++
			u, err := url.Parse(a.Val)
			if err != nil || u.Scheme != "https" || u.Host == "" {
				t.Errorf("%s=%q is not an absolute https URL", a.Key, a.Val)
				continue
			}
			q := u.Query()
			site := u.Host == "notes.example" && u.Path != "/unsubscribe/"
			tagged := q.Get("utm_source") == "clarity-notes" && q.Get("utm_medium") == "email" && q.Get("utm_campaign") == "listening"
			switch {
			case a.Key == "href" && site && !tagged:
				t.Errorf("site link %s has no UTM parameters", a.Val)
			case a.Key == "href" && !site && q.Get("utm_source") != "":
				t.Errorf("link %s is tagged but links = \"site\"", a.Val)
			case a.Key == "src" && q.Get("utm_source") != "":
				t.Errorf("image %s is tagged", a.Val)
			}
		}
	}
	if seen < 8 {
		t.Fatalf("only %d URLs found", seen)
	}
	for _, want := range []string{
		`https://notes.example/newsletter/listening/cover.png`, // bundle image
		`https://notes.example/articles/listening-worksheet/?ref=issue7&amp;utm_source=clarity-notes&amp;utm_medium=email&amp;utm_campaign=listening#start`, // query and fragment kept
		`https://elsewhere.example/story?id=3#top`,                           // other sites untouched
		`https://notes.example/newsletter/issue-6/?utm_source=clarity-notes`, // ../ resolved
	} {
		if !strings.Contains(string(m.HTML), want) {
			t.Errorf("HTML lacks %s", want)
		}
	}
}

func TestLinkModes(t *testing.T) {
	for _, tc := range []struct{ mode, ref, want string }{
		{"site", "/a/?x=1#f", "https://notes.example/a/?x=1&utm_source=s&utm_medium=email&utm_campaign=slug#f"},
		{"site", "https://other.example/", "https://other.example/"},
		{"all", "https://other.example/p", "https://other.example/p?utm_source=s&utm_medium=email&utm_campaign=slug"},
		{"none", "/a/", "https://notes.example/a/"},
		{"site", "/a/?utm_source=mine", "https://notes.example/a/?utm_source=mine&utm_medium=email&utm_campaign=slug"},
		{"site", "mailto:me@example.com", "mailto:me@example.com"},
		{"site", "*|UNSUB|*", "*|UNSUB|*"},
		{"site", "img.png", "https://notes.example/newsletter/slug/img.png?utm_source=s&utm_medium=email&utm_campaign=slug"},
	} {
		cfg, _, _ := testSite(t, strings.Replace(strings.Replace(testConfig, `links = "site"`, `links = "`+tc.mode+`"`, 1), `source = "clarity-notes"`, `source = "s"`, 1), testIssue)
		l := newLinker(cfg, "/newsletter/slug/", "slug")
		if got := l.link(tc.ref); got != tc.want {
			t.Errorf("%s link(%q) = %q, want %q", tc.mode, tc.ref, got, tc.want)
		}
	}
}

// TestEML parses message.eml with net/mail and mime/multipart.
func TestEML(t *testing.T) {
	m := render(t, "generic")
	for i, line := range bytes.Split(m.EML, []byte("\r\n")) {
		if len(line) > 998 {
			t.Fatalf("line %d is %d bytes", i+1, len(line))
		}
	}
	msg, err := mail.ReadMessage(bytes.NewReader(m.EML))
	if err != nil {
		t.Fatal(err)
	}
	h := msg.Header
	dec := new(mime.WordDecoder)
	subject, err := dec.DecodeHeader(h.Get("Subject"))
	if err != nil || subject != "Issue 7: listening before launching" {
		t.Errorf("Subject = %q, %v", subject, err)
	}
	if from, err := mail.ParseAddress(h.Get("From")); err != nil || from.Address != "notes@notes.example" {
		t.Errorf("From = %q, %v", h.Get("From"), err)
	}
	if d, err := h.Date(); err != nil || d.Format("2006-01-02") != "2025-03-04" {
		t.Errorf("Date = %q, %v", h.Get("Date"), err)
	}
	for _, k := range []string{"Message-ID", "MIME-Version"} {
		if h.Get(k) == "" {
			t.Errorf("no %s header", k)
		}
	}
	if got := h.Get("List-Unsubscribe"); got != "<https://notes.example/unsubscribe/>" {
		t.Errorf("List-Unsubscribe = %q", got)
	}
	mt, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil || mt != "multipart/alternative" {
		t.Fatalf("Content-Type = %q, %v", h.Get("Content-Type"), err)
	}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	var types []string
	for {
		part, err := mr.NextRawPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		ct, cp, _ := mime.ParseMediaType(part.Header.Get("Content-Type"))
		types = append(types, ct)
		if cp["charset"] != "utf-8" || part.Header.Get("Content-Transfer-Encoding") != "quoted-printable" {
			t.Errorf("%s part: charset %q, encoding %q", ct, cp["charset"], part.Header.Get("Content-Transfer-Encoding"))
		}
		body, err := io.ReadAll(quotedprintable.NewReader(part))
		if err != nil {
			t.Fatal(err)
		}
		want := m.Text
		if ct == "text/html" {
			want = m.HTML
		}
		if !bytes.Equal(bytes.ReplaceAll(body, []byte("\r\n"), []byte("\n")), want) {
			t.Errorf("%s part does not decode to the rendered %s", ct, ct)
		}
	}
	if strings.Join(types, ",") != "text/plain,text/html" {
		t.Errorf("parts = %v, want text/plain then text/html", types)
	}
	// Buttondown's messages carry no List-Unsubscribe: the tool adds its own.
	if h := mustHeader(t, render(t, "buttondown").EML); h.Get("List-Unsubscribe") != "" {
		t.Errorf("buttondown message has List-Unsubscribe %q", h.Get("List-Unsubscribe"))
	}
}

func mustHeader(t *testing.T, eml []byte) mail.Header {
	t.Helper()
	msg, err := mail.ReadMessage(bytes.NewReader(eml))
	if err != nil {
		t.Fatal(err)
	}
	return msg.Header
}

// TestEMLHeaderInjection: CR/LF in a title or sender cannot add a header.
func TestEMLHeaderInjection(t *testing.T) {
	issue := strings.Replace(testIssue, `subject: "Issue 7: listening before launching"`,
		`subject: "Hello\r\nBcc: victim@example.com\nX-Evil: 1 — café"`, 1)
	m := renderIssue(t, issue, "generic")
	h := mustHeader(t, m.EML)
	if h.Get("Bcc") != "" || h.Get("X-Evil") != "" {
		t.Fatalf("front matter added a header: %v", h)
	}
	subject, err := new(mime.WordDecoder).DecodeHeader(h.Get("Subject"))
	if err != nil || subject != "Hello Bcc: victim@example.com X-Evil: 1 — café" {
		t.Errorf("Subject = %q, %v", subject, err)
	}
	if !regexp.MustCompile(`^=\?utf-8\?q\?`).MatchString(h.Get("Subject")) {
		t.Errorf("non-ASCII subject is not RFC 2047-encoded: %q", h.Get("Subject"))
	}
}

func TestText(t *testing.T) {
	text := string(render(t, "generic").Text)
	for i, line := range strings.Split(text, "\n") {
		if n := len([]rune(line)); n > TextWidth && !strings.Contains(line, "://") && !strings.HasPrefix(line, "    ") {
			t.Errorf("line %d is %d columns: %q", i+1, n, line)
		}
	}
	for _, want := range []string{
		"Listening before launching\n==========================",
		"Three questions\n---------------",
		"1. What were you trying to do when you found us?",
		"- Ask them *before* you write.",
		"> The best copy I ever wrote was a customer’s sentence, lightly edited.",
		"    func tag(answer string) []string {",
		"Question | Why it helps",
		"worksheet [1]",
		"[1] https://notes.example/articles/listening-worksheet/?utm_source=clarity-notes&utm_medium=email&utm_campaign=listening",
		"[Image: Diagram of the listening loop]",
		"[^1]: ",
		"Next step: Try the listening worksheet\nhttps://notes.example/articles/listening-worksheet/?ref=issue7&utm_source=",
		"Unsubscribe: https://notes.example/unsubscribe/\n",
	} {
		if want == "[^1]: " {
			want = "[^1] We use three tags at most."
		}
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	if !strings.HasSuffix(text, "Unsubscribe: https://notes.example/unsubscribe/\n") {
		t.Error("text does not end with the unsubscribe line")
	}
	if strings.Contains(text, "<") && strings.Contains(text, "</") {
		t.Error("text contains HTML")
	}
}

func TestWrap(t *testing.T) {
	for _, tc := range []struct {
		in    string
		width int
		want  []string
	}{
		{"a b c", 20, []string{"a b c"}},
		{"one two three four five six", 20, []string{"one two three four", "five six"}},
		{"see https://example.com/a/very/long/url/that/does/not/fit ok", 20, []string{"see", "https://example.com/a/very/long/url/that/does/not/fit", "ok"}},
		{"", 20, nil},
	} {
		if got := wrap(tc.in, tc.width); strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("wrap(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestMarkdownBody(t *testing.T) {
	md := string(render(t, "buttondown").Markdown)
	for _, want := range []string{
		"[worksheet](https://notes.example/articles/listening-worksheet/?utm_source=clarity-notes&utm_medium=email&utm_campaign=listening)",
		"![A notebook open to a page of questions](https://notes.example/newsletter/listening/cover.png)",
		"[Diagram of the listening loop](https://notes.example/newsletter/listening/loop.svg?utm_source=",
		"[a reader](https://elsewhere.example/story?id=3#top)",
		"\n[**Try the listening worksheet →**](https://notes.example/articles/listening-worksheet/?ref=issue7&utm_source=",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("email.md lacks %q", want)
		}
	}
	if strings.HasPrefix(md, "---") || strings.Contains(md, "preheader:") {
		t.Error("email.md keeps the front matter")
	}
}

func TestUnknownTool(t *testing.T) {
	cfg, th, p := testSite(t, testConfig, testIssue)
	r := testRenderer(t, cfg, th)
	_, err := r.Render(p, "carrier-pigeon")
	if err == nil || !strings.Contains(err.Error(), "mailchimp") || !strings.Contains(err.Error(), "postmark") {
		t.Fatalf("err = %v, want one listing the presets", err)
	}
}

// TestGenericWithoutUnsubscribeURL: no link means an error finding.
func TestGenericWithoutUnsubscribeURL(t *testing.T) {
	cfg, th, p := testSite(t, strings.Replace(testConfig, `unsubscribeURL = "https://notes.example/unsubscribe/"`, "", 1), testIssue)
	m := mustRender(t, testRenderer(t, cfg, th), p, "generic")
	n := 0
	for _, f := range m.Findings {
		if f.Feature == "unsubscribe" && f.Severity == check.SeverityError {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d unsubscribe errors, want 1: %v", n, m.Findings)
	}
}

func TestTemplateErrorNamesFile(t *testing.T) {
	cfg, th, _ := testSite(t, testConfig, testIssue)
	bad := filepath.Join(cfg.Root, "layouts", "email", "email.html")
	if err := os.MkdirAll(filepath.Dir(bad), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte("<p>\n{{ .Title \n</p>"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := New(cfg, th)
	if err == nil || !strings.Contains(err.Error(), "layouts/email/email.html:3") {
		t.Fatalf("err = %v, want one at layouts/email/email.html:3", err)
	}
}

func TestFeedHTML(t *testing.T) {
	cfg, th, p := testSite(t, testConfig, testIssue)
	r := testRenderer(t, cfg, th)
	got, err := r.FeedHTML(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"__GENMERGE", `href="/`, `src="cover.png"`, "<style", "class=\"content\""} {
		if strings.Contains(got, bad) {
			t.Errorf("feed HTML contains %q", bad)
		}
	}
	for _, want := range []string{`src="https://notes.example/newsletter/listening/cover.png"`, "utm_campaign=listening", `style="`, "Try the listening worksheet"} {
		if !strings.Contains(got, want) {
			t.Errorf("feed HTML lacks %q", want)
		}
	}
}

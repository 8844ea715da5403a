package email

import (
	"bytes"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/markdown"
	"github.com/claritynotes/gen/internal/testutil"
	"github.com/claritynotes/gen/internal/theme"
)

// The fuzz targets run with `make fuzz`, or one at a time:
// go test -run='^$' -fuzz='^FuzzRenderFrontMatter$' ./internal/email

// FuzzEML writes messages from any header values and bodies and reads
// them back: no value adds a header, the Subject is folded and decodes to
// the value, and both parts decode to what was written.
func FuzzEML(f *testing.F) {
	f.Add("Issue 7: listening before launching", "Clarity Notes <notes@notes.example>", "https://notes.example/unsubscribe/", []byte("text\n"), []byte("<p>html</p>"))
	f.Add("Hello\r\nBcc: victim@example.com", "A <a@b.example>", "https://x.example/u\r\nX-Evil: 1", []byte("a\r\nb\rc"), []byte("=3D\n.\n"))
	f.Add(strings.Repeat("Écouter — ", 30), "", "mailto:u@x.example", []byte(strings.Repeat("x", 300)), []byte(""))
	f.Add("=?utf-8?q?not_encoded?= "+strings.Repeat("y", 120), "Bad from", "javascript:alert(1)", []byte{0xff, 0xfe}, []byte("--gen-x"))
	f.Fuzz(func(t *testing.T, subject, from, unsub string, text, html []byte) {
		eml, err := buildEML(emlInput{From: from, Subject: subject, MessageID: "<id@notes.example>",
			Unsubscribe: listUnsubscribe(presets["generic"], unsub), Text: text, HTML: html})
		if err != nil {
			if !strings.Contains(err.Error(), "newsletter.from") {
				t.Fatalf("error without its setting: %v", err)
			}
			return
		}
		head, _, _ := bytes.Cut(eml, []byte("\r\n\r\n"))
		inSubject := false
		for _, line := range bytes.Split(head, []byte("\r\n")) {
			if len(line) > 0 && line[0] != ' ' && line[0] != '\t' {
				inSubject = bytes.HasPrefix(line, []byte("Subject:"))
			}
			if inSubject && len(line) > maxHeaderLine {
				t.Fatalf("Subject line of %d characters: %q", len(line), line)
			}
		}
		msg, err := mail.ReadMessage(bytes.NewReader(eml))
		if err != nil {
			t.Fatalf("message does not parse: %v\n%q", err, eml)
		}
		for k := range msg.Header {
			switch k {
			case "From", "Subject", "Date", "Message-Id", "Mime-Version", "List-Unsubscribe", "List-Unsubscribe-Post", "Content-Type":
			default:
				t.Fatalf("unexpected header %q", k)
			}
		}
		got, err := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
		if want := string([]rune(headerValue(subject))); err != nil || got != want {
			t.Fatalf("Subject decodes to %q (%v), want %q", got, err, want)
		}
		_, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
		if err != nil {
			t.Fatal(err)
		}
		mr := multipart.NewReader(msg.Body, params["boundary"])
		for _, want := range [][]byte{text, html} {
			part, err := mr.NextRawPart()
			if err != nil {
				t.Fatalf("part missing: %v", err)
			}
			body, err := io.ReadAll(quotedprintable.NewReader(part))
			if err != nil {
				t.Fatal(err)
			}
			// A lone CR is a line break to quoted-printable.
			lines := strings.NewReplacer("\r\n", "\n", "\r", "\n")
			if lines.Replace(string(body)) != lines.Replace(string(want)) {
				t.Fatalf("part decodes to %q, want %q", body, want)
			}
		}
	})
}

// fuzzRenderer is one renderer on the test site, shared by the fuzz
// iterations; each parses its own page.
type fuzzRenderer struct {
	r *Renderer
	// plain runs the email templates on html/template alone, where r
	// runs them as compiled programs.
	plain *Renderer
	md    *markdown.Renderer
}

func newFuzzRenderer(f *testing.F) *fuzzRenderer {
	cfg, th, _ := testSite(f, testConfig, testIssue)
	r := testRenderer(f, cfg, th)
	checkKnownHTML(r, nil)
	return &fuzzRenderer{r: r, plain: plainRenderer(f, cfg, th), md: markdown.New(markdown.Options{})}
}

// plainRenderer is a Renderer whose email templates html/template runs
// alone, without the compiled programs, to compare with.
func plainRenderer(t testing.TB, cfg *config.Config, th *theme.Theme) *Renderer {
	t.Helper()
	r := testRenderer(t, cfg, th)
	files, err := th.Email()
	if err != nil {
		t.Fatal(err)
	}
	if r.tmpl, err = th.ParseFiles(files, templateFuncs()); err != nil {
		t.Fatal(err)
	}
	r.canonical = newCanonicalBlock(r.tmpl.Trees(layoutFile))
	return r
}

// render parses src as the test issue and renders it for tool; ok is
// false when the file is not a valid page.
func (fr *fuzzRenderer) render(t *testing.T, src, tool string) (*Message, bool) {
	p, err := content.Parse(fr.md, "content/newsletter/listening/index.md", []byte(src))
	if err != nil {
		return nil, false
	}
	p.Derive()
	p.Kind, p.Section, p.Slug, p.URL = content.KindIssue, "newsletter", "listening", "/newsletter/listening/"
	m, err := fr.r.Render(p, tool)
	if err != nil {
		t.Fatalf("render: %v", err)
	}
	plain, err := fr.plain.Render(p, tool)
	if err != nil {
		t.Fatalf("render on html/template alone: %v", err)
	}
	if !bytes.Equal(m.HTML, plain.HTML) || !bytes.Equal(m.Web, plain.Web) {
		t.Fatalf("the compiled templates' message differs from html/template's:\n%s\n%s", m.HTML, plain.HTML)
	}
	// The build's RenderWeb cuts the tool's message out of the web copy
	// when it can: the message and the web copy must be Render's.
	web, err := fr.r.renderWeb(p, true)
	if err != nil {
		t.Fatalf("RenderWeb: %v", err)
	}
	checkRenderWeb(t, fr.r, p, web)
	want, err := fr.r.Render(p, "")
	if err != nil {
		t.Fatalf("render: %v", err)
	}
	if !bytes.Equal(web.HTML, want.HTML) || !bytes.Equal(web.Web, want.Web) {
		t.Fatalf("RenderWeb differs from Render:\n%s\n%s", web.HTML, want.HTML)
	}
	return m, true
}

// checkMessage holds every output of a rendered issue to the guarantees:
// no live script in the HTML or the .eml's HTML, no raw HTML or script
// link in email.md, no script URL in the plain text, no leftover token.
func checkMessage(t *testing.T, m *Message) {
	t.Helper()
	if p := testutil.LiveScript(m.HTML); len(p) > 0 {
		t.Fatalf("index.html has live script: %v", p)
	}
	if p := testutil.LiveScript(emlHTML(t, m.EML)); len(p) > 0 {
		t.Fatalf("message.eml has live script: %v", p)
	}
	if p := testutil.MarkdownScript(m.Markdown, false); len(p) > 0 {
		t.Fatalf("email.md has %v\n%s", p, m.Markdown)
	}
	for _, out := range [][]byte{m.HTML, m.Text, m.Markdown} {
		if bytes.Contains(out, []byte(tokenPrefix)) {
			t.Fatal("a merge token was not replaced")
		}
	}
	for _, f := range strings.Fields(string(m.Text)) {
		if testutil.ScriptURL(f) && strings.Contains(f, "://") {
			t.Fatalf("email.txt links %q", f)
		}
	}
	if !utf8.Valid(m.Text) {
		t.Fatal("email.txt is not UTF-8")
	}
}

// yamlString quotes s for YAML's double-quoted style, escaping every
// control character.
func yamlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// FuzzRenderFrontMatter renders issues whose front matter values are
// hostile and checks no output runs script (see checkMessage).
func FuzzRenderFrontMatter(f *testing.F) {
	f.Add("Listening", "Issue 7", "Three questions", "Try the worksheet", "/articles/x/", "Maya")
	f.Add("T", "S", "P", "Go --><img src=x onerror=alert(1)><!-- you", "javascript:alert(1)", "<script>alert(1)</script>")
	f.Add("</title><script>alert(1)</script>", "x\r\nBcc: v@x", "\"><svg onload=alert(1)>", "<![endif]--><script>1</script>", " JaVa\tScRiPt:alert(1)", "a&#x3C;b")
	f.Add("{{ .Title }}", "__GENMERGE_UNSUBSCRIBE__", "*|UNSUB|*", "--!><img src=x onerror=y>", "data:text/html,<script>alert(1)</script>", "]]>")
	f.Add("[x](javascript:alert(1))", "s", "p", "[**x**](javascript:alert(1))", "vbscript:msgbox(1)", "`code`")
	fr := newFuzzRenderer(f)
	f.Fuzz(func(t *testing.T, title, subject, preheader, ctaText, ctaURL, author string) {
		src := "---\ntitle: " + yamlString(title) + "\ndate: 2025-03-04\nissue: 7\nsubject: " + yamlString(subject) +
			"\npreheader: " + yamlString(preheader) + "\nauthor: " + yamlString(author) +
			"\ncta:\n  text: " + yamlString(ctaText) + "\n  url: " + yamlString(ctaURL) + "\n---\nHello [there](/x/).\n"
		m, ok := fr.render(t, src, "generic")
		if !ok {
			return
		}
		checkMessage(t, m)
	})
}

// FuzzRenderBody renders issues with any Markdown body, which exercises
// the plain-text writer, email.md and the HTML body rewriting.
func FuzzRenderBody(f *testing.F) {
	f.Add(testIssue[strings.Index(testIssue, "\n---\n")+5:])
	f.Add("<script>alert(1)</script>\n\nClick <a href=\"#\" onclick=\"alert(1)\">here</a> <img src=x onerror=alert(1)>.\n")
	f.Add("[a](javascript:alert(1)) <javascript:alert(2)> [b][r] [c](\njavascript:alert(3)) <<b></b>script>x<<b></b>/script>\n\n[r]: vbscript:x\n")
	f.Add("- a\n  - b\n    > c\n    > ```\n    > d\n\n| x | y |\n|---|---|\n| ![i](data:text/html,x) | [^1] |\n\n[^1]: [n](JAVASCRIPT:x)\n")
	f.Add("Term\n: Definition with <https://notes.example/a> and www.example.com and me@example.com\n\n***\n\n# H1\n## H2\n")
	fr := newFuzzRenderer(f)
	front := "---\ntitle: \"T\"\ndate: 2025-03-04\ncta:\n  text: \"Go\"\n  url: \"/x/\"\n---\n"
	f.Fuzz(func(t *testing.T, body string) {
		// Every tool gets all four files; generic's message.eml carries
		// the unsubscribe URL too.
		m, ok := fr.render(t, front+body, "generic")
		if !ok {
			return
		}
		checkMessage(t, m)
	})
}

// FuzzLink: the linker never returns a script URL, and any other URL it
// returns is absolute or one it must leave alone (merge tags, mailto:).
func FuzzLink(f *testing.F) {
	for _, s := range []string{"/a/?x=1#f", "../b/", "javascript:alert(1)", " \x01JaVa\tscript:x", "data:text/html,x", "data:image/png;base64,x", "*|UNSUB|*", "mailto:a@b", "//evil.example/x", "%zz", "http://[::1]:80/"} {
		f.Add(s)
	}
	cfg, _, _ := testSite(f, testConfig, testIssue)
	l := newLinker(cfg, "/newsletter/listening/", "listening")
	f.Fuzz(func(t *testing.T, ref string) {
		for _, got := range []string{l.link(ref), l.abs(ref)} {
			if testutil.ScriptURL(got) && !strings.HasPrefix(strings.ToLower(strings.TrimSpace(got)), "data:image/") {
				t.Fatalf("link(%q) = %q", ref, got)
			}
		}
	})
}

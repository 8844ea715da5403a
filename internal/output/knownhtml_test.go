package output

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/tdewolff/parse/v2/buffer"
)

// testCSS is the CSSFunc of NewMinifier's own CSS minifier, as its HTML
// minifier runs it.
func testCSS(mf *Minifier) CSSFunc {
	return func(dst, src []byte, inline bool) ([]byte, error) {
		var params map[string]string
		if inline {
			params = map[string]string{"inline": "1"}
		}
		w := bytes.NewBuffer(dst)
		err := mf.m.MinifyMimetype([]byte("text/css"), w, buffer.NewReader(src), params)
		return w.Bytes(), err
	}
}

// checkKnownHTML fails unless k, when it writes doc, writes what the
// HTML minifier does; it returns whether it wrote it.
func checkKnownHTML(t testing.TB, mf *Minifier, k *KnownHTML, doc string) bool {
	t.Helper()
	prefix := []byte("kept")
	got, ok := k.Minify(bytes.Clone(prefix), []byte(doc))
	if !ok {
		return false
	}
	if !bytes.HasPrefix(got, prefix) {
		t.Fatalf("KnownHTML lost what dst held: %q", got)
	}
	if want := minifierOnly(mf, []byte(doc)); !bytes.Equal(got[len(prefix):], want) {
		t.Fatalf("doc  %q\ngot  %q\nwant %q", doc, got[len(prefix):], want)
	}
	return true
}

// emailHead is the head of a message as email's inliner writes it.
const emailHead = "<!DOCTYPE html><html lang=\"en\" xmlns=\"HTTP://www.w3.org/1999/xhtml\" xmlns:v=\"urn:schemas-microsoft-com:vml\"><head>\n" +
	"<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\"/>\n" +
	"<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\"/>\n<meta name=\"format-detection\" content=\"telephone=no, date=no\"/>\n" +
	"<title>It&#39;s  &amp; more</title>\n<link rel=\"canonical\" href=\"https://example.com/a/\"/>\n<!--#gen-0a1b-0-->\n\n" +
	"<style>/* c */\n:root { color-scheme: light dark; }\n@media (max-width: 599px) { .x { padding: 0 0 0 0 !important; } }\n</style>\n</head>\n"

func TestKnownHTML(t *testing.T) {
	mf := NewMinifier()
	k := NewKnownHTML(testCSS(mf), nil)
	for _, c := range []struct {
		name, doc string
		known     bool
	}{
		{"email", emailHead + "<body class=\"body\" style=\"margin:0; padding:0;background-color:#ffffff\">\n" +
			"<table role=\"presentation\" class=\"bg\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"font-family:&#39;Segoe UI&#39;,Arial\">\n" +
			"<tbody><tr>\n<td align=\"center\" valign=\"top\" bgcolor=\"#fff\" class=\"outer\" style=\"padding:24px 12px 40px 12px\">\n<!--#gen-0a1b-1-->\n" +
			"<p style=\"margin:0 0 20px 0\">Hi  there, <a href=\"https://x.example/?a=1&amp;b=2\" style=\"color:#1f5160\">link</a> &#34;q&#34;</p>\n" +
			"<img src=\"https://x.example/i.png\" alt=\"A &lt;b&gt;\" width=\"520\" border=\"0\" style=\"display:block;width:100%\"/>\n" +
			"<pre style=\"white-space:pre\"><code>  a\n  b</code></pre>\n<hr style=\"\"/>\n<br/>\n" +
			"</td>\n</tr>\n</tbody></table>\n</body></html>", true},
		{"style typed", "<html><head><style type=\"text/css\">a { color : red }</style></head><body><p>x</p></body></html>", true},
		{"ssi between texts", "<p>a <!--#gen-1--> b</p>", true},
		{"empty style attribute", "<p style=\" \">x</p>", true},
		{"content type", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head></html>", false},
		{"content type spaced", "<meta http-equiv=\" content-type \" content=\"text/html\">", false},
		{"empty style", "<html><head><style></style></head></html>", false},
		{"style with markup", "<style>a{content:\"</p>\"}</style>", false},
		{"style with media", "<style media=\"screen\">a{color:red}</style>", false},
		{"style of another type", "<style type=\"text/less\">a{color:red}</style>", false},
		{"comment", "<p>a</p><!-- c --><p>b</p>", false},
		{"conditional comment", "<p>a</p><!--[if mso]><p>b</p><![endif]-->", false},
		{"ssi with double hyphen", "<p>a</p><!--#a--b--><p>b</p>", false},
		{"ssi empty", "<p>a</p><!--#--><p>b</p>", false},
		{"title self-closed", "<title/>x</title>", false},
		{"xmlns without prefix", "<html xmlns:=\"x\"></html>", false},
	} {
		// Twice: the second time, its start tags are cached.
		for range 2 {
			if got := checkKnownHTML(t, mf, k, c.doc); got != c.known {
				t.Errorf("%s: written %v, want %v", c.name, got, c.known)
			}
		}
	}
}

// FuzzKnownHTML: any document made of email markup that KnownHTML
// writes, it writes as the HTML minifier does, its start tags cached or
// not.
func FuzzKnownHTML(f *testing.F) {
	for i := range 30 {
		f.Add(uint64(i))
	}
	mf := NewMinifier()
	k := NewKnownHTML(testCSS(mf), nil)
	// Links and images read afresh, as email's are.
	kl := NewKnownHTML(testCSS(mf), func(tag []byte) bool {
		return !bytes.HasPrefix(tag, []byte("<a ")) && !bytes.HasPrefix(tag, []byte("<img "))
	})
	f.Fuzz(func(t *testing.T, seed uint64) {
		doc := randomEmail(rand.New(rand.NewPCG(seed, 7)))
		checkKnownHTML(t, mf, NewKnownHTML(testCSS(mf), nil), doc)
		checkKnownHTML(t, mf, k, doc)
		checkKnownHTML(t, mf, kl, doc)
	})
}

// randomEmail is a document of random email markup: tags, attributes,
// styles, SSI comments and text with the characters the minifier rewrites.
func randomEmail(r *rand.Rand) string {
	pick := func(s ...string) string { return s[r.IntN(len(s))] }
	var b strings.Builder
	b.WriteString(pick(emailHead+"<body>", "", "<!DOCTYPE html><html><head><title>t</title></head><body>"))
	for range 1 + r.IntN(30) {
		switch r.IntN(6) {
		case 0, 1:
			b.WriteString(pick("x", " ", "  ", "\n", "a b", "&amp;", "&#39;", "&#34;", "&lt;", "\u00a0", "\t", " y "))
		case 2:
			b.WriteString(pick("<!--#gen-ab-1-->", "<!--#x-->", "</p>", "</td>", "</a>", "</span>", "</table>", "<br/>", "</pre>"))
		default:
			tag := pick("p", "td", "tr", "table", "tbody", "a", "span", "div", "img", "pre", "h2", "strong", "meta", "link", "hr", "br")
			b.WriteString("<" + tag)
			for range r.IntN(4) {
				b.WriteString(" " + pick("style", "class", "width", "align", "cellpadding", "border", "valign", "bgcolor", "href", "src", "alt", "id", "xmlns:o", "xmlns", "http-equiv", "content", "role") + "=\"")
				b.WriteString(pick("", " ", "color:red", "margin:0 0 0 0; padding:0", "font-family:&#39;Segoe UI&#39;,Arial", "x", " a  b ", "HTTPS://X.example/?a=1&amp;b", "100%", "data:text/plain,x", "#fff", "&#34;q&#34;"))
				b.WriteString("\"")
			}
			b.WriteString(pick(">", "/>", " />"))
		}
	}
	b.WriteString(pick("</body></html>", "", "\n"))
	return b.String()
}

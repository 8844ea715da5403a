package output

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/markdown"
	"github.com/claritynotes/gen/internal/testutil"
)

// The renderers whose bodies pages carry: the site's, and one keeping raw
// HTML (markdown.unsafe).
var (
	siteMarkdown   = markdown.New(markdown.Options{HeadingAnchors: true})
	unsafeMarkdown = markdown.New(markdown.Options{HeadingAnchors: true, Unsafe: true})
)

// wrappers place a body in a page: the theme's own places, and every
// context where the minifier treats HTML other than as plain markup, or
// where the body's edges meet text, inline tags or the page's ends.
var wrappers = []struct{ name, before, after string }{
	{"article", "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>T</title>\n</head>\n<body>\n<article>\n  <div class=\"prose e-content\">\n      ",
		"\n    </div>\n    <nav class=\"pagenav\"><a href=\"/x/\">Older</a></nav>\n</article>\n</body>\n</html>\n"},
	{"article with a script", "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<script>var a = 1;</script>\n</head>\n<body>\n<article>\n  <div class=\"prose e-content\">\n      ",
		"\n    </div>\n</article>\n</body>\n</html>\n"},
	{"theme head", "<!doctype html>\n<html lang=\" en \">\n<head>\n  <meta charset=\"utf-8\">\n  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0, maximum-scale=05\">\n" +
		"  <meta name=\"keywords\" content=\"a, b,  c\">\n  <meta name=\"description\" content=\"It&#39;s &quot;x&quot; &amp; y  z\">\n  <meta property=\"og:title\" content=\" T \">\n" +
		"  <title>  A  &amp; B &lt;3 &#39;q&#39; </title>\n  <link rel=\" alternate \" type=\"Application/RSS+XML; charset=UTF-8\" title=\"T (RSS)\" href=\"HTTPS://x.example/feed.xml\">\n" +
		"</head>\n<body class=\"kind-article\">\n<header class=\"site-header\"><nav aria-label=\"Main\"><a aria-current=\"page\" href=\"/\">Home</a> <small>s</small></nav></header>\n" +
		"<main id=\"main\" tabindex=\"-1\"><article><p class=\"meta\"><time datetime=\" 2024-07-04 \">4 July</time> · 3 min</p>\n<div class=\"prose\">\n",
		"\n</div>\n<button class=\"b\">Go</button> <aside>x</aside></article></main>\n<footer class=\"site-footer\"><p>© 2026</p></footer>\n</body>\n</html>\n"},
	{"http-equiv", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>", "</body></html>"},
	{"home lede", `<main><div class="lede prose">`, `</div><p>After.</p></main>`},
	{"alone", "", ""},
	{"alone with newline", "", "\n"},
	{"text around", "<div>Lead text ", " trailing text</div>"},
	{"text and spaces around", "<div>  Lead \n text\t\n", "\n\n  trailing  text </div>"},
	{"inline around", "<div><span>x</span> ", " <em>y</em> z</div>"},
	{"inline end tags before", "<div><b><i>x ", "</i></b> after</div>"},
	{"empty phrasing before", "<div><i></i> ", " <i></i> </div>"},
	{"object around", `<div><img src="a.png"> `, ` <img src="b.png"></div>`},
	{"in p", "<p>Before ", " after</p>"},
	{"in pre", "<pre>", "</pre>"},
	{"in pre code", "<pre><code>  x\n", "\n</code></pre>"},
	{"after pre", "<pre>  x  </pre>\n", "\n"},
	{"in textarea", "<textarea>", "</textarea>"},
	{"in title", "<title>", "</title>"},
	{"in script", `<script>var x = "`, `";</script>`},
	{"in script typed", `<script type="text/template">`, `</script>`},
	{"in style", "<style>p{color:red}", "</style>"},
	{"in svg", "<svg><foreignObject>", "</foreignObject></svg>"},
	{"in math", "<math>", "</math>"},
	{"in iframe", "<iframe>", "</iframe>"},
	{"in noscript", "<noscript>", "</noscript>"},
	{"in xmp", "<xmp>", "</xmp>"},
	{"in plaintext", "<plaintext>", ""},
	{"in comment", "<!-- ", " -->"},
	{"in special comment", "<!--[if mso]>", "<![endif]-->"},
	{"in attribute", `<div title="`, `">x</div>`},
	{"in attribute unquoted", `<div title=`, `>x</div>`},
	{"in tag name", `<div`, `>x</div>`},
	{"in tag", `<div `, `>x</div>`},
	{"after attribute name", `<div hidden`, `>x</div>`},
	{"after attribute", `<div class="a"`, `>x</div>`},
	{"after attribute and space", `<div class="a" `, ` id="b">x</div>`},
	{"in end tag", `</div `, `>`},
	{"in p end tag", `<p>x</p `, `>`},
	{"after quoted text", `<div>He said "yes" `, ` and left.</div>`},
	{"after greater-than in a value", `<div title="a>b" `, ` id="c">x</div>`},
	{"in value after greater-than", `<div title="a>b `, `">x</div>`},
	{"in select", "<select>", "</select>"},
	{"in template", "<template>", "</template>"},
	{"twice", "<div>", "</div><div>{{BODY}}</div>"},
}

// checkPage minifies body placed by wrapper w with MinifyPageTo and
// with the HTML minifier alone, and fails unless the bytes are the same;
// it returns the way MinifyPageTo went.
func checkPage(t testing.TB, mf *Minifier, w int, body string) pagePath {
	t.Helper()
	page := []byte(wrappers[w].before + body + strings.ReplaceAll(wrappers[w].after, "{{BODY}}", body))
	return checkDocument(t, mf, wrappers[w].name, page, body)
}

// minifierOnly is the page minified by the HTML minifier alone, as
// MinifyTo did before the fragment minifier.
func minifierOnly(mf *Minifier, page []byte) []byte {
	var out bytes.Buffer
	done, err := mf.minify(&out, "text/html", page, false)
	if err != nil {
		return []byte("error: " + err.Error())
	}
	if !done {
		return page
	}
	return out.Bytes()
}

// checkDocument fails unless MinifyPageTo writes page, holding body, as
// the HTML minifier alone does, and unless MinifyTo does too; it returns
// the way MinifyPageTo went.
func checkDocument(t testing.TB, mf *Minifier, name string, page []byte, body string) pagePath {
	t.Helper()
	want := minifierOnly(mf, page)
	var whole []byte
	if err := mf.MinifyTo("index.html", page, func(b []byte) error {
		whole = bytes.Clone(b)
		return nil
	}); err != nil {
		whole = []byte("error: " + err.Error())
	}
	if !bytes.Equal(whole, want) {
		t.Fatalf("%s: MinifyTo:\npage %q\ngot  %q\nwant %q", name, page, whole, want)
	}
	var got []byte
	path, err := mf.minifyPage("index.html", page, body, func(b []byte) error {
		got = bytes.Clone(b)
		return nil
	})
	if err != nil {
		got = []byte("error: " + err.Error())
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s: way %d:\npage %q\ngot  %q\nwant %q", name, path, page, got, want)
	}
	return path
}

// splicesSmall lets every test body be spliced, however short.
func splicesSmall(t testing.TB) {
	old := minSplicedBody
	minSplicedBody = 1
	t.Cleanup(func() { minSplicedBody = old })
}

func render(t testing.TB, md *markdown.Renderer, src string) string {
	t.Helper()
	b := []byte(src)
	html, err := md.HTML(b, md.Parse(b))
	if err != nil {
		t.Fatal(err)
	}
	return html
}

// TestMinifyPageSpliceIsExact: over the sample site's pages, the
// benchmark corpus's and generated Markdown of every construct, in every
// wrapper, the spliced page is the whole page minified; and the
// ordinary pages are spliced, not left to the fallback.
func TestMinifyPageSpliceIsExact(t *testing.T) {
	splicesSmall(t)
	mf := NewMinifier()
	// The sample site's pages and the benchmark corpus's are all
	// spliced in the theme's place.
	var real []string
	files, err := filepath.Glob("../site/testdata/site/content/*/*.md")
	if err != nil || len(files) == 0 {
		t.Fatalf("sample site: %v (%d files)", err, len(files))
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		// The body, after the front matter.
		if _, body, ok := strings.Cut(strings.TrimPrefix(string(b), "---\n"), "\n---\n"); ok {
			real = append(real, body)
		}
	}
	for i := range 40 {
		if _, body, ok := strings.Cut(strings.TrimPrefix(testutil.CorpusPage(i), "---\n"), "\n---\n"); ok {
			real = append(real, body)
		}
	}
	if len(real) < 40 {
		t.Fatalf("only %d pages", len(real))
	}
	for _, doc := range real {
		body := render(t, siteMarkdown, doc)
		if path := checkPage(t, mf, 0, body); path != byKnownDocument {
			t.Errorf("page not minified as known markup (%d): %q", path, body)
		}
		if path := checkPage(t, mf, 1, body); path != bySplice && len(strings.TrimSpace(body)) >= minSplicedBody {
			t.Errorf("body not spliced (%d): %q", path, body)
		}
	}
	r := rand.New(rand.NewPCG(7, 7))
	docs := real
	for range 400 {
		docs = append(docs, randomMarkdown(r))
	}
	spliced := 0
	for _, doc := range docs {
		for _, md := range []*markdown.Renderer{siteMarkdown, unsafeMarkdown} {
			body := render(t, md, doc)
			for w := range wrappers {
				if checkPage(t, mf, w, body) == bySplice {
					spliced++
				}
			}
		}
	}
	// Most random bodies hold something the fragment minifier refuses
	// (raw HTML, data URIs, attributes of their own).
	if spliced < len(docs) {
		t.Errorf("only %d of %d pages spliced", spliced, len(docs)*2*len(wrappers))
	}
	t.Logf("%d of %d pages spliced", spliced, len(docs)*2*len(wrappers))
}

// TestMinifyPageFallsBack: the placeholder is not spliced where the
// minifier does not write it as plain markup; the theme's pages are
// minified by the fragment minifier whole.
func TestMinifyPageFallsBack(t *testing.T) {
	splicesSmall(t)
	mf := NewMinifier()
	body := render(t, siteMarkdown, "A  paragraph  with   spaces.\n\n> quoted \"text\" & more\n")
	for w, wr := range wrappers {
		path := checkPage(t, mf, w, body)
		spliced := path == bySplice
		switch wr.name {
		case "article", "theme head", "alone", "text around", "inline around", "twice":
			if path != byKnownDocument {
				t.Errorf("%s: not minified as known markup (%d)", wr.name, path)
			}
		case "in pre", "in pre code", "in textarea", "in title", "in script", "in script typed", "in style", "in svg",
			"in math", "in iframe", "in xmp", "in plaintext", "in comment", "in attribute", "in attribute unquoted",
			"in tag name", "in tag", "after attribute name", "after attribute", "after attribute and space", "in end tag", "in p end tag",
			"after greater-than in a value", "in value after greater-than":
			if spliced {
				t.Errorf("%s: spliced", wr.name)
			}
		case "article with a script":
			if !spliced {
				t.Errorf("%s: not spliced", wr.name)
			}
		}
	}
	for _, body := range []string{
		"<p>raw <span style=\"color:red\">html</span></p>\n", // a style the fragment minifier does not know
		"<p>a</p><!-- c -->\n<p>b</p>\n",                     // a comment of the author's
		"<p>a</p>\n<pre>open\n",                              // a pre left open
		"text first<p>a</p>\n",                               // not a block first
		"<p>a</p>\ntext last",                                // not a block last
		"<p><a href=\"data:text/plain,x\">a</a></p>\n",       // a data URI
		"<p><a name=\"x\" id=\"x\">a</a></p>\n",              // an attribute the minifier may drop
	} {
		if checkPage(t, mf, 1, body) == bySplice {
			t.Errorf("spliced %q", body)
		}
	}
}

// FuzzMinifyPageTo: for any Markdown, in any wrapper, MinifyPageTo
// writes what MinifyTo writes.
func FuzzMinifyPageTo(f *testing.F) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 20 {
		f.Add(randomMarkdown(r), uint8(i), i%2 == 0)
	}
	f.Add("# T\n\n<div>x</div>\n\nA &amp; B &quot;c&quot; &#39;d&#39;\n", uint8(0), true)
	splicesSmall(f)
	mf := NewMinifier()
	f.Fuzz(func(t *testing.T, src string, w uint8, unsafe bool) {
		md := siteMarkdown
		if unsafe {
			md = unsafeMarkdown
		}
		checkPage(t, mf, int(w)%len(wrappers), render(t, md, src))
	})
}

// randomMarkdown is a document of random blocks and inline constructs,
// with the characters and whitespace the minifier rewrites.
func randomMarkdown(r *rand.Rand) string {
	pick := func(s ...string) string { return s[r.IntN(len(s))] }
	inline := func() string {
		var b strings.Builder
		for range 1 + r.IntN(12) {
			switch r.IntN(24) {
			case 0:
				b.WriteString("*" + pick("em", "two words", "x") + "*")
			case 1:
				b.WriteString("**" + pick("strong", "a b", "&amp;") + "**")
			case 2:
				b.WriteString("`" + pick("code", "a  b", "<tag>", "x & y", "\"q\"") + "`")
			case 3:
				fmt.Fprintf(&b, "[%s](%s%s)", pick("link", "a *b*", ""), pick("https://example.com/a?b=1&c=2", "HTTP://EXAMPLE.com/", "HTTPS://x.example/", "/rel/", "#frag", "mailto:a@b.c", "data:text/plain,hi", " javascript:alert(1)", "<sp ace>"),
					pick("", ` "title"`, ` 'it''s'`, ` "a &amp; \"b\""`))
			case 4:
				fmt.Fprintf(&b, "![%s](%s)", pick("alt", "", "a \"q\" & b", "tab\there"), pick("/img.png", "https://x.example/i.png", "data:image/png;base64,AAAA"))
			case 5:
				b.WriteString(pick("&", "&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&ldquo;", "&copy;", "&#x21a9;", "&#65;", "&nbsp;", "&amp;amp;", "&bogus;", "& x"))
			case 6:
				b.WriteString(pick("<", ">", "\"", "'", "<<", ">>", "--", "---", "...", "\"quoted\"", "'single'"))
			case 7:
				b.WriteString(pick("  ", "   ", "\t", " \t "))
			case 8:
				b.WriteString(pick("  \n", "\\\n", "\n"))
			case 9:
				b.WriteString(pick("<span>raw</span>", "<b>x</b>", "<!-- c -->", "<i></i>", "<br>", "<br/>", `<a href="x">y</a>`, "<em>e</em>"))
			case 10:
				b.WriteString(pick("https://bare.example/path", "www.example.com", "<https://auto.example>", "<a@b.example>"))
			case 11:
				b.WriteString(pick("~~del~~", "H~2~O", "x^2^", "[^1]", "[^note]"))
			case 12:
				b.WriteString(pick("é", "—", "“", "\u00a0", "\u2028", "😀"))
			default:
				b.WriteString(pick("word", "some words", "The reader", "ends.", "x", "a-b"))
			}
			if r.IntN(3) > 0 {
				b.WriteString(" ")
			}
		}
		return b.String()
	}
	var b strings.Builder
	for range 1 + r.IntN(8) {
		switch r.IntN(16) {
		case 0:
			fmt.Fprintf(&b, "%s %s%s\n", strings.Repeat("#", 1+r.IntN(6)), inline(), pick("", " {#custom-id}", " {.cls}", " {#a .b .c}", ` {data-x="1"}`, ` {onclick="x()"}`))
		case 1:
			for range 1 + r.IntN(4) {
				fmt.Fprintf(&b, "%s %s%s\n", pick("-", "*", "1.", "3."), pick("", "[ ] ", "[x] "), inline())
				if r.IntN(4) == 0 {
					fmt.Fprintf(&b, "    - nested %s\n", inline())
				}
			}
		case 2:
			fmt.Fprintf(&b, "> %s\n> %s\n", inline(), inline())
		case 3:
			fmt.Fprintf(&b, "```%s\n%s\n\tindented\n  two  spaces &amp; <tag>\n```\n", pick("", "go", "js", "nolang", "html {linenos=true}"), inline())
		case 4:
			fmt.Fprintf(&b, "    indented code %s\n", inline())
		case 5:
			fmt.Fprintf(&b, "| a | b | c |\n|%s|%s|%s|\n| %s | %s | x |\n", pick("---", ":--"), pick(":-:", "---"), pick("--:", "---"), inline(), inline())
		case 6:
			b.WriteString(pick("---\n", "***\n", "* * *\n"))
		case 7:
			fmt.Fprintf(&b, "Term %s\n: Definition %s\n", inline(), inline())
		case 8:
			b.WriteString(pick("<div>block html</div>\n", "<!-- comment -->\n", "<script>alert(1)</script>\n", "<pre>\n  pre  html\n</pre>\n", "<table><tr><td>x</td></tr></table>\n", "<textarea>\nx\n</textarea>\n"))
		case 9:
			fmt.Fprintf(&b, "[^1]: Footnote %s\n", inline())
		default:
			b.WriteString(inline() + "\n")
			if r.IntN(2) == 0 {
				b.WriteString(inline() + "\n")
			}
		}
		b.WriteString(pick("\n", "\n\n", "\n   \n"))
	}
	return b.String()
}

// BenchmarkMinifyPage minifies a benchmark corpus page in the theme's
// place with the HTML minifier alone and with MinifyPageTo, and its body
// with the fragment minifier.
func BenchmarkMinifyPage(b *testing.B) {
	mf := NewMinifier()
	_, doc, _ := strings.Cut(strings.TrimPrefix(testutil.CorpusPage(5), "---\n"), "\n---\n")
	body := render(b, siteMarkdown, doc)
	page := []byte(wrappers[0].before + body + wrappers[0].after)
	discard := func([]byte) error { return nil }
	b.Run("minifier", func(b *testing.B) {
		b.SetBytes(int64(len(page)))
		for b.Loop() {
			minifierOnly(mf, page)
		}
	})
	b.Run("page", func(b *testing.B) {
		b.SetBytes(int64(len(page)))
		for b.Loop() {
			if _, err := mf.minifyPage("index.html", page, body, discard); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("fragment", func(b *testing.B) {
		var fm fragmentMinifier
		var dst []byte
		b.SetBytes(int64(len(body)))
		for b.Loop() {
			var ok bool
			if dst, ok = fm.minify(dst[:0], []byte(strings.TrimSpace(body))); !ok {
				b.Fatal("refused")
			}
		}
	})
}

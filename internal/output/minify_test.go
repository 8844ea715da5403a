package output

import (
	"encoding/xml"
	"strings"
	"testing"
)

func TestCompactXML(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"text references", `<a>say &#34;yes&#34;, it&#39;s&#xA;fine&#x9;ok</a>`, "<a>say \"yes\", it's\nfine\tok</a>"},
		{"markup escapes stay", `<a>&lt;p&gt; &amp;#34; &amp; &#xD;</a>`, `<a>&lt;p&gt; &amp;#34; &amp; &#xD;</a>`},
		{"attributes stay", `<a href="x?a=&#34;1&#34;" t='&#39;'>b</a>`, `<a href="x?a=&#34;1&#34;" t='&#39;'>b</a>`},
		{"CDATA stays", `<a><![CDATA[&#34; <p> &#39;]]></a>`, `<a><![CDATA[&#34; <p> &#39;]]></a>`},
		{"declaration and comments stay", "<?xml version=\"1.0\"?>\n<!-- &#34; --><a/>", "<?xml version=\"1.0\"?>\n<!-- &#34; --><a/>"},
		{"a lone ampersand at the end", `<a>x &#3</a>`, `<a>x &#3</a>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := compactXML([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("compactXML(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestCompactXMLKeepsMeaning: what encoding/xml writes reads back the same
// after compactXML.
func TestCompactXMLKeepsMeaning(t *testing.T) {
	type item struct {
		Title   string `xml:"title"`
		Link    string `xml:"link,attr"`
		Content string `xml:"content"`
	}
	in := item{Title: `You & "them" <3 it's`, Link: `https://x.example/?a="1"&b='2'`,
		Content: "<pre><code>func main() {\n\tfmt.Println(\"hi\")\n}\r\n</code></pre>"}
	src, err := xml.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	out, err := compactXML(src)
	if err != nil {
		t.Fatal(err)
	}
	var back item
	if err := xml.Unmarshal(out, &back); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	if back != in {
		t.Errorf("read back %+v, want %+v", back, in)
	}
	if len(out) >= len(src) {
		t.Errorf("compactXML saved nothing: %d bytes from %d", len(out), len(src))
	}
}

func TestHTMLTooCostly(t *testing.T) {
	page := "<!doctype html><html><body>" + strings.Repeat("<p>You &amp; me &ldquo;here&rdquo;.</p>\n", 20000) + "</body></html>"
	if HTMLTooCostly([]byte(page)) {
		t.Error("a page of short paragraphs with entities is called too costly")
	}
	long := "<!doctype html><html><body><p>" + strings.Repeat("you &amp; &ldquo;me&rdquo; ", 100000) + "</p></body></html>"
	if !HTMLTooCostly([]byte(long)) {
		t.Error("a 2.5 MB paragraph of entities is not called too costly")
	}
	got, err := NewMinifier().Minify("big/index.html", []byte(long))
	if err != nil || string(got) != long {
		t.Errorf("Minify changed a page too costly to minify (err %v)", err)
	}
	title := `<!doctype html><a title="` + strings.Repeat("&quot;", 500000) + `">x</a>`
	if !HTMLTooCostly([]byte(title)) {
		t.Error("an attribute of 500,000 entities is not called too costly")
	}
}

// TestHTMLTooCostlyShortcut: counting the document's references first
// (which skips the lexer) never lets through a page the lexer's count
// refuses, near the budget as well.
func TestHTMLTooCostlyShortcut(t *testing.T) {
	for _, n := range []int{0, 1, 100, 300, 1000, 5000, 20000, 100000} {
		for _, unit := range []string{"you &amp; me ", `<a title="&quot;">&lt;</a>`, "plain words "} {
			doc := []byte("<!doctype html><p>" + strings.Repeat(unit, n) + "</p>")
			budget := decodeBudgetPerByte*len(doc) + decodeBudgetBase
			if lexed := decodeWorkOver(doc[:len(doc):len(doc)], budget); HTMLTooCostly(doc) != lexed {
				t.Errorf("%d × %q: HTMLTooCostly = %v, the lexer's count says %v", n, unit, !lexed, lexed)
			}
		}
	}
}

// TestMinifyTo: MinifyTo hands its caller what Minify returns, for every
// kind of file, one call after another through its reused buffers, and
// the bytes it was given are never written to.
func TestMinifyTo(t *testing.T) {
	long := "<!doctype html><p>" + strings.Repeat("you &amp; &ldquo;me&rdquo; ", 100000) + "</p>"
	files := []struct{ name, src string }{
		{"index.html", "<!doctype html>\n<html>\n  <body>\n    <p>Hello,   <b>you</b>.</p>\n  </body>\n</html>\n"},
		{"a/index.html", "<p>Short</p>"},
		{"index.html", "<p>" + strings.Repeat("a longer page than the one before it ", 2000) + "</p>"},
		{"too/index.html", long},
		{"style.css", "body {\n  color : red ;\n}\n"},
		{"feed.xml", "<rss><title>A &#34;quote&#34;</title></rss>"},
		{"data.json", "{ \"a\" : [ 1, 2 ] }"},
		{"photo.png", "\x89PNG not minified"},
	}
	mf := NewMinifier()
	for _, f := range files {
		want, err := mf.Minify(f.name, []byte(f.src))
		if err != nil {
			t.Fatalf("Minify(%s): %v", f.name, err)
		}
		in := []byte(f.src)
		var got []byte
		if err := mf.MinifyTo(f.name, in, func(b []byte) error {
			got = append([]byte(nil), b...)
			return nil
		}); err != nil {
			t.Fatalf("MinifyTo(%s): %v", f.name, err)
		}
		if string(got) != string(want) {
			t.Errorf("MinifyTo(%s) = %.80q, Minify = %.80q", f.name, got, want)
		}
		if string(in) != f.src {
			t.Errorf("MinifyTo(%s) wrote to its input", f.name)
		}
	}
}

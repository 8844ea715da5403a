package markdown

import (
	"bytes"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
)

// TestDangerousURLMatchesGoldmark compares dangerousURL with goldmark's
// html.IsDangerousURL, in every case and with bytes that are not ASCII
// where a prefix's letters stand (ſ and K lower or fold to ASCII).
func TestDangerousURLMatchesGoldmark(t *testing.T) {
	urls := []string{"", "https://example.com", "javascript:alert(1)", "JavaScript:x", "JAVASCRIPT:", "javascript",
		"vbscript:x", "VBScript:x", "file:///etc/passwd", "FILE:x", "data:text/html,x", "DATA:x", "data:",
		"data:image/png;base64,x", "data:image/PNG;x", "DATA:IMAGE/GIF;x", "data:image/jpeg;x", "data:image/webp;x",
		"data:image/svg+xml;x", "data:image/", "data:image", "javaſcript:x", "\u212Aavascript:x", "fİle:x",
		"java\x00script:x", " javascript:x", "mailto:a@b.c", "/relative", "#frag", "data:image/pn", "jav\xffascript:"}
	for _, u := range urls {
		if got, want := dangerousURL([]byte(u)), html.IsDangerousURL([]byte(u)); got != want {
			t.Errorf("dangerousURL(%q) = %v, goldmark %v", u, got, want)
		}
	}
}

// TestLinksRenderAsGoldmark renders links with every kind of destination,
// title and attribute through linkRenderer and through goldmark's own
// renderer, safe and unsafe.
func TestLinksRenderAsGoldmark(t *testing.T) {
	src := []byte(`[plain](https://example.com/a?b=1&c=2) [spaced](<a b> "T & \"q\"") [js](javascript:alert(1))
[JS](JAVASCRIPT:x) [img data](data:image/png;base64,AAA) [data](data:text/html,x) [esc](/a\*b "it's")
[ent](/&amp;x&#x41;) [uni](/café) [empty]() [ref][r] [*emph* **strong**](/e) [x](/x){#id .c}

[r]: /ref "Ref title"
`)
	for _, unsafe := range []bool{false, true} {
		r := New(Options{Unsafe: unsafe})
		doc := r.Parse(src)
		got, err := r.HTML(src, doc)
		if err != nil {
			t.Fatal(err)
		}
		var opts []renderer.Option
		if unsafe {
			opts = append(opts, html.WithUnsafe())
		}
		var want bytes.Buffer
		if err := goldmark.New(goldmark.WithRendererOptions(opts...)).Renderer().Render(&want, src, doc); err != nil {
			t.Fatal(err)
		}
		if got != want.String() {
			t.Errorf("unsafe %v:\n got: %s\nwant: %s", unsafe, got, want.String())
		}
	}
}

package content

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode"

	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/markdown"
)

// FuzzParse feeds any bytes to the front matter and Markdown reader. It
// may refuse a file, but only with an error that names the file and a
// position inside it; a file it accepts has its parts in order inside
// the source. Run with: go test -run='^$' -fuzz=FuzzParse ./internal/content
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: \"Hello\"\ndate: 2025-01-02\ntags: [a, b]\ncta: {text: \"Go\", url: \"/x/\"}\n---\nBody *text*.\n",
		"+++\ntitle = \"T\"\n[cta]\ntext = \"x\"\n+++\n\nBody\n",
		"{\n  \"title\": \"J\"\n}\n\nBody\n",
		"{\"title\": \"one line\"}\n",
		"\ufeff---\ntitle: BOM\n---\n",
		"---\na: &a [*a, *a, *a]\nb: &b [*a, *a]\n---\n",
		"---\ntitle: [unclosed\n---\n",
		"---\r\ntitle: CRLF\r\n---\r\n\r\nA\r\n",
		"No front matter at all.\n\n- a\n  - b\n",
		"---\ncta:\n  text: \"Go --><img src=x onerror=alert(1)><!-- you\"\n  url: \"javascript:alert(1)\"\n---\n",
		"---\n---\n",
		"---",
		"",
	} {
		f.Add([]byte(s))
	}
	md := markdown.New(markdown.Options{})
	f.Fuzz(func(t *testing.T, src []byte) {
		p, err := Parse(md, "content/fuzz.md", src)
		if err != nil {
			if !strings.Contains(err.Error(), "content/fuzz.md") {
				t.Fatalf("error does not name the file: %v", err)
			}
			var de *diag.Error
			if errors.As(err, &de) {
				lines := bytes.Count(src, []byte("\n")) + 1
				if de.Line < 0 || de.Line > lines || de.Col < 0 {
					t.Fatalf("error at %d:%d, outside the file's %d lines: %v", de.Line, de.Col, lines, err)
				}
			}
			return
		}
		if !(0 <= p.FrontStart && p.FrontStart <= p.FrontEnd && p.FrontEnd <= p.BodyOffset && p.BodyOffset <= len(src)) {
			t.Fatalf("parts out of order: front %d..%d, body at %d, %d bytes", p.FrontStart, p.FrontEnd, p.BodyOffset, len(src))
		}
		if !bytes.Equal(p.Body, src[p.BodyOffset:]) {
			t.Fatal("Body is not the source after BodyOffset")
		}
		if p.AST == nil {
			t.Fatal("no AST")
		}
	})
}

// FuzzSlugify checks a slug is a clean URL segment: letters and digits
// joined by single dashes, lower case, and unchanged by slugifying again.
func FuzzSlugify(f *testing.F) {
	for _, s := range []string{"Hello, World!", "C++ and C#", "Don't panic", "  --a--b--  ", "日本語 タイトル", "İstanbul", "ǅemal", "../../etc/passwd", "feed.xml"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		slug := Slugify(s)
		if strings.HasPrefix(slug, "-") || strings.HasSuffix(slug, "-") || strings.Contains(slug, "--") {
			t.Fatalf("Slugify(%q) = %q: stray dash", s, slug)
		}
		for _, r := range slug {
			if r != '-' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				t.Fatalf("Slugify(%q) = %q: %q is not a letter, digit or dash", s, slug, r)
			}
		}
		if again := Slugify(slug); again != slug {
			t.Fatalf("Slugify(%q) = %q, but Slugify(%q) = %q", s, slug, slug, again)
		}
	})
}

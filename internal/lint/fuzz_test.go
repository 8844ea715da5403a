package lint

import (
	"testing"
	"unicode/utf8"

	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/markdown"
)

// FuzzExtract lints any file's text extraction: no panic, and every block
// and token lies inside the file, starts on a character boundary and
// points at valid indexes. Run with:
// go test -run='^$' -fuzz=FuzzExtract ./internal/lint
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: \"A zebra \\\"quoted\\\"\"\ndescription: plain # comment\ncta: {text: \"Meet us\", url: \"https://x\"}\n---\n\nBody *zebra*.\n",
		"+++\ntitle = \"A zebra\"\n[cta]\ntext = \"zebra time\"\n+++\n\nBody.",
		"{\n  \"title\": \"J\"\n}\n\nBody.",
		"First line.\r\nA zebra\r\nand naïve café.\r\n\r\n- zebra\r\n",
		"| a | b |\n|---|---|\n| zebra | x |\n\n> quote\n\n```\ncode\n```\n",
		"Don't \"panic\" -- it's fine... <span title=\"x\">y</span> <!-- gen-lint disable-next -->\n\nNext [^1].\n\n[^1]: Note.",
		"- a\n  - b\n    - c\n      1. d\n",
		"Ünïcödé — 日本語 then zebra.  \nhard\\\nbreak",
	} {
		f.Add([]byte(s))
	}
	md := markdown.New(markdown.Options{TextOnly: true})
	f.Fuzz(func(t *testing.T, src []byte) {
		p, err := content.Parse(md, "fuzz.md", src)
		if err != nil {
			return
		}
		text := Extract(p)
		n := len(p.Source)
		inside := func(what string, i, start, end int) {
			if start < 0 || start > end || end > n {
				t.Fatalf("%s %d spans %d..%d, outside the file's %d bytes", what, i, start, end, n)
			}
			if start < n && !utf8.RuneStart(p.Source[start]) || end < n && !utf8.RuneStart(p.Source[end]) {
				t.Fatalf("%s %d spans %d..%d, inside a character", what, i, start, end)
			}
		}
		for i, b := range text.Blocks {
			inside("block", i, b.Start, b.End)
			if b.Tok0 < 0 || b.Tok0 > b.Tok1 || b.Tok1 > len(text.Tokens) || b.Sent0 < 0 || b.Sent0 > b.Sent1 || b.Sent1 > len(text.Sentences) {
				t.Fatalf("block %d has token range %d..%d of %d, sentences %d..%d of %d", i, b.Tok0, b.Tok1, len(text.Tokens), b.Sent0, b.Sent1, len(text.Sentences))
			}
		}
		for i, tok := range text.Tokens {
			inside("token", i, int(tok.Start), int(tok.End))
			if tok.Block < 0 || int(tok.Block) >= len(text.Blocks) {
				t.Fatalf("token %d is in block %d of %d", i, tok.Block, len(text.Blocks))
			}
		}
		for i, s := range text.Sentences {
			if s.Tok0 < 0 || s.Tok0 > s.Tok1 || s.Tok1 > len(text.Tokens) || s.Block < 0 || s.Block >= len(text.Blocks) {
				t.Fatalf("sentence %d has tokens %d..%d of %d, block %d of %d", i, s.Tok0, s.Tok1, len(text.Tokens), s.Block, len(text.Blocks))
			}
		}
	})
}

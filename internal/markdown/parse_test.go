package markdown

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// linkifyCases are bodies where bare links and the syntax around them
// interact: Parse must give exactly the AST of a parse with GFM's
// bare-URL links always on.
var linkifyCases = []string{
	"No links at all, just words.",
	"Visit https://example.com today.",
	"Visit http://example.com/a_b_c?x=1&y=2.",
	"Try www.example.com/path or ftp://files.example.com.",
	"Write to sam@example.com, or to a_b.c@example.co.uk!",
	"An [inline link](https://example.com) and a <https://example.com/auto> one.",
	"[unclosed](https://example.com and text",
	"](https://example.com) after a stray bracket",
	"*https://example.com/emph* and _www.example.com_ and ~~http://x.io~~",
	"(https://example.com/in-parens) and (www.example.com)",
	"Code `https://example.com` and ``sam@example.com`` stay code.",
	"```\nhttps://example.com in a code block\n```\n\nthen www.example.com",
	"    indented https://example.com code\n\nand text",
	"<div>https://example.com in HTML</div>\n\nand <span>www.example.com</span>",
	"Email o'neil@example.com and \"quoted\" www.example.com.",
	"A URL at the end https://example.com/x).",
	"@handle and @ alone and a@b, mid@word.",
	"www. alone, ://alone, http:// alone.",
	"> quoted https://example.com\n\n- item www.example.com\n- item sam@example.com",
	"| a | b |\n|---|---|\n| https://example.com | sam@example.com |",
	"Footnote[^1].\n\n[^1]: See https://example.com.",
	"Term\n: www.example.com is the definition.",
	"![image](https://example.com/x.png) and ![alt www.example.com](y.png)",
	"[label www.example.com](https://example.com) and [sam@example.com](mailto:sam@example.com)",
	"Line one https://example.com\nline two www.example.com  \nline three a@b.co",
	"&amp;https://example.com and \\*www.example.com\\*",
}

// plainRunCases are bodies where runs of plain text meet inline syntax,
// line ends, escapes and padding (see plainRuns).
var plainRunCases = []string{
	"One plain line.",
	"Two plain\nlines, soft break.",
	"Hard break with spaces  \nand on.",
	"Hard break, CRLF  \r\nand on.\r\nSoft CRLF\r\nend.",
	"Three spaces   \nand a tab\t\nend",
	"Backslash break\\\nand on.",
	"Escaped\\ space and \\*not emphasis\\* and a\\\\ double.",
	"An escaped space before an escape: a\\ \\*b* c",
	"Text *emphasis* and **strong** and _under_ and mid*word*s.",
	"A `code` span, a [link](/x \"t\") and ![an image](/i.png) then text.",
	"Inline <span>HTML</span> and <https://example.com> and << angles >>.",
	"~~struck~~ text, a footnote[^1] and a [ref][r].\n\n[^1]: Note.\n\n[r]: /r",
	"Ends with syntax `x`  \nafter a hard break.",
	"- [ ] task\n- [x] done item  \n  continued",
	"- a list item\n\tand a tab-indented line\n\n>\tquoted tab",
	"Trailing spaces at the very end   ",
	"Punctuation: a, b; c? (d) 'e' \"f\" g-h i/j 50% #1 +2 =3 $4 @me & co.",
	"Non-ASCII: café, naïve — “quoted” … and 😀 emoji.",
	"# Heading with *style* {#id}\n\nSetext heading\n===",
	"| a | b |\n|---|---|\n| *x* | `y` |",
	"Term\n: Definition with [link](/d).",
	"Line with a lone \r carriage return.",
	"Dashes: a-b, a--b, a---b, a - b, a -- b, trailing -\nand --\nand a lone -",
	"Periods: end. Wait... two.. 1.5 e.g. and a lone .\nDots at the end..",
	"Commas: a, b,, c,d ,\nand a comma at the end,",
	"Quotes: it's, 'twas, '90s, \"said\", Smiths' 'single' \"double\" and a'b\"c",
	"Mixed: \"it's -- really...\" she said, <<quoted>> -- and done.",
}

// TestParseMatchesLinkifyParse checks the parse shortcut on the cases
// above and on every Markdown file of the sample site and the lint corpus
// (the repository's own, and the shared one when it is beside the repository).
// It also checks plainRuns, which only the parse without bare-URL links
// has, and for rendering parses that the HTML is the same.
func TestParseMatchesLinkifyParse(t *testing.T) {
	docs := map[string][]byte{}
	for i, c := range linkifyCases {
		docs[fmt.Sprintf("case %d", i)] = []byte(c)
	}
	for i, c := range plainRunCases {
		docs[fmt.Sprintf("plain run case %d", i)] = []byte(c)
	}
	for _, dir := range []string{"../../content", "../lint/testdata/corpus"} {
		readMarkdown(t, dir, docs)
	}
	if len(docs) < len(linkifyCases)+len(plainRunCases)+100 {
		t.Fatalf("only %d documents found", len(docs))
	}
	sameAsLinkifyParse(t, docs)
	t.Run("shared lint corpus", func(t *testing.T) {
		const shared = "../../../shared/lint-corpus"
		if _, err := os.Stat(shared); err != nil {
			t.Skipf("optional outside data %s not found beside the repository; the repository's own corpus was checked", shared)
		}
		more := map[string][]byte{}
		readMarkdown(t, shared, more)
		sameAsLinkifyParse(t, more)
	})
}

// readMarkdown adds every .md file under dir to docs.
func readMarkdown(t *testing.T, dir string, docs map[string][]byte) {
	t.Helper()
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(p, ".md") {
			return err
		}
		data, err := os.ReadFile(p)
		docs[p] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// sameAsLinkifyParse checks that Parse gives each document the AST of a
// parse with GFM's bare-URL links always on, with and without TextOnly,
// and the same HTML.
func sameAsLinkifyParse(t *testing.T, docs map[string][]byte) {
	t.Helper()
	for _, opts := range []Options{{}, {TextOnly: true}} {
		r := New(opts)
		for name, src := range docs {
			doc, linkified := r.Parse(src), r.md.Parser().Parse(text.NewReader(src))
			got, want := dump(doc, src), dump(linkified, src)
			if got != want {
				t.Errorf("%s (%+v): AST differs from the linkify parse\n got: %s\nwant: %s", name, opts, got, want)
			}
			if opts.TextOnly {
				continue
			}
			// The text nodes may be split differently (see dump); the
			// HTML must be the same.
			gotHTML, err := r.HTML(src, doc)
			if err != nil {
				t.Fatal(err)
			}
			wantHTML, err := r.HTML(src, linkified)
			if err != nil {
				t.Fatal(err)
			}
			if gotHTML != wantHTML {
				t.Errorf("%s (%+v): HTML differs from the linkify parse's\n got: %s\nwant: %s", name, opts, gotHTML, wantHTML)
			}
		}
	}
}

// dump writes an AST as kinds, texts and link targets. Adjacent text
// nodes that continue each other are written as one: where goldmark splits
// a run of text depends on which inline parsers it tried, which changes
// neither the HTML nor the text.
func dump(doc ast.Node, src []byte) string {
	var b strings.Builder
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		b.WriteString("(" + n.Kind().String())
		switch x := n.(type) {
		case *ast.AutoLink:
			fmt.Fprintf(&b, " %q", x.URL(src))
		case *ast.Link:
			fmt.Fprintf(&b, " %q", x.Destination)
		case *ast.String:
			fmt.Fprintf(&b, " %q", x.Value)
		}
		for _, a := range n.Attributes() {
			fmt.Fprintf(&b, " %s=%q", a.Name, a.Value)
		}
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			t, ok := c.(*ast.Text)
			if !ok {
				walk(c)
				continue
			}
			start := t.Segment.Start
			for {
				next, ok := t.NextSibling().(*ast.Text)
				if !ok || t.SoftLineBreak() || t.HardLineBreak() || t.IsRaw() != next.IsRaw() || next.Segment.Start != t.Segment.Stop {
					break
				}
				t = next
			}
			fmt.Fprintf(&b, "(Text %q %v %v)", src[start:t.Segment.Stop], t.SoftLineBreak(), t.HardLineBreak())
			c = t
		}
		b.WriteString(")")
	}
	walk(doc)
	return b.String()
}

// TestTextOnlyHasNoHeadingIDs: TextOnly skips generated heading IDs but
// keeps the rest of the AST.
func TestTextOnlyHasNoHeadingIDs(t *testing.T) {
	src := []byte("## A heading\n\nText.\n\n## Another {#custom}\n")
	full, textOnly := New(Options{}).Parse(src), New(Options{TextOnly: true}).Parse(src)
	if ids := Headings(full, src); ids[0].ID != "a-heading" || ids[1].ID != "custom" {
		t.Errorf("rendering parse IDs: %+v", ids)
	}
	if ids := Headings(textOnly, src); ids[0].ID != "" || ids[1].ID != "custom" {
		t.Errorf("text-only parse IDs: %+v", ids)
	}
}

// TestParserMatchesGoldmark checks that newParser, with its own link
// reference definitions and headings, parses as goldmark's default parser.
func TestParserMatchesGoldmark(t *testing.T) {
	cases := []string{
		"# Title\n\n## Section 1: the plan ##\n\n### With {#custom-id .lead}\n",
		"## Braces { in } text\n\n## Escaped \\{#not-an-id}\n\n## Trailing {#x} text\n",
		"#No space\n\n#\n\n####### seven\n\n   ### indented\n\n    # code\n",
		"Setext {#s}\n===\n\n# Same title\n\n# Same title\n",
		"- ## In a list {.c}\n> ## In a quote\n",
		"[a]: https://example.com\n\nSee [a].",
		"   [a]: /x \"title\"\n[b]: /y\n\n[a] and [b]",
		"\t[a]: /x\n\n[a]",
		"Text first\n[a]: /x\n\n[a] stays text",
		"[a]: /x\nthen text\n\n[a]",
		"[not a definition] at all",
		"[a]:\n/x\n\n[a] across lines",
		"> [q]: /quoted\n\n[q]",
		"- [i]: /in-item\n\n[i]",
		"[a]: </with space> 'title'\n\n[a]",
		"    [code]: /indented-is-code\n\n[code]",
		"\n\n  \n[late]: /x\n\n[late]",
	}
	for _, autoIDs := range []bool{false, true} {
		opts := []parser.Option{parser.WithAttribute()}
		if autoIDs {
			opts = append(opts, parser.WithAutoHeadingID())
		}
		ours := newParser(autoIDs)
		ours.AddOptions(opts...)
		theirs := parser.NewParser(append(opts,
			parser.WithBlockParsers(parser.DefaultBlockParsers()...),
			parser.WithInlineParsers(parser.DefaultInlineParsers()...),
			parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...),
		)...)
		for i, c := range cases {
			src := []byte(c)
			got, want := dump(ours.Parse(text.NewReader(src)), src), dump(theirs.Parse(text.NewReader(src)), src)
			if got != want {
				t.Errorf("case %d %q (auto IDs %v):\n got: %s\nwant: %s", i, c, autoIDs, got, want)
			}
		}
	}
}

// TestPlainStopHasEveryTrigger: plainRuns must stop before every byte
// where another inline parser can start: those of a text-only parse for
// plainStop, and those of the rendering parse, the Typographer's among
// them, for typographicStop. Where a table stops only before a doubled
// byte, every parser starting at that byte must give nothing when the
// byte is not doubled.
func TestPlainStopHasEveryTrigger(t *testing.T) {
	common := []parser.InlineParser{extension.NewStrikethroughParser(),
		extension.NewFootnoteParser(), extension.NewTaskCheckBoxParser(), footnoteRefs{}}
	for _, p := range parser.DefaultInlineParsers() {
		common = append(common, p.Value.(parser.InlineParser))
	}
	for _, c := range []struct {
		name    string
		stop    *[256]uint8
		parsers []parser.InlineParser
	}{
		{"plainStop", &plainStop, append(slices.Clip(common), angleQuotes{})},
		{"typographicStop", &typographicStop, append(slices.Clip(common), extension.NewTypographerParser())},
	} {
		for _, p := range c.parsers {
			for _, b := range p.Trigger() {
				switch c.stop[b] {
				case runOn:
					t.Errorf("%s: %T starts at %q, which plainRuns would take as plain text", c.name, p, b)
				case runStopTwo:
					for next := range 257 {
						src := []byte{'a', b}
						if next < 256 {
							if byte(next) == b || next == '\n' {
								continue
							}
							src = append(src, byte(next), 'z', 'z', 'z')
						}
						src = append(src, '\n')
						block := text.NewReader(src)
						block.Advance(1)
						pc := parser.NewContext()
						if n := p.Parse(ast.NewParagraph(), block, pc); n != nil {
							t.Errorf("%s: %T parses %q as %s, but plainRuns takes a lone %q as plain text", c.name, p, src[1:], n.Kind(), b)
						}
					}
				}
			}
		}
		if c.stop['\\'] != runStop || c.stop['\n'] != runStop {
			t.Errorf("%s: plainRuns must stop at escapes and line ends", c.name)
		}
	}
}

// TestTaskCheckBoxNamedByItsText checks that a task list checkbox carries
// its item's text, markup removed and escaped, as its accessible name.
func TestTaskCheckBoxNamedByItsText(t *testing.T) {
	tests := []struct{ src, want string }{
		{"- [ ] Ask *why* twice\n", `<input type="checkbox" disabled="" aria-label="Ask why twice"> Ask <em>why</em> twice`},
		{"- [x] Ship it\n", `<input type="checkbox" disabled="" checked="" aria-label="Ship it"> Ship it`},
		{"- [ ] Say \"no\" <b>kindly</b> & `soon`\n", `aria-label="Say “no” kindly &amp; soon"`},
		{"- [ ]\n", `<input type="checkbox" disabled=""> `},
	}
	r := New(Options{})
	for _, tt := range tests {
		src := []byte(tt.src)
		got, err := r.HTML(src, r.Parse(src))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(got, tt.want) {
			t.Errorf("%q renders\n%s\nwant it to contain\n%s", tt.src, got, tt.want)
		}
	}
}

// TestWordCountMatchesFields checks that WordCount counts what
// strings.Fields finds in PlainText, without making the text.
func TestWordCountMatchesFields(t *testing.T) {
	r := New(Options{})
	for _, src := range []string{
		"",
		"One.",
		"Two words\nacross lines and a  double  space.",
		"# A heading\n\nA *styled* **word** and `code span` and [a link](/x).",
		"- one\n- two three\n\n> quoted words\n\n```\ncode is not counted? it is\n```\n",
		"A \"quote\" -- and... an em space\u2003here, non\u00a0breaking.",
		"<b>raw</b> html &amp; entities&nbsp;here",
		"| a | b c |\n|---|---|\n| d | e |\n",
		"tab\tvertical\vfeed\fcarriage\rreturn",
		"h\u00e9llo w\u00f6rld\u0085next\u00a0word \u00e9t\u00e9 caf\u00e9s",
		"\u4e16\u754c and\u3000ideographic space",
	} {
		doc := r.Parse([]byte(src))
		want := len(strings.Fields(PlainText(doc, []byte(src))))
		if got := WordCount(doc, []byte(src)); got != want {
			t.Errorf("WordCount(%q) = %d, want %d (strings.Fields of PlainText)", src, got, want)
		}
	}
}

// TestFirstLine: a paragraph's first line as PlainText writes it, the
// Typographer's quotes and dashes as characters.
func TestFirstLine(t *testing.T) {
	r := New(Options{})
	for _, tc := range []struct{ src, want string }{
		{"Hi *there*,\nsecond line", "Hi there,"},
		{"\"Cheers,\" she said -- Maya\nnext", "\u201cCheers,\u201d she said \u2013 Maya"},
		{"A [link](/x) and `code`  \nhard break", "A link and code"},
		{"One line only", "One line only"},
	} {
		para := r.Parse([]byte(tc.src)).FirstChild()
		if got := FirstLine(para, []byte(tc.src)); got != tc.want {
			t.Errorf("FirstLine(%q) = %q, want %q", tc.src, got, tc.want)
		}
	}
}

// TestWordCounterMatchesFields checks the word counter, which reads
// eight ASCII bytes at a time, against strings.Fields on text of spaces,
// letters and multi-byte runes, written to it in pieces that cut words
// anywhere (but not runes: text nodes end between runes).
func TestWordCounterMatchesFields(t *testing.T) {
	alphabet := []string{" ", "\t", "\n", "\v", "\f", "\r", "\x1c", "\x00", "\x7f", "a", "Z", "9", ".", "-",
		"\u00a0", "\u0085", "\u3000", "\u00e9", "\u4e16", "\xff"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		var b strings.Builder
		for n := rng.IntN(60); n > 0; n-- {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		src := b.String()
		var c wordCounter
		for rest := []byte(src); len(rest) > 0; {
			k := 1 + rng.IntN(len(rest))
			for k < len(rest) && !utf8.RuneStart(rest[k]) {
				k++
			}
			c.Write(rest[:k])
			rest = rest[k:]
		}
		if want := len(strings.Fields(src)); c.words != want {
			t.Fatalf("wordCounter counts %d words in %q, strings.Fields %d", c.words, src, want)
		}
	}
}

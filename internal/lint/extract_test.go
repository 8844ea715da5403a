package lint

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/markdown"
)

func TestExtractUnits(t *testing.T) {
	p := parse(t, "---\ntitle: The title\n---\n\n# Head\n\nOne two. Three four!\n\n- a\n- b\n\n> quoted\n\n## Last\n\nEnd.")
	tx := Extract(p)
	var kinds []string
	for _, u := range tx.Units {
		kinds = append(kinds, map[BlockKind]string{KindMeta: "meta", KindHeading: "h", KindParagraph: "p"}[u.Kind])
	}
	if got := strings.Join(kinds, " "); got != "meta h p p h p" {
		t.Errorf("units %q", got)
	}
	if tx.Units[3].Blk1-tx.Units[3].Blk0 != 2 {
		t.Errorf("a list is one unit of two blocks: %+v", tx.Units[3])
	}
	var sentences []string
	for _, s := range tx.Sentences {
		sentences = append(sentences, tx.PhraseText(tx.Tokens[s.Tok0:s.Tok1]))
	}
	if got := strings.Join(sentences, "|"); got != "The title|Head|One two|Three four|a|b|Last|End" {
		t.Errorf("sentences %q", got)
	}
	if tx.Blocks[len(tx.Blocks)-1].Section != 2 || tx.Blocks[0].Section != -1 {
		t.Errorf("sections: %+v", tx.Blocks)
	}
}

func TestTokenize(t *testing.T) {
	p := parse(t, "We're #1 at 100% — best-in-class, v3.0 and 4,000 users!!! Dr. Smith agrees. U.S. law.")
	var got []string
	x := Extract(p)
	for _, tk := range x.Tokens {
		s := x.Norm(&tk)
		if tk.Joined() {
			s = "+" + s
		}
		got = append(got, s)
	}
	want := "we're #1 at 100% best +in +class , v3 . 0 and 4,000 users !!! dr . smith agrees . u . s . law ."
	if strings.Join(got, " ") != want {
		t.Errorf("tokens\n got %q\nwant %q", strings.Join(got, " "), want)
	}
}

func TestPositionsMatchLineCol(t *testing.T) {
	src := []byte("ab\ncdé\n\n日本語 x\r\nlast")
	pos := newPositions(src)
	for off := 0; off <= len(src); off++ {
		if off < len(src) && !utf8.RuneStart(src[off]) {
			continue // offsets always fall on rune boundaries
		}
		l1, c1 := pos.at(off)
		l2, c2 := diag.LineCol(src, off)
		if l1 != l2 || c1 != c2 {
			t.Errorf("offset %d: %d:%d, diag.LineCol %d:%d", off, l1, c1, l2, c2)
		}
	}
	for off := len(src); off >= 0; off-- { // out of order too
		if off < len(src) && !utf8.RuneStart(src[off]) {
			continue
		}
		l1, c1 := pos.at(off)
		l2, c2 := diag.LineCol(src, off)
		if l1 != l2 || c1 != c2 {
			t.Errorf("offset %d backwards: %d:%d, diag.LineCol %d:%d", off, l1, c1, l2, c2)
		}
	}
}

// TestAutoLinkAsLinkText: an autolink written as a link's text is that
// link's words, at their source offsets, as the same URL written plainly
// in the brackets is; a bare autolink stays out of the copy.
func TestAutoLinkAsLinkText(t *testing.T) {
	links := func(src string) string {
		x := Extract(parse(t, src))
		var b strings.Builder
		for _, tk := range x.Tokens {
			fmt.Fprintf(&b, "%s@%d-%d/%v ", x.Word(&tk), tk.Start, tk.End, tk.Link())
		}
		return b.String()
	}
	for _, c := range []struct{ src, want string }{
		{"Grab a copy: [<https://shop.example/b>](https://shop.example/b) now.",
			"Grab@0-4/false a@5-6/false copy@7-11/false :@11-12/false https@15-20/true :@20-21/false shop@23-27/true " +
				".@27-28/false example@28-35/true b@36-37/true now@64-67/false .@67-68/false "},
		{"Write [<hi@shop.example>](mailto:hi@shop.example).",
			"Write@0-5/false hi@8-10/true shop@11-15/true .@15-16/false example@16-23/true .@49-50/false "},
		{"Grab a copy: <https://shop.example/b> now.",
			"Grab@0-4/false a@5-6/false copy@7-11/false :@11-12/false now@38-41/false .@41-42/false "},
	} {
		if got := links(c.src); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.src, got, c.want)
		}
	}
	plain := links("Grab a copy: [https://shop.example/b](https://shop.example/b) now.")
	angled := links("Grab a copy: [<https://shop.example/b>](https://shop.example/b) now.")
	if strings.Count(plain, "/true") != strings.Count(angled, "/true") {
		t.Errorf("link words differ:\n%s\n%s", plain, angled)
	}
}

// TestWordHashes: the tokenizer's hash of an ASCII token as written equals
// the lexicon's hash of its lower case, at every length around the
// eight-byte steps.
func TestWordHashes(t *testing.T) {
	for _, w := range []string{"a", "We", "OUR", "don't", "3.5", "40%", "#1", "Customer", "CUSTOMERS", "onboarding",
		"Revolutionary", "x1y2z3w4v5", "abcdefgh", "ABCDEFGHI", "best-in-class", "e.g", "4,000"} {
		if got, want := hashASCIILower([]byte(w)), hashWord(strings.ToLower(w)); got != want {
			t.Errorf("%q: tokenizer hash %x, lexicon hash %x", w, got, want)
		}
	}
}

// TestLexiconShapes: the shape filter lets through every word of the
// lexicon, written in any case, and keeps out words of other shapes.
func TestLexiconShapes(t *testing.T) {
	lx := newLexicon()
	var list strings.Builder
	list.WriteString("Hyper-Growth\nx\n")
	for i := range 150 {
		fmt.Fprintf(&list, "w%dord\n", i)
	}
	lx.Matcher(ParseList(list.String(), "test"))
	lx.freeze()
	n := 0
	for w, f := range lx.flags {
		if f == 0 || w == "" {
			continue
		}
		n++
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if !lx.mayHold(len(v), v[0], v[len(v)-1]) {
				t.Errorf("%q: the lexicon holds it, but its shape is not let through", v)
			}
		}
	}
	if n < 100 {
		t.Fatalf("only %d words in the lexicon", n)
	}
	for _, w := range []string{"zyzzyva", "qqqqqqqqqqqqqqqqqqqq"} {
		if lx.mayHold(len(w), w[0], w[len(w)-1]) {
			t.Errorf("%q: shape let through", w)
		}
	}
}

// TestScanASCIIWord: the one-pass scan agrees with the general scanner on
// the words it accepts and hands the rest over.
func TestScanASCIIWord(t *testing.T) {
	for _, s := range []string{"hello world", "Hello, you", "ONE!", "3 days", "3.5 days", "40% off", "don't", "café",
		"we're", "R2D2 rocks", "x", "Yesterday.", "q4-2026", "rhythm", "AEIOUY aeiouy",
		// longer words, vowel runs, capitals and digits
		"onboarding today", "Revolutionary!", "abcdefghijklmnopqrstuvwxyz", "bcdfghjaeiouxyzbcdfghjaaa",
		"aaaaaaaaeeeeeeeeioooooo.", "BCDFGHJKA", "12345678901234567890%", "exactly8",
		"seventeen-letters", "HeLLoWoRLDcAPs,", "zzzzzzzy@example"} {
		b := []byte(s)
		j, kind, groups, upper, ok := scanASCIIWord(b, 0)
		r, n := rune(b[0]), 1
		wj, wkind, ascii := scanWord(b, 0, r, n)
		_, wgroups, wupper := hashASCIIWord(b[:wj])
		if !ok {
			if wj == j && ascii && !strings.ContainsAny(s[:wj], "'.,%") {
				t.Errorf("%q: handed over a plain word", s)
			}
			continue
		}
		if j != wj || kind != wkind || groups != wgroups || upper != wupper {
			t.Errorf("%q: got (%d %v %d %v), general scanner (%d %v %d %v)", s, j, kind, groups, upper, wj, wkind, wgroups, wupper)
		}
	}
}

// TestTextOnlyParseSameText: gen lint parses with markdown's TextOnly
// options (no Typographer), gen build lints the AST it renders; both must
// give the same tokens at the same offsets.
func TestTextOnlyParseSameText(t *testing.T) {
	srcs := map[string][]byte{
		"typography": []byte("\"A zebra\" -- and --- 'zebra'... It's <<fine>> and “curly” don't.\n\nSee <<https://zebra.example>> or <<b>bold</b>>, a <b>tag</b> >> done.\n\n- 'a' -- b\n\n| 'x' | \"y\" |\n|---|---|\n| z... | --- |\n"),
		"escapes":    []byte("A \\\"quoted\\\" zebra \\-- and `'code'` [it's](https://x 'title') *'em'*.\n"),
	}
	devPieces, _ := filepath.Glob("testdata/corpus/dev/*.md")
	for _, f := range devPieces {
		srcs[f], _ = os.ReadFile(f)
	}
	for _, dir := range []string{"../../content"} {
		_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && strings.HasSuffix(p, ".md") {
				srcs[p], _ = os.ReadFile(p)
			}
			return nil
		})
	}
	if len(srcs) < 20 {
		t.Fatalf("only %d documents found", len(srcs))
	}
	textOnly := markdown.New(markdown.Options{TextOnly: true})
	for name, src := range srcs {
		render, err1 := content.Parse(testMD, name, src)
		lint, err2 := content.Parse(textOnly, name, src)
		if err1 != nil || err2 != nil {
			continue // front matter errors are tested elsewhere
		}
		if got, want := dumpText(Extract(lint)), dumpText(Extract(render)); got != want {
			t.Errorf("%s: text-only parse gives\n%s\nthe rendering parse gives\n%s", name, got, want)
		}
	}
}

func dumpText(x *Text) string {
	var b strings.Builder
	for _, tk := range x.Tokens {
		fmt.Fprintf(&b, "%q %q %d-%d k%d b%d s%d j%v l%v\n", x.Word(&tk), x.Norm(&tk), tk.Start, tk.End, tk.Kind, tk.Block, tk.Sentence, tk.Joined(), tk.Link())
	}
	for _, s := range x.Sentences {
		fmt.Fprintf(&b, "%+v\n", s)
	}
	for _, blk := range x.Blocks {
		fmt.Fprintf(&b, "%+v\n", blk)
	}
	return b.String()
}

// TestMaxTokensBoundsTokens checks that the token slice is sized once:
// maxTokens is never below the tokens a page has, so extracting never
// grows (and copies) the slice.
func TestMaxTokensBoundsTokens(t *testing.T) {
	srcs := map[string][]byte{
		"dense":       []byte("I a. B c! D? E, f; g: h… 1 2 3 #4 $5 10,000+ a-b-c don't “q” é ü ß."),
		"typography":  []byte("\"A zebra\" -- and --- 'zebra'... It's <<fine>> and “curly” don't.\n"),
		"front":       []byte("---\ntitle: \"A, b. C!\"\ndescription: One, two.\n---\nWords, words.\n"),
		"no text":     []byte("```\ncode\n```\n"),
		"empty":       nil,
		"punctuation": []byte("!!! ??? ... ,,, ;;; ::: …… .!?,;:"),
	}
	corpus, _ := filepath.Glob("testdata/corpus/*/*.md")
	for _, f := range corpus {
		srcs[f], _ = os.ReadFile(f)
	}
	for name, src := range srcs {
		p, err := content.Parse(testMD, name, src)
		if err != nil {
			continue
		}
		e, text := newExtractor(defaultLexicon()), &Text{}
		e.extract(p, string(src), text)
		if n, bound := len(text.Tokens), e.maxTokens(); n > bound {
			t.Errorf("%s: %d tokens, but maxTokens says at most %d", name, n, bound)
		}
	}
}

// TestExtractAllocatesLinearly extracts a page and one four times its
// size and compares the memory each allocated: about 4x for a linear
// extractor, 16x for one that copied what it had per block.
func TestExtractAllocatesLinearly(t *testing.T) {
	page := func(n int) *content.Page {
		var b strings.Builder
		for i := 0; b.Len() < n; i++ {
			if i%10 == 0 {
				fmt.Fprintf(&b, "## Part %d\n\n", i)
			}
			b.WriteString("You can write a clear note to your reader today, and they'll [thank you](/x) for the time you saved them. Try one short sentence first.\n\n- One item, for you.\n\n")
		}
		return parse(t, b.String())
	}
	allocated := func(p *content.Page) uint64 {
		var m runtime.MemStats
		least := uint64(1<<64 - 1)
		for range 3 {
			runtime.ReadMemStats(&m)
			before := m.TotalAlloc
			Extract(p)
			runtime.ReadMemStats(&m)
			least = min(least, m.TotalAlloc-before)
		}
		return least
	}
	a1, a4 := allocated(page(1<<20)), allocated(page(4<<20))
	if ratio := float64(a4) / float64(a1); ratio > 5 {
		t.Errorf("extracting 4x the text allocated %.1fx the memory (%d and %d bytes); want about 4x", ratio, a1, a4)
	}
}

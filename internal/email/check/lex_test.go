package check

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// seen is a token as the checker sees it: its kind and raw bytes, a tag's
// lower-cased name and attributes as TagAttr returns them, a comment's
// text as Token has it.
type seen struct {
	tt    html.TokenType
	raw   string
	name  string
	attrs []html.Attribute
	data  string
}

// tokenizerTokens reads doc with html.Tokenizer, up to its first error
// token, as scanTokenizer does.
func tokenizerTokens(doc []byte) []seen {
	z := html.NewTokenizer(bytes.NewReader(doc))
	var out []seen
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out
		}
		s := seen{tt: tt, raw: string(z.Raw())} // before TagName lower-cases the buffer
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, more := z.TagName()
			s.name = string(name)
			for more && tt != html.EndTagToken {
				var k, v []byte
				k, v, more = z.TagAttr()
				s.attrs = append(s.attrs, html.Attribute{Key: string(k), Val: string(v)})
			}
		case html.CommentToken:
			s.data = z.Token().Data
		}
		out = append(out, s)
	}
}

// lexTokens reads doc with lex; ok is lex's.
func lexTokens(doc []byte) ([]seen, bool) {
	var lx lexer
	if !lx.lex(doc) {
		return nil, false
	}
	c := &checker{}
	var out []seen
	for i := range lx.toks {
		t := &lx.toks[i]
		s := seen{tt: t.tt, raw: string(doc[t.start:t.end])}
		switch t.tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := c.lexedToken(doc, &lx, t)
			s.name = tok.Data
			s.attrs = append(s.attrs, tok.Attr...)
			// A style attribute's value comes from the cache of what it
			// uses; its source is the value.
		case html.EndTagToken:
			s.name = c.lower(doc[t.name[0]:t.name[1]])
		case html.CommentToken:
			s.data = html.UnescapeString(string(doc[t.name[0]:t.name[1]]))
		}
		out = append(out, s)
	}
	return out, true
}

// compareLex fails t when lex reads doc and its tokens or the checker's
// findings differ from html.Tokenizer's; it returns whether lex read it.
func compareLex(t *testing.T, doc []byte) bool {
	t.Helper()
	got, ok := lexTokens(doc)
	if ok {
		want := tokenizerTokens(doc)
		if len(got) != len(want) {
			t.Fatalf("lex read %d tokens, html.Tokenizer %d, in %q\nlex: %+v\ntokenizer: %+v", len(got), len(want), doc, got, want)
		}
		for i := range want {
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Fatalf("token %d of %q:\nlex:       %+v\ntokenizer: %+v", i, doc, got[i], want[i])
			}
		}
	}
	for _, skipInfo := range []bool{false, true} {
		fast := run(&checker{tags: testTags, skipInfo: skipInfo}, doc)
		slow := run(&checker{tags: testTags, skipInfo: skipInfo, tokenizerOnly: true}, doc)
		if !reflect.DeepEqual(fast, slow) {
			t.Fatalf("findings on %q differ:\nwith lex:       %+v\nwith tokenizer: %+v", doc, fast, slow)
		}
	}
	return ok
}

// lexCases are documents lex reads (true) or leaves to html.Tokenizer.
var lexCases = []struct {
	doc   string
	lexed bool
}{
	{"", true},
	{"just text", true},
	{"a < b and c <3 and <", true},
	{`<!DOCTYPE html><html lang="en"><head><title>T &amp; <b>u</b></title></head><body></body></html>`, true},
	{"<!doctype html>\n<HTML><Body CLASS=\"x\"></BODY></HTML>", true},
	{`<p style="color:red" hidden>x</p><br/><br /><img src="a.png" alt="" width="1"/>`, true},
	{`<a href="https://x.example/?a=1&amp;b=2&#38;c=&#x26;">Unsubscribe</a>`, true},
	{`<a title='single "quoted"' href="x">y</a>`, true},
	{"<a\nhref=\"x\"\n\tclass=\"y\"\n>multi\nline</a>", true},
	{`<input disabled/>`, true},
	{"<style>a{color:red}</style><style></style><style>b</STYLEx</STYLE>", true},
	{"<style/>a</style>", true},
	{`<title>a</titlex></title>`, true},
	{"<!--[if mso]><table><tr><td><![endif]--><!--[if !mso]><!--><p>x</p><!--<![endif]-->", true},
	{"<!---->", true},
	{"<!--a--!-->", true},
	{"<!--a &amp; b-->", true},
	{"<p>\n<!-- c\n -->\n</p>", true},

	// Left to the tokenizer.
	{"<!-->", false},
	{"<!--->", false},
	{"<!--a--!>b-->", false},
	{"<!-- no end", false},
	{"<!bogus>", false},
	{"<?xml?>", false},
	{"</>", false},
	{"</ x>", false},
	{"</p >", false},
	{"<p", false},
	{`<a href=x>`, false},
	{`<a href = "x">`, false},
	{`<a href="x"class="y">`, false},
	{`<a href="x`, false},
	{`<a href="?a=1&copy=2">`, false},
	{`<a href="?a=1&b=2">`, false},
	{"<a b/c>", false},
	{"<br / >", false},
	{`<p a"b>`, false},
	{"<script>if (a < b) {}</script>", false},
	{"<textarea>x</textarea>", false},
	{"<style>no end", false},
	{"<style>a</style >", false},
	{"a\r\nb", false},
	{"a\x00b", false},
}

func TestLexMatchesTokenizer(t *testing.T) {
	for _, tc := range lexCases {
		if got := compareLex(t, []byte(tc.doc)); got != tc.lexed {
			t.Errorf("lex(%q) ok = %v, want %v", tc.doc, got, tc.lexed)
		}
	}
}

// TestLexReadsMessages checks that lex reads every golden message of the
// email package and the inliner's, as rendered and as minified, and
// that the checker finds the same on them either way.
func TestLexReadsMessages(t *testing.T) {
	files, _ := filepath.Glob("../testdata/*/index.html")
	more, _ := filepath.Glob("../inline/testdata/*.html")
	files = append(files, more...)
	if len(files) < 5 {
		t.Fatalf("found %d golden messages", len(files))
	}
	for _, f := range files {
		doc, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !compareLex(t, doc) {
			t.Errorf("%s: lex leaves it to html.Tokenizer", f)
		}
	}
}

// TestCheckFindingsBothWays runs TestCheckFindings' documents through
// both readers.
func TestCheckFindingsBothWays(t *testing.T) {
	for _, d := range [][]byte{
		doc(`<style>@media (max-width:600px){.a{color:red}}</style>`, `<div style="display:flex">x</div><img src="https://x.example/a.svg">`),
		doc("", `<a href="/x/">x</a><a href="#fn1">1</a><a href="mailto:a@x.example">m</a><a href="{$url}">w</a>`),
		doc("", `<form action="https://x.example/"></form><video src="v.mp4"></video><svg width="10"></svg>`),
		[]byte("<html><body>\n<p>Hi</p>\n<a href=\"https://x.example/u\">Unsubscribe</a></body></html>"),
		[]byte(strings.Repeat("<p>words</p>\n", 7300)),
	} {
		if !compareLex(t, d) {
			t.Errorf("lex leaves %.80q to html.Tokenizer", d)
		}
	}
}

// FuzzLex checks that wherever lex reads a document, it reads the tokens
// html.Tokenizer reads, and the checker finds the same either way.
func FuzzLex(f *testing.F) {
	for _, tc := range lexCases {
		f.Add([]byte(tc.doc))
	}
	// The golden messages are TestLexReadsMessages's: as seeds, the fuzzer
	// spends its time minimizing them.
	f.Add([]byte(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Issue &#35;3</title>` +
		`<style>@media (max-width:599px){.px{padding:0!important}}</style></head><body style="margin:0">` +
		`<!--[if mso]><table role="presentation"><tr><td><![endif]--><p style="color:#333">Hi &amp; welcome,</p>` +
		`<img src="https://x.example/a.png" alt="A" width="520"><a href="https://x.example/?utm_source=n&amp;utm_medium=e">` +
		`read</a><!--[if mso]></td></tr></table><![endif]--><a href="*|UNSUB|*">Unsubscribe</a></body></html>`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		compareLex(t, doc)
	})
}

// BenchmarkCheckReaders checks a golden message with lex and with
// html.Tokenizer alone.
func BenchmarkCheckReaders(b *testing.B) {
	doc, err := os.ReadFile("../testdata/generic/index.html")
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name          string
		tokenizerOnly bool
	}{{"lex", false}, {"tokenizer", true}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				run(&checker{tags: testTags, skipInfo: true, tokenizerOnly: bc.tokenizerOnly}, doc)
			}
		})
	}
}

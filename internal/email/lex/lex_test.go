package lex

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"golang.org/x/net/html"
)

// seen is a token as a caller sees it: its kind and raw bytes, a tag's
// lower-cased name and attributes as TagAttr returns them, and the text
// of a text, comment or doctype token.
type seen struct {
	tt    html.TokenType
	raw   string
	name  string
	attrs []html.Attribute
	text  string
	err   error // after the last token
}

// read reads every token of z.
func read(z Tokens) []seen {
	var out []seen
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return append(out, seen{tt: tt, err: z.Err()})
		}
		s := seen{tt: tt, raw: string(z.Raw())} // before the tokenizer rewrites its buffer
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, more := z.TagName()
			s.name = string(name)
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				s.attrs = append(s.attrs, html.Attribute{Key: string(k), Val: string(v)})
			}
		default:
			s.text = string(z.Text())
		}
		out = append(out, s)
	}
}

// compare fails t when the Lexer reads doc and its tokens differ from
// html.Tokenizer's; it returns whether the Lexer read doc.
func compare(t *testing.T, doc []byte) bool {
	t.Helper()
	var lx Lexer
	src := bytes.Clone(doc)
	if !lx.Lex(doc) {
		if lx.Next() != html.ErrorToken {
			t.Fatalf("a token after Lex failed on %q", doc)
		}
		return false
	}
	got := read(&lx)
	if !bytes.Equal(doc, src) {
		t.Fatalf("the Lexer changed the document %q", src)
	}
	want := read(html.NewTokenizer(bytes.NewReader(doc)))
	if len(got) != len(want) {
		t.Fatalf("the Lexer read %d tokens, html.Tokenizer %d, in %q\nlexer:     %+v\ntokenizer: %+v", len(got), len(want), doc, got, want)
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Fatalf("token %d of %q:\nlexer:     %+v\ntokenizer: %+v", i, doc, got[i], want[i])
		}
	}
	if lx.Next() != html.ErrorToken || lx.Err() != io.EOF {
		t.Fatalf("the Lexer goes on after its last token in %q", doc)
	}
	return true
}

// cases are documents the Lexer reads (true) or leaves to html.Tokenizer.
var cases = []struct {
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
	{"<!DOCTYPE  Html >", true},
	{"<!doctype>", true},
	{"<p>a &amp; b &lt;c&gt; &copy &notit; &#x41;</p>", true},
	{"<title>&amp;x</title><style>&amp;y</style><p a=\"&#39;\">", true},
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

func TestLexer(t *testing.T) {
	for _, tc := range cases {
		if got := compare(t, []byte(tc.doc)); got != tc.lexed {
			t.Errorf("Lex(%q) = %v, want %v", tc.doc, got, tc.lexed)
		}
	}
}

// TestLexerReadsMessages checks that the Lexer reads every golden message
// of the email package and the inliner's.
func TestLexerReadsMessages(t *testing.T) {
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
		if !compare(t, doc) {
			t.Errorf("%s: the Lexer leaves it to html.Tokenizer", f)
		}
	}
}

// FuzzLexer checks that wherever the Lexer reads a document, it reads
// what html.Tokenizer reads.
func FuzzLexer(f *testing.F) {
	for _, tc := range cases {
		f.Add([]byte(tc.doc))
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		compare(t, doc)
	})
}

func TestOwnTag(t *testing.T) {
	for _, c := range []struct {
		tag  string
		want bool
	}{
		{`<a href="https://x.example/">`, true},
		{`<img src="i.png" alt="">`, true},
		{`<link rel="canonical" href="https://x.example/">`, true},
		{`<abbr title="x">`, false},
		{`<p style="margin:0">`, false},
		{`<a>`, false},
		{`<td class="a">`, false},
	} {
		if got := OwnTag([]byte(c.tag)); got != c.want {
			t.Errorf("OwnTag(%s) = %v, want %v", c.tag, got, c.want)
		}
	}
}

package check

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// compareReaders fails t when the checker finds something else on doc
// reading it with lex.Lexer than with html.Tokenizer alone.
func compareReaders(t *testing.T, doc []byte) {
	t.Helper()
	for _, skipInfo := range []bool{false, true} {
		fast := run(&checker{tags: testTags, skipInfo: skipInfo}, doc)
		slow := run(&checker{tags: testTags, skipInfo: skipInfo, tokenizerOnly: true}, doc)
		if !reflect.DeepEqual(fast, slow) {
			t.Fatalf("findings on %q differ:\nlexer:     %+v\ntokenizer: %+v", doc, fast, slow)
		}
	}
}

// readerDocs are documents whose findings cover every kind of token the
// checker reads.
var readerDocs = []string{
	string(doc(`<style>@media (max-width:600px){.a{color:red}}</style>`, `<div style="display:flex">x</div><img src="https://x.example/a.svg">`)),
	string(doc("", `<a href="/x/">x</a><a href="#fn1">1</a><a href="mailto:a@x.example">m</a><a href="{$url}">w</a>`)),
	string(doc("", `<form action="https://x.example/"></form><video src="v.mp4"></video><svg width="10"></svg><script>x</script>`)),
	string(doc("", `<IMG SRC="https://x.example/a.png" ALT=""><a href="https://x.example/?a=1&amp;b=2&copy=3">x</a>`)),
	string(doc("", "<!--[if !mso]><!--><div style=\"display:grid\">x</div><!--<![endif]--><!--[if mso]><v:rect></v:rect><![endif]-->")),
	"<html><body>\n<p>Hi</p>\n<a href=\"https://x.example/u\">Un&shy;subscribe</a></body></html>",
	"<!doctype html><html><head><title>t</title><style>\n.a{display:flex}\n</style><style></style></head><body class=\"x\"\n>\n<p style=\"position:absolute\">x</p></body></html>",
	strings.Repeat("<p>words</p>\n", 7300),
}

// TestReaders checks that the checker finds the same with either reader,
// on documents the Lexer reads and on documents it leaves to
// html.Tokenizer (a <script>, an unquoted value).
func TestReaders(t *testing.T) {
	for _, d := range readerDocs {
		compareReaders(t, []byte(d))
	}
	files, _ := filepath.Glob("../testdata/*/index.html")
	if len(files) == 0 {
		t.Fatal("no golden messages")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		compareReaders(t, b)
	}
}

// FuzzReaders checks that the checker finds the same on any document with
// either reader.
func FuzzReaders(f *testing.F) {
	for _, d := range readerDocs[:len(readerDocs)-1] {
		f.Add([]byte(d))
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		compareReaders(t, doc)
	})
}

// BenchmarkReaders checks a golden message with the Lexer and with
// html.Tokenizer alone.
func BenchmarkReaders(b *testing.B) {
	doc, err := os.ReadFile("../testdata/generic/index.html")
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name          string
		tokenizerOnly bool
	}{{"lexer", false}, {"tokenizer", true}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				run(&checker{tags: testTags, skipInfo: true, tokenizerOnly: bc.tokenizerOnly}, doc)
			}
		})
	}
}

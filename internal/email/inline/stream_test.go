package inline

import (
	"bytes"
	"testing"

	"golang.org/x/net/html"

	"github.com/claritynotes/gen/internal/email/lex"
)

// TestInlineStream holds the one-pass inliner to InlineTo's bytes on the
// documents it takes, and checks which it takes. The email package tests
// it inside the email template, comments and all.
func TestInlineStream(t *testing.T) {
	const css = `<style>.a { color: red } .a p { margin: 0 } img { width: 10px } td { padding: 0 } a:hover { color: blue } @media (max-width: 600px) { .a { color: green } }</style>`
	for _, tc := range []struct {
		name, doc string
		taken     bool
	}{
		{"document", "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>a &amp; b</title>\n" + css + "\n</head>\n<body>\n<div class=\"a\"><p>x <img src=\"i.png\" alt=\"&quot;\"></p></div>\n</body>\n</html>\n", true},
		{"implied tbody", "<!DOCTYPE html><html><head>" + css + "</head><body><table>\n<tr>\n<td class=\"a\">x</td>\n</tr>\n</table></body></html>", true},
		{"no end tags", "<!DOCTYPE html><html><head>" + css + "</head><body><div class=\"a\"><p>x", true},
		{"kept style", "<!DOCTYPE html><html><head>" + css + "<style data-premailer=\"ignore\">p{}</style><style media=\"print\">.a{}</style></head><body><p class=\"a\">x</p></body></html>", true},
		{"no doctype", "<html><head>" + css + "</head><body><p class=\"a\">x</p></body></html>", false},
		{"quirks", "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><html><head>" + css + "</head><body><p>x</p></body></html>", false},
		{"implied head", "<!DOCTYPE html><html>" + css + "<body><p>x</p></body></html>", false},
		{"implied body", "<!DOCTYPE html><html><head>" + css + "</head><p>x</p></html>", false},
		{"comment", "<!DOCTYPE html><html><head>" + css + "</head><body><!-- c --><p>x</p></body></html>", false},
		{"rule on siblings", "<!DOCTYPE html><html><head><style>p + p { color: red }</style></head><body><p>x</p><p>y</p></body></html>", false},
		{"nul", "<!DOCTYPE html><html><head></head><body><p>x\x00</p></body></html>", false},
		{"upper case and references", "<!doctype HTML><HTML><HEAD>" + css + "<TITLE>a &lt; b</TITLE></HEAD><BODY><P CLASS=\"a\" title=\"&#39;&amp;\">x &amp; y</P><pre>\n\nz</pre></BODY></HTML>", true},
		{"unquoted attribute", "<!DOCTYPE html><html><head>" + css + "</head><body><p class=a>x</p></body></html>", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := New()
			var sb, tb, zb bytes.Buffer
			got, ok := in.InlineStream(&sb, []byte(tc.doc), nil)
			if ok != tc.taken {
				t.Fatalf("taken %v, want %v", ok, tc.taken)
			}
			// Read with html.Tokenizer alone, the document gives the same.
			if tokenized, zok := in.inlineStream(&zb, []byte(tc.doc), nil, true, nil); zok != ok || !bytes.Equal(tokenized, got) {
				t.Fatalf("with html.Tokenizer: %v %q, with the Lexer: %v %q", zok, tokenized, ok, got)
			}
			// And from a Lexer that has read it, and been read, before.
			var lx lex.Lexer
			if lx.Lex([]byte(tc.doc)) {
				for lx.Next() != html.ErrorToken {
				}
				var lb bytes.Buffer
				if lexed, lok := in.InlineLexed(&lb, []byte(tc.doc), &lx, nil); lok != ok || !bytes.Equal(lexed, got) {
					t.Fatalf("InlineLexed: %v %q, InlineStream: %v %q", lok, lexed, ok, got)
				}
			}
			if !ok {
				if sb.Len() != 0 {
					t.Errorf("left %q in the buffer", sb.String())
				}
				return
			}
			want, err := in.InlineTo(&tb, []byte(tc.doc))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("one pass:\n%s\ntree:\n%s", got, want)
			}
		})
	}
}

// FuzzInlineStreamReaders checks that InlineStream writes the same with
// the Lexer as with html.Tokenizer alone, on any document.
func FuzzInlineStreamReaders(f *testing.F) {
	f.Add("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>a &amp; b</title>\n<style>.a { color: red } .a p { margin: 0 }</style>\n</head>\n<body>\n<div class=\"a\"><p>x <img src=\"i.png\" alt=\"&quot;\"></p></div>\n</body>\n</html>\n")
	f.Add("<!DOCTYPE html><html><head><style>td { padding: 0 }</style></head><body><table>\n<tr>\n<td class=\"a\">x</td>\n</tr>\n</table></body></html>")
	f.Add("<!DOCTYPE html><html><head><!-- c --></head><body><!--[if mso]><p>x</p><![endif]--><pre>\ny</pre></body></html>")
	in := New()
	keep := func(raw []byte) []byte { return append([]byte("<!--kept-->"), raw...) }
	f.Fuzz(func(t *testing.T, doc string) {
		var lb, zb bytes.Buffer
		got, ok := in.inlineStream(&lb, []byte(doc), keep, false, nil)
		want, zok := in.inlineStream(&zb, []byte(doc), keep, true, nil)
		if ok != zok || !bytes.Equal(got, want) {
			t.Fatalf("with the Lexer: %v %q\nwith html.Tokenizer: %v %q", ok, got, zok, want)
		}
	})
}

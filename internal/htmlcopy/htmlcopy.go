// Package htmlcopy copies an HTML document token by token and lets the
// caller rewrite the tokens it cares about. Every other token is copied
// as its raw bytes, so the copy differs from the source only where the
// caller changed it: no re-serialising, no normalised attributes.
package htmlcopy

import (
	"bytes"

	"golang.org/x/net/html"
)

// Edit sees each token with the tokenizer on it (z.Raw, z.TagName,
// z.TagAttr and z.Text read it) and returns what to write in its place,
// or ok false to keep the token as it is in the document. Reading a tag's
// name or attributes lower-cases and unescapes them inside the
// tokenizer's buffer; Copy has taken the token's bytes before, so a kept
// token is still the document's.
type Edit func(z *html.Tokenizer, tt html.TokenType) (replacement []byte, ok bool)

// Copy returns doc with each token edit replaces rewritten.
func Copy(doc []byte, edit Edit) []byte {
	var b bytes.Buffer
	return CopyTo(&b, doc, edit)
}

// CopyTo is Copy writing after what b holds; it returns the bytes it
// wrote, so a caller copying many documents can reuse b.
func CopyTo(b *bytes.Buffer, doc []byte, edit Edit) []byte {
	z := html.NewTokenizer(bytes.NewReader(doc))
	start := b.Len()
	b.Grow(len(doc))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return b.Bytes()[start:]
		}
		kept := b.Len()
		b.Write(z.Raw())
		if r, ok := edit(z, tt); ok {
			b.Truncate(kept)
			b.Write(r)
		}
	}
}

package email

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"strconv"
	"strings"

	"golang.org/x/net/html"

	"github.com/claritynotes/gen/internal/htmlcopy"
)

// Outlook's conditional comments (<!--[if mso]>…<![endif]-->) are markup
// to Outlook and comments to everything else. The template's escaping is
// right for their content as it stands, but the CSS inliner parses them as
// comments (decoding character references) and the minifier minifies their
// content as HTML (decoding them again): "--&gt;" in a value would come out
// as "-->", ending the comment early and turning the rest of the value
// into live markup. So every comment is set aside before inlining and put
// back, byte for byte, after minifying.

// keptComments holds the comments set aside from one document.
type keptComments struct {
	marker   string // "#gen-" + random hex: SSI syntax, which the minifier keeps
	comments [][]byte
}

// keepComments replaces every comment in doc by a placeholder comment
// that the inliner and minifier copy unchanged, writing into b (a pooled
// buffer), whose bytes it returns. The placeholder carries a random
// marker, so no content can forge one.
func keepComments(b *bytes.Buffer, doc []byte) ([]byte, *keptComments) {
	kc := newKeptComments()
	out := htmlcopy.CopyTo(b, doc, func(z *html.Tokenizer, tt html.TokenType) ([]byte, bool) {
		if tt != html.CommentToken {
			return nil, false
		}
		return kc.keep(z.Raw()), true
	})
	return out, kc
}

func newKeptComments() *keptComments {
	var nonce [8]byte
	_, _ = rand.Read(nonce[:]) // never fails (crypto/rand)
	return &keptComments{marker: "#gen-" + hex.EncodeToString(nonce[:]) + "-"}
}

// keep sets aside a comment, given its bytes in the document, and returns
// its placeholder.
func (kc *keptComments) keep(raw []byte) []byte {
	kc.comments = append(kc.comments, bytes.Clone(raw))
	return []byte("<!--" + kc.marker + strconv.Itoa(len(kc.comments)-1) + "-->")
}

// restore puts the comments back in place of their placeholders.
func (kc *keptComments) restore(doc []byte) string {
	if len(kc.comments) == 0 {
		return string(doc)
	}
	open := []byte("<!--" + kc.marker)
	size := len(doc)
	for _, c := range kc.comments {
		size += len(c)
	}
	var b strings.Builder
	b.Grow(size)
	for {
		i := bytes.Index(doc, open)
		if i < 0 {
			b.Write(doc)
			return b.String()
		}
		b.Write(doc[:i])
		rest := doc[i+len(open):]
		n := 0
		for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
			n++
		}
		k, err := strconv.Atoi(string(rest[:n]))
		if err != nil || k >= len(kc.comments) || len(rest) < n+3 || string(rest[n:n+3]) != "-->" {
			// Not one of ours after all: copy it and go on.
			b.Write(open)
			doc = rest
			continue
		}
		b.Write(kc.comments[k])
		doc = rest[n+3:]
	}
}

package feed

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/claritynotes/gen/internal/urlsafe"
)

// Feed readers and RSS-to-email tools show an entry's HTML as it is, so a
// javascript: link in a page must not reach them either: every writer
// passes its URLs and HTML through these.

// urlAttrs are the attributes whose value a reader may follow as a URL.
var urlAttrs = map[string]bool{"href": true, "src": true, "poster": true, "action": true, "formaction": true,
	"background": true, "cite": true, "xlink:href": true, "data": true, "lowsrc": true, "dynsrc": true}

// safeHTML returns s without URL attributes that could run script
// (urlsafe.Dangerous). Tags without one are copied byte for byte.
func safeHTML(s string) string {
	if !strings.Contains(s, ":") {
		return s // no scheme, nothing to drop
	}
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	b.Grow(len(s))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return b.String()
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			b.Write(z.Raw())
			continue
		}
		raw := string(z.Raw()) // reading attributes rewrites the tokenizer's buffer
		name, more := z.TagName()
		tok := html.Token{Type: tt, Data: string(name)}
		drop := false
		for more {
			var k, v []byte
			k, v, more = z.TagAttr()
			if urlAttrs[string(k)] && urlsafe.Dangerous(string(v)) {
				drop = true
				continue
			}
			tok.Attr = append(tok.Attr, html.Attribute{Key: string(k), Val: string(v)})
		}
		if drop {
			b.WriteString(tok.String())
		} else {
			b.WriteString(raw)
		}
	}
}

package htmlcopy

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
)

// RewriteAttrs copies the HTML s, passing every attribute of every start
// tag through fn, which returns the attribute's new value and whether to
// keep it. A tag whose attributes all come back unchanged is copied byte
// for byte, and so is everything that is not a tag, so only what fn
// changes differs from s.
func RewriteAttrs(s string, fn func(key, val string) (string, bool)) string {
	return string(Copy([]byte(s), func(z *html.Tokenizer, tt html.TokenType) ([]byte, bool) {
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			return nil, false
		}
		name, more := z.TagName()
		tag := string(name)
		var attrs []html.Attribute
		changed := false
		for more {
			var k, v []byte
			k, v, more = z.TagAttr()
			val, keep := fn(string(k), string(v))
			changed = changed || !keep || val != string(v)
			if keep {
				attrs = append(attrs, html.Attribute{Key: string(k), Val: val})
			}
		}
		if !changed {
			return nil, false
		}
		var b strings.Builder
		writeTag(&b, tag, attrs, tt == html.SelfClosingTagToken)
		return []byte(b.String()), true
	}))
}

// ResolveURLs rewrites the relative href, src and poster attributes in the
// HTML s against base, so HTML written for one page still points at the
// same files when it is shown elsewhere: a feed reader (base is the page's
// absolute URL) or a list of pages on the site (base is the page's path).
// Only attributes of tags change: text that looks like one stays text.
func ResolveURLs(s string, base *url.URL) string {
	return RewriteAttrs(s, func(key, val string) (string, bool) {
		if key == "href" || key == "src" || key == "poster" {
			val = ResolveURL(val, base)
		}
		return val, true
	})
}

// ResolveURL resolves ref against base; a ref that is absolute already, or
// that does not parse, is returned as it is.
func ResolveURL(ref string, base *url.URL) string {
	u, err := url.Parse(ref)
	if err != nil || u.IsAbs() {
		return ref
	}
	return base.ResolveReference(u).String()
}

// attrEscaper escapes an attribute value as the Markdown renderer does, so
// a rewritten tag reads like the ones around it.
var attrEscaper = strings.NewReplacer(`&`, "&amp;", `<`, "&lt;", `>`, "&gt;", `"`, "&quot;")

func writeTag(b *strings.Builder, name string, attrs []html.Attribute, selfClosing bool) {
	b.WriteString("<" + name)
	for _, a := range attrs {
		b.WriteString(" " + a.Key + `="` + attrEscaper.Replace(a.Val) + `"`)
	}
	if selfClosing {
		b.WriteString(" /")
	}
	b.WriteByte('>')
}

// Package urlsafe decides whether a URL from content may become a link.
// The email files (HTML, plain text, .eml, email.md) and every feed ask
// it, so a javascript: link a contributor slips into front matter or
// Markdown is dropped there as it is on web pages, where html/template and
// the Markdown renderer refuse the same schemes.
package urlsafe

import "strings"

// Dangerous reports whether following ref could run script or open a
// local file: the javascript:, vbscript:, livescript: and file: schemes,
// and data: URLs other than raster images. It reads the scheme the way a
// browser does: leading and trailing spaces and control characters are
// ignored, tabs and line breaks anywhere are removed, and case does not
// matter, so "  JaVa\tScRiPt:alert(1)" is caught. Relative references,
// fragments and merge tags are not dangerous.
func Dangerous(ref string) bool {
	scheme, rest, ok := schemeOf(ref)
	if !ok {
		return false
	}
	switch scheme {
	case "javascript", "vbscript", "livescript", "file":
		return true
	case "data":
		return !rasterImage(rest)
	}
	return false
}

// Clean returns ref, or "" when ref is Dangerous.
func Clean(ref string) string {
	if Dangerous(ref) {
		return ""
	}
	return ref
}

// maxScheme bounds the scan for a scheme; the longest registered ones are
// far shorter, and no dangerous one is longer.
const maxScheme = 64

// schemeOf returns the lower-cased scheme of ref and what follows its
// colon, after the clean-up a browser's URL parser does first: C0
// control characters and spaces trimmed from both ends, tabs, CR and LF
// removed everywhere. Other control characters and Unicode spaces inside
// the scheme are dropped too: a browser would reject such a scheme, and
// dropping them only ever makes the check stricter.
func schemeOf(ref string) (scheme, rest string, ok bool) {
	var b strings.Builder
	i := 0
	for ; i < len(ref); i++ {
		c := ref[i]
		if c <= ' ' || c == 0x7f {
			continue
		}
		if c >= 0x80 {
			// A non-ASCII rune (a zero-width or Unicode space included)
			// cannot be part of a scheme; skip it rather than stop, so
			// "java\u200bscript:" is judged as "javascript:".
			continue
		}
		if c == ':' {
			break
		}
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.') {
			return "", "", false // '/', '?', '#' or '%' before any colon: relative
		}
		if b.Len() >= maxScheme {
			return "", "", false
		}
		b.WriteByte(c | 0x20) // ASCII lower case; digits and +-. are unchanged by it
	}
	if i == len(ref) || b.Len() == 0 {
		return "", "", false
	}
	s := b.String()
	if !(s[0] >= 'a' && s[0] <= 'z') {
		return "", "", false
	}
	return s, ref[i+1:], true
}

// rasterImage reports whether a data: URL's body starts with a raster
// image type, which browsers display but never run. SVG is excluded: it
// can carry script.
func rasterImage(rest string) bool {
	var b strings.Builder
	for i := 0; i < len(rest) && b.Len() < len("image/jpeg"); i++ {
		c := rest[i]
		if c <= ' ' || c == 0x7f {
			continue
		}
		if c >= 'A' && c <= 'Z' {
			c |= 0x20
		}
		b.WriteByte(c)
	}
	t := b.String()
	for _, img := range []string{"image/png", "image/gif", "image/jpeg", "image/webp"} {
		if strings.HasPrefix(t, img) {
			return true
		}
	}
	return false
}

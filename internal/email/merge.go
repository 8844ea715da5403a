package email

import (
	"crypto/rand"
	"encoding/hex"
	"html"
	"strings"

	"github.com/claritynotes/gen/internal/urlsafe"
)

// The email template calls neutral functions (unsubscribeURL,
// webVersionURL, firstName); they return tokens that survive HTML
// escaping, CSS inlining and minification unchanged. After those steps the
// tokens are replaced by the preset's merge tags, which html/template
// would otherwise escape (listmonk's "{{ UnsubscribeURL }}" in an href).

// The tokens carry a random part chosen when gen starts: content that
// spells out a token (a contributor's "__GENMERGE_FIRSTNAME_…__") must stay
// text, not become a merge tag with a fallback of the contributor's making.
var (
	tokenPrefix      = newTokenPrefix()
	tokenUnsubscribe = tokenPrefix + "UNSUBSCRIBE__"
	tokenWebVersion  = tokenPrefix + "WEBVERSION__"
	tokenFirstName   = tokenPrefix + "FIRSTNAME_" // + hex(fallback) + "__"
)

// newTokenPrefix returns "__GENMERGE" and 16 random hex digits and "_".
func newTokenPrefix() string {
	var b [8]byte
	_, _ = rand.Read(b[:]) // never fails (crypto/rand)
	return "__GENMERGE" + hex.EncodeToString(b[:]) + "_"
}

func firstNameToken(fallback string) string {
	return tokenFirstName + hex.EncodeToString([]byte(fallback)) + "__"
}

func isMergeToken(s string) bool { start, _, _, _ := findToken(s); return start >= 0 }

// findToken finds the first token in s: where it starts (-1 if there is
// none) and ends, its kind (UNSUBSCRIBE, WEBVERSION or FIRSTNAME) and, for
// FIRSTNAME, the hex-encoded fallback. It matches what the regular
// expression tokenPrefix(UNSUBSCRIBE|WEBVERSION|FIRSTNAME_([0-9a-f]*))__
// matches, without scanning every byte of the message with it.
func findToken(s string) (start, end int, kind, fallback string) {
	prefix := tokenPrefix
	for from := 0; ; {
		i := strings.Index(s[from:], prefix)
		if i < 0 {
			return -1, -1, "", ""
		}
		i += from
		rest := s[i+len(prefix):]
		for _, k := range [...]string{"UNSUBSCRIBE", "WEBVERSION"} {
			if strings.HasPrefix(rest, k+"__") {
				return i, i + len(prefix) + len(k) + 2, k, ""
			}
		}
		if h, ok := strings.CutPrefix(rest, "FIRSTNAME_"); ok {
			n := 0
			for n < len(h) && (h[n] >= '0' && h[n] <= '9' || h[n] >= 'a' && h[n] <= 'f') {
				n++
			}
			if strings.HasPrefix(h[n:], "__") {
				return i, i + len(prefix) + len("FIRSTNAME_") + n + 2, "FIRSTNAME", h[:n]
			}
		}
		from = i + 1
	}
}

// merger replaces tokens for one preset and one issue.
type merger struct {
	preset      *Preset
	unsubscribe string // used when the preset has no unsubscribe tag
	webVersion  string // used when the preset has no web-version tag
}

// values returns the unsubscribe and web-version replacements.
func (m merger) values() (unsub, web string) {
	unsub, web = m.preset.Unsubscribe, m.preset.WebVersion
	if unsub == "" {
		unsub = urlsafe.Clean(strings.TrimSpace(m.unsubscribe))
	}
	if web == "" {
		web = m.webVersion
	}
	return unsub, web
}

// replace substitutes tokens in s; escape is applied to values that came
// from content or config (not to the tools' merge syntax).
func (m merger) replace(s string, escape func(string) string) []byte {
	return m.appendReplaced(make([]byte, 0, len(s)+mergeRoom), s, escape)
}

// mergeRoom is the room left for merge tags longer than their tokens.
const mergeRoom = 256

// appendReplaced is replace appending to out.
func (m merger) appendReplaced(out []byte, s string, escape func(string) string) []byte {
	unsub, web := m.values()
	for {
		start, end, kind, fallback := findToken(s)
		if start < 0 {
			return append(out, s...)
		}
		out = append(out, s[:start]...)
		switch kind {
		case "UNSUBSCRIBE":
			if m.preset.Unsubscribe != "" {
				out = append(out, unsub...)
			} else {
				out = append(out, escape(unsub)...)
			}
		case "WEBVERSION":
			if m.preset.WebVersion != "" {
				out = append(out, web...)
			} else {
				out = append(out, escape(web)...)
			}
		default:
			fb, _ := hex.DecodeString(fallback)
			if m.preset.FirstName == nil {
				out = append(out, escape(string(fb))...)
			} else {
				out = append(out, m.preset.FirstName(escape(string(fb)))...)
			}
		}
		s = s[end:]
	}
}

func (m merger) html(s string) []byte { return m.replace(s, html.EscapeString) }

// htmlCut is html of the page less its cut. The two sides of the cut are
// merged one after the other, which is merging the page less the cut
// unless a token runs across the cut: tokens are letters, digits and
// underscores only, so that needs one of those on either side, and then
// the page less the cut is made first.
func (m merger) htmlCut(c cutPage) []byte {
	return m.appendHTMLCut(make([]byte, 0, len(c.page)-c.n+mergeRoom), c)
}

// appendHTMLCut is htmlCut appending to out.
func (m merger) appendHTMLCut(out []byte, c cutPage) []byte {
	if c.n == 0 {
		return m.appendReplaced(out, c.page, html.EscapeString)
	}
	before, after := c.page[:c.at], c.page[c.at+c.n:]
	if before != "" && after != "" && isTokenByte(before[len(before)-1]) && isTokenByte(after[0]) {
		return m.appendReplaced(out, c.String(), html.EscapeString)
	}
	return m.appendReplaced(m.appendReplaced(out, before, html.EscapeString), after, html.EscapeString)
}

// isTokenByte reports whether b can be part of a token.
func isTokenByte(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}
func (m merger) text(s string) []byte { return m.replace(s, func(v string) string { return v }) }

// hasUnsubscribe reports whether the message will carry an unsubscribe link.
func (m merger) hasUnsubscribe() bool {
	u, _ := m.values()
	return strings.TrimSpace(u) != ""
}

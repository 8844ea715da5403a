package email

import (
	"encoding/hex"
	"html"
	"regexp"
	"strings"
)

// The email template calls neutral functions (unsubscribeURL,
// webVersionURL, firstName); they return tokens that survive HTML
// escaping, CSS inlining and minification unchanged. After those steps the
// tokens are replaced by the preset's merge tags, which html/template
// would otherwise escape (listmonk's "{{ UnsubscribeURL }}" in an href).

const (
	tokenUnsubscribe = "__GENMERGE_UNSUBSCRIBE__"
	tokenWebVersion  = "__GENMERGE_WEBVERSION__"
	tokenFirstName   = "__GENMERGE_FIRSTNAME_" // + hex(fallback) + "__"
)

var tokenRE = regexp.MustCompile(`__GENMERGE_(UNSUBSCRIBE|WEBVERSION|FIRSTNAME_([0-9a-f]*))__`)

func firstNameToken(fallback string) string {
	return tokenFirstName + hex.EncodeToString([]byte(fallback)) + "__"
}

func isMergeToken(s string) bool { return tokenRE.MatchString(s) }

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
		unsub = m.unsubscribe
	}
	if web == "" {
		web = m.webVersion
	}
	return unsub, web
}

// replace substitutes tokens in s; escape is applied to values that came
// from content or config (not to the tools' merge syntax).
func (m merger) replace(s string, escape func(string) string) string {
	unsub, web := m.values()
	return tokenRE.ReplaceAllStringFunc(s, func(tok string) string {
		sub := tokenRE.FindStringSubmatch(tok)
		switch {
		case sub[1] == "UNSUBSCRIBE":
			if m.preset.Unsubscribe != "" {
				return unsub
			}
			return escape(unsub)
		case sub[1] == "WEBVERSION":
			if m.preset.WebVersion != "" {
				return web
			}
			return escape(web)
		default:
			fb, _ := hex.DecodeString(sub[2])
			if m.preset.FirstName == nil {
				return escape(string(fb))
			}
			return m.preset.FirstName(escape(string(fb)))
		}
	})
}

func (m merger) html(s string) string { return m.replace(s, html.EscapeString) }
func (m merger) text(s string) string { return m.replace(s, func(v string) string { return v }) }

// hasUnsubscribe reports whether the message will carry an unsubscribe link.
func (m merger) hasUnsubscribe() bool {
	u, _ := m.values()
	return strings.TrimSpace(u) != ""
}

package feed

import (
	"strings"

	"github.com/claritynotes/gen/internal/htmlcopy"
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
	return htmlcopy.RewriteAttrs(s, func(key, val string) (string, bool) {
		return val, !urlAttrs[key] || !urlsafe.Dangerous(val)
	})
}

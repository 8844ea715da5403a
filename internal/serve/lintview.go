package serve

import (
	"encoding/json"
	"net/http"
	"strings"
)

// serveLint answers /_gen/lint.json?path=/articles/x/ with that page's
// score and findings, from the build the server shows now.
func (s *Server) serveLint(w http.ResponseWriter, r *http.Request) {
	url := pageURL(r.URL.Query().Get("path"))
	var pl *PageLint
	if lint := s.current().lint; lint != nil {
		pl = lint(url)
	}
	w.Header().Set("Cache-Control", "no-store")
	if pl == nil {
		// Not an error: lists and the home page are not linted. 204 keeps
		// the browser console free of red 404s on every such page.
		w.WriteHeader(http.StatusNoContent)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(pl)
}

// pageURL turns a browser path into the page URL lint results are keyed by:
// "/articles/x/index.html" and "/articles/x" both mean "/articles/x/".
func pageURL(p string) string {
	p = "/" + strings.TrimPrefix(p, "/")
	p = strings.TrimSuffix(p, "index.html")
	if !strings.HasSuffix(p, "/") && !strings.Contains(p[strings.LastIndex(p, "/"):], ".") {
		p += "/"
	}
	return p
}

package serve

import (
	"path"
	"strings"
)

// state is what the server shows: the last good build and, when the latest
// build failed, its errors. A state is never modified once published.
type state struct {
	gen    uint64                     // advances on every build, good or failed
	files  map[string][]byte          // nil until the first good build
	lint   func(url string) *PageLint // nil when there are no results
	errors []ErrorView                // the latest build's errors; nil when it succeeded
}

// tracker remembers, for every output path, the build that last changed it,
// so a tab that reconnects learns what it missed. Callers hold Server.mu.
type tracker struct {
	pathGen  map[string]uint64
	cssGen   uint64 // last build that changed a stylesheet
	assetGen uint64 // last build that changed anything else a page may load
}

func (t *tracker) record(gen uint64, changed, removed []string) {
	for _, list := range [][]string{changed, removed} {
		for _, p := range list {
			t.pathGen[p] = gen
			switch strings.ToLower(path.Ext(p)) {
			case ".css":
				t.cssGen = gen
			case ".html", ".xml", ".json", ".txt", ".eml", ".md":
				// Other pages, feeds and email files: a page only cares
				// about its own HTML, checked by path.
			default:
				t.assetGen = gen // scripts, images, fonts
			}
		}
	}
}

// Actions a tab is told to take.
const (
	actionNone   = "none"   // nothing this page shows changed
	actionCSS    = "css"    // only stylesheets changed: swap them in place
	actionPage   = "page"   // only this page's HTML changed: fetch it and patch the document in place
	actionReload = "reload" // something the page loads changed, or this page and a stylesheet together
)

// action decides what a tab showing page (an output path) as of build gen
// must do to show the current build. A tab from an earlier server run
// always reloads. A changed page alone is patched in place, which keeps
// the scroll position and spares reloading its stylesheets, scripts and
// fonts; with a stylesheet changed too, one reload shows both.
func (t *tracker) action(sameServer bool, gen uint64, page string) string {
	switch {
	case !sameServer, t.assetGen > gen:
		return actionReload
	case t.pathGen[page] > gen && t.cssGen > gen:
		return actionReload
	case t.pathGen[page] > gen:
		return actionPage
	case t.cssGen > gen:
		return actionCSS
	}
	return actionNone
}

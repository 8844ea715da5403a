package serve

import (
	_ "embed"
	"net/http"
)

// clientJS is the script injected into every page serve sends: live reload,
// stylesheet swaps, the build error overlay and the lint badge.
//
//go:embed client.js
var clientJS []byte

func serveClient(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Write(clientJS)
}

package serve

import (
	"bytes"
	"fmt"
	"html"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"
)

// contentTypes fixes the types of the files a site publishes, so they do not
// depend on the machine's /etc/mime.types.
var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".htm":         "text/html; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".mjs":         "text/javascript; charset=utf-8",
	".json":        "application/json",
	".xml":         "application/xml; charset=utf-8",
	".txt":         "text/plain; charset=utf-8",
	".md":          "text/markdown; charset=utf-8",
	".eml":         "message/rfc822",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".jpg":         "image/jpeg",
	".jpeg":        "image/jpeg",
	".gif":         "image/gif",
	".webp":        "image/webp",
	".avif":        "image/avif",
	".ico":         "image/x-icon",
	".woff":        "font/woff",
	".woff2":       "font/woff2",
	".ttf":         "font/ttf",
	".otf":         "font/otf",
	".pdf":         "application/pdf",
	".mp4":         "video/mp4",
	".webm":        "video/webm",
	".mp3":         "audio/mpeg",
	".wasm":        "application/wasm",
	".webmanifest": "application/manifest+json",
}

// contentType returns the type for an output path.
func contentType(name string, data []byte) string {
	ext := strings.ToLower(path.Ext(name))
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return http.DetectContentType(data)
}

// lookup resolves a request path to an output file the way static hosts do:
// "/" and "/dir/" serve index.html, "/dir" redirects to "/dir/" when that is
// a folder. It returns the file name and whether it exists; redirect is set
// when the client should add a trailing slash. Path cleaning keeps every
// name inside the site: files are only ever looked up in the build's map.
func lookup(files map[string][]byte, urlPath string) (name string, found bool, redirect bool) {
	clean := path.Clean("/" + urlPath)
	name = strings.TrimPrefix(clean, "/")
	if name == "" || strings.HasSuffix(urlPath, "/") {
		name = path.Join(name, "index.html")
		_, found = files[name]
		return name, found, false
	}
	if _, ok := files[name]; ok {
		return name, true, false
	}
	if _, ok := files[name+"/index.html"]; ok {
		return name + "/index.html", true, true
	}
	return name, false, false
}

// pagePath is the output path a tab shows for a request path, whether or not
// it exists yet: a 404 tab reloads when its page appears.
func pagePath(urlPath string) string {
	name, _, _ := lookup(nil, urlPath)
	if !strings.HasSuffix(urlPath, "/") && path.Ext(name) == "" {
		return name + "/index.html"
	}
	return name
}

// injectScript adds the dev client before the page's last </body> (or at
// the end when there is none), tagged with what the page shows so the client
// can ask what it missed.
func injectScript(page []byte, id string, gen uint64, outPath string) []byte {
	tag := fmt.Sprintf(`<script src="/_gen/client.js" data-gen-id="%s" data-gen="%d" data-gen-path="%s"></script>`,
		html.EscapeString(id), gen, html.EscapeString(outPath))
	at := lastIndexFold(page, []byte("</body"))
	if at < 0 {
		at = len(page)
	}
	out := make([]byte, 0, len(page)+len(tag))
	out = append(out, page[:at]...)
	out = append(out, tag...)
	return append(out, page[at:]...)
}

// lastIndexFold is bytes.LastIndex ignoring ASCII case.
func lastIndexFold(s, sep []byte) int {
	for i := len(s) - len(sep); i >= 0; i-- {
		if bytes.EqualFold(s[i:i+len(sep)], sep) {
			return i
		}
	}
	return -1
}

// serveFiles serves the current build.
func (s *Server) serveFiles(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	st := s.current()
	if st.files == nil {
		s.serveNoBuild(w, r, st)
		return
	}
	name, found, redirect := lookup(st.files, r.URL.Path)
	if redirect {
		target := r.URL.Path + "/"
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, target, http.StatusMovedPermanently)
		return
	}
	status := http.StatusOK
	data := st.files[name]
	if !found {
		status = http.StatusNotFound
		var ok bool
		if data, ok = st.files["404.html"]; !ok {
			data = []byte("<!doctype html><title>Not found</title><h1>404: no page at " +
				html.EscapeString(r.URL.Path) + "</h1></html>")
		}
		name = "404.html"
	}
	if strings.HasSuffix(name, ".html") {
		data = injectScript(data, s.id, st.gen, pagePath(r.URL.Path))
	}
	h := w.Header()
	h.Set("Content-Type", contentType(name, data))
	h.Set("Cache-Control", "no-store") // a dev server must never show a stale file
	h.Set("X-Content-Type-Options", "nosniff")
	if status != http.StatusOK {
		h.Set("Content-Length", fmt.Sprint(len(data)))
		w.WriteHeader(status)
		if r.Method != http.MethodHead {
			w.Write(data)
		}
		return
	}
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(data))
}

// serveNoBuild answers while no build has succeeded yet: a page that shows
// the error overlay and reloads once the site builds.
func (s *Server) serveNoBuild(w http.ResponseWriter, r *http.Request, st *state) {
	page := []byte("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>gen serve: build failed</title></head>" +
		"<body><main><h1>The site has not built yet</h1><p>Fix the error shown here and save: this page reloads by itself.</p></main></body></html>")
	page = injectScript(page, s.id, st.gen, pagePath(r.URL.Path))
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusInternalServerError)
	if r.Method != http.MethodHead {
		w.Write(page)
	}
}

package serve

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func testServer(t *testing.T, files map[string][]byte) (*Server, *httptest.Server) {
	t.Helper()
	s := New(&fileSite{root: t.TempDir()}, Options{})
	s.apply(&Snapshot{Files: files, Changed: keysOf(files)}, nil)
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return s, ts
}

func keysOf(m map[string][]byte) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestServeFiles(t *testing.T) {
	page := "<!doctype html><html><body><p>Hi</p></body></html>"
	files := map[string][]byte{
		"index.html":            []byte(page),
		"articles/x/index.html": []byte(page),
		"css/site.css":          []byte("body{color:red}"),
		"feed.xml":              []byte("<rss/>"),
		"feed.json":             []byte("{}"),
		"img/logo.svg":          []byte("<svg/>"),
		"robots.txt":            []byte("User-agent: *"),
		"email/x/message.eml":   []byte("From: a"),
		"404.html":              []byte("<html><body>Site 404</body></html>"),
	}
	_, ts := testServer(t, files)
	noRedirect := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	tests := []struct {
		method, path string
		status       int
		ctype, body  string
		injected     bool
		location     string
	}{
		{"GET", "/", 200, "text/html; charset=utf-8", "<p>Hi</p>", true, ""},
		{"GET", "/articles/x/", 200, "text/html; charset=utf-8", "<p>Hi</p>", true, ""},
		{"GET", "/articles/x/index.html", 200, "text/html; charset=utf-8", "<p>Hi</p>", true, ""},
		{"GET", "/articles/x?a=1", 301, "", "", false, "/articles/x/?a=1"},
		{"GET", "/css/site.css", 200, "text/css; charset=utf-8", "body{color:red}", false, ""},
		{"GET", "/feed.xml", 200, "application/xml; charset=utf-8", "<rss/>", false, ""},
		{"GET", "/feed.json", 200, "application/json", "{}", false, ""},
		{"GET", "/img/logo.svg", 200, "image/svg+xml", "<svg/>", false, ""},
		{"GET", "/robots.txt", 200, "text/plain; charset=utf-8", "User-agent", false, ""},
		{"GET", "/email/x/message.eml", 200, "message/rfc822", "From: a", false, ""},
		{"GET", "/missing/", 404, "text/html; charset=utf-8", "Site 404", true, ""},
		{"GET", "/../../etc/passwd", 307, "", "", false, "/etc/passwd"}, // cleaned by ServeMux
		{"GET", "/etc/passwd", 404, "text/html; charset=utf-8", "Site 404", true, ""},
		{"GET", "/..%2f..%2fgen.toml", 404, "text/html; charset=utf-8", "Site 404", true, ""},
		{"GET", "/_gen/nothing", 404, "", "", false, ""},
		{"HEAD", "/css/site.css", 200, "text/css; charset=utf-8", "", false, ""},
		{"POST", "/", 405, "", "", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			req, _ := http.NewRequest(tt.method, ts.URL+tt.path, nil)
			resp, err := noRedirect.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d", resp.StatusCode, tt.status)
			}
			if tt.ctype != "" && resp.Header.Get("Content-Type") != tt.ctype {
				t.Errorf("Content-Type %q, want %q", resp.Header.Get("Content-Type"), tt.ctype)
			}
			if !strings.Contains(string(body), tt.body) {
				t.Errorf("body %q lacks %q", body, tt.body)
			}
			if got := strings.Contains(string(body), "/_gen/client.js"); got != tt.injected {
				t.Errorf("script injected = %v, want %v", got, tt.injected)
			}
			if tt.injected && !strings.Contains(string(body), "</script></body>") {
				t.Errorf("script not placed before </body>: %s", body)
			}
			if tt.location != "" && resp.Header.Get("Location") != tt.location {
				t.Errorf("Location %q, want %q", resp.Header.Get("Location"), tt.location)
			}
			if tt.status == 200 && resp.Header.Get("Cache-Control") != "no-store" {
				t.Errorf("Cache-Control %q", resp.Header.Get("Cache-Control"))
			}
		})
	}
}

func TestServeFilesWithoutSite404(t *testing.T) {
	_, ts := testServer(t, map[string][]byte{"index.html": []byte("<p>x</p>")})
	resp, err := http.Get(ts.URL + "/nope")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 404 || !strings.Contains(string(body), "/_gen/client.js") {
		t.Fatalf("status %d body %s", resp.StatusCode, body)
	}
}

func TestInjectScript(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"before body", "<body><p>x</p></body></html>", `<body><p>x</p><script src="/_gen/client.js" data-gen-id="id" data-gen="3" data-gen-path="a/index.html"></script></body></html>`},
		{"upper case, last one", "<BODY>a</body>b</BODY>", `<BODY>a</body>b<script src="/_gen/client.js" data-gen-id="id" data-gen="3" data-gen-path="a/index.html"></script></BODY>`},
		{"no body", "<p>x</p>", `<p>x</p><script src="/_gen/client.js" data-gen-id="id" data-gen="3" data-gen-path="a/index.html"></script>`},
	}
	for _, tt := range tests {
		if got := string(injectScript([]byte(tt.page), "id", 3, "a/index.html")); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
	if got := string(injectScript([]byte("<body></body>"), "id", 1, `a"><script>`)); strings.Contains(got, `a"><script>`) {
		t.Errorf("path not escaped: %s", got)
	}
}

func TestPagePathAndURL(t *testing.T) {
	for in, want := range map[string]string{
		"/": "index.html", "/articles/x/": "articles/x/index.html", "/articles/x": "articles/x/index.html",
		"/feed.xml": "feed.xml", "/a/../b/": "b/index.html",
	} {
		if got := pagePath(in); got != want {
			t.Errorf("pagePath(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"/": "/", "/articles/x/": "/articles/x/", "/articles/x/index.html": "/articles/x/", "/articles/x": "/articles/x/",
		"articles/x/": "/articles/x/", "/feed.xml": "/feed.xml",
	} {
		if got := pageURL(in); got != want {
			t.Errorf("pageURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLocalHost(t *testing.T) {
	for host, want := range map[string]bool{
		"localhost:4000": true, "127.0.0.1:4000": true, "[::1]:4000": true, "blog.localhost:4000": true,
		"localhost": true, "evil.example.com:4000": false, "192.168.1.5:4000": false, "": false,
	} {
		if got := localHost(host); got != want {
			t.Errorf("localHost(%q) = %v, want %v", host, got, want)
		}
	}
}

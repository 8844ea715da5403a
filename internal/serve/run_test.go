package serve

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// syncBuffer is a log safe to write from the server and read from the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// running is a Server running on a real folder and port.
type running struct {
	s    *Server
	root string
	base string
	log  *syncBuffer
	stop func()
}

func runSite(t *testing.T, files map[string]string) *running {
	t.Helper()
	return runSiteWith(t, files, Options{})
}

func runSiteWith(t *testing.T, files map[string]string, opts Options) *running {
	t.Helper()
	root := t.TempDir()
	for name, body := range files {
		writeFile(t, filepath.Join(root, name), body)
	}
	return runSiteAt(t, root, &fileSite{root: root}, opts)
}

// runSiteAt runs a Server for site, whose files are in root, until the
// test ends, and waits for its first build.
func runSiteAt(t *testing.T, root string, site Site, opts Options) *running {
	t.Helper()
	log := &syncBuffer{}
	opts.Log = log
	s := New(site, opts)
	ln, err := Listen("127.0.0.1", 0)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx, ln) }()
	r := &running{s: s, root: root, base: "http://" + ln.Addr().String(), log: log}
	r.stop = sync.OnceFunc(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	})
	t.Cleanup(r.stop)
	// Wait for the first build to be served.
	for s.current().gen == 0 {
		time.Sleep(5 * time.Millisecond)
	}
	return r
}

// servedBuild reads the build number the dev script carries in its
// data-gen attribute.
func servedBuild(t *testing.T, body []byte) uint64 {
	t.Helper()
	z := html.NewTokenizer(bytes.NewReader(body))
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
		for _, a := range z.Token().Attr {
			if a.Key == "data-gen" {
				gen, err := strconv.ParseUint(a.Val, 10, 64)
				if err != nil {
					t.Fatalf("data-gen=%q: %v", a.Val, err)
				}
				return gen
			}
		}
	}
	t.Fatalf("no dev script in %s", body)
	return 0
}

// load fetches a page the way a tab does and returns its body and build.
func (r *running) load(t *testing.T, path string) (string, uint64) {
	t.Helper()
	resp, err := http.Get(r.base + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return string(body), servedBuild(t, body)
}

func TestRunLiveReloadEverySave(t *testing.T) {
	r := runSite(t, map[string]string{"content/a.md": "first", "static/site.css": "body{}"})
	body, gen := r.load(t, "/a/")
	if !strings.Contains(body, "first") {
		t.Fatalf("page: %s", body)
	}
	tab := openStream(t, r.base, r.s.id, gen, "a/index.html")
	tab.next(t) // up to date

	// Five saves 0.3 s apart: each ends in an update that shows it. Only
	// the page changes, so the tab is told to fetch it and patch itself in
	// place, keeping its stream, as the dev client does.
	for i := range 5 {
		time.Sleep(300 * time.Millisecond)
		want := fmt.Sprintf("edit %d", i)
		writeFile(t, filepath.Join(r.root, "content/a.md"), want)
		for {
			ev := tab.next(t)
			if ev.Action == actionReload {
				t.Fatalf("a text edit reloads the page: %+v", ev)
			}
			if ev.Action != actionPage {
				continue
			}
			body, gen = r.load(t, "/a/")
			if gen < ev.Gen {
				t.Fatalf("the page fetched after the event for build %d is from build %d", ev.Gen, gen)
			}
			if strings.Contains(body, want) {
				break
			}
		}
	}

	// A stylesheet change swaps, it does not reload.
	writeFile(t, filepath.Join(r.root, "static/site.css"), "body{color:red}")
	for ev := tab.next(t); ev.Action != actionCSS; ev = tab.next(t) {
		if ev.Action == actionReload {
			t.Fatalf("css change reloaded the page")
		}
	}
	// The line is printed just after the event is released.
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(r.log.String(), "static/site.css: 1 file changed in"); {
		if time.Now().After(deadline) {
			t.Fatalf("log lacks the rebuild line:\n%s", r.log.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// newPage reports whether an event tells the tab its page changed, to be
// patched in place or reloaded.
func newPage(ev stateEvent) bool {
	return ev.Action == actionPage || ev.Action == actionReload
}

func TestSettleWaitsForAnEmptiedFileToBeWritten(t *testing.T) {
	root := t.TempDir()
	name := filepath.Join(root, "a.md")
	writeFile(t, name, "")
	go func() {
		time.Sleep(20 * time.Millisecond)
		os.WriteFile(name, []byte("written"), 0o644)
	}()
	// The wait is far longer than the write takes, so the file must be
	// written when settle returns.
	settle(root, []string{"a.md", "gone.md"}, time.Minute)
	if data, _ := os.ReadFile(name); string(data) != "written" {
		t.Fatalf("settle returned with %q", data)
	}
	// A file that stays empty is built once the wait is over.
	writeFile(t, name, "")
	settle(root, []string{"a.md"}, 10*time.Millisecond)
}

func TestRunErrorOverlayAndFix(t *testing.T) {
	r := runSite(t, map[string]string{"content/a.md": "good"})
	_, gen := r.load(t, "/a/")
	tab := openStream(t, r.base, r.s.id, gen, "a/index.html")
	tab.next(t)

	writeFile(t, filepath.Join(r.root, "content/a.md"), "line one\nthis is BROKEN\n")
	ev := tab.next(t)
	for len(ev.Errors) == 0 {
		ev = tab.next(t)
	}
	e := ev.Errors[0]
	if e.Pos != "content/a.md:2:9" || e.Message != "broken marker" || len(e.Excerpt) != 3 || !e.Excerpt[1].Mark {
		t.Fatalf("error view %+v", e)
	}
	// The last good build is still served.
	if body, _ := r.load(t, "/a/"); !strings.Contains(body, "good") {
		t.Fatalf("last good build not served: %s", body)
	}
	writeFile(t, filepath.Join(r.root, "content/a.md"), "fixed")
	for ev = tab.next(t); len(ev.Errors) > 0; ev = tab.next(t) {
	}
	if ev.Action != actionPage {
		t.Fatalf("fix: %+v", ev)
	}
}

func TestRunStartsDespiteBrokenSite(t *testing.T) {
	r := runSite(t, map[string]string{"content/a.md": "BROKEN"})
	resp, err := http.Get(r.base + "/a/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 500 || !strings.Contains(string(body), "/_gen/client.js") {
		t.Fatalf("status %d: %s", resp.StatusCode, body)
	}
	gen := servedBuild(t, body)
	tab := openStream(t, r.base, r.s.id, gen, "a/index.html")
	if ev := tab.next(t); len(ev.Errors) != 1 {
		t.Fatalf("first event %+v", ev)
	}
	writeFile(t, filepath.Join(r.root, "content/a.md"), "ok now")
	for ev := tab.next(t); !newPage(ev); ev = tab.next(t) {
	}
	if body, _ := r.load(t, "/a/"); !strings.Contains(body, "ok now") {
		t.Fatalf("page: %s", body)
	}
}

func TestRunShutdownFreesPort(t *testing.T) {
	r := runSite(t, map[string]string{"content/a.md": "x"})
	_, gen := r.load(t, "/a/")
	tab := openStream(t, r.base, r.s.id, gen, "a/index.html")
	tab.next(t)
	r.stop() // returns only once the open stream is closed and the port freed
	if _, ok := <-tab.events; ok {
		t.Fatal("stream still open after shutdown")
	}
	host, port, _ := net.SplitHostPort(strings.TrimPrefix(r.base, "http://"))
	p, _ := strconv.Atoi(port)
	ln, err := Listen(host, p)
	if err != nil {
		t.Fatalf("port not freed: %v", err)
	}
	ln.Close()
}

func TestListenBusyPort(t *testing.T) {
	ln, err := Listen("127.0.0.1", 0)
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	port := ln.Addr().(*net.TCPAddr).Port
	_, err = Listen("127.0.0.1", port)
	if err == nil || !strings.Contains(err.Error(), "already in use") || !strings.Contains(err.Error(), "--port") {
		t.Fatalf("err = %v", err)
	}
}

func TestRunRefusesForeignHost(t *testing.T) {
	r := runSite(t, map[string]string{"content/a.md": "x"})
	req, _ := http.NewRequest("GET", r.base+"/a/", nil)
	req.Host = "attacker.example:80"
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Fatalf("status %d, want 403", resp.StatusCode)
	}
}

func TestRunNewFileAndDelete(t *testing.T) {
	r := runSite(t, map[string]string{"content/a.md": "x"})
	// A tab on a page that does not exist yet is told when it appears.
	resp, err := http.Get(r.base + "/b/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 404 || !bytes.Contains(body, []byte("Site 404")) {
		t.Fatalf("status %d: %s", resp.StatusCode, body)
	}
	gen := servedBuild(t, body)
	tab := openStream(t, r.base, r.s.id, gen, "b/index.html")
	tab.next(t)
	writeFile(t, filepath.Join(r.root, "content/b.md"), "new page")
	for ev := tab.next(t); !newPage(ev); ev = tab.next(t) {
	}
	if body, _ := r.load(t, "/b/"); !strings.Contains(body, "new page") {
		t.Fatalf("page: %s", body)
	}
	// Deleting it tells the tab too (its fetch gets the 404 and reloads).
	_, gen = r.load(t, "/b/")
	tab.cancel()
	tab = openStream(t, r.base, r.s.id, gen, "b/index.html")
	tab.next(t)
	if err := os.Remove(filepath.Join(r.root, "content/b.md")); err != nil {
		t.Fatal(err)
	}
	for ev := tab.next(t); !newPage(ev); ev = tab.next(t) {
	}
}

func TestWarnPrintsOnlyNewWarnings(t *testing.T) {
	var out bytes.Buffer
	s := New(&fileSite{root: t.TempDir()}, Options{Log: &out})
	many := make([]string, 15)
	for i := range many {
		many[i] = fmt.Sprintf("w%02d", i)
	}
	s.warn(many)
	if got := strings.Count(out.String(), "warning: w"); got != maxWarnings || !strings.Contains(out.String(), "and 5 more") {
		t.Fatalf("first build printed:\n%s", out.String())
	}
	out.Reset()
	s.warn(append(many, "new one"))
	if out.String() != "warning: new one\n" {
		t.Fatalf("rebuild printed:\n%s", out.String())
	}
}

func TestRunPolling(t *testing.T) {
	r := runSiteWith(t, map[string]string{"content/a.md": "before"}, Options{Poll: true, PollInterval: 20 * time.Millisecond})
	_, gen := r.load(t, "/a/")
	tab := openStream(t, r.base, r.s.id, gen, "a/index.html")
	tab.next(t)
	writeFile(t, filepath.Join(r.root, "content/a.md"), "after, a longer text")
	for ev := tab.next(t); !newPage(ev); ev = tab.next(t) {
	}
	if body, _ := r.load(t, "/a/"); !strings.Contains(body, "after, a longer text") {
		t.Fatalf("page: %s", body)
	}
}

package serve

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

// stream is one tab's event stream.
type stream struct {
	events chan stateEvent
	cancel context.CancelFunc
}

func openStream(t testing.TB, base, id string, gen uint64, page string) *stream {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	q := url.Values{"id": {id}, "gen": {fmt.Sprint(gen)}, "path": {page}}
	req, _ := http.NewRequestWithContext(ctx, "GET", base+"/_gen/events?"+q.Encode(), nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("Content-Type %q", ct)
	}
	s := &stream{events: make(chan stateEvent, 64), cancel: cancel}
	go func() {
		defer resp.Body.Close()
		defer close(s.events)
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(nil, 1<<20)
		event := ""
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "event: "):
				event = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: ") && event == "state":
				var ev stateEvent
				if err := json.Unmarshal([]byte(strings.TrimPrefix(line, "data: ")), &ev); err != nil {
					t.Errorf("bad event %q: %v", line, err)
				}
				s.events <- ev
			}
		}
	}()
	t.Cleanup(cancel)
	return s
}

func (s *stream) next(t testing.TB) stateEvent {
	t.Helper()
	select {
	case ev, ok := <-s.events:
		if !ok {
			t.Fatal("stream closed")
		}
		return ev
	case <-time.After(20 * time.Second):
		t.Fatal("no event")
	}
	return stateEvent{}
}

func TestTrackerAction(t *testing.T) {
	tr := tracker{pathGen: map[string]uint64{}}
	tr.record(1, []string{"a/index.html", "b/index.html", "site.css", "logo.png"}, nil)
	tr.record(2, []string{"b/index.html", "feed.xml"}, nil)
	tr.record(3, []string{"site.css"}, []string{"c/index.html"})
	tr.record(4, []string{"d/index.html"}, nil)
	tests := []struct {
		same bool
		gen  uint64
		page string
		want string
	}{
		{true, 3, "a/index.html", actionNone},
		{true, 2, "a/index.html", actionCSS},
		{true, 1, "a/index.html", actionCSS}, // feed.xml does not concern a
		{true, 2, "b/index.html", actionCSS},
		{true, 1, "b/index.html", actionReload}, // b and site.css: one reload
		{true, 0, "a/index.html", actionReload}, // logo.png changed
		{true, 2, "c/index.html", actionReload}, // removed, and site.css
		{true, 3, "d/index.html", actionPage},   // only its HTML: patch in place
		{false, 3, "a/index.html", actionReload},
	}
	for _, tt := range tests {
		if got := tr.action(tt.same, tt.gen, tt.page); got != tt.want {
			t.Errorf("action(%v, %d, %s) = %s, want %s", tt.same, tt.gen, tt.page, got, tt.want)
		}
	}
}

func TestEventsTellTabsWhatTheyMissed(t *testing.T) {
	page := []byte("<html><body>v1</body></html>")
	s, ts := testServer(t, map[string][]byte{"a/index.html": page, "b/index.html": page, "site.css": []byte("x")})
	gen := s.current().gen

	// Up to date: told so at once.
	tab := openStream(t, ts.URL, s.id, gen, "a/index.html")
	if ev := tab.next(t); ev.Action != actionNone || ev.Gen != gen || ev.Errors != nil {
		t.Fatalf("first event %+v", ev)
	}
	// Another page changes: nothing to do, but the tab learns the build.
	s.apply(&Snapshot{Files: s.current().files, Changed: []string{"b/index.html"}}, nil)
	if ev := tab.next(t); ev.Action != actionNone || ev.Gen != gen+1 {
		t.Fatalf("after b changed: %+v", ev)
	}
	// Only CSS changes: swap.
	s.apply(&Snapshot{Files: s.current().files, Changed: []string{"site.css"}}, nil)
	if ev := tab.next(t); ev.Action != actionCSS {
		t.Fatalf("after css changed: %+v", ev)
	}
	// A failed build: errors, no reload; the files stay.
	s.apply(nil, fmt.Errorf("boom"))
	if ev := tab.next(t); ev.Action != actionNone || len(ev.Errors) != 1 || ev.Errors[0].Message != "boom" {
		t.Fatalf("after failure: %+v", ev)
	}
	if s.current().files == nil {
		t.Fatal("last good build dropped")
	}
	// The fix changes the page: patch it in place, errors gone.
	s.apply(&Snapshot{Files: s.current().files, Changed: []string{"a/index.html"}}, nil)
	if ev := tab.next(t); ev.Action != actionPage || ev.Errors != nil {
		t.Fatalf("after fix: %+v", ev)
	}
	// A tab that was loading while builds landed (it still shows gen) is
	// told at once what it missed: the page and a stylesheet, one reload.
	late := openStream(t, ts.URL, s.id, gen, "a/index.html")
	if ev := late.next(t); ev.Action != actionReload {
		t.Fatalf("late tab: %+v", ev)
	}
	// One that missed only the page patches it.
	patched := openStream(t, ts.URL, s.id, gen+2, "a/index.html")
	if ev := patched.next(t); ev.Action != actionPage || ev.Gen != s.current().gen {
		t.Fatalf("tab that missed the page: %+v", ev)
	}
	// Something a page loads changed: every tab reloads.
	s.apply(&Snapshot{Files: s.current().files, Changed: []string{"logo.png"}}, nil)
	if ev := tab.next(t); ev.Action != actionReload {
		t.Fatalf("after an image changed: %+v", ev)
	}
	// A tab from another server run reloads.
	old := openStream(t, ts.URL, "previous-run", s.current().gen, "a/index.html")
	if ev := old.next(t); ev.Action != actionReload {
		t.Fatalf("old tab: %+v", ev)
	}
}

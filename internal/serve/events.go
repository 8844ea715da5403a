package serve

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// stateEvent is the one message the event stream sends: what the tab must
// do to show the current build, and the current build errors.
type stateEvent struct {
	Gen    uint64      `json:"gen"`
	Action string      `json:"action"`
	Errors []ErrorView `json:"errors"`
}

// keepAlive is how often an idle stream sends a comment, so proxies and
// browsers keep it open and a vanished tab is noticed.
const keepAlive = 20 * time.Second

// serveEvents streams state events to one tab. The tab says which server
// run (id), build (gen) and output path it shows; it gets an event at once
// if it missed anything (it was loading while another save was built)
// and one after every later build. Builds are swapped in before the event
// is sent, so a reload or a fetch of the page always gets the new files.
func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	// The stream lasts as long as the tab, so the connection's read and
	// write timeouts, which end ordinary requests, must not end it.
	rc := http.NewResponseController(w)
	_ = rc.SetReadDeadline(time.Time{})
	_ = rc.SetWriteDeadline(time.Time{})
	q := r.URL.Query()
	sameServer := q.Get("id") == s.id
	gen, _ := strconv.ParseUint(q.Get("gen"), 10, 64)
	page := q.Get("path")

	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	fmt.Fprint(w, "retry: 500\n\n") // reconnect quickly after a restart
	flusher.Flush()

	ticker := time.NewTicker(keepAlive)
	defer ticker.Stop()
	sent := false
	for {
		st, next, act := s.stateFor(sameServer, gen, page)
		if !sent || st.gen != gen {
			data, err := json.Marshal(stateEvent{Gen: st.gen, Action: act, Errors: st.errors})
			if err != nil {
				return
			}
			if _, err := fmt.Fprintf(w, "event: state\ndata: %s\n\n", data); err != nil {
				return
			}
			flusher.Flush()
			sent, gen, sameServer = true, st.gen, true
		}
		select {
		case <-next:
		case <-ticker.C:
			if _, err := fmt.Fprint(w, ": keep-alive\n\n"); err != nil {
				return
			}
			flusher.Flush()
		case <-r.Context().Done():
			return
		case <-s.closing:
			return
		}
	}
}

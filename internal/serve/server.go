package serve

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Options configure a Server.
type Options struct {
	// Poll rescans the folders every PollInterval instead of using kernel
	// notifications, for network drives and some containers.
	Poll         bool
	PollInterval time.Duration
	// Log receives one line per build; Errors receives build errors.
	Log, Errors io.Writer
	// Quiet and MaxWait tune the debounce (see coalesce); zero uses defaults.
	Quiet, MaxWait time.Duration
	// OnBuild, when set, is called after each rebuild is swapped in and
	// its event released, with the batch that caused it and the outcome
	// (benchmarks and tests).
	OnBuild func(Batch, *Snapshot, error)
}

// Server is the development server for one site.
type Server struct {
	site Site
	opts Options
	id   string // this server run; tabs from an earlier run reload

	mu      sync.Mutex
	st      *state
	next    chan struct{} // closed and replaced when st changes
	tracker tracker

	ready     chan struct{} // closed once the first build is served
	closing   chan struct{}
	closeOnce sync.Once
	routes    *http.ServeMux
	email     EmailSource     // nil when the site has no email preview
	warned    map[string]bool // the last build's warnings, printed already
}

// New returns a server for site; call Run to build, watch and serve.
func New(site Site, opts Options) *Server {
	if opts.PollInterval <= 0 {
		opts.PollInterval = defaultPollInterval
	}
	if opts.Quiet <= 0 {
		opts.Quiet = defaultQuiet
	}
	if opts.MaxWait <= 0 {
		opts.MaxWait = defaultMaxWait
	}
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	if opts.Errors == nil {
		opts.Errors = opts.Log
	}
	var id [8]byte
	rand.Read(id[:])
	s := &Server{
		site:    site,
		opts:    opts,
		id:      hex.EncodeToString(id[:]),
		st:      &state{},
		next:    make(chan struct{}),
		tracker: tracker{pathGen: map[string]uint64{}},
		ready:   make(chan struct{}),
		closing: make(chan struct{}),
	}
	if es, ok := site.(EmailSource); ok {
		s.email = es
	}
	s.routes = http.NewServeMux()
	s.routes.HandleFunc("/_gen/events", s.serveEvents)
	s.routes.HandleFunc("/_gen/client.js", serveClient)
	s.routes.HandleFunc("/_gen/lint.json", s.serveLint)
	s.routes.HandleFunc("/_gen/email/", s.serveEmail)
	s.routes.HandleFunc("/_gen/", http.NotFound)
	s.routes.HandleFunc("/", s.serveFiles)
	return s
}

// Ready is closed once the first build (good or failed) is being served.
func (s *Server) Ready() <-chan struct{} { return s.ready }

// Handler serves the site, the dev client and the event stream.
func (s *Server) Handler() http.Handler { return s.routes }

// current returns the state being shown.
func (s *Server) current() *state {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.st
}

// stateFor returns the current state, a channel closed when it changes and
// what a tab showing page as of gen must do.
func (s *Server) stateFor(sameServer bool, gen uint64, page string) (*state, <-chan struct{}, string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.st, s.next, s.tracker.action(sameServer, gen, page)
}

// publish swaps in a new state and wakes every event stream.
func (s *Server) publish(update func(old *state) *state, changed, removed []string) *state {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := update(s.st)
	st.gen = s.st.gen + 1
	s.tracker.record(st.gen, changed, removed)
	s.st = st
	close(s.next)
	s.next = make(chan struct{})
	return st
}

// apply publishes a build's outcome: a good snapshot replaces the files;
// an error keeps them and shows the errors.
func (s *Server) apply(snap *Snapshot, err error) {
	if err != nil {
		views := errorViews(s.site.Root(), err)
		s.publish(func(old *state) *state {
			return &state{files: old.files, lint: old.lint, errors: views}
		}, nil, nil)
		return
	}
	changed := snap.Changed
	if s.current().files == nil {
		// The first good build after failures: every tab shows the
		// placeholder page and must reload.
		changed = make([]string, 0, len(snap.Files))
		for name := range snap.Files {
			changed = append(changed, name)
		}
	}
	s.publish(func(*state) *state {
		return &state{files: snap.Files, lint: snap.Lint}
	}, changed, snap.Removed)
}

// timeouts bound how long one connection may hold the dev server: a
// client that sends its request slowly, never reads the answer, or keeps
// an idle keep-alive connection open is cut off. The event stream is
// exempt (serveEvents lifts its deadlines): it stays open by design.
type timeouts struct{ readHeader, read, write, idle time.Duration }

var defaultTimeouts = timeouts{readHeader: 10 * time.Second, read: 30 * time.Second, write: time.Minute, idle: 2 * time.Minute}

// httpServer is the http.Server that serves h with the given timeouts.
func httpServer(h http.Handler, t timeouts) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: t.readHeader,
		ReadTimeout:       t.read,
		WriteTimeout:      t.write,
		IdleTimeout:       t.idle,
	}
}

// Listen opens the server's port. A port in use is reported with the fix.
func Listen(bind string, port int) (net.Listener, error) {
	addr := net.JoinHostPort(bind, fmt.Sprint(port))
	ln, err := net.Listen("tcp", addr)
	if err == nil {
		return ln, nil
	}
	if errors.Is(err, syscall.EADDRINUSE) {
		return nil, fmt.Errorf("port %d on %s is already in use (is another gen serve running?)\n"+
			"  hint: stop the other server, or pick a free port with --port %d", port, bind, port+1)
	}
	if strings.Contains(err.Error(), "assign requested address") || strings.Contains(err.Error(), "no such host") {
		return nil, fmt.Errorf("cannot listen on %s: %v\n  hint: --bind takes an address of this machine, such as 127.0.0.1 or 0.0.0.0", addr, err)
	}
	return nil, fmt.Errorf("cannot listen on %s: %w", addr, err)
}

// IsLoopback reports whether bind only accepts connections from this machine.
func IsLoopback(bind string) bool {
	if bind == "localhost" {
		return true
	}
	ip := net.ParseIP(bind)
	return ip != nil && ip.IsLoopback()
}

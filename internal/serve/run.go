package serve

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/plural"
)

// Run builds the site, starts watching and serves on ln until ctx is done,
// then shuts down cleanly: event streams closed, connections drained, the
// watcher stopped and the port freed. Build errors never stop it: the last
// good build stays up and open tabs show the errors.
func (s *Server) Run(ctx context.Context, ln net.Listener) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// Watch before the first build so a save made during it is not missed.
	raw := make(chan Batch, 256)
	w := newTracker(s.site.Root(), s.site.WatchDirs(), []string{config.FileName})
	stopWatch, err := s.startWatch(ctx, w, raw)
	if err != nil {
		return err
	}
	defer stopWatch()

	snap, err := s.site.Build(ctx)
	s.apply(snap, err)
	if err != nil {
		fmt.Fprintf(s.opts.Errors, "%s  the site does not build yet; open tabs show why and reload once it does\n%v\n",
			time.Now().Format("15:04:05"), err)
	} else {
		s.logf("built %s in %s", snap.Summary, round(snap.Duration))
		s.warn(snap.Warnings)
	}

	srv := httpServer(s.guard(ln.Addr(), s.routes), defaultTimeouts)
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	close(s.ready)

	batches := make(chan Batch)
	go coalesce(ctx, raw, batches, s.opts.Quiet, s.opts.MaxWait)
	var failed []string // paths of failed rebuilds, retried with the next batch
loop:
	for {
		select {
		case b := <-batches:
			failed = s.rebuild(ctx, w, b, failed)
		case err := <-served:
			return fmt.Errorf("serve: %w", err)
		case <-ctx.Done():
			break loop
		}
	}
	s.close()
	shutdownCtx, done := context.WithTimeout(context.Background(), 5*time.Second)
	defer done()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		srv.Close()
	}
	return nil
}

// startWatch starts kernel notifications, or polling when asked or when
// the kernel's watch limit is reached (with a message on how to raise it).
func (s *Server) startWatch(ctx context.Context, w *Watcher, raw chan<- Batch) (func(), error) {
	if !s.opts.Poll {
		stop, err := watchNotify(ctx, w, raw, func(err error) { s.logf("watch: %v", err) })
		if err == nil {
			return stop, nil
		}
		if !errors.Is(err, errWatchLimit) {
			return nil, fmt.Errorf("watch %s: %w", w.root, err)
		}
		fmt.Fprintf(s.opts.Errors, "warning: %v\n  gen serve is polling for changes instead, which is slower.\n", err)
	}
	return watchPoll(ctx, w, raw, s.opts.PollInterval), nil
}

// rebuild runs one rebuild for a batch and reports it in one line.
func (s *Server) rebuild(ctx context.Context, w *Watcher, b Batch, failed []string) []string {
	paths := mergePaths(b.Paths, failed)
	settle(w.root, paths, emptyWait)
	var snap *Snapshot
	var err error
	if b.Full {
		snap, err = s.site.Build(ctx)
	} else {
		snap, err = s.site.Rebuild(ctx, paths)
	}
	if ctx.Err() != nil {
		return nil
	}
	s.apply(snap, err)
	if s.opts.OnBuild != nil {
		s.opts.OnBuild(Batch{Paths: paths, Full: b.Full}, snap, err)
	}
	what := describeBatch(Batch{Paths: paths, Full: b.Full})
	if err != nil {
		s.logErr(what, err)
		return paths
	}
	s.logf("%s: %s in %s", what, describeChanges(snap), round(snap.Duration))
	s.warn(snap.Warnings)
	w.setDirs(s.site.WatchDirs()) // a theme change moves the watch
	return nil
}

// emptyWait bounds how long a rebuild waits for an empty file to be
// written (see settle).
const emptyWait = 50 * time.Millisecond

// settle waits, at most wait in all, while a changed file is empty. An
// editor saving in place truncates the file and then writes it, as two
// events; when the machine is busy the write can come after the debounce,
// and a build in between would show the writer an empty page or a
// missing-front-matter error for a moment, and scroll the page to the top.
// A file that really was emptied is built once wait has passed; the write,
// when it comes, has its own event and rebuild either way.
func settle(root string, paths []string, wait time.Duration) {
	deadline := time.Now().Add(wait)
	for _, p := range paths {
		for time.Now().Before(deadline) {
			st, err := os.Stat(filepath.Join(root, filepath.FromSlash(p)))
			if err != nil || !st.Mode().IsRegular() || st.Size() > 0 {
				break
			}
			time.Sleep(2 * time.Millisecond)
		}
	}
}

func mergePaths(a, b []string) []string {
	if len(b) == 0 {
		return a
	}
	set := map[string]bool{}
	for _, p := range a {
		set[p] = true
	}
	for _, p := range b {
		set[p] = true
	}
	return slices.Sorted(maps.Keys(set))
}

func describeBatch(b Batch) string {
	switch {
	case b.Full:
		return "events were lost, full rebuild"
	case len(b.Paths) == 1:
		return b.Paths[0]
	case len(b.Paths) == 0:
		return "rebuild"
	}
	return fmt.Sprintf("%s and %d more", b.Paths[0], len(b.Paths)-1)
}

func describeChanges(snap *Snapshot) string {
	var parts []string
	if n := len(snap.Changed); n > 0 {
		parts = append(parts, plural.Count(n, "file", "files")+" changed")
	}
	if n := len(snap.Removed); n > 0 {
		parts = append(parts, plural.Count(n, "file", "files")+" removed")
	}
	if len(parts) == 0 {
		return "no output changed"
	}
	return strings.Join(parts, ", ")
}

func round(d time.Duration) time.Duration {
	if d >= 10*time.Millisecond {
		return d.Round(time.Millisecond)
	}
	return d.Round(100 * time.Microsecond)
}

func (s *Server) logf(format string, args ...any) {
	fmt.Fprintf(s.opts.Log, "%s  %s\n", time.Now().Format("15:04:05"), fmt.Sprintf(format, args...))
}

func (s *Server) logErr(what string, err error) {
	fmt.Fprintf(s.opts.Errors, "%s  %s: build failed, still serving the last good build\n%v\n",
		time.Now().Format("15:04:05"), what, err)
}

// maxWarnings is how many new warnings one build prints in full.
const maxWarnings = 10

// warn prints the warnings the previous build did not have, so a rebuild
// does not repeat hundreds of known ones.
func (s *Server) warn(warnings []string) {
	seen := make(map[string]bool, len(warnings))
	var fresh []string
	for _, w := range warnings {
		if !s.warned[w] && !seen[w] {
			fresh = append(fresh, w)
		}
		seen[w] = true
	}
	s.warned = seen
	for i, w := range fresh {
		if i == maxWarnings {
			fmt.Fprintf(s.opts.Errors, "warning: … and %d more (gen build lists them all)\n", len(fresh)-maxWarnings)
			break
		}
		fmt.Fprintf(s.opts.Errors, "warning: %s\n", w)
	}
}

// close ends every event stream so shutdown need not wait for them.
func (s *Server) close() {
	s.closeOnce.Do(func() { close(s.closing) })
}

// guard refuses requests whose Host is not this machine when the server
// listens on loopback only: a web page elsewhere could otherwise read
// drafts through DNS rebinding.
func (s *Server) guard(addr net.Addr, next http.Handler) http.Handler {
	tcp, ok := addr.(*net.TCPAddr)
	if !ok || !tcp.IP.IsLoopback() {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !localHost(r.Host) {
			http.Error(w, "gen serve answers requests for localhost only", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func localHost(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.Trim(host, "[]")
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

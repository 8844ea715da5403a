package serve

import (
	"bufio"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// short are timeouts a test can outlast quickly.
var short = timeouts{readHeader: 100 * time.Millisecond, read: 100 * time.Millisecond, write: 100 * time.Millisecond, idle: 100 * time.Millisecond}

func timedServer(t *testing.T, files map[string][]byte) (*Server, *httptest.Server) {
	t.Helper()
	s := New(&fileSite{root: t.TempDir()}, Options{})
	s.apply(&Snapshot{Files: files, Changed: keysOf(files)}, nil)
	ts := httptest.NewUnstartedServer(s.Handler())
	ts.Config = httpServer(s.Handler(), short)
	ts.Start()
	t.Cleanup(ts.Close)
	return s, ts
}

func TestServerSetsTimeouts(t *testing.T) {
	srv := httpServer(http.NotFoundHandler(), defaultTimeouts)
	if srv.ReadHeaderTimeout <= 0 || srv.ReadTimeout <= 0 || srv.WriteTimeout <= 0 || srv.IdleTimeout <= 0 {
		t.Errorf("timeouts: header %v, read %v, write %v, idle %v", srv.ReadHeaderTimeout, srv.ReadTimeout, srv.WriteTimeout, srv.IdleTimeout)
	}
}

// TestEventStreamOutlivesTimeouts: a tab's event stream still gets the
// next build's event after the read and write timeouts have passed.
func TestEventStreamOutlivesTimeouts(t *testing.T) {
	page := []byte("<html><body>v1</body></html>")
	s, ts := timedServer(t, map[string][]byte{"a/index.html": page})
	tab := openStream(t, ts.URL, s.id, s.current().gen, "a/index.html")
	tab.next(t)
	time.Sleep(4 * short.write)
	s.apply(&Snapshot{Files: s.current().files, Changed: []string{"a/index.html"}}, nil)
	if ev := tab.next(t); ev.Action != actionPage {
		t.Errorf("event after the timeouts: %+v", ev)
	}
}

// TestIdleConnectionIsClosed: a keep-alive connection that sends nothing
// more is closed by the server, not held open.
func TestIdleConnectionIsClosed(t *testing.T) {
	_, ts := timedServer(t, map[string][]byte{"index.html": []byte("<html><body>hi</body></html>")})
	conn, err := net.Dial("tcp", ts.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := io.WriteString(conn, "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(conn)
	resp, err := http.ReadResponse(r, nil)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	// The bound only keeps a broken server from hanging the test.
	conn.SetReadDeadline(time.Now().Add(50 * short.idle))
	if _, err := r.ReadByte(); !errors.Is(err, io.EOF) {
		t.Errorf("idle connection: read %v, want EOF (closed by the server)", err)
	}
}

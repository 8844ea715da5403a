package browsertest

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// genBin is the gen binary built once for all tests.
var genBin string

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	dir, err := os.MkdirTemp("", "gen-browsertest-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	genBin = filepath.Join(dir, "gen")
	build := exec.Command("go", "build", "-o", genBin, "./cmd/gen")
	build.Dir = repoRoot()
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "build gen:", err)
		return 1
	}
	return m.Run()
}

func repoRoot() string {
	wd, _ := os.Getwd()
	return filepath.Join(wd, "..", "..", "..")
}

// copySite copies the repository's sample site (gen.toml, content, themes,
// layouts, static) into a temporary folder.
func copySite(t testing.TB) string {
	t.Helper()
	dst := t.TempDir()
	src := repoRoot()
	for _, name := range []string{"gen.toml", "content", "themes", "layouts", "static"} {
		from := filepath.Join(src, name)
		if _, err := os.Stat(from); err != nil {
			continue
		}
		err := filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(src, p)
			to := filepath.Join(dst, rel)
			if d.IsDir() {
				return os.MkdirAll(to, 0o755)
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			return os.WriteFile(to, data, 0o644)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

// server is a running gen serve.
type server struct {
	cmd  *exec.Cmd
	url  string
	port string
	out  *logBuffer
	done chan struct{}
}

type logBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

var servingRE = regexp.MustCompile(`at (http://127\.0\.0\.1:(\d+)/)`)

// startServe runs gen serve on root and waits until it serves.
func startServe(t testing.TB, root, port string) *server {
	t.Helper()
	cmd := exec.Command(genBin, "serve", "--source", root, "--port", port)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	s := &server{cmd: cmd, out: &logBuffer{}, done: make(chan struct{})}
	cmd.Stderr = s.out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	found := make(chan []string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			line := sc.Text()
			fmt.Fprintln(s.out, line)
			if m := servingRE.FindStringSubmatch(line); m != nil {
				found <- m
			}
		}
		io.Copy(io.Discard, stdout)
	}()
	go func() { cmd.Wait(); close(s.done) }()
	t.Cleanup(func() { s.stop(t) })
	select {
	case m := <-found:
		s.url, s.port = m[1], m[2]
	case <-s.done:
		t.Fatalf("gen serve exited:\n%s", s.out)
	case <-time.After(60 * time.Second):
		t.Fatalf("gen serve did not start:\n%s", s.out)
	}
	return s
}

// stop sends Ctrl-C and waits for a clean exit.
func (s *server) stop(t testing.TB) {
	select {
	case <-s.done:
		return
	default:
	}
	s.cmd.Process.Signal(syscall.SIGINT)
	select {
	case <-s.done:
		if code := s.cmd.ProcessState.ExitCode(); code != 0 {
			t.Errorf("gen serve exited with %d after Ctrl-C:\n%s", code, s.out)
		}
	case <-time.After(20 * time.Second):
		s.cmd.Process.Kill()
		t.Errorf("gen serve did not stop on Ctrl-C:\n%s", s.out)
	}
}

// waitJS evaluates expr until it returns true, failing after a generous
// timeout with what describe returns then.
func waitJS(t testing.TB, ctx context.Context, what, expr, describe string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		var ok bool
		err := chromedp.Run(ctx, chromedp.Evaluate(expr, &ok))
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			var state string
			chromedp.Run(ctx, chromedp.Evaluate(describe, &state))
			t.Fatalf("timed out waiting for %s (err %v); page: %s", what, err, state)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func write(t *testing.T, name, body string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

func readFile(name string) (string, error) {
	b, err := os.ReadFile(name)
	return string(b), err
}

package browsertest

import (
	"bytes"
	"errors"
	"io/fs"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestServeBusyPortExits2(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	port := strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
	var stderr bytes.Buffer
	cmd := exec.Command(genBin, "serve", "--source", copySite(t), "--port", port)
	cmd.Stderr = &stderr
	err = cmd.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 2 {
		t.Fatalf("exit %v, want 2; stderr:\n%s", err, stderr.String())
	}
	if msg := stderr.String(); !strings.Contains(msg, "port "+port+" on 127.0.0.1 is already in use") || !strings.Contains(msg, "--port") {
		t.Errorf("message:\n%s", msg)
	}
}

func TestServeWarnsWhenNotLoopback(t *testing.T) {
	root := copySite(t)
	cmd := exec.Command(genBin, "serve", "--source", root, "--bind", "0.0.0.0", "--port", "0")
	out := &logBuffer{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for !strings.Contains(out.String(), "serving") && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	cmd.Process.Signal(os.Interrupt)
	if err := cmd.Wait(); err != nil {
		t.Errorf("after Ctrl-C: %v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "warning: listening on 0.0.0.0") || !strings.Contains(out.String(), "--bind 127.0.0.1") {
		t.Errorf("no warning:\n%s", out.String())
	}
}

func TestBuildOutputHasNoDevScript(t *testing.T) {
	root := copySite(t)
	cmd := exec.Command(genBin, "build", "--source", root, "--quiet")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("gen build: %v\n%s", err, out)
	}
	n := 0
	err := filepath.WalkDir(filepath.Join(root, "public"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		n++
		if bytes.Contains(data, []byte("/_gen/")) || bytes.Contains(data, []byte("gen-dev-ui")) {
			t.Errorf("%s contains the dev client", p)
		}
		return nil
	})
	if err != nil || n == 0 {
		t.Fatalf("walked %d files: %v", n, err)
	}
}

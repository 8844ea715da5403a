//go:build unix

package main

import (
	"bytes"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/claritynotes/gen/internal/testutil"
)

// TestSIGTERMStopsBuild sends SIGTERM to gen build while it renders a
// 16 MB page: the process must be gone within 2 s, with public/ as the
// previous build left it and no temporary folder beside it.
func TestSIGTERMStopsBuild(t *testing.T) {
	root := sampleSite(t)
	if _, stderr, code := runGen(t, root, "build", "--quiet"); code != 0 {
		t.Fatalf("first build: exit %d\n%s", code, stderr)
	}
	before := treeOf(t, filepath.Join(root, "public"))
	var body strings.Builder
	for body.Len() < 16<<20 {
		body.WriteString("You can write a clear note to your reader today, and they'll thank you for the time you saved them.\n\n")
	}
	testutil.WriteFile(t, root, "content/articles/huge.md",
		"---\ntitle: \"A huge article\"\ndate: 2026-05-20\ndescription: \"Huge.\"\ntags: [writing]\n---\n\n"+body.String())

	cmd := exec.Command(genBin, "build", "--quiet")
	cmd.Dir = root
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	time.Sleep(time.Second) // well into the build, which takes several
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-exited:
		if err == nil {
			t.Fatal("gen build finished before SIGTERM arrived; the page is too small to test with")
		}
	case <-time.After(2 * time.Second):
		_ = cmd.Process.Kill()
		<-exited
		t.Fatal("gen build still running 2 s after SIGTERM")
	}
	if !strings.Contains(stderr.String(), "interrupted") {
		t.Errorf("stderr does not say the build was interrupted: %q", stderr.String())
	}
	if after := treeOf(t, filepath.Join(root, "public")); !maps.Equal(before, after) {
		t.Error("public/ changed after an interrupted build")
	}
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp") {
			t.Errorf("temporary folder %s left behind", e.Name())
		}
	}
}

//go:build unix

package main

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
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

	// Into the build: once its temporary folder is there and the huge
	// page has been read, the page is still to be parsed and rendered (a
	// fixed wait raced a machine fast enough to finish the build first).
	staging := func() bool {
		entries, _ := os.ReadDir(root)
		for _, e := range entries {
			if strings.Contains(e.Name(), ".tmp") {
				return true
			}
		}
		return false
	}
	_, stderr := interruptGen(t, root, staging, 16<<20, 2*time.Second, "build", "--quiet")
	if !strings.Contains(stderr, "interrupted") {
		t.Errorf("stderr does not say the build was interrupted: %q", stderr)
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

// TestSIGTERMStopsEmail sends SIGTERM to gen email while it renders
// issues near the size limit: gen must say it was interrupted, and every
// file it left in email/ must be whole, the same as an uninterrupted run
// writes, with no temporary file beside it.
func TestSIGTERMStopsEmail(t *testing.T) {
	root := sampleSite(t)
	var body strings.Builder
	for body.Len() < 1<<20-4096 {
		body.WriteString("You can write a clear note to your reader today, and they'll [thank you](https://example.com/) for the **time** you saved them.\n\n")
	}
	// gen makes as many emails at once as it may use CPUs; with two, four
	// of the six huge issues are still to come when the first is written.
	t.Setenv("GOMAXPROCS", "2")
	const huge = 6
	for i := range huge {
		testutil.WriteFile(t, root, fmt.Sprintf("content/newsletter/huge-%d.md", i), fmt.Sprintf(
			"---\ntitle: \"A huge issue\"\ndate: 2026-05-2%d\ndescription: \"Huge.\"\nissue: %d\nsubject: \"Huge\"\n---\n\n%s", i, 90+i, body.String()))
	}

	// Into the huge issues: once the first of them has its email, the
	// others are still being made (a fixed wait raced a machine fast
	// enough to finish them all first).
	firstHugeEmail := func() bool {
		entries, _ := os.ReadDir(filepath.Join(root, "email"))
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), "huge-") {
				return true
			}
		}
		return false
	}
	_, stderr := interruptGen(t, root, firstHugeEmail, 1<<20, 20*time.Second, "email")
	if !strings.Contains(stderr, "gen email: interrupted;") {
		t.Errorf("stderr does not say gen email was interrupted: %q", stderr)
	}
	interrupted := treeOf(t, filepath.Join(root, "email"))

	full := t.TempDir()
	if _, errOut, code := runGen(t, root, "email", "--out", full); code != 0 && code != 1 {
		t.Fatalf("uninterrupted gen email: exit %d\n%s", code, errOut)
	}
	whole := treeOf(t, filepath.Join(full, "email"))
	if len(interrupted) >= len(whole) {
		t.Errorf("the interrupted run wrote %d files, as many as a whole run (%d)", len(interrupted), len(whole))
	}
	for name, data := range interrupted {
		if want, ok := whole[name]; !ok {
			t.Errorf("email/%s: not a file gen email writes (a temporary file left behind?)", name)
		} else if data != want {
			t.Errorf("email/%s: not as a whole run writes it (%d bytes, want %d)", name, len(data), len(want))
		}
	}
}

// TestSIGTERMStopsLint sends SIGTERM to gen lint while it reads 16 MB
// articles: it must say so and print no report, rather than a report of
// what it had read.
func TestSIGTERMStopsLint(t *testing.T) {
	root := sampleSite(t)
	var body strings.Builder
	for body.Len() < 16<<20 {
		body.WriteString("You can write a clear note to your reader today, and they will thank you for the time you saved them.\n\n")
	}
	// gen lints as many files at once as it may use CPUs; with two, two
	// of the four huge articles are still to be read when the first has
	// been (a fixed wait raced a machine fast enough to lint one first).
	t.Setenv("GOMAXPROCS", "2")
	const huge = 4
	args := []string{"lint"}
	for i := range huge {
		name := fmt.Sprintf("content/articles/huge-%d.md", i)
		testutil.WriteFile(t, root, name, fmt.Sprintf("---\ntitle: \"Huge %d\"\ndate: 2026-05-20\n---\n\n%s", i, body.String()))
		args = append(args, name)
	}

	stdout, stderr := interruptGen(t, root, after(0), 16<<20, 20*time.Second, args...)
	if !strings.Contains(stderr, "gen lint: interrupted;") {
		t.Errorf("stderr does not say gen lint was interrupted: %q", stderr)
	}
	if stdout != "" {
		t.Errorf("an interrupted gen lint printed a report:\n%s", stdout)
	}
}

// interruptGen runs gen with args in root, sends it SIGTERM once wait has
// passed and gen has read at least read bytes, and returns what it
// printed. gen must exit with the code of an interrupted command within
// limit of the signal (a bound for a hang, not a speed measure), and must
// not have finished before it.
func interruptGen(t *testing.T, root string, ready func() bool, read int64, limit time.Duration, args ...string) (stdout, stderr string) {
	t.Helper()
	cmd := exec.Command(genBin, args...)
	cmd.Dir = root
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	waitForRead(t, cmd.Process.Pid, read, limit)
	for deadline := time.Now().Add(limit); !ready(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("gen %s: not ready to be interrupted after %s", args[0], limit)
		}
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-exited:
		var exit *exec.ExitError
		if err == nil {
			t.Fatalf("gen %s finished before SIGTERM arrived; its input is too small to test with", args[0])
		} else if !errors.As(err, &exit) || exit.ExitCode() != exitUsage {
			t.Fatalf("gen %s: %v, want exit %d\n%s", args[0], err, exitUsage, errOut.String())
		}
	case <-time.After(limit):
		_ = cmd.Process.Kill()
		<-exited
		t.Fatalf("gen %s still running %s after SIGTERM", args[0], limit)
	}
	return out.String(), errOut.String()
}

// after returns a readiness test for interruptGen that holds once d has
// passed since its first call.
func after(d time.Duration) func() bool {
	var start time.Time
	return func() bool {
		if start.IsZero() {
			start = time.Now()
		}
		return time.Since(start) >= d
	}
}

// waitForRead waits until process pid has read at least n bytes, as
// Linux counts them (rchar in /proc/PID/io). gen hears signals only once
// its command has started, and it reads its content after that: on a
// busy machine a fixed wait could end while the runtime was still
// starting, and the signal would end gen before it could stop cleanly.
// Where the system does not count reads, the wait alone has to do.
func waitForRead(t *testing.T, pid int, n int64, limit time.Duration) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for {
		data, err := os.ReadFile(fmt.Sprintf("/proc/%d/io", pid))
		if err != nil {
			return
		}
		var read int64
		for line := range strings.Lines(string(data)) {
			if v, ok := strings.CutPrefix(line, "rchar: "); ok {
				read, _ = strconv.ParseInt(strings.TrimSpace(v), 10, 64)
			}
		}
		if read >= n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("gen read %d bytes in %s, not the %d of its input", read, limit, n)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

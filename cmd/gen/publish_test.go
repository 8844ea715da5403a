package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claritynotes/gen/internal/output"
	"github.com/claritynotes/gen/internal/testutil"
)

// sameTree fails the test when the files under root differ from before.
func sameTree(t *testing.T, what string, before, after map[string]string) {
	t.Helper()
	if len(after) != len(before) {
		t.Fatalf("%s changed: %d files, was %d", what, len(after), len(before))
	}
	for k, v := range before {
		if after[k] != v {
			t.Fatalf("%s: %s changed", what, k)
		}
	}
}

// TestDestinationSafety: the destinations that used to destroy a site
// (its content/, its gen.toml, its root) and a folder gen did not write
// are refused with exit 2, a hint naming the flag, and nothing touched.
func TestDestinationSafety(t *testing.T) {
	root := sampleSite(t)
	source := treeOf(t, root)
	outside := t.TempDir()
	testutil.WriteFile(t, outside, "mine/thesis.txt", "years of work")
	tests := []struct {
		name, dest, want, hint string
	}{
		{"content folder", "content", "--destination content: is inside the site's content/ folder", "--destination"},
		{"a section of content", "content/articles", "--destination content/articles: is inside the site's content/ folder", "--destination"},
		{"theme", "themes/clarity/static", "--destination themes/clarity/static: is inside the site's themes/ folder", "--destination"},
		{"config file", "gen.toml", "--destination gen.toml: is a file", "--destination"},
		{"site root", root, "--destination " + root + ": is the site root", "--destination"},
		{"dot", ".", "--destination .: is the site root", "--destination"},
		{"parent of the site", "..", "--destination ..: contains the site", "--destination"},
		{"someone's folder", filepath.Join(outside, "mine"), "--destination " + filepath.Join(outside, "mine") + ": already exists and was not written by gen", "--force"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := runGen(t, root, "build", "--destination", tt.dest)
			if code != 2 {
				t.Errorf("exit %d, want 2\n%s", code, stderr)
			}
			if !hasLine(stderr, tt.want) || !strings.Contains(stderr, "hint:") || !strings.Contains(stderr, tt.hint) {
				t.Errorf("stderr = %q, want a line starting %q and a hint naming %s", stderr, tt.want, tt.hint)
			}
			sameTree(t, "the site", source, treeOf(t, root))
			if data, err := os.ReadFile(filepath.Join(outside, "mine/thesis.txt")); err != nil || string(data) != "years of work" {
				t.Fatal("a folder gen did not write was touched")
			}
		})
	}
	// --force replaces a folder gen did not write; the next build needs no --force.
	mine := filepath.Join(outside, "mine")
	if _, stderr, code := runGen(t, root, "build", "--quiet", "--force", "--destination", mine); code != 0 {
		t.Fatalf("--force: exit %d\n%s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(mine, output.Marker)); err != nil {
		t.Errorf("no %s in the output: %v", output.Marker, err)
	}
	if _, stderr, code := runGen(t, root, "build", "--quiet", "--destination", mine); code != 0 {
		t.Errorf("second build to a folder gen wrote: exit %d\n%s", code, stderr)
	}
	// --force does not make a source folder a destination.
	if _, _, code := runGen(t, root, "build", "--force", "--destination", "content"); code != 2 {
		t.Errorf("--force --destination content: exit %d, want 2", code)
	}
}

// TestOlderOutputIsAdopted: a public/ written by a gen without the marker
// is replaced without --force, and gets the marker; once it holds
// something gen would not write, it needs --force.
func TestOlderOutputIsAdopted(t *testing.T) {
	root := sampleSite(t)
	public := filepath.Join(root, "public")
	if _, stderr, code := runGen(t, root, "build", "--quiet"); code != 0 {
		t.Fatalf("build: %s", stderr)
	}
	if err := os.Remove(filepath.Join(public, output.Marker)); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := runGen(t, root, "build", "--quiet"); code != 0 {
		t.Fatalf("rebuild over an older gen's public/: exit %d\n%s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(public, output.Marker)); err != nil {
		t.Fatal("the adopted public/ has no marker")
	}
	os.Remove(filepath.Join(public, output.Marker))
	testutil.WriteFile(t, public, "my-notes.txt", "keep")
	_, stderr, code := runGen(t, root, "build")
	if code != 2 || !strings.Contains(stderr, "my-notes.txt") || !strings.Contains(stderr, "--force") {
		t.Errorf("exit %d, stderr %q: want a refusal naming my-notes.txt and --force", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(public, "my-notes.txt")); err != nil {
		t.Error("a refused build removed a file gen did not write")
	}
}

// TestBuildWaitsForAnotherBuild: while another build holds the lock,
// gen build says so and waits without touching public/; it publishes once
// the lock is released.
func TestBuildWaitsForAnotherBuild(t *testing.T) {
	root := sampleSite(t)
	public := filepath.Join(root, "public")
	if _, stderr, code := runGen(t, root, "build", "--quiet"); code != 0 {
		t.Fatalf("build: %s", stderr)
	}
	before := treeOf(t, public)
	release, err := output.Lock(context.Background(), public, time.Second, nil)
	if err != nil {
		t.Fatal(err)
	}
	testutil.WriteFile(t, root, "content/articles/zz-new.md", "---\ntitle: Your new note\ndate: 2026-01-02\n---\nYou can reply to this note and tell me what you think.\n")

	cmd := exec.Command(genBin, "build")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(stderr)
	waiting := false
	var rest bytes.Buffer
	for lines.Scan() {
		fmt.Fprintln(&rest, lines.Text())
		if strings.HasPrefix(lines.Text(), "gen build: waiting for another gen build (pid ") {
			waiting = true
			break
		}
	}
	if !waiting {
		cmd.Wait()
		release()
		t.Fatalf("gen build did not wait for the lock:\n%s", rest.String())
	}
	sameTree(t, "public/ while the lock is held", before, treeOf(t, public))
	release()
	for lines.Scan() {
		fmt.Fprintln(&rest, lines.Text())
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("gen build after the lock was released: %v\n%s", err, rest.String())
	}
	if _, ok := treeOf(t, public)["articles/zz-new/index.html"]; !ok {
		t.Error("the waiting build did not publish")
	}
}

// TestConcurrentBuilds: two builds of one site at once both succeed and
// leave one complete public/, no temporary folder and no lock.
func TestConcurrentBuilds(t *testing.T) {
	root := sampleSite(t)
	codes := make(chan string, 2)
	for range 2 {
		go func() {
			cmd := exec.Command(genBin, "build", "--quiet")
			cmd.Dir = root
			out, err := cmd.CombinedOutput()
			codes <- fmt.Sprint(err, string(out))
		}()
	}
	for range 2 {
		if res := <-codes; res != "<nil>" {
			t.Errorf("concurrent build: %s", res)
		}
	}
	single := sampleSite(t)
	if _, stderr, code := runGen(t, single, "build", "--quiet"); code != 0 {
		t.Fatal(stderr)
	}
	sameTree(t, "public/ after two builds", treeOf(t, filepath.Join(single, "public")), treeOf(t, filepath.Join(root, "public")))
	entries, _ := os.ReadDir(root)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".public.") {
			t.Errorf("%s left behind", e.Name())
		}
	}
}

// TestLeftoversOfAKilledBuild: a lock file whose process is gone and the
// temporary folders of a killed build are cleaned up by the next build.
func TestLeftoversOfAKilledBuild(t *testing.T) {
	root := sampleSite(t)
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Skipf("cannot start a process: %v", err)
	}
	testutil.WriteFile(t, root, ".public.lock", fmt.Sprintf("pid %d\nstarted %s\n", dead.Process.Pid, time.Now().UTC().Format(time.RFC3339)))
	testutil.WriteFile(t, root, ".public.tmp-123456/index.html", "half-written")
	testutil.WriteFile(t, root, ".public.tmp-654321.old/index.html", "previous")
	if _, stderr, code := runGen(t, root, "build", "--quiet"); code != 0 {
		t.Fatalf("build after a killed one: exit %d\n%s", code, stderr)
	}
	entries, _ := os.ReadDir(root)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".public.") {
			t.Errorf("%s left behind", e.Name())
		}
	}
}

// TestPublishIsAllOrNothing: when the old public/ cannot be removed after
// the swap, the new site is in place and the exit code is 0 with a
// warning; when the swap itself fails, the old site is in place and the
// exit code is not 0.
func TestPublishIsAllOrNothing(t *testing.T) {
	root := sampleSite(t)
	public := filepath.Join(root, "public")
	if _, stderr, code := runGen(t, root, "build", "--quiet"); code != 0 {
		t.Fatalf("build: %s", stderr)
	}
	testutil.Pin(t, filepath.Join(public, "robots.txt"))
	testutil.WriteFile(t, root, "content/articles/zz-new.md", "---\ntitle: Your new note\ndate: 2026-01-02\n---\nYou can reply to this note and tell me what you think.\n")
	_, stderr, code := runGen(t, root, "build", "--quiet")
	if code != 0 || !strings.Contains(stderr, "warning: ") || !strings.Contains(stderr, "the next build removes it") {
		t.Fatalf("old site not removable: exit %d, stderr %q; want 0 and a warning", code, stderr)
	}
	if _, ok := treeOf(t, public)["articles/zz-new/index.html"]; !ok {
		t.Fatal("exit 0 but the new site is not in place")
	}
	leftover, _, _ := strings.Cut(strings.TrimPrefix(stderr, "warning: "), ": ")
	testutil.Unpin(filepath.Join(leftover, "robots.txt"))

	// Now the swap itself fails: public/ cannot be moved.
	before := treeOf(t, public)
	testutil.Pin(t, public)
	testutil.WriteFile(t, root, "content/articles/zz-newer.md", "---\ntitle: Your newer note\ndate: 2026-01-03\n---\nYou can reply to this note and tell me what you think.\n")
	_, stderr, code = runGen(t, root, "build", "--quiet")
	if code == 0 || !strings.Contains(stderr, "the previous site is still in place") || !hasLine(stderr, public+": ") {
		t.Errorf("failed swap: exit %d, stderr %q", code, stderr)
	}
	sameTree(t, "public/ after a failed swap", before, treeOf(t, public))
	entries, _ := os.ReadDir(root)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".public.") {
			t.Errorf("%s left behind", e.Name())
		}
	}
}

// TestMessagesHaveSubjects: errors without a file of their own are
// prefixed with the command, never with ": ".
func TestMessagesHaveSubjects(t *testing.T) {
	for _, err := range []error{context.Canceled, fmt.Errorf("minify x: %w", os.ErrInvalid)} {
		var b bytes.Buffer
		reportAs(&b, "gen build", err)
		for _, line := range strings.Split(strings.TrimSpace(b.String()), "\n") {
			if !strings.HasPrefix(line, "gen build: ") {
				t.Errorf("%v reported as %q", err, line)
			}
		}
	}
}

package testutil

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Pin makes path impossible to remove or rename until the test ends, so a
// test can make a real removal or rename fail. As root that takes the
// immutable attribute (chattr +i), since root ignores permissions;
// otherwise a file is pinned by taking write permission from its folder.
// A folder cannot be pinned without root: the test is skipped. A pinned
// path that a test moves is unpinned with Unpin at its new place.
func Pin(t testing.TB, path string) {
	t.Helper()
	if os.Geteuid() == 0 {
		chattr, err := exec.LookPath("chattr")
		if err != nil {
			t.Skip("pinning a file as root needs chattr (e2fsprogs)")
		}
		if out, err := exec.Command(chattr, "+i", path).CombinedOutput(); err != nil {
			t.Skipf("chattr +i is unavailable here (%v: %s)", err, out)
		}
		t.Cleanup(func() { Unpin(path) })
		return
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.IsDir() {
		t.Skip("pinning a folder needs root (chattr +i)")
	}
	dir := filepath.Dir(path)
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
}

// Unpin undoes Pin for a path, wherever the pinned file now is.
func Unpin(path string) {
	if os.Geteuid() == 0 {
		exec.Command("chattr", "-i", path).Run()
		return
	}
	os.Chmod(filepath.Dir(path), 0o755)
}

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBuildProfiles checks gen build's hidden profiling flags: both forms
// write non-empty profiles, -h does not list them, and a flag without a
// file name is a usage error.
func TestBuildProfiles(t *testing.T) {
	root := sampleSite(t)
	dir := t.TempDir()
	cpu, mem := filepath.Join(dir, "cpu.out"), filepath.Join(dir, "mem.out")
	if _, stderr, code := runGen(t, root, "build", "--quiet", "--cpuprofile="+cpu, "--memprofile", mem); code != 0 {
		t.Fatalf("gen build with profiles: exit %d\n%s", code, stderr)
	}
	for _, f := range []string{cpu, mem} {
		if st, err := os.Stat(f); err != nil || st.Size() == 0 {
			t.Errorf("%s: no profile written (%v)", f, err)
		}
	}
	if _, stderr, _ := runGen(t, root, "build", "-h"); strings.Contains(stderr, "profile") {
		t.Errorf("gen build -h lists the developers' profile flags:\n%s", stderr)
	}
	_, stderr, code := runGen(t, root, "build", "--cpuprofile")
	if code != exitUsage || !strings.Contains(stderr, "--cpuprofile needs a file name") {
		t.Errorf("--cpuprofile without a file: exit %d, stderr:\n%s", code, stderr)
	}
}

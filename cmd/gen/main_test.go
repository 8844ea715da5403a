package main

import (
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/testutil"
)

// genBin is the real gen binary, built once for every CLI test in this package.
var genBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "gen-cli-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	genBin = filepath.Join(dir, "gen")
	build := exec.Command("go", "build", "-o", genBin, ".")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "build gen:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// runGen runs the binary in dir and returns stdout, stderr and the exit code.
func runGen(t *testing.T, dir string, args ...string) (string, string, int) {
	t.Helper()
	return runGenEnv(t, dir, nil, args...)
}

// sampleSite copies the bundled sample site (gen.toml, content/, themes/
// and the optional layouts/ and static/) into a temporary site root.
func sampleSite(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	repo := filepath.Join("..", "..")
	for _, name := range []string{"gen.toml", "content", "themes", "layouts", "static"} {
		testutil.CopyDir(t, filepath.Join(repo, name), filepath.Join(root, name))
	}
	return root
}

// treeOf returns every file under root with its bytes.
func treeOf(t *testing.T, root string) map[string]string {
	t.Helper()
	out := map[string]string{}
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(p)
			rel, _ := filepath.Rel(root, p)
			out[filepath.ToSlash(rel)] = string(b)
		}
		return nil
	})
	return out
}

// requireTool returns the path of an external program, skipping the test
// when it is missing unless GEN_REQUIRE_TOOLS=1 (as in CI).
func requireTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		testutil.MissingTool(t, name)
	}
	return p
}

func hasLine(s, prefix string) bool {
	for _, l := range strings.Split(s, "\n") {
		if strings.HasPrefix(l, prefix) {
			return true
		}
	}
	return false
}

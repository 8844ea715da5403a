// Command bigpage writes a copy of the sample site with one big
// newsletter issue, for measuring how gen build copes with a single
// huge input (bench/big.sh). The issue is deterministic: the same
// shape and size always give the same bytes.
//
// usage: go run ./bench/bigpage -shape prose -size 20 -out DIR
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/claritynotes/gen/internal/testutil"
)

func main() {
	shape := flag.String("shape", "prose", "the issue's body: "+shapes())
	size := flag.Int("size", 20, "the body's size in MB (2^20 bytes)")
	out := flag.String("out", "", "the folder to write the site into (must not exist)")
	root := flag.String("site", ".", "the sample site to copy (gen.toml and content/)")
	flag.Parse()
	if err := run(*shape, *size, *out, *root); err != nil {
		fmt.Fprintln(os.Stderr, "bigpage:", err)
		os.Exit(2)
	}
}

func shapes() string {
	var names []string
	for _, p := range testutil.BigPages {
		names = append(names, p.Name)
	}
	return strings.Join(names, ", ")
}

func run(shape string, size int, out, root string) error {
	if out == "" {
		return fmt.Errorf("-out is required")
	}
	if _, err := os.Stat(out); err == nil {
		return fmt.Errorf("%s exists; give a new folder", out)
	}
	var write func(*strings.Builder, int)
	for _, p := range testutil.BigPages {
		if p.Name == shape {
			write = p.Write
		}
	}
	if write == nil {
		return fmt.Errorf("unknown -shape %q; use one of %s", shape, shapes())
	}
	if err := copyFile(filepath.Join(root, "gen.toml"), filepath.Join(out, "gen.toml")); err != nil {
		return err
	}
	content := filepath.Join(root, "content")
	err := filepath.WalkDir(content, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		return copyFile(p, filepath.Join(out, rel))
	})
	if err != nil {
		return err
	}
	issue := testutil.BigIssue(write, size<<20)
	return os.WriteFile(filepath.Join(out, "content", "newsletter", "big.md"), []byte(issue), 0o644)
}

func copyFile(from, to string) error {
	data, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		return err
	}
	return os.WriteFile(to, data, 0o644)
}

// Package theme finds a site's templates and static files in three layers:
// the theme built into gen, then the site's themes/<name>/ folder, then the
// site's own layouts/ and static/. A file in a higher layer replaces the
// file of the same name below it, one file at a time.
package theme

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/sitefs"
	"github.com/claritynotes/gen/internal/suggest"
	"github.com/claritynotes/gen/themes"
)

// Theme is the active theme of a site, layered under the site's own files.
type Theme struct {
	Name string
	// Dir is the site's folder for the theme, relative to the site root
	// (themes/clarity). It need not exist when the theme is built in.
	Dir  string
	root string
	// builtin is the theme built into gen, or nil when the site's
	// themes/<name>/ is the whole theme.
	builtin fs.FS
}

// Builtin lists the themes built into gen.
func Builtin() []string {
	entries, _ := fs.ReadDir(themes.FS, ".")
	var names []string
	for _, e := range entries {
		if e.IsDir() {
			names = append(names, e.Name())
		}
	}
	return names
}

// Open finds the theme called name: built into gen, or in the site's
// themes/<name>/, or both (the folder's files then replace the built-in
// ones). An unknown theme is an error that suggests the closest name.
func Open(root, name string) (*Theme, error) {
	if name == "" || strings.ContainsAny(name, `/\`) || strings.HasPrefix(name, ".") {
		return nil, diag.Errorf("gen.toml", 0, 0, `set theme = "clarity", the theme built into gen`, "theme %q is not a folder name", name)
	}
	t := &Theme{Name: name, Dir: path.Join("themes", name), root: root}
	if st, err := fs.Stat(themes.FS, name); err == nil && st.IsDir() {
		t.builtin, _ = fs.Sub(themes.FS, name)
	}
	if t.builtin != nil {
		return t, nil
	}
	if st, err := os.Stat(filepath.Join(root, t.Dir)); err == nil && st.IsDir() {
		return t, nil
	}
	known := Builtin()
	entries, _ := os.ReadDir(filepath.Join(root, "themes"))
	for _, e := range entries {
		if e.IsDir() {
			known = append(known, e.Name())
		}
	}
	return nil, diag.Errorf("gen.toml", 0, 0,
		fmt.Sprintf("themes you can use: %s (a theme of your own goes in %s/)", strings.Join(known, ", "), t.Dir),
		"unknown theme %q%s", name, suggest.Hint(name, known))
}

// File is a file found in one of the layers.
type File struct {
	// Name is the path inside the layer (partials/head.html).
	Name string
	// Path is the file's path relative to the site root, for messages. A
	// built-in file has the path a file replacing it would have in the
	// site's theme folder (themes/clarity/layouts/single.html).
	Path string
	// Builtin is set for a file read from the theme built into gen.
	Builtin bool
	// src is a built-in file's path inside the built-in theme.
	src string
}

// Read returns the file's bytes.
func (t *Theme) Read(f File) ([]byte, error) {
	if f.Builtin {
		return fs.ReadFile(t.builtin, f.src)
	}
	return os.ReadFile(filepath.Join(t.root, filepath.FromSlash(f.Path)))
}

// Layouts lists the HTML templates: site layouts/ over the theme's layouts/.
// The email templates live apart, in Email.
func (t *Theme) Layouts() ([]File, error) {
	return t.merge("layouts", "layouts", func(name string) bool {
		return !strings.HasPrefix(name, "email/")
	})
}

// Email lists the email templates: site layouts/email/ over the theme's email/.
func (t *Theme) Email() ([]File, error) {
	return t.merge("layouts/email", "email", nil)
}

// Static lists the static files: site static/ over the theme's static/.
func (t *Theme) Static() ([]File, error) {
	return t.merge("static", "static", nil)
}

// WatchDirs are the site's folders whose changes affect templates or
// static files. The built-in theme cannot change while gen runs.
func (t *Theme) WatchDirs() []string {
	return []string{"layouts", "static", t.Dir}
}

// merge lists files from the built-in theme's layer folder, the site's
// theme folder and the site folder; the later layer wins when two have the
// same name.
func (t *Theme) merge(siteDir, layer string, keep func(string) bool) ([]File, error) {
	byName := map[string]File{}
	if t.builtin != nil {
		err := fs.WalkDir(t.builtin, layer, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if errors.Is(err, fs.ErrNotExist) {
					return nil
				}
				return err
			}
			if d.IsDir() {
				return nil
			}
			name := strings.TrimPrefix(p, layer+"/")
			if keep == nil || keep(name) {
				byName[name] = File{Name: name, Path: path.Join(t.Dir, p), Builtin: true, src: p}
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("read the built-in theme %s: %w", t.Name, err)
		}
	}
	for _, dir := range []string{path.Join(t.Dir, layer), siteDir} {
		abs := filepath.Join(t.root, filepath.FromSlash(dir))
		err := filepath.WalkDir(abs, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if errors.Is(err, fs.ErrNotExist) {
					return nil
				}
				return err
			}
			if strings.HasPrefix(d.Name(), ".") && p != abs {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() || sitefs.IsEditorTemp(d.Name()) {
				return nil
			}
			rel, _ := filepath.Rel(abs, p)
			name := filepath.ToSlash(rel)
			if err := sitefs.CheckLink(t.root, p, path.Join(dir, name), d); err != nil {
				return err
			}
			if keep != nil && !keep(name) {
				return nil
			}
			byName[name] = File{Name: name, Path: path.Join(dir, name)}
			return nil
		})
		var d *diag.Error
		if errors.As(err, &d) {
			return nil, err
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", dir, err)
		}
	}
	out := make([]File, 0, len(byName))
	for _, f := range byName {
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// ForConfig opens the theme a loaded gen.toml names; an error points at
// the theme setting in the file.
func ForConfig(cfg *config.Config) (*Theme, error) {
	t, err := Open(cfg.Root, cfg.Theme)
	if err != nil {
		var d *diag.Error
		if errors.As(err, &d) {
			d.Path = cfg.File
			d.Line, d.Col = cfg.ValuePos("theme")
		}
		return nil, err
	}
	return t, nil
}

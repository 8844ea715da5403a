// Package theme finds a site's templates and static files: the site's own
// layouts/ and static/ override the active theme's files one by one.
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

	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/sitefs"
)

// Theme is the active theme of a site, layered under the site's own files.
type Theme struct {
	Name string
	// Dir is the theme folder, relative to the site root (themes/clarity).
	Dir  string
	root string
}

// Open finds themes/<name> in the site root. An unknown theme is an error
// that lists the themes that exist.
func Open(root, name string) (*Theme, error) {
	dir := path.Join("themes", name)
	if name == "" || strings.ContainsAny(name, `/\`) || strings.HasPrefix(name, ".") {
		return nil, diag.Errorf("gen.toml", 0, 0, `set theme = "clarity"`, "theme %q is not a folder name", name)
	}
	if st, err := os.Stat(filepath.Join(root, dir)); err != nil || !st.IsDir() {
		var have []string
		entries, _ := os.ReadDir(filepath.Join(root, "themes"))
		for _, e := range entries {
			if e.IsDir() {
				have = append(have, e.Name())
			}
		}
		hint := "create it, or set theme in gen.toml to one of: " + strings.Join(have, ", ")
		if len(have) == 0 {
			hint = "there is no themes/ folder in the site root; copy themes/clarity from the gen repository"
		}
		return nil, diag.Errorf("gen.toml", 0, 0, hint, "unknown theme %q: %s does not exist", name, dir)
	}
	return &Theme{Name: name, Dir: dir, root: root}, nil
}

// File is a file found in one of the layers.
type File struct {
	// Name is the path inside the layer (partials/head.html).
	Name string
	// Path is the file's path relative to the site root, for messages.
	Path string
}

// Read returns the file's bytes.
func (t *Theme) Read(f File) ([]byte, error) {
	return os.ReadFile(filepath.Join(t.root, filepath.FromSlash(f.Path)))
}

// Layouts lists the HTML templates: site layouts/ over the theme's layouts/.
// The email templates live apart, in Email.
func (t *Theme) Layouts() ([]File, error) {
	return t.merge("layouts", path.Join(t.Dir, "layouts"), func(name string) bool {
		return !strings.HasPrefix(name, "email/")
	})
}

// Email lists the email templates: site layouts/email/ over the theme's email/.
func (t *Theme) Email() ([]File, error) {
	files, err := t.merge("layouts/email", path.Join(t.Dir, "email"), nil)
	return files, err
}

// Static lists the static files: site static/ over the theme's static/.
func (t *Theme) Static() ([]File, error) {
	return t.merge("static", path.Join(t.Dir, "static"), nil)
}

// WatchDirs are the folders whose changes affect templates or static files.
func (t *Theme) WatchDirs() []string {
	return []string{"layouts", "static", t.Dir}
}

// merge lists files from the site folder and the theme folder; the site's
// file wins when both have the same name.
func (t *Theme) merge(siteDir, themeDir string, keep func(string) bool) ([]File, error) {
	byName := map[string]File{}
	for _, dir := range []string{themeDir, siteDir} {
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

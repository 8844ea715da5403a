package theme

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/claritynotes/gen/internal/plural"
	"github.com/claritynotes/gen/internal/sitefs"
	"github.com/claritynotes/gen/internal/suggest"
)

// siteLayers maps each layer folder of a theme to the site folder whose
// files replace it: email templates are edited in layouts/email/.
var siteLayers = []struct{ layer, site string }{
	{"layouts", "layouts"},
	{"email", "layouts/email"},
	{"static", "static"},
}

// SitePath returns where in the site a file replacing a theme file goes:
// email/email.html → layouts/email/email.html, and a layer folder (email)
// to the site's (layouts/email). ok is false for a path outside the
// theme's layers.
func SitePath(themePath string) (string, bool) {
	for _, l := range siteLayers {
		if themePath == l.layer {
			return l.site, true
		}
		if rest, ok := strings.CutPrefix(themePath, l.layer+"/"); ok {
			return path.Join(l.site, rest), true
		}
	}
	return "", false
}

// BuiltinFiles lists the site paths of the built-in theme's files, sorted
// (layouts/single.html, layouts/email/email.html, static/css/clarity.css).
// It is empty when the theme is not built into gen.
func (t *Theme) BuiltinFiles() []string {
	if t.builtin == nil {
		return nil
	}
	var out []string
	_ = fs.WalkDir(t.builtin, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if site, ok := SitePath(p); ok {
				out = append(out, site)
			}
		}
		return nil
	})
	sort.Strings(out)
	return out
}

// ReadBuiltin returns the bytes of the built-in file that sitePath (as
// listed by BuiltinFiles) replaces.
func (t *Theme) ReadBuiltin(sitePath string) ([]byte, error) {
	if t.builtin == nil {
		return nil, fs.ErrNotExist
	}
	// The longest site folder first: layouts/email/ before layouts/.
	for i := len(siteLayers) - 1; i >= 0; i-- {
		l := siteLayers[i]
		if rest, ok := strings.CutPrefix(sitePath, l.site+"/"); ok {
			return fs.ReadFile(t.builtin, path.Join(l.layer, rest))
		}
	}
	return nil, fs.ErrNotExist
}

// SelectBuiltin picks the built-in files each name means: a site path
// (layouts/email/email.html), a theme path (email/email.html), or a folder
// of either. No names means every file.
func (t *Theme) SelectBuiltin(names []string) ([]string, error) {
	builtin := t.BuiltinFiles()
	if len(names) == 0 {
		return builtin, nil
	}
	var out []string
	for _, n := range names {
		n = path.Clean(filepath.ToSlash(n))
		if site, ok := SitePath(n); ok && !slices.Contains(builtin, n) {
			n = site
		}
		found := false
		for _, f := range builtin {
			if f != n && !strings.HasPrefix(f, n+"/") {
				continue
			}
			found = true
			if !slices.Contains(out, f) {
				out = append(out, f)
			}
		}
		if !found {
			return nil, fmt.Errorf("the built-in theme has no file %s%s\n  hint: gen theme list shows its files", n, suggest.Hint(n, builtin))
		}
	}
	return out, nil
}

// Eject copies the built-in files into the site at root, or none of them
// when one is already in the site and force is not set. Each file is
// written whole (sitefs.WriteFile), so an interrupted copy never leaves
// half a template, and a symbolic link in the way is replaced rather
// than followed.
func (t *Theme) Eject(root string, files []string, force bool) error {
	var exist []string
	for _, f := range files {
		if _, err := os.Lstat(filepath.Join(root, filepath.FromSlash(f))); err == nil {
			exist = append(exist, f)
		} else if !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	if len(exist) > 0 && !force {
		return fmt.Errorf("your site already has %s; nothing was copied\n  hint: add --force to replace %s with the built-in %s",
			strings.Join(exist, ", "), plural.Word(len(exist), "it", "them"), plural.Word(len(exist), "file", "files"))
	}
	for _, f := range files {
		data, err := t.ReadBuiltin(f)
		if err != nil {
			return err
		}
		dest := filepath.Join(root, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
			return err
		}
		if err := sitefs.WriteFile(dest, data); err != nil {
			return err
		}
	}
	return nil
}

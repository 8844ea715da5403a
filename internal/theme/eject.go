package theme

import (
	"io/fs"
	"path"
	"sort"
	"strings"
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

package content

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claritynotes/gen/internal/sitefs"
)

// Resources lists the files that sit beside a page bundle's index.md
// (images, downloads), as site-relative paths. They are published next to
// the page, so the page can refer to them by a relative URL.
func Resources(root string, p *Page) ([]string, error) {
	if p.BundleDir == "" {
		return nil, nil
	}
	dir := filepath.Join(root, filepath.FromSlash(p.BundleDir))
	var out []string
	err := filepath.WalkDir(dir, func(fp string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() || strings.HasPrefix(name, ".") || IsMarkdown(name) || sitefs.IsEditorTemp(name) {
			return nil
		}
		rel, _ := filepath.Rel(root, fp)
		if err := sitefs.CheckLink(root, fp, rel, d); err != nil {
			return err
		}
		out = append(out, filepath.ToSlash(rel))
		return nil
	})
	sort.Strings(out)
	return out, err
}

// ReadResource reads a file listed by Resources.
func ReadResource(root, rel string) ([]byte, error) {
	return os.ReadFile(filepath.Join(root, filepath.FromSlash(rel)))
}

// ResourceURL is where a bundle resource is published: beside its page.
func ResourceURL(p *Page, rel string) string {
	return p.URL + strings.TrimPrefix(rel, p.BundleDir+"/")
}

package serve

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/site"
	"github.com/claritynotes/gen/internal/testutil"
)

// sampleSite copies the repository's sample site into a temporary
// folder, returned with the Site gen serve would build from it. Its theme
// is the one built into gen, as in a site gen init made: the folder has
// no themes/.
func sampleSite(t *testing.T) (string, Site) {
	t.Helper()
	root := t.TempDir()
	for _, name := range []string{"gen.toml", "content"} {
		testutil.CopyDir(t, filepath.Join("..", "..", name), filepath.Join(root, name))
	}
	b, err := site.New(site.Options{Source: root, Drafts: true, Dev: true})
	if err != nil {
		t.Fatal(err)
	}
	return root, NewSite(b)
}

// TestOverlayShowsBrokenLinks: a rebuild that breaks a link fails with
// the link's position, which the overlay shows with its source line; the
// fix builds again.
func TestOverlayShowsBrokenLinks(t *testing.T) {
	root, s := sampleSite(t)
	ctx := context.Background()
	if _, err := s.Build(ctx); err != nil {
		t.Fatalf("the sample site does not build: %v", err)
	}
	file := "content/about.md"
	src, err := os.ReadFile(filepath.Join(root, file))
	if err != nil {
		t.Fatal(err)
	}
	testutil.WriteFile(t, root, file, string(src)+"\nSee [the old page](/articles/gone/).\n")
	_, err = s.Rebuild(ctx, []string{file})
	if err == nil {
		t.Fatal("a broken link rebuilt without an error")
	}
	views := errorViews(root, err)
	line := strings.Count(string(src), "\n") + 2
	if len(views) != 1 || views[0].Path != file || views[0].Line != line || views[0].Col != 20 ||
		!strings.Contains(views[0].Message, `broken link "/articles/gone/"`) {
		t.Fatalf("overlay = %+v, want the link at %s:%d:20", views, file, line)
	}
	marked := false
	for _, l := range views[0].Excerpt {
		marked = marked || l.Mark && strings.Contains(l.Text, "/articles/gone/")
	}
	if !marked {
		t.Errorf("the overlay does not show the link's line: %+v", views[0].Excerpt)
	}
	testutil.WriteFile(t, root, file, string(src))
	if _, err := s.Rebuild(ctx, []string{file}); err != nil {
		t.Errorf("the fix does not build: %v", err)
	}
}

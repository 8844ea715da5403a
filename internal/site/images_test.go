package site

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/testutil"
)

// TestImagesOnTheWebAndInEmail: the web page's images carry their files'
// sizes and lazy loading after the first; the email points at a
// 1200 px copy of an image wider than that, which the build publishes
// beside the web copy.
func TestImagesOnTheWebAndInEmail(t *testing.T) {
	root := newSite(t)
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewGray(image.Rect(0, 0, 1600, 800))); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(root, "static", "img"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "static", "img", "wide.png"), b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	testutil.WriteFile(t, root, "content/newsletter/pictures.md", "---\ntitle: Pictures\ndate: 2026-05-01\nissue: 9\n---\n"+
		"![The first](/img/wide.png)\n\nText between.\n\n![The second](/img/wide.png)\n")
	_, res := build(t, root)
	page := string(res.Files["newsletter/pictures/index.html"])
	for _, want := range []string{
		`<img src="/img/wide.png" alt="The first" width="1600" height="800">`,
		`<img src="/img/wide.png" alt="The second" width="1600" height="800" loading="lazy">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the issue page lacks %s", want)
		}
	}
	copyData, ok := res.Files["email/pictures/wide-1200.png"]
	if !ok {
		t.Fatal("the build did not publish the email's 1200 px copy")
	}
	if c, err := png.DecodeConfig(bytes.NewReader(copyData)); err != nil || c.Width != 1200 {
		t.Errorf("copy: %d px wide (%v)", c.Width, err)
	}
	web := string(res.Files["email/pictures/index.html"])
	if !strings.Contains(web, "/email/pictures/wide-1200.png") || !strings.Contains(web, `width="520"`) {
		t.Errorf("the web copy does not use the copy at the column's width")
	}
}

// pngFile is a PNG image of the given size.
func pngFile(t *testing.T, w, h int) string {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewGray(image.Rect(0, 0, w, h))); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestRebuildAfterStaticImageChange: a page keeps its rendered body
// across rebuilds, but not the size of a static/ image it shows when
// that file is replaced, made or removed: each rebuild shows what a full
// build would, on the web page and in the email.
func TestRebuildAfterStaticImageChange(t *testing.T) {
	root := newSite(t)
	testutil.WriteFile(t, root, "static/img/wide.png", pngFile(t, 1600, 800))
	testutil.WriteFile(t, root, "content/newsletter/pictures.md", "---\ntitle: Pictures\ndate: 2026-05-01\nissue: 9\n---\n"+
		"![Wide](/img/wide.png)\n\nText between.\n\n![Later](/img/later.png)\n")
	b, _, err := devBuild(t, root)
	if err == nil || !strings.Contains(err.Error(), "later.png") {
		t.Fatalf("a missing image built: %v", err)
	}
	for _, step := range []struct {
		name, file, data, want string
	}{
		{"made", "static/img/later.png", pngFile(t, 300, 200), `alt="Later" width="300" height="200"`},
		{"replaced", "static/img/wide.png", pngFile(t, 800, 400), `alt="Wide" width="800" height="400"`},
		{"replaced again", "static/img/later.png", pngFile(t, 30, 20), `alt="Later" width="30" height="20"`},
	} {
		testutil.WriteFile(t, root, step.file, step.data)
		res, err := b.Rebuild(context.Background(), []string{step.file})
		if err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		if page := string(res.Files["newsletter/pictures/index.html"]); !strings.Contains(page, step.want) {
			t.Errorf("%s: the page lacks %s", step.name, step.want)
		}
		t.Run(step.name, func(t *testing.T) { sameAsFullBuild(t, root, res, "") })
	}
}

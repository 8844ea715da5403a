package site

import (
	"bytes"
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

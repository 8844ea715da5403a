package email

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writePNG(t *testing.T, file string, w, h int) {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewGray(image.Rect(0, 0, w, h))); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestEmailImages: an image narrower than the column keeps its width, a
// wide one fills the column, and one wider than EmailImageWidth is mailed
// as a copy that wide, published beside the issue's web copy.
func TestEmailImages(t *testing.T) {
	issue := "---\ntitle: T\ndate: 2025-03-04\n---\n![Small](small.png)\n\n![Wide](wide.png)\n\n![Huge](/images/huge.png)\n"
	cfg, th, p := testSite(t, testConfig, issue)
	writePNG(t, filepath.Join(cfg.Root, "content/newsletter/listening/small.png"), 300, 100)
	writePNG(t, filepath.Join(cfg.Root, "content/newsletter/listening/wide.png"), 900, 300)
	writePNG(t, filepath.Join(cfg.Root, "static/images/huge.png"), 1600, 800)
	m := mustRender(t, testRenderer(t, cfg, th), p, "generic")
	html := string(m.HTML)
	for _, want := range []string{
		`src="https://notes.example/newsletter/listening/small.png" alt="Small" width="300"`,
		`src="https://notes.example/newsletter/listening/wide.png" alt="Wide" width="520"`,
		`src="https://notes.example/email/listening/huge-1200.png" alt="Huge" width="520"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("email HTML lacks %s", want)
		}
	}
	copyData, ok := m.Images["huge-1200.png"]
	if !ok || len(m.Images) != 1 {
		t.Fatalf("images: %v", keys(m.Images))
	}
	c, err := png.DecodeConfig(bytes.NewReader(copyData))
	if err != nil || c.Width != EmailImageWidth || c.Height != 600 {
		t.Errorf("copy is %d×%d (%v), want 1200×600", c.Width, c.Height, err)
	}
	if _, ok := m.Files()["huge-1200.png"]; !ok {
		t.Error("gen email's files lack the copy")
	}
	if !strings.Contains(string(m.Web), "email/listening/huge-1200.png") {
		t.Error("the web copy does not use the copy")
	}
}

func keys(m map[string][]byte) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

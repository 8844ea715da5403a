package imagesize

import (
	"bytes"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/claritynotes/gen/internal/content"
)

func encoded(t *testing.T, format string, w, h int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for x := 0; x < w; x++ {
		img.Set(x, h/2, color.RGBA{R: uint8(x), A: 255})
	}
	var b bytes.Buffer
	var err error
	switch format {
	case "png":
		err = png.Encode(&b, img)
	case "jpeg":
		err = jpeg.Encode(&b, img, nil)
	case "gif":
		err = gif.Encode(&b, img, nil)
	}
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestSize(t *testing.T) {
	for _, tc := range []struct {
		name   string
		data   []byte
		w, h   int
		format string
		ok     bool
	}{
		{"png", encoded(t, "png", 640, 360), 640, 360, "png", true},
		{"jpeg", encoded(t, "jpeg", 1600, 900), 1600, 900, "jpeg", true},
		{"gif", encoded(t, "gif", 20, 10), 20, 10, "gif", true},
		{"svg width height", []byte(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="800" height="400"></svg>`), 800, 400, "svg", true},
		{"svg viewBox", []byte(`<svg viewBox="0 0 1200 630"><rect/></svg>`), 1200, 630, "svg", true},
		{"svg width and viewBox", []byte(`<svg width="600px" viewBox="0,0,1200,630"/>`), 600, 315, "svg", true},
		{"svg units", []byte(`<svg width="1in" height="72pt"/>`), 96, 96, "svg", true},
		{"svg relative", []byte(`<svg width="100%" height="100%"/>`), 0, 0, "", false},
		{"svg comment first", []byte(`<!-- made by hand --><svg width="10" height="20"/>`), 10, 20, "svg", true},
		{"not svg root", []byte(`<html><svg width="10" height="20"/></html>`), 0, 0, "", false},
		{"junk", []byte("hello"), 0, 0, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w, h, format, ok := Size(tc.data)
			if w != tc.w || h != tc.h || format != tc.format || ok != tc.ok {
				t.Errorf("Size = %d×%d %q %v, want %d×%d %q %v", w, h, format, ok, tc.w, tc.h, tc.format, tc.ok)
			}
		})
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	write := func(rel string, data []byte) {
		t.Helper()
		p := filepath.Join(root, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("content/articles/trip/photo.png", encoded(t, "png", 300, 200))
	write("static/images/logo.png", encoded(t, "png", 64, 32))
	bundle := &content.Page{URL: "/articles/trip/", BundleDir: "content/articles/trip"}
	single := &content.Page{URL: "/articles/note/"}
	f := Finder{Root: root}
	for _, tc := range []struct {
		page *content.Page
		dest string
		w    int
	}{
		{bundle, "photo.png", 300},
		{bundle, "./photo.png", 300},
		{bundle, "/articles/trip/photo.png", 300},
		{bundle, "/images/logo.png", 64},
		{single, "/images/logo.png", 64},
		{single, "../../images/logo.png", 64},
		{single, "photo.png", 0},
		{bundle, "https://elsewhere.example/photo.png", 0},
		{bundle, "missing.png", 0},
		{bundle, "../../../../etc/passwd", 0},
	} {
		img, ok := f.Find(tc.page, tc.dest)
		if ok != (tc.w > 0) || img.Width != tc.w {
			t.Errorf("Find(%s, %q) = %d, %v; want %d", tc.page.URL, tc.dest, img.Width, ok, tc.w)
		}
	}
}

// TestStaticPath: the static/ file an image reference is read from,
// whether it exists or not, never outside static/.
func TestStaticPath(t *testing.T) {
	page := &content.Page{URL: "/articles/note/"}
	for _, tc := range []struct {
		dest, want string
		ok         bool
	}{
		{"/images/logo.png", "static/images/logo.png", true},
		{"photo.png", "static/articles/note/photo.png", true},
		{"../../images/logo.png?v=2#top", "static/images/logo.png", true},
		{"../../../../etc/passwd", "static/etc/passwd", true},
		{"https://elsewhere.example/photo.png", "", false},
		{"mailto:x@example.com", "", false},
		{"", "", false},
	} {
		got, ok := StaticPath(page, tc.dest)
		if got != tc.want || ok != tc.ok {
			t.Errorf("StaticPath(%q) = %q, %v; want %q, %v", tc.dest, got, ok, tc.want, tc.ok)
		}
	}
}

func TestShrink(t *testing.T) {
	dir := t.TempDir()
	for _, format := range []string{"png", "jpeg"} {
		file := filepath.Join(dir, "big."+format)
		if err := os.WriteFile(file, encoded(t, format, 1600, 900), 0o644); err != nil {
			t.Fatal(err)
		}
		data, h, err := Shrink(Image{File: file, Width: 1600, Height: 900, Format: format}, 1200)
		if err != nil {
			t.Fatal(err)
		}
		cfg, got, err := image.DecodeConfig(bytes.NewReader(data))
		if err != nil || got != format || cfg.Width != 1200 || cfg.Height != 675 || h != 675 {
			t.Errorf("%s copy: %d×%d %q (%v), reported height %d; want 1200×675", format, cfg.Width, cfg.Height, got, err, h)
		}
	}
	if _, _, err := Shrink(Image{Format: "svg", Width: 2000, Height: 1000}, 1200); err != ErrNotResizable {
		t.Errorf("svg: %v", err)
	}
}

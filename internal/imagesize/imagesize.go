// Package imagesize finds the image files a page refers to (in its page
// bundle or the site's static/ folder), reads their pixel size from the
// file's header (PNG, JPEG, GIF) or root element (SVG), and makes smaller
// copies of large raster images for email.
package imagesize

import (
	"bytes"
	"encoding/xml"
	"errors"
	"image"
	_ "image/gif" // for DecodeConfig
	"image/jpeg"
	"image/png"
	"io"
	"math"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/image/draw"

	"github.com/claritynotes/gen/internal/content"
)

// Image is an image file a page refers to.
type Image struct {
	File          string // the file on disk
	Width, Height int    // in CSS pixels
	Format        string // "png", "jpeg", "gif" or "svg"
}

// maxHeader caps how much of a file is read to find its size: raster
// headers are at the start, and an SVG's root element is near the top.
const maxHeader = 64 << 10

// Finder resolves a page's image references against the site root.
type Finder struct{ Root string }

// Find resolves dest, as written in page p, to the image file the build
// publishes for it, and reads its size. It reports false for other sites'
// images, missing files and files whose size cannot be read.
func (f Finder) Find(p *content.Page, dest string) (Image, bool) {
	file, ok := f.locate(p, dest)
	if !ok {
		return Image{}, false
	}
	fh, err := os.Open(file)
	if err != nil {
		return Image{}, false
	}
	defer fh.Close()
	head, err := io.ReadAll(io.LimitReader(fh, maxHeader))
	if err != nil {
		return Image{}, false
	}
	w, h, format, ok := Size(head)
	return Image{File: file, Width: w, Height: h, Format: format}, ok
}

// StaticPath is the site-relative file in static/ that dest, as written
// in page p, is read from when p's page bundle has no such file, whether
// or not it exists; false for other sites' images.
func StaticPath(p *content.Page, dest string) (string, bool) {
	target, ok := targetPath(p, dest)
	if !ok {
		return "", false
	}
	return staticPath(target), true
}

// staticPath is the site-relative file in static/ that serves URL path target.
func staticPath(target string) string {
	return path.Join("static", path.Clean("/"+target))
}

// targetPath is the URL path dest, as written in page p, refers to; false
// for other sites' images.
func targetPath(p *content.Page, dest string) (string, bool) {
	u, err := url.Parse(dest)
	if err != nil || u.Scheme != "" || u.Host != "" || u.Opaque != "" || u.Path == "" {
		return "", false
	}
	return (&url.URL{Path: p.URL}).ResolveReference(&url.URL{Path: u.Path}).Path, true
}

// locate maps an image reference to a file: a page bundle's own files
// first (written relative to the page), then static/.
func (f Finder) locate(p *content.Page, dest string) (string, bool) {
	target, ok := targetPath(p, dest)
	if !ok {
		return "", false
	}
	var candidates []string
	if p.BundleDir != "" {
		if rest, ok := strings.CutPrefix(target, p.URL); ok && rest != "" {
			candidates = append(candidates, filepath.Join(f.Root, filepath.FromSlash(p.BundleDir), filepath.FromSlash(rest)))
		}
	}
	candidates = append(candidates, filepath.Join(f.Root, filepath.FromSlash(staticPath(target))))
	for _, c := range candidates {
		if info, err := os.Stat(c); err == nil && info.Mode().IsRegular() {
			return c, true
		}
	}
	return "", false
}

// Size reads an image's pixel size from the start of its file.
func Size(head []byte) (width, height int, format string, ok bool) {
	if cfg, format, err := image.DecodeConfig(bytes.NewReader(head)); err == nil {
		return cfg.Width, cfg.Height, format, cfg.Width > 0 && cfg.Height > 0
	}
	if w, h, ok := svgSize(head); ok {
		return w, h, "svg", true
	}
	return 0, 0, "", false
}

// svgSize reads the root <svg> element's width and height, or its
// viewBox when either is missing or relative (100%, 10em).
func svgSize(head []byte) (int, int, bool) {
	d := xml.NewDecoder(bytes.NewReader(head))
	d.Strict = false
	for {
		tok, err := d.Token()
		if err != nil {
			return 0, 0, false
		}
		start, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if start.Name.Local != "svg" {
			return 0, 0, false
		}
		var w, h float64
		var box []float64
		for _, a := range start.Attr {
			switch a.Name.Local {
			case "width":
				w = svgLength(a.Value)
			case "height":
				h = svgLength(a.Value)
			case "viewBox":
				for _, f := range strings.FieldsFunc(a.Value, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' || r == '\n' }) {
					v, err := strconv.ParseFloat(f, 64)
					if err != nil {
						box = nil
						break
					}
					box = append(box, v)
				}
			}
		}
		if len(box) == 4 && box[2] > 0 && box[3] > 0 {
			switch {
			case w <= 0 && h <= 0:
				w, h = box[2], box[3]
			case w <= 0:
				w = h * box[2] / box[3]
			case h <= 0:
				h = w * box[3] / box[2]
			}
		}
		if w <= 0 || h <= 0 {
			return 0, 0, false
		}
		return int(math.Round(w)), int(math.Round(h)), true
	}
}

// svgLength reads an absolute SVG length in CSS pixels; relative lengths
// (%, em) and junk are 0.
func svgLength(v string) float64 {
	v = strings.TrimSpace(v)
	units := map[string]float64{"px": 1, "pt": 4.0 / 3, "pc": 16, "in": 96, "cm": 96 / 2.54, "mm": 96 / 25.4}
	scale := 1.0
	for unit, s := range units {
		if n, ok := strings.CutSuffix(v, unit); ok {
			v, scale = n, s
			break
		}
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil || f <= 0 || math.IsInf(f, 0) {
		return 0
	}
	return f * scale
}

// ErrNotResizable is a format Shrink does not copy: SVG scales by itself
// and a GIF may be animated.
var ErrNotResizable = errors.New("only PNG and JPEG images are resized")

// maxPixels caps the images Shrink decodes (about 50 megapixels), so a
// huge or hostile file cannot take all memory.
const maxPixels = 50_000_000

// Shrink returns a copy of a PNG or JPEG image scaled to width pixels
// wide (keeping its proportions), in the same format, and its height.
func Shrink(img Image, width int) ([]byte, int, error) {
	if img.Format != "png" && img.Format != "jpeg" {
		return nil, 0, ErrNotResizable
	}
	if img.Width*img.Height > maxPixels {
		return nil, 0, errors.New("the image has too many pixels to resize; make a smaller copy")
	}
	data, err := os.ReadFile(img.File)
	if err != nil {
		return nil, 0, err
	}
	src, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, 0, err
	}
	b := src.Bounds()
	height := max(1, int(math.Round(float64(b.Dy())*float64(width)/float64(b.Dx()))))
	dst := image.NewRGBA(image.Rect(0, 0, width, height))
	draw.CatmullRom.Scale(dst, dst.Bounds(), src, b, draw.Src, nil)
	var out bytes.Buffer
	if img.Format == "jpeg" {
		err = jpeg.Encode(&out, dst, &jpeg.Options{Quality: 85})
	} else {
		err = (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&out, dst)
	}
	return out.Bytes(), height, err
}

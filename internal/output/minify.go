// Package output turns rendered files into a published site: minification,
// the atomic swap of public/ on disk, and the in-memory file set serve uses.
package output

import (
	"bytes"
	"path"
	"regexp"
	"strings"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/svg"
	"github.com/tdewolff/minify/v2/xml"
)

// Minifier minifies files by extension. It is safe for concurrent use.
type Minifier struct {
	m *minify.M
}

// NewMinifier returns a minifier for HTML, CSS, JS, SVG, XML and JSON.
// HTML keeps end tags, quotes and document tags so the output stays valid
// for strict validators and simple tools that read it.
func NewMinifier() *Minifier {
	m := minify.New()
	m.Add("text/html", &html.Minifier{
		KeepDocumentTags:    true,
		KeepEndTags:         true,
		KeepQuotes:          true,
		KeepDefaultAttrVals: true,
		KeepSpecialComments: true, // Outlook's <!--[if mso]> blocks
	})
	m.AddFunc("text/css", css.Minify)
	m.AddFunc("application/javascript", js.Minify)
	m.AddFunc("image/svg+xml", svg.Minify)
	m.AddFuncRegexp(regexp.MustCompile(`[/+]xml$`), xml.Minify)
	m.AddFunc("application/json", json.Minify)
	return &Minifier{m: m}
}

var mediaTypes = map[string]string{
	".html": "text/html",
	".css":  "text/css",
	".js":   "application/javascript",
	".svg":  "image/svg+xml",
	".xml":  "application/xml",
	".json": "application/json",
}

// Minify returns b minified according to name's extension; other files are
// returned unchanged.
func (mf *Minifier) Minify(name string, b []byte) ([]byte, error) {
	mt, ok := mediaTypes[strings.ToLower(path.Ext(name))]
	if !ok {
		return b, nil
	}
	var out bytes.Buffer
	out.Grow(len(b))
	if err := mf.m.Minify(mt, &out, bytes.NewReader(b)); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

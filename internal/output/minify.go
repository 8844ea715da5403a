// Package output turns rendered files into a published site: minification,
// the atomic swap of public/ on disk, and the in-memory file set serve uses.
package output

import (
	"bytes"
	"io"
	"path"
	"strings"
	"sync"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/svg"
	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/buffer"
	htmllex "github.com/tdewolff/parse/v2/html"
	xmllex "github.com/tdewolff/parse/v2/xml"
)

// Minifier minifies files by extension. It is safe for concurrent use.
type Minifier struct {
	m *minify.M
	// guarded is m with every minifier the HTML minifier hands nested
	// content to refusing the placeholder MinifyPageTo puts in a page.
	guarded *minify.M
}

// NewMinifier returns a minifier for HTML, CSS, JS, SVG and JSON.
func NewMinifier() *Minifier {
	m, guarded := minify.New(), minify.New()
	m.Add("text/html", pageMinifier)
	guarded.AddFunc("text/html", guard(pageMinifier.Minify))
	for _, n := range nestedMinifiers {
		m.AddFunc(n.mediaType, n.fn)
		guarded.AddFunc(n.mediaType, guard(n.fn))
	}
	return &Minifier{m: m, guarded: guarded}
}

// pageMinifier is the HTML minifier. HTML keeps end tags, quotes and
// document tags so the output stays valid for strict validators and
// simple tools that read it.
var pageMinifier = &html.Minifier{
	KeepDocumentTags:    true,
	KeepEndTags:         true,
	KeepQuotes:          true,
	KeepDefaultAttrVals: true,
	KeepSpecialComments: true, // Outlook's <!--[if mso]> blocks
}

// nestedMinifiers are the minifiers for the other media types: files of
// their own, and content the HTML minifier hands on (a style element or
// attribute, a script, an inline SVG).
var nestedMinifiers = []struct {
	mediaType string
	fn        minify.MinifierFunc
}{
	{"text/css", css.Minify},
	{"application/javascript", js.Minify},
	{"image/svg+xml", svg.Minify},
	{"application/json", json.Minify},
}

var mediaTypes = map[string]string{
	".html": "text/html",
	".css":  "text/css",
	".js":   "application/javascript",
	".svg":  "image/svg+xml",
	// ".xml" is compactXML's, not the XML minifier's.
	".json": "application/json",
}

// Minify returns b minified according to name's extension; other files are
// returned unchanged, and so is HTML that would take the minifier time
// quadratic in its size (see HTMLTooCostly).
func (mf *Minifier) Minify(name string, b []byte) ([]byte, error) {
	ext := strings.ToLower(path.Ext(name))
	if ext == ".xml" {
		return compactXML(b)
	}
	mt, ok := mediaTypes[ext]
	if !ok {
		return b, nil
	}
	var out bytes.Buffer
	done, err := mf.minify(&out, mt, b, true)
	if err != nil {
		return nil, err
	}
	if !done {
		return b, nil
	}
	return out.Bytes(), nil
}

// MinifyTo is Minify for a caller that does not keep the result: use is
// called with b minified, in a buffer that is reused once use returns. A
// staged build writes each page and drops it, so its pages' minified
// copies need not each be a new allocation for the collector to reclaim.
func (mf *Minifier) MinifyTo(name string, b []byte, use func([]byte) error) error {
	mt, ok := mediaTypes[strings.ToLower(path.Ext(name))]
	if !ok {
		min, err := mf.Minify(name, b)
		if err != nil {
			return err
		}
		return use(min)
	}
	out := getInput(len(b))
	defer putInput(out)
	w := bytes.NewBuffer(*out)
	done, err := mf.minify(w, mt, b, true)
	if err != nil {
		return err
	}
	if !done {
		return use(b)
	}
	// The minifier writes no more than it reads, so w keeps out's array;
	// should it have grown, its own array is the one to keep.
	*out = w.Bytes()
	return use(*out)
}

// minify writes b, of media type mt, minified to out. It reports false,
// having written nothing, for HTML that would take the minifier more than
// linear time.
//
// With known, HTML all of whose markup the fragment minifier knows is
// minified by it (minifyKnownDocument), the same bytes for less work.
func (mf *Minifier) minify(out *bytes.Buffer, mt string, b []byte, known bool) (bool, error) {
	// The lexers want a NUL after their input. One copy with room for it
	// serves both the cost check and the minifier, which would otherwise
	// each copy the file (the minifier reading it through io.ReadAll, in
	// doubling steps); b itself is never written to. The copy is
	// reused: the minifier copies what it keeps into out.
	in := getInput(len(b) + 1)
	defer putInput(in)
	*in = append((*in)[:0], b...)
	if mt == "text/html" && htmlTooCostly(*in) {
		return false, nil
	}
	out.Grow(len(b))
	if mt == "text/html" && known && minifyKnownDocument(out, b) {
		return true, nil
	}
	return true, mf.m.Minify(mt, out, buffer.NewReader(*in))
}

// minifyKnownDocument writes the HTML document b minified to out if it
// holds only markup the fragment minifier knows (see fragment.go), as a
// theme's pages do, and reports whether it did.
func minifyKnownDocument(out *bytes.Buffer, b []byte) bool {
	fm := fragmentMinifiers.Get().(*fragmentMinifier)
	defer fragmentMinifiers.Put(fm)
	// The document is written into out's own array, grown for it.
	dst, ok := fm.minifyDocument(out.AvailableBuffer(), b)
	if ok {
		out.Write(dst)
	}
	return ok
}

// inputs are Minify's copies of its input, and MinifyTo's results,
// reused: a build minifies as many pages as it writes, and each copy is
// as large as its page.
var inputs = sync.Pool{New: func() any { return new([]byte) }}

// maxPooledInput bounds the copies kept for reuse, so one huge page does
// not hold its size in memory for the rest of the build.
const maxPooledInput = 1 << 20

// getInput returns a pooled slice with room for n bytes.
func getInput(n int) *[]byte {
	in := inputs.Get().(*[]byte)
	if cap(*in) < n {
		*in = make([]byte, 0, n)
	}
	return in
}

func putInput(in *[]byte) {
	if cap(*in) <= maxPooledInput {
		*in = (*in)[:0]
		inputs.Put(in)
	}
}

// HTMLTooCostly reports whether minifying the HTML document b would cost
// more than linear time. The HTML minifier decodes each character
// reference in a text node or attribute value in place, moving the rest of
// that node once per reference, so a node of n bytes with k references
// costs k*n: a page with one long paragraph full of quotes or "&" took
// minutes. HTMLTooCostly adds up that bound with the minifier's own
// lexer, in linear time, and reports whether it exceeds a budget a few
// dozen times the document's size. Pages of ordinary paragraphs stay far
// below it; a page above it is published unminified, which browsers and
// mail clients render the same.
func HTMLTooCostly(b []byte) bool {
	// A full slice: the lexer puts a NUL after its input, which must not
	// overwrite what follows b in its array.
	return htmlTooCostly(b[:len(b):len(b)])
}

// htmlTooCostly is HTMLTooCostly for a b whose array the lexer may write
// its NUL into, just past len(b) (it puts back the byte it replaced).
func htmlTooCostly(b []byte) bool {
	budget := decodeBudgetPerByte*len(b) + decodeBudgetBase
	// Text nodes and attribute values are disjoint parts of b, so their
	// work adds up to at most b's references times b's length: within the
	// budget, as for nearly every page, the lexer need not run.
	if refs := bytes.Count(b, amp); refs == 0 || refs <= budget/len(b) {
		return false
	}
	return decodeWorkOver(b, budget)
}

// decodeWorkOver adds up the minifier's decoding work on b with its own
// lexer and reports whether it exceeds budget; b is as for htmlTooCostly.
func decodeWorkOver(b []byte, budget int) bool {
	work := 0
	l := htmllex.NewLexer(parse.NewInputBytes(b))
	for {
		tt, data := l.Next()
		switch tt {
		case htmllex.ErrorToken:
			return false
		case htmllex.TextToken:
			work += bytes.Count(data, amp) * len(data)
		case htmllex.AttributeToken:
			v := l.AttrVal()
			work += bytes.Count(v, amp) * len(v)
		}
		if work > budget {
			return true
		}
	}
}

var amp = []byte("&")

// The minifier's decoding budget: bytes moved per byte of the document,
// plus a base so that small pages are never refused. Moving 64 bytes per
// input byte costs far less than minifying it.
const (
	decodeBudgetPerByte = 64
	decodeBudgetBase    = 16 << 20
)

// compactXML shortens the character references encoding/xml writes in
// text (&#34; &#39; &#xA; &#x9;) to the characters, and leaves the rest,
// markup, attributes and CDATA, as it is. Feeds and the sitemap come from
// encoding/xml with no space between elements, so this is all the XML
// minifier would save; it decodes each reference by moving the rest of its
// text node, so a feed carrying a 4 MB page took minutes, and it collapsed
// the indentation of code in Atom's escaped HTML. compactXML makes one
// pass.
func compactXML(b []byte) ([]byte, error) {
	out := make([]byte, 0, len(b))
	l := xmllex.NewLexer(parse.NewInputBytes(b[:len(b):len(b)]))
	for {
		tt, data := l.Next()
		switch tt {
		case xmllex.ErrorToken:
			if l.Err() != io.EOF {
				return nil, l.Err()
			}
			return out, nil
		case xmllex.TextToken:
			out = appendShortRefs(out, data)
		default:
			out = append(out, data...)
		}
	}
}

// shortRefs are the references compactXML writes as characters.
var shortRefs = []struct{ ref, char string }{
	{"&#34;", `"`}, {"&#39;", "'"}, {"&#xA;", "\n"}, {"&#x9;", "\t"},
}

// appendShortRefs appends text to out with shortRefs decoded.
func appendShortRefs(out, text []byte) []byte {
	for {
		i := bytes.IndexByte(text, '&')
		if i < 0 {
			return append(out, text...)
		}
		out = append(out, text[:i]...)
		text = text[i:]
		n := 1
		out = append(out, '&')
		for _, r := range shortRefs {
			if bytes.HasPrefix(text, []byte(r.ref)) {
				out, n = append(out[:len(out)-1], r.char...), len(r.ref)
				break
			}
		}
		text = text[n:]
	}
}

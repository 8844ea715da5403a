package output

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"io"
	"path"
	"strings"
	"sync"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/parse/v2/buffer"
)

// MinifyPageTo is MinifyTo for an HTML page that holds body, a fragment
// of HTML such as a page's rendered Markdown, byte for byte: the same
// bytes as MinifyTo, for less work. A page all of whose markup the
// fragment minifier knows (see fragment.go) it minifies whole, as
// MinifyTo does. Otherwise the HTML minifier runs over the page with a
// small placeholder standing for body, and the placeholder's minified
// form is replaced with body minified by the fragment minifier. Whenever
// that cannot be shown to give the same bytes, because body holds
// something the fragment minifier does not know or the placeholder lands
// where the minifier does not treat it as plain HTML (in pre, raw text,
// a comment, a tag, foreign content), the HTML minifier minifies the
// whole page.
func (mf *Minifier) MinifyPageTo(name string, page []byte, body string, use func([]byte) error) error {
	_, err := mf.minifyPage(name, page, body, use)
	return err
}

// pagePath is the way minifyPage minified a page.
type pagePath int

const (
	byMinifier      pagePath = iota // the HTML minifier over the whole page (or not minified)
	byKnownDocument                 // the fragment minifier over the whole page
	bySplice                        // the body spliced in
)

// minifyPage is MinifyPageTo, reporting the way it went.
func (mf *Minifier) minifyPage(name string, page []byte, body string, use func([]byte) error) (pagePath, error) {
	// The renderer ends each block with a newline: the body spliced is
	// the one up to its last tag, and that newline goes with the page.
	body = strings.TrimRight(body, " \t\n\r\f")
	if len(body) < minSplicedBody || strings.ToLower(path.Ext(name)) != ".html" {
		return byMinifier, mf.MinifyTo(name, page, use)
	}
	// A page too costly to minify is published as it is; one all of
	// whose markup the fragment minifier knows, as the theme's, it
	// minifies whole.
	if HTMLTooCostly(page) {
		return byMinifier, use(page)
	}
	out := getInput(len(page))
	defer putInput(out)
	w := bytes.NewBuffer(*out)
	if minifyKnownDocument(w, page) {
		*out = w.Bytes()
		return byKnownDocument, use(*out)
	}
	b := getInput(len(body))
	defer putInput(b)
	*b = append((*b)[:0], body...)
	if done, err := mf.splice(page, *b, use); done {
		return bySplice, err
	}
	// The whole page through the HTML minifier: the fragment minifier
	// refused it above.
	w.Reset()
	if _, err := mf.minify(w, "text/html", page, false); err != nil {
		return byMinifier, err
	}
	*out = w.Bytes()
	return byMinifier, use(*out)
}

// minSplicedBody is the smallest body worth splicing: below it, the
// extra searches cost more than the minifier saves.
var minSplicedBody = 512

// splice minifies page with body spliced in minified directly, calling
// use with the result; done is false when it could not, having called
// nothing.
func (mf *Minifier) splice(page, body []byte, use func([]byte) error) (done bool, err error) {
	at := indexBody(page, body)
	if at < 0 || !afterTagEnd(page, at) || bytes.Contains(page, placeholderMark) {
		return false, nil
	}
	// A body's comment would end a comment the body stands in, where
	// the placeholder does not: within an Outlook comment, which the
	// minifier minifies as HTML of its own, the two would differ.
	if bytes.Contains(body, commentEnd) && bytes.Contains(page[:at], commentStart) {
		return false, nil
	}
	fm := fragmentMinifiers.Get().(*fragmentMinifier)
	defer fragmentMinifiers.Put(fm)
	minBody := getInput(len(body))
	defer putInput(minBody)
	var ok bool
	if *minBody, ok = fm.minify((*minBody)[:0], body); !ok {
		return false, nil
	}

	// The page with the placeholder for body, and a NUL's room for the
	// lexer.
	rest := page[at+len(body):]
	in := getInput(at + len(placeholder) + len(rest) + 1)
	defer putInput(in)
	*in = append(append(append((*in)[:0], page[:at]...), placeholder...), rest...)
	out := getInput(len(*in))
	defer putInput(out)
	w := bytes.NewBuffer(*out)
	if err := pageMinifier.Minify(mf.guarded, w, buffer.NewReader(*in), nil); err != nil {
		// An error of the placeholder's making or the page's own: the
		// whole page's minify tells them apart.
		return false, nil
	}
	*out = w.Bytes()
	// The minified placeholder must appear once: then it stood where
	// the minifier writes plain HTML as it is, outside pre.
	i := bytes.Index(*out, minifiedPlaceholder)
	if i < 0 || bytes.Contains((*out)[i+len(minifiedPlaceholder):], minifiedPlaceholder) {
		return false, nil
	}
	res := getInput(len(*out) - len(minifiedPlaceholder) + len(*minBody))
	defer putInput(res)
	*res = append(append(append((*res)[:0], (*out)[:i]...), *minBody...), (*out)[i+len(minifiedPlaceholder):]...)
	return true, use(*res)
}

// indexBody returns where body first appears in page, or -1. It looks
// for body's first bytes, which bytes.Index finds with the processor's
// vector instructions, rather than hashing all of page as bytes.Index
// does for a long needle whose first bytes recur (every tag starts with
// '<'). It gives up (-1) after a few places where only the first bytes
// match, so its work stays linear in the page's size.
func indexBody(page, body []byte) int {
	const prefix, tries = 32, 8
	if len(body) <= prefix {
		return bytes.Index(page, body)
	}
	at := 0
	for range tries {
		i := bytes.Index(page[at:], body[:prefix])
		if i < 0 {
			return -1
		}
		at += i
		if bytes.HasPrefix(page[at:], body) {
			return at
		}
		at++
	}
	return -1
}

var commentStart, commentEnd = []byte("<!--"), []byte("-->")

var fragmentMinifiers = sync.Pool{New: func() any { return new(fragmentMinifier) }}

// placeholderMark is random for each run, so no page can hold it, nor
// make it from character references: the minified placeholder in the
// output is the placeholder's own.
var placeholderMark = func() []byte {
	var r [12]byte
	if _, err := rand.Read(r[:]); err != nil {
		panic(err)
	}
	return []byte("gen-body-" + hex.EncodeToString(r[:]))
}()

// The placeholder begins and ends with block tags, as the body must, so
// the minifier treats the page around it as it treats the page around
// the body. Its leading space is dropped only where the minifier
// collapses spaces: in pre, raw text, a comment or an attribute value it
// stays, and the placeholder is not found minified.
var (
	placeholder         = []byte("<p> " + string(placeholderMark) + "</p>")
	minifiedPlaceholder = []byte("<p>" + string(placeholderMark) + "</p>")
)

// afterTagEnd reports whether the bytes before at in page, back to the
// last '>', are text without '<' or quotes. Then the lexer does not
// read at as part of a tag (where the placeholder's tags would be read
// as attributes or dropped, as the body's would be, differently): a tag
// begun before that '>' and still open would have to hold it in a
// quoted value, and so would still be in that value at at, where the
// placeholder stays as it is.
func afterTagEnd(page []byte, at int) bool {
	gap := page[bytes.LastIndexByte(page[:at], '>')+1 : at]
	return !bytes.ContainsAny(gap, "<\"'")
}

// errPlaceholderNested is returned by guard when a nested minifier (an
// iframe's HTML, a style's CSS, an SVG...) is handed the placeholder.
var errPlaceholderNested = errors.New("placeholder within nested content")

// guard wraps minifier fn to refuse input holding the placeholder.
func guard(fn minify.MinifierFunc) minify.MinifierFunc {
	return func(m *minify.M, w io.Writer, r io.Reader, params map[string]string) error {
		b, ok := r.(interface{ Bytes() []byte })
		if !ok {
			all, err := io.ReadAll(r)
			if err != nil {
				return err
			}
			r, b = buffer.NewReader(all), buffer.NewReader(all)
		}
		if bytes.Contains(b.Bytes(), placeholderMark) {
			return errPlaceholderNested
		}
		return fn(m, w, r, params)
	}
}

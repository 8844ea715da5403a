package email

import (
	"bytes"
	"io"
	"strings"
	"sync"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"

	"github.com/claritynotes/gen/internal/email/lex"
	"github.com/claritynotes/gen/internal/memo"
	"github.com/claritynotes/gen/internal/output"
)

// minifier minifies email HTML. Outlook's conditional comments are kept
// (KeepSpecialComments); so are end tags, quotes and document tags, which
// some email clients' sanitisers expect.
type minifier struct {
	htmlMin *html.Minifier
	// ms holds the minify.M each message's minifying runs in, one per
	// worker at a time: an M takes its lock for the HTML and again for
	// every style attribute, and the workers sharing one would all write
	// that lock's reader count.
	ms sync.Pool
	// css holds minified stylesheets (css[0]) and style attributes
	// (css[1]). Inlining repeats the same few style attributes on every
	// paragraph of every issue, and head.css is the same in every message.
	css [2]*memo.Strings[minified]
	// known is an output.KnownHTML's Minify, which writes the theme's
	// markup and the Markdown renderer's as htmlMin does for a fraction
	// of its work; the tests hold each document it writes to htmlMin's.
	known func(dst, b []byte) ([]byte, bool)
}

// maxMinified bounds each of minifier.css.
const maxMinified = 4096

// minified is css.Minify's result; it writes to a buffer, so an error
// comes from the source and is as repeatable as the output.
type minified struct {
	out []byte
	err error
}

func newMinifier() *minifier {
	mf := &minifier{css: [2]*memo.Strings[minified]{memo.NewStrings[minified](maxMinified), memo.NewStrings[minified](maxMinified)}}
	// A message's own tags (see lex.OwnTag) would only fill its cache.
	mf.known = output.NewKnownHTML(mf.appendCSS, func(tag []byte) bool { return !lex.OwnTag(tag) }).Minify
	mf.htmlMin = &html.Minifier{
		KeepSpecialComments: true,
		KeepDocumentTags:    true,
		KeepEndTags:         true,
		KeepQuotes:          true,
		KeepDefaultAttrVals: true,
		KeepWhitespace:      false,
	}
	mf.ms.New = func() any {
		m := minify.New()
		m.Add("text/html", mf.htmlMin)
		m.AddFunc("text/css", mf.minifyCSS)
		return m
	}
	return mf
}

// minifyCSS is css.Minify with a cache: its output depends only on the
// source and on whether it is a style attribute.
func (mf *minifier) minifyCSS(m *minify.M, w io.Writer, r io.Reader, params map[string]string) error {
	var src []byte
	if br, ok := r.(interface{ Bytes() []byte }); ok { // the HTML minifier's readers: no copy
		src = br.Bytes()
	} else {
		var err error
		if src, err = io.ReadAll(r); err != nil {
			return err
		}
	}
	res := mf.minifiedCSS(m, src, params != nil && params["inline"] == "1")
	if res.err != nil {
		return res.err
	}
	_, err := w.Write(res.out)
	return err
}

// minifiedCSS is css.Minify's result for src, a stylesheet or (inline) a
// style attribute, from the cache; m is the minify.M it runs in, or nil
// for one from the pool.
func (mf *minifier) minifiedCSS(m *minify.M, src []byte, inline bool) minified {
	kind := 0
	if inline {
		kind = 1
	}
	return mf.css[kind].GetBytes(src, func(src string) minified {
		if m == nil {
			m = mf.ms.Get().(*minify.M)
			defer mf.ms.Put(m)
		}
		// The parameters the HTML minifier passes: inline for a style
		// attribute, none for a <style> without a type or of text/css.
		var params map[string]string
		if inline {
			params = map[string]string{"inline": "1"}
		}
		var b bytes.Buffer
		err := css.Minify(m, &b, strings.NewReader(src), params)
		return minified{b.Bytes(), err}
	})
}

// appendCSS is minifyCSS for output.KnownHTML.
func (mf *minifier) appendCSS(dst, src []byte, inline bool) ([]byte, error) {
	res := mf.minifiedCSS(nil, src, inline)
	return append(dst, res.out...), res.err
}

// html minifies a document, unless that would take more than linear time;
// src must not be used by anyone else meanwhile
// (the minifier's input puts a NUL after its end and restores it).
func (mf *minifier) html(src []byte) (string, error) {
	var b bytes.Buffer
	out, err := mf.htmlTo(&b, src)
	return string(out), err
}

// htmlTo is html writing into b; it returns b's bytes, or src when
// minifying would take more than linear time.
func (mf *minifier) htmlTo(b *bytes.Buffer, src []byte) ([]byte, error) {
	if output.HTMLTooCostly(src) {
		return src, nil
	}
	b.Grow(len(src))
	start := b.Len()
	if out, ok := mf.known(b.AvailableBuffer(), src); ok {
		b.Write(out)
		return b.Bytes()[start:], nil
	}
	if err := mf.htmlMinifierTo(b, src); err != nil {
		return nil, err
	}
	return b.Bytes()[start:], nil
}

// htmlMinifierTo writes src minified by htmlMin to b.
func (mf *minifier) htmlMinifierTo(b *bytes.Buffer, src []byte) error {
	m := mf.ms.Get().(*minify.M)
	defer mf.ms.Put(m)
	// The HTML minifier itself, as m.Minify("text/html", …) calls it
	// (a media type without parameters).
	return mf.htmlMin.Minify(m, b, bytes.NewBuffer(src), nil)
}

// buffers holds the buffers of finished messages for the next ones: each
// message passes through four whole-document buffers, and growing new
// ones was a quarter of the bytes a message allocated.
var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooled keeps a huge issue's buffers from staying in the pool.
const maxPooled = 1 << 20

func getBuffer() *bytes.Buffer {
	b := buffers.Get().(*bytes.Buffer)
	b.Reset()
	return b
}

func putBuffer(b *bytes.Buffer) {
	if b.Cap() <= maxPooled {
		buffers.Put(b)
	}
}

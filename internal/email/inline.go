package email

import (
	"bytes"
	"strings"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/vanng822/go-premailer/premailer"
)

// ignoreAttr marks the <style> premailer must leave alone (head.css).
const ignoreAttr = ` data-premailer="ignore"`

// inline moves the rules of the document's <style> into style attributes
// (and bgcolor/width/align attributes for Outlook) and keeps the ignored
// head stylesheet as it is.
func inline(doc string) (string, error) {
	pm, err := premailer.NewPremailerFromString(doc, &premailer.Options{CssToAttributes: true, KeepBangImportant: true})
	if err != nil {
		return "", err
	}
	out, err := pm.Transform()
	if err != nil {
		return "", err
	}
	return strings.Replace(out, ignoreAttr, "", 1), nil
}

// inlineFragment inlines email.css into a body fragment, for feeds.
func (r *Renderer) inlineFragment(body string) (string, error) {
	doc := "<!DOCTYPE html><html><head><style>" + r.inlineCSS + "</style></head><body><div class=\"content\">" +
		body + "</div></body></html>"
	out, err := inline(doc)
	if err != nil {
		return "", err
	}
	start := strings.Index(out, "<div class=\"content\"")
	end := strings.LastIndex(out, "</div>")
	if start < 0 || end < start {
		return body, nil
	}
	frag := out[start:end]
	frag = frag[strings.IndexByte(frag, '>')+1:]
	return r.min.html(frag)
}

// minifier minifies email HTML. Outlook's conditional comments are kept
// (KeepSpecialComments); so are end tags, quotes and document tags, which
// some email clients' sanitisers expect.
type minifier struct{ m *minify.M }

func newMinifier() *minifier {
	m := minify.New()
	m.Add("text/html", &html.Minifier{
		KeepSpecialComments: true,
		KeepDocumentTags:    true,
		KeepEndTags:         true,
		KeepQuotes:          true,
		KeepDefaultAttrVals: true,
		KeepWhitespace:      false,
	})
	m.AddFunc("text/css", css.Minify)
	return &minifier{m: m}
}

func (mf *minifier) html(s string) (string, error) {
	var b bytes.Buffer
	if err := mf.m.Minify("text/html", &b, strings.NewReader(s)); err != nil {
		return "", err
	}
	return b.String(), nil
}

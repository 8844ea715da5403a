package testutil

import (
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"

	"github.com/claritynotes/gen/internal/markdown"
)

// EMLPart returns the decoded part of the multipart message msg whose
// content type starts with typ ("text/html", "text/plain").
func EMLPart(t testing.TB, msg *mail.Message, typ string) []byte {
	t.Helper()
	_, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil {
		t.Fatal(err)
	}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for {
		part, err := mr.NextRawPart()
		if err != nil {
			t.Fatalf("no %s part: %v", typ, err)
		}
		if strings.HasPrefix(part.Header.Get("Content-Type"), typ) {
			b, err := io.ReadAll(quotedprintable.NewReader(part))
			if err != nil {
				t.Fatal(err)
			}
			return b
		}
	}
}

// MarkdownScript parses md as a newsletter tool does (raw HTML allowed)
// and lists links, images and autolinks that could run script, and raw
// HTML unless allowHTML (a site that writes raw HTML on purpose).
func MarkdownScript(md []byte, allowHTML bool) []string {
	doc := markdown.New(markdown.Options{Unsafe: true}).Parse(md)
	var out []string
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.HTMLBlock:
			if !allowHTML {
				out = append(out, "raw HTML "+string(n.Lines().Value(md)))
			}
		case *ast.RawHTML:
			if !allowHTML {
				out = append(out, "raw HTML "+string(n.Segments.Value(md)))
			}
		case *ast.Link:
			if ScriptURL(string(n.Destination)) {
				out = append(out, "link to "+string(n.Destination))
			}
		case *ast.Image:
			if ScriptURL(string(n.Destination)) {
				out = append(out, "image from "+string(n.Destination))
			}
		case *ast.AutoLink:
			if ScriptURL(string(n.URL(md))) {
				out = append(out, "autolink to "+string(n.URL(md)))
			}
		}
		return ast.WalkContinue, nil
	})
	return out
}

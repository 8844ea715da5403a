package serve

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"

	"github.com/claritynotes/gen/internal/diag"
)

// ErrorView is one build error as the browser overlay shows it.
type ErrorView struct {
	Pos     string        `json:"pos"` // path:line:col
	Path    string        `json:"path"`
	Line    int           `json:"line"`
	Col     int           `json:"col"`
	Message string        `json:"message"`
	Hint    string        `json:"hint,omitempty"`
	Excerpt []ExcerptLine `json:"excerpt,omitempty"`
}

// ExcerptLine is a source line around an error; Mark is the error's line.
type ExcerptLine struct {
	N    int    `json:"n"`
	Text string `json:"text"`
	Mark bool   `json:"mark,omitempty"`
}

// excerptContext is how many lines to show before and after the error.
const excerptContext = 3

// errorViews flattens a build error and reads the source lines around each
// positioned one from the site root.
func errorViews(root string, err error) []ErrorView {
	var out []ErrorView
	for _, e := range diag.All(err) {
		v := ErrorView{Pos: e.Pos(), Path: e.Path, Line: e.Line, Col: e.Col, Message: e.Msg, Hint: e.Hint}
		if e.Path != "" && e.Line > 0 {
			v.Excerpt = excerpt(root, e.Path, e.Line)
		}
		out = append(out, v)
	}
	return out
}

// excerpt returns the lines around line in the site-relative file rel, or
// nil when it cannot be read. Paths leaving the site root are refused.
func excerpt(root, rel string, line int) []ExcerptLine {
	name := filepath.FromSlash(rel)
	if !filepath.IsLocal(name) {
		return nil
	}
	src, err := os.ReadFile(filepath.Join(root, name))
	if err != nil {
		return nil
	}
	lines := strings.Split(string(bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))), "\n")
	if line > len(lines) {
		return nil
	}
	var out []ExcerptLine
	for n := max(1, line-excerptContext); n <= min(len(lines), line+excerptContext); n++ {
		out = append(out, ExcerptLine{N: n, Text: lines[n-1], Mark: n == line})
	}
	return out
}

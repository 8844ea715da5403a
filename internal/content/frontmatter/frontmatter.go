// Package frontmatter finds, decodes and locates front matter: the YAML,
// TOML or JSON block at the top of a page, and gen.toml, which is TOML
// too. It is the one place that knows where a key's value sits in a file,
// so every message about a value (a bad date in a page, an unknown email
// tool in gen.toml, a lint finding in a title) points at the same spot.
//
// The block is found here rather than with adrg/frontmatter: that package
// imports gopkg.in/yaml.v2 for its default formats, which linked a second
// YAML library into gen next to go.yaml.in/yaml/v3; it needs "{" alone on
// a line for JSON, so one-line JSON front matter was rejected; and it does
// not skip a UTF-8 byte order mark, so a file saved with one had no front
// matter for the build. Finding the delimiters is a line scan; decoding is
// left to the format's own parser.
package frontmatter

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/claritynotes/gen/internal/diag"
)

// Format is a front matter format.
type Format string

// Front matter formats.
const (
	FormatNone Format = ""
	FormatYAML Format = "yaml"
	FormatTOML Format = "toml"
	FormatJSON Format = "json"
)

// Block is where a file's front matter is: its data is src[Start:End] and
// the body starts at Body. A file without front matter has FormatNone and
// Body after any byte order mark.
type Block struct {
	Format     Format
	Start, End int
	Body       int
}

// bom is the UTF-8 byte order mark some Windows editors write first.
var bom = []byte("\uFEFF")

// delimited are the formats written between two delimiter lines.
var delimited = map[string]Format{"---": FormatYAML, "+++": FormatTOML, ";;;": FormatJSON}

// Split finds the front matter block. The first non-blank line decides:
// ---, +++ or ;;; open a block closed by the same line, and a line starting
// with { holds a JSON object, on one line or several. path names the file
// in messages.
func Split(path string, src []byte) (Block, error) {
	off := 0
	if bytes.HasPrefix(src, bom) {
		off = len(bom)
	}
	none := Block{Format: FormatNone, Body: off}
	line := 1
	for off < len(src) {
		text, next := lineAt(src, off)
		t := bytes.TrimSpace(text)
		switch {
		case len(t) == 0:
			off, line = next, line+1
			continue
		case t[0] == '{':
			return splitJSON(path, src, off, next, none)
		}
		f, ok := delimited[string(t)]
		if !ok {
			return none, nil
		}
		for end := next; end < len(src); {
			closer, after := lineAt(src, end)
			if string(bytes.TrimSpace(closer)) == string(t) {
				return Block{Format: f, Start: next, End: end, Body: after}, nil
			}
			end = after
		}
		return none, diag.Errorf(path, line, 1,
			fmt.Sprintf("end the front matter with a line containing only %s, then write the Markdown body", t),
			"front matter opened with %s is never closed", t)
	}
	return none, nil
}

// splitJSON takes the JSON object that starts the line at lineStart (next
// is the following line). The object may span lines; it must end its last
// line, and one blank line after it belongs to the front matter. A line
// that starts with { but is not JSON is the body's, unless it is a lone {
// or starts like a JSON key, which only a JSON block does.
func splitJSON(path string, src []byte, lineStart, next int, none Block) (Block, error) {
	start := lineStart + bytes.IndexByte(src[lineStart:next], '{')
	dec := json.NewDecoder(bytes.NewReader(src[start:]))
	var obj json.RawMessage
	if err := dec.Decode(&obj); err != nil {
		t := bytes.TrimSpace(src[lineStart:next])
		if string(t) != "{" && !bytes.HasPrefix(bytes.TrimLeft(t[1:], " \t"), []byte(`"`)) {
			return none, nil
		}
		return none, jsonError(path, src, start, err)
	}
	end := start + int(dec.InputOffset())
	rest, body := lineAt(src, end)
	if len(bytes.TrimSpace(rest)) > 0 {
		return none, nil // text after the object: a paragraph that starts with {
	}
	if blank, after := lineAt(src, body); body < len(src) && len(bytes.TrimSpace(blank)) == 0 {
		body = after
	}
	return Block{Format: FormatJSON, Start: start, End: end, Body: body}, nil
}

// lineAt returns the line starting at off (with its newline) and the
// offset of the next line.
func lineAt(src []byte, off int) ([]byte, int) {
	if i := bytes.IndexByte(src[off:], '\n'); i >= 0 {
		return src[off : off+i+1], off + i + 1
	}
	return src[off:], len(src)
}

package frontmatter

import (
	"bytes"
	"encoding/json"
	"errors"
	"regexp"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
	"go.yaml.in/yaml/v3"

	"github.com/claritynotes/gen/internal/diag"
)

// Decode decodes a block of src found by Split into Doc.Values. Syntax
// errors are *diag.Error values at their line and column in the file (not
// in the block), with a hint on the format's rules.
func Decode(path string, src []byte, b Block) (*Doc, error) {
	d := &Doc{Format: b.Format, src: src, start: b.Start, end: b.End}
	data := src[b.Start:b.End]
	switch b.Format {
	case FormatYAML:
		if m, entries, ok := decodeYAMLFast(data, b.Start); ok {
			d.Values, d.entries = m, entries
			d.once.Do(func() {}) // indexed already
			return d, nil
		}
		return d, d.decodeYAML(path)
	case FormatTOML:
		d.Values = map[string]any{}
		if _, err := toml.Decode(string(data), &d.Values); err != nil {
			var perr toml.ParseError
			if errors.As(err, &perr) {
				line, col := d.at(perr.Position.Line, perr.Position.Col)
				return nil, diag.Errorf(path, line, col,
					`TOML needs key = "value" lines; strings need quotes`, "invalid TOML front matter: %s", perr.Message)
			}
			line, col := d.at(0, 0)
			return nil, diag.Errorf(path, line, col, "", "invalid TOML front matter: %v", err)
		}
	case FormatJSON:
		d.Values = map[string]any{}
		if err := json.NewDecoder(bytes.NewReader(data)).Decode(&d.Values); err != nil {
			return nil, jsonError(path, src, b.Start, err)
		}
	}
	return d, nil
}

// decodeYAML decodes through a yaml.Node, which the Doc keeps: its lines
// and columns are where the values are.
func (d *Doc) decodeYAML(path string) error {
	data := d.src[d.start:d.end]
	var root yaml.Node
	err := yaml.Unmarshal(data, &root)
	if err == nil {
		d.Values = map[string]any{}
		if root.Kind != 0 {
			err = root.Decode(&d.Values)
		}
	}
	if err != nil {
		rl, rc := yamlErrPos(err)
		if strings.Contains(err.Error(), "did not find expected ','") {
			// yaml.v3 reports unclosed [ or { lists a line early; point
			// at the bracket that is never closed instead.
			if l, c := unclosedBracket(data); l > 0 {
				rl, rc = l, c
			}
		}
		line, col := d.at(rl, rc)
		return diag.Errorf(path, line, col,
			"YAML needs `key: value` pairs; quote values that contain a colon, # or start with a special character",
			"invalid YAML front matter: %s", yamlErrMsg(err))
	}
	d.yaml = &root
	return nil
}

// at turns a line and column in the block into ones in the file: line 0
// means the block's first line, column 0 the line's first non-blank.
func (d *Doc) at(relLine, col int) (int, int) {
	baseLine, _ := diag.LineCol(d.src, d.start)
	if relLine <= 0 {
		return baseLine, 1
	}
	line := baseLine + relLine - 1
	if col <= 0 {
		col = firstNonSpaceCol(d.src, line)
	}
	return line, col
}

// jsonError reports a JSON decoding error at its place in the file; the
// JSON starts at start.
func jsonError(path string, src []byte, start int, err error) error {
	off := 0
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = int(se.Offset)
	case errors.As(err, &te):
		off = int(te.Offset)
	default:
		off = len(src) - start + 1 // cut short: the end of the file
	}
	line, col := diag.LineCol(src, start+max(off-1, 0))
	return diag.Errorf(path, line, col,
		`JSON front matter is one object: {"title": "…", "date": "2006-01-02"}; check commas and quotes`,
		"invalid JSON front matter: %v", err)
}

// unclosedBracket finds the first line whose flow list or map is not closed
// on that line, returning its 1-based line and the bracket's column.
func unclosedBracket(data []byte) (int, int) {
	for i, line := range strings.Split(string(data), "\n") {
		depth, col := 0, 0
		quote := rune(0)
	runes:
		for j, r := range []rune(line) {
			switch {
			case quote != 0:
				if r == quote {
					quote = 0
				}
			case r == '"' || r == '\'':
				quote = r
			case r == '#' && (j == 0 || line[j-1] == ' '):
				break runes // a comment ends the line
			case r == '[' || r == '{':
				if depth == 0 {
					col = j + 1
				}
				depth++
			case r == ']' || r == '}':
				depth--
			}
		}
		if depth > 0 {
			return i + 1, col
		}
	}
	return 0, 0
}

// yaml.v3 reports positions only inside its error text.
var yamlLineRE = regexp.MustCompile(`line (\d+)(?:, column (\d+))?`)

func yamlErrPos(err error) (line, col int) {
	m := yamlLineRE.FindStringSubmatch(err.Error())
	if m == nil {
		return 0, 0
	}
	line, _ = strconv.Atoi(m[1])
	if m[2] != "" {
		col, _ = strconv.Atoi(m[2])
	}
	return line, col
}

var yamlPrefixRE = regexp.MustCompile(`^yaml: (unmarshal errors:\s*)?(line \d+(, column \d+)?: )?`)

func yamlErrMsg(err error) string {
	return strings.TrimSpace(yamlPrefixRE.ReplaceAllString(err.Error(), ""))
}

// firstNonSpaceCol is the column of the first non-blank rune on a line.
func firstNonSpaceCol(src []byte, line int) int {
	l := 1
	for i := 0; i < len(src); i++ {
		if l == line {
			col := 1
			for j := i; j < len(src) && (src[j] == ' ' || src[j] == '\t'); j++ {
				col++
			}
			return col
		}
		if src[i] == '\n' {
			l++
		}
	}
	return 1
}

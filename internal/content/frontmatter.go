package content

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/adrg/frontmatter"
	"go.yaml.in/yaml/v3"

	"github.com/claritynotes/gen/internal/diag"
)

// block is a front matter block found by adrg/frontmatter.
type block struct {
	format Format
	data   []byte
	found  bool
}

func capture(f Format) frontmatter.UnmarshalFunc {
	return func(data []byte, v any) error {
		b := v.(*block)
		b.format, b.data, b.found = f, data, true
		return nil
	}
}

var formats = []*frontmatter.Format{
	frontmatter.NewFormat("---", "---", capture(FormatYAML)),
	frontmatter.NewFormat("+++", "+++", capture(FormatTOML)),
	frontmatter.NewFormat(";;;", ";;;", capture(FormatJSON)),
	{Start: "{", End: "}", Unmarshal: capture(FormatJSON), UnmarshalDelims: true, RequiresNewLine: true},
}

var openers = map[string]string{"---": "---", "+++": "+++", ";;;": ";;;", "{": "}"}

// split finds the front matter block. It returns the format, the data's byte
// range in src and where the body starts.
func split(path string, src []byte) (f Format, start, end, body int, err error) {
	if start, end, body, ok := splitYAMLFast(src); ok {
		return FormatYAML, start, end, body, nil
	}
	return splitGeneral(path, src)
}

// splitGeneral is split for every format, with adrg/frontmatter.
func splitGeneral(path string, src []byte) (f Format, start, end, body int, err error) {
	var b block
	rest, err := frontmatter.Parse(bytes.NewReader(src), &b, formats...)
	if err != nil {
		return "", 0, 0, 0, diag.Errorf(path, 1, 1, "", "cannot read front matter: %v", err)
	}
	// The first non-blank line decides whether a block was opened.
	lineStart, line := 0, 1
	for lineStart < len(src) {
		nl := bytes.IndexByte(src[lineStart:], '\n')
		lineEnd := len(src)
		if nl >= 0 {
			lineEnd = lineStart + nl + 1
		}
		text := string(bytes.TrimSpace(src[lineStart:lineEnd]))
		if text == "" {
			lineStart, line = lineEnd, line+1
			continue
		}
		if !b.found {
			if closer, ok := openers[text]; ok && text != "{" {
				return "", 0, 0, 0, diag.Errorf(path, line, 1,
					fmt.Sprintf("end the front matter with a line containing only %s, then write the Markdown body", closer),
					"front matter opened with %s is never closed", text)
			}
			return FormatNone, 0, 0, 0, nil
		}
		start = lineEnd
		if text == "{" {
			start = lineStart
		}
		break
	}
	body = len(src) - len(rest)
	return b.format, start, start + len(b.data), body, nil
}

// decode turns the block's data into a map, reporting syntax errors at their
// line in the file (not in the block).
func decode(path string, src []byte, f Format, start, end int) (map[string]any, error) {
	data := src[start:end]
	m := map[string]any{}
	baseLine, _ := lineCol(src, start)
	at := func(relLine, col int) (int, int) {
		if relLine <= 0 {
			return baseLine, 1
		}
		line := baseLine + relLine - 1
		if col <= 0 {
			col = firstNonSpaceCol(src, line)
		}
		return line, col
	}
	switch f {
	case FormatYAML:
		if fast, ok := decodeYAMLFast(data); ok {
			return fast, nil
		}
		if err := yaml.Unmarshal(data, &m); err != nil {
			rl, rc := yamlErrPos(err)
			if strings.Contains(err.Error(), "did not find expected ','") {
				// yaml.v3 reports unclosed [ or { lists a line early; point
				// at the bracket that is never closed instead.
				if l, c := unclosedBracket(data); l > 0 {
					rl, rc = l, c
				}
			}
			line, col := at(rl, rc)
			return nil, diag.Errorf(path, line, col,
				"YAML needs `key: value` pairs; quote values that contain a colon, # or start with a special character",
				"invalid YAML front matter: %s", yamlErrMsg(err))
		}
	case FormatTOML:
		if _, err := toml.Decode(string(data), &m); err != nil {
			var perr toml.ParseError
			if errors.As(err, &perr) {
				line, col := at(perr.Position.Line, perr.Position.Col)
				return nil, diag.Errorf(path, line, col,
					`TOML needs key = "value" lines; strings need quotes`, "invalid TOML front matter: %s", perr.Message)
			}
			line, col := at(0, 0)
			return nil, diag.Errorf(path, line, col, "", "invalid TOML front matter: %v", err)
		}
	case FormatJSON:
		dec := json.NewDecoder(bytes.NewReader(data))
		if err := dec.Decode(&m); err != nil {
			off := 0
			var se *json.SyntaxError
			var te *json.UnmarshalTypeError
			switch {
			case errors.As(err, &se):
				off = int(se.Offset)
			case errors.As(err, &te):
				off = int(te.Offset)
			}
			line, col := lineCol(src, start+max(off-1, 0))
			return nil, diag.Errorf(path, line, col,
				`JSON front matter is one object: {"title": "…", "date": "2006-01-02"}; check commas and quotes`,
				"invalid JSON front matter: %v", err)
		}
	}
	return m, nil
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

// fields maps the decoded keys onto FrontMatter. Value errors point at the
// key's line.
func fields(path string, src []byte, start, end int, m map[string]any) (FrontMatter, error) {
	var fm FrontMatter
	pos := func(key string) (int, int) { return keyPos(src, start, end, key) }
	bad := func(key, hint, format string, args ...any) error {
		line, col := pos(key)
		return diag.Errorf(path, line, col, hint, format, args...)
	}
	str := func(key string, v any) (string, error) {
		switch s := v.(type) {
		case string:
			return s, nil
		case int, int64, float64, bool:
			return fmt.Sprint(s), nil
		}
		return "", bad(key, `write it as a quoted string: `+key+`: "…"`, "%s must be text, not %s", key, describe(v))
	}
	date := func(key string, v any) (time.Time, error) {
		t, ok := toTime(v)
		if !ok {
			return time.Time{}, bad(key, "use 2006-01-02 or RFC 3339 (2006-01-02T15:04:05Z07:00)",
				"%s %s is not a date", key, quote(v))
		}
		return t, nil
	}
	var err error
	for k, v := range m {
		switch strings.ToLower(k) {
		case "title":
			fm.Title, err = str(k, v)
		case "description":
			fm.Description, err = str(k, v)
		case "summary":
			fm.Summary, err = str(k, v)
		case "slug":
			fm.Slug, err = str(k, v)
		case "author":
			fm.Author, err = str(k, v)
		case "image":
			fm.Image, err = str(k, v)
		case "subject":
			fm.Subject, err = str(k, v)
		case "preheader":
			fm.Preheader, err = str(k, v)
		case "date":
			fm.Date, err = date(k, v)
		case "updated", "lastmod":
			fm.Updated, err = date(k, v)
		case "expirydate":
			fm.ExpiryDate, err = date(k, v)
		case "draft":
			b, ok := v.(bool)
			if !ok {
				err = bad(k, "write draft: true or draft: false", "draft must be true or false, not %s", quote(v))
			}
			fm.Draft = b
		case "issue":
			n, ok := toInt(v)
			if !ok || n < 0 {
				err = bad(k, "write the issue number without quotes: issue: 12", "issue must be a whole number, not %s", quote(v))
			}
			fm.Issue = n
		case "tags":
			fm.Tags, err = toStrings(v)
			if err != nil {
				err = bad(k, `write tags as a list: tags: [email, leadership]`, "tags: %v", err)
			}
		case "cta":
			fm.CTA, err = toCTA(v)
			if err != nil {
				err = bad(k, `write cta: {text: "Reply and tell me", url: "mailto:…"}`, "cta: %v", err)
			}
		case "lint":
			fm.Lint, err = toLint(v)
			if err != nil {
				err = bad(k, `write lint: {disable: [pitch-heavy]}`, "lint: %v", err)
			}
		default:
			if fm.Params == nil {
				fm.Params = map[string]any{}
			}
			fm.Params[k] = v
		}
		if err != nil {
			return fm, err
		}
	}
	return fm, nil
}

var dateLayouts = []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02"}

func toTime(v any) (time.Time, bool) {
	switch t := v.(type) {
	case time.Time:
		return t, true
	case string:
		s := strings.TrimSpace(t)
		for _, l := range dateLayouts {
			if d, err := time.Parse(l, s); err == nil {
				return d, true
			}
		}
	}
	return time.Time{}, false
}

func toInt(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case int64:
		return int(n), true
	case uint64:
		return int(n), true
	case float64:
		return int(n), n == float64(int(n))
	}
	return 0, false
}

func toStrings(v any) ([]string, error) {
	switch t := v.(type) {
	case nil:
		return nil, nil
	case string:
		return []string{t}, nil
	case []any:
		out := make([]string, 0, len(t))
		for _, e := range t {
			s, ok := e.(string)
			if !ok {
				return nil, fmt.Errorf("every entry must be text, found %s", describe(e))
			}
			out = append(out, s)
		}
		return out, nil
	case []string:
		return t, nil
	}
	return nil, fmt.Errorf("must be a list of text, not %s", describe(v))
}

func toMap(v any) (map[string]any, bool) {
	switch t := v.(type) {
	case map[string]any:
		return t, true
	case map[any]any:
		m := make(map[string]any, len(t))
		for k, e := range t {
			m[fmt.Sprint(k)] = e
		}
		return m, true
	}
	return nil, false
}

func toCTA(v any) (*CTA, error) {
	m, ok := toMap(v)
	if !ok {
		return nil, fmt.Errorf("must be a table with text and url, not %s", describe(v))
	}
	c := &CTA{}
	for k, e := range m {
		s, ok := e.(string)
		if !ok {
			return nil, fmt.Errorf("%s must be text", k)
		}
		switch strings.ToLower(k) {
		case "text":
			c.Text = strings.TrimSpace(s)
		case "url":
			c.URL = strings.TrimSpace(s)
		default:
			return nil, fmt.Errorf("unknown key %q (use text and url)", k)
		}
	}
	if c.Text == "" || c.URL == "" {
		return nil, errors.New("needs both text and url")
	}
	return c, nil
}

func toLint(v any) (LintSettings, error) {
	m, ok := toMap(v)
	if !ok {
		return LintSettings{}, fmt.Errorf("must be a table, not %s", describe(v))
	}
	var ls LintSettings
	for k, e := range m {
		if strings.ToLower(k) != "disable" {
			return ls, fmt.Errorf("unknown key %q (use disable)", k)
		}
		ids, err := toStrings(e)
		if err != nil {
			return ls, fmt.Errorf("disable %v", err)
		}
		ls.Disable = ids
	}
	return ls, nil
}

func describe(v any) string {
	switch v.(type) {
	case nil:
		return "an empty value"
	case string:
		return "text"
	case bool:
		return "true/false"
	case int, int64, uint64, float64:
		return "a number"
	case []any:
		return "a list"
	case map[string]any, map[any]any:
		return "a table"
	case time.Time:
		return "a date"
	}
	return fmt.Sprintf("%T", v)
}

func quote(v any) string {
	if s, ok := v.(string); ok {
		return strconv.Quote(s)
	}
	return fmt.Sprint(v)
}

// keyPos finds the line and column of key's value inside the front matter
// block src[start:end], so errors about a value point at it.
func keyPos(src []byte, start, end int, key string) (int, int) {
	lower := strings.ToLower(key)
	off := start
	for off < end {
		nl := bytes.IndexByte(src[off:end], '\n')
		lineEnd := end
		if nl >= 0 {
			lineEnd = off + nl + 1
		}
		text := string(src[off:lineEnd])
		trimmed := strings.TrimLeft(text, " \t{,")
		bare := strings.TrimLeft(trimmed, `"'`)
		if strings.HasPrefix(strings.ToLower(bare), lower) {
			after := strings.TrimLeft(bare[len(lower):], `"'`)
			after = strings.TrimLeft(after, " \t")
			if strings.HasPrefix(after, ":") || strings.HasPrefix(after, "=") {
				valueAt := strings.Index(text, after) + 1
				for valueAt < len(text) && (text[valueAt] == ' ' || text[valueAt] == '\t') {
					valueAt++
				}
				if valueAt >= len(strings.TrimRight(text, "\r\n")) {
					valueAt = len(text) - len(trimmed)
				}
				return lineCol(src, off+valueAt)
			}
		}
		off = lineEnd
	}
	return lineCol(src, start)
}

func lineCol(src []byte, off int) (int, int) { return diag.LineCol(src, off) }

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

package frontmatter

import (
	"bytes"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// A fast path for the front matter nearly every page has: a YAML block
// holding flat "key: value" pairs. Linting or building thousands of pages
// spent more time setting up yaml.v3's parser than on the Markdown
// itself. It accepts only input whose result it knows to be exactly what
// yaml.v3 gives (fast_test.go checks them against each other), and
// records each key's position as it goes; anything else returns ok=false
// and takes the general path.

// decodeYAMLFast decodes flat YAML: blank lines, # comment lines, and
// "key: value" lines where the value is a quoted string without escapes,
// a plain scalar that starts with a letter, a date (2006-01-02), a whole
// number or a flow list of such strings. The result equals yaml.v3's.
// data starts at offset base in the file, which the entries' spans count
// from.
func decodeYAMLFast(data []byte, base int) (map[string]any, []entry, bool) {
	if !yamlSafeBytes(data) {
		return nil, nil, false
	}
	m := map[string]any{}
	entries := make([]entry, 0, bytes.Count(data, []byte("\n"))+1)
	for off := 0; off < len(data); {
		lineStart := off
		line, next := lineAt(data, off)
		off = next
		line = bytes.TrimSuffix(line, []byte("\n"))
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		colon := bytes.IndexByte(line, ':')
		if colon <= 0 || colon+2 > len(line) || line[colon+1] != ' ' || line[len(line)-1] == ' ' {
			return nil, nil, false // nested blocks, odd spacing, trailing blanks
		}
		key := string(line[:colon])
		if len(key) > 128 || !plainKey(key) {
			return nil, nil, false
		}
		if _, dup := m[key]; dup {
			return nil, nil, false // yaml.v3 rejects duplicate keys
		}
		value := bytes.TrimLeft(line[colon+1:], " ")
		v, ok := yamlValue(value)
		if !ok {
			return nil, nil, false
		}
		m[key] = v
		at := base + lineStart
		entries = append(entries, entry{parent: -1, name: key,
			key: Span{at, at + colon}, value: Span{at + len(line) - len(value), at + len(line)}})
	}
	return m, entries, true
}

// yamlSafeBytes reports whether data holds only characters that YAML
// takes literally: printable ASCII, newlines and printable non-ASCII
// letters (no tabs, carriage returns, control characters, byte order marks
// or the Unicode line and paragraph separators YAML treats as breaks).
func yamlSafeBytes(data []byte) bool {
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			if c != '\n' && (c < 0x20 || c == 0x7f) {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError, r == 0x2028, r == 0x2029, r == 0xFEFF:
			return false
		case r >= 0xA0 && r <= 0xD7FF, r >= 0xE000 && r <= 0xFFFD, r >= 0x10000:
		default:
			return false
		}
		i += n
	}
	return true
}

// plainKey accepts keys that YAML reads as the same string: a letter, then
// letters, digits, _ or -, and not a word YAML would read as a boolean or
// null.
func plainKey(k string) bool {
	if !isASCIILetter(k[0]) || specialWord(k) {
		return false
	}
	for i := 1; i < len(k); i++ {
		c := k[i]
		if !isASCIILetter(c) && (c < '0' || c > '9') && c != '_' && c != '-' {
			return false
		}
	}
	return true
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// specialWord reports words YAML resolves to booleans or null (including
// the YAML 1.1 ones, to stay on the safe side).
func specialWord(s string) bool {
	switch strings.ToLower(s) {
	case "true", "false", "null", "yes", "no", "on", "off", "y", "n":
		return true
	}
	return false
}

// yamlValue decodes one value of a "key: value" line.
func yamlValue(v []byte) (any, bool) {
	switch c := v[0]; {
	case c == '"' || c == '\'':
		s, rest, ok := quotedScalar(v)
		return s, ok && len(rest) == 0
	case c == '[':
		return flowList(v)
	case c >= '0' && c <= '9':
		return numberOrDate(string(v))
	case isASCIILetter(c):
		s := string(v)
		// ": " and " #" would start a mapping or a comment; a trailing
		// ":" too.
		if strings.Contains(s, ": ") || strings.Contains(s, " #") || strings.HasSuffix(s, ":") || specialWord(s) {
			return nil, false
		}
		return s, true
	}
	return nil, false
}

// quotedScalar reads a quoted string at the start of v that has no
// escapes, returning it and what follows the closing quote.
func quotedScalar(v []byte) (string, []byte, bool) {
	q := v[0]
	end := bytes.IndexByte(v[1:], q)
	if end < 0 {
		return "", nil, false
	}
	s := v[1 : 1+end]
	rest := v[2+end:]
	if q == '"' && bytes.IndexByte(s, '\\') >= 0 || q == '\'' && len(rest) > 0 && rest[0] == '\'' {
		return "", nil, false // escapes: leave them to yaml.v3
	}
	return string(s), rest, true
}

// numberOrDate decodes a whole number (as int) or a 2006-01-02 date (as a
// UTC time.Time), as yaml.v3 does into an interface value.
func numberOrDate(s string) (any, bool) {
	if len(s) == 10 && s[4] == '-' && s[7] == '-' && allDigits(s[:4]) && allDigits(s[5:7]) && allDigits(s[8:]) {
		t, err := time.Parse("2006-01-02", s)
		return t, err == nil
	}
	if allDigits(s) && len(s) <= 18 && (s[0] != '0' || len(s) == 1) {
		n, err := strconv.Atoi(s)
		return n, err == nil
	}
	return nil, false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) > 0
}

// flowList decodes [a, b c, "d"]: plain items that start with a letter
// and quoted items without escapes.
func flowList(v []byte) (any, bool) {
	if string(v) == "[]" {
		return []any{}, true
	}
	items := []any{}
	rest := v[1:]
	for {
		rest = bytes.TrimLeft(rest, " ")
		if len(rest) == 0 {
			return nil, false
		}
		var item string
		if rest[0] == '"' || rest[0] == '\'' {
			s, after, ok := quotedScalar(rest)
			if !ok {
				return nil, false
			}
			item, rest = s, bytes.TrimLeft(after, " ")
		} else {
			end := bytes.IndexAny(rest, ",]")
			if end <= 0 {
				return nil, false
			}
			item = strings.TrimRight(string(rest[:end]), " ")
			if item == "" || !isASCIILetter(item[0]) || strings.ContainsAny(item, "[]{}#:\"'") || specialWord(item) {
				return nil, false
			}
			rest = rest[end:]
		}
		items = append(items, item)
		if len(rest) == 0 {
			return nil, false
		}
		switch rest[0] {
		case ']':
			return items, len(rest) == 1
		case ',':
			rest = rest[1:]
			if len(bytes.TrimLeft(rest, " ")) > 0 && bytes.TrimLeft(rest, " ")[0] == ']' {
				return nil, false // a trailing comma
			}
		default:
			return nil, false
		}
	}
}

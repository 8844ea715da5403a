package frontmatter

import (
	"bytes"
	"strconv"
)

// BurntSushi/toml decodes TOML but keeps its key positions to itself, so
// tomlIndexer reads the statements again: table headers and key = value
// lines, stepping over strings, arrays and comments whole. It only has to
// find keys in TOML the decoder accepted; on anything else it still ends,
// and its spans stay inside the block.
type tomlIndexer struct {
	d     *Doc
	src   []byte // the file up to the block's end
	i     int
	depth int // arrays and inline tables open around i
}

// noRecord stands for a parent whose keys are not recorded (inline
// tables inside arrays).
const noRecord = -2

func indexTOML(d *Doc) {
	x := &tomlIndexer{d: d, src: d.src[:d.end], i: d.start}
	table := -1
	for x.i < len(x.src) {
		before := x.i
		x.skipBlank(true)
		if x.i >= len(x.src) {
			break
		}
		if x.src[x.i] == '[' {
			table = x.header()
		} else {
			x.keyValue(table)
		}
		x.skipLine()
		if x.i <= before {
			x.i = before + 1
		}
	}
}

// header reads [a.b] or [[a.b]] and returns the table's entry.
func (x *tomlIndexer) header() int {
	open := x.i
	x.i++
	array := x.at('[')
	if array {
		x.i++
	}
	keys := x.key()
	x.skipBlank(false)
	if x.at(']') {
		x.i++
	}
	if array && x.at(']') {
		x.i++
	}
	span := Span{open, x.i}
	table := -1
	for _, k := range keys {
		table = x.d.find(table, k.name, k.span, span)
	}
	return table
}

// keyValue reads key = value, recording the key under parent.
func (x *tomlIndexer) keyValue(parent int) {
	keys := x.key()
	x.skipBlank(false)
	if len(keys) == 0 || !x.at('=') {
		return
	}
	x.i++
	x.skipBlank(false)
	start := x.i
	if parent == noRecord {
		x.value(noRecord)
		return
	}
	for _, k := range keys[:len(keys)-1] {
		parent = x.d.find(parent, k.name, k.span, Span{start, start})
	}
	last := keys[len(keys)-1]
	at := x.d.add(parent, last.name, last.span, Span{start, start})
	x.d.entries[at].value.End = max(x.value(at), x.d.entries[at].value.Start)
}

type tomlKey struct {
	name string
	span Span
}

// key reads a dotted key of bare, "basic" and 'literal' parts.
func (x *tomlIndexer) key() []tomlKey {
	var keys []tomlKey
	for {
		x.skipBlank(false)
		start := x.i
		var name string
		switch {
		case x.at('"'):
			x.i = quotedEnd(x.src, x.i, '"', true)
			raw := x.src[start:x.i]
			if s, err := strconv.Unquote(string(raw)); err == nil {
				name = s
			} else {
				name = string(bytes.Trim(raw, `"`))
			}
		case x.at('\''):
			x.i = literalEnd(x.src, x.i)
			name = string(bytes.Trim(x.src[start:x.i], "'"))
		default:
			for x.i < len(x.src) && isBareKeyByte(x.src[x.i]) {
				x.i++
			}
			if x.i == start {
				return keys
			}
			name = string(x.src[start:x.i])
		}
		keys = append(keys, tomlKey{name, Span{start, x.i}})
		x.skipBlank(false)
		if !x.at('.') {
			return keys
		}
		x.i++
	}
}

func isBareKeyByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// value steps over one value and returns where it ends. An inline
// table's keys are recorded under entry at.
func (x *tomlIndexer) value(at int) int {
	src := x.src
	start := x.i
	switch {
	case x.i >= len(src):
	case bytes.HasPrefix(src[x.i:], []byte(`"""`)):
		x.i = multilineEnd(src, x.i, '"')
	case bytes.HasPrefix(src[x.i:], []byte(`'''`)):
		x.i = multilineEnd(src, x.i, '\'')
	case src[x.i] == '"':
		x.i = quotedEnd(src, x.i, '"', true)
	case src[x.i] == '\'':
		x.i = literalEnd(src, x.i)
	case (src[x.i] == '[' || src[x.i] == '{') && x.depth >= maxDepth:
		x.i = bracketEnd(src, x.i) // too deep to be asked for: step over it
	case src[x.i] == '[':
		x.items(']', func() { x.value(noRecord) })
	case src[x.i] == '{':
		x.items('}', func() { x.keyValue(at) })
	default:
		// Numbers, booleans and dates (which may hold a space) end at a
		// comment, the line's end or the enclosing array or table.
		for x.i < len(src) && bytes.IndexByte([]byte("\n#,]}"), src[x.i]) < 0 {
			x.i++
		}
		return trimRight(src, start, x.i)
	}
	return x.i
}

// items steps over an array or inline table from its opening bracket to
// the closing one, calling item for each element.
func (x *tomlIndexer) items(closer byte, item func()) {
	x.depth++
	defer func() { x.depth-- }()
	x.i++
	for x.i < len(x.src) {
		x.skipBlank(true)
		if x.i >= len(x.src) || x.at(closer) {
			break
		}
		if x.at(',') {
			x.i++
			continue
		}
		before := x.i
		item()
		if x.i <= before {
			x.i = before + 1
		}
	}
	if x.at(closer) {
		x.i++
	}
}

func (x *tomlIndexer) at(c byte) bool { return x.i < len(x.src) && x.src[x.i] == c }

// skipBlank steps over spaces and comments, and newlines too when asked.
func (x *tomlIndexer) skipBlank(newlines bool) {
	for x.i < len(x.src) {
		switch c := x.src[x.i]; {
		case c == ' ' || c == '\t' || c == '\r' || newlines && c == '\n':
			x.i++
		case c == '#':
			for x.i < len(x.src) && x.src[x.i] != '\n' {
				x.i++
			}
		default:
			return
		}
	}
}

// skipLine steps past the end of the current line.
func (x *tomlIndexer) skipLine() {
	if n := bytes.IndexByte(x.src[x.i:], '\n'); n >= 0 {
		x.i += n + 1
	} else {
		x.i = len(x.src)
	}
}

// literalEnd returns the offset after the ' that closes the literal string
// at start, or len(src).
func literalEnd(src []byte, start int) int {
	if n := bytes.IndexByte(src[start+1:], '\''); n >= 0 {
		return start + n + 2
	}
	return len(src)
}

// multilineEnd returns the offset after the three quotes that close the
// multi-line string at start; up to two more quotes belong to the string.
func multilineEnd(src []byte, start int, q byte) int {
	for i := start + 3; i+2 < len(src); i++ {
		switch {
		case q == '"' && src[i] == '\\':
			i++
		case src[i] == q && src[i+1] == q && src[i+2] == q:
			end := i + 3
			for n := 0; n < 2 && end < len(src) && src[end] == q; n++ {
				end++
			}
			return end
		}
	}
	return len(src)
}

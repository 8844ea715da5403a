package frontmatter

import (
	"bytes"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// yamlIndexer turns yaml.Node lines and columns into byte offsets. A node
// knows where it starts, not where it ends: a value ends at its closing
// quote or bracket, at a comment, or where the next key starts.
type yamlIndexer struct {
	d     *Doc
	lines []Span // the block's lines in src, without their breaks
	ascii bool   // every column is one byte
	// runes holds, for a line with other characters, where each of its
	// runes starts: made once per line, so a long line is walked once.
	runes map[int][]int
}

// maxDepth is how deep keys are indexed. Nobody asks for a key nested
// deeper, and every level scans its value once, so the cap keeps indexing
// linear in the block's size.
const maxDepth = 16

func indexYAML(d *Doc) {
	root := d.yaml
	if root.Kind == yaml.DocumentNode && len(root.Content) > 0 {
		root = root.Content[0]
	}
	x := &yamlIndexer{d: d, ascii: isASCII(d.src[d.start:d.end])}
	// Lines end where YAML says they do: at LF, CR LF, a lone CR, NEL,
	// and the Unicode line and paragraph separators.
	src := d.src[:d.end]
	start := d.start
	for i := d.start; i < len(src); i++ {
		size := 0
		switch {
		case src[i] == '\r' && i+1 < len(src) && src[i+1] == '\n':
			size = 2
		case src[i] == '\n', src[i] == '\r':
			size = 1
		case src[i] == 0xC2 && i+1 < len(src) && src[i+1] == 0x85:
			size = 2
		case src[i] == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && (src[i+2] == 0xA8 || src[i+2] == 0xA9):
			size = 3
		default:
			continue
		}
		x.lines = append(x.lines, Span{start, i})
		start = i + size
		i = start - 1
	}
	x.lines = append(x.lines, Span{start, len(src)})
	x.mapping(root, -1, d.end, false, 0)
}

// mapping adds a mapping's keys; limit is where the mapping must end.
func (x *yamlIndexer) mapping(n *yaml.Node, parent, limit int, flow bool, depth int) {
	if n.Kind != yaml.MappingNode || depth >= maxDepth {
		return
	}
	flow = flow || n.Style&yaml.FlowStyle != 0
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		next := limit
		if i+2 < len(n.Content) {
			next = min(x.offset(n.Content[i+2]), limit)
		}
		ks := min(x.offset(k), next)
		vs := max(min(x.offset(v), next), ks)
		at := x.d.add(parent, k.Value, Span{ks, x.keyEnd(k, ks, vs, flow)}, Span{vs, x.end(v, vs, next, flow)})
		if v.Kind == yaml.MappingNode {
			x.mapping(v, at, next, flow, depth+1)
		}
	}
}

// offset is the byte offset of a node's first character. yaml.v3 counts
// columns in runes.
func (x *yamlIndexer) offset(n *yaml.Node) int {
	if n.Line < 1 || n.Line > len(x.lines) {
		return x.d.end
	}
	start, end := x.lines[n.Line-1].Start, x.lines[n.Line-1].End
	if x.ascii {
		return min(start+max(n.Column-1, 0), end)
	}
	runes, ok := x.runes[n.Line]
	if !ok {
		for i := range string(x.d.src[start:end]) {
			runes = append(runes, start+i)
		}
		if x.runes == nil {
			x.runes = map[int][]int{}
		}
		x.runes[n.Line] = runes
	}
	if c := n.Column - 1; c >= 0 && c < len(runes) {
		return runes[c]
	}
	return end
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// keyEnd finds where a key written at start ends: a plain key is its
// text, which ends before the colon.
func (x *yamlIndexer) keyEnd(k *yaml.Node, start, limit int, flow bool) int {
	if k.Kind == yaml.ScalarNode && k.Style == 0 && bytes.HasPrefix(x.d.src[start:limit], []byte(k.Value)) {
		return start + len(k.Value)
	}
	return x.end(k, start, limit, flow)
}

// end finds where a node written at start ends, before limit.
func (x *yamlIndexer) end(n *yaml.Node, start, limit int, flow bool) int {
	src := x.d.src[:limit]
	switch {
	case n.Kind == yaml.ScalarNode && n.Style&yaml.DoubleQuotedStyle != 0:
		return quotedEnd(src, start, '"', true)
	case n.Kind == yaml.ScalarNode && n.Style&yaml.SingleQuotedStyle != 0:
		return quotedEnd(src, start, '\'', false)
	case n.Style&yaml.FlowStyle != 0:
		return bracketEnd(src, start)
	case n.Kind == yaml.ScalarNode && n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) == 0:
		// A plain scalar stops at a comment, and inside [ ] or { } at
		// the next item.
		end := start
		for end < limit {
			c := src[end]
			if c == '#' && end > start && isYAMLSpace(src[end-1]) || flow && (c == ',' || c == ']' || c == '}') {
				break
			}
			end++
		}
		return trimRight(src, start, end)
	}
	return trimRight(src, start, limit)
}

func isYAMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// quotedEnd returns the offset after the quote that closes the string
// opening at start, or len(src) when it is not closed there.
func quotedEnd(src []byte, start int, q byte, backslash bool) int {
	for i := start + 1; i < len(src); i++ {
		switch {
		case backslash && src[i] == '\\':
			i++
		case src[i] == q && !backslash && i+1 < len(src) && src[i+1] == q:
			i++ // '' is a quote inside single quotes
		case src[i] == q:
			return i + 1
		}
	}
	return len(src)
}

// bracketEnd returns the offset after the bracket that closes the [ or {
// at start, skipping quoted strings, or len(src) when it is not closed. A
// quote starts a string only where an item starts ("don't" is plain).
func bracketEnd(src []byte, start int) int {
	depth := 0
	itemStart := true
	for i := start; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '"' && itemStart:
			i = quotedEnd(src, i, '"', true) - 1
		case c == '\'' && itemStart:
			i = quotedEnd(src, i, '\'', false) - 1
		case c == '[' || c == '{':
			depth++
		case c == ']' || c == '}':
			if depth--; depth <= 0 {
				return i + 1
			}
		}
		if !isYAMLSpace(c) {
			itemStart = c == '[' || c == '{' || c == ',' || c == ':'
		}
	}
	return len(src)
}

// trimRight moves end back over trailing blanks, not before start.
func trimRight(src []byte, start, end int) int {
	return start + len(bytes.TrimRight(src[start:end], " \t\r\n"))
}

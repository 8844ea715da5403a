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
	lines []int // offsets in src where the block's lines start
}

func indexYAML(d *Doc) {
	root := d.yaml
	if root.Kind == yaml.DocumentNode && len(root.Content) > 0 {
		root = root.Content[0]
	}
	x := &yamlIndexer{d: d, lines: []int{d.start}}
	for i := d.start; i < d.end; i++ {
		if d.src[i] == '\n' {
			x.lines = append(x.lines, i+1)
		}
	}
	x.mapping(root, -1, d.end, false)
}

// mapping adds a mapping's keys; limit is where the mapping must end.
func (x *yamlIndexer) mapping(n *yaml.Node, parent, limit int, flow bool) {
	if n.Kind != yaml.MappingNode {
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
			x.mapping(v, at, next, flow)
		}
	}
}

// offset is the byte offset of a node's first character.
func (x *yamlIndexer) offset(n *yaml.Node) int {
	if n.Line < 1 || n.Line > len(x.lines) {
		return x.d.end
	}
	off := x.lines[n.Line-1]
	for col := 1; col < n.Column && off < x.d.end && x.d.src[off] != '\n'; col++ {
		_, size := utf8.DecodeRune(x.d.src[off:x.d.end])
		off += size
	}
	return off
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

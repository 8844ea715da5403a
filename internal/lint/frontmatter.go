package lint

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/claritynotes/gen/internal/content"
)

// metaFields are the front matter keys that are copy the reader sees.
var metaFields = []string{"title", "description", "preheader", "cta.text"}

// meta adds a block for each copy field of the front matter, placed at the
// value's exact position in the file.
func (e *extractor) meta() {
	p := e.page
	if p.Format == content.FormatNone || p.FrontEnd <= p.FrontStart {
		return
	}
	for _, name := range metaFields {
		var want string
		switch name {
		case "title":
			want = p.Title
		case "description":
			want = p.Description
		case "preheader":
			want = p.Preheader
		case "cta.text":
			if p.CTA != nil {
				want = p.CTA.Text
			}
		}
		if strings.TrimSpace(want) == "" {
			continue
		}
		e.b.reset()
		if !e.locateValue(name, want) {
			continue
		}
		first := len(e.text.Blocks)
		e.top = -1
		e.addBlock(KindMeta, 0, name)
		e.unit(first, KindMeta)
	}
}

// locateValue fills the builder with the decoded value of a front matter
// key, mapped to its source bytes, and checks it equals want.
func (e *extractor) locateValue(name, want string) bool {
	src := e.src
	lo, hi := e.page.FrontStart, e.page.FrontEnd
	from := lo
	key := name
	if parent, child, ok := strings.Cut(name, "."); ok {
		at, _ := findKey(src, lo, hi, parent, true)
		if at < 0 {
			return false
		}
		from, key = at, child
	}
	at, flow := findKey(src, from, hi, key, from == lo)
	if at >= 0 && e.scanValue(at, hi, flow) && string(bytes.TrimSpace(e.b.buf)) == strings.TrimSpace(want) {
		return true
	}
	// Fall back to the literal value (block scalars, unusual quoting).
	e.b.reset()
	w := strings.TrimSpace(want)
	if i := bytes.Index(src[lo:hi], []byte(w)); i >= 0 && w != "" {
		e.b.add(src, lo+i, lo+i+len(w))
		return true
	}
	return false
}

// findKey returns the offset just after "key:" or "key =" (quotes allowed
// around the key) in src[from:hi], or -1. Top-level keys must start a line;
// nested keys may also follow "{" or ",". A TOML [key] table header also
// matches.
func findKey(src []byte, from, hi int, key string, lineStart bool) (at int, flow bool) {
	for i := from; i < hi; i++ {
		c := src[i]
		atLine := i == from || src[i-1] == '\n'
		if !atLine {
			if lineStart {
				continue
			}
			if c != '{' && c != ',' && c != ' ' && c != '\t' {
				continue
			}
		}
		j := i
		if !atLine {
			j++
		}
		for j < hi && (src[j] == ' ' || src[j] == '\t') {
			j++
		}
		if j < hi && src[j] == '[' && atLine { // TOML table header
			k := j + 1
			if k+len(key) < hi && strings.EqualFold(string(src[k:k+len(key)]), key) && src[k+len(key)] == ']' {
				return k + len(key) + 1, false
			}
			continue
		}
		q := byte(0)
		if j < hi && (src[j] == '"' || src[j] == '\'') {
			q = src[j]
			j++
		}
		if j+len(key) > hi || !strings.EqualFold(string(src[j:j+len(key)]), key) {
			continue
		}
		j += len(key)
		if q != 0 {
			if j >= hi || src[j] != q {
				continue
			}
			j++
		}
		for j < hi && (src[j] == ' ' || src[j] == '\t') {
			j++
		}
		if j < hi && (src[j] == ':' || src[j] == '=') {
			return j + 1, !atLine
		}
	}
	return -1, false
}

// scanValue reads the scalar that starts after a key's separator.
func (e *extractor) scanValue(at, hi int, flow bool) bool {
	src := e.src
	for at < hi && (src[at] == ' ' || src[at] == '\t') {
		at++
	}
	if at >= hi {
		return false
	}
	switch src[at] {
	case '"':
		return e.scanQuoted(at+1, hi, '"', true)
	case '\'':
		return e.scanQuoted(at+1, hi, '\'', false)
	case '|', '>', '{', '[', '\r', '\n':
		return false
	}
	// A plain YAML scalar: to the end of the line, a comment, or the end of
	// a flow mapping.
	end := at
	for end < hi && src[end] != '\n' && src[end] != '\r' {
		if src[end] == '#' && src[end-1] == ' ' || flow && (src[end] == ',' || src[end] == '}') {
			break
		}
		end++
	}
	for end > at && (src[end-1] == ' ' || src[end-1] == '\t') {
		end--
	}
	e.b.add(src, at, end)
	return true
}

// scanQuoted decodes a quoted string; escapes map to their source bytes.
// YAML single quotes escape ' as ”.
func (e *extractor) scanQuoted(i, hi int, q byte, backslash bool) bool {
	src := e.src
	run := i
	for i < hi {
		c := src[i]
		switch {
		case c == '\n' || c == '\r':
			return false
		case c == q && !backslash && i+1 < hi && src[i+1] == q:
			e.b.add(src, run, i)
			e.b.pieces = append(e.b.pieces, piece{text: len(e.b.buf), src: i, textLen: 1, srcLen: 2})
			e.b.buf = append(e.b.buf, q)
			i += 2
			run = i
		case c == q:
			e.b.add(src, run, i)
			return true
		case c == '\\' && backslash && i+1 < hi:
			e.b.add(src, run, i)
			n := 2
			var r string
			switch src[i+1] {
			case 'u', 'U', 'x':
				digits := map[byte]int{'u': 4, 'U': 8, 'x': 2}[src[i+1]]
				if i+2+digits > hi {
					return false
				}
				v, err := strconv.ParseUint(string(src[i+2:i+2+digits]), 16, 32)
				if err != nil {
					return false
				}
				r = string(rune(v))
				n = 2 + digits
			case 'n':
				r = "\n"
			case 't':
				r = "\t"
			case 'r':
				r = "\r"
			case '0':
				r = " "
			default:
				r = string(src[i+1])
			}
			if !utf8.ValidString(r) {
				return false
			}
			e.b.pieces = append(e.b.pieces, piece{text: len(e.b.buf), src: i, textLen: len(r), srcLen: n})
			e.b.buf = append(e.b.buf, r...)
			i += n
			run = i
		default:
			i++
		}
	}
	return false
}

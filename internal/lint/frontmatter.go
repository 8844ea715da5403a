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

// metaPaths are metaFields' keys as the paths ValueSpan takes, split once
// rather than for every page.
var metaPaths = func() [][]string {
	paths := make([][]string, len(metaFields))
	for i, f := range metaFields {
		paths[i] = strings.Split(f, ".")
	}
	return paths
}()

// meta adds a block for each copy field of the front matter, placed at the
// value's exact position in the file.
func (e *extractor) meta() {
	p := e.page
	if p.Format == content.FormatNone || p.FrontEnd <= p.FrontStart {
		return
	}
	for i, name := range metaFields {
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
		if !e.locateValue(metaPaths[i], want) {
			continue
		}
		first := len(e.gathered)
		e.top = -1
		e.addBlock(KindMeta, 0, name)
		e.unit(first, KindMeta)
	}
}

// locateValue fills the builder with the decoded value of a front matter
// key, mapped to its source bytes, and checks it equals want.
func (e *extractor) locateValue(path []string, want string) bool {
	if at, ok := e.page.ValueSpan(path...); ok &&
		e.scanValue(at.Start, at.End) && string(bytes.TrimSpace(e.b.buf)) == strings.TrimSpace(want) {
		return true
	}
	// Fall back to the literal value (block scalars, unusual quoting).
	e.b.reset()
	src := e.src
	lo, hi := e.page.FrontStart, e.page.FrontEnd
	w := strings.TrimSpace(want)
	if i := bytes.Index(src[lo:hi], []byte(w)); i >= 0 && w != "" {
		e.b.add(src, lo+i, lo+i+len(w))
		return true
	}
	return false
}

// scanValue reads the scalar written at src[at:hi].
func (e *extractor) scanValue(at, hi int) bool {
	src := e.src
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
	// A plain scalar on one line; one that goes on over several lines is
	// left to the fallback.
	end := at
	for end < hi && src[end] != '\n' && src[end] != '\r' {
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
			e.b.pieces = append(e.b.pieces, newPiece(len(e.b.buf), i, 1, 2))
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
			e.b.pieces = append(e.b.pieces, newPiece(len(e.b.buf), i, len(r), n))
			e.b.buf = append(e.b.buf, r...)
			i += n
			run = i
		default:
			i++
		}
	}
	return false
}

package markdown

import (
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// textWriter is goldmark's html.Writer, the one every renderer writes text
// and attributes through, with a shortcut: the bytes up to the first
// that the default writer would change are written as they are, in one
// call, and only the rest goes through its byte-by-byte loop. Most text
// has no such byte at all, so the output is the default writer's, byte
// for byte, at the cost of one table lookup a byte.
type textWriter struct {
	html.Writer
}

// newTextWriter returns a textWriter over goldmark's default writer.
func newTextWriter() textWriter { return textWriter{html.NewWriter()} }

// Bytes the default writer changes or reads more of: in text (Write)
// escapes and entity references resolved, NUL replaced, and what RawWrite
// escapes; as raw text (RawWrite) the HTML special characters and NUL.
var (
	rawSpecial = func() (t [256]bool) {
		for _, c := range []byte("\"&<>\x00") {
			t[c] = true
		}
		return t
	}()
	textSpecial = func() (t [256]bool) {
		t = rawSpecial
		t['\\'] = true
		return t
	}()
)

// plainPrefix is the length of the prefix of s without a byte of special.
func plainPrefix(s []byte, special *[256]bool) int {
	for i, c := range s {
		if special[c] {
			return i
		}
	}
	return len(s)
}

// Write writes text, resolving escapes and entity references and escaping
// HTML, as the default writer does. The bytes before the first special
// one start no escape or reference and are not escaped, and the default
// writer's loop carries nothing over them, so they go out as they are.
func (w textWriter) Write(out util.BufWriter, source []byte) {
	n := plainPrefix(source, &textSpecial)
	_, _ = out.Write(source[:n])
	if n < len(source) {
		w.Writer.Write(out, source[n:])
	}
}

// RawWrite writes text escaping HTML, as the default writer does, which
// escapes byte by byte.
func (w textWriter) RawWrite(out util.BufWriter, source []byte) {
	n := plainPrefix(source, &rawSpecial)
	_, _ = out.Write(source[:n])
	if n < len(source) {
		w.Writer.RawWrite(out, source[n:])
	}
}

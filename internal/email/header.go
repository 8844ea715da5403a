package email

import (
	"strings"
	"unicode/utf8"
)

// Header lines are folded to this many characters, CRLF excluded, the
// length mail software is asked to keep to (998 is the hard limit).
const maxHeaderLine = 78

// maxEncodedWord is the longest RFC 2047 encoded word, "=?utf-8?q?…?=".
const maxEncodedWord = 75

// encodeUnstructured prepares a value for an unstructured header such as
// Subject: a list of words to join with folding white space. Printable
// ASCII words are kept as they are; a value with anything else (non-ASCII
// text, a word too long to fold, or text that looks like an encoded word)
// becomes Q-encoded words, each short enough to fit a folded line.
func encodeUnstructured(v string) []string {
	words := strings.Fields(v)
	plain := true
	for _, w := range words {
		if len(w) > maxHeaderLine-1 || strings.Contains(w, "=?") {
			plain = false
		}
		for i := 0; i < len(w); i++ {
			if w[i] < '!' || w[i] > '~' {
				plain = false
			}
		}
	}
	if plain {
		return words
	}
	return qWords(v)
}

// qWords Q-encodes s as UTF-8 encoded words of at most maxEncodedWord
// bytes, never splitting a character between two words (each word must
// decode on its own). Spaces are encoded too, so white space between the
// words carries no meaning and decoders drop it.
func qWords(s string) []string {
	const prefix, suffix = "=?utf-8?q?", "?="
	room := maxEncodedWord - len(prefix) - len(suffix)
	var words []string
	var cur strings.Builder
	for _, r := range s {
		var enc strings.Builder
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], r)
		for _, c := range buf[:n] {
			switch {
			case c == ' ':
				enc.WriteByte('_')
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("!*+-/", c) >= 0:
				enc.WriteByte(c)
			default:
				const hex = "0123456789ABCDEF"
				enc.WriteByte('=')
				enc.WriteByte(hex[c>>4])
				enc.WriteByte(hex[c&15])
			}
		}
		if cur.Len()+enc.Len() > room {
			words = append(words, prefix+cur.String()+suffix)
			cur.Reset()
		}
		cur.WriteString(enc.String())
	}
	if cur.Len() > 0 {
		words = append(words, prefix+cur.String()+suffix)
	}
	return words
}

// foldHeader writes "Name: words…\r\n", breaking the line before a word
// that would take it past maxHeaderLine. Each continuation line starts
// with a space, which is how a reader knows it continues the header.
func foldHeader(name string, words []string) string {
	var b strings.Builder
	b.WriteString(name + ":")
	line := len(name) + 1
	for _, w := range words {
		if line > 0 && line+1+len(w) > maxHeaderLine {
			b.WriteString("\r\n")
			line = 0
		}
		b.WriteString(" " + w)
		line += 1 + len(w)
	}
	b.WriteString("\r\n")
	return b.String()
}

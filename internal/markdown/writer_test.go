package markdown

import (
	"bufio"
	"bytes"
	"math/rand/v2"
	"testing"

	"github.com/yuin/goldmark/renderer/html"
)

// writerCases are texts where the default writer's escapes, entity
// references, NUL and HTML escaping start at the first byte, in the
// middle and at the end.
var writerCases = []string{
	"", "plain text", "a \\* escaped", "\\", "ends with \\", "\\\\ double",
	"&amp; &lt; &#34; &#x22; &#xZZ; &bogus; & alone &", "<tag> \"quoted\" 'single'",
	"nul \x00 here", "\x00", "café — “quotes” 😀", "a\\&amp;b", "x&#1234567;y", "tab\tand\nnewline",
}

// TestTextWriterMatchesDefault checks textWriter against goldmark's
// default writer on the cases above and on random texts made of the
// bytes either treats specially.
func TestTextWriterMatchesDefault(t *testing.T) {
	texts := append([]string(nil), writerCases...)
	r := rand.New(rand.NewPCG(1, 2))
	const alphabet = "ab1 \\&#x;<>\"'\x00\t\n*é"
	for range 5000 {
		b := make([]byte, r.IntN(24))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		texts = append(texts, string(b))
	}
	ours, theirs := newTextWriter(), html.NewWriter()
	for _, s := range texts {
		for _, m := range []struct {
			name        string
			ours, their func(*bufio.Writer, []byte)
		}{
			{"Write", func(w *bufio.Writer, b []byte) { ours.Write(w, b) }, func(w *bufio.Writer, b []byte) { theirs.Write(w, b) }},
			{"RawWrite", func(w *bufio.Writer, b []byte) { ours.RawWrite(w, b) }, func(w *bufio.Writer, b []byte) { theirs.RawWrite(w, b) }},
			{"SecureWrite", func(w *bufio.Writer, b []byte) { ours.SecureWrite(w, b) }, func(w *bufio.Writer, b []byte) { theirs.SecureWrite(w, b) }},
		} {
			got, want := write(m.ours, s), write(m.their, s)
			if got != want {
				t.Errorf("%s(%q) = %q, default writer %q", m.name, s, got, want)
			}
		}
	}
}

func write(f func(*bufio.Writer, []byte), s string) string {
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	f(w, []byte(s))
	_ = w.Flush()
	return b.String()
}

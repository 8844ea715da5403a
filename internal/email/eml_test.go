package email

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// TestCRLF compares crlf with its definition: CRLF to LF, then LF to CRLF.
func TestCRLF(t *testing.T) {
	inputs := [][]byte{nil, []byte("a"), []byte("\n"), []byte("\r"), []byte("\r\n"), []byte("\r\r\n\n"), []byte("a\nb\r\nc\rd\n")}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 2000 {
		b := make([]byte, rng.IntN(20))
		for i := range b {
			b[i] = "\r\nab"[rng.IntN(4)]
		}
		inputs = append(inputs, b)
	}
	for _, in := range inputs {
		want := bytes.ReplaceAll(bytes.ReplaceAll(in, []byte("\r\n"), []byte("\n")), []byte("\n"), []byte("\r\n"))
		if got := crlf(in); !bytes.Equal(got, want) {
			t.Fatalf("crlf(%q) = %q, want %q", in, got, want)
		}
	}
}

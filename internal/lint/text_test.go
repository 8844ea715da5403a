package lint

import (
	"reflect"
	"strings"
	"testing"
	"unsafe"
)

// TestTokenHoldsNoPointers keeps Token small and free of pointers: a large
// page has millions of tokens, and each string or pointer in one is memory
// held and scanned by the garbage collector.
func TestTokenHoldsNoPointers(t *testing.T) {
	typ := reflect.TypeFor[Token]()
	for i := range typ.NumField() {
		f := typ.Field(i)
		switch f.Type.Kind() {
		case reflect.String, reflect.Pointer, reflect.Slice, reflect.Map, reflect.Interface, reflect.Func, reflect.Chan, reflect.UnsafePointer:
			t.Errorf("Token.%s is a %s: read it through Text instead", f.Name, f.Type.Kind())
		}
	}
	if n := unsafe.Sizeof(Token{}); n > 32 {
		t.Errorf("Token is %d bytes, want at most 32", n)
	}
}

// TestWordAndNorm reads tokens whose strings are the source's bytes and
// tokens whose normal form or text is stored apart from the source.
func TestWordAndNorm(t *testing.T) {
	tests := []struct {
		src, words, norms string
	}{
		{"plain words here", "plain words here", "plain words here"},
		{"Capital LETTERS", "Capital LETTERS", "capital letters"},
		{"Don’t wait, CAFÉ owners", "Don’t wait , CAFÉ owners", "don't wait , café owners"},
		{"Dr. Smith’s U.S. team", "Dr . Smith’s U . S . team", "dr . smith's u . s . team"},
		// a token across emphasis is not one run of source bytes
		{"a *b*c d", "a bc d", "a bc d"},
		{"It's *SO*ON", "It's SOON", "it's soon"},
	}
	for _, tt := range tests {
		x := Extract(parse(t, tt.src))
		var words, norms []string
		for _, tk := range x.Tokens {
			words = append(words, x.Word(&tk))
			norms = append(norms, x.Norm(&tk))
		}
		if got := strings.Join(words, " "); got != tt.words {
			t.Errorf("%q: words %q, want %q", tt.src, got, tt.words)
		}
		if got := strings.Join(norms, " "); got != tt.norms {
			t.Errorf("%q: norms %q, want %q", tt.src, got, tt.norms)
		}
	}
}

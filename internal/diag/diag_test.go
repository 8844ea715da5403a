package diag

import (
	"errors"
	"fmt"
	"io/fs"
	"testing"
)

func TestErrorFormat(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  *Error
		want string
	}{
		{"full position and hint", &Error{Path: "content/a.md", Line: 3, Col: 7, Msg: "bad date", Hint: "use YYYY-MM-DD"},
			"content/a.md:3:7: bad date\n  hint: use YYYY-MM-DD"},
		{"line without column reads as column 1", &Error{Path: "gen.toml", Line: 2, Msg: "x"}, "gen.toml:2:1: x"},
		{"no line: the path alone", &Error{Path: "gen.toml", Msg: "missing"}, "gen.toml: missing"},
		{"no hint: one line", Errorf("a.md", 1, 2, "", "found %d", 3), "a.md:1:2: found 3"},
		{"a flag as the subject", &Error{Path: "--destination content", Msg: "is inside content/"}, "--destination content: is inside content/"},
		{"no subject: the message alone, never \": …\"", &Error{Msg: "context canceled"}, "context canceled"},
	} {
		if got := tc.err.Error(); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestUnwrap(t *testing.T) {
	e := &Error{Path: "a.md", Msg: "cannot read", Err: fs.ErrNotExist}
	if !errors.Is(e, fs.ErrNotExist) {
		t.Error("errors.Is does not see the underlying error")
	}
	if !errors.Is(fmt.Errorf("loading: %w", e), fs.ErrNotExist) {
		t.Error("errors.Is does not see through a wrapped *Error")
	}
}

func TestJoinAndAll(t *testing.T) {
	a := Errorf("a.md", 1, 1, "", "first")
	b := Errorf("b.md", 2, 3, "", "second")
	plain := errors.New("plain")
	if Join(nil) != nil {
		t.Error("Join of nothing is not nil")
	}
	if got := Join([]error{a}); got != error(a) {
		t.Errorf("Join of one = %v, want the error itself", got)
	}
	joined := Join([]error{a, Join([]error{b, plain})})
	if got, want := joined.Error(), "a.md:1:1: first\nb.md:2:3: second\nplain"; got != want {
		t.Errorf("List.Error() = %q, want %q", got, want)
	}
	all := All(fmt.Errorf("wrapped: %w", joined))
	if len(all) != 3 || all[0] != a || all[1] != b || all[2].Msg != "plain" || all[2].Path != "" {
		t.Errorf("All flattened to %+v", all)
	}
	if All(nil) != nil {
		t.Error("All(nil) is not empty")
	}
}

func TestLineCol(t *testing.T) {
	src := []byte("ab\nçd\n\nxyz")
	for _, tc := range []struct {
		off, line, col int
	}{
		{0, 1, 1},
		{2, 1, 3},
		{3, 2, 1},
		{5, 2, 2}, // after the two bytes of ç: one rune
		{7, 3, 1},
		{8, 4, 1},
		{11, 4, 4},
		{-5, 1, 1},  // clamped to the start
		{999, 4, 4}, // clamped to the end
	} {
		line, col := LineCol(src, tc.off)
		if line != tc.line || col != tc.col {
			t.Errorf("LineCol(%d) = %d:%d, want %d:%d", tc.off, line, col, tc.line, tc.col)
		}
		line, col = NewLines(src).LineCol(tc.off)
		if line != tc.line || col != tc.col {
			t.Errorf("NewLines(src).LineCol(%d) = %d:%d, want %d:%d", tc.off, line, col, tc.line, tc.col)
		}
	}
}

// TestLinesAgreesWithLineCol checks the index at every offset of sources
// with empty lines, a trailing newline, CRLF and invalid UTF-8.
func TestLinesAgreesWithLineCol(t *testing.T) {
	for _, src := range []string{"", "\n", "a", "a\n", "\n\nb", "one\r\ntwo\r\n", "é\n\xff\xfeok\n\n"} {
		lines := NewLines([]byte(src))
		for off := -1; off <= len(src)+1; off++ {
			wl, wc := LineCol([]byte(src), off)
			if gl, gc := lines.LineCol(off); gl != wl || gc != wc {
				t.Errorf("%q at %d: Lines says %d:%d, LineCol %d:%d", src, off, gl, gc, wl, wc)
			}
		}
	}
}

func TestFlatten(t *testing.T) {
	a := Errorf("content/a.md", 1, 2, "", "a")
	b := Errorf("content/b.md", 3, 4, "", "b")
	c := Errorf("content/b.md", 5, 6, "", "c")
	plain := errors.New("plain")
	for _, tc := range []struct {
		name string
		in   []error
		want []error
	}{
		{"no errors", []error{nil, nil}, nil},
		{"one", []error{nil, a}, []error{a}},
		{"a list counts one by one", []error{a, List{b, c}, nil, plain}, []error{a, b, c, plain}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Flatten(tc.in)
			if tc.want == nil {
				if got != nil {
					t.Fatalf("got %v, want nil", got)
				}
				return
			}
			var list []error
			if l, ok := got.(List); ok {
				list = l
			} else {
				list = []error{got}
			}
			if len(list) != len(tc.want) {
				t.Fatalf("got %d errors %v, want %d", len(list), list, len(tc.want))
			}
			for i := range list {
				if list[i] != tc.want[i] {
					t.Errorf("error %d is %v, want %v", i, list[i], tc.want[i])
				}
			}
		})
	}
}

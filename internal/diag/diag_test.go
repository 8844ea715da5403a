package diag

import (
	"errors"
	"testing"
)

func TestErrorNamesItsSubject(t *testing.T) {
	tests := []struct {
		err  *Error
		want string
	}{
		{Errorf("content/a.md", 3, 7, "use a slug", "bad slug %q", "x/y"), "content/a.md:3:7: bad slug \"x/y\"\n  hint: use a slug"},
		{&Error{Path: "--destination content", Msg: "is inside content/"}, "--destination content: is inside content/"},
		{&Error{Msg: "context canceled"}, "context canceled"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
	if all := All(errors.New("boom")); len(all) != 1 || all[0].Error() != "boom" {
		t.Errorf("All(plain error) = %v", all)
	}
}

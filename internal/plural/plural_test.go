package plural

import "testing"

func TestCount(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want string
	}{{0, "0 pages"}, {1, "1 page"}, {2, "2 pages"}, {-1, "-1 pages"}} {
		if got := Count(tc.n, "page", "pages"); got != tc.want {
			t.Errorf("Count(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
	if got := Word(1, "it", "them"); got != "it" {
		t.Errorf("Word(1) = %q", got)
	}
	if got := Word(3, "it", "them"); got != "them" {
		t.Errorf("Word(3) = %q", got)
	}
}

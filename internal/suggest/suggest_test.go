package suggest

import "testing"

func TestDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"build", "build", 0},
		{"biuld", "build", 1},
		{"preheder", "preheader", 1},
		{"descripton", "description", 1},
		{"subjet", "subject", 1},
		{"mailchip", "mailchimp", 1},
		{"newsleter", "newsletter", 1},
		{"kitten", "sitting", 3},
		{"", "abc", 3},
		{"ça", "ca", 1},
	} {
		if got := Distance(tc.a, tc.b); got != tc.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestClosest(t *testing.T) {
	commands := []string{"build", "serve", "lint", "email", "new", "init", "theme", "version"}
	for _, tc := range []struct {
		name string
		want string
		ok   bool
	}{
		{"biuld", "build", true},
		{"BUILD", "", false}, // same name in another case: nothing to suggest
		{"srve", "serve", true},
		{"lnt", "lint", true},
		{"x", "", false},
		{"deploy", "", false},
		{"emial", "email", true},
	} {
		got, ok := Closest(tc.name, commands)
		if got != tc.want || ok != tc.ok {
			t.Errorf("Closest(%q) = %q, %v; want %q, %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
	if got := Hint("draft", []string{"drafts", "future"}); got != `; did you mean "drafts"?` {
		t.Errorf("Hint = %q", got)
	}
	if got := Hint("zzz", []string{"drafts"}); got != "" {
		t.Errorf("Hint for nothing close = %q", got)
	}
}

package email

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"testing"
)

// TestFindLinks checks the shortcuts find exactly what the regexps find on
// the whole text, on the test issue and on random strings of link syntax.
func TestFindLinks(t *testing.T) {
	inputs := []string{
		testIssue,
		"",
		"](",
		"[a](b)\n[c](d)",
		"![x](<a b>) [y]( \tz)\n\n   [ref]: /r\n[ref2]:<x>\n\t[no]: x",
		"no newline at the end [a](b",
		"[a](b\n)[c](d)\n",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	const alphabet = "![]()<>: \t\nab/"
	for range 20000 {
		b := make([]byte, rng.IntN(60))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		inputs = append(inputs, string(b))
	}
	for _, tc := range []struct {
		re   *regexp.Regexp
		find func(string) [][]int
	}{
		{mdLinkRE, findLinks},
		{mdRefDefRE, func(s string) [][]int { return findInLines(mdRefDefRE, s, "]:") }},
	} {
		for _, in := range inputs {
			want := tc.re.FindAllStringSubmatchIndex(in, -1)
			if got := tc.find(in); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %q: got %v, want %v", tc.re, in, got, want)
			}
		}
	}
}

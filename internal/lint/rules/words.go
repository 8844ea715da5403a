package rules

import (
	"embed"

	"github.com/claritynotes/gen/internal/lint"
)

//go:embed words/*.txt
var wordFiles embed.FS

// wordList reads an embedded list: one entry a line, "#" comments, and
// "phrase = note" pairs.
func wordList(name string) []lint.Phrase {
	data, err := wordFiles.ReadFile("words/" + name + ".txt")
	if err != nil {
		panic("lint/rules: missing embedded word list " + name) // a build mistake, caught by tests
	}
	return lint.ParseList(string(data), name)
}

// set is a word list as a lookup table of normalised words.
func set(lists ...[]lint.Phrase) map[string]bool {
	s := map[string]bool{}
	for _, l := range lists {
		for _, p := range l {
			s[lint.Normalize(p.Text)] = true
		}
	}
	return s
}

// keys lists a set's words, for declaring a fact about them.
func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for w := range m {
		out = append(out, w)
	}
	return out
}

package lint

import (
	"embed"
	"strings"
)

//go:embed words/*.txt
var wordFiles embed.FS

// wordList reads an embedded list: one entry a line, "#" comments, and
// "phrase = note" pairs.
func wordList(name string) []phrase {
	data, err := wordFiles.ReadFile("words/" + name + ".txt")
	if err != nil {
		panic("lint: missing embedded word list " + name) // a build mistake, caught by tests
	}
	return parseList(string(data), name)
}

func parseList(data, name string) []phrase {
	var out []phrase
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") && !strings.HasPrefix(line, "#1") {
			continue
		}
		text, note, _ := strings.Cut(line, " = ")
		out = append(out, phrase{Text: strings.TrimSpace(text), Note: strings.TrimSpace(note), List: name})
	}
	return out
}

// newMatcher builds a matcher from lists of phrases.
func newMatcher(lists ...[]phrase) *matcher {
	m := &matcher{}
	for _, l := range lists {
		for i := range l {
			m.add(&l[i])
		}
	}
	return m
}

// set is a word list as a lookup table of normalised words.
func set(lists ...[]phrase) map[string]bool {
	s := map[string]bool{}
	for _, l := range lists {
		for _, p := range l {
			s[normalize(p.Text)] = true
		}
	}
	return s
}

// extra turns user-configured entries into phrases of list name.
func extra(entries []string, name string) []phrase {
	out := make([]phrase, 0, len(entries))
	for _, e := range entries {
		text, note, _ := strings.Cut(e, " = ")
		if text = strings.TrimSpace(text); text != "" {
			out = append(out, phrase{Text: text, Note: strings.TrimSpace(note), List: name})
		}
	}
	return out
}

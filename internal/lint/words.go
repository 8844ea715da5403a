package lint

import "strings"

// ParseList reads a word list: one entry a line, "#" comments, and
// "phrase = note" pairs.
func ParseList(data, name string) []Phrase {
	var out []Phrase
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") && !strings.HasPrefix(line, "#1") {
			continue
		}
		text, note, _ := strings.Cut(line, " = ")
		out = append(out, Phrase{Text: strings.TrimSpace(text), Note: strings.TrimSpace(note), List: name})
	}
	return out
}

// newMatcher builds a matcher from lists of phrases.
func newMatcher(lists ...[]Phrase) *Matcher {
	m := &Matcher{}
	for _, l := range lists {
		for i := range l {
			m.add(&l[i])
		}
	}
	return m
}

// Extra turns user-configured entries into phrases of list name.
func Extra(entries []string, name string) []Phrase {
	out := make([]Phrase, 0, len(entries))
	for _, e := range entries {
		text, note, _ := strings.Cut(e, " = ")
		if text = strings.TrimSpace(text); text != "" {
			out = append(out, Phrase{Text: text, Note: strings.TrimSpace(note), List: name})
		}
	}
	return out
}

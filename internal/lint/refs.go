package lint

import "unicode"

// Self-references name the sender; reader references name the reader.
// I/me/my is a writer's personal voice and counts as neither.
var (
	selfWords = map[string]bool{
		"we": true, "us": true, "our": true, "ours": true, "ourselves": true,
		"we're": true, "we've": true, "we'll": true, "we'd": true, "our's": true,
	}
	readerWords = map[string]bool{
		"you": true, "your": true, "yours": true, "yourself": true, "yourselves": true,
		"you're": true, "you've": true, "you'll": true, "you'd": true, "y'all": true,
	}
)

// refCounter finds self and reader references, including the site's
// brand names (matched as written, so "Clarity" is a brand but "clarity"
// is a word).
type refCounter struct {
	brands *matcher
}

func newRefCounter(brands []string) *refCounter {
	m := &matcher{exact: true}
	for _, b := range brands {
		if b != "" {
			m.add(&phrase{Text: b, List: "brand"})
		}
	}
	return &refCounter{brands: m}
}

// ref is one reference: tokens [tok, tok+n).
type ref struct {
	tok, n int
	self   bool
}

// each calls fn for every reference in tokens [tok0, tok1).
func (c *refCounter) each(t *Text, tok0, tok1 int, fn func(r ref)) {
	toks := t.Tokens
	for i := tok0; i < tok1; i++ {
		tk := &toks[i]
		if tk.Kind != Word {
			continue
		}
		if n, _ := c.brands.match(toks[:tok1], i); n > 0 {
			fn(ref{i, n, true})
			i += n - 1
			continue
		}
		switch {
		case selfWords[tk.Norm]:
			if tk.Text == "US" && !shoutedContext(toks, i, tok0, tok1) {
				continue // the country
			}
			fn(ref{i, 1, true})
		case readerWords[tk.Norm]:
			fn(ref{i, 1, false})
		}
	}
}

// count returns the self and reader references in tokens [tok0, tok1).
func (c *refCounter) count(t *Text, tok0, tok1 int) (self, reader int) {
	c.each(t, tok0, tok1, func(r ref) {
		if r.self {
			self++
		} else {
			reader++
		}
	})
	return
}

// shoutedContext reports whether the words next to toks[i] in its
// sentence are also in capitals ("JOIN US TODAY"), so "US" is shouted "us".
func shoutedContext(toks []Token, i, lo, hi int) bool {
	for _, j := range []int{i - 1, i + 1} {
		if j < lo || j >= hi || toks[j].Kind != Word || toks[j].Sentence != toks[i].Sentence {
			continue
		}
		if allUpper(toks[j].Text) && len(toks[j].Text) > 1 {
			return true
		}
	}
	return false
}

// allUpper reports whether s has letters and none of them is lower case.
func allUpper(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

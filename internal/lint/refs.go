package lint

import (
	"slices"
	"sort"
	"unicode"
)

// Self-references name the sender; reader references name the reader.
// I/me/my is a writer's personal voice and counts as neither.
var (
	selfWords   = []string{"we", "us", "our", "ours", "ourselves", "we're", "we've", "we'll", "we'd", "our's"}
	readerWords = []string{"you", "your", "yours", "yourself", "yourselves", "you're", "you've", "you'll", "you'd", "y'all"}
)

func IsSelf(w string) bool { return slices.Contains(selfWords, w) }

// refCounter finds self and reader references, including the site's
// brand names (matched as written, so "Clarity" is a brand but "clarity"
// is a word).
type refCounter struct {
	brands *Matcher
	// mask has the flags of the words that can start a reference.
	mask Fact
}

// newRefCounter builds the counter for a linter's lexicon, which must not
// be frozen yet.
func newRefCounter(lx *lexicon, brands []string) *refCounter {
	m := &Matcher{exact: true}
	for _, b := range brands {
		if b != "" {
			m.add(&Phrase{Text: b, List: "brand"})
		}
	}
	c := &refCounter{brands: m, mask: FactSelf | FactReader}
	if m.root.next != nil {
		lx.giveBits(m)
		c.mask |= m.bit
	}
	return c
}

// ref is one reference: tokens [tok, tok+n). Its fields are 32 bits
// wide, as Token's are: a page of tens of megabytes has millions.
type ref struct {
	tok, n int32
	// selfBefore is the number of self references before this one in
	// the page (set by references), so counting a range of tokens takes
	// two searches and no pass over its references.
	selfBefore int32
	self       bool
}

// each calls fn for every reference in tokens [tok0, tok1).
func (c *refCounter) each(t *Text, tok0, tok1 int, fn func(r ref)) {
	toks := t.Tokens
	for i := tok0; i < tok1; i++ {
		tk := &toks[i]
		if tk.Kind != Word || tk.flags&c.mask == 0 || tk.Quoted() {
			// words in quotation marks are someone else's ("as the
			// critic put it, \"we owe it all to rain\""): their we is
			// not the sender, their you not the reader
			continue
		}
		if c.brands.CanStart(tk) {
			if n, _ := c.brands.Match(t, toks[:tok1], i); n > 0 {
				fn(ref{tok: int32(i), n: int32(n), self: true})
				i += n - 1
				continue
			}
		}
		switch {
		case tk.Has(FactSelf):
			if t.Word(tk) == "US" && !shoutedContext(t, toks, i, tok0, tok1) {
				continue // the country
			}
			fn(ref{tok: int32(i), n: 1, self: true})
		case tk.Has(FactReader):
			fn(ref{tok: int32(i), n: 1})
		}
	}
}

// references returns every reference in the page, found once and cached
// (Check runs a page's rules one after another).
func (c *refCounter) references(t *Text) []ref {
	if !t.refsDone {
		t.refs = t.refs[:0]
		if len(t.Tokens) >= 1<<16 {
			// Sized once: every reference starts at a word with one of
			// the mask's facts. Growing the slice instead would copy
			// it, and hold two copies, each time it ran out.
			n := 0
			for i := range t.Tokens {
				if t.Tokens[i].flags&c.mask != 0 {
					n++
				}
			}
			t.refs = slices.Grow(t.refs, n)
		}
		var self int32
		c.each(t, 0, len(t.Tokens), func(r ref) {
			r.selfBefore = self
			if r.self {
				self++
			}
			t.refs = append(t.refs, r)
		})
		t.refsDone = true
	}
	return t.refs
}

// within returns the references inside tokens [tok0, tok1).
func (c *refCounter) within(t *Text, tok0, tok1 int) []ref {
	all := c.references(t)
	lo := sort.Search(len(all), func(i int) bool { return int(all[i].tok) >= tok0 })
	hi := sort.Search(len(all), func(i int) bool { return int(all[i].tok) >= tok1 })
	return all[lo:hi]
}

// count returns the self and reader references in tokens [tok0, tok1).
func (c *refCounter) count(t *Text, tok0, tok1 int) (self, reader int) {
	in := c.within(t, tok0, tok1)
	if len(in) == 0 {
		return 0, 0
	}
	first, last := &in[0], &in[len(in)-1]
	self = int(last.selfBefore-first.selfBefore) + boolInt(last.self)
	return self, len(in) - self
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// shoutedContext reports whether the words next to toks[i] in its
// sentence are also in capitals ("JOIN US TODAY"), so "US" is shouted "us".
func shoutedContext(tx *Text, toks []Token, i, lo, hi int) bool {
	for _, j := range []int{i - 1, i + 1} {
		if j < lo || j >= hi || toks[j].Kind != Word || toks[j].Sentence != toks[i].Sentence {
			continue
		}
		if w := tx.Word(&toks[j]); AllUpper(w) && len(w) > 1 {
			return true
		}
	}
	return false
}

// AllUpper reports whether s has letters and none of them is lower case.
func AllUpper(s string) bool {
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

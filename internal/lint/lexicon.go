package lint

import (
	"fmt"
	"sync"
)

// Fact is a set of facts about a word that rules test on every token
// (see Token.Has). The tokenizer looks each word up once in the linter's
// lexicon, so a rule's per-token work is a bit test instead of one map
// lookup per rule and per word list. Phrase matchers get facts of their
// own ("may start one of my phrases"); New fails rather than let one go
// without.
type Fact uint64

// The word facts every lexicon knows.
const (
	FactSelf         Fact = 1 << iota // we, our, … (selfWords)
	FactReader                        // you, your, … (readerWords)
	FactNumberWord                    // one, two, dozen, … (numberWords)
	factAbbreviation                  // dr, etc, … (abbreviations)
	firstMatcherBit                   // matchers' "starts a phrase" bits follow
)

// lexicon maps normalised words to their flags. Each phrase matcher owns
// one bit, set on the first word of each of its phrases: a token without
// the bit cannot start a match, which rules out most tokens at once.
// A lexicon is built by New, then frozen into a small open-addressing
// table (a few kilobytes that stay in cache, probed once for nearly
// every word, which is not in it) and read-only afterwards.
type lexicon struct {
	flags   map[string]Fact
	nextBit Fact
	// full names a matcher that found no bits left; New reports it
	// rather than let the matcher run without its shortcut.
	full string
	// the frozen table: slots[i] holds a word's hash and flags, words[i]
	// the word; a slot without flags is free.
	slots []lexSlot
	words []string
	mask  uint32
	// shapes has a bit for each (length, first byte, last byte) of its
	// words, lower case: most words of a text have a shape no word in the
	// lexicon has, and need not be hashed and looked up (see mayHold).
	shapes [1 << (shapeBits - 6)]uint64
}

// shapeBits is the size of a word shape: 4 bits of length (15 stands for
// 15 or more) and 5 bits of each of the first and last bytes.
const shapeBits = 14

// shape returns the shape of an ASCII word of n bytes whose first and
// last bytes are first and last, in either case: OR-ing 0x20 lower-cases
// letters and leaves digits and . , % # ' as they are.
func shape(n int, first, last byte) uint {
	return uint(min(n, 15))<<10 | uint((first|0x20)&31)<<5 | uint((last|0x20)&31)
}

// mayHold reports whether the lexicon can hold the lower case of an ASCII
// word of n bytes whose first and last bytes are first and last.
func (lx *lexicon) mayHold(n int, first, last byte) bool {
	s := shape(n, first, last)
	return lx.shapes[s>>6]&(1<<(s&63)) != 0
}

type lexSlot struct {
	hash  uint32
	flags Fact
}

// sharedMatchers are the package's fixed matchers (claim tails, next-step
// headings, imperative leads); every lexicon knows their first words.
var (
	sharedMatchers []*Matcher
	nextSharedBit  = firstMatcherBit
)

// sharedFacts are the word facts rules declare (see SharedFact); every
// lexicon sets them on their words.
var sharedFacts []struct {
	fact  Fact
	words []string
}

// SharedFact declares a fact about words (normalised: lower case, ' for
// ’), for a rule to test with Token.Has instead of a map lookup per
// token. Rules declare their facts once, when their package is
// initialised; the facts share the lexicon's bits with the phrase
// matchers, and running out of them is a build mistake every test shows.
func SharedFact(words ...string) Fact {
	if nextSharedBit == 0 {
		panic("lint: no word-fact bits left for a rule's fact") // a build mistake, caught by every test
	}
	f := nextSharedBit
	nextSharedBit <<= 1
	sharedFacts = append(sharedFacts, struct {
		fact  Fact
		words []string
	}{f, words})
	return f
}

// SharedMatcher builds a package-level matcher with a bit of its own.
func SharedMatcher(lists ...[]Phrase) *Matcher {
	m := newMatcher(lists...)
	if nextSharedBit<<2 == 0 {
		panic("lint: no word-fact bits left for a package matcher") // a build mistake, caught by every test
	}
	m.bit, m.open, m.second = nextSharedBit, nextSharedBit<<1, nextSharedBit<<2
	nextSharedBit <<= 3
	sharedMatchers = append(sharedMatchers, m)
	return m
}

func newLexicon() *lexicon {
	lx := &lexicon{flags: map[string]Fact{}, nextBit: nextSharedBit}
	for _, w := range selfWords {
		lx.flags[w] |= FactSelf
	}
	for _, w := range readerWords {
		lx.flags[w] |= FactReader
	}
	for w, ok := range numberWords {
		if ok {
			lx.flags[w] |= FactNumberWord
		}
	}
	for w := range abbreviations {
		lx.flags[w] |= factAbbreviation
	}
	for _, f := range sharedFacts {
		for _, w := range f.words {
			lx.flags[w] |= f.fact
		}
	}
	for _, m := range sharedMatchers {
		lx.mark(m)
	}
	return lx
}

// defaultLexicon serves Extract, which runs no configured rules.
var defaultLexicon = sync.OnceValue(func() *lexicon {
	lx := newLexicon()
	lx.freeze()
	return lx
})

// matcher builds a rule's matcher and gives it its three bits.
func (lx *lexicon) Matcher(lists ...[]Phrase) *Matcher {
	return lx.giveBits(newMatcher(lists...))
}

// giveBits gives a built matcher its three bits. When none are left the
// lexicon remembers it, and New fails: a matcher without its bits would
// try the trie on every token, a slowdown nobody would notice.
func (lx *lexicon) giveBits(m *Matcher) *Matcher {
	if lx.nextBit<<2 == 0 {
		if lx.full == "" {
			lx.full = fmt.Sprintf("a phrase matcher beginning %q", m.firstPhrase())
		}
		return m
	}
	m.bit, m.open, m.second = lx.nextBit, lx.nextBit<<1, lx.nextBit<<2
	lx.nextBit <<= 3
	lx.mark(m)
	return m
}

// mark sets m's bits: bit on the first word of each of its phrases (match
// never starts on a wildcard), open on first words that are a phrase or
// go on with a wildcard, second on the words that follow a first word.
func (lx *lexicon) mark(m *Matcher) {
	for w, n := range m.root.next {
		for _, k := range m.lexiconWords(w) {
			lx.flags[k] |= m.bit
			if n.entry != nil || n.num != nil || n.any != nil {
				lx.flags[k] |= m.open
			}
		}
		for w2 := range n.next {
			for _, k := range m.lexiconWords(w2) {
				lx.flags[k] |= m.second
			}
		}
	}
}

// lexiconWords returns the lexicon words of the tokens that match trie
// word w: w itself, or for an exact matcher, whose words are as written
// and match possessives too (see key), the tokens' normalised forms.
func (m *Matcher) lexiconWords(w string) []string {
	if !m.exact {
		return []string{w}
	}
	n := Normalize(w)
	return []string{n, n + "'s"}
}

// freeze builds the lookup table; the lexicon must not change afterwards.
func (lx *lexicon) freeze() {
	size := 64
	for size < 4*len(lx.flags) {
		size *= 2
	}
	lx.slots, lx.words, lx.mask = make([]lexSlot, size), make([]string, size), uint32(size-1)
	for w, f := range lx.flags {
		if f == 0 {
			continue // no flags is what a missing word gets anyway
		}
		h := hashWord(w)
		i := h & lx.mask
		for lx.slots[i].flags != 0 {
			i = (i + 1) & lx.mask
		}
		lx.slots[i], lx.words[i] = lexSlot{h, f}, w
		s := shape(len(w), w[0], w[len(w)-1])
		lx.shapes[s>>6] |= 1 << (s & 63)
	}
}

// lookup returns a normalised word's flags.
func (lx *lexicon) lookup(norm string) Fact {
	return lookupHashed(lx, norm, hashWord(norm))
}

// lookupHashed looks up a word whose hashWord the caller already has (the
// tokenizer hashes words as it scans them).
func lookupHashed[S ~string | ~[]byte](lx *lexicon, w S, h uint32) Fact {
	for i := h & lx.mask; ; i = (i + 1) & lx.mask {
		s := lx.slots[i]
		if s.flags == 0 {
			return 0
		}
		if s.hash == h && lx.words[i] == string(w) {
			return s.flags
		}
	}
}

// hashWord hashes a lower-case word eight bytes at a time.
func hashWord(s string) uint32 { return hashOr(s, 0) }

// hashASCIILower is hashWord of the lower case of an ASCII token (letters,
// digits and . , % # ' only), without making the lower case: OR-ing 0x20
// lower-cases a letter and leaves those other bytes as they are.
func hashASCIILower(b []byte) uint32 { return hashOr(b, 0x20) }

// hashOr hashes s with every byte OR-ed with or.
func hashOr[S ~string | ~[]byte](s S, or byte) uint32 {
	mask := uint64(or) * 0x0101010101010101
	h := uint64(len(s))
	for ; len(s) >= 8; s = s[8:] {
		x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56 // one load
		h = hashMix(h, x|mask)
	}
	if len(s) > 0 {
		var x uint64
		for i := len(s) - 1; i >= 0; i-- {
			x = x<<8 | uint64(s[i]|or)
		}
		h = hashMix(h, x)
	}
	return uint32(h)
}

// hashMix folds eight bytes into h; the high half is folded into the low
// half, which picks the lexicon slot.
func hashMix(h, x uint64) uint64 {
	h = (h ^ x) * 0x9E3779B97F4A7C15
	return h ^ h>>32
}

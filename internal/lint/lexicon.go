package lint

import "sync"

// wordFlags are the facts about a word that rules test on every token. The
// tokenizer looks each word up once, so the rules' per-token work is a bit
// test instead of one map lookup per rule and per word list.
type wordFlags uint32

const (
	flagSelf        wordFlags = 1 << iota // we, our, … (selfWords)
	flagReader                            // you, your, … (readerWords)
	flagBe                                // is, are, was, … (beVerbs)
	flagSuperlative                       // best, biggest, … (superlatives)
	flagNumberWord                        // one, two, dozen, … (numberWords)
	firstMatcherBit                       // matchers' "starts a phrase" bits follow
)

// lexicon maps normalised words to their flags. Each phrase matcher owns
// one bit, set on the first word of each of its phrases: a token without
// the bit cannot start a match, which rules out most tokens at once.
// A lexicon is built by New, then frozen into a small open-addressing
// table (a few kilobytes that stay in cache, probed once for nearly
// every word, which is not in it) and read-only afterwards.
type lexicon struct {
	flags   map[string]wordFlags
	nextBit wordFlags
	// the frozen table: slots[i] holds a word's hash and flags, words[i]
	// the word; a slot without flags is free.
	slots []lexSlot
	words []string
	mask  uint32
}

type lexSlot struct {
	hash  uint32
	flags wordFlags
}

// sharedMatchers are the package's fixed matchers (claim tails, next-step
// headings, imperative leads); every lexicon knows their first words.
var (
	sharedMatchers []*matcher
	nextSharedBit  = firstMatcherBit
)

// sharedMatcher builds a package-level matcher with a bit of its own.
func sharedMatcher(lists ...[]phrase) *matcher {
	m := newMatcher(lists...)
	m.bit = nextSharedBit
	nextSharedBit <<= 1
	sharedMatchers = append(sharedMatchers, m)
	return m
}

func newLexicon() *lexicon {
	lx := &lexicon{flags: map[string]wordFlags{}, nextBit: nextSharedBit}
	for _, w := range selfWords {
		lx.flags[w] |= flagSelf
	}
	for _, w := range readerWords {
		lx.flags[w] |= flagReader
	}
	for w := range beVerbs {
		lx.flags[w] |= flagBe
	}
	for w := range superlatives {
		lx.flags[w] |= flagSuperlative
	}
	for w, ok := range numberWords {
		if ok {
			lx.flags[w] |= flagNumberWord
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

// matcher builds a rule's matcher and gives it a bit. When the bits run
// out the matcher simply goes without the shortcut.
func (lx *lexicon) matcher(lists ...[]phrase) *matcher {
	m := newMatcher(lists...)
	if lx.nextBit != 0 {
		m.bit = lx.nextBit
		lx.nextBit <<= 1
		lx.mark(m)
	}
	return m
}

// mark sets m's bit on the first word of each of its phrases. Only the
// first word is looked up directly (match never starts on a wildcard).
func (lx *lexicon) mark(m *matcher) {
	for w := range m.root.next {
		lx.flags[w] |= m.bit
	}
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
	}
}

// lookup returns a normalised word's flags.
func (lx *lexicon) lookup(norm string) wordFlags {
	return lookupHashed(lx, norm, hashWord(norm))
}

// lookupHashed looks up a word whose hashWord the caller already has (the
// tokenizer hashes words as it scans them).
func lookupHashed[S ~string | ~[]byte](lx *lexicon, w S, h uint32) wordFlags {
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

// hashWord is 32-bit FNV-1a: quick for the short strings words are.
func hashWord(s string) uint32 {
	h := hashStart
	for i := 0; i < len(s); i++ {
		h = hashByte(h, s[i])
	}
	return h
}

const hashStart = uint32(2166136261)

func hashByte(h uint32, c byte) uint32 { return (h ^ uint32(c)) * 16777619 }

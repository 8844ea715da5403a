package lint

import (
	"strings"
	"unicode"
)

// A phrase list entry. Lists are plain text: one phrase a line, "#" starts
// a comment, and "phrase = note" attaches a note (a plain alternative).
type Phrase struct {
	Text string // as listed
	Note string
	List string // the list it came from
}

// matcher finds listed phrases in token streams: a trie over normalised
// words. "<n>" in a phrase matches a number, "*" any one word; a hyphen in
// a phrase also matches a space.
type Matcher struct {
	root trieNode
	// exact matches a token's text (brand names) instead of its Norm; first
	// then marks the first bytes of the phrases, a test that rules out
	// most words before the trie is touched.
	exact bool
	first [256]bool
	// bit, when set, is this matcher's flag in the lexicon the tokens were
	// looked up in: only tokens carrying it can start a phrase, so most
	// tokens are ruled out without touching the trie. open and second,
	// set with it, rule out common first words ("a", "the"): a first
	// word without open starts only phrases whose second word is a word
	// (not "<n>" or "*", and not the end), which carries second.
	bit, open, second Fact
}

type trieNode struct {
	next map[string]*trieNode
	// num and any are the "<n>" and "*" children, kept out of the map so
	// a step costs one lookup, not three.
	num, any *trieNode
	entry    *Phrase
}

// contractions expand so "don't miss out" also matches "do not miss out".
var contractions = map[string][]string{
	"don't": {"do", "not"}, "won't": {"will", "not"}, "can't": {"cannot"}, "isn't": {"is", "not"},
	"it's": {"it", "is"}, "you'd": {"you", "would"}, "you've": {"you", "have"}, "you're": {"you", "are"},
	"they're": {"they", "are"}, "we'll": {"we", "will"}, "we're": {"we", "are"}, "you'll": {"you", "will"},
	"doesn't": {"does", "not"}, "didn't": {"did", "not"}, "aren't": {"are", "not"}, "sky's": {"sky", "is"},
}

// phraseWords splits a listed phrase into the words the tokenizer produces.
func phraseWords(s string, exact bool) []string {
	f := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '-' })
	if !exact {
		for i := range f {
			f[i] = Normalize(f[i])
		}
	}
	return f
}

func (m *Matcher) add(p *Phrase) {
	words := phraseWords(p.Text, m.exact)
	if len(words) == 0 {
		return
	}
	m.first[words[0][0]] = true
	m.insert(words, p)
	if m.exact {
		return
	}
	for i, w := range words {
		if full, ok := contractions[w]; ok {
			alt := append(append(append([]string{}, words[:i]...), full...), words[i+1:]...)
			m.insert(alt, p)
		}
		if i+1 < len(words) {
			if short := contracted(w, words[i+1], words[i+2:]); short != "" {
				alt := append(append(append([]string{}, words[:i]...), short), words[i+2:]...)
				m.insert(alt, p)
			}
		}
	}
}

// contracted returns the one word a writer makes of two listed words, so
// "time is running out" also matches "time's running out" and "they are
// gone" matches "they're gone": the contractions above read backwards,
// and any word before "is" takes "'s". It returns "" when the pair does
// not contract, or when "'s" would read as "has": before a participle,
// "it's gone quiet" says what happened, not "it is gone".
func contracted(w, next string, rest []string) string {
	if w == "<n>" || w == "*" {
		return ""
	}
	if next == "is" && len(rest) > 0 && participle(rest[0]) {
		return ""
	}
	for short, full := range contractions {
		if len(full) == 2 && full[0] == w && full[1] == next {
			return short
		}
	}
	if next == "is" {
		return w + "'s"
	}
	return ""
}

// participle reports whether a listed word is a past participle, which
// "'s" before it reads as "has": "gone", "done", "ended", "taken".
func participle(w string) bool {
	return w == "gone" || w == "done" || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")
}

func (m *Matcher) insert(words []string, p *Phrase) {
	n := &m.root
	for i, w := range words {
		n = n.child(w, i == 0)
	}
	if n.entry == nil {
		n.entry = p
	}
}

// child returns the node after word w, creating it. Wildcards have fields
// of their own, except as a first word, which match looks up as written.
func (n *trieNode) child(w string, first bool) *trieNode {
	switch {
	case w == "<n>" && !first:
		if n.num == nil {
			n.num = &trieNode{}
		}
		return n.num
	case w == "*" && !first:
		if n.any == nil {
			n.any = &trieNode{}
		}
		return n.any
	}
	if n.next == nil {
		n.next = map[string]*trieNode{}
	}
	c, ok := n.next[w]
	if !ok {
		c = &trieNode{}
		n.next[w] = c
	}
	return c
}

var numberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "fifteen": true,
	"twenty": true, "fifty": true, "hundred": true, "a": false, "dozen": true, "few": true,
	// the rest of the tens and teens, as copy writes counts and shares
	// out: "thirty percent off", "forty seats"
	"thirteen": true, "fourteen": true, "sixteen": true, "seventeen": true, "eighteen": true,
	"nineteen": true, "thirty": true, "forty": true, "sixty": true, "seventy": true, "eighty": true,
	"ninety": true,
}

func (m *Matcher) key(tx *Text, t *Token) string {
	if m.exact {
		return strings.TrimSuffix(strings.TrimSuffix(tx.Word(t), "'s"), "’s")
	}
	return tx.Norm(t)
}

// canStart reports whether tk may start one of m's phrases: a test small
// enough to inline, for loops that try every token. A matcher without a
// bit lets every token through.
func (m *Matcher) CanStart(tk *Token) bool { return tk.flags&m.bit == m.bit }

// mayStart is canStart with the next token's word tested too.
func (m *Matcher) mayStart(toks []Token, i int) bool {
	f := toks[i].flags
	if f&m.bit != m.bit {
		return false
	}
	return f&m.open != 0 || m.second == 0 || i+1 < len(toks) && toks[i+1].flags&m.second != 0
}

// match returns the longest phrase starting at toks[i] and how many tokens
// it spans. Phrases never cross punctuation.
func (m *Matcher) Match(tx *Text, toks []Token, i int) (int, *Phrase) {
	if i >= len(toks) || !m.mayStart(toks, i) || toks[i].Kind == Punct || m.root.next == nil ||
		m.exact && !m.first[tx.Word(&toks[i])[0]] {
		return 0, nil
	}
	first, ok := m.root.next[m.key(tx, &toks[i])]
	if !ok {
		return 0, nil
	}
	best, entry := 0, (*Phrase)(nil)
	var walk func(n *trieNode, j int)
	walk = func(n *trieNode, j int) {
		if n.entry != nil && j-i > best {
			best, entry = j-i, n.entry
		}
		if n.next == nil && n.num == nil && n.any == nil || j >= len(toks) || toks[j].Kind == Punct {
			return
		}
		t := &toks[j]
		if c, ok := n.next[m.key(tx, t)]; ok {
			walk(c, j+1)
		}
		if n.num != nil && (t.Kind == Number || t.Has(FactNumberWord)) {
			walk(n.num, j+1)
		}
		if n.any != nil {
			walk(n.any, j+1)
		}
	}
	walk(first, i+1)
	return best, entry
}

// firstPhrase returns one of the matcher's first words, to name it in an
// error.
func (m *Matcher) firstPhrase() string {
	for w := range m.root.next {
		return w
	}
	return ""
}

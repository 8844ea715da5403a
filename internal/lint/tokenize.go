package lint

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// piece maps a run of extracted text back to the source file. When the
// lengths differ the run is a replacement and every offset in it maps to
// the whole source range. Its fields are 32 bits wide, as Token's are:
// a large page's blocks are gathered whole before they are tokenized.
type piece struct {
	text, src, textLen, srcLen int32
}

// newPiece is the piece for text at text offset text, standing for source
// bytes [src, src+srcLen).
func newPiece(text, src, textLen, srcLen int) piece {
	return piece{int32(text), int32(src), int32(textLen), int32(srcLen)}
}

// blockBuilder collects one block's inline text and its map to the source.
type blockBuilder struct {
	buf    []byte
	pieces []piece
	links  [][2]int // text ranges inside link text
	// syl is the tokenizer's per-token working memory, lines the
	// sentence splitter's per-line.
	syl   []int32
	lines []srcLine
	// cur is the piece holding the last offset mapped (tokens come in
	// order, so mapping walks the pieces once instead of searching).
	cur int
	// link is the first of links that does not end before the last
	// offset inLink was asked about.
	link int
}

func (b *blockBuilder) reset() {
	b.buf = b.buf[:0]
	b.pieces = b.pieces[:0]
	b.links = b.links[:0]
}

// add appends source bytes src[start:end] verbatim. The builder's slices
// grow by doubling, as the gathered ones do: one block can be a whole
// page (a paragraph of many megabytes), and growing by a quarter would
// copy its pieces over and over while the page's tree is alive.
func (b *blockBuilder) add(src []byte, start, end int) {
	if end <= start {
		return
	}
	b.pieces = append(doubling(b.pieces, 1), newPiece(len(b.buf), start, end-start, end-start))
	b.buf = append(doubling(b.buf, end-start), src[start:end]...)
}

// gap appends a separator (a space) that stands for source[at:at].
func (b *blockBuilder) gap(at int) {
	if n := len(b.buf); n == 0 || b.buf[n-1] == ' ' {
		return
	}
	b.pieces = append(doubling(b.pieces, 1), newPiece(len(b.buf), at, 1, 0))
	b.buf = append(doubling(b.buf, 1), ' ')
}

// find returns the piece holding text offset t. Offsets must not
// decrease between calls until the next tokenize.
func (b *blockBuilder) find(t int) *piece {
	for b.cur+1 < len(b.pieces) && int(b.pieces[b.cur+1].text) <= t {
		b.cur++
	}
	return &b.pieces[b.cur]
}

// token maps the text buf[i:j] of a token to its source offsets and
// reports whether the token's text differs from the source's bytes
// [start, end): it does not when the token lies in one verbatim piece
// (nearly always).
func (b *blockBuilder) token(i, j int) (own bool, start, end int) {
	p := b.find(i)
	pText, pSrc := int(p.text), int(p.src)
	if p.textLen == p.srcLen && j <= pText+int(p.textLen) {
		start = pSrc + i - pText
		return false, start, start + j - i
	}
	if p.textLen != p.srcLen {
		start = pSrc
	} else {
		start = pSrc + i - pText
	}
	q := b.find(j - 1)
	if q.textLen != q.srcLen {
		end = int(q.src + q.srcLen)
	} else {
		end = int(q.src) + j - int(q.text)
	}
	return true, start, end
}

// inLink reports whether text offset t is inside link text. Offsets must
// not decrease between calls until the next tokenize.
func (b *blockBuilder) inLink(t int) bool {
	for b.link < len(b.links) && b.links[b.link][1] <= t {
		b.link++
	}
	return b.link < len(b.links) && b.links[b.link][0] <= t
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// asciiLower maps A-Z to a-z and every other byte to itself.
var asciiLower = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(i)
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = byte(c) + 'a' - 'A'
	}
	return t
}()

// tokenize splits the builder's text into tokens appended to out, looking
// each word up in lex, and returns the extended slice with the syllables
// of each new token (words only). Every token's offsets are exact source
// offsets.
//
// A token's text and normal form are nearly always its source bytes (see
// token); those that are not go to tx's string records. Plain ASCII words
// (most words) are scanned, lower-cased, hashed for the lexicon and
// counted for syllables in one pass; the lower case of a capitalised word
// is written straight into its record.
func (b *blockBuilder) tokenize(tx *Text, lex *lexicon, out []Token, block int) ([]Token, []int32) {
	buf := b.buf
	size := len(buf)
	b.cur, b.link = 0, 0
	b.syl = b.syl[:0]
	tok0 := len(out)

	i := 0
	prevEnd := -1   // text offset where the previous word ended
	hyphenAt := -1  // text offset of a hyphen right after the previous word
	signEnd := -1   // text offset right after a currency sign
	var sign rune   // that sign
	quoteFrom := -1 // the first token after an opening double quote
	for i < size {
		if buf[i] == ' ' { // the commonest byte between tokens
			prevEnd, hyphenAt = -1, -1
			i++
			continue
		}
		r, n := rune(buf[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(buf[i:])
		}
		switch {
		case r < utf8.RuneSelf && byteFacts[r]&(factLetter|factDigit) != 0 || r >= utf8.RuneSelf && isWordRune(r) ||
			r == '#' && i+1 < size && buf[i+1] >= '0' && buf[i+1] <= '9':
			j, kind, groups, upper, plain := scanASCIIWord(buf, i)
			ascii := plain
			var h uint32
			known := true // whether the lexicon may hold the word
			if plain {
				if known = lex.mayHold(j-i, buf[i], buf[j-1]); known {
					h = hashASCIILower(buf[i:j])
				}
			} else {
				j, kind, ascii = scanWord(buf, i, r, n)
				if ascii {
					h, groups, upper = hashASCIIWord(buf[i:j])
				}
			}
			own, start, end := b.token(i, j)
			out = append(out, Token{Kind: kind, Start: int32(start), End: int32(end), Block: int32(block)})
			tk := &out[len(out)-1]
			if b.inLink(i) {
				tk.marks |= markLink
			}
			if hyphenAt >= 0 && hyphenAt == i-1 {
				tk.marks |= markJoined
			}
			if quoteFrom >= 0 {
				tk.marks |= markQuoted
			}
			if own {
				tk.marks, tk.str = tk.marks|ownText, addRecord(tx, buf[i:j])
			}
			if signEnd == i && buf[i] >= '0' && buf[i] <= '9' {
				tk.Currency = uint16(sign)
			}
			syl := 0
			switch {
			case !ascii:
				text := tx.src[start:end]
				if own {
					text = string(buf[i:j])
				}
				norm := Normalize(text)
				if norm != text {
					at := addRecord(tx, norm)
					if !own {
						tk.str = at
					}
					tk.marks |= ownNorm
				}
				tk.flags = lex.lookup(norm)
				syl = syllables(norm)
			case upper:
				// The record is the text, lowered in place.
				at := addRecord(tx, buf[i:j])
				norm := tx.building[len(tx.building)-(j-i):]
				for k, c := range norm {
					norm[k] = asciiLower[c]
				}
				if !own {
					tk.str = at
				}
				tk.marks |= ownNorm
				if known {
					tk.flags = lookupHashed(lex, norm, h)
				}
				syl = fromVowelGroups(norm, groups)
			default:
				if known {
					tk.flags = lookupHashed(lex, buf[i:j], h)
				}
				syl = fromVowelGroups(buf[i:j], groups)
			}
			b.syl = append(b.syl, int32(syl))
			prevEnd, hyphenAt = j, -1
			i = j
		case r == '-' && prevEnd == i:
			// a hyphen glued to the previous word: the next word joins it
			if next, _ := utf8.DecodeRune(buf[i+n:]); isWordRune(next) {
				hyphenAt, prevEnd = i, i
			}
			i += n
		case r == '!' || r == '?' || r == '.' || r == '…' || r == ':' || r == ';' || r == ',':
			j := i + n
			if r == '!' || r == '?' {
				for j < size && (buf[j] == '!' || buf[j] == '?') {
					j++
				}
			}
			if r == '.' {
				for j < size && buf[j] == '.' {
					j++
				}
			}
			own, start, end := b.token(i, j)
			out = append(out, Token{Kind: Punct, Start: int32(start), End: int32(end), Block: int32(block)})
			if own {
				out[len(out)-1].marks, out[len(out)-1].str = ownText, addRecord(tx, buf[i:j])
			}
			b.syl = append(b.syl, 0)
			prevEnd, hyphenAt = -1, -1
			i = j
		default:
			switch {
			case r == '$' || r == '£' || r == '€':
				signEnd, sign = i+n, r
			case r == '+' && prevEnd == i && len(out) > tok0 && out[len(out)-1].Kind == Number:
				out[len(out)-1].marks |= markPlus // 10,000+
			case r == '“' || r == '"' && quoteFrom < 0:
				quoteFrom = len(out)
			case r == '”' || r == '"':
				quoteFrom = -1
			}
			prevEnd, hyphenAt = -1, -1
			i += n
		}
	}

	if quoteFrom >= 0 {
		// an opening quote never closed quotes nothing
		for k := quoteFrom; k < len(out); k++ {
			out[k].marks &^= markQuoted
		}
	}
	return out, b.syl
}

// scanASCIIWord scans the plain ASCII word or number at s[i]: letters and
// digits up to a byte that surely ends it, counting vowel groups and
// noting capitals on the way (one table lookup a byte). It reports false,
// for scanWord to take over, when the word goes on past ASCII letters and
// digits (don't, 3.5, 40%, café, a non-ASCII rune).
func scanASCIIWord(s []byte, i int) (j int, kind TokenKind, vowelGroups int, upper, ok bool) {
	var seen, prev uint8 // facts of the word's bytes so far; the previous byte's vowel bit
	for j = i; j < len(s); j++ {
		f := byteFacts[s[j]]
		if f&(factLetter|factDigit) == 0 {
			break
		}
		seen |= f
		v := f & factVowel
		vowelGroups += int((v &^ prev) >> factVowelShift)
		prev = v
	}
	kind = Number
	if seen&factLetter != 0 {
		kind = Word
	}
	upper = seen&factUpper != 0
	if j == i {
		return j, kind, vowelGroups, upper, false
	}
	if j < len(s) {
		switch c := s[j]; {
		case c >= utf8.RuneSelf, c == '\'' && kind == Word, (c == '.' || c == ',' || c == '%') && kind == Number:
			return j, kind, vowelGroups, upper, false
		}
	}
	return j, kind, vowelGroups, upper, true
}

// Facts about a byte, for the tokenizer's ASCII fast paths; other bytes
// go through the unicode tables.
const (
	factLetter uint8 = 1 << iota
	factDigit
	factUpper
	factVowel      // a, e, i, o, u or y in either case
	factVowelShift = 3
)

var byteFacts = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = factLetter, factLetter|factUpper
	}
	for _, c := range "aeiouy" {
		t[c] |= factVowel
		t[c-'a'+'A'] |= factVowel
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = factDigit
	}
	return t
}()

// scanWord returns the end of the word or number that starts at s[i] with
// rune r of n bytes, its kind, and whether it is all ASCII. Words keep
// inner apostrophes (don't); numbers keep inner . and , before a digit
// (3.0, 4,000) and a trailing %.
func scanWord(s []byte, i int, r rune, n int) (j int, kind TokenKind, ascii bool) {
	kind, ascii = Number, r < utf8.RuneSelf
	if r != '#' && !unicode.IsDigit(r) {
		kind = Word
	}
	j = i + n
	for j < len(s) {
		c, m := rune(s[j]), 1
		if c < utf8.RuneSelf {
			switch f := byteFacts[c]; {
			case f&factLetter != 0:
				kind = Word
				j++
				continue
			case f&factDigit != 0:
				j++
				continue
			}
		} else {
			c, m = utf8.DecodeRune(s[j:])
			if isWordRune(c) {
				if kind == Number && !unicode.IsDigit(c) {
					kind = Word
				}
				ascii = false
				j += m
				continue
			}
		}
		next, _ := utf8.DecodeRune(s[j+m:])
		if isApostrophe(c) && kind == Word && unicode.IsLetter(next) {
			ascii = ascii && c < utf8.RuneSelf
			j += m // don't, we're, our's
			continue
		}
		if (c == '.' || c == ',') && kind == Number && unicode.IsDigit(next) {
			j += m // 3.0, 4,000
			continue
		}
		if c == '%' && kind == Number {
			j += m
		}
		break
	}
	return j, kind, ascii
}

// hashASCIIWord returns the hashWord and vowel groups of an ASCII word's
// lower case, and whether the word has capitals.
func hashASCIIWord(word []byte) (hash uint32, vowelGroups int, upper bool) {
	var seen, prev uint8 // as in scanASCIIWord
	for _, c := range word {
		f := byteFacts[c]
		seen |= f
		v := f & factVowel
		vowelGroups += int((v &^ prev) >> factVowelShift)
		prev = v
	}
	return hashASCIILower(word), vowelGroups, seen&factUpper != 0
}

// normalize lower-cases a token and writes curly apostrophes as '.
func Normalize(s string) string {
	ascii := true
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if ascii {
		if !upper {
			return s
		}
		return strings.ToLower(s)
	}
	return strings.ReplaceAll(strings.ToLower(s), "’", "'")
}

// abbreviations end with a period that does not end a sentence. Every
// lexicon marks them (factAbbreviation), so a sentence end costs a bit
// test rather than a map lookup.
var abbreviations = map[string]bool{
	"dr": true, "mr": true, "mrs": true, "ms": true, "prof": true, "st": true, "vs": true,
	"etc": true, "e.g": true, "i.e": true, "inc": true, "ltd": true, "co": true, "jr": true,
	"sr": true, "no": true, "approx": true, "fig": true, "mt": true,
}

// splitSentences groups tokens[from:] into sentences: a sentence ends at
// . ? ! or … followed by a capitalised word, a number or the end of the block
// (or by a lower-case word, in a block whose writer does not capitalise,
// see lowerCaseBlock), and at a line break that ends one (see
// lineBreaks.breaks).
// syl holds the syllables of toks[from:]; lines is scratch memory for the
// block's lines, returned for the next block.
func splitSentences(tx *Text, toks []Token, from, block int, syl []int32, out []Sentence, lines []srcLine) ([]Sentence, []srcLine) {
	lb := newLineBreaks(tx, toks, from, lines)
	lower := lowerCaseBlock(tx, toks, from)
	next := 1 // the next line of lb.lines to ask about
	start := from
	flush := func(end int) {
		if end <= start {
			return
		}
		s := Sentence{Tok0: start, Tok1: end, Block: block}
		for k := start; k < end; k++ {
			tk := &toks[k]
			tk.Sentence = int32(len(out))
			switch tk.Kind {
			case Word:
				s.Syllables += int(syl[k-from])
			case Number:
				s.Syllables += 2
			default:
				continue
			}
			if !tk.Joined() {
				s.Words++
			}
		}
		out = append(out, s)
		start = end
	}
	for k := from; k < len(toks); k++ {
		if next < len(lb.lines) && lb.lines[next].tok == k {
			if lb.breaks(tx, toks, next) {
				flush(k)
			}
			next++
		}
		t := &toks[k]
		if t.Kind != Punct {
			continue
		}
		w := tx.Word(t)
		c := w[0]
		if c != '.' && c != '?' && c != '!' && w != "…" {
			continue
		}
		if k+1 < len(toks) {
			next := &toks[k+1]
			if next.Kind == Punct {
				continue
			}
			first, _ := utf8.DecodeRuneInString(tx.Word(next))
			if next.Kind == Word && !unicode.IsUpper(first) && !(lower && lowerSentenceEnd(tx, toks, from, k)) {
				continue
			}
			if c == '.' && k > from && w == "." && toks[k-1].Kind == Word {
				prev := &toks[k-1]
				pw := tx.Word(prev)
				if prev.Has(factAbbreviation) || utf8.RuneCountInString(pw) == 1 && unicode.IsUpper(first) && unicode.IsUpper([]rune(pw)[0]) {
					if prev.End == t.Start {
						continue
					}
				}
			}
		}
		flush(k + 1)
	}
	flush(len(toks))
	return out, lb.lines
}

// lowerCaseBlock reports whether the block of tokens toks[from:] is
// written without capitals at the start of sentences, as some casual copy
// is: it starts with a lower-case word, two or more of its sentence
// marks (or one "!" or "?") are followed by a lower-case word (see
// lowerSentenceEnd) and none by a capitalised one. There a mark before a
// lower-case word ends a sentence, as a mark before a capital does
// elsewhere.
func lowerCaseBlock(tx *Text, toks []Token, from int) bool {
	if from >= len(toks) || toks[from].Kind != Word || startsUpper(tx, &toks[from]) {
		return false
	}
	lower := 0
	for k := from + 1; k+1 < len(toks); k++ {
		t, next := &toks[k], &toks[k+1]
		if t.Kind != Punct || next.Kind != Word || !endsSentence(tx.Word(t)) {
			continue
		}
		if startsUpper(tx, next) {
			if tx.Norm(next) != "i" && !strings.HasPrefix(tx.Norm(next), "i'") {
				return false
			}
			continue
		}
		if lowerSentenceEnd(tx, toks, from, k) {
			lower++
			if w := tx.Word(t); strings.ContainsAny(w, "!?") {
				// an exclamation or a question ends its sentence, as a
				// period need not ("etc. and"): one is enough, "only 3
				// left!! grab yours now"
				lower++
			}
		}
	}
	return lower >= 2
}

// lowerSentenceEnd reports whether the sentence mark toks[k], followed by
// a lower-case word, may end a sentence: it is spaced from that word and
// does not end an abbreviation or an initial.
func lowerSentenceEnd(tx *Text, toks []Token, from, k int) bool {
	t, next := &toks[k], &toks[k+1]
	if next.Start == t.End {
		return false
	}
	if k > from && toks[k-1].Kind == Word && tx.Word(t) == "." {
		prev := &toks[k-1]
		if prev.Has(factAbbreviation) || utf8.RuneCountInString(tx.Word(prev)) == 1 {
			return false
		}
	}
	return true
}

// startsUpper reports whether a word starts with a capital.
func startsUpper(tx *Text, tk *Token) bool {
	r, _ := utf8.DecodeRuneInString(tx.Word(tk))
	return unicode.IsUpper(r)
}

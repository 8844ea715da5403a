package lint

import (
	"encoding/binary"
	"strings"
)

// Text is a page's copy, extracted once from the Markdown AST and the copy
// fields of the front matter. Rules read it; they never see Markdown syntax.
type Text struct {
	Blocks    []Block
	Tokens    []Token
	Sentences []Sentence
	// Units are paragraph-level groups of blocks: a paragraph, a whole list,
	// a table, a heading or one front matter field.
	Units []Unit
	// Words counts the words in the body and copy fields.
	Words int
	// Directives are the page's gen-lint comments, in source order, for
	// the driver to apply; rules do not read them.
	Directives []Directive
	// refs caches the self and reader references (see references).
	refs     []ref
	refsDone bool
	// src is the page's source: a token's text is src[Start:End] unless
	// the token owns its text (see Word).
	src string
	// strs holds the texts and normalized forms that are not the source's
	// bytes, each a uvarint length and the bytes, at Token.str: a token's
	// own text first, then its own normal form. building collects them
	// during extraction; strs is its string once extraction is done.
	strs     string
	building []byte
}

// reset empties t, keeping its slices' memory for the next page.
func (t *Text) reset() {
	*t = Text{Blocks: t.Blocks[:0], Tokens: t.Tokens[:0], Sentences: t.Sentences[:0], Units: t.Units[:0], Directives: t.Directives[:0], refs: t.refs[:0],
		building: t.building[:0]}
}

// Word returns tk's text as written.
func (t *Text) Word(tk *Token) string {
	if tk.marks&ownText == 0 {
		return t.src[tk.Start:tk.End]
	}
	return t.owned(ownText, tk.str)
}

// Norm returns tk's text in lower case with ’ written as '.
func (t *Text) Norm(tk *Token) string {
	if tk.marks&(ownText|ownNorm) == 0 {
		return t.src[tk.Start:tk.End]
	}
	return t.owned(tk.marks, tk.str)
}

// Gap returns the source between two tokens, prev before next: what the
// tokenizer left out between them, such as a dash ("now — donate") or
// Markdown's marks. It is empty when they touch or are out of order.
func (t *Text) Gap(prev, next *Token) string {
	if prev.End >= next.Start || int(next.Start) > len(t.src) {
		return ""
	}
	return t.src[prev.End:next.Start]
}

// owned returns the last of the token strings marks says are stored at
// offset at: the normal form when it has one of its own, else the text.
// Word and Norm keep the common case, a token that is its source bytes,
// small enough to inline.
func (t *Text) owned(marks uint8, at uint32) string {
	if marks&ownText != 0 && marks&ownNorm != 0 {
		_, at = t.record(at)
	}
	s, _ := t.record(at)
	return s
}

// record returns the string stored at offset at of strs and the offset
// after it. While the page is being extracted the strings are still in
// building, and a record is a copy (only the sentence splitter reads
// them then, and only for the rare token that owns its text).
func (t *Text) record(at uint32) (string, uint32) {
	if int(at) < len(t.strs) {
		from, end := uvarint(t.strs, int(at))
		return t.strs[from:end], uint32(end)
	}
	from, end := uvarint(t.building, int(at))
	return string(t.building[from:end]), uint32(end)
}

// uvarint reads the length at s[at] (binary.AppendUvarint's encoding)
// and returns the range of the bytes after it that it counts.
func uvarint[S ~string | ~[]byte](s S, at int) (from, end int) {
	n := 0
	for shift := 0; ; shift += 7 {
		c := s[at]
		at++
		n |= int(c&0x7f) << shift
		if c < 0x80 {
			return at, at + n
		}
	}
}

// addRecord stores s in t.building and returns its offset.
func addRecord[S ~string | ~[]byte](t *Text, s S) uint32 {
	at := len(t.building)
	t.building = binary.AppendUvarint(t.building, uint64(len(s)))
	t.building = append(t.building, s...)
	return uint32(at)
}

// finish makes the strings collected during extraction readable without
// copies.
func (t *Text) finish() {
	t.strs = string(t.building)
}

// BlockKind says where a block of copy comes from.
type BlockKind uint8

// Block kinds.
const (
	KindParagraph BlockKind = iota // paragraph, list item text, table cell, definition
	KindHeading
	KindMeta // a front matter field: title, description, preheader, cta.text
)

// Block is one run of inline copy: a paragraph, a heading, a list item's
// text, a table cell or a front matter value.
type Block struct {
	Kind BlockKind
	// Level is the heading level (1–6) for headings.
	Level int
	// Field names the front matter key for KindMeta blocks.
	Field string
	// Unit and Section index Text.Units and the body's heading sections
	// (0 before the first heading; meta blocks use -1).
	Unit, Section int
	// Tok0, Tok1 and Sent0, Sent1 are half-open ranges of Text.Tokens and Text.Sentences.
	Tok0, Tok1   int
	Sent0, Sent1 int
	// Start and End are the block's byte offsets in Page.Source.
	Start, End int
	// Top is the index of the block's top-level AST node (for disable-next).
	Top int
}

// TokenKind classifies tokens.
type TokenKind uint8

// Token kinds.
const (
	Word   TokenKind = iota // letters, with inner apostrophes
	Number                  // digits, 3.0, 4,000, 100%, #1
	Punct                   // . ? ! … : ; , (a run of ! is one token)
)

// Token is a word, number or punctuation mark with its exact place in the
// source file. Its text as written and its normal form (lower case, ’
// written as ') are read through Text.Word and Text.Norm: a token holds
// no pointer, so the millions of tokens of a large page are memory the
// garbage collector never scans.
type Token struct {
	// flags are the word's facts from the linter's lexicon (words and
	// numbers only).
	flags Fact
	// Start and End are byte offsets in Page.Source. They and the indexes
	// are 32 bits wide, as Block's are not: a page of tens of megabytes has
	// millions of tokens, and a narrower token is memory it never holds.
	Start, End int32
	// Block and Sentence index Text.Blocks and Text.Sentences.
	Block, Sentence int32
	// Currency is the currency sign written right before a number ($120),
	// or 0: a rune, each sign the tokenizer knows being below U+10000.
	Currency uint16
	Kind     TokenKind
	// marks are the token's Joined, Link, Plus and Quoted bits and the
	// own bits saying which of its strings are in Text.strs at str rather
	// than being the source's bytes [Start, End). Bits keep the token at
	// 32 bytes.
	marks uint8
	str   uint32
}

// Bits of Token.marks.
const (
	markJoined uint8 = 1 << iota
	markLink
	markPlus
	markQuoted
	ownText // the text is not the source's bytes (a replacement inside it)
	ownNorm // the normal form differs from the text
)

// Joined reports whether t is glued to the previous token by a hyphen
// ("in" and "class" in best-in-class): the compound counts as one word.
func (t *Token) Joined() bool { return t.marks&markJoined != 0 }

// Link reports whether t is inside link text.
func (t *Token) Link() bool { return t.marks&markLink != 0 }

// Plus reports whether t is a number written right before a plus sign
// (10,000+).
func (t *Token) Plus() bool { return t.marks&markPlus != 0 }

// Quoted reports whether t is a word between double quotes: a phrase the
// writer mentions ("Ends at midnight" is the load-bearing wall) rather
// than uses.
func (t *Token) Quoted() bool { return t.marks&markQuoted != 0 }

// Has reports whether the token's word has every fact in f.
func (t *Token) Has(f Fact) bool { return t.flags&f == f }

// IsWord reports whether t is a word or number (not punctuation).
func (t *Token) IsWord() bool { return t.Kind != Punct }

// Sentence is a half-open range of tokens within one block.
type Sentence struct {
	Tok0, Tok1 int
	Block      int
	// Words and Syllables count the sentence's words (a hyphenated
	// compound is one word) and their estimated syllables.
	Words, Syllables int
}

// Unit is a paragraph-level group of blocks.
type Unit struct {
	Kind       BlockKind
	Blk0, Blk1 int
	Tok0, Tok1 int
	Words      int
}

// Span returns the source range from the first to the last token of a
// half-open token range, or ok=false when the range holds no token.
func (t *Text) Span(tok0, tok1 int) (start, end int, ok bool) {
	if tok0 >= tok1 {
		return 0, 0, false
	}
	return int(t.Tokens[tok0].Start), int(t.Tokens[tok1-1].End), true
}

// PhraseText joins tokens as they read, without trailing punctuation.
func (t *Text) PhraseText(toks []Token) string {
	if n := len(toks); n > 0 && toks[n-1].Kind == Punct {
		toks = toks[:n-1]
	}
	return t.TokensText(toks)
}

// TokensText joins tokens as they read in plain text, without Markdown:
// words with single spaces, punctuation attached, joined words with their
// hyphen, and the currency signs and plus signs the tokenizer keeps apart
// ("$120", "10,000+").
func (t *Text) TokensText(toks []Token) string {
	var b strings.Builder
	for i, tk := range toks {
		if i > 0 && tk.Kind != Punct && !tk.Joined() {
			b.WriteByte(' ')
		}
		if tk.Joined() {
			b.WriteByte('-')
		}
		if tk.Currency != 0 {
			b.WriteRune(rune(tk.Currency))
		}
		b.WriteString(t.Word(&tk))
		if tk.Plus() {
			b.WriteByte('+')
		}
	}
	return b.String()
}

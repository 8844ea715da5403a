package lint

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A paragraph's soft line breaks are spaces to the reader of the rendered
// page, and most are only the writer's wrapping: hard-wrapped Markdown
// continues a sentence on the next line. But copy is also written a line
// at a time: a sign-off under the last sentence, an address, a column of
// event details typed without list markers, "Register here" above a link.
// Such a line ends without sentence punctuation, and gluing it to the
// next line makes one long sentence of two thoughts. This file decides,
// from the source lines the tokens sit on, which line breaks end a
// sentence; splitSentences asks it at each line a token starts.

// srcLine is a source line of a block, from the line of the block's
// first token to the line of its last.
type srcLine struct {
	// tok is the index in Text.Tokens of the line's first token.
	tok int
	// start is the offset of the line's first non-blank byte. width is
	// the line's length in runes from there to its last non-blank byte,
	// markup included (what a wrapping editor measured), or -1 for the
	// block's last line, whose end is not read. first is the length of
	// the line's first run of non-blanks (the word a wrapping editor
	// would have moved up, had it fitted).
	start, width, first int
	// lead is what comes before tok on the line.
	lead lineLead
	// symbolEnd says the line before ends with a symbol (an emoji) after
	// its last token; hard, that it ends with a hard line break (a
	// backslash or two spaces), which the writer typed on purpose.
	symbolEnd, hard bool
}

// lineLead says what starts a line before its first token.
type lineLead uint8

const (
	leadMarkup  lineLead = iota // nothing, or emphasis, a quote mark, a link's bracket, a tag
	leadSymbol                  // an emoji or a typed bullet
	leadSkipped                 // copy the linter does not read: code, an image, a bare URL
	leadLine                    // a whole line of such copy stands before the token's line
)

// maxLineScan caps the bytes read to measure a line: a line longer than
// it is long enough for every test here, and the cap keeps a long table
// row's cells from each reading the whole row.
const maxLineScan = 512

// scanLines sets lines to the source lines of the block whose tokens are
// toks[from:], or to none when the block is on one line. The work is
// linear in the source between the tokens.
func scanLines(src string, toks []Token, from int, lines []srcLine) []srcLine {
	lines = lines[:0]
	if from >= len(toks) || strings.IndexByte(src[toks[from].Start:toks[len(toks)-1].End], '\n') < 0 {
		// Every gap lies in the block's span: a block on one line (most
		// paragraphs, every heading and cell) is told in one search.
		return lines
	}
	for k := from + 1; k < len(toks); k++ {
		prevEnd, start := int(toks[k-1].End), int(toks[k].Start)
		if start <= prevEnd || start == prevEnd+1 && src[prevEnd] != '\n' {
			// Most gaps are one space: told apart without a call.
			continue
		}
		gap := src[prevEnd:start]
		nl := strings.IndexByte(gap, '\n')
		if nl < 0 {
			continue
		}
		if len(lines) == 0 {
			first := lineStart(src, int(toks[from].Start))
			lines = append(lines, srcLine{tok: from, start: first, first: firstRun(src, first)})
		}
		prev := &lines[len(lines)-1]
		prev.width = lineWidth(src, prev.start, prevEnd+nl)
		last := strings.LastIndexByte(gap, '\n')
		lead := strings.TrimLeft(gap[last+1:], " \t")
		tail := strings.TrimRight(gap[:nl], "\r")
		l := srcLine{tok: k, start: start - len(lead), width: -1, lead: classifyLead(lead), symbolEnd: endsWithSymbol(tail),
			hard: strings.HasSuffix(tail, "\\") || strings.HasSuffix(tail, "  ")}
		if last != nl && strings.TrimSpace(gap[nl+1:last]) != "" {
			l.lead = leadLine
		}
		l.first = firstRun(src, l.start)
		lines = append(lines, l)
	}
	return lines
}

// lineStart returns the offset of the first non-blank byte of the line
// holding offset at, reading back at most maxLineScan bytes.
func lineStart(src string, at int) int {
	from := max(0, at-maxLineScan)
	i := strings.LastIndexByte(src[from:at], '\n') + 1 + from
	if i == from && from > 0 {
		return from
	}
	for i < at && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	return i
}

// lineWidth is the width in runes of src[from:to] without trailing blanks
// and carriage returns, counting at most maxLineScan bytes.
func lineWidth(src string, from, to int) int {
	for to > from && (src[to-1] == ' ' || src[to-1] == '\t' || src[to-1] == '\r') {
		to--
	}
	if to-from > maxLineScan {
		return maxLineScan
	}
	return utf8.RuneCountInString(src[from:to])
}

// firstRun is the width in runes of the run of non-blanks at src[from:].
func firstRun(src string, from int) int {
	n := 0
	for _, r := range src[from:min(len(src), from+maxLineScan)] {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
			break
		}
		n++
	}
	return n
}

// classifyLead says what the text before a line's first token is.
func classifyLead(lead string) lineLead {
	for i := 0; i < len(lead); {
		r, n := utf8.DecodeRuneInString(lead[i:])
		switch {
		case r == '<':
			// An inline tag is markup; an autolink is a URL.
			end := strings.IndexByte(lead[i:], '>')
			if end < 0 || strings.Contains(lead[i:i+end], ":") {
				return leadSkipped
			}
			i += end + 1
			continue
		case strings.ContainsRune("*_[(~\"'“‘«$£€", r):
		case isLineSymbol(r):
			return leadSymbol
		default:
			return leadSkipped
		}
		i += n
	}
	return leadMarkup
}

// isLineSymbol reports whether r, starting or ending a line, marks the
// line as a unit of its own: an emoji or pictograph, or a typed bullet.
func isLineSymbol(r rune) bool {
	return unicode.Is(unicode.So, r) || r == '•' || r == '▪' || r == '►' || r == '→'
}

// endsWithSymbol reports whether the text after a line's last token (up
// to the line break) holds a symbol such as an emoji.
func endsWithSymbol(tail string) bool {
	for _, r := range tail {
		if isLineSymbol(r) {
			return true
		}
	}
	return false
}

// lineBreaks holds what splitSentences asks of a block's lines.
type lineBreaks struct {
	lines []srcLine
	// wrap is the width the block looks wrapped at: its widest line but
	// the last, when it has three lines or more (a line before the last
	// is as wide as the wrapping allowed), else 0 (unknown).
	wrap int
	// open says the block does not end with a sentence's punctuation:
	// lines of details, a sign-off, an address, rather than prose.
	open bool
}

// newLineBreaks reads the lines of the block whose tokens are
// toks[from:], reusing scratch.
func newLineBreaks(tx *Text, toks []Token, from int, scratch []srcLine) lineBreaks {
	lb := lineBreaks{lines: scanLines(tx.src, toks, from, scratch)}
	if len(lb.lines) == 0 {
		return lb
	}
	if n := len(lb.lines); n >= 3 {
		for _, l := range lb.lines[:n-1] {
			lb.wrap = max(lb.wrap, l.width)
		}
	}
	last := &toks[len(toks)-1]
	lb.open = last.Kind != Punct || !endsSentence(tx.Word(last)) && tx.Word(last) != ":"
	return lb
}

// endsSentence reports whether punctuation w may end a sentence.
func endsSentence(w string) bool {
	return w[0] == '.' || w[0] == '?' || w[0] == '!' || w == "…"
}

// breaks reports whether the line break before lines[i] (i ≥ 1) ends a
// sentence. The line before must end without punctuation (a sentence's
// punctuation is splitSentences' own test; a comma or semicolon goes
// on) or with a colon, and not on a word that leaves its phrase open
// ("the", "to", "and"). Then the break ends the sentence when the next
// line starts with an emoji or bullet, after a line of a bare URL, or is
// a link on its own; or, when it starts with a capital or a number, and
// the line before ends with a colon, an emoji or a hard line break, or
// the block is lines of details (see open) or a column of short lines,
// or the break is short of the block's wrapping width by more than the
// next line's first word and wrapSlack (no editor wrapped it there, nor
// a writer wrapping by eye), or the line before is a short heading-like
// line, or the next line starts with a label. A proper noun on a wrapped
// line ("we met\nJohn at the fair.") passes none of these.
func (lb *lineBreaks) breaks(tx *Text, toks []Token, i int) bool {
	l, prevLine := &lb.lines[i], &lb.lines[i-1]
	p, n := &toks[l.tok-1], &toks[l.tok]
	if p.Kind == Punct {
		if tx.Word(p) != ":" {
			return false
		}
	} else if p.Kind == Word && leavesOpen(tx.Norm(p)) {
		return false
	}
	switch l.lead {
	case leadSymbol, leadLine:
		return true
	case leadSkipped:
		return false
	}
	end := len(toks)
	if i+1 < len(lb.lines) {
		end = lb.lines[i+1].tok
	}
	if linkLine(toks[l.tok:end]) {
		return true
	}
	if !startsCapital(tx, n) {
		return false
	}
	switch {
	case p.Kind == Punct, l.symbolEnd, l.hard, lb.open:
		return true
	case lb.wrap > 0 && (lb.wrap <= shortColumn || prevLine.width+1+l.first+wrapSlack <= lb.wrap):
		return true
	}
	return headingLike(tx, toks[prevLine.tok:l.tok]) || labelled(tx, toks[l.tok:end])
}

// shortColumn is the widest a block's lines (but the last) may be for
// the block to be a column of short lines, as a poem, an address or a
// sign-off is, rather than prose wrapped at an editor's width (60 to 100
// characters).
const shortColumn = 40

// linkLine reports whether a line's tokens are one link's text (and
// punctuation).
func linkLine(line []Token) bool {
	if !line[0].Link() {
		return false
	}
	for i := range line {
		if !line[i].Link() && line[i].Kind != Punct {
			return false
		}
	}
	return true
}

// startsCapital reports whether tk, starting a line, starts it as a
// sentence would: a capitalised word other than "I", or a number.
func startsCapital(tx *Text, tk *Token) bool {
	if tk.Kind == Number {
		return true
	}
	if tk.Kind != Word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(tx.Word(tk))
	norm := tx.Norm(tk)
	return unicode.IsUpper(r) && norm != "i" && !strings.HasPrefix(norm, "i'")
}

// headingLike reports whether a line is a few words in title case or
// numbers, as a heading, a date or a name is: capitalised words, and
// after the first, the small words title case leaves in lower case. A
// line of prose wrapped at an editor's width holds twice as many words
// as headingWords.
func headingLike(tx *Text, line []Token) bool {
	words := 0
	for i := range line {
		tk := &line[i]
		switch tk.Kind {
		case Punct:
			continue
		case Word:
			if r, _ := utf8.DecodeRuneInString(tx.Word(tk)); !unicode.IsUpper(r) && (words == 0 || !leavesOpen(tx.Norm(tk))) {
				return false
			}
		}
		if !tk.Joined() {
			words++
		}
	}
	return words > 0 && words <= headingWords
}

// headingWords is the most words a heading-like line has (a numbered
// heading's number counts).
const headingWords = 6

// labelled reports whether a line starts with a label: one to three
// capitalised words and a colon ("Location:", "DRESS CODE:"), as the
// lines of a block of details do.
func labelled(tx *Text, line []Token) bool {
	for i := range min(len(line), 4) {
		tk := &line[i]
		if tk.Kind == Punct {
			return i > 0 && tx.Word(tk) == ":"
		}
		if r, _ := utf8.DecodeRuneInString(tx.Word(tk)); tk.Kind != Word || !unicode.IsUpper(r) {
			return false
		}
	}
	return false
}

// leavesOpen reports whether a word ending a line leaves its phrase open,
// so that the next line goes on with it: an article, a possessive, a
// preposition, a conjunction or an auxiliary verb.
func leavesOpen(norm string) bool {
	switch norm {
	case "a", "an", "the", "our", "your", "my", "their", "his", "its", "whose",
		"to", "of", "with", "from", "by", "into", "onto", "via", "per", "at", "for", "as", "than",
		"about", "between", "among", "through", "during", "without", "within", "across",
		"and", "or", "nor", "but", "that", "if", "because", "while", "who", "which",
		"is", "are", "was", "were", "be", "been", "will", "would", "can", "could", "should", "must", "shall":
		return true
	}
	return false
}

// wrapSlack is the room a line must have left for the next line's first
// word before the break counts as the writer's: a writer wrapping by eye
// breaks a little early now and then.
const wrapSlack = 10

// Package lex reads the plain markup gen renders as email, tags with
// quoted attributes, comments, a doctype, text and <style> and <title>
// text, as html.Tokenizer reads it, in a few scans of the bytes rather
// than a byte at a time through a copy. It reads nothing else: for any
// other document Lex says so before its caller has seen a token, and the
// caller uses html.Tokenizer. A Lexer has the Tokenizer's methods that the
// inliner and the checker call, so each reads with either through the
// same code; FuzzLexer compares the two.
package lex

import (
	"bytes"
	"html"
	"io"
	"sync"

	xhtml "golang.org/x/net/html"
)

// Tokens is what the inliner and the checker call of html.Tokenizer: a
// *Lexer and an *html.Tokenizer are both Tokens, so each caller reads a
// document through one loop with whichever fits it.
type Tokens interface {
	Next() xhtml.TokenType
	Raw() []byte
	Text() []byte
	TagName() (name []byte, hasAttr bool)
	TagAttr() (key, val []byte, moreAttr bool)
	Err() error
}

var (
	_ Tokens = (*Lexer)(nil)
	_ Tokens = (*xhtml.Tokenizer)(nil)
)

// lexToken is one token of a document read by Lex: its raw bytes are
// doc[start:end].
type lexToken struct {
	tt         xhtml.TokenType
	start, end int
	// name is a tag's name in doc, or a comment's or doctype's text.
	name [2]int
	// attrs is a start tag's attributes, Lexer.attrs[attrs[0]:attrs[1]].
	attrs [2]int
	// raw is set on the text of a <style>, which Text returns as it is.
	raw bool
}

// lexAttr is an attribute's key and value in doc; escaped is set when the
// value holds character references, which TagAttr decodes.
type lexAttr struct {
	key, val [2]int
	escaped  bool
}

// Lexer reads a document's tokens. Its zero value is ready for Lex;
// lexing a document reuses the memory of the last one's tokens.
type Lexer struct {
	doc   []byte
	toks  []lexToken
	attrs []lexAttr
	// cur is the index of the token Next last returned (-1 before the
	// first), done is set once Next has returned the last, and attr is
	// the next attribute TagAttr returns.
	cur, attr int
	done      bool
	// The lower-cased name, key and unescaped value last returned.
	name, key, val []byte
}

// pool holds lexers' memory for the next document, for every reader of
// email markup.
var pool = sync.Pool{New: func() any { return new(Lexer) }}

// Get returns a Lexer from the pool; Put gives it back.
func Get() *Lexer { return pool.Get().(*Lexer) }

// Put gives lx back to the pool for another document, without the last
// one: a pooled Lexer keeps its tokens' memory, not the document.
func Put(lx *Lexer) {
	lx.doc, lx.name, lx.key, lx.val = nil, lx.name[:0], lx.key[:0], lx.val[:0]
	pool.Put(lx)
}

// OwnTag reports whether the start tag raw is most likely one message's
// own: an a, an img or a link, whose URLs carry the campaign or
// path. The minifier, which keeps what it writes for each start tag for
// the next message that repeats it, writes these afresh instead: kept,
// they would mostly fill its cache, and writing one costs less than a
// cache miss.
func OwnTag(raw []byte) bool {
	for _, name := range [...]string{"<a ", "<img ", "<link "} {
		if bytes.HasPrefix(raw, []byte(name)) {
			return true
		}
	}
	return false
}

// Lex reads doc, which must not change while the Lexer reads it, and
// reports whether it read it as html.Tokenizer does; if so, Next and the
// other methods give its tokens as a Tokenizer would. When ok is false,
// the caller reads doc with html.Tokenizer.
func (lx *Lexer) Lex(doc []byte) (ok bool) {
	lx.doc, lx.cur, lx.attr, lx.done = doc, -1, 0, false
	lx.toks, lx.attrs = lx.toks[:0], lx.attrs[:0]
	if !lx.lex(doc) {
		lx.toks = lx.toks[:0]
		return false
	}
	return true
}

func (lx *Lexer) lex(doc []byte) bool {
	// The tokenizer folds carriage returns and replaces NUL bytes in some
	// of what it returns.
	if bytes.IndexByte(doc, 0) >= 0 || bytes.IndexByte(doc, '\r') >= 0 {
		return false
	}
	p := 0
	for p < len(doc) {
		// Text runs up to a '<' that starts a tag, an end tag, a comment or
		// a doctype.
		q := p
		for {
			i := bytes.IndexByte(doc[q:], '<')
			if i < 0 {
				q = len(doc)
				break
			}
			q += i
			if q+1 < len(doc) && startsMarkup(doc[q+1]) {
				break
			}
			q++
		}
		if q > p {
			lx.toks = append(lx.toks, lexToken{tt: xhtml.TextToken, start: p, end: q})
		}
		if q == len(doc) {
			return true
		}
		var end int
		switch c := doc[q+1]; {
		case isLetter(c):
			end = lx.startTag(doc, q)
			if end > 0 {
				if end = lx.rawText(doc, end); end < 0 {
					return false
				}
			}
		case c == '/':
			end = lx.endTag(doc, q)
		case c == '!':
			end = lx.declaration(doc, q)
		default: // '?': a bogus comment
			return false
		}
		if end <= 0 {
			return false
		}
		p = end
	}
	return true
}

// startsMarkup reports whether '<' followed by c starts something other
// than text.
func startsMarkup(c byte) bool { return isLetter(c) || c == '/' || c == '!' || c == '?' }

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// isNameByte reports whether c may be in a tag's or an attribute's name as
// lex reads them: the tokenizer reads any byte up to white space, '/' or
// '>' (and '=' in an attribute), lex only these.
func isNameByte(c byte) bool {
	return isLetter(c) || '0' <= c && c <= '9' || c == '-' || c == '_' || c == ':' || c == '.'
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\f' }

// name returns the end of the name that starts at i.
func name(doc []byte, i int) int {
	for i < len(doc) && isNameByte(doc[i]) {
		i++
	}
	return i
}

// startTag reads the start tag at doc[q:] ("<" and a letter): its name,
// then attributes each after white space, a key and an optional value in
// quotes, then ">" or "/>", which makes it self-closing. It returns the
// tag's end, or 0.
func (lx *Lexer) startTag(doc []byte, q int) int {
	t := lexToken{tt: xhtml.StartTagToken, start: q}
	i := name(doc, q+1)
	t.name = [2]int{q + 1, i}
	t.attrs[0] = len(lx.attrs)
	for {
		if i >= len(doc) {
			return 0
		}
		switch doc[i] {
		case '>':
			t.end, t.attrs[1] = i+1, len(lx.attrs)
			lx.toks = append(lx.toks, t)
			return t.end
		case '/':
			if i+1 >= len(doc) || doc[i+1] != '>' {
				return 0
			}
			t.tt, t.end, t.attrs[1] = xhtml.SelfClosingTagToken, i+2, len(lx.attrs)
			lx.toks = append(lx.toks, t)
			return t.end
		}
		if !isSpace(doc[i]) {
			return 0
		}
		for i < len(doc) && isSpace(doc[i]) {
			i++
		}
		if i >= len(doc) || doc[i] == '>' || doc[i] == '/' {
			continue
		}
		k := name(doc, i)
		if k == i {
			return 0
		}
		a := lexAttr{key: [2]int{i, k}, val: [2]int{k, k}}
		i = k
		if i < len(doc) && doc[i] == '=' {
			if i+1 >= len(doc) || doc[i+1] != '"' && doc[i+1] != '\'' {
				return 0 // white space after '=', or no quotes
			}
			quote := doc[i+1]
			n := bytes.IndexByte(doc[i+2:], quote)
			if n < 0 {
				return 0
			}
			a.val = [2]int{i + 2, i + 2 + n}
			val := doc[a.val[0]:a.val[1]]
			if bytes.IndexByte(val, '&') >= 0 {
				if !plainReferences(val) {
					return 0
				}
				a.escaped = true
			}
			i = a.val[1] + 1
		}
		lx.attrs = append(lx.attrs, a)
	}
}

// plainReferences reports whether every '&' in an attribute value starts
// a numeric reference or one of a few named references with their ';':
// those decode alike in attribute values and in text, so
// html.UnescapeString decodes the value as TagAttr does. (Elsewhere the
// two differ: "&copy=" stays as it is in a value only.)
func plainReferences(val []byte) bool {
	for {
		i := bytes.IndexByte(val, '&')
		if i < 0 {
			return true
		}
		val = val[i+1:]
		if len(val) > 0 && val[0] == '#' {
			continue
		}
		known := false
		for _, ref := range [...]string{"amp;", "lt;", "gt;", "quot;", "apos;", "nbsp;"} {
			if bytes.HasPrefix(val, []byte(ref)) {
				known = true
				break
			}
		}
		if !known {
			return false
		}
	}
}

// rawText reads, after the start tag ending at p (the last token), the
// text of a <style> or <title>, which the tokenizer reads as text up to
// their end tag. It returns where the next token starts, or -1 for the
// other elements whose content the tokenizer reads as text (<script>'s
// rules are its own).
func (lx *Lexer) rawText(doc []byte, p int) int {
	t := lx.toks[len(lx.toks)-1]
	tag := doc[t.name[0]:t.name[1]]
	var raw string
	switch {
	case equalFold(tag, "style"):
		raw = "style"
	case equalFold(tag, "title"):
		raw = "title"
	case isRawTag(tag):
		return -1
	default:
		return p
	}
	for i := p; ; {
		n := bytes.Index(doc[i:], []byte("</"))
		if n < 0 {
			return -1 // text up to the end of doc: leave it to the tokenizer
		}
		i += n
		e := i + 2 + len(raw)
		if e < len(doc) && equalFold(doc[i+2:e], raw) && (isSpace(doc[e]) || doc[e] == '/' || doc[e] == '>') {
			if i > p {
				lx.toks = append(lx.toks, lexToken{tt: xhtml.TextToken, start: p, end: i, raw: raw == "style"})
			}
			return i
		}
		i += 2
	}
}

// isRawTag reports whether the tokenizer reads what follows a start tag
// named tag as text.
func isRawTag(tag []byte) bool {
	for _, s := range [...]string{"iframe", "noembed", "noframes", "noscript", "plaintext", "script", "style", "textarea", "title", "xmp"} {
		if equalFold(tag, s) {
			return true
		}
	}
	return false
}

// endTag reads the end tag at doc[q:] ("</"): a name and ">", nothing
// else. It returns the tag's end, or 0.
func (lx *Lexer) endTag(doc []byte, q int) int {
	if q+2 >= len(doc) || !isLetter(doc[q+2]) {
		return 0 // "</>" or a bogus comment
	}
	i := name(doc, q+2)
	if i >= len(doc) || doc[i] != '>' {
		return 0
	}
	lx.toks = append(lx.toks, lexToken{tt: xhtml.EndTagToken, start: q, end: i + 1, name: [2]int{q + 2, i}})
	return i + 1
}

// declaration reads the comment or doctype at doc[q:] ("<!"). A comment
// ends at its first "-->"; one that starts with ">" or "->" or holds
// "--!>" ends elsewhere for the tokenizer, and lex leaves it to it, as it
// does a comment with no end. A doctype ends at the first ">". It returns
// the token's end, or 0.
func (lx *Lexer) declaration(doc []byte, q int) int {
	rest := doc[q+2:]
	if bytes.HasPrefix(rest, []byte("--")) {
		text := rest[2:]
		n := bytes.Index(text, []byte("-->"))
		if n < 0 || bytes.HasPrefix(text, []byte(">")) || bytes.HasPrefix(text, []byte("->")) ||
			bytes.Contains(text[:n], []byte("--!>")) {
			return 0
		}
		start := q + 4
		end := start + n + 3
		lx.toks = append(lx.toks, lexToken{tt: xhtml.CommentToken, start: q, end: end, name: [2]int{start, start + n}})
		return end
	}
	if len(rest) < len("doctype") || !equalFold(rest[:len("doctype")], "doctype") {
		return 0 // a bogus comment
	}
	n := bytes.IndexByte(rest, '>')
	if n < 0 {
		return 0
	}
	end := q + 2 + n + 1
	// Its text follows the white space after "doctype".
	text := q + 2 + len("doctype")
	for isSpace(doc[text]) {
		text++
	}
	lx.toks = append(lx.toks, lexToken{tt: xhtml.DoctypeToken, start: q, end: end, name: [2]int{text, end - 1}})
	return end
}

// equalFold reports whether b is s, a lower-case ASCII word, in any case
// of its ASCII letters, as the tokenizer compares tag names.
func equalFold(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i := range b {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[i] {
			return false
		}
	}
	return true
}

// Rewind has Next start again from the first token of the document Lex
// last read, for a second reader of it; Lex must have returned true.
func (lx *Lexer) Rewind() { lx.cur, lx.attr, lx.done = -1, 0, false }

// Next scans the next token and returns its type: ErrorToken, with Err
// io.EOF, after the last.
func (lx *Lexer) Next() xhtml.TokenType {
	lx.attr = 0
	if lx.done || lx.cur+1 >= len(lx.toks) {
		lx.done = true
		return xhtml.ErrorToken
	}
	lx.cur++
	return lx.toks[lx.cur].tt
}

// token is the token Next last returned, or nil.
func (lx *Lexer) token() *lexToken {
	if lx.done || lx.cur < 0 {
		return nil
	}
	return &lx.toks[lx.cur]
}

// Err is io.EOF once Next has returned ErrorToken.
func (lx *Lexer) Err() error {
	if lx.done {
		return io.EOF
	}
	return nil
}

// Raw returns the current token's bytes in the document.
func (lx *Lexer) Raw() []byte {
	t := lx.token()
	if t == nil {
		return nil
	}
	return lx.doc[t.start:t.end]
}

// Text returns the text of a text, comment or doctype token with its
// character references decoded, except in a <style>, as Tokenizer's
// Text does.
func (lx *Lexer) Text() []byte {
	t := lx.token()
	if t == nil {
		return nil
	}
	var s []byte
	switch t.tt {
	case xhtml.TextToken:
		s = lx.doc[t.start:t.end]
		if t.raw {
			return s
		}
	case xhtml.CommentToken, xhtml.DoctypeToken:
		s = lx.doc[t.name[0]:t.name[1]]
	default:
		return nil
	}
	if bytes.IndexByte(s, '&') < 0 {
		return s
	}
	lx.val = append(lx.val[:0], html.UnescapeString(string(s))...)
	return lx.val
}

// TagName returns a tag's lower-cased name and whether a start tag has
// attributes for TagAttr.
func (lx *Lexer) TagName() (name []byte, hasAttr bool) {
	t := lx.token()
	if t == nil {
		return nil, false
	}
	switch t.tt {
	case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
		hasAttr = t.attrs[1] > t.attrs[0]
	case xhtml.EndTagToken:
	default:
		return nil, false
	}
	name, lx.name = lower(lx.name, lx.doc[t.name[0]:t.name[1]])
	return name, hasAttr
}

// TagAttr returns the next attribute of a start tag, its key lower-cased
// and its value unescaped, and whether more follow.
func (lx *Lexer) TagAttr() (key, val []byte, moreAttr bool) {
	t := lx.token()
	if t == nil || t.tt != xhtml.StartTagToken && t.tt != xhtml.SelfClosingTagToken {
		return nil, nil, false
	}
	i := t.attrs[0] + lx.attr
	if i >= t.attrs[1] {
		return nil, nil, false
	}
	lx.attr++
	a := &lx.attrs[i]
	key, lx.key = lower(lx.key, lx.doc[a.key[0]:a.key[1]])
	val = lx.doc[a.val[0]:a.val[1]]
	if a.escaped {
		lx.val = append(lx.val[:0], html.UnescapeString(string(val))...)
		val = lx.val
	}
	return key, val, i+1 < t.attrs[1]
}

// lower returns name with its ASCII letters lower-cased, as the tokenizer
// returns names: name itself when it has no upper-case letter, else a
// copy in buf, which it returns for the next call (never name, which is
// the document's).
func lower(buf, name []byte) (lowered, next []byte) {
	for _, c := range name {
		if 'A' <= c && c <= 'Z' {
			buf = append(buf[:0], name...)
			for i, c := range buf {
				if 'A' <= c && c <= 'Z' {
					buf[i] = c + 'a' - 'A'
				}
			}
			return buf, buf
		}
	}
	return name, buf
}

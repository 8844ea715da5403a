package check

import (
	"bytes"

	"golang.org/x/net/html"
)

// The checker reads every message gen renders, and html.Tokenizer, which
// copies the document into its own buffer and reads it a byte at a time,
// was most of its cost. A rendered message is plain markup: tags with
// quoted attributes, comments, a doctype, text, and <style> and <title>
// text. lex reads such a document in a few scans of the bytes and gives
// the tokens html.Tokenizer would give, with the same raw bytes, names and
// attribute values; for anything it does not know to read exactly as
// html.Tokenizer does it gives up before the checker has seen a token, and
// the checker uses html.Tokenizer (see scan). FuzzLex compares the two.

// lexToken is one token of a document read by lex: its raw bytes are
// doc[start:end].
type lexToken struct {
	tt         html.TokenType
	start, end int
	// name is a tag's name in doc, or a comment's text.
	name [2]int
	// attrs is a start tag's attributes, lexer.attrs[attrs[0]:attrs[1]].
	attrs [2]int
}

// lexAttr is an attribute's key and value in doc; escaped is set when the
// value holds character references, which TagAttr decodes.
type lexAttr struct {
	key, val [2]int
	escaped  bool
}

// lexer holds the tokens and attributes of the last document lexed, for
// the next document to reuse.
type lexer struct {
	toks  []lexToken
	attrs []lexAttr
}

// lex reads doc into lx.toks; ok is false when doc holds anything outside
// what lex reads exactly as html.Tokenizer does, and lx.toks must not be
// used then.
func (lx *lexer) lex(doc []byte) (ok bool) {
	lx.toks, lx.attrs = lx.toks[:0], lx.attrs[:0]
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
			lx.toks = append(lx.toks, lexToken{tt: html.TextToken, start: p, end: q})
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
func (lx *lexer) startTag(doc []byte, q int) int {
	t := lexToken{tt: html.StartTagToken, start: q}
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
			t.tt, t.end, t.attrs[1] = html.SelfClosingTagToken, i+2, len(lx.attrs)
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
func (lx *lexer) rawText(doc []byte, p int) int {
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
				lx.toks = append(lx.toks, lexToken{tt: html.TextToken, start: p, end: i})
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
func (lx *lexer) endTag(doc []byte, q int) int {
	if q+2 >= len(doc) || !isLetter(doc[q+2]) {
		return 0 // "</>" or a bogus comment
	}
	i := name(doc, q+2)
	if i >= len(doc) || doc[i] != '>' {
		return 0
	}
	lx.toks = append(lx.toks, lexToken{tt: html.EndTagToken, start: q, end: i + 1, name: [2]int{q + 2, i}})
	return i + 1
}

// declaration reads the comment or doctype at doc[q:] ("<!"). A comment
// ends at its first "-->"; one that starts with ">" or "->" or holds
// "--!>" ends elsewhere for the tokenizer, and lex leaves it to it, as it
// does a comment with no end. A doctype ends at the first ">". It returns
// the token's end, or 0.
func (lx *lexer) declaration(doc []byte, q int) int {
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
		lx.toks = append(lx.toks, lexToken{tt: html.CommentToken, start: q, end: end, name: [2]int{start, start + n}})
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
	lx.toks = append(lx.toks, lexToken{tt: html.DoctypeToken, start: q, end: end})
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

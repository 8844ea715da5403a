package output

import (
	"bytes"

	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/parse/v2"
	parsehtml "github.com/tdewolff/parse/v2/html"
)

// This file holds the one copy, outside the HTML minifier itself, of what
// that minifier (as NewMinifier configures it) writes for a plain HTML
// fragment: the markup gen's Markdown renderer writes, with a short list of
// tags and attributes, double-quoted values and no comments, raw text or
// foreign content. minifyFragment writes that fragment minified directly,
// at a fraction of the minifier's cost, and refuses anything it does not
// know, for the caller to minify the whole page instead. Each rule below
// mirrors a rule of tdewolff/minify's html.Minifier; the text and
// attribute rewriting calls the minifier's own functions and tables.

// tagTraits are the minifier's traits of the tags a fragment may hold.
type tagTraits uint8

const (
	// phrasingTag: an empty element of it keeps the space after it
	// (the minifier's "normalTag").
	phrasingTag tagTraits = 1 << iota
	// blockTag: spaces around it are dropped.
	blockTag
	// objectTag: the space after it is kept.
	objectTag
	// otherTag: none of those (a, del: the minifier's "keepPTag" only).
	otherTag
)

// fragmentTags are the tags a fragment may hold, with the minifier's
// traits for each. Raw text tags (script, style, textarea, title, iframe),
// foreign content (svg, math) and tags the minifier drops or rewrites
// (colgroup, option, select, html, head, body, template) are absent: a
// fragment holding them is refused.
var fragmentTags = map[string]tagTraits{
	"a": otherTag, "del": otherTag,
	"abbr": phrasingTag, "b": phrasingTag, "cite": phrasingTag, "code": phrasingTag,
	"em": phrasingTag, "i": phrasingTag, "kbd": phrasingTag, "mark": phrasingTag,
	"span": phrasingTag, "strong": phrasingTag, "sub": phrasingTag, "sup": phrasingTag,
	"blockquote": blockTag, "br": blockTag, "dd": blockTag, "details": blockTag,
	"div": blockTag, "dl": blockTag, "dt": blockTag, "figcaption": blockTag,
	"figure": blockTag, "h1": blockTag, "h2": blockTag, "h3": blockTag, "h4": blockTag,
	"h5": blockTag, "h6": blockTag, "hr": blockTag, "li": blockTag, "ol": blockTag,
	"p": blockTag, "pre": blockTag, "section": blockTag, "summary": blockTag,
	"table": blockTag, "tbody": blockTag, "td": blockTag, "th": blockTag,
	"thead": blockTag, "tr": blockTag, "ul": blockTag,
	"img": objectTag, "input": objectTag,
}

// attrKind is how the minifier rewrites an attribute's value.
type attrKind uint8

const (
	plainAttr   attrKind = iota // references decoded
	trimAttr                    // references decoded, spaces collapsed and trimmed
	urlAttr                     // references decoded, trimmed, scheme lowercased
	booleanAttr                 // written without its value
	styleAttr                   // CSS: only the values in fragmentStyles
	emptyIDAttr                 // as plainAttr, and left out when empty
	emptyClass                  // as trimAttr, and left out when empty
)

// fragmentAttrs are the attributes a fragment may hold. Event handlers,
// name (which the minifier drops from an a with the same id) and value
// (which it drops from some inputs) are absent.
var fragmentAttrs = map[string]attrKind{
	"id": emptyIDAttr, "class": emptyClass,
	"href": urlAttr, "src": urlAttr,
	"alt": plainAttr, "title": plainAttr, "aria-label": plainAttr, "role": plainAttr,
	"align": plainAttr,
	"start": trimAttr, "tabindex": trimAttr, "width": trimAttr, "height": trimAttr,
	"loading": trimAttr, "decoding": trimAttr, "rel": trimAttr, "target": trimAttr,
	"checked": booleanAttr, "disabled": booleanAttr,
	"style": styleAttr,
	"type":  trimAttr, // on input only: see skipAttributes
}

// fragmentStyles are the style values a fragment may hold, the table
// cells' alignments, each of which the CSS minifier leaves as it is.
var fragmentStyles = map[string]bool{
	"text-align:left": true, "text-align:center": true, "text-align:right": true,
}

// fragmentToken is a tag or a text run of a fragment.
type fragmentToken struct {
	kind       tokenKind
	start, end int // the token's bytes
	name       string
	traits     tagTraits
}

type tokenKind uint8

const (
	textToken tokenKind = iota
	startTagToken
	endTagToken
	// omittedToken is the comment the renderer writes in place of raw
	// HTML it leaves out; the minifier drops it.
	omittedToken
)

var omittedComment = []byte("<!-- raw HTML omitted -->")

// fragmentMinifier minifies fragments; its buffers are reused.
type fragmentMinifier struct {
	tokens  []fragmentToken
	scratch []byte
	attrBuf []byte
}

// minify appends fragment b minified to dst, as the HTML minifier writes
// it within a page, and reports whether it could. It refuses (false) a b
// that does not start with a block start tag and end with a block tag,
// that leaves a pre open, or that holds anything it does not know. For
// such a b, the minifier's work inside b depends on nothing before or
// after it, and its work on the page around b depends only on b's first
// token being a block tag and on the state b leaves (spaces dropped
// next, outside pre), the same for every such fragment.
func (fm *fragmentMinifier) minify(dst, b []byte) ([]byte, bool) {
	if !fm.tokenize(b) {
		return dst, false
	}
	toks := fm.tokens
	if len(toks) == 0 || toks[0].kind != startTagToken || toks[0].traits != blockTag ||
		toks[len(toks)-1].kind == textToken || toks[len(toks)-1].traits != blockTag {
		return dst, false
	}
	// Most bodies hold no text to rewrite: one look over all of b, with
	// the processor's vector instructions, spares a look at each text.
	mayRewrite := mayNeedRewrite(b)
	omitSpace, inPre := true, false
	for i, t := range toks {
		switch t.kind {
		case textToken:
			if inPre {
				dst = append(dst, b[t.start:t.end]...)
				continue
			}
			text := b[t.start:t.end]
			if mayRewrite && needsRewrite(text) {
				fm.scratch = append(fm.scratch[:0], text...)
				text = parse.ReplaceMultipleWhitespaceAndEntities(fm.scratch, html.EntitiesMap, html.TextRevEntitiesMap)
			}
			if omitSpace && parse.IsWhitespace(text[0]) {
				text = text[1:]
			}
			omitSpace = false
			if len(text) == 0 {
				omitSpace = true
			} else if parse.IsWhitespace(text[len(text)-1]) {
				omitSpace = true
				trim, known := spaceBeforeBlock(toks, b, i)
				if !known {
					return dst, false
				}
				if trim {
					text = text[:len(text)-1]
					omitSpace = false
				}
			}
			dst = append(dst, text...)
		case omittedToken:
			// Dropped, and the minifier's state stays as it was.
		case endTagToken:
			if t.name == "pre" {
				inPre = false
			}
			omitSpace = spaceAfterTag(t.traits, omitSpace)
			dst = append(dst, b[t.start:t.end]...)
		case startTagToken:
			if t.name == "pre" {
				inPre = true
			}
			omitSpace = spaceAfterTag(t.traits, omitSpace)
			var ok bool
			if dst, ok = fm.startTag(dst, b[t.start:t.end], t.name); !ok {
				return dst, false
			}
			// The minifier keeps the space after an empty phrasing
			// element, as for an icon's <i></i>.
			if t.traits == phrasingTag && i+1 < len(toks) && toks[i+1].kind == endTagToken && toks[i+1].name == t.name {
				omitSpace = false
			}
		}
	}
	return dst, !inPre
}

// spaceAfterTag is whether the space after a tag of traits is dropped,
// given whether it was before.
func spaceAfterTag(traits tagTraits, omitSpace bool) bool {
	switch traits {
	case objectTag:
		return false
	case blockTag:
		return true
	}
	return omitSpace
}

// spaceBeforeBlock reports whether the minifier drops the trailing space
// of text token i, looking ahead as it does: past end tags that are not
// block tags and past whitespace, up to the first text, start tag or
// block tag. known is false if that look-ahead would leave the fragment.
func spaceBeforeBlock(toks []fragmentToken, b []byte, i int) (trim, known bool) {
	for _, next := range toks[i+1:] {
		switch {
		case next.kind == textToken:
			if !parse.IsAllWhitespace(b[next.start:next.end]) {
				return false, true
			}
		case next.traits == blockTag:
			return true, true
		case next.kind == startTagToken:
			return false, true
		}
		// Past end tags that are not block tags, and comments.
	}
	return false, false
}

// needsRewrite reports whether the minifier would change text (outside
// pre) other than by trimming one space at its ends: whether it holds a
// reference, a run of whitespace, or whitespace other than a space or a
// newline.
func needsRewrite(text []byte) bool {
	// Without a branch per byte: text is most of a body's bytes, and its
	// spaces fall where no branch predictor can guess.
	var prev, found uint8
	for _, c := range text {
		class := textClass[c]
		found |= class&rewritten | class&prev&whitespace
		prev = class
	}
	return found != 0
}

// mayNeedRewrite reports whether needsRewrite may hold for some text in
// b: whether b holds a reference, a tab, a carriage return, a form feed,
// two spaces in a row or a newline beside a space or a newline.
func mayNeedRewrite(b []byte) bool {
	if bytes.IndexByte(b, '&') >= 0 || bytes.IndexByte(b, '\t') >= 0 || bytes.IndexByte(b, '\r') >= 0 ||
		bytes.IndexByte(b, '\f') >= 0 || bytes.Contains(b, []byte("  ")) {
		return true
	}
	for i := 0; ; i++ {
		n := bytes.IndexByte(b[i:], '\n')
		if n < 0 {
			return false
		}
		i += n
		if i > 0 && b[i-1] == ' ' || i+1 < len(b) && (b[i+1] == ' ' || b[i+1] == '\n') {
			return true
		}
	}
}

// textClass classes the bytes needsRewrite looks for.
var textClass = [256]uint8{
	' ': whitespace, '\n': whitespace,
	'\t': whitespace | rewritten, '\r': whitespace | rewritten, '\f': whitespace | rewritten,
	'&': rewritten,
}

const (
	whitespace = 1 << iota // two in a row become one
	rewritten              // rewritten wherever it is
)

// startTag appends start tag tag, named name and already tokenized,
// minified to dst: each attribute as the minifier writes it.
func (fm *fragmentMinifier) startTag(dst, tag []byte, name string) ([]byte, bool) {
	dst = append(dst, '<')
	dst = append(dst, name...)
	i := 1 + len(name)
	for tag[i] == ' ' && tag[i+1] != '/' {
		i++
		eq := i
		for tag[eq] != '=' {
			eq++
		}
		attr := tag[i:eq]
		end := eq + 2
		for tag[end] != '"' {
			end++
		}
		val := tag[eq+2 : end]
		i = end + 1
		kind := fragmentAttrs[string(attr)]
		if plainValue(val, kind) {
			// The value as it is, in its own quotes: nearly every
			// attribute the renderer writes.
			dst = append(dst, ' ')
			dst = append(dst, attr...)
			if kind != booleanAttr {
				dst = append(dst, '=', '"')
				dst = append(dst, val...)
				dst = append(dst, '"')
			}
			continue
		}
		val = append(fm.scratch[:0], val...)
		switch kind {
		case plainAttr, emptyIDAttr:
			val = parse.ReplaceEntities(val, html.EntitiesMap, nil)
		case trimAttr, emptyClass:
			val = parse.ReplaceMultipleWhitespaceAndEntities(val, html.EntitiesMap, nil)
			val = parse.TrimWhitespace(val)
		case urlAttr:
			val = parse.ReplaceEntities(val, html.EntitiesMap, nil)
			val = parse.TrimWhitespace(val)
			if 5 < len(val) {
				if parse.EqualFold(val[:5], []byte("data:")) {
					return dst, false // the minifier rewrites data URIs
				}
				if parse.EqualFold(val[:4], []byte("http")) {
					if val[4] == ':' {
						parse.ToLower(val[:4])
					} else if (val[4] == 's' || val[4] == 'S') && val[5] == ':' {
						parse.ToLower(val[:5])
					}
				}
			}
		case styleAttr:
			val = parse.ReplaceEntities(val, html.EntitiesMap, nil)
			if !fragmentStyles[string(val)] {
				return dst, false
			}
		}
		fm.scratch = val[:0]
		if len(val) == 0 && (kind == emptyIDAttr || kind == emptyClass) {
			continue
		}
		dst = append(dst, ' ')
		dst = append(dst, attr...)
		if len(val) > 0 && kind != booleanAttr {
			dst = append(dst, '=')
			dst = append(dst, parsehtml.EscapeAttrVal(&fm.attrBuf, val, '"', true)...)
		}
	}
	return append(dst, '>'), true
}

// plainValue reports whether the minifier writes the value val of an
// attribute of kind as it is, in double quotes (or, for a boolean, not
// at all): it holds no reference (nor so a quote), nothing to trim or
// collapse, and is not empty (the minifier drops an empty id or class
// and writes an empty value without "="); a URL's scheme is not an
// uppercase "http" and the URL is not a data URI; a style is handled
// apart.
func plainValue(val []byte, kind attrKind) bool {
	if len(val) == 0 || bytes.IndexByte(val, '&') >= 0 {
		return false
	}
	switch kind {
	case plainAttr, emptyIDAttr, booleanAttr:
		return true
	case trimAttr, emptyClass:
		return !parse.IsWhitespace(val[0]) && !parse.IsWhitespace(val[len(val)-1]) && !needsRewrite(val)
	case urlAttr:
		if parse.IsWhitespace(val[0]) || parse.IsWhitespace(val[len(val)-1]) {
			return false
		}
		c := val[0] | 0x20 // lowercase, for letters
		return c != 'h' && c != 'd' || len(val) <= 5 ||
			bytes.HasPrefix(val, []byte("http:")) || bytes.HasPrefix(val, []byte("https:"))
	}
	return false
}

// tokenize splits b into fm.tokens and reports whether b is made only of
// text and of tags the fragment minifier knows, written as gen's Markdown
// renderer writes them: lowercase names, each attribute as name="value"
// after one space, and an optional " /" before the closing ">". Every
// '<' must open such a tag or the comment the renderer writes for raw
// HTML it omits: no other comments, no raw HTML the renderer passes on,
// no NUL (the minifier's lexer reads NUL as the end of its input).
func (fm *fragmentMinifier) tokenize(b []byte) bool {
	fm.tokens = fm.tokens[:0]
	if bytes.IndexByte(b, 0) >= 0 {
		return false
	}
	for i := 0; i < len(b); {
		if b[i] != '<' {
			n := bytes.IndexByte(b[i:], '<')
			if n < 0 {
				n = len(b) - i
			}
			fm.tokens = append(fm.tokens, fragmentToken{kind: textToken, start: i, end: i + n})
			i += n
			continue
		}
		start := i
		if bytes.HasPrefix(b[i:], omittedComment) {
			i += len(omittedComment)
			fm.tokens = append(fm.tokens, fragmentToken{kind: omittedToken, start: start, end: i})
			continue
		}
		kind := startTagToken
		i++
		if i < len(b) && b[i] == '/' {
			kind = endTagToken
			i++
		}
		nameStart := i
		for i < len(b) && (b[i] >= 'a' && b[i] <= 'z' || nameStart < i && b[i] >= '0' && b[i] <= '9') {
			i++
		}
		tag, ok := tagNames[string(b[nameStart:i])]
		if !ok {
			return false
		}
		name, traits := tag.name, tag.traits
		if kind == startTagToken {
			if i, ok = skipAttributes(b, i, name); !ok {
				return false
			}
		}
		if i >= len(b) || b[i] != '>' {
			return false
		}
		i++
		fm.tokens = append(fm.tokens, fragmentToken{kind: kind, start: start, end: i, name: name, traits: traits})
	}
	return true
}

// knownTag is a tag of fragmentTags, with its name as a string, so that
// a token's name needs no allocation.
type knownTag struct {
	name   string
	traits tagTraits
}

var tagNames = func() map[string]knownTag {
	m := make(map[string]knownTag, len(fragmentTags))
	for name, traits := range fragmentTags {
		m[name] = knownTag{name, traits}
	}
	return m
}()

// skipAttributes reads the attributes of a start tag named tag from b[i:]
// and returns where its closing '>' should be. Every attribute must be
// one of fragmentAttrs, written name="value", and
// none may repeat, for the minifier's lexer reads each as it does.
func skipAttributes(b []byte, i int, tag string) (int, bool) {
	var seen [8][]byte
	n := 0
	for i < len(b) && b[i] == ' ' {
		i++
		if i+1 < len(b) && b[i] == '/' && b[i+1] == '>' {
			return i + 1, true
		}
		start := i
		for i < len(b) && (b[i] >= 'a' && b[i] <= 'z' || i > start && b[i] == '-') {
			i++
		}
		attr := b[start:i]
		if _, ok := fragmentAttrs[string(attr)]; !ok {
			return i, false
		}
		// The minifier rewrites the media type in a type attribute of
		// other tags.
		if string(attr) == "type" && tag != "input" {
			return i, false
		}
		if n == len(seen) {
			return i, false
		}
		for _, s := range seen[:n] {
			if string(s) == string(attr) {
				return i, false
			}
		}
		seen[n] = attr
		n++
		if i+1 >= len(b) || b[i] != '=' || b[i+1] != '"' {
			return i, false
		}
		i += 2
		for i < len(b) && b[i] != '"' {
			// The renderer escapes < and > in values: a > here could
			// close a comment the placeholder stands in.
			if b[i] == '<' || b[i] == '>' {
				return i, false
			}
			i++
		}
		if i >= len(b) {
			return i, false
		}
		i++
	}
	return i, true
}

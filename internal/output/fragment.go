package output

import (
	"bytes"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/parse/v2"
	parsehtml "github.com/tdewolff/parse/v2/html"

	"github.com/claritynotes/gen/internal/memo"
)

// This file holds the one copy, outside the HTML minifier itself, of what
// that minifier (as NewMinifier configures it) writes for plain HTML: the
// markup gen's Markdown renderer writes and the built-in theme's pages
// around it, with a short list of tags and attributes, double-quoted
// values, no comments but the renderer's, no raw text but a title's, no
// foreign content. The fragment minifier writes such a fragment
// (minify) or page (minifyDocument) minified directly, at a fraction of
// the minifier's cost, and refuses anything it does not know, for the
// caller to use the minifier instead. Each rule below mirrors a rule of
// tdewolff/minify's html.Minifier; the text and attribute rewriting
// calls the minifier's own functions and tables. The tests hold the two
// to the same bytes.

// CSSFunc appends the CSS src minified to dst as the HTML minifier's CSS
// minifier writes it: a <style> element's text, or with inline a style
// attribute's value. An error makes the fragment minifier refuse the
// document, for the HTML minifier to report it.
type CSSFunc func(dst, src []byte, inline bool) ([]byte, error)

// KnownHTML minifies the HTML documents whose markup the fragment
// minifier knows, with a CSSFunc of its own; it is safe for concurrent
// use. Beyond a page's markup it knows <style> elements and style
// attributes (written by the CSSFunc), the SSI comments the minifier
// keeps (<!--#…-->), the attributes of email's tables and self-closing
// tags ("/>"). It keeps what it writes for each start tag, by the tag's
// bytes, for the documents that repeat them: a theme's emails share most
// of their tags, style attributes and all.
type KnownHTML struct {
	css  CSSFunc
	keep func(tag []byte) bool
	tags *memo.Strings[writtenStartTag]
}

// maxKnownTags bounds a KnownHTML's start tags.
const maxKnownTags = 8192

// NewKnownHTML returns a KnownHTML whose style elements and attributes
// css minifies. keep reports whether what it writes for a start tag, given
// its bytes, is worth keeping for other documents (nil: every tag's is).
func NewKnownHTML(css CSSFunc, keep func(tag []byte) bool) *KnownHTML {
	return &KnownHTML{css: css, keep: keep, tags: memo.NewStrings[writtenStartTag](maxKnownTags)}
}

// Minify appends the HTML document b minified to dst, as NewMinifier's
// HTML minifier writes it with the CSSFunc as its CSS minifier, and
// reports whether it could. It refuses a b that holds markup it does not
// know, for the caller to use the HTML minifier. Unlike
// Minifier.Minify, it does not check HTMLTooCostly: that is the caller's.
func (k *KnownHTML) Minify(dst, b []byte) ([]byte, bool) {
	fm := fragmentMinifiers.Get().(*fragmentMinifier)
	defer fragmentMinifiers.Put(fm)
	fm.css, fm.keep, fm.tags = k.css, k.keep, k.tags
	defer func() { fm.css, fm.keep, fm.tags = nil, nil, nil }()
	return fm.minifyDocument(dst, b)
}

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

// lookupTag returns the tag named name if a fragment may hold it, with
// the minifier's traits for it. Raw text tags (script, style, textarea,
// iframe), foreign content (svg, math) and tags the minifier drops or
// rewrites (colgroup, option, select, template) are absent: a fragment
// holding them is refused. A switch, not a map: it is asked for every
// tag of every page.
func lookupTag(name []byte) (knownTag, bool) {
	switch string(name) {
	case "a":
		return knownTag{"a", otherTag}, true
	case "del":
		return knownTag{"del", otherTag}, true
	case "abbr":
		return knownTag{"abbr", phrasingTag}, true
	case "b":
		return knownTag{"b", phrasingTag}, true
	case "cite":
		return knownTag{"cite", phrasingTag}, true
	case "code":
		return knownTag{"code", phrasingTag}, true
	case "em":
		return knownTag{"em", phrasingTag}, true
	case "i":
		return knownTag{"i", phrasingTag}, true
	case "kbd":
		return knownTag{"kbd", phrasingTag}, true
	case "mark":
		return knownTag{"mark", phrasingTag}, true
	case "span":
		return knownTag{"span", phrasingTag}, true
	case "strong":
		return knownTag{"strong", phrasingTag}, true
	case "sub":
		return knownTag{"sub", phrasingTag}, true
	case "sup":
		return knownTag{"sup", phrasingTag}, true
	case "blockquote":
		return knownTag{"blockquote", blockTag}, true
	case "br":
		return knownTag{"br", blockTag}, true
	case "dd":
		return knownTag{"dd", blockTag}, true
	case "details":
		return knownTag{"details", blockTag}, true
	case "div":
		return knownTag{"div", blockTag}, true
	case "dl":
		return knownTag{"dl", blockTag}, true
	case "dt":
		return knownTag{"dt", blockTag}, true
	case "figcaption":
		return knownTag{"figcaption", blockTag}, true
	case "figure":
		return knownTag{"figure", blockTag}, true
	case "h1":
		return knownTag{"h1", blockTag}, true
	case "h2":
		return knownTag{"h2", blockTag}, true
	case "h3":
		return knownTag{"h3", blockTag}, true
	case "h4":
		return knownTag{"h4", blockTag}, true
	case "h5":
		return knownTag{"h5", blockTag}, true
	case "h6":
		return knownTag{"h6", blockTag}, true
	case "hr":
		return knownTag{"hr", blockTag}, true
	case "li":
		return knownTag{"li", blockTag}, true
	case "ol":
		return knownTag{"ol", blockTag}, true
	case "p":
		return knownTag{"p", blockTag}, true
	case "pre":
		return knownTag{"pre", blockTag}, true
	case "section":
		return knownTag{"section", blockTag}, true
	case "summary":
		return knownTag{"summary", blockTag}, true
	case "table":
		return knownTag{"table", blockTag}, true
	case "tbody":
		return knownTag{"tbody", blockTag}, true
	case "td":
		return knownTag{"td", blockTag}, true
	case "th":
		return knownTag{"th", blockTag}, true
	case "thead":
		return knownTag{"thead", blockTag}, true
	case "tr":
		return knownTag{"tr", blockTag}, true
	case "ul":
		return knownTag{"ul", blockTag}, true
	case "img":
		return knownTag{"img", objectTag}, true
	case "input":
		return knownTag{"input", objectTag}, true
	case "html":
		return knownTag{"html", blockTag}, true
	case "head":
		return knownTag{"head", blockTag}, true
	case "title":
		return knownTag{"title", blockTag}, true
	case "body":
		return knownTag{"body", phrasingTag}, true
	case "meta":
		return knownTag{"meta", phrasingTag}, true
	case "link":
		return knownTag{"link", phrasingTag}, true
	case "time":
		return knownTag{"time", phrasingTag}, true
	case "small":
		return knownTag{"small", phrasingTag}, true
	case "header":
		return knownTag{"header", blockTag}, true
	case "nav":
		return knownTag{"nav", blockTag}, true
	case "main":
		return knownTag{"main", blockTag}, true
	case "article":
		return knownTag{"article", blockTag}, true
	case "footer":
		return knownTag{"footer", blockTag}, true
	case "aside":
		return knownTag{"aside", blockTag}, true
	case "address":
		return knownTag{"address", blockTag}, true
	case "hgroup":
		return knownTag{"hgroup", blockTag}, true
	case "button":
		return knownTag{"button", objectTag}, true
	case "style": // read by tokenize only with a CSSFunc
		return knownTag{"style", blockTag}, true
	}
	return knownTag{}, false
}

// attrKind is how the minifier rewrites an attribute's value.
type attrKind uint8

const (
	plainAttr     attrKind = iota // references decoded
	trimAttr                      // references decoded, spaces collapsed and trimmed
	urlAttr                       // references decoded, trimmed, scheme lowercased
	booleanAttr                   // written without its value
	styleAttr                     // CSS: only the values in fragmentStyles
	mediaTypeAttr                 // as trimAttr, then a media type (a link's type)
	emptyIDAttr                   // as plainAttr, and left out when empty
	emptyClass                    // as trimAttr, and left out when empty
)

// lookupAttr returns how the minifier rewrites the value of the
// attribute named name, if a fragment may hold it. Event handlers and
// value (which the minifier drops from some inputs) are absent; type is
// allowed on input and link only, and name on meta only (see
// skipAttributes).
func lookupAttr(name []byte) (attrKind, bool) {
	switch string(name) {
	case "id", "name":
		return emptyIDAttr, true
	case "class":
		return emptyClass, true
	case "href", "src":
		return urlAttr, true
	case "alt", "title", "aria-label", "role", "align", "aria-current", "aria-labelledby", "aria-hidden", "property", "content",
		"border", "cellpadding", "cellspacing", "valign", "bgcolor":
		return plainAttr, true
	case "start", "tabindex", "width", "height", "loading", "decoding", "rel", "target", "type", "lang", "hreflang", "charset", "datetime",
		"http-equiv":
		return trimAttr, true
	case "xmlns":
		return urlAttr, true
	case "checked", "disabled":
		return booleanAttr, true
	case "style":
		return styleAttr, true
	}
	// An XML namespace's prefix (xmlns:v), which the minifier does not
	// know by name.
	if rest, ok := bytes.CutPrefix(name, []byte("xmlns:")); ok && len(rest) > 0 && bytes.IndexByte(rest, ':') < 0 {
		return plainAttr, true
	}
	return 0, false
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
	out        string // a start tag as written, when cached (see KnownHTML)
}

type tokenKind uint8

const (
	textToken tokenKind = iota
	startTagToken
	endTagToken
	// omittedToken is the comment the renderer writes in place of raw
	// HTML it leaves out; the minifier drops it.
	omittedToken
	// doctypeToken is a page's <!DOCTYPE html>.
	doctypeToken
	// ssiToken is an SSI comment (<!--#…-->), which the minifier keeps as
	// it is and otherwise passes over as it does omittedToken.
	ssiToken
	// styleTextToken is a <style> element's text, minified as CSS.
	styleTextToken
)

var doctype = []byte("<!doctype html>")

var omittedComment = []byte("<!-- raw HTML omitted -->")

// fragmentMinifier minifies fragments; its buffers are reused.
type fragmentMinifier struct {
	tokens  []fragmentToken
	scratch []byte
	attrBuf []byte
	cssBuf  []byte
	// css minifies style elements and attributes; without it, a fragment
	// holds no <style> and only the style attributes in fragmentStyles.
	css CSSFunc
	// tags, when set, keeps what startTag writes for each start tag (for
	// those keep accepts, when it is set too): KnownHTML's.
	tags *memo.Strings[writtenStartTag]
	keep func(tag []byte) bool
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
	dst, ok := fm.write(dst, b, false)
	return dst, ok
}

// minifyDocument appends the whole HTML document b minified to dst, as
// the HTML minifier writes it, and reports whether it could: it refuses
// a b that holds anything it does not know.
func (fm *fragmentMinifier) minifyDocument(dst, b []byte) ([]byte, bool) {
	if !fm.tokenize(b) {
		return dst, false
	}
	return fm.write(dst, b, true)
}

// write appends the tokens of b minified to dst. Where the minifier's
// look-ahead leaves the tokens, the document ends if whole; if not, b is
// a fragment whose look-ahead must stay within it.
func (fm *fragmentMinifier) write(dst, b []byte, whole bool) ([]byte, bool) {
	toks := fm.tokens
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
					if !whole {
						return dst, false
					}
					trim = true // at the end of the document
				}
				if trim {
					text = text[:len(text)-1]
					omitSpace = false
				}
			}
			dst = append(dst, text...)
		case omittedToken:
			// Dropped, and the minifier's state stays as it was.
		case ssiToken:
			// Kept, and the minifier's state stays as it was.
			dst = append(dst, b[t.start:t.end]...)
		case styleTextToken:
			var err error
			if dst, err = fm.css(dst, b[t.start:t.end], false); err != nil {
				return dst, false
			}
		case doctypeToken:
			dst = append(dst, doctype...)
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
			if t.out != "" {
				dst = append(dst, t.out...)
			} else {
				var ok bool
				if dst, ok = fm.startTag(dst, b[t.start:t.end], t.name); !ok {
					return dst, false
				}
			}
			// The minifier keeps the space after an empty phrasing
			// element, as for an icon's <i></i>.
			if t.traits == phrasingTag && i+1 < len(toks) && toks[i+1].kind == endTagToken && toks[i+1].name == t.name {
				omitSpace = false
			}
		}
	}
	return dst, whole || !inPre
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
		case next.kind == textToken || next.kind == styleTextToken:
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
	var metaContent []byte // a meta's content as the minifier rewrites it first
	if name == "meta" {
		var ok bool
		if metaContent, ok = metaContentOf(tag); !ok {
			return dst, false
		}
	}
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
		kind, _ := lookupAttr(attr)
		if name == "link" && string(attr) == "type" {
			kind = mediaTypeAttr
		}
		if metaContent != nil && string(attr) == "content" {
			val = metaContent
		}
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
		case mediaTypeAttr:
			val = parse.ReplaceMultipleWhitespaceAndEntities(val, html.EntitiesMap, nil)
			val = minify.Mediatype(parse.TrimWhitespace(val))
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
			if fm.css != nil {
				var err error
				if fm.cssBuf, err = fm.css(fm.cssBuf[:0], parse.TrimWhitespace(val), true); err != nil {
					return dst, false
				}
				fm.scratch = val[:0]
				if len(fm.cssBuf) == 0 {
					continue // the minifier drops an empty style
				}
				dst = append(dst, " style="...)
				dst = append(dst, parsehtml.EscapeAttrVal(&fm.attrBuf, fm.cssBuf, '"', true)...)
				continue
			}
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

// metaContentOf returns the content of the meta tag tag as the minifier
// rewrites it before it writes the attributes: a viewport's without
// spaces and with its numbers shortened, keywords without the space after
// each comma; nil when it leaves it as it is. It refuses an http-equiv
// of content-type (the minifier may rewrite the whole tag) and a name
// with spaces around it (which it trims).
func metaContentOf(tag []byte) ([]byte, bool) {
	var name, content []byte
	for i := len("<meta"); tag[i] == ' ' && tag[i+1] != '/'; {
		i++
		eq := i + bytes.IndexByte(tag[i:], '=')
		end := eq + 2 + bytes.IndexByte(tag[eq+2:], '"')
		switch string(tag[i:eq]) {
		case "name":
			name = tag[eq+2 : end]
		case "content":
			content = tag[eq+2 : end]
		case "http-equiv":
			// The minifier rewrites a content type's whole tag.
			if parse.EqualFold(parse.TrimWhitespace(tag[eq+2:end]), []byte("content-type")) {
				return nil, false
			}
		}
		i = end + 1
	}
	if name == nil || content == nil {
		return nil, true
	}
	if len(name) > 0 && (parse.IsWhitespace(name[0]) || parse.IsWhitespace(name[len(name)-1])) {
		return nil, false
	}
	switch {
	case parse.EqualFold(name, []byte("keywords")):
		return bytes.ReplaceAll(content, []byte(", "), []byte(",")), true
	case parse.EqualFold(name, []byte("viewport")):
		// As the minifier does, step for step.
		c := bytes.ReplaceAll(content, []byte(" "), []byte(""))
		for i := 0; i < len(c); i++ {
			if c[i] == '=' && i+2 < len(c) {
				i++
				if n := parse.Number(c[i:]); 0 < n {
					minNum := minify.Number(c[i:i+n], -1)
					if len(minNum) < n {
						copy(c[i:i+len(minNum)], minNum)
						copy(c[i+len(minNum):], c[i+n:])
						c = c[:len(c)+len(minNum)-n]
					}
					i += len(minNum)
				}
				i-- // mitigate for-loop increase
			}
		}
		return c, true
	}
	return nil, true
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
		if len(b)-i >= len(doctype) && parse.EqualFold(b[i:i+len(doctype)], doctype) {
			i += len(doctype)
			fm.tokens = append(fm.tokens, fragmentToken{kind: doctypeToken, start: start, end: i})
			continue
		}
		if bytes.HasPrefix(b[i:], omittedComment) {
			i += len(omittedComment)
			fm.tokens = append(fm.tokens, fragmentToken{kind: omittedToken, start: start, end: i})
			continue
		}
		if n := ssiComment(b[i:]); n > 0 {
			i += n
			fm.tokens = append(fm.tokens, fragmentToken{kind: ssiToken, start: start, end: i})
			continue
		}
		var t fragmentToken
		var ok bool
		if fm.tags != nil && i+1 < len(b) && b[i+1] != '/' {
			t, ok = fm.cachedStartTag(b, i)
		} else {
			t, ok = readTag(b, i)
		}
		if !ok {
			return false
		}
		fm.tokens = append(fm.tokens, t)
		kind, name := t.kind, t.name
		i = t.end
		if kind == startTagToken && name == "style" {
			if i, ok = fm.styleText(b, i); !ok {
				return false
			}
			continue
		}
		// The lexer reads a title's text up to </title> as text, tags
		// and all: it must be text and </title>.
		if kind == startTagToken && name == "title" {
			end := bytes.Index(b[i:], []byte("</title>"))
			if end < 0 || bytes.IndexByte(b[i:i+end], '<') >= 0 {
				return false
			}
		}
	}
	return true
}

// readTag reads the start or end tag at b[start:] (at its '<') as
// tokenize does, and reports whether it is one the fragment minifier
// knows. A start tag it knows ends at its first '>': skipAttributes
// refuses a '>' in a value.
func readTag(b []byte, start int) (fragmentToken, bool) {
	kind := startTagToken
	i := start + 1
	if i < len(b) && b[i] == '/' {
		kind = endTagToken
		i++
	}
	nameStart := i
	for i < len(b) && (b[i] >= 'a' && b[i] <= 'z' || nameStart < i && b[i] >= '0' && b[i] <= '9') {
		i++
	}
	tag, ok := lookupTag(b[nameStart:i])
	if !ok {
		return fragmentToken{}, false
	}
	name, traits := tag.name, tag.traits
	if kind == startTagToken {
		if i, ok = skipAttributes(b, i, name); !ok {
			return fragmentToken{}, false
		}
	}
	if i+1 < len(b) && b[i] == '/' && b[i+1] == '>' && kind == startTagToken && name != "title" && name != "style" {
		i++ // the minifier drops the slash of "/>"
	}
	if i >= len(b) || b[i] != '>' {
		return fragmentToken{}, false
	}
	return fragmentToken{kind: kind, start: start, end: i + 1, name: name, traits: traits}, true
}

// cachedStartTag is readTag for the start tag at b[start:], with what
// startTag writes for it, from fm.tags: what the fragment minifier reads
// and writes of a start tag depends only on its bytes (and the CSSFunc).
func (fm *fragmentMinifier) cachedStartTag(b []byte, start int) (fragmentToken, bool) {
	n := bytes.IndexByte(b[start:], '>')
	if n < 0 {
		return fragmentToken{}, false
	}
	key := b[start : start+n+1]
	if fm.keep != nil && !fm.keep(key) {
		return readTag(b, start)
	}
	tag := fm.tags.GetBytes(key, func(string) writtenStartTag {
		t, ok := readTag(key, 0)
		if !ok || t.end != len(key) {
			return writtenStartTag{}
		}
		out, ok := fm.startTag(nil, key, t.name)
		if !ok {
			return writtenStartTag{}
		}
		return writtenStartTag{out: string(out), name: t.name, traits: t.traits}
	})
	if tag.out == "" {
		return fragmentToken{}, false
	}
	return fragmentToken{kind: startTagToken, start: start, end: start + len(key), name: tag.name, traits: tag.traits, out: tag.out}, true
}

// writtenStartTag is a start tag as the fragment minifier reads and
// writes it; out is empty for one it refuses.
type writtenStartTag struct {
	out, name string
	traits    tagTraits
}

// ssiComment returns the length of the SSI comment at the start of b, as
// the placeholders of email's kept comments write it (<!--#gen-1a2b-0-->),
// or 0: its text is '#' and then letters, digits and single hyphens, so
// that it ends at the first "-->" for every reader.
func ssiComment(b []byte) int {
	const open, end = "<!--#", "-->"
	if !bytes.HasPrefix(b, []byte(open)) {
		return 0
	}
	i := len(open)
	for ; i < len(b); i++ {
		c := b[i]
		if c == '-' {
			if bytes.HasPrefix(b[i:], []byte(end)) {
				break
			}
			if b[i-1] == '-' || b[i-1] == '#' {
				return 0
			}
			continue
		}
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return 0
		}
	}
	if i == len(open) || i >= len(b) || b[i-1] == '-' {
		return 0
	}
	return i + len(end)
}

// styleText reads the text of the <style> element whose start tag ends
// at b[i:], adding it as a token with the end tag, and returns where the
// end tag ends. It needs fm.css, text that holds no "</" (so it ends at
// the first "</style>" for every reader) and is not empty (the minifier
// drops an empty <style>).
func (fm *fragmentMinifier) styleText(b []byte, i int) (int, bool) {
	if fm.css == nil {
		return i, false
	}
	n := bytes.Index(b[i:], []byte("</"))
	if n <= 0 || !bytes.HasPrefix(b[i+n:], []byte("</style>")) {
		return i, false
	}
	fm.tokens = append(fm.tokens,
		fragmentToken{kind: styleTextToken, start: i, end: i + n},
		fragmentToken{kind: endTagToken, start: i + n, end: i + n + len("</style>"), name: "style", traits: blockTag})
	return i + n + len("</style>"), true
}

// knownTag is a tag a fragment may hold, with its name as a string, so
// that a token's name needs no allocation.
type knownTag struct {
	name   string
	traits tagTraits
}

// skipAttributes reads the attributes of a start tag named tag from b[i:]
// and returns where its closing '>' should be. Every attribute must be
// one lookupAttr knows, written name="value", and
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
		for i < len(b) && (b[i] >= 'a' && b[i] <= 'z' || i > start && (b[i] == '-' || b[i] == ':')) {
			i++
		}
		attr := b[start:i]
		if _, ok := lookupAttr(attr); !ok {
			return i, false
		}
		// The minifier rewrites the media type in a type attribute of
		// other tags (a link's is rewritten here as it does) and reads a
		// style's as its text's, and drops an a's name when it is its id.
		if string(attr) == "type" && tag != "input" && tag != "link" && tag != "style" || string(attr) == "name" && tag != "meta" {
			return i, false
		}
		if string(attr) == "type" && tag == "style" && !bytes.HasPrefix(b[i:], []byte(`="text/css"`)) {
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

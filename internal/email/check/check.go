// Package check lists what email HTML uses that major email clients
// (Gmail, Outlook, Apple Mail, Yahoo) do not fully support, from an
// embedded snapshot of caniemail's data, and what keeps a message out of
// the inbox: its size, images without alt or width, relative URLs and a
// missing unsubscribe link.
package check

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"sync"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/claritynotes/gen/internal/email/lex"
)

// Severity ranks a finding. Errors make `gen email --check` exit 1.
type Severity string

// The severities, most serious first.
const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
	SeverityInfo    Severity = "info"
)

// Finding is one compatibility or deliverability problem in email HTML.
type Finding struct {
	Severity Severity
	// Path is set when the finding is about a source file (content/…md)
	// rather than the HTML; Line is then a line in that file.
	Path    string
	Line    int    // 1-based line in the HTML (or Path); 0 for the whole message
	Col     int    // 1-based column in Path, when known
	Feature string // caniemail slug (css-display-flex) or check name (size, img-alt)
	Element string // what was found: "<img src=…>", "display:flex", "@media"
	Message string
	URL     string // caniemail page for the feature
}

// Format prints the finding as "path:line: severity: message (feature)";
// htmlPath names the HTML file for findings about the HTML.
func (f Finding) Format(htmlPath string) string {
	pos := f.Path
	if pos == "" {
		pos = htmlPath
	}
	if f.Line > 0 {
		pos = fmt.Sprintf("%s:%d", pos, f.Line)
		if f.Col > 0 {
			pos = fmt.Sprintf("%s:%d", pos, f.Col)
		}
	}
	s := fmt.Sprintf("%s: %s: %s", pos, f.Severity, f.Message)
	if f.Feature != "" {
		s += " [" + f.Feature + "]"
	}
	if f.URL != "" {
		s += " " + f.URL
	}
	return s
}

// MergeTags is what the checker knows of the newsletter tools' merge tags,
// which the HTML may hold where a URL goes: the tools put the real URL in
// when they send.
type MergeTags struct {
	// Unsubscribe lists every tool's unsubscribe tag, so an unsubscribe
	// link is recognised whichever tool the HTML was made for.
	Unsubscribe []string
	// IsTag reports whether an attribute value is a merge tag rather than
	// a URL; nil means no value is.
	IsTag func(string) bool
}

// Gmail clips messages over 102 KB; stay clear of it.
const (
	sizeWarn  = 90 * 1024
	sizeError = 102 * 1024
)

// Check lists what email HTML uses that Gmail, Outlook (Windows, macOS,
// Outlook.com), Apple Mail or Yahoo do not fully support, according to the
// embedded caniemail data, plus its size, images without alt or width,
// relative URLs and a missing unsubscribe link.
//
// A feature unsupported in a client is a warning when the body relies on
// it; features used only in the head <style> are enhancements with inline
// fallbacks and partial support is noted, both as info. Markup between
// <!--[if !mso]><!--> and <!--<![endif]--> is not held against Outlook for
// Windows, which never sees it. tags tells merge tags from URLs.
func Check(doc []byte, tags MergeTags) []Finding { return check(doc, tags, false) }

// CheckActionable is Check without its info findings, in the same order:
// for a caller that reports only errors and warnings (gen build), it
// skips writing the notes on head-only and partially supported features.
func CheckActionable(doc []byte, tags MergeTags) []Finding { return check(doc, tags, true) }

func check(doc []byte, tags MergeTags, skipInfo bool) []Finding {
	return run(&checker{tags: tags, skipInfo: skipInfo}, doc)
}

// run is check with the checker c.
func run(c *checker, doc []byte) []Finding {
	features()
	uses := usesPool.Get().(*[]use)
	c.uses = *uses
	defer func() {
		for _, id := range c.used {
			c.uses[id] = use{}
		}
		usesPool.Put(uses)
	}()
	c.scan(doc)
	var out []Finding
	switch n := len(doc); {
	case n > sizeError:
		out = append(out, Finding{Severity: SeverityError, Feature: "size", Element: fmt.Sprintf("%d bytes", n),
			Message: fmt.Sprintf("the HTML is %.1f KB; Gmail clips messages over 102 KB and hides the rest, unsubscribe link included. Shorten the issue or split it", float64(n)/1024)})
	case n > sizeWarn:
		out = append(out, Finding{Severity: SeverityWarning, Feature: "size", Element: fmt.Sprintf("%d bytes", n),
			Message: fmt.Sprintf("the HTML is %.1f KB, close to the 102 KB where Gmail clips messages", float64(n)/1024)})
	}
	out = append(out, c.findings...)
	if !c.unsubscribe {
		out = append(out, Finding{Severity: SeverityError, Feature: "unsubscribe",
			Message: "no unsubscribe link: add one (the template's unsubscribeURL, or newsletter.unsubscribeURL in gen.toml); mailbox providers and the law require it"})
	}
	out = append(out, c.featureFindings()...)
	sort.SliceStable(out, func(i, j int) bool {
		if rank(out[i].Severity) != rank(out[j].Severity) {
			return rank(out[i].Severity) < rank(out[j].Severity)
		}
		return out[i].Line < out[j].Line
	})
	return out
}

func rank(s Severity) int {
	switch s {
	case SeverityError:
		return 0
	case SeverityWarning:
		return 1
	}
	return 2
}

// usesPool holds zeroed tables of uses, one entry per feature, for the
// next message: gen build checks one per issue.
var usesPool = sync.Pool{New: func() any { u := make([]use, len(featuresByID)); return &u }}

// use records where a caniemail feature appears.
type use struct {
	line, count int
	element     string
	body        bool // used outside the head <style>
	outlook     bool // some body use is visible to Outlook for Windows
}

type checker struct {
	tags        MergeTags
	uses        []use // by feature ID
	used        []int // the IDs of the features in uses
	findings    []Finding
	line        int
	inHead      bool
	notMSO      int // depth of <!--[if !mso]><!--> regions
	unsubscribe bool
	anchor      *anchor // the <a> being read, for its text
	attrs       []html.Attribute
	skipInfo    bool // leave out info findings
	// tokenizerOnly has scan read every document with html.Tokenizer, for
	// the tests that compare it with lex.
	tokenizerOnly bool
}

type anchor struct {
	href string
	text strings.Builder
}

func (c *checker) record(slug string, line int, element string, head bool) {
	if id, ok := featureID(slug); ok {
		c.recordID(id, line, element, head)
	}
}

func (c *checker) recordID(id, line int, element string, head bool) {
	u := &c.uses[id]
	if u.count == 0 {
		u.line, u.element = line, element
		c.used = append(c.used, id)
	}
	u.count++
	if !head {
		if !u.body {
			u.line, u.element = line, element // report the first body use
		}
		u.body = true
		if c.notMSO == 0 {
			u.outlook = true
		}
	}
}

// scan reads doc's tokens with lex.Lexer when it can, html.Tokenizer when
// it cannot: the two give the same tokens where the Lexer reads.
func (c *checker) scan(doc []byte) {
	lx := lex.Get()
	defer lex.Put(lx)
	var z lex.Tokens = lx
	if c.tokenizerOnly || !lx.Lex(doc) {
		z = html.NewTokenizer(bytes.NewReader(doc))
	}
	c.line = 1
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return
		}
		raw := z.Raw()
		line := c.line
		c.line += bytes.Count(raw, []byte("\n"))
		switch tt {
		case html.DoctypeToken:
			c.record("html-doctype", line, "<!DOCTYPE>", true)
		case html.CommentToken:
			c.comment(string(z.Text())) // Token's Data
		case html.TextToken:
			if c.anchor != nil {
				c.anchor.text.Write(raw)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "head":
				c.inHead = false
			case "a":
				c.endAnchor()
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			e := c.effects(z, raw)
			c.apply(e, line)
			if e.name == "style" && tt == html.StartTagToken {
				if z.Next() == html.TextToken {
					text := z.Raw()
					c.stylesheet(text, line, c.inHead)
					c.line += bytes.Count(text, []byte("\n"))
				}
			}
		}
	}
}

// token is z.Token() for a start tag, with fewer copies: names come from
// the atom table, style attributes from the cache of what they use, and
// the attribute slice is reused (element keeps none of it).
func (c *checker) token(z lex.Tokens) html.Token {
	name, more := z.TagName()
	tok := html.Token{Type: html.StartTagToken, Data: intern(name)}
	c.attrs = c.attrs[:0]
	for more {
		var key, val []byte
		key, val, more = z.TagAttr()
		a := html.Attribute{Key: intern(key)}
		if a.Key == "style" {
			a.Val = styleAttrUses.GetBytes(val, attributeUses).src
		} else {
			a.Val = string(val)
		}
		c.attrs = append(c.attrs, a)
	}
	tok.Attr = c.attrs
	return tok
}

// intern returns a tag or attribute name as a string, without allocating
// for the names HTML defines.
func intern(name []byte) string {
	if a := atom.Lookup(name); a != 0 {
		return a.String()
	}
	return string(name)
}

// comment tracks Outlook's conditional comments. Downlevel-hidden blocks
// (<!--[if mso]>…<![endif]-->) are comments to everyone else and are not
// checked: their VML and tables are for Outlook alone.
func (c *checker) comment(text string) {
	switch {
	case strings.HasPrefix(text, "[if !mso]><!"):
		c.notMSO++
	case strings.HasPrefix(text, "<![endif]") && c.notMSO > 0:
		c.notMSO--
	}
}

func (c *checker) endAnchor() {
	a := c.anchor
	c.anchor = nil
	// Once a link is found, no other can change that.
	if a == nil || c.unsubscribe {
		return
	}
	href := strings.TrimSpace(a.href)
	if href == "" {
		return
	}
	for _, t := range c.tags.Unsubscribe {
		if href == t {
			c.unsubscribe = true
			return
		}
	}
	low := strings.ToLower(href)
	if strings.Contains(low, "unsubscribe") || strings.Contains(low, "opt-out") || strings.Contains(low, "optout") ||
		strings.Contains(strings.ToLower(html.UnescapeString(a.text.String())), "unsubscribe") {
		c.unsubscribe = true
	}
}

// elementFeatures maps elements to caniemail slugs.
var elementFeatures = map[string]string{
	"abbr": "html-abbr", "acronym": "html-acronym", "address": "html-address", "audio": "html-audio",
	"base": "html-base", "bdi": "html-bdi", "blockquote": "html-blockquote", "body": "html-body",
	"code": "html-code", "del": "html-del", "dfn": "html-dfn", "dialog": "html-dialog", "div": "html-div",
	"form": "html-form", "hr": "html-hr", "img": "html-img", "link": "html-link", "marquee": "html-marquee",
	"meter": "html-meter", "object": "html-object", "p": "html-p", "picture": "html-picture", "pre": "html-pre",
	"progress": "html-progress", "rp": "html-rp", "rt": "html-rt", "ruby": "html-ruby", "select": "html-select",
	"small": "html-small", "span": "html-span", "strike": "html-strike", "strong": "html-strong",
	"style": "html-style", "svg": "html-svg", "table": "html-table", "textarea": "html-textarea",
	"video": "html-video", "wbr": "html-wbr", "map": "html-image-maps", "area": "html-image-maps",
	"h1": "html-h1-h6", "h2": "html-h1-h6", "h3": "html-h1-h6", "h4": "html-h1-h6", "h5": "html-h1-h6", "h6": "html-h1-h6",
	"ul": "html-lists", "ol": "html-lists", "dl": "html-lists",
	"article": "html-semantics", "aside": "html-semantics", "details": "html-semantics", "figcaption": "html-semantics",
	"figure": "html-semantics", "footer": "html-semantics", "header": "html-semantics", "main": "html-semantics",
	"mark": "html-semantics", "nav": "html-semantics", "section": "html-semantics", "summary": "html-semantics",
	"time": "html-semantics",
}

// attributeFeatures maps attributes to caniemail slugs.
var attributeFeatures = map[string]string{
	"align": "html-align", "valign": "html-valign", "width": "html-width", "height": "html-height",
	"cellpadding": "html-cellpadding", "cellspacing": "html-cellspacing", "background": "html-background",
	"dir": "html-dir", "lang": "html-lang", "role": "html-role", "target": "html-target", "hidden": "html-hidden",
	"loading": "html-loading-attribute", "srcset": "html-srcset", "sizes": "html-srcset", "popover": "html-popover",
	"required": "html-required", "inert": "css-inert-attribute", "aria-describedby": "html-aria-describedby",
	"aria-hidden": "html-aria-hidden", "aria-label": "html-aria-label", "aria-labelledby": "html-aria-labelledby",
	"aria-live": "html-aria-live",
}

// elementLabels and attributeLabels are how findings show the elements
// and attributes of elementFeatures and attributeFeatures, made once
// rather than for every element of every message.
var elementLabels, attributeLabels = labels(elementFeatures, "<", ">"), labels(attributeFeatures, "", "=")

func labels(features map[string]string, before, after string) map[string]string {
	out := make(map[string]string, len(features))
	for name := range features {
		out[name] = before + name + after
	}
	return out
}

// imageFormats maps image file extensions to caniemail slugs.
var imageFormats = map[string]string{
	".png": "image-png", ".jpg": "image-jpg", ".jpeg": "image-jpg", ".gif": "image-gif", ".svg": "image-svg",
	".webp": "image-webp", ".avif": "image-avif", ".bmp": "image-bmp", ".ico": "image-ico", ".tif": "image-tiff",
	".tiff": "image-tiff", ".heic": "image-heif", ".heif": "image-heif", ".apng": "image-apng",
}

// featureFindings turns recorded uses into findings using caniemail's data.
func (c *checker) featureFindings() []Finding {
	var out []Finding
	sort.Ints(c.used) // IDs are in the order of the slugs
	for _, id := range c.used {
		u, f := &c.uses[id], featuresByID[id]
		slug := f.Slug
		g := f.gaps(u.body && !u.outlook)
		if g.summary == "" {
			continue
		}
		sev := SeverityInfo
		where := "only in the head or document tags (an enhancement: where it is dropped, inline styles apply)"
		if u.body {
			where = "in the body"
			if len(g.unsupported) > 0 {
				sev = SeverityWarning
			}
		}
		if sev == SeverityInfo && c.skipInfo {
			continue
		}
		times := ""
		if u.count > 1 {
			times = fmt.Sprintf(" (%d uses)", u.count)
		}
		out = append(out, Finding{Severity: sev, Line: u.line, Feature: slug, Element: u.element, URL: f.URL,
			Message: f.Title + " " + where + times + ": " + g.summary})
	}
	return out
}

// FeaturesUsed lists the slugs of the caniemail features a piece of HTML
// uses, so that a finding on a whole message can be traced to the piece
// that brought the feature in.
func FeaturesUsed(fragment []byte) []string {
	features()
	c := &checker{uses: make([]use, len(featuresByID))}
	c.scan(fragment)
	out := make([]string, 0, len(c.used))
	for _, id := range c.used {
		out = append(out, featuresByID[id].Slug)
	}
	return out
}

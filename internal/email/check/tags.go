package check

import (
	"fmt"
	"net/url"
	"strings"

	"golang.org/x/net/html"

	"github.com/claritynotes/gen/internal/email/lex"
	"github.com/claritynotes/gen/internal/memo"
)

// What a start tag adds to the findings depends on the tag as written and
// on little else: whether the head is open, the line, whether Outlook for
// Windows sees it and which values are merge tags. Every message repeats
// most of its tags (the theme's tables and cells, the body's styled
// paragraphs) as every other message has them, so each tag is read once,
// into a tagEffect, and the effect is applied at each tag like it.

// tagEffect is what a start tag does to a check: its uses and findings,
// in the order element made them, with the line and the head left to
// apply.
type tagEffect struct {
	name string // the tag's name, lower case
	href string // an <a>'s href, for the unsubscribe link
	ops  []tagOp
}

// tagOp is a use of a feature (finding nil) or a finding. A use or
// finding that a URL makes is left out when the URL is a merge tag
// (urlTag set: the tag's merge-tag test runs as the check is applied).
type tagOp struct {
	id      int
	element string
	where   headMode
	finding *Finding // Line is left 0
	urlTag  string
}

// headMode says where a use counts: in the head when the tag is (inHead),
// or always in the head or always in the body.
type headMode uint8

const (
	inHead headMode = iota
	alwaysHead
	alwaysBody
)

// tagEffects caches the effect of each start tag, by its raw bytes, which
// decide its name and attributes; see memo for the bound.
var tagEffects = memo.NewStrings[*tagEffect](4096)

// effects returns the effect of the start tag z has just read, whose bytes
// are raw. The tests that read with html.Tokenizer alone read every tag
// afresh.
func (c *checker) effects(z lex.Tokens, raw []byte) *tagEffect {
	if c.tokenizerOnly {
		return tagEffectOf(c.token(z))
	}
	return tagEffects.GetBytes(raw, func(string) *tagEffect { return tagEffectOf(c.token(z)) })
}

// apply adds a start tag's effect at line to the check.
func (c *checker) apply(e *tagEffect, line int) {
	if e.name == "head" {
		c.inHead = true
	}
	// The head and the document tags are structure that clients may drop
	// without harm: the body carries its own inline styles.
	head := c.inHead || e.name == "html" || e.name == "body"
	if e.name == "a" {
		c.anchor = &anchor{href: e.href}
	}
	for i := range e.ops {
		op := &e.ops[i]
		if op.urlTag != "" && c.tags.IsTag != nil && c.tags.IsTag(op.urlTag) {
			continue
		}
		if op.finding != nil {
			f := *op.finding
			f.Line = line
			c.findings = append(c.findings, f)
			continue
		}
		h := head
		switch op.where {
		case alwaysHead:
			h = true
		case alwaysBody:
			h = false
		}
		c.recordID(op.id, line, op.element, h)
	}
}

// tagEffectOf works out a start tag's effect. tok's attributes may be
// reused once it returns.
func tagEffectOf(tok html.Token) *tagEffect {
	name := tok.Data
	e := &tagEffect{name: name}
	if slug, ok := elementFeatures[name]; ok {
		where := inHead
		if name == "style" {
			where = alwaysHead
		}
		e.record(slug, elementLabels[name], where)
	}
	switch name {
	case "input", "button":
		if t := attr(tok, "type"); t != "" {
			e.record("html-"+name+"-"+strings.ToLower(t), fmt.Sprintf("<%s type=%q>", name, t), alwaysBody)
		}
	case "meta":
		if strings.EqualFold(attr(tok, "name"), "color-scheme") {
			e.record("html-meta-color-scheme", `<meta name="color-scheme">`, alwaysHead)
		}
	case "script":
		e.find(Finding{Severity: SeverityError, Feature: "script", Element: "<script>",
			Message: "email clients remove <script> and some junk the message; remove it"})
	case "a":
		e.href = attr(tok, "href")
	case "img":
		e.image(tok)
	}
	for _, a := range tok.Attr {
		key := strings.ToLower(a.Key)
		if slug, ok := attributeFeatures[key]; ok {
			e.record(slug, attributeLabels[key], inHead)
		}
		switch key {
		case "style":
			// The same few style attributes recur on every paragraph of
			// every message, so what each one uses is parsed once.
			for _, u := range styleAttrUses.Get(a.Val, attributeUses).uses {
				e.ops = append(e.ops, tagOp{id: u.id, element: u.element, where: inHead})
			}
		case "href", "src", "background":
			e.url(name, key, a.Val)
		}
	}
	return e
}

func (e *tagEffect) record(slug, element string, where headMode) {
	if id, ok := featureID(slug); ok {
		e.ops = append(e.ops, tagOp{id: id, element: element, where: where})
	}
}

func (e *tagEffect) find(f Finding) { e.ops = append(e.ops, tagOp{finding: &f}) }

func attr(tok html.Token, key string) string {
	for _, a := range tok.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func (e *tagEffect) image(tok html.Token) {
	src := attr(tok, "src")
	el := fmt.Sprintf("<img src=%q>", src)
	hasAlt, hasWidth := false, false
	for _, a := range tok.Attr {
		hasAlt = hasAlt || a.Key == "alt"
		hasWidth = hasWidth || a.Key == "width" && strings.TrimSpace(a.Val) != ""
	}
	if alt := attr(tok, "alt"); !hasAlt || strings.TrimSpace(alt) == "" {
		msg := "image has no alt text; many clients block images by default, so describe it (![description](image.png))"
		if hasAlt {
			msg = "image has an empty alt, so readers with images off or a screen reader learn nothing; describe it unless it is decorative"
		}
		e.find(Finding{Severity: SeverityWarning, Feature: "img-alt", Element: el, Message: msg})
	}
	if !hasWidth {
		e.find(Finding{Severity: SeverityWarning, Feature: "img-width", Element: el,
			Message: "image has no width attribute; Outlook for Windows shows it at its full pixel size"})
	}
	low := strings.ToLower(src)
	if strings.HasPrefix(low, "data:image/") {
		e.record("image-base64", el, alwaysBody)
		if strings.HasPrefix(low, "data:image/svg") {
			e.record("image-svg", el, alwaysBody)
		}
		return
	}
	p := low
	if u, err := url.Parse(src); err == nil {
		p = strings.ToLower(u.Path)
	}
	for ext, slug := range imageFormats {
		if strings.HasSuffix(p, ext) {
			e.record(slug, el, alwaysBody)
		}
	}
}

// url reports relative URLs, which have no page to be relative to in an
// inbox, and notes fragment and mailto links; none of it when the value is
// a merge tag.
func (e *tagEffect) url(elem, key, v string) {
	v = strings.TrimSpace(v)
	if v == "" {
		return
	}
	n := len(e.ops)
	defer func() {
		for i := n; i < len(e.ops); i++ {
			e.ops[i].urlTag = v
		}
	}()
	// Most URLs are absolute links, which need no description: it is
	// made only for what is reported.
	el := func() string { return fmt.Sprintf("<%s %s=%q>", elem, key, v) }
	if strings.HasPrefix(v, "#") {
		e.record("html-anchor-links", el(), alwaysBody)
		return
	}
	u, err := url.Parse(v)
	if err != nil {
		e.find(Finding{Severity: SeverityError, Feature: "url", Element: el(),
			Message: fmt.Sprintf("%s %q is not a valid URL: %v", key, v, err)})
		return
	}
	switch {
	case u.Scheme == "mailto":
		e.record("html-mailto-links", el(), alwaysBody)
	case u.Scheme == "" || u.Host == "" && (u.Scheme == "http" || u.Scheme == "https"):
		e.find(Finding{Severity: SeverityError, Feature: "relative-url", Element: el(),
			Message: fmt.Sprintf("%s %q is relative; in an inbox it points nowhere. Make it absolute (https://…)", key, v)})
	}
}

package check

import (
	"strings"

	"github.com/claritynotes/gen/internal/memo"

	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/css"
)

// stylesheet records the features a <style> element uses: at-rules,
// selectors and declarations. head.css is the same in every message, so
// what a stylesheet uses is parsed once.
func (c *checker) stylesheet(src []byte, line int, head bool) {
	for _, u := range stylesheetUses.GetBytes(src, func(text string) []featureUse { return known(sheetUses(text)) }) {
		c.recordID(u.id, line+u.line, u.element, head)
	}
}

// stylesheetUses caches what each stylesheet uses; see memo for the bound.
var stylesheetUses = memo.NewStrings[[]featureUse](64)

// sheetUses lists the features a stylesheet uses, each with its line
// counted from 0.
func sheetUses(src string) []featureUse {
	var l useList
	p := css.NewParser(parse.NewInput(strings.NewReader(src)), false)
	for {
		gt, _, data := p.Next()
		if gt == css.ErrorGrammar {
			return l.uses
		}
		l.line = strings.Count(src[:min(p.Offset(), len(src))], "\n")
		switch gt {
		case css.CommentGrammar:
			l.add("css-comments", "/* */")
		case css.AtRuleGrammar, css.BeginAtRuleGrammar:
			l.atRule(string(data), p.Values())
		case css.BeginRulesetGrammar, css.QualifiedRuleGrammar:
			l.selector(p.Values())
		case css.DeclarationGrammar:
			for _, u := range declarationUses(nil, string(data), p.Values()) {
				l.add(u.slug, u.element)
			}
		case css.CustomPropertyGrammar:
			l.add("css-variables", string(data))
		}
	}
}

// useList collects the features of a stylesheet at the current line.
type useList struct {
	uses []featureUse
	line int
}

func (l *useList) add(slug, element string) {
	l.uses = append(l.uses, featureUse{slug: slug, element: element, line: l.line})
}

// featureUse is a caniemail feature and the CSS that uses it.
type featureUse struct {
	slug, element string
	id            int // see featureID; set by known
	line          int // in a stylesheet, counted from its first line
}

// known keeps the uses of features caniemail has, with their IDs: the
// ones record would count.
func known(uses []featureUse) []featureUse {
	var out []featureUse
	for _, u := range uses {
		if id, ok := featureID(u.slug); ok {
			u.id = id
			out = append(out, u)
		}
	}
	return out
}

// styleUses is what a style attribute uses; src is the attribute, kept so
// that the checker's tokens can share the string.
type styleUses struct {
	src  string
	uses []featureUse
}

// styleAttrUses caches what each style attribute uses; see memo for the bound.
var styleAttrUses = memo.NewStrings[styleUses](4096)

func attributeUses(src string) styleUses {
	return styleUses{src: src, uses: known(attributeDeclarationUses(src))}
}

func attributeDeclarationUses(src string) []featureUse {
	var uses []featureUse
	p := css.NewParser(parse.NewInput(strings.NewReader(src)), true)
	for {
		gt, _, data := p.Next()
		switch gt {
		case css.ErrorGrammar:
			return uses
		case css.DeclarationGrammar:
			uses = declarationUses(uses, string(data), p.Values())
		case css.CustomPropertyGrammar:
			uses = append(uses, featureUse{slug: "css-variables", element: string(data)})
		}
	}
}

func (l *useList) atRule(name string, values []css.Token) {
	name = strings.ToLower(name)
	prelude := strings.ToLower(tokensText(values))
	switch name {
	case "@media":
		l.add("css-at-media", "@media "+prelude)
		for feature, slug := range map[string]string{
			"prefers-color-scheme":   "css-at-media-prefers-color-scheme",
			"prefers-reduced-motion": "css-at-media-prefers-reduced-motion",
			"orientation":            "css-at-media-orientation",
			"hover":                  "css-at-media-hover",
			"device-pixel-ratio":     "css-at-media-device-pixel-ratio",
		} {
			if strings.Contains(prelude, feature) {
				l.add(slug, "@media ("+feature+")")
			}
		}
	case "@font-face", "@import", "@keyframes", "@supports":
		l.add("css-at-"+strings.TrimPrefix(name, "@"), name)
	}
}

// pseudoFeatures are the pseudo-classes and elements caniemail tracks.
var pseudoFeatures = []string{"active", "checked", "default", "first-child", "first-of-type", "focus-visible",
	"focus-within", "focus", "has", "hover", "lang", "last-child", "last-of-type", "link", "not", "nth-child",
	"nth-last-child", "nth-last-of-type", "nth-of-type", "only-child", "only-of-type", "target", "visited"}

func (l *useList) selector(values []css.Token) {
	sel := tokensText(values)
	el := sel
	if len(el) > 60 {
		el = el[:57] + "…"
	}
	rec := func(slug string) { l.add(slug, el) }
	compound := 0 // simple selectors in the current compound selector
	prevWS := false
	for i, t := range values {
		switch t.TokenType {
		case css.WhitespaceToken:
			prevWS = true
			continue
		case css.CommaToken:
			rec("css-selector-grouping")
			compound = 0
		case css.DelimToken:
			switch string(t.Data) {
			case ".":
				rec("css-selector-class")
				compound++
			case ">":
				rec("css-selector-child")
				compound = 0
			case "+":
				rec("css-selector-adjacent-sibling")
				compound = 0
			case "~":
				rec("css-selector-general-sibling")
				compound = 0
			case "*":
				rec("css-selector-universal")
				compound++
			}
		case css.HashToken:
			rec("css-selector-id")
			compound++
		case css.LeftBracketToken:
			rec("css-selector-attribute")
			compound++
		case css.IdentToken:
			if i == 0 || !isSelectorPunct(values[i-1]) {
				if prevWS && compound > 0 {
					rec("css-selector-descendant")
					compound = 0
				}
				rec("css-selector-type")
				compound++
			}
		case css.ColonToken:
			if i+1 < len(values) {
				next := values[i+1]
				if next.TokenType == css.ColonToken && i+2 < len(values) {
					rec("css-pseudo-element-" + strings.ToLower(string(values[i+2].Data)))
				} else if i == 0 || values[i-1].TokenType != css.ColonToken {
					name := strings.ToLower(strings.TrimSuffix(string(next.Data), "("))
					for _, p := range pseudoFeatures {
						if name == p {
							rec("css-pseudo-class-" + p)
						}
					}
				}
			}
			compound++
		}
		if prevWS && compound > 0 && t.TokenType != css.IdentToken && (t.TokenType == css.HashToken ||
			t.TokenType == css.DelimToken && (string(t.Data) == "." || string(t.Data) == "*")) {
			rec("css-selector-descendant")
			compound = 1
		}
		if compound > 1 {
			rec("css-selector-chaining")
		}
		prevWS = false
	}
}

// isSelectorPunct reports whether the token before an identifier makes it
// part of a class, pseudo-class or attribute rather than a type selector.
func isSelectorPunct(t css.Token) bool {
	switch t.TokenType {
	case css.ColonToken, css.LeftBracketToken:
		return true
	case css.DelimToken:
		return string(t.Data) == "."
	}
	return false
}

// propertyAliases maps longhands to the caniemail feature that covers them.
var propertyAliases = map[string]string{
	"padding-top": "css-padding", "padding-right": "css-padding", "padding-bottom": "css-padding", "padding-left": "css-padding",
	"margin-top": "css-margin", "margin-right": "css-margin", "margin-bottom": "css-margin", "margin-left": "css-margin",
	"border-width": "css-border", "border-style": "css-border", "border-color": "css-border", "border-top": "css-border",
	"border-right": "css-border", "border-bottom": "css-border", "border-left": "css-border",
	"border-top-width": "css-border", "border-top-style": "css-border", "border-top-color": "css-border",
	"border-bottom-width": "css-border", "border-bottom-style": "css-border", "border-bottom-color": "css-border",
	"border-left-width": "css-border", "border-left-style": "css-border", "border-left-color": "css-border",
	"border-right-width": "css-border", "border-right-style": "css-border", "border-right-color": "css-border",
	"row-gap": "css-gap", "column-gap": "css-gap", "font": "css-font",
	"block-size":            "css-block-inline-size",
	"grid-template-columns": "css-grid-template", "grid-template-rows": "css-grid-template", "grid-template-areas": "css-grid-template",
}

// valueFunctions maps CSS functions to caniemail slugs.
var valueFunctions = map[string]string{
	"calc(": "css-unit-calc", "var(": "css-variables", "rgb(": "css-rgb", "rgba(": "css-rgba",
	"linear-gradient(": "css-linear-gradient", "radial-gradient(": "css-radial-gradient",
	"conic-gradient(": "css-conic-gradient", "min(": "css-function-min", "max(": "css-function-max",
	"clamp(": "css-function-clamp", "light-dark(": "css-function-light-dark", "lch(": "css-modern-color",
	"oklch(": "css-modern-color", "lab(": "css-modern-color", "oklab(": "css-modern-color",
}

var units = []string{"px", "em", "rem", "pt", "vw", "vh", "vmin", "vmax", "ch", "ex", "cm", "mm", "in", "pc"}

// declarationUses appends the features one declaration uses to uses.
func declarationUses(uses []featureUse, prop string, values []css.Token) []featureUse {
	prop = strings.ToLower(prop)
	if strings.HasPrefix(prop, "mso-") || strings.HasPrefix(prop, "-") {
		return uses // Outlook-only and vendor-prefixed properties target the clients that read them
	}
	value := strings.ToLower(tokensText(values))
	el := prop + ":" + value
	rec := func(slug string) { uses = append(uses, featureUse{slug: slug, element: el}) }

	switch {
	case prop == "display":
		switch strings.TrimSpace(strings.TrimSuffix(value, "!important")) {
		case "flex", "inline-flex":
			rec("css-display-flex")
		case "grid", "inline-grid":
			rec("css-display-grid")
		case "none":
			rec("css-display-none")
		default:
			rec("css-display")
		}
	case prop == "flex-direction":
		rec("css-flex-direction")
	case prop == "flex-wrap":
		rec("css-flex-wrap")
	case prop == "left" || prop == "right" || prop == "top" || prop == "bottom":
		rec("css-left-right-top-bottom")
	case propertyAliases[prop] != "":
		rec(propertyAliases[prop])
	default:
		rec("css-" + prop)
	}

	for _, t := range values {
		switch t.TokenType {
		case css.FunctionToken:
			if slug, ok := valueFunctions[strings.ToLower(string(t.Data))]; ok {
				rec(slug)
			}
		case css.PercentageToken:
			rec("css-unit-percent")
		case css.DimensionToken:
			d := strings.ToLower(string(t.Data))
			unit := strings.TrimLeft(d, "0123456789.+-")
			for _, u := range units {
				if unit == u {
					rec("css-unit-" + u)
				}
			}
		case css.IdentToken:
			switch strings.ToLower(string(t.Data)) {
			case "initial":
				rec("css-unit-initial")
			case "system-ui", "ui-serif", "ui-sans-serif", "ui-rounded", "ui-monospace":
				rec("css-sytem-ui")
			case "fit-content", "min-content", "max-content":
				rec("css-intrinsic-size")
			}
		}
	}
	if strings.Contains(value, "!important") {
		rec("css-important")
	}
	if prop == "background" || prop == "background-image" {
		if strings.Contains(value, "url(") {
			rec("css-background-image")
		}
	}
	return uses
}

func tokensText(ts []css.Token) string {
	var b strings.Builder
	for _, t := range ts {
		b.Write(t.Data)
	}
	return strings.TrimSpace(b.String())
}

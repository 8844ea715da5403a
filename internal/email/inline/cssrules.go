package inline

import (
	"io"
	"slices"
	"strings"

	"github.com/andybalholm/cascadia"
	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/css"
)

// Stylesheets prepared for inlining: their rules split per selector and
// importance, in cascade order, with what cannot be inlined kept as text
// for a <style>.

// declaration is one property with its value as it is written into a
// style attribute ("!important" kept for important rules).
type declaration struct{ prop, value string }

// styleRule is one selector of a stylesheet rule with the normal or the
// important half of its declarations.
type styleRule struct {
	selector string
	match    cascadia.Selector
	decls    []declaration
	// The cascade order, compared in this order: important rules win,
	// then ids, classes, attributes and types, then the later stylesheet,
	// then the later rule.
	important                  bool
	ids, classes, attrs, types int
	index                      int // among the sheet's styleRules
}

// sheet is one stylesheet prepared for inlining.
type sheet struct {
	rules    []*styleRule // in source order
	index    *ruleIndex   // in cascade order, for a document with this sheet only
	leftover []string     // CSS that stays in a <style> in the head
}

// parsedRule is a style rule as the parser gives it: its selectors, split
// at the commas, and its declarations.
type parsedRule struct {
	selectors [][]css.Token
	decls     []parsedDeclaration
}

type parsedDeclaration struct {
	prop      string
	value     string
	important bool
}

func parseSheet(text string) *sheet {
	sh := &sheet{}
	p := css.NewParser(parse.NewInputString(text), false)
	var selectors [][]css.Token
	for {
		gt, _, data := p.Next()
		switch gt {
		case css.ErrorGrammar:
			if p.Err() == io.EOF {
				sh.index = newRuleIndex(cascadeOrder([]*sheet{sh}))
				return sh
			}
			selectors = nil // a broken rule or declaration is dropped, as browsers do
		case css.QualifiedRuleGrammar:
			selectors = append(selectors, copyTokens(p.Values()))
		case css.BeginRulesetGrammar:
			selectors = append(selectors, copyTokens(p.Values()))
			sh.addRule(parsedRule{selectors: selectors, decls: declarationsUntilEnd(p)})
			selectors = nil
		case css.AtRuleGrammar:
			sh.leftover = append(sh.leftover, string(data)+" "+strings.TrimSpace(tokensText(p.Values()))+";")
		case css.BeginAtRuleGrammar:
			sh.leftover = append(sh.leftover, atRuleText(p, string(data)))
		}
	}
}

// addRule files each selector of a rule: as a rule to inline, or, when
// no style attribute can say what it means (pseudo-classes such as
// :hover, pseudo-elements), as leftover CSS for the head.
func (sh *sheet) addRule(rule parsedRule) {
	var normal, important []declaration
	for _, d := range rule.decls {
		if d.important {
			important = append(important, declaration{d.prop, d.value + " !important"})
		} else {
			normal = append(normal, declaration{d.prop, d.value})
		}
	}
	for _, tokens := range rule.selectors {
		sel := tokensText(tokens)
		if !inlinable(tokens) {
			sh.leftover = append(sh.leftover, ruleText(sel, rule.decls, true))
			continue
		}
		match, err := cascadia.Compile(sel)
		if err != nil {
			continue // a selector cascadia cannot read matches nothing
		}
		s := specificityOf(tokens)
		for _, half := range []struct {
			decls     []declaration
			important bool
		}{{normal, false}, {important, true}} {
			if len(half.decls) == 0 {
				continue
			}
			sh.rules = append(sh.rules, &styleRule{
				selector: sel, match: match, decls: half.decls, important: half.important,
				ids: s.ids, classes: s.classes, attrs: s.attrs, types: s.types, index: len(sh.rules),
			})
		}
	}
}

// declarationsUntilEnd reads the declarations of the block the parser has
// just opened, up to its end.
func declarationsUntilEnd(p *css.Parser) []parsedDeclaration {
	var out []parsedDeclaration
	for {
		gt, _, data := p.Next()
		switch gt {
		case css.DeclarationGrammar:
			out = append(out, declarationOf(string(data), p.Values()))
		case css.CustomPropertyGrammar:
			out = append(out, parsedDeclaration{prop: string(data), value: strings.TrimSpace(tokensText(p.Values()))})
		case css.ErrorGrammar:
			if p.Err() == io.EOF {
				return out
			}
		case css.EndRulesetGrammar, css.EndAtRuleGrammar:
			return out
		}
	}
}

// parseDeclarations reads a style attribute.
func parseDeclarations(block string) []declaration {
	p := css.NewParser(parse.NewInputString(block), true)
	var out []declaration
	for {
		gt, _, data := p.Next()
		var d parsedDeclaration
		switch gt {
		case css.DeclarationGrammar:
			d = declarationOf(string(data), p.Values())
		case css.CustomPropertyGrammar:
			d = parsedDeclaration{prop: string(data), value: strings.TrimSpace(tokensText(p.Values()))}
		case css.ErrorGrammar:
			if p.Err() == io.EOF {
				return out
			}
			continue
		default:
			continue
		}
		if d.important {
			d.value += " !important"
		}
		out = append(out, declaration{d.prop, d.value})
	}
}

// declarationOf splits "!important" from a declaration's value.
func declarationOf(prop string, values []css.Token) parsedDeclaration {
	d := parsedDeclaration{prop: prop}
	if n := len(values); n >= 2 && values[n-2].TokenType == css.DelimToken && string(values[n-2].Data) == "!" &&
		values[n-1].TokenType == css.IdentToken && strings.EqualFold(string(values[n-1].Data), "important") {
		d.important = true
		values = values[:n-2]
	}
	d.value = strings.TrimSpace(tokensText(values))
	return d
}

// atRuleText prints an at-rule with a block for the leftover sheet. Style
// rules inside @media, @supports and the like are made important, so they
// still win over the inlined styles they are meant to override.
func atRuleText(p *css.Parser, name string) string {
	var b strings.Builder
	b.WriteString(name)
	if prelude := strings.TrimSpace(tokensText(p.Values())); prelude != "" {
		b.WriteString(" " + prelude)
	}
	b.WriteString("{")
	important := name == "@media" || name == "@supports" || name == "@document" || name == "@layer"
	var selectors []string
	for open := true; open; {
		gt, _, data := p.Next()
		switch gt {
		case css.ErrorGrammar:
			open = p.Err() != io.EOF
			selectors = nil
		case css.QualifiedRuleGrammar:
			selectors = append(selectors, tokensText(p.Values()))
		case css.BeginRulesetGrammar:
			selectors = append(selectors, tokensText(p.Values()))
			b.WriteString(ruleText(strings.Join(selectors, ","), declarationsUntilEnd(p), important))
			selectors = nil
		case css.AtRuleGrammar:
			b.WriteString(string(data) + " " + strings.TrimSpace(tokensText(p.Values())) + ";")
		case css.BeginAtRuleGrammar:
			b.WriteString(atRuleText(p, string(data)))
		case css.DeclarationGrammar, css.CustomPropertyGrammar:
			// @font-face and @page: descriptors, which !important would void
			b.WriteString(string(data) + ":" + tokensText(p.Values()) + ";")
		case css.TokenGrammar:
			b.Write(data)
		case css.EndAtRuleGrammar:
			open = false
		}
	}
	b.WriteString("}")
	return b.String()
}

// ruleText prints a style rule, its declarations made important when
// important is set.
func ruleText(selector string, decls []parsedDeclaration, important bool) string {
	var b strings.Builder
	b.WriteString(selector + "{")
	for _, d := range decls {
		b.WriteString(d.prop + ":" + d.value)
		if d.important || important {
			b.WriteString(" !important")
		}
		b.WriteString(";")
	}
	b.WriteString("}")
	return b.String()
}

// tokensText joins tokens as the parser gives them; it has already made
// each run of whitespace one space and left out what is insignificant.
func tokensText(ts []css.Token) string {
	var b strings.Builder
	for _, t := range ts {
		b.Write(t.Data)
	}
	return b.String()
}

// copyTokens keeps tokens past the parser's next step, which reuses their
// buffer.
func copyTokens(ts []css.Token) []css.Token {
	out := make([]css.Token, len(ts))
	for i, t := range ts {
		out[i] = css.Token{TokenType: t.TokenType, Data: parse.Copy(t.Data)}
	}
	return out
}

// Pseudo-classes and pseudo-elements (by the start of their name) that a
// style attribute cannot express: they depend on the reader's actions or
// make content. Rules with them stay in the head's <style>.
var (
	stateOrGenerated = []string{"visited", "active", "hover", "focus", "link", "root", "in-range", "invalid", "valid",
		"after", "before", "selection", "target", "first-line", "first-letter"}
	formOrLanguage = []string{"checked", "disabled", "enabled", "lang"}
)

// inlinable reports whether a selector's rules can become style
// attributes: it has no universal selector and no pseudo-class of the
// reader's state or pseudo-element.
func inlinable(sel []css.Token) bool {
	for i, t := range sel {
		switch {
		case t.TokenType == css.DelimToken && string(t.Data) == "*":
			return false
		case t.TokenType == css.ColonToken && i+1 < len(sel):
			name := strings.ToLower(strings.TrimSuffix(string(sel[i+1].Data), "("))
			for _, prefix := range slices.Concat(stateOrGenerated, formOrLanguage) {
				if strings.HasPrefix(name, prefix) {
					return false
				}
			}
		}
	}
	return true
}

// specificity counts a selector's ids, classes, attribute selectors and
// type selectors.
type specificity struct{ ids, classes, attrs, types int }

func specificityOf(sel []css.Token) specificity {
	var s specificity
	for i, t := range sel {
		switch t.TokenType {
		case css.HashToken:
			s.ids++
		case css.LeftBracketToken:
			s.attrs++
		case css.DelimToken:
			if string(t.Data) == "." {
				s.classes++
			}
		case css.IdentToken:
			if i == 0 || startsCompound(sel[i-1]) {
				s.types++
			}
		}
	}
	return s
}

// startsCompound reports whether the token before an identifier ends the
// previous compound selector, making the identifier a type selector.
func startsCompound(prev css.Token) bool {
	switch prev.TokenType {
	case css.WhitespaceToken:
		return true
	case css.DelimToken:
		d := string(prev.Data)
		return d == ">" || d == "+" || d == "~"
	}
	return false
}

// cascadeOrder lists the rules of a document's sheets from the weakest to
// the strongest.
func cascadeOrder(sheets []*sheet) []*styleRule {
	type ranked struct {
		r     *styleRule
		sheet int
	}
	var all []ranked
	for i, sh := range sheets {
		for _, r := range sh.rules {
			all = append(all, ranked{r, i})
		}
	}
	slices.SortFunc(all, func(a, b ranked) int {
		for _, d := range [...]int{
			b2i(a.r.important) - b2i(b.r.important), a.r.ids - b.r.ids, a.r.classes - b.r.classes,
			a.r.attrs - b.r.attrs, a.r.types - b.r.types, a.sheet - b.sheet, a.r.index - b.r.index,
		} {
			if d != 0 {
				return d
			}
		}
		return 0
	})
	out := make([]*styleRule, len(all))
	for i, a := range all {
		out[i] = a.r
	}
	return out
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

package inline

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/andybalholm/cascadia"
	"github.com/vanng822/css"
)

// Stylesheets prepared for inlining: their rules split per selector and
// importance, in premailer's cascade order, with what cannot be inlined
// kept as text for a <style>.

var (
	// unmergeable selectors (pseudo-classes, pseudo-elements, at-rules)
	// cannot become style attributes; they stay in a <style>.
	unmergeableSelector  = regexp.MustCompile(`(?i)\:{1,2}(visited|active|hover|focus|link|root|in-range|invalid|valid|after|before|selection|target|first\-(line|letter))|^\@`)
	unsupportedSelector  = regexp.MustCompile(`(?i)\:(checked|disabled|enabled|lang)`)
	typeSelectorPosition = regexp.MustCompile(`(^|\s)\w`)
)

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
	// then ids, classes, attributes and types (counted on the selector's
	// text, like premailer), then the later stylesheet, then the later rule.
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

func parseSheet(text string) *sheet {
	sh := &sheet{}
	for _, rule := range css.Parse(text).GetCSSRuleList() {
		if rule.Type != css.STYLE_RULE {
			sh.leftover = append(sh.leftover, leftoverText(rule))
			continue
		}
		var normal, important []declaration
		for _, s := range rule.Style.Styles {
			if s.Important {
				important = append(important, declaration{s.Property, s.Value.Text() + " !important"})
			} else {
				normal = append(normal, declaration{s.Property, s.Value.Text()})
			}
		}
		// Selectors are not trimmed after the split, as in premailer: the
		// space before " td" counts as a type selector.
		for _, sel := range strings.Split(rule.Style.Selector.Text(), ",") {
			if unmergeableSelector.MatchString(sel) || unsupportedSelector.MatchString(sel) || strings.Contains(sel, "*") {
				sh.leftover = append(sh.leftover, leftoverText(copyRule(sel, rule)))
				continue
			}
			match, err := cascadia.Compile(sel)
			if err != nil {
				continue // premailer's matcher for a selector it cannot parse matches nothing
			}
			for _, half := range []struct {
				decls     []declaration
				important bool
			}{{normal, false}, {important, true}} {
				if len(half.decls) == 0 {
					continue
				}
				sh.rules = append(sh.rules, &styleRule{
					selector: sel, match: match, decls: half.decls, important: half.important,
					ids: strings.Count(sel, "#"), classes: strings.Count(sel, "."), attrs: strings.Count(sel, "["),
					types: len(typeSelectorPosition.FindAllString(sel, -1)), index: len(sh.rules),
				})
			}
		}
	}
	sh.index = newRuleIndex(cascadeOrder([]*sheet{sh}))
	return sh
}

// copyRule makes a rule of one selector of a rule, for the leftover sheet.
func copyRule(selector string, rule *css.CSSRule) *css.CSSRule {
	styles := make([]*css.CSSStyleDeclaration, 0, len(rule.Style.Styles))
	for _, s := range rule.Style.Styles {
		styles = append(styles, css.NewCSSStyleDeclaration(s.Property, s.Value.Text(), s.Important))
	}
	return &css.CSSRule{Type: rule.Type, Style: css.CSSStyleRule{Selector: css.NewCSSValue(selector), Styles: styles}}
}

// leftoverText prints a rule that cannot be inlined with every declaration
// made important, so it still wins over the inlined styles. It marks the
// parsed rule's declarations important: call it on rules that are not
// inlined.
func leftoverText(rule *css.CSSRule) string {
	important := func(r *css.CSSRule) string {
		for _, s := range r.Style.Styles {
			s.Important = true
		}
		return r.Style.Text()
	}
	if rule.Type != css.MEDIA_RULE {
		return important(rule)
	}
	inner := make([]string, 0, len(rule.Rules))
	for _, r := range rule.Rules {
		inner = append(inner, important(r))
	}
	return fmt.Sprintf("%s %s{\n%s\n}\n", rule.Type.Text(), rule.Style.Selector.Text(), strings.Join(inner, "\n"))
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

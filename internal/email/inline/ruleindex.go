package inline

import (
	"slices"
	"strings"

	"golang.org/x/net/html"

	"github.com/claritynotes/gen/internal/memo"
)

// ruleIndex holds a document's rules in cascade order, filed under what
// the last compound selector of each requires of an element (a class, or
// else a tag name), so that an element is matched only against the rules
// that can apply to it.
type ruleIndex struct {
	rules   []*styleRule
	byClass map[string][]int
	byTag   map[string][]int
	always  []int                           // rules no key was found for
	styles  *memo.Memo[string, inlineStyle] // see apply
}

func newRuleIndex(rules []*styleRule) *ruleIndex {
	ix := &ruleIndex{rules: rules, byClass: map[string][]int{}, byTag: map[string][]int{},
		styles: memo.New[string, inlineStyle](4096)}
	for i, r := range rules {
		class, tag, ok := selectorKey(r.selector)
		switch {
		case ok && class != "":
			ix.byClass[class] = append(ix.byClass[class], i)
		case ok && tag != "":
			ix.byTag[tag] = append(ix.byTag[tag], i)
		default:
			ix.always = append(ix.always, i)
		}
	}
	return ix
}

// candidates appends the positions of the rules that may match n, in
// cascade order, to buf.
func (ix *ruleIndex) candidates(n *html.Node, buf []int) []int {
	buf = append(buf, ix.always...)
	buf = append(buf, ix.byTag[n.Data]...)
	for _, a := range n.Attr {
		if a.Key != "class" {
			continue
		}
		for _, c := range strings.FieldsFunc(a.Val, isSelectorSpace) {
			buf = append(buf, ix.byClass[c]...)
		}
	}
	slices.Sort(buf)
	return slices.Compact(buf)
}

// isSelectorSpace is whitespace as cascadia reads it in class lists and
// selectors.
func isSelectorSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
}

// selectorKey returns what the last compound of a selector made of type,
// class, id and descendant selectors requires of the element it matches:
// its first class, and its tag name. ok is false for any other selector,
// which is then tried on every element.
func selectorKey(sel string) (class, tag string, ok bool) {
	for _, r := range sel {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' ||
			r == '-' || r == '_' || r == '.' || r == '#' || isSelectorSpace(r)) {
			return "", "", false
		}
	}
	fields := strings.FieldsFunc(sel, isSelectorSpace)
	if len(fields) == 0 {
		return "", "", false
	}
	last := fields[len(fields)-1]
	end := strings.IndexAny(last, ".#")
	if end < 0 {
		end = len(last)
	}
	tag = strings.ToLower(last[:end])
	for rest := last[end:]; rest != ""; {
		next := strings.IndexAny(rest[1:], ".#") + 1
		if next == 0 {
			next = len(rest)
		}
		if rest[0] == '.' && class == "" {
			class = rest[1:next]
		}
		rest = rest[next:]
	}
	return class, tag, class != "" || tag != ""
}

package inline

import (
	"slices"
	"strings"

	"golang.org/x/net/html"

	"github.com/claritynotes/gen/internal/memo"
)

// ruleIndex is a document's stylesheets planned for one walk over its
// elements: the rules in cascade order and, for each, how an element is
// found to match it.
//
// Most rules are chains: compounds of a type, classes and ids joined by
// descendant combinators (".content p"). A chain matches an element when
// its last compound does and its earlier ones match ancestors in order,
// so what the chains match depends only on the element's tag, class and
// id and on how far each chain has got along its ancestors: the walk
// state. Both are few in an email, so each step (what matches an element
// in a state, and the state its children start from) is computed once
// and then looked up.
//
// The other rules are filed under what their last compound requires of an
// element (a class, or else a tag name), so that an element is matched
// only against the ones that can apply to it.
type ruleIndex struct {
	rules  []*styleRule
	chains []chain
	slots  int // bytes of a walk state: one per chain with ancestors to find
	steps  *memo.Strings[step]
	// ids are the ids chains name: a step's key holds only those, as
	// headings and footnotes give most elements with an id one of their own.
	ids map[string]bool
	// The rules that are not chains.
	byClass map[string][]int
	byTag   map[string][]int
	always  []int                           // rules no key was found for
	styles  *memo.Memo[string, inlineStyle] // see apply
	// written is what InlineStream writes for a start tag, by its parent's
	// walk state and the tag as written (see streamer.pushRaw).
	written *memo.Strings[writtenTag]
}

// chain is a rule whose selector is a chain of compounds.
type chain struct {
	rule  int        // position in ruleIndex.rules
	parts []compound // the element's own compound last
	slot  int        // its byte in a walk state: how many parts ancestors matched; -1 when it has one part
}

// compound is a type selector ("" for any element), classes and ids.
type compound struct {
	tag          string
	classes, ids []string
}

// step is what the walk learns of an element in a state.
type step struct {
	rules []int  // the chains it matches, by rule position, ascending
	child string // the state its children start from
}

// maxChain bounds the parts of a chain, whose progress is one byte.
const maxChain = 255

func newRuleIndex(rules []*styleRule) *ruleIndex {
	ix := &ruleIndex{rules: rules, byClass: map[string][]int{}, byTag: map[string][]int{},
		steps: memo.NewStrings[step](4096), written: memo.NewStrings[writtenTag](4096), ids: map[string]bool{}, styles: memo.New[string, inlineStyle](4096)}
	for i, r := range rules {
		if parts, ok := chainOf(r.selector); ok {
			c := chain{rule: i, parts: parts, slot: -1}
			for _, p := range parts {
				for _, id := range p.ids {
					ix.ids[id] = true
				}
			}
			if len(parts) > 1 {
				c.slot = ix.slots
				ix.slots++
			}
			ix.chains = append(ix.chains, c)
			continue
		}
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

// match calls f for every element under root, in document order, with
// the positions of the rules that match it, ascending; f must not change
// them. It changes nothing itself, so every element is matched before
// inlining sets attributes a selector may test.
func (ix *ruleIndex) match(root *html.Node, f func(n *html.Node, rules []int)) {
	w := walker{ix: ix, f: f}
	ix.walk(&w, root, strings.Repeat("\x00", ix.slots))
}

type walker struct {
	ix       *ruleIndex
	f        func(*html.Node, []int)
	key      []byte // the step's key being built
	cand, on []int
}

func (ix *ruleIndex) walk(w *walker, parent *html.Node, state string) {
	for n := parent.FirstChild; n != nil; n = n.NextSibling {
		childState := state
		if n.Type == html.ElementNode {
			st := ix.step(w, n, state)
			rules := st.rules
			if len(ix.rules) > len(ix.chains) {
				w.cand = ix.candidates(n, w.cand[:0])
				w.on = w.on[:0]
				for _, i := range w.cand {
					if ix.rules[i].match(n) {
						w.on = append(w.on, i)
					}
				}
				if len(w.on) > 0 {
					rules = slices.Concat(rules, w.on)
					slices.Sort(rules)
				}
			}
			if len(rules) > 0 {
				w.f(n, rules)
			}
			childState = st.child
		}
		if n.FirstChild != nil {
			ix.walk(w, n, childState)
		}
	}
}

// step looks up, or works out, what the chains make of element n in a state.
func (ix *ruleIndex) step(w *walker, n *html.Node, state string) step {
	w.key = append(append(append(w.key[:0], state...), 0), n.Data...)
	for _, a := range n.Attr {
		if a.Key == "class" || a.Key == "id" && ix.ids[a.Val] {
			w.key = append(append(append(append(w.key, 0), a.Key...), 0), a.Val...)
		}
	}
	return ix.steps.GetBytes(w.key, func(string) step {
		var classes, ids []string
		for _, a := range n.Attr {
			switch a.Key {
			case "class":
				classes = append(classes, strings.FieldsFunc(a.Val, isSelectorSpace)...)
			case "id":
				if ix.ids[a.Val] {
					ids = append(ids, a.Val)
				}
			}
		}
		child := []byte(state)
		var st step
		for _, c := range ix.chains {
			done := 0
			if c.slot >= 0 {
				done = int(state[c.slot])
			}
			last := len(c.parts) - 1
			if done == last && c.parts[last].matches(n.Data, classes, ids) {
				st.rules = append(st.rules, c.rule)
			}
			if done < last && c.parts[done].matches(n.Data, classes, ids) {
				child[c.slot]++
			}
		}
		st.child = string(child)
		return st
	})
}

// matches is cascadia's test of a compound: the tag name as the parser
// gives it, classes among the class attribute's words, the id equal.
func (c compound) matches(tag string, classes, ids []string) bool {
	if c.tag != "" && c.tag != tag {
		return false
	}
	for _, want := range c.classes {
		if !slices.Contains(classes, want) {
			return false
		}
	}
	for _, want := range c.ids {
		if !slices.Contains(ids, want) {
			return false
		}
	}
	return true
}

// chainOf reads a selector made only of type, class and id selectors and
// descendant combinators; ok is false for any other.
func chainOf(sel string) ([]compound, bool) {
	if !plainSelector(sel) {
		return nil, false
	}
	fields := strings.FieldsFunc(sel, isSelectorSpace)
	if len(fields) == 0 || len(fields) > maxChain {
		return nil, false
	}
	parts := make([]compound, len(fields))
	for i, f := range fields {
		end := strings.IndexAny(f, ".#")
		if end < 0 {
			end = len(f)
		}
		c := compound{tag: strings.ToLower(f[:end])}
		for rest := f[end:]; rest != ""; {
			next := strings.IndexAny(rest[1:], ".#") + 1
			if next == 0 {
				next = len(rest)
			}
			name := rest[1:next]
			if name == "" {
				return nil, false
			}
			if rest[0] == '.' {
				c.classes = append(c.classes, name)
			} else {
				c.ids = append(c.ids, name)
			}
			rest = rest[next:]
		}
		parts[i] = c
	}
	return parts, true
}

// plainSelector reports whether sel has only the characters of type,
// class and id selectors and descendant combinators (no escapes).
func plainSelector(sel string) bool {
	for _, r := range sel {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' ||
			r == '-' || r == '_' || r == '.' || r == '#' || isSelectorSpace(r)) {
			return false
		}
	}
	return true
}

// candidates appends the positions of the rules that are not chains and
// may match n, in cascade order, to buf.
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
	if !plainSelector(sel) {
		return "", "", false
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

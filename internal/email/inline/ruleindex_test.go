package inline

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestSelectorKey(t *testing.T) {
	for _, tc := range []struct {
		sel, class, tag string
		ok              bool
	}{
		{".content p", "", "p", true},
		{" td", "", "td", true},
		{"a.quiet", "quiet", "a", true},
		{".a.b", "a", "", true},
		{"DIV.caps", "caps", "div", true},
		{"div#box.wide span", "", "span", true},
		{"#hero", "", "", false},
		{"p > a", "", "", false},
		{"p:first-child", "", "", false},
		{"[data-x]", "", "", false},
		{`.a\:b`, "", "", false},
		{"", "", "", false},
	} {
		class, tag, ok := selectorKey(tc.sel)
		if class != tc.class || tag != tc.tag || ok != tc.ok {
			t.Errorf("selectorKey(%q) = %q, %q, %v; want %q, %q, %v", tc.sel, class, tag, ok, tc.class, tc.tag, tc.ok)
		}
	}
}

// TestWalkMatchesAsCascadia checks the planned walk against cascadia:
// for every element of a rendered email and of tricky markup, the rules
// the walk reports are exactly those whose compiled selector matches.
func TestWalkMatchesAsCascadia(t *testing.T) {
	themeCSS, err := os.ReadFile(filepath.Join("..", "..", "..", "themes", "clarity", "email", "email.css"))
	if err != nil {
		t.Fatal(err)
	}
	extra := `#hero { width: 1px } td.cell, th.cell { color: red } .content p > a { color: blue } p + p { margin: 0 }
		[data-x] { color: red } div#box.wide.tall span { color: red } .content li:nth-child(2) { color: red }
		.UpperCase { color: red } DIV.caps { color: red } svg rect { fill: red } .a.b .c.d { color: red }
		.x .y i { color: red } .y .x i { color: blue } .x .x i { color: green } #box #inner { color: red }
		svg clipPath { fill: red } svg clippath { fill: blue } #a#b { color: red } .wide span.c { margin: 0 }`
	sh := parseSheet(string(themeCSS) + extra)
	rendered, err := os.ReadFile(filepath.Join("testdata", "rendered.html")) // an email of the built-in theme
	if err != nil {
		t.Fatal(err)
	}
	tricky := `<div id="box" class="wide  tall caps"><span class="c d">x</span><b id="inner"></b></div><p data-x class="UpperCase">y</p>
		<table><tr><td class="cell">a</td><th class="x	cell">b</th></tr></table><ul class="content"><li>1</li><li>2</li></ul>
		<div class="a b"><i class="d c">z</i></div><svg><rect class="cell"/><clipPath id="a"></clipPath></svg><img id="hero">
		<div class="y"><div class="x"><i>1</i></div></div><div class="x"><div class="y"><i>2</i></div></div>
		<div class="x"><i>3</i><div class="x"><i>4</i></div></div><b id="a" class="b"></b><b id="b"></b>`
	checked := 0
	for _, doc := range [][]byte{rendered, []byte(tricky)} {
		root, err := html.Parse(bytes.NewReader(doc))
		if err != nil {
			t.Fatal(err)
		}
		walked := map[*html.Node][]int{}
		sh.index.match(root, func(n *html.Node, rules []int) { walked[n] = rules })
		walkElements(root, func(n *html.Node) {
			var want []int
			for i, rule := range sh.index.rules {
				if rule.match(n) {
					want = append(want, i)
				}
			}
			checked += len(want)
			if !slices.Equal(walked[n], want) {
				t.Errorf("<%s class=%q>: the walk matches %v, cascadia %v", n.Data, classOf(n), selectors(sh.index, walked[n]), selectors(sh.index, want))
			}
		})
	}
	if checked < 50 {
		t.Fatalf("only %d matches checked", checked)
	}
}

func selectors(ix *ruleIndex, rules []int) []string {
	var out []string
	for _, i := range rules {
		out = append(out, ix.rules[i].selector)
	}
	return out
}

func classOf(n *html.Node) string {
	v, _ := attrOf(n, "class")
	return strings.TrimSpace(v)
}

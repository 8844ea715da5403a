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

// TestCandidatesCoverMatches checks the index never leaves out a rule
// that matches: for every element of a rendered email and of tricky
// markup, each rule whose selector matches is among the candidates.
func TestCandidatesCoverMatches(t *testing.T) {
	themeCSS, err := os.ReadFile(filepath.Join("..", "..", "..", "themes", "clarity", "email", "email.css"))
	if err != nil {
		t.Fatal(err)
	}
	extra := `#hero { width: 1px } td.cell, th.cell { color: red } .content p > a { color: blue } p + p { margin: 0 }
		[data-x] { color: red } div#box.wide.tall span { color: red } .content li:nth-child(2) { color: red }
		.UpperCase { color: red } DIV.caps { color: red } svg rect { fill: red } .a.b .c.d { color: red }`
	sh := parseSheet(string(themeCSS) + extra)
	rendered, err := os.ReadFile(filepath.Join("testdata", "rendered.html")) // an email of the built-in theme
	if err != nil {
		t.Fatal(err)
	}
	tricky := `<div id="box" class="wide  tall caps"><span class="c d">x</span></div><p data-x class="UpperCase">y</p>
		<table><tr><td class="cell">a</td><th class="x	cell">b</th></tr></table><ul class="content"><li>1</li><li>2</li></ul>
		<div class="a b"><i class="d c">z</i></div><svg><rect class="cell"/></svg><img id="hero">`
	checked := 0
	for _, doc := range [][]byte{rendered, []byte(tricky)} {
		root, err := html.Parse(bytes.NewReader(doc))
		if err != nil {
			t.Fatal(err)
		}
		walkElements(root, func(n *html.Node) {
			cand := sh.index.candidates(n, nil)
			for i, rule := range sh.index.rules {
				if rule.match(n) {
					checked++
					if !slices.Contains(cand, i) {
						t.Errorf("%q matches <%s class=%q> but is not a candidate", rule.selector, n.Data, classOf(n))
					}
				}
			}
		})
	}
	if checked < 50 {
		t.Fatalf("only %d matches checked", checked)
	}
}

func classOf(n *html.Node) string {
	v, _ := attrOf(n, "class")
	return strings.TrimSpace(v)
}

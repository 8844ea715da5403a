package inline

import (
	"errors"
	"strings"
	"testing"
)

func TestInline(t *testing.T) {
	for _, tc := range []struct {
		name, css, body, want string
	}{
		{"class rule", `.a { color: red }`, `<p class="a">x</p>`,
			`<p class="a" style="color:red">x</p>`},
		{"own style wins over rules", `p { color: red; margin: 0 }`, `<p style="color: blue">x</p>`,
			`<p style="margin:0;color:blue">x</p>`},
		{"more specific wins, whatever the order", `.a p { color: red } p { color: blue }`, `<div class="a"><p>x</p></div>`,
			`<div class="a"><p style="color:red">x</p></div>`},
		{"later rule wins at equal specificity", `p { color: red } p { color: blue }`, `<p>x</p>`,
			`<p style="color:blue">x</p>`},
		{"important wins and stays important", `p { color: red !important } .a { color: blue }`, `<p class="a">x</p>`,
			`<p class="a" style="color:red !important">x</p>`},
		{"own important kept", `p { margin: 0 }`, `<p style="color: red !important">x</p>`,
			`<p style="margin:0;color:red !important">x</p>`},
		{"sizes: new attributes follow the others, width, height, style", `img { height: 20px; width: 10px }`, `<img src="a.png" alt="">`,
			`<img src="a.png" alt="" width="10" height="20" style="height:20px;width:10px"/>`},
		{"sizes: an existing attribute keeps its place", `img { width: 10px }`, `<img width="5" src="a.png">`,
			`<img width="10" src="a.png" style="width:10px"/>`},
		{"selector list", `h1, h2 { margin: 0 }`, `<h1>a</h1><h2>b</h2>`,
			`<h1 style="margin:0">a</h1><h2 style="margin:0">b</h2>`},
		{"values keep strings and functions", `p { font-family: 'Segoe UI', sans-serif; background: url("a b.png") }`, `<p>x</p>`,
			`<p style="font-family:&#39;Segoe UI&#39;,sans-serif;background:url(&#34;a b.png&#34;)">x</p>`},
		{"a broken declaration is dropped, the rest kept", `p { color red; margin: 0 }`, `<p>x</p>`,
			`<p style="margin:0">x</p>`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, err := New().Inline([]byte("<html><head><style>" + tc.css + "</style></head><body>" + tc.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			got := between(string(out), "<body>", "</body>")
			if got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

// TestLeftover: what a style attribute cannot say stays in the head,
// important so it still wins over the inlined styles.
func TestLeftover(t *testing.T) {
	for _, tc := range []struct {
		name, css, want string
	}{
		{"hover", `a:hover { color: red } a { color: blue }`, `a:hover{color:red !important;}`},
		{"pseudo-element", `p::before { content: "x" }`, `p::before{content:"x" !important;}`},
		{"universal", `* { margin: 0 }`, `*{margin:0 !important;}`},
		{"media", `@media only screen and (max-width: 599px) { .a, .b { width: 100% !important } p { margin: 0 } }`,
			`@media only screen and (max-width:599px){.a,.b{width:100% !important;}p{margin:0 !important;}}`},
		{"font-face keeps its descriptors as written", `@font-face { font-family: X; src: url(x.woff) }`,
			`@font-face{font-family:X;src:url(x.woff);}`},
		{"import", `@import url("x.css");`, `@import url("x.css");`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, err := New().Inline([]byte("<html><head><style>" + tc.css + "</style></head><body><p>x</p></body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if got := between(string(out), `<style type="text/css">`, "</style>"); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

// TestIgnoredStyleStays: the stylesheet marked data-premailer="ignore"
// (head.css) is left in place and its mark removed.
func TestIgnoredStyleStays(t *testing.T) {
	out, err := New().Inline([]byte(`<html><head><style data-premailer="ignore">p{color:red}</style></head><body><p>x</p></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(out), `<html><head><style>p{color:red}</style></head><body><p>x</p></body></html>`; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func between(s, start, end string) string {
	_, after, ok := strings.Cut(s, start)
	if !ok {
		return "(no " + start + ")"
	}
	before, _, _ := strings.Cut(after, end)
	return before
}

// TestPlanIsTheStylesheet: a <style> holding a plan's placeholder, alone
// or with other rules, inlines as one holding the plan's stylesheet.
func TestPlanIsTheStylesheet(t *testing.T) {
	const css = `.a { color: red } p { margin: 0 } a:hover { color: blue } @media (max-width: 600px) { .a { color: green } }`
	in := New()
	plan := in.Plan(css)
	for _, style := range []string{"%s", "%s .b { color: blue }", ".b { color: blue } %s"} {
		doc := func(s string) []byte {
			return []byte("<html><head><style>" + strings.Replace(style, "%s", s, 1) +
				`</style></head><body><p class="a b">x</p><a href="#">y</a></body></html>`)
		}
		want, err := New().Inline(doc(css))
		if err != nil {
			t.Fatal(err)
		}
		got, err := in.Inline(doc(plan.Placeholder()), plan)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("%q: got  %s\nwant %s", style, got, want)
		}
		if plan.LeftIn(got) {
			t.Errorf("%q: the placeholder is left in %s", style, got)
		}
	}
	escaped := strings.ReplaceAll(plan.Placeholder(), "/", `\2f `)
	if _, err := in.Inline([]byte(`<html><head><style>.x{content:"`+escaped+`"}</style></head><body></body></html>`), plan); !errors.Is(err, ErrPlaceholderLeft) {
		t.Errorf("a <style> with an escaped placeholder: err %v, want ErrPlaceholderLeft", err)
	}
	left, err := in.Inline([]byte(`<html><head><style media="print">`+plan.Placeholder()+`</style></head><body></body></html>`), plan)
	if err != nil {
		t.Fatal(err)
	}
	if !plan.LeftIn(left) {
		t.Errorf("LeftIn misses the placeholder of a <style> Inline leaves alone: %s", left)
	}
}

func TestPlannable(t *testing.T) {
	for css, want := range map[string]bool{
		".a { color: red }":                     true,
		".a { content: '</STYLE>' }":            false,
		".a { color: red }\r\n.b { margin: 0 }": false,
		".a { color: red }\x00":                 false,
	} {
		if got := Plannable(css); got != want {
			t.Errorf("Plannable(%q) = %v, want %v", css, got, want)
		}
	}
}

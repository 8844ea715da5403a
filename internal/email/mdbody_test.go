package email

import (
	"testing"
)

// TestLinkEdits checks email.md's link rewriting on each Markdown form:
// only destinations change, and text that merely looks like a link (code,
// raw HTML, escaped brackets) stays byte for byte.
func TestLinkEdits(t *testing.T) {
	cfg, _, _ := testSite(t, testConfig, testIssue)
	l := newLinker(cfg, "/newsletter/slug/", "slug")
	const tag = "?utm_source=clarity-notes&utm_medium=email&utm_campaign=slug"
	const page = "https://notes.example/newsletter/slug/"
	for _, tc := range []struct{ in, want string }{
		{"[a](../x/)", "[a](https://notes.example/newsletter/x/" + tag + ")"},
		{"[a]( <../x y/> \"t\")", "[a]( https://notes.example/newsletter/x%20y/" + tag + " \"t\")"},
		{"[a [b] *c*](x)", "[a [b] *c*](" + page + "x" + tag + ")"},
		{"[a](\nx)", "[a](\n" + page + "x" + tag + ")"},
		{"> [a](\n> x)", "> [a](\n> " + page + "x" + tag + ")"},
		{"![alt](pic.png)", "![alt](" + page + "pic.png)"},
		{"![alt](pic.svg)", "[alt](" + page + "pic.svg" + tag + ")"},
		{"[![alt](pic.png)](big.png)", "[![alt](" + page + "pic.png)](" + page + "big.png" + tag + ")"},
		{"[a][r] and ![i][p]\n\n[r]: x\n[p]: <pic.png> \"t\"", "[a][r] and ![i][p]\n\n[r]: " + page + "x" + tag + "\n[p]: " + page + "pic.png \"t\""},
		{"<https://notes.example/y> and https://notes.example/z", "<https://notes.example/y" + tag + "> and https://notes.example/z"},
		{"<mailto:a@b.example> <a@b.example>", "<mailto:a@b.example> <a@b.example>"},
		{"[a](https://elsewhere.example/)", "[a](https://elsewhere.example/)"},
		{"`[a](x)` and\n\n    [b](y)\n\n```\n[c](z)\n```", "`[a](x)` and\n\n    [b](y)\n\n```\n[c](z)\n```"},
		{"<p>href=\"x\"</p>\n\n<a href=\"y\">b</a> \\[c](z) [^1]\n\n[^1]: [d](w)", "<p>href=\"x\"</p>\n\n<a href=\"y\">b</a> \\[c](z) [^1]\n\n[^1]: [d](" + page + "w" + tag + ")"},
		{"[a](javascript:alert(1)) ![b](<javascript:x>)", "a b"},
		{"[a *b*](javascript:x \"t\")", "[a *b*](javascript:x \"t\")"},
		{"[a](x", "[a](x"},
	} {
		p := pageOf(t, tc.in)
		if got := applySpans(tc.in, linkEdits(p.AST, p.Body, l, imagesIn(p))); got != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

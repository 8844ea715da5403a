package email

import (
	"bytes"
	"html/template"
	"strings"
	"testing"
)

// streamAndTree inlines doc (an executed email template) both ways, the
// one-pass inliner and the tree, and fails if the one-pass inliner takes
// the document and writes anything else; it reports whether it took it.
func streamAndTree(t *testing.T, r *Renderer, doc []byte) bool {
	t.Helper()
	var sb, tb, cb bytes.Buffer
	fast := newKeptComments()
	out, ok := r.inl.InlineStream(&sb, doc, fast.keep, r.plan)
	commentless, slow := keepComments(&cb, doc)
	want, err := r.inl.InlineTo(&tb, commentless, r.plan)
	if !ok {
		return false
	}
	if err != nil {
		t.Fatalf("the tree fails (%v) on a document the one-pass inliner takes:\n%s", err, doc)
	}
	if got, want := fast.restore(out), slow.restore(want); got != want {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		t.Fatalf("one pass and tree differ at byte %d:\n one pass: …%s\n tree:     …%s\ndocument:\n%s",
			i, got[max(0, i-80):min(len(got), i+80)], want[max(0, i-80):min(len(want), i+80)], doc)
	}
	return true
}

// executeWith runs the email template on the test issue with body in
// place of its own.
func executeWith(t *testing.T, r *Renderer, is *issue, body string, canonical string) []byte {
	t.Helper()
	v := view{Site: siteView{Title: "Clarity & <Notes>", Newsletter: "N's \"letter\"", Language: "en"},
		Subject: "Issue 7: <b>listening</b> & 'launching'", Preheader: "Three > two", Title: "A \"title\" & more",
		Date: "March 4, 2025", Issue: 7, ReadingTime: 3, Author: "Maya", Body: template.HTML(body),
		Greeting: "Hi there,", Signoff: "Warmly,<br>Maya", CTA: is.cta, HasUnsubscribe: true, Canonical: canonical,
		InlineCSS: template.CSS(r.plan.Placeholder()), HeadCSS: template.CSS(r.headCSS)}
	var b bytes.Buffer
	if err := r.tmpl.Execute(&b, layoutFile, v); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestInlineStreamMatchesTree(t *testing.T) {
	cfg, th, p := testSite(t, testConfig, testIssue)
	r := testRenderer(t, cfg, th)
	is := r.prepare(p)
	for _, tc := range []struct {
		name, body string
		streamed   bool // whether the one-pass inliner takes it
	}{
		{"issue", string(is.body), true},
		{"empty", "", true},
		{"text and entities", "a &amp; b &lt;c&gt; &nbsp;&middot; ' \" <p title=\"x &quot;y&quot; 'z' &amp;\">q</p>", true},
		{"table", "<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>b</td>\n</tr>\n</tbody>\n</table>", true},
		{"implied tbody", "<table><tr><td>x</td></tr>\n<tr><td>y</td></tr></table><p>after</p>", true},
		{"pre newline", "<pre>\n\nx\n</pre><pre>\ny</pre><pre><!--c-->\nz</pre><pre>\n</pre>", true},
		{"lists", "<ul>\n<li>a<ul><li>b<ol><li>c</li></ol></li></ul></li>\n<li><p>d</p></li></ul><dl><dt>t</dt><dd>d<dl><dt>u</dt></dl></dd></dl>", true},
		{"nested", "<blockquote><p>a <strong>b <em>c <code>d</code></em></strong> <a href=\"/x?a=1&b=2\">e</a></p></blockquote><div class=\"footnotes\"><hr><ol><li id=\"fn:1\"><p>n <a href=\"#r\">↩</a></p></li></ol></div>", true},
		{"void", "<p>a<br>b<br/>c<img src=\"x.png\" alt=\"\"></p><hr/>", true},
		{"comments", "<!-- raw HTML omitted --><p><!--[if mso]>x<![endif]-->y</p>", true},
		{"headings in p", "<p>a<h2>b</h2>", false},
		{"div in p", "<p>a<div>b</div></p>", false},
		{"unclosed p", "<p>a<p>b", false},
		{"stray end", "</p><p>x</p>", false},
		{"misnested", "<b><i>x</b></i>", false},
		{"a in a", "<a href=\"/1\">1<a href=\"/2\">2</a></a>", false},
		{"same formatting", "<b><b>x</b></b>", false},
		{"li in li", "<ul><li>a<li>b</li></ul>", false},
		{"td in table", "<table><td>x</td></table>", false},
		{"text in table", "<table>x<tr><td>y</td></tr></table>", false},
		{"div in table", "<table><div>x</div></table>", false},
		{"tr open at end", "<table><tr><td>x</td></table>", false},
		{"self-closing div", "<div/>x", false},
		{"svg", "<svg><title>x</title></svg>", false},
		{"style in body", "<style>p{color:red}</style><p>x</p>", false},
		{"script", "<script>alert(1)</script>", false},
		{"textarea", "<textarea>\nx</textarea>", false},
		{"end body", "</td></tr></table></body></html><p>x</p>", false},
		{"form", "<form><input></form>", false},
		{"close layout", "</div></td>", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, canonical := range []string{"", "https://notes.example/newsletter/x/?a=1&b=2"} {
				doc := executeWith(t, r, is, tc.body, canonical)
				if got := streamAndTree(t, r, doc); got != tc.streamed {
					t.Errorf("one-pass inliner took it: %v, want %v", got, tc.streamed)
				}
			}
		})
	}
}

// FuzzInlineStream puts any HTML in the email template's body: wherever
// the one-pass inliner takes the document, it writes what the tree would.
func FuzzInlineStream(f *testing.F) {
	for _, s := range []string{"<p>x</p>", "<table><tr><td>a</td></tr></table>", "<pre>\n\nx</pre>", "<ul><li>a<ul><li>b</li></ul></li></ul>",
		"<p>a &amp; <b>b</b> <a href=\"x\">c</a></p>", "<!-- c --><div><blockquote><p>q</p></blockquote></div>", "<h2>x</h2><hr><p><img src=x></p>"} {
		f.Add(s)
	}
	cfg, th, p := testSite(f, testConfig, testIssue)
	r := testRenderer(f, cfg, th)
	is := r.prepare(p)
	f.Add(string(is.body))
	f.Fuzz(func(t *testing.T, body string) {
		streamAndTree(t, r, executeWith(t, r, is, body, ""))
		if !strings.Contains(body, "\x00") {
			streamAndTree(t, r, []byte(body))
		}
	})
}

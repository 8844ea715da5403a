package email

import (
	"bytes"
	"testing"

	"github.com/claritynotes/gen/internal/email/lex"
)

// piecesAndWhole inlines doc (an executed email template) in one pass,
// noting the block tags' places, and fails unless minifying it in pieces
// cut there writes what minifying it whole does: the first time (every
// piece new), the second (runs of pieces met before, noted), the third
// (runs met before, minified alone and kept) and the fourth (kept runs
// copied). It reports whether the one-pass inliner took the document.
func piecesAndWhole(t *testing.T, r *Renderer, doc []byte) bool {
	t.Helper()
	lx := lex.Get()
	defer lex.Put(lx)
	if !lx.Lex(doc) {
		return false
	}
	var ib bytes.Buffer
	var cuts []int
	inlined, ok := r.inl.InlineLexedBlocks(&ib, doc, lx, newKeptComments().keep, &cuts, r.plan)
	if !ok {
		return false
	}
	for i, c := range cuts {
		if c <= 0 || c >= len(inlined) || inlined[c] != '<' || i > 0 && c <= cuts[i-1] {
			t.Fatalf("cut %d at %d is not where a tag starts:\n%s", i, c, inlined)
		}
	}
	// The minifier rewrites its input in place: each run gets a copy.
	var wb bytes.Buffer
	want, err := newMinifier().htmlTo(&wb, bytes.Clone(inlined))
	if err != nil {
		t.Fatal(err)
	}
	for run := range 4 {
		var pb bytes.Buffer
		got, err := r.min.htmlPiecesTo(&pb, bytes.Clone(inlined), cuts)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			i := 0
			for i < len(got) && i < len(want) && got[i] == want[i] {
				i++
			}
			t.Fatalf("run %d: pieces and whole differ at byte %d:\n pieces: …%s\n whole:  …%s\ninlined:\n%s", run, i,
				got[max(0, i-80):min(len(got), i+80)], want[max(0, i-80):min(len(want), i+80)], inlined)
		}
	}
	return true
}

// TestMinifyPieces: bodies of every shape the one-pass inliner takes, in
// the email template, minified in pieces and whole.
func TestMinifyPieces(t *testing.T) {
	cfg, th, p := testSite(t, testConfig, testIssue)
	r := testRenderer(t, cfg, th)
	is := r.prepare(p)
	for _, body := range []string{
		string(is.body),
		"",
		"<p>a </p> <p> b</p>\n\n<div> c <span> d </span> </div> e <p>f</p>",
		"<p>text then space </p><h2>x </h2> <p>y <em>z </em></p>",
		"<pre>\n  a  \n<b> b </b>\n</pre> <p> after pre </p><pre>x</pre>",
		"<ul>\n<li> a <ul><li> b </li></ul> </li>\n</ul><table><tr><td> c </td></tr></table>",
		"<p>a<br> b <br/>c</p><hr> <p>&amp; &lt; &nbsp; &middot; x</p>",
		"<blockquote> <p> q </p> </blockquote><p><code> c </code> <a href=\"https://x.example/\"> l </a></p>",
		"<!-- c --> <p>x</p><!--[if mso]><p>y</p><![endif]--> <div>z</div>",
		"<dl><dt> t </dt><dd> d </dd></dl><figure><figcaption> c </figcaption></figure>",
	} {
		for _, canonical := range []string{"", "https://notes.example/newsletter/x/"} {
			if !piecesAndWhole(t, r, executeWith(t, r, is, body, canonical)) {
				t.Errorf("the one-pass inliner did not take %q", body)
			}
		}
	}
}

// TestRenderedPiecesRepeat: the second issue rendered takes the theme's
// markup from the first's, minified once.
func TestRenderedPiecesRepeat(t *testing.T) {
	cfg, th, p := testSite(t, testConfig, testIssue)
	r := testRenderer(t, cfg, th)
	first := mustRender(t, r, p, "")
	for range 3 {
		if again := mustRender(t, r, p, ""); !bytes.Equal(again.HTML, first.HTML) {
			t.Fatalf("a message rendered again differs:\n%s\n%s", again.HTML, first.HTML)
		}
	}
	if len(r.min.pieces.kept) == 0 {
		t.Error("no run of the message was kept for the next one")
	}
}

package theme

import (
	"bytes"
	"fmt"
	"html/template"
	"io"
	"strings"
	"sync"
	"testing"
	"text/template/parse"
)

// fuseLayout prints .V in every context whose escapers fuse replaces,
// and in one it leaves (an unquoted attribute).
const fuseLayout = `<a href="{{ .V }}" title="{{ .V }}">{{ .V }}</a>` +
	`<a href="#{{ .V }}"></a><a href="/x/?q={{ .V }}"></a>` +
	`<title>{{ .V }}</title><textarea>{{ .V }}</textarea><b class={{ .V }}></b>` +
	`<style>{{ .V }}</style><b style="width:{{ .V }}px"></b>`

// fuseValues are values for fuseLayout: every byte, URLs with and
// without schemes and escapes, typed content and other types.
func fuseValues() []any {
	var vs []any
	for c := range 256 {
		vs = append(vs, string(rune(c)), "a"+string([]byte{byte(c)})+"b")
	}
	type stringer struct{ fmtStringer }
	s := "/a b/"
	return append(vs,
		"", "/articles/x/", "https://example.com/a?b=c&d=e#f", "HTTPS://example.com/", "mailto:a@example.com?subject=Hi%20there",
		"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "data:text/html,x", "/a:b", "a/b:c", "x:", ":x",
		"%", "%2", "%20", "%zz", "a%2", "a%2G", "%C3%A9", "é", "日本", "\xff\xfe", "\uFFFD", "\ufdd0", "<script>alert(1)</script>",
		`"onmouseover="alert(1)`, "O'Brien & Sons + more", "a\x00b", "tab\there", "line\nbreak",
		template.HTML("<b>bold</b> & more"), template.HTMLAttr(`title="x"`), template.URL("javascript:ok()"),
		template.JS("alert(1)"), template.CSS("color:red"), template.Srcset("a.png 1x"), template.JSStr(`a"b`),
		0, 7, -3, int64(9), uint8(200), 1.5, true, nil, &s, []string{"a", "b"}, map[string]int{"a": 1},
		stringer{"<i>"}, fmtStringer("<u>"),
	)
}

type fmtStringer string

func (s fmtStringer) String() string { return "stringer " + string(s) }

// fuseFixture returns a theme whose layout and partial are fuseLayout,
// and the same text parsed by html/template alone, to compare with.
func fuseFixture(t *testing.T) (*Templates, *template.Template) {
	t.Helper()
	root := t.TempDir()
	write(t, root, "themes/calm/layouts/page.html", fuseLayout)
	write(t, root, "themes/calm/layouts/partials/part.html", fuseLayout)
	return calmTemplates(t, root), template.Must(template.New("").Parse(fuseLayout))
}

// TestFusedEscapersWriteWhatHTMLTemplateWrites executes a layout and a
// partial through Templates, which fuses their escapers after the first
// execution, and through html/template alone, for many values: the output
// is the same byte for byte.
func TestFusedEscapersWriteWhatHTMLTemplateWrites(t *testing.T) {
	ts, ref := fuseFixture(t)
	for i, v := range fuseValues() {
		data := map[string]any{"V": v}
		var want, page, part bytes.Buffer
		if err := ref.Execute(&want, data); err != nil {
			t.Fatalf("html/template with %#v: %v", v, err)
		}
		if err := ts.Execute(&page, "page.html", data); err != nil {
			t.Fatalf("layout with %#v: %v", v, err)
		}
		if err := ts.ExecutePartial(&part, "partials/part.html", data); err != nil {
			t.Fatalf("partial with %#v: %v", v, err)
		}
		if page.String() != want.String() || part.String() != want.String() {
			t.Errorf("value %d %#v:\nlayout  %s\npartial %s\nwant    %s", i, v, page.String(), part.String(), want.String())
		}
	}
	// The escapers were fused and the actions joined, in the layout's set
	// and the partial's.
	layout := ts.Trees("page.html")["page.html"].Root.String()
	ts.partialsMu.Lock()
	partial := ts.partials["partials/part.html"].set.Lookup("partials/part.html").Tree.Root.String()
	ts.partialsMu.Unlock()
	for _, tree := range []string{layout, partial} {
		if !strings.Contains(tree, "_gen_join_0 (.V) (.V)") || strings.Count(tree, "_html_template_") != 1 {
			t.Errorf("escapers left unfused:\n%s", tree)
		}
	}
}

// TestJoinedActionsFailAsBefore checks that an action joined with others
// stops the template with html/template's own error, at its position.
func TestJoinedActionsFailAsBefore(t *testing.T) {
	const src = "<p title=\"{{ .A }}\">\n{{ .B.C }}</p>"
	root := t.TempDir()
	write(t, root, "themes/calm/layouts/page.html", src)
	ts := calmTemplates(t, root)
	ref := template.Must(template.New("page.html").Parse(src))
	var b bytes.Buffer
	if err := ts.Execute(&b, "page.html", map[string]any{"A": "a", "B": map[string]string{"C": "c"}}); err != nil || b.String() != "<p title=\"a\">\nc</p>" {
		t.Fatalf("%q, %v", b.String(), err)
	}
	if tree := ts.Trees("page.html")["page.html"].Root.String(); !strings.Contains(tree, "_gen_join_") {
		t.Fatalf("not joined: %s", tree)
	}
	bad := map[string]any{"A": "a", "B": "no fields"}
	want := ref.Execute(io.Discard, bad)
	got := ts.Execute(io.Discard, "page.html", bad)
	if want == nil || got == nil || !strings.Contains(want.Error(), "page.html:2:5") || !strings.Contains(got.Error(), "page.html:2:5") ||
		!strings.Contains(got.Error(), "can't evaluate field C") {
		t.Errorf("error %v, html/template's %v", got, want)
	}
}

// FuzzFusedURL compares the fused escapers with html/template's for any
// string in every context.
func FuzzFusedURL(f *testing.F) {
	for _, v := range fuseValues() {
		if s, ok := v.(string); ok {
			f.Add(s)
		}
	}
	ref := template.Must(template.New("").Parse(fuseLayout))
	var fused *template.Template
	f.Fuzz(func(t *testing.T, s string) {
		if fused == nil {
			fused = template.Must(template.New("").Funcs(fusedFuncs()).Parse(fuseLayout))
			var b bytes.Buffer
			if err := fused.Execute(&b, map[string]any{"V": ""}); err != nil {
				t.Fatal(err)
			}
			fuse(fused, nil)
		}
		var want, got bytes.Buffer
		data := map[string]any{"V": s}
		if err := ref.Execute(&want, data); err != nil {
			t.Fatal(err)
		}
		if err := fused.Execute(&got, data); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%q:\n got %s\nwant %s", s, got.String(), want.String())
		}
	})
}

// TestFuseLeavesOtherPipelines checks that fuse replaces only a run of
// escapers that ends a pipeline.
func TestFuseLeavesOtherPipelines(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`{{.X | _html_template_urlfilter | _html_template_urlnormalizer | _html_template_attrescaper}}`, `{{.X | _gen_url_attr}}`},
		{`{{.X | _html_template_urlescaper | _html_template_attrescaper}}`, `{{.X | _gen_urlpart_attr}}`},
		{`{{.X | _html_template_urlnormalizer | _html_template_attrescaper}}`, `{{.X | _html_template_urlnormalizer | _gen_attr}}`},
		{`{{.X | _html_template_htmlescaper}}`, `{{.X | _gen_html}}`},
		{`{{_html_template_htmlescaper}}`, `{{_html_template_htmlescaper}}`},
		{`{{.X | _html_template_htmlescaper | f}}`, `{{.X | _html_template_htmlescaper | f}}`},
		{`{{.X | _html_template_jsvalescaper}}`, `{{.X | _html_template_jsvalescaper}}`},
		{`{{h .X | _html_template_htmlescaper}}`, `{{h .X}}`},
		{`{{.X | h | _html_template_htmlescaper}}`, `{{.X | h}}`},
		{`{{h .X | _html_template_attrescaper}}`, `{{h .X | _gen_attr}}`},
		{`{{f .X | _html_template_htmlescaper}}`, `{{f .X | _gen_html}}`},
		{`{{if .X}}{{.Y | _html_template_rcdataescaper}}{{else}}{{range .Z}}{{. | _html_template_htmlescaper}}{{end}}{{end}}`,
			`{{if .X}}{{.Y | _gen_rcdata}}{{else}}{{range .Z}}{{. | _gen_html}}{{end}}{{end}}`},
	} {
		tree := parse.New("t")
		tree.Mode = parse.SkipFuncCheck
		if _, err := tree.Parse(tc.in, "", "", map[string]*parse.Tree{}); err != nil {
			t.Fatal(err)
		}
		fuseTree(tree.Root, map[string]bool{"h": true})
		if got := tree.Root.String(); got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

// TestFuseWhileExecuting runs a layout and a partial from many goroutines
// at once from the start: the first execution escapes and fuses while
// the others wait, and every one writes what html/template writes (run
// with -race).
func TestFuseWhileExecuting(t *testing.T) {
	ts, ref := fuseFixture(t)
	data := map[string]any{"V": `/a?b=c&d="e"`}
	var want bytes.Buffer
	if err := ref.Execute(&want, data); err != nil {
		t.Fatal(err)
	}
	errs := make(chan string, 16)
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Go(func() {
			var b bytes.Buffer
			var err error
			if i%2 == 0 {
				err = ts.Execute(&b, "page.html", data)
			} else {
				err = ts.ExecutePartial(&b, "partials/part.html", data)
			}
			if err != nil || b.String() != want.String() {
				errs <- fmt.Sprintf("%q, %v", b.String(), err)
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("got %s, want %q", e, want.String())
	}
}

// TestParseCompiledShowsEscapedTrees checks that a set parsed with
// ParseCompiled calls its hook once, with the trees escaped and not yet
// fused, and then runs the layout compiled, writing what html/template
// writes.
func TestParseCompiledShowsEscapedTrees(t *testing.T) {
	// Without the unquoted attribute, whose escaper programs do not call.
	layout := strings.Replace(fuseLayout, "<b class={{ .V }}></b>", "", 1)
	root := t.TempDir()
	write(t, root, "themes/calm/layouts/page.html", layout)
	th, err := Open(root, "calm")
	if err != nil {
		t.Fatal(err)
	}
	files, err := th.Layouts()
	if err != nil {
		t.Fatal(err)
	}
	var ts *Templates
	var seen []string
	ts, err = th.ParseCompiled(files, template.FuncMap{}, func(layout string) {
		seen = append(seen, layout+": "+ts.Trees(layout)[layout].Root.String())
	})
	if err != nil {
		t.Fatal(err)
	}
	ref := template.Must(template.New("").Parse(layout))
	for i, v := range append([]any{"/a b", "<i>", template.CSS("color:red"), 520}, fuseValues()...) {
		data := map[string]any{"V": v}
		var want, got bytes.Buffer
		if err := ref.Execute(&want, data); err != nil {
			t.Fatal(err)
		}
		if err := ts.Execute(&got, "page.html", data); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%#v:\n got %s\nwant %s", v, got.String(), want.String())
		}
		// Strings, typed CSS and ints run in the program; other values
		// may make it decline for good.
		if i == 3 && ts.fused["page.html"].prog.Load() == nil {
			t.Error("the layout did not compile, or its program declined")
		}
	}
	if len(seen) != 1 || !strings.HasPrefix(seen[0], "page.html: ") ||
		!strings.Contains(seen[0], "_html_template_cssvaluefilter") || strings.Contains(seen[0], "_gen_") {
		t.Errorf("hook saw %q", seen)
	}
	if tree := ts.Trees("page.html")["page.html"].Root.String(); !strings.Contains(tree, "_gen_join_") {
		t.Errorf("not fused after the first execution: %s", tree)
	}
}

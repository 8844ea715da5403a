package theme

import (
	"bytes"
	"html/template"
	"reflect"
	"strings"
	"testing"
)

type rangeLink struct {
	URL, T string
	N      int
	V      any
}

type rangeMethod struct{ URL string }

// T is a method where rangeLink has a field: text/template calls it.
func (rangeMethod) T() string { return "<method>" }

// N is a method of the pointer alone: an element of a slice is
// addressable, so text/template calls this too.
func (*rangeMethod) N() int { return 42 }

func (rangeMethod) V() string { return "v" }

type rangeInner struct{ T string }

type rangeEmbed struct {
	*rangeInner
	URL string
	N   int
	V   any
}

type rangeDeep struct {
	URL  string
	Link *rangeLink
}

// rangeLayout prints element fields in an attribute, a URL and text,
// and a field on the way to another.
const rangeLayout = `<ul>{{ range .S }}<li><a href="{{ .URL }}" title="{{ .T }}">{{ .T }} {{ .N }} {{ .V }}</a></li>{{ end }}</ul>` +
	`{{ range .S }}<i>{{ . }}</i>{{ end }}`

const rangeDeepLayout = `{{ range .S }}<a href="{{ .URL }}">{{ .Link.T }}</a>{{ end }}`

// TestRangeFunctionsWriteWhatHTMLTemplateWrites executes ranges through
// Templates, which gives them one function each, and through
// html/template alone, over slices of many element types, and other
// values the function declines: the output and the errors are the same.
func TestRangeFunctionsWriteWhatHTMLTemplateWrites(t *testing.T) {
	root := t.TempDir()
	write(t, root, "themes/calm/layouts/page.html", rangeLayout)
	write(t, root, "themes/calm/layouts/deep.html", rangeDeepLayout)
	ts := calmTemplates(t, root)
	refs := map[string]*template.Template{
		"page.html": template.Must(template.New("page.html").Parse(rangeLayout)),
		"deep.html": template.Must(template.New("deep.html").Parse(rangeDeepLayout)),
	}
	inner := &rangeInner{T: "in<ner>"}
	for i, tc := range []struct {
		layout string
		s      any
	}{
		{"page.html", []rangeLink{{URL: "/a/", T: "A & B", N: 1, V: "x"}, {URL: "javascript:x", T: `"q"`, N: -2, V: template.HTML("<b>")}}},
		{"page.html", []rangeLink{}},
		{"page.html", []rangeLink(nil)},
		{"page.html", []*rangeLink{{URL: "/p/", T: "p", V: 3}, {URL: "/q/?a=b&c", T: "q"}}},
		{"page.html", []*rangeLink{{URL: "/p/", T: "p"}, nil}},
		{"page.html", []any{rangeLink{URL: "/i/", T: "i"}, &rangeLink{URL: "/j/"}}},
		{"page.html", []any{nil}},
		{"page.html", []map[string]any{{"URL": "/m/", "T": "m", "N": 1, "V": 2}}},
		{"page.html", []rangeMethod{{URL: "/meth/"}}},
		{"page.html", []rangeEmbed{{rangeInner: inner, URL: "/e/"}}},
		{"page.html", []rangeEmbed{{URL: "/nil-embedded/"}}},
		{"page.html", map[string]rangeLink{"b": {URL: "/b/", T: "b"}, "a": {URL: "/a/", T: "a"}}},
		{"page.html", [2]rangeLink{{URL: "/arr/", T: "arr"}}},
		{"page.html", &[]rangeLink{{URL: "/ptr/", T: "ptr"}}},
		{"page.html", 3},
		{"page.html", nil},
		{"deep.html", []rangeDeep{{URL: "d", Link: &rangeLink{T: "deep & <link>"}}, {URL: "e", Link: &rangeLink{}}}},
		{"deep.html", []rangeDeep{{URL: "d"}}},
	} {
		data := map[string]any{"S": tc.s}
		var want, got bytes.Buffer
		wantErr := refs[tc.layout].Execute(&want, data)
		// Twice: the first execution escapes, the second runs the
		// function.
		for range 2 {
			got.Reset()
			gotErr := ts.Execute(&got, tc.layout, data)
			if (wantErr == nil) != (gotErr == nil) || wantErr != nil && !strings.Contains(gotErr.Error(), errText(wantErr)) {
				t.Fatalf("case %d %#v: error %v, html/template's %v", i, tc.s, gotErr, wantErr)
			}
		}
		if wantErr == nil && got.String() != want.String() {
			t.Errorf("case %d %#v:\n got %s\nwant %s", i, tc.s, got.String(), want.String())
		}
	}
	for _, layout := range []string{"page.html", "deep.html"} {
		if tree := ts.Trees(layout)[layout].Root.String(); !strings.Contains(tree, "_gen_range_") {
			t.Errorf("%s: no range function:\n%s", layout, tree)
		}
	}
}

// errText is what follows the position in a template error.
func errText(err error) string {
	s := err.Error()
	if i := strings.Index(s, ">: "); i >= 0 {
		return s[i+3:]
	}
	return s
}

// TestFieldSteps checks which fields a range function reads itself and
// which it leaves to text/template.
func TestFieldSteps(t *testing.T) {
	for _, tc := range []struct {
		elem any
		path []string
		ok   bool
	}{
		{rangeLink{}, []string{"URL"}, true},
		{&rangeLink{}, []string{"T"}, true},
		{rangeLink{}, []string{}, true},
		{rangeDeep{}, []string{"Link", "T"}, true},
		{rangeEmbed{}, []string{"T"}, true},
		{rangeLink{}, []string{"V", "X"}, false},  // an interface on the way
		{rangeLink{}, []string{"Missing"}, false}, // text/template's error
		{rangeMethod{}, []string{"T"}, false},     // a method of the value
		{rangeMethod{}, []string{"N"}, false},     // a method of the pointer
		{map[string]string{}, []string{"URL"}, false},
		{rangeInner{}, []string{"t"}, false},
	} {
		typ := reflect.TypeOf(tc.elem)
		if _, ok := fieldSteps(typ, tc.path); ok != tc.ok {
			t.Errorf("%v %v: %v, want %v", typ, tc.path, ok, tc.ok)
		}
	}
	f := &rangeFunc{parts: []rangePart{{text: "<"}, {path: []string{"T"}, esc: valueEscapers["_gen_html"]}}, plans: map[reflect.Type]*rangePlan{}}
	if out := f.write([]rangeLink{{T: "a&b"}, {T: "c"}}); out == nil || out.String() != "<a&amp;b<c" {
		t.Errorf("write: %v", out)
	}
}

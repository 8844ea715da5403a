package theme

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"strings"
	"testing"
)

type compKind string

type compLink struct{ URL, Title string }

type compEmbed struct{ Deep string }

type compMethod struct{ Title string }

// Name is a method: text/template calls it, and a program declines.
func (compMethod) Name() string { return "<method>" }

type compPage struct {
	Title string
	Kind  compKind
	N     int
	On    bool
	Tags  []string
	Links []compLink
	Next  *compLink
	Any   any
	M     map[string]any
	HTML  template.HTML
	Meth  compMethod
	*compEmbed
}

func compFuncs() template.FuncMap {
	return template.FuncMap{
		"up":   strings.ToUpper,
		"pair": func(s string, n int) string { return fmt.Sprintf("%s=%d", s, n) },
		"fail": func() (string, error) { return "", errors.New("it failed") },
		"boom": func() string { panic("boom") },
		"safe": func(s string) template.HTML { return template.HTML(s) },
		"dict": func(kv ...any) map[string]any {
			m := map[string]any{}
			for i := 0; i+1 < len(kv); i += 2 {
				m[kv[i].(string)] = kv[i+1]
			}
			return m
		},
	}
}

// compPartial is a partial the layouts call.
const compPartial = `<p title="{{ .Title }}">{{ .Title }}{{ with .Next }} <a href="{{ .URL }}">{{ .Title }}</a>{{ end }}</p>`

// TestProgramsWriteWhatHTMLTemplateWrites executes layouts through
// Templates, which compiles them after their first execution, and
// through html/template alone: output and errors are the same. compiled
// says whether the program is still there after the runs, so the cases
// cover both what programs run and what they leave to text/template.
func TestProgramsWriteWhatHTMLTemplateWrites(t *testing.T) {
	page := func() *compPage {
		return &compPage{
			Title: `A & "B" <c>`, Kind: "article", N: 3, On: true,
			Tags:  []string{"email", "a&b"},
			Links: []compLink{{URL: "/a/?x=1&y=2", Title: "A"}, {URL: "javascript:alert(1)", Title: "<js>"}},
			Next:  &compLink{URL: "/next/", Title: "Next"},
			Any:   compLink{URL: "/any/", Title: "any"},
			M:     map[string]any{"key": "v<>", "n": 2},
			HTML:  "<b>bold</b>",
			Meth:  compMethod{Title: "m"},

			compEmbed: &compEmbed{Deep: "deep"},
		}
	}
	noNext := page()
	noNext.Next = nil
	noEmbed := page()
	noEmbed.compEmbed = nil
	empty := &compPage{}
	for i, tc := range []struct {
		layout   string
		data     any
		compiled bool
	}{
		{`<h1>{{ .Title }}</h1><a href="{{ .Next.URL }}" title="{{ .Title }}">{{ .N }}</a>{{ .HTML }}<title>{{ .Title }}</title>`, page(), true},
		{`{{ if .On }}on{{ else if .N }}n{{ else }}off{{ end }}{{ with .Next }}<a href="{{ .URL }}">{{ $.Title }}</a>{{ else }}none{{ end }}`, page(), true},
		{`{{ if .On }}on{{ else if .N }}n{{ else }}off{{ end }}{{ with .Next }}<a href="{{ .URL }}">{{ $.Title }}</a>{{ else }}none{{ end }}`, empty, true},
		{`<ul>{{ range .Links }}<li><a href="{{ .URL }}">{{ .Title }}</a> {{ $.Kind }}</li>{{ else }}none{{ end }}</ul>{{ range .Tags }}{{ . }},{{ end }}`, page(), true},
		{`<ul>{{ range .Links }}<li>{{ .Title }}</li>{{ else }}none{{ end }}</ul>`, empty, true},
		{`{{ template "partials/p.html" . }}{{ with .Next }}{{ template "partials/p.html" $ }}{{ end }}`, page(), true},
		{`{{ template "partials/p.html" . }}`, noNext, true},
		{`{{ if eq .Kind "article" }}A{{ end }}{{ if eq .Kind "x" "article" }}B{{ end }}{{ if ne .N 3 }}C{{ end }}{{ if gt .N 1 }}D{{ end }}{{ if lt .N 1 }}E{{ end }}{{ if le .N 3 }}F{{ end }}{{ if ge .N 4 }}G{{ end }}`, page(), true},
		{`{{ or .Next.Title "none" }} {{ and .N .Title }} {{ or "" .N }} {{ and .On false }} {{ not .On }} {{ len .Tags }} {{ len .Title }} {{ if and .On (not .N) }}x{{ end }}`, page(), true},
		{`{{ or .Title "none" }} {{ and .N .Title }}`, empty, true},
		{`{{ up (printf "/x/%s/%d" .Title .N) }} {{ .Title | up }} {{ .Title | printf "%s!" }} {{ print .N .Title }} {{ pair .Title 7 }} {{ safe .Title }}`, page(), true},
		{`<a href="{{ printf "/email/%s/" .Kind }}">{{ .M.key }} {{ .M.n }}</a>{{ .Any.Title }} {{ .Deep }}`, page(), true},
		{`{{ template "partials/p.html" (dict "Title" .Title "Next" .Next) }}`, page(), true},
		{`{{ partialCached "partials/p.html" . }}{{ partialCached "partials/p.html" . }}`, page(), true},
		{`{{ $.Title }}{{ with .Next }}{{ with $.Next }}{{ .URL }}{{ end }}{{ end }}`, page(), true},
		// Ranges that fuse gives a function, which the program calls
		// with the value it holds.
		{`<ul>{{ range .Links }}<li><a href="{{ .URL }}">{{ .Title }}</a></li>{{ end }}</ul>{{ range .Tags }}<i>{{ . }}</i>{{ end }}`, page(), true},
		{`<ul>{{ range .Links }}<li><a href="{{ .URL }}">{{ .Title }}</a></li>{{ end }}</ul>`, empty, true},
		{`<ul>{{ range .Any }}<li>{{ .Title }}</li>{{ end }}</ul>`, &compPage{Any: []compLink{{Title: "x<y"}}}, true},
		{`<ul>{{ range .Any }}<li>{{ .Title }}</li>{{ end }}</ul>`, &compPage{Any: []*compLink{{Title: "p"}, nil}}, false},
		{`<ul>{{ range .Any }}<li>{{ .Name }}</li>{{ end }}</ul>`, &compPage{Any: []compMethod{{Title: "m"}}}, false},
		// Left to text/template while running: a missing key, a method,
		// a nil pointer, a nil embedded struct, a map to range over, a
		// function's error and panic, a comparison of two kinds.
		{`{{ .M.nokey }}`, page(), false},
		{`{{ .Meth.Name }}`, page(), false},
		{`{{ .Next.URL }}`, noNext, false},
		{`{{ .Deep }}`, noEmbed, false},
		{`{{ range .M }}{{ . }};{{ end }}`, page(), false},
		{`a{{ fail }}`, page(), false},
		{`a{{ boom }}`, page(), false},
		{`{{ if eq .N "3" }}x{{ end }}`, page(), false},
		{`{{ if lt .On .On }}x{{ end }}`, page(), false},
		{`{{ .Missing }}`, page(), false},
		{`{{ with .Any }}{{ .URL }}{{ end }}`, &compPage{Any: 3}, false},
		{`<a href="{{ (index .Links 1).URL }}">{{ index .Tags 0 }} {{ index .M "key" }}</a>`, page(), true},
		{`{{ index .Tags 2 }}`, page(), false},
		{`{{ index .M "nokey" }}`, page(), false},
		// Not compiled: a variable, break, an unknown builtin.
		{`{{ $x := .Title }}{{ $x }}`, page(), false},
		{`{{ range .Tags }}{{ . }}{{ break }}{{ end }}`, page(), false},
		{`{{ urlquery .Title }}`, page(), false},
	} {
		root := t.TempDir()
		write(t, root, "themes/calm/layouts/page.html", tc.layout)
		write(t, root, "themes/calm/layouts/partials/p.html", compPartial)
		th, err := Open(root, "calm")
		if err != nil {
			t.Fatal(err)
		}
		ts, err := th.Templates(compFuncs())
		if err != nil {
			t.Fatal(err)
		}
		ref := template.Must(template.New("page.html").Funcs(compFuncs()).Funcs(template.FuncMap{
			"partialCached": func(name string, data any) (template.HTML, error) {
				var b bytes.Buffer
				err := template.Must(template.New("p").Parse(compPartial)).Execute(&b, data)
				return template.HTML(b.String()), err
			},
		}).Parse(tc.layout))
		template.Must(ref.New("partials/p.html").Parse(compPartial))
		var want bytes.Buffer
		wantErr := ref.ExecuteTemplate(&want, "page.html", tc.data)
		// Three times: the first execution escapes and compiles, the
		// others run the program (or text/template when it declines).
		for run := range 3 {
			var got bytes.Buffer
			gotErr := ts.Execute(&got, "page.html", tc.data)
			if (wantErr == nil) != (gotErr == nil) || wantErr != nil && !strings.Contains(gotErr.Error(), errText(wantErr)) {
				t.Fatalf("case %d run %d %s: error %v, html/template's %v", i, run, tc.layout, gotErr, wantErr)
			}
			if wantErr == nil && got.String() != want.String() {
				t.Errorf("case %d run %d %s:\n got %s\nwant %s", i, run, tc.layout, got.String(), want.String())
			}
		}
		if compiled := ts.fused["page.html"].prog.Load() != nil; compiled != tc.compiled {
			t.Errorf("case %d %s: compiled and kept %v, want %v", i, tc.layout, compiled, tc.compiled)
		}
	}
}

// TestProgramDeclineKeepsOutput checks that a program that declines
// partway leaves the writer as it was before the call, and
// text/template's output follows.
func TestProgramDeclineKeepsOutput(t *testing.T) {
	root := t.TempDir()
	write(t, root, "themes/calm/layouts/page.html", `<p>{{ .Title }}</p>{{ .Next.URL }}`)
	write(t, root, "themes/calm/layouts/partials/x.html", `<i>{{ .Title }}</i>`)
	ts := calmTemplates(t, root)
	ok := &compPage{Title: "t", Next: &compLink{URL: "/u/"}}
	var b bytes.Buffer
	for range 2 {
		b.Reset()
		if err := ts.Execute(&b, "page.html", ok); err != nil {
			t.Fatal(err)
		}
	}
	if ts.fused["page.html"].prog.Load() == nil {
		t.Fatal("the layout has no program")
	}
	// A partial executed into a writer that is not a buffer.
	for range 2 {
		var sb strings.Builder
		if err := ts.ExecutePartial(&sb, "partials/x.html", ok); err != nil || sb.String() != "<i>t</i>" {
			t.Errorf("into a strings.Builder: %q, %v", sb.String(), err)
		}
	}
	if ts.partials["partials/x.html"].run.prog.Load() == nil {
		t.Error("the partial has no program")
	}
	b.Reset()
	b.WriteString("before|")
	err := ts.Execute(&b, "page.html", &compPage{Title: "t"})
	if err == nil || !strings.Contains(err.Error(), "nil pointer") {
		t.Errorf("error %v, want text/template's nil pointer error", err)
	}
	if b.String() != "before|" {
		t.Errorf("the writer has %q, want only what it had", b.String())
	}
}

package theme

import (
	"bytes"
	"errors"
	"html/template"
	"slices"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/testutil"
)

var write = testutil.WriteFile

func TestOpenUnknownThemeSuggests(t *testing.T) {
	root := t.TempDir()
	write(t, root, "themes/calm/layouts/single.html", "x")
	tests := []struct{ name, msg string }{
		{"clarty", `unknown theme "clarty"; did you mean "clarity"?`},
		{"clam", `unknown theme "clam"; did you mean "calm"?`},
		{"zzzzzzzz", `unknown theme "zzzzzzzz"`},
	}
	for _, tt := range tests {
		_, err := Open(root, tt.name)
		var d *diag.Error
		if !errors.As(err, &d) || d.Msg != tt.msg || !strings.Contains(d.Hint, "clarity, calm") {
			t.Errorf("Open(%q) = %v, want %s", tt.name, err, tt.msg)
		}
	}
}

// TestBuiltinThemeNeedsNoFolder opens the built-in theme in an empty site:
// every layer comes from the binary, under the path an override would have.
func TestBuiltinThemeNeedsNoFolder(t *testing.T) {
	th, err := Open(t.TempDir(), "clarity")
	if err != nil {
		t.Fatal(err)
	}
	for name, list := range map[string]func() ([]File, error){"layouts": th.Layouts, "email": th.Email, "static": th.Static} {
		files, err := list()
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: %d files, %v", name, len(files), err)
		}
		for _, f := range files {
			if !f.Builtin || !strings.HasPrefix(f.Path, "themes/clarity/"+name+"/") {
				t.Errorf("%s: %+v", name, f)
			}
			if b, err := th.Read(f); err != nil || len(b) == 0 {
				t.Errorf("read %s: %d bytes, %v", f.Path, len(b), err)
			}
		}
	}
	if _, err := th.Templates(template.FuncMap{}); err == nil {
		t.Error("the built-in layouts parsed without the site's functions; want an error naming the missing function")
	}
	if got := th.WatchDirs(); strings.Join(got, " ") != "layouts static themes/clarity" {
		t.Errorf("WatchDirs = %v", got)
	}
}

// TestOverrideLayers puts one file in each layer above the built-in theme
// and checks each replaces exactly its namesake.
func TestOverrideLayers(t *testing.T) {
	root := t.TempDir()
	write(t, root, "layouts/single.html", "site single")
	write(t, root, "themes/clarity/layouts/list.html", "theme-folder list")
	write(t, root, "layouts/email/email.html", "site email")
	write(t, root, "static/css/clarity.css", "site css")
	write(t, root, "themes/clarity/static/favicon.svg", "folder icon")
	th, err := Open(root, "clarity")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]File{}
	for _, list := range []func() ([]File, error){th.Layouts, th.Email, th.Static} {
		files, err := list()
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			got[f.Path] = f
		}
	}
	for p, builtin := range map[string]bool{
		"layouts/single.html":                      false,
		"themes/clarity/layouts/list.html":         false,
		"themes/clarity/layouts/baseof.html":       true,
		"layouts/email/email.html":                 false,
		"themes/clarity/email/email.css":           true,
		"static/css/clarity.css":                   false,
		"themes/clarity/static/favicon.svg":        false,
		"themes/clarity/layouts/partials/cta.html": true,
	} {
		f, ok := got[p]
		if !ok || f.Builtin != builtin {
			t.Errorf("%s: found %v, builtin %v; want builtin %v", p, ok, f.Builtin, builtin)
		}
	}
	for _, gone := range []string{"themes/clarity/layouts/single.html", "themes/clarity/email/email.html", "themes/clarity/static/css/clarity.css"} {
		if _, ok := got[gone]; ok {
			t.Errorf("%s is still listed beside its override", gone)
		}
	}
}

func TestEjectPaths(t *testing.T) {
	th, err := Open(t.TempDir(), "clarity")
	if err != nil {
		t.Fatal(err)
	}
	files := th.BuiltinFiles()
	for _, want := range []string{"layouts/single.html", "layouts/email/email.html", "static/css/clarity.css"} {
		if !slices.Contains(files, want) {
			t.Errorf("BuiltinFiles lacks %s: %v", want, files)
		}
		b, err := th.ReadBuiltin(want)
		if err != nil || len(b) == 0 {
			t.Errorf("ReadBuiltin(%s) = %d bytes, %v", want, len(b), err)
		}
	}
	if _, err := th.ReadBuiltin("content/x.md"); err == nil {
		t.Error("ReadBuiltin read a file outside the theme")
	}
}

func TestLayersAndTemplateErrors(t *testing.T) {
	root := t.TempDir()
	write(t, root, "themes/calm/layouts/baseof.html", `<main>{{ block "main" . }}{{ end }}</main>`)
	write(t, root, "themes/calm/layouts/single.html", `{{ define "main" }}theme {{ template "partials/x.html" . }}{{ end }}`)
	write(t, root, "themes/calm/layouts/partials/x.html", `theme-partial`)
	write(t, root, "layouts/partials/x.html", "site-partial {{ .Missing }}")
	write(t, root, "layouts/single.html~", "editor backup, ignored")
	write(t, root, "themes/calm/email/email.html", "email, listed apart")
	th, err := Open(root, "calm")
	if err != nil {
		t.Fatal(err)
	}
	files, _ := th.Layouts()
	var names []string
	for _, f := range files {
		names = append(names, f.Name+"="+f.Path)
	}
	want := "baseof.html=themes/calm/layouts/baseof.html partials/x.html=layouts/partials/x.html single.html=themes/calm/layouts/single.html"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("layouts = %s\nwant     %s", got, want)
	}
	ts, err := th.Templates(template.FuncMap{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	err = ts.Execute(&b, "single.html", map[string]int{})
	var d *diag.Error
	if err != nil && (!errors.As(err, &d) || d.Path != "layouts/partials/x.html" || d.Line != 1) {
		t.Errorf("exec error = %v", err)
	}
	if err == nil && !strings.Contains(b.String(), "<main>theme site-partial") {
		t.Errorf("output = %q", b.String())
	}

	write(t, root, "layouts/single.html", "{{ define \"main\" }}\n{{ if }}\n{{ end }}")
	_, err = th.Templates(template.FuncMap{})
	if !errors.As(err, &d) || d.Path != "layouts/single.html" || d.Line != 2 {
		t.Errorf("parse error = %v", err)
	}
}

// TestLayoutWithoutMainIsWholePage: a site layout that defines no "main"
// is rendered as it is, not replaced by baseof.html's empty main.
func TestLayoutWithoutMainIsWholePage(t *testing.T) {
	root := t.TempDir()
	write(t, root, "themes/calm/layouts/baseof.html", `<main>{{ block "main" . }}{{ end }}</main>`)
	write(t, root, "themes/calm/layouts/single.html", `{{ define "main" }}inside{{ end }}`)
	write(t, root, "layouts/404.html", `<!doctype html><p>whole page</p>`)
	ts := calmTemplates(t, root)
	for layout, want := range map[string]string{"single.html": "<main>inside</main>", "404.html": "<!doctype html><p>whole page</p>"} {
		var b bytes.Buffer
		if err := ts.Execute(&b, layout, nil); err != nil || b.String() != want {
			t.Errorf("%s = %q, %v; want %q", layout, b.String(), err, want)
		}
	}
}

// TestReads checks that Reads finds a field however a layout, or a
// partial its set can run, names it, and only then.
func TestReads(t *testing.T) {
	for _, tc := range []struct {
		name, list, partial string
		want                bool
	}{
		{"not named", `{{ range .List.Pages }}{{ .Title }}{{ end }}`, `{{ .Summary }}`, false},
		{"a field", `{{ range .List.Pages }}{{ .Content }}{{ end }}`, `x`, true},
		{"a chain", `{{ (index .List.Pages 0).Content }}`, `x`, true},
		{"a variable", `{{ range $p := .List.Pages }}{{ with $p }}{{ end }}{{ $p.Content }}{{ end }}`, `x`, true},
		{"in an else branch", `{{ if .List }}x{{ else }}{{ .Page.Content }}{{ end }}`, `x`, true},
		{"in a range's else", `{{ range .List.Pages }}x{{ else }}{{ .Page.Content }}{{ end }}`, `x`, true},
		{"in a with's pipeline", `{{ with .Page.Content }}x{{ end }}`, `x`, true},
		{"in a with's else", `{{ with .List }}x{{ else with .Page }}{{ .Content }}{{ end }}`, `x`, true},
		{"in a function's argument", `{{ printf "%s" (print .Page.Content) }}`, `x`, true},
		{"in a partial", `{{ template "partials/card.html" . }}`, `{{ .Content }}`, true},
		{"a longer name", `{{ .ContentType }}`, `x`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			write(t, root, "themes/calm/layouts/list.html", tc.list)
			write(t, root, "themes/calm/layouts/partials/card.html", tc.partial)
			ts := calmTemplates(t, root)
			if got := ts.Reads("list.html", "Content"); got != tc.want {
				t.Errorf("Reads = %v, want %v", got, tc.want)
			}
			if ts.Reads("missing.html", "Content") {
				t.Error("a missing layout reads Content")
			}
		})
	}
}

// TestTrees: a layout's set gives the trees of the layout, baseof.html
// and the partials, with the layout's own definitions winning, as
// parsed; an unknown layout gives none.
func TestTrees(t *testing.T) {
	root := t.TempDir()
	write(t, root, "themes/calm/layouts/baseof.html", `<body>{{ block "main" . }}{{ end }}</body>`)
	write(t, root, "themes/calm/layouts/partials/card.html", `{{ define "title" }}partial{{ end }}{{ .Title }}`)
	write(t, root, "themes/calm/layouts/single.html", `{{ define "title" }}single{{ end }}{{ define "main" }}{{ .Content }}{{ end }}`)
	ts := calmTemplates(t, root)
	trees := ts.Trees("single.html")
	for name, want := range map[string]string{
		"baseof.html":        `<body>{{template "main" .}}</body>`,
		"partials/card.html": `{{.Title}}`,
		"single.html":        ``,
		"title":              `single`,
		"main":               `{{.Content}}`,
	} {
		tree, ok := trees[name]
		if !ok {
			t.Errorf("no tree for %s", name)
			continue
		}
		if got := tree.Root.String(); got != want {
			t.Errorf("%s: %s, want %s", name, got, want)
		}
	}
	if ts.Trees("missing.html") != nil {
		t.Error("trees for a layout that does not exist")
	}
}

// calmTemplates parses the layouts of the theme "calm" of the site at root.
func calmTemplates(t *testing.T, root string) *Templates {
	t.Helper()
	th, err := Open(root, "calm")
	if err != nil {
		t.Fatal(err)
	}
	ts, err := th.Templates(template.FuncMap{})
	if err != nil {
		t.Fatal(err)
	}
	return ts
}

package theme

import (
	"bytes"
	"errors"
	"html/template"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/testutil"
)

var write = testutil.WriteFile

func TestOpenUnknownThemeListsThemes(t *testing.T) {
	root := t.TempDir()
	write(t, root, "themes/calm/layouts/single.html", "x")
	_, err := Open(root, "clarity")
	var d *diag.Error
	if !errors.As(err, &d) || !strings.Contains(d.Msg, `unknown theme "clarity"`) || !strings.Contains(d.Hint, "calm") {
		t.Errorf("error = %v", err)
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

package theme

import (
	"bytes"
	"errors"
	"html/template"
	"io"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/diag"
)

// cachedSite is data a partialCached key can be: a pointer.
type cachedSite struct{ Title string }

// TestPartialCached checks that partialCached prints what {{ template }}
// prints in HTML text, executes the partial once per pointer, and again
// for data that cannot be a key.
func TestPartialCached(t *testing.T) {
	root := t.TempDir()
	write(t, root, "themes/calm/layouts/partials/site.html", `<a title="{{ .Title }}">{{ .Title }}</a>{{ count }}`)
	write(t, root, "themes/calm/layouts/plain.html", `{{ template "partials/site.html" .Site }}`)
	write(t, root, "themes/calm/layouts/cached.html", `{{ partialCached "partials/site.html" .Site }}`)
	write(t, root, "themes/calm/layouts/missing.html", `{{ partialCached "partials/none.html" .Site }}`)
	th, err := Open(root, "calm")
	if err != nil {
		t.Fatal(err)
	}
	calls := 0
	ts, err := th.Templates(template.FuncMap{"count": func() int { calls++; return calls }})
	if err != nil {
		t.Fatal(err)
	}
	exec := func(layout string, data any) string {
		t.Helper()
		var b bytes.Buffer
		if err := ts.Execute(&b, layout, data); err != nil {
			t.Fatalf("%s: %v", layout, err)
		}
		return b.String()
	}
	a, other := &cachedSite{Title: `Tom & "Jerry"`}, &cachedSite{Title: "<b>"}
	for _, tc := range []struct {
		layout string
		data   any
		want   string
	}{
		{"plain.html", map[string]any{"Site": a}, `<a title="Tom &amp; &#34;Jerry&#34;">Tom &amp; &#34;Jerry&#34;</a>1`},
		{"cached.html", map[string]any{"Site": a}, `<a title="Tom &amp; &#34;Jerry&#34;">Tom &amp; &#34;Jerry&#34;</a>2`},
		{"cached.html", map[string]any{"Site": a}, `<a title="Tom &amp; &#34;Jerry&#34;">Tom &amp; &#34;Jerry&#34;</a>2`},  // cached
		{"cached.html", map[string]any{"Site": other}, `<a title="&lt;b&gt;">&lt;b&gt;</a>3`},                              // another key
		{"cached.html", map[string]any{"Site": *a}, `<a title="Tom &amp; &#34;Jerry&#34;">Tom &amp; &#34;Jerry&#34;</a>4`}, // a struct is no key
		{"cached.html", map[string]any{"Site": *a}, `<a title="Tom &amp; &#34;Jerry&#34;">Tom &amp; &#34;Jerry&#34;</a>5`},
	} {
		if got := exec(tc.layout, tc.data); got != tc.want {
			t.Errorf("%s with %v = %q, want %q", tc.layout, tc.data, got, tc.want)
		}
	}
	// A new build: the same pointer, new contents.
	a.Title = "Spike"
	if got := exec("cached.html", map[string]any{"Site": a}); got != `<a title="Tom &amp; &#34;Jerry&#34;">Tom &amp; &#34;Jerry&#34;</a>2` {
		t.Errorf("before ForgetCached: %q, want the cached result", got)
	}
	ts.ForgetCached()
	if got := exec("cached.html", map[string]any{"Site": a}); got != `<a title="Spike">Spike</a>6` {
		t.Errorf("after ForgetCached: %q, want the partial executed again", got)
	}
	var b bytes.Buffer
	err = ts.Execute(&b, "missing.html", map[string]any{"Site": a})
	var d *diag.Error
	if !errors.As(err, &d) || !strings.Contains(err.Error(), "partials/none.html") {
		t.Errorf("missing partial: %v", err)
	}
}

// TestPartialCachedFails checks that a partial's error stops the page
// and names the partial's file and line.
func TestPartialCachedFails(t *testing.T) {
	root := t.TempDir()
	write(t, root, "themes/calm/layouts/page.html", `<p>{{ partialCached "partials/bad.html" .P }}</p>`)
	write(t, root, "themes/calm/layouts/partials/bad.html", "ok\n{{ .Missing }}")
	ts := calmTemplates(t, root)
	type p struct{ X int }
	err := ts.Execute(io.Discard, "page.html", map[string]any{"P": &p{}})
	if err == nil || !strings.Contains(err.Error(), "partials/bad.html:2") || !strings.Contains(err.Error(), "can't evaluate field Missing") {
		t.Errorf("error %v", err)
	}
}

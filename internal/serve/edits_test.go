package serve

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claritynotes/gen/internal/testutil"
)

// TestRunShowsTheWritersEdits follows a writer through gen serve on a copy
// of the sample site, saving files as an editor does: a new site title in
// gen.toml, a renamed menu entry and a partial written into a themes/
// folder the site did not have each reach every page; a broken gen.toml shows its
// position in open tabs while the last good build stays up, and its fix
// builds again. Both watchers see the saves: kernel notifications and
// --poll.
func TestRunShowsTheWritersEdits(t *testing.T) {
	for _, opts := range []Options{{}, {Poll: true, PollInterval: 20 * time.Millisecond}} {
		t.Run(fmt.Sprintf("poll=%v", opts.Poll), func(t *testing.T) { writersEdits(t, opts) })
	}
}

func writersEdits(t *testing.T, opts Options) {
	root, s := sampleSite(t)
	r := runSiteAt(t, root, s, opts)
	_, gen := r.load(t, "/about/")
	tab := openStream(t, r.base, r.s.id, gen, "about/index.html")
	tab.next(t)

	edit := func(rel, from, to string) {
		t.Helper()
		src, err := os.ReadFile(filepath.Join(root, rel))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(src), from) {
			t.Fatalf("%s has no %q", rel, from)
		}
		testutil.WriteFile(t, root, rel, strings.Replace(string(src), from, to, 1))
	}
	// built waits for the build of the last save: one that fails, or one
	// whose pages show want.
	built := func(failed bool, want string) *state {
		t.Helper()
		for {
			ev := tab.next(t)
			st := r.s.current()
			if failed && len(ev.Errors) > 0 {
				return st
			}
			if !failed && len(ev.Errors) == 0 && strings.Contains(string(st.files["about/index.html"]), want) {
				return st
			}
		}
	}
	everyPage := func(st *state, want string) {
		t.Helper()
		pages := 0
		for name, data := range st.files {
			if strings.HasSuffix(name, ".html") && !strings.HasPrefix(name, "email/") {
				pages++
				if !strings.Contains(string(data), want) {
					t.Errorf("%s does not show %q", name, want)
				}
			}
		}
		if pages < 20 {
			t.Errorf("the site has %d pages", pages)
		}
		if body, _ := r.load(t, "/articles/"); !strings.Contains(body, want) {
			t.Errorf("the served /articles/ does not show %q", want)
		}
	}

	edit("gen.toml", `title = "Clarity Notes"`, `title = "Clarity Letters"`)
	everyPage(built(false, "Clarity Letters"), "<title>")
	everyPage(r.s.current(), "Clarity Letters")

	edit("content/about.md", `title: "About Clarity Notes"`, `title: "Who we are"`)
	everyPage(built(false, ">Who we are</a>"), ">Who we are</a>")

	testutil.WriteFile(t, root, "themes/clarity/layouts/partials/footer-site.html",
		"    <p>Written with care for {{ .Title }}.</p>\n  </div>\n")
	everyPage(built(false, "Written with care for Clarity Letters."), "Written with care for Clarity Letters.")

	good, err := os.ReadFile(filepath.Join(root, "gen.toml"))
	if err != nil {
		t.Fatal(err)
	}
	edit("gen.toml", `title = "Clarity Letters"`, `title = "Clarity Letters`)
	st := built(true, "")
	if e := st.errors[0]; e.Path != "gen.toml" || e.Line != 3 || e.Col == 0 || e.Pos != fmt.Sprintf("gen.toml:%d:%d", e.Line, e.Col) {
		t.Errorf("the overlay shows %+v, want a position in gen.toml", e)
	}
	marked := false
	for _, l := range st.errors[0].Excerpt {
		marked = marked || l.Mark && strings.Contains(l.Text, `title = "Clarity Letters`)
	}
	if !marked {
		t.Errorf("the overlay does not mark the broken line: %+v", st.errors[0].Excerpt)
	}
	everyPage(st, "Clarity Letters") // the last good build stays up

	testutil.WriteFile(t, root, "gen.toml", strings.Replace(string(good), `title = "Clarity Letters"`, `title = "Clarity Again"`, 1))
	everyPage(built(false, "Clarity Again"), "Written with care for Clarity Again.")
}

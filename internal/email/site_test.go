package email

import (
	"bytes"
	"flag"
	"fmt"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/markdown"
	"github.com/claritynotes/gen/internal/testutil"
	"github.com/claritynotes/gen/internal/theme"
)

var update = flag.Bool("update", false, "rewrite golden files")

const testConfig = `title = "Clarity Notes"
baseURL = "https://notes.example/"
language = "en"
theme = "clarity"
[author]
name = "Maya Okafor"
[newsletter]
name = "Clarity Notes"
section = "newsletter"
from = "Clarity Notes <notes@notes.example>"
tool = "buttondown"
unsubscribeURL = "https://notes.example/unsubscribe/"
[newsletter.utm]
source = "clarity-notes"
medium = "email"
campaign = "{slug}"
links = "site"
`

// testIssue exercises every block the email renders.
const testIssue = `---
title: "Listening before launching"
date: 2025-03-04
issue: 7
subject: "Issue 7: listening before launching"
preheader: "Three questions to ask your readers before the next campaign."
cta:
  text: "Try the listening worksheet"
  url: "/articles/listening-worksheet/?ref=issue7#start"
---
Most launches fail quietly. Not because the product is wrong, but because
we wrote about *ourselves* instead of the people we hoped to help. This
month: a small habit that changes that, with a [worksheet](/articles/listening-worksheet/)
and a note from [a reader](https://elsewhere.example/story?id=3#top).

![A notebook open to a page of questions](cover.png)

## Three questions

1. What were you trying to do when you found us?
2. What almost stopped you?
3. What would you tell a friend?

- Ask them **before** you write.
- Keep the answers in their words.
- [x] Draft the three questions
- [ ] Send them to five readers

> The best copy I ever wrote was a customer's sentence, lightly edited.

Here is how we tag answers:[^1]

` + "```go\nfunc tag(answer string) []string {\n\treturn strings.Fields(answer)\n}\n```" + `

| Question | Why it helps |
|---|---|
| Trying to do | Names the job |
| Almost stopped | Finds the friction |

![Diagram of the listening loop](loop.svg)

---

See [last month's issue](../issue-6/) and write back with ` + "`what you heard`" + `.

[^1]: We use three tags at most.
`

// testSite writes a small site with the repository's email theme and
// returns its config, theme and the loaded issue.
func testSite(t testing.TB, cfgText, issue string) (*config.Config, *theme.Theme, *content.Page) {
	t.Helper()
	root := t.TempDir()
	testutil.WriteFile(t, root, "gen.toml", cfgText)
	testutil.WriteFile(t, root, "content/newsletter/listening/index.md", issue)
	testutil.CopyDir(t, filepath.Join("..", "..", "themes", "clarity", "email"), filepath.Join(root, "themes", "clarity", "email"))
	cfg, err := config.Load(root, "")
	if err != nil {
		t.Fatal(err)
	}
	th, err := theme.Open(root, cfg.Theme)
	if err != nil {
		t.Fatal(err)
	}
	p, err := content.LoadFile(cfg, markdown.New(markdown.Options{}), "content/newsletter/listening/index.md")
	if err != nil {
		t.Fatal(err)
	}
	return cfg, th, p
}

// render renders the test issue for a tool.
func render(t *testing.T, tool string) *Message { return renderIssue(t, testIssue, tool) }

// renderIssue renders an issue of the test site for a tool.
func renderIssue(t *testing.T, issue, tool string) *Message {
	t.Helper()
	cfg, th, p := testSite(t, testConfig, issue)
	r := testRenderer(t, cfg, th)
	checkKnownHTML(r, nil)
	return mustRender(t, r, p, tool)
}

// checkKnownHTML has r's minifier hold every document that its
// output.KnownHTML writes to the HTML minifier's bytes, panicking
// (in a test or a fuzz target alike) when they differ, and count the
// documents it is given and writes in calls[0] and calls[1], when not nil.
func checkKnownHTML(r *Renderer, calls *[2]atomic.Int64) {
	mf := r.min
	known := mf.known
	mf.known = func(dst, b []byte) ([]byte, bool) {
		if calls != nil {
			calls[0].Add(1)
		}
		start := len(dst)
		out, ok := known(dst, b)
		if !ok {
			return out, false
		}
		var want bytes.Buffer
		if err := mf.htmlMinifierTo(&want, b); err != nil {
			panic(fmt.Sprintf("KnownHTML wrote a document the HTML minifier fails on (%v):\n%s", err, b))
		}
		if !bytes.Equal(out[start:], want.Bytes()) {
			panic(fmt.Sprintf("KnownHTML differs from the HTML minifier on\n%s\ngot  %s\nwant %s", b, out[start:], want.Bytes()))
		}
		if calls != nil {
			calls[1].Add(1)
		}
		return out, true
	}
}

// testRenderer is New for a test site, failing the test on an error.
func testRenderer(t testing.TB, cfg *config.Config, th *theme.Theme) *Renderer {
	t.Helper()
	r, err := New(cfg, th)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// mustRender renders p for a tool, failing the test on an error.
func mustRender(t testing.TB, r *Renderer, p *content.Page, tool string) *Message {
	t.Helper()
	m, err := r.Render(p, tool)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestKnownHTML: the fragment minifier writes every message of the test
// issue, for every tool and as the build renders it, as the HTML
// minifier does (checkKnownHTML holds it to that).
func TestKnownHTML(t *testing.T) {
	cfg, th, p := testSite(t, testConfig, testIssue)
	for _, tool := range Presets() {
		r := testRenderer(t, cfg, th)
		var calls [2]atomic.Int64
		checkKnownHTML(r, &calls)
		mustRender(t, r, p, tool)
		if _, err := r.renderWeb(p, true); err != nil {
			t.Fatal(err)
		}
		if given, wrote := calls[0].Load(), calls[1].Load(); given == 0 || wrote != given {
			t.Errorf("%s: the fragment minifier wrote %d of %d documents", tool, wrote, given)
		}
	}
}

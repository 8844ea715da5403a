package site

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/testutil"
)

// The generated corpus: deterministic pages shaped like a marketing site's
// (front matter with tags and dates, headings, lists, quotes, links to
// other pages and outside, code now and then), one issue in ten. Tests and
// benchmarks make it here so they need nothing outside the repository.
var (
	corpusSubjects = []string{"you", "your team", "the reader", "a customer", "every marketer", "we", "our team", "a new subscriber"}
	corpusVerbs    = []string{"understands", "notices", "measures", "forgets", "asks about", "builds", "listens to", "rewrites"}
	corpusObjects  = []string{"the onboarding email", "a landing page", "the pricing table", "their first week",
		"a support ticket", "the weekly newsletter", "a sales call", "the checkout flow"}
	corpusTails = []string{"before the quarter ends", "with more care than usual", "one conversation at a time",
		"because it matters", "in under a minute", "and learns something new"}
	corpusTags = []string{"empathy", "leadership", "lifecycle", "email", "retention", "content", "analytics", "teams"}
)

const corpusConfig = `title = "Corpus"
baseURL = "https://corpus.example/"
description = "A generated site."
language = "en"
theme = "clarity"
paginate = 20
[author]
name = "Ada Writer"
[newsletter]
name = "Corpus Letter"
section = "newsletter"
from = "Corpus <letter@corpus.example>"
tool = "generic"
unsubscribeURL = "https://corpus.example/unsubscribe"
[lint]
failOn = "never"
`

// corpusPath is the site-relative path of the generated page i.
func corpusPath(i int) string {
	if i%10 == 9 {
		return fmt.Sprintf("content/newsletter/issue-%05d.md", i)
	}
	return fmt.Sprintf("content/articles/article-%05d.md", i)
}

// corpusURL is the URL of the generated page i.
func corpusURL(i int) string {
	p := strings.TrimSuffix(strings.TrimPrefix(corpusPath(i), "content"), ".md")
	return p + "/"
}

// corpusPage is the Markdown of page i of an n-page corpus; edit varies
// its body without changing what lists show of it.
func corpusPage(i, n int, edit string) string {
	r := rand.New(rand.NewPCG(uint64(i), 14))
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	sentence := func() string {
		s := strings.ToUpper(pick(corpusSubjects)[:1]) + pick(corpusSubjects)[1:]
		return fmt.Sprintf("%s %s %s %s.", s, pick(corpusVerbs), pick(corpusObjects), pick(corpusTails))
	}
	para := func(k int) string {
		parts := make([]string, k)
		for j := range parts {
			parts[j] = sentence()
		}
		return strings.Join(parts, " ")
	}
	var b strings.Builder
	day := 1 + i%28
	month := 1 + (i/28)%12
	year := 2020 + (i/336)%6
	fmt.Fprintf(&b, "---\ntitle: \"%s %s #%d\"\ndate: %04d-%02d-%02d\ntags: [%s, %s]\ndescription: \"%s\"\n",
		strings.ToUpper(pick(corpusObjects)[:1])+pick(corpusObjects)[1:], pick(corpusTails), i, year, month, day,
		corpusTags[i%len(corpusTags)], corpusTags[(i/3+1)%len(corpusTags)], strings.TrimSuffix(sentence(), "."))
	if i%10 == 9 {
		fmt.Fprintf(&b, "issue: %d\n", i/10+1)
	}
	b.WriteString("---\n\n")
	b.WriteString(para(3) + "\n\n<!--more-->\n\n")
	if edit != "" {
		b.WriteString(edit + "\n\n")
	}
	for h := range 3 {
		fmt.Fprintf(&b, "## Section %d: %s\n\n%s\n\n", h+1, pick(corpusObjects), para(4))
		switch h {
		case 0:
			for range 3 {
				b.WriteString("- " + sentence() + "\n")
			}
			b.WriteString("\n")
		case 1:
			b.WriteString("> " + sentence() + "\n\n")
			fmt.Fprintf(&b, "See [an earlier piece](%s) and [our guide](https://example.com/guide/%d).\n\n", corpusURL((i+n-1)%n), i)
		case 2:
			if i%4 == 0 {
				b.WriteString("```go\nfmt.Println(\"hello\")\n```\n\n")
			}
			b.WriteString("Hit reply and tell me what you think: *I read every answer*.\n")
		}
	}
	return b.String()
}

// writeCorpus makes an n-page site in a temporary folder, with the
// repository's clarity theme, and returns its root.
func writeCorpus(tb testing.TB, n int) string {
	tb.Helper()
	root := tb.TempDir()
	testutil.CopyDir(tb, "../../themes/clarity", filepath.Join(root, "themes", "clarity"))
	files := map[string]string{"gen.toml": corpusConfig,
		"content/about.md": "---\ntitle: About\n---\n\nWe write for [you](/articles/).\n"}
	for i := range n {
		files[corpusPath(i)] = corpusPage(i, n, "")
	}
	for rel, data := range files {
		name := filepath.Join(root, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return root
}

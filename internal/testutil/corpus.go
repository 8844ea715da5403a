package testutil

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Words the corpus pages are made of: short sentences of subject, verb,
// object and tail, as the build benchmark's generated site has.
var (
	corpusSubjects = []string{"you", "your team", "the reader", "a customer", "every marketer", "we", "our team", "the founder", "a new subscriber"}
	corpusVerbs    = []string{"understands", "notices", "measures", "forgets", "asks about", "builds", "listens to", "tests", "rewrites", "ships"}
	corpusObjects  = []string{"the onboarding email", "a landing page", "the pricing table", "their first week", "a support ticket",
		"the retention curve", "an A/B test", "the weekly newsletter", "a sales call", "the checkout flow"}
	corpusTails = []string{"before the quarter ends", "with more care than usual", "without a dashboard", "one conversation at a time",
		"when nobody is watching", "and learns something new", "because it matters", "in under a minute"}
	corpusTags = []string{"empathy", "leadership", "lifecycle", "email", "retention", "ecommerce", "b2b", "content", "analytics", "teams"}
)

// CorpusPage returns page i of a generated site: YAML front matter
// (title, date, tags, description) and about 700 words in four sections
// with a list, a quote, links, strong emphasis and, on every fifth page, a
// code block. It is the shape of every page of the clean-build benchmark's
// site, so the per-page benchmarks of loading, parsing and lint
// extraction measure what that build spends on each page. The same i
// gives the same page.
func CorpusPage(i int) string {
	r := rand.New(rand.NewPCG(42, uint64(i)))
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	sentence := func() string {
		s := pick(corpusSubjects)
		s = strings.ToUpper(s[:1]) + s[1:] + " " + pick(corpusVerbs) + " " + pick(corpusObjects) + " " + pick(corpusTails)
		if r.IntN(10) == 0 {
			s += fmt.Sprintf(" ([read more](https://example.com/%d))", 1+r.IntN(999))
		}
		s += "."
		if r.IntN(10) == 0 {
			w := strings.Split(s, " ")
			k := 1 + r.IntN(len(w)-1)
			w[k] = "**" + w[k] + "**"
			s = strings.Join(w, " ")
		}
		return s
	}
	para := func(n int) string {
		s := make([]string, n)
		for k := range s {
			s[k] = sentence()
		}
		return strings.Join(s, " ")
	}
	capital := func(s string) string { return strings.ToUpper(s[:1]) + s[1:] }
	var b strings.Builder
	desc := sentence()
	fmt.Fprintf(&b, "---\ntitle: \"%s %s #%d\"\ndate: %04d-%02d-%02d\ntags: [%s, %s, %s]\ndescription: \"%s\"\n---\n\n",
		capital(pick(corpusObjects)), pick(corpusTails), i, 2020+i/336%6, 1+i/28%12, 1+i%28,
		corpusTags[i%10], corpusTags[(i+3)%10], corpusTags[(i+7)%10], desc[:len(desc)-1])
	for h := range 4 {
		fmt.Fprintf(&b, "## Section %d: %s\n\n%s\n\n%s\n\n", h+1, pick(corpusObjects), para(5), para(4))
		switch {
		case h == 1:
			for range 4 {
				fmt.Fprintf(&b, "- %s\n", sentence())
			}
			b.WriteString("\n")
		case h == 2:
			fmt.Fprintf(&b, "> %s\n\n", sentence())
		case h == 3 && i%5 == 0:
			b.WriteString("```go\nfunc main() {\n\tfmt.Println(\"hello\")\n}\n```\n\n")
		}
	}
	fmt.Fprintf(&b, "## Your next step\n\nReply to this email and tell me %s you want to fix first.\n", pick(corpusObjects))
	return b.String()
}

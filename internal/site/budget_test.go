package site

import (
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/testutil"
)

// TestOversizedIssueBudgets builds an issue over the feed and email
// budgets (lowered for the test): its web page is built in full, the
// feeds carry its summary and a link, it gets no email, and the build
// warns of both, naming the file.
func TestOversizedIssueBudgets(t *testing.T) {
	feedBudget, emailBudget := feedContentBudget, emailBodyBudget
	feedContentBudget, emailBodyBudget = 8<<10, 8<<10
	t.Cleanup(func() { feedContentBudget, emailBodyBudget = feedBudget, emailBudget })

	root := newSite(t)
	body := strings.Repeat("You can read this sentence, and the next one, at your own pace.\n\n", 400)
	testutil.WriteFile(t, root, "content/newsletter/long.md",
		"---\ntitle: \"A long issue\"\ndate: 2026-05-21\nissue: 2\ndescription: \"Long, on purpose.\"\n---\n\n"+body+"The last line of the issue.\n")
	_, res := build(t, root)

	page := string(res.Files["newsletter/long/index.html"])
	if !strings.Contains(page, "The last line of the issue.") {
		t.Error("the web page of an issue over the budgets lost its text")
	}
	for name := range res.Files {
		if strings.HasPrefix(name, "email/long/") {
			t.Errorf("an issue over the email budget got an email file: %s", name)
		}
	}
	if _, ok := res.Files["email/issue-one/index.html"]; !ok {
		t.Error("an issue under the budget lost its email")
	}
	for _, feed := range []string{"feed.xml", "atom.xml", "feed.json", "newsletter/feed.xml"} {
		data := string(res.Files[feed])
		if strings.Contains(data, "The last line of the issue.") {
			t.Errorf("%s carries the whole issue, over the feed budget", feed)
		}
		if !strings.Contains(data, "Long, on purpose.") || !strings.Contains(data, "Read the whole page on the site") {
			t.Errorf("%s does not carry the issue's summary and link:\n%s", feed, data)
		}
	}
	warned := strings.Join(res.Warnings, "\n")
	for _, want := range []string{
		"content/newsletter/long.md: the page's HTML is",
		"content/newsletter/long.md:7:1: the issue's body is",
	} {
		if strings.Count(warned, want) != 1 {
			t.Errorf("want one warning containing %q, got:\n%s", want, warned)
		}
	}
}

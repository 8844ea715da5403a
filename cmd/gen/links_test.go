package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/testutil"
)

// linkPage is an article whose body is md and whose front matter adds extra.
func linkPage(extra, md string) string {
	return "---\ntitle: Links\ndate: 2026-01-01\n" + extra + "---\n" + md + "\n"
}

// TestBrokenLinksFailTheBuild: each kind of broken reference fails the
// build with exit 1 at its Markdown position, and nothing is published.
func TestBrokenLinksFailTheBuild(t *testing.T) {
	tests := []struct {
		name, page, where, what string
	}{
		{"page", linkPage("", "Intro.\n\nRead [the missing piece](/articles/does-not-exist/) next."),
			"content/articles/zz-links.md:7:26: ", `broken link "/articles/does-not-exist/"`},
		{"anchor", linkPage("", "See [the steps](/articles/readability-for-busy-readers/#no-such-heading)."),
			"content/articles/zz-links.md:5:17: ", `has no heading or element with id "no-such-heading"`},
		{"own anchor", linkPage("", "## Start here\n\nJump [back](#start-her)."),
			"content/articles/zz-links.md:7:13: ", `did you mean "start-here"?`},
		{"image", linkPage("", "Look:\n\n![A chart](nothere.png)"),
			"content/articles/zz-links.md:7:12: ", `missing image "nothere.png"`},
		{"cta", linkPage("cta:\n  text: Reply\n  url: /contact-us/\n", "Body."),
			"content/articles/zz-links.md:6:8: ", `broken cta.url "/contact-us/"`},
		{"cover", linkPage("image: cover.png\n", "Body."),
			"content/articles/zz-links.md:4:8: ", `missing image "cover.png"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := sampleSite(t)
			testutil.WriteFile(t, root, "content/articles/zz-links.md", tt.page)
			_, stderr, code := runGen(t, root, "build")
			if code != 1 {
				t.Fatalf("exit %d, want 1\n%s", code, stderr)
			}
			if !strings.Contains(stderr, tt.where) || !strings.Contains(stderr, tt.what) {
				t.Errorf("stderr lacks %q … %q:\n%s", tt.where, tt.what, stderr)
			}
			if _, err := os.Stat(filepath.Join(root, "public")); err == nil {
				t.Error("a build with a broken link published public/")
			}
		})
	}
}

// TestValidLinksPass: links across bundles, static and theme files,
// headings, paginated lists, tags, feeds and other sites all resolve.
func TestValidLinksPass(t *testing.T) {
	root := sampleSite(t)
	testutil.WriteFile(t, root, "static/files/checklist.txt", "a checklist")
	testutil.WriteFile(t, root, "content/articles/zz-bundle/index.md", linkPage("image: chart.svg\ncta:\n  text: Read more\n  url: ../readability-for-busy-readers/\n",
		`## Where to start

![Chart](chart.svg) and [the same chart](/articles/zz-bundle/chart.svg).
[The other bundle's cover](/articles/rewrite-a-pitchy-launch-email/cover.svg) and
[its page](../rewrite-a-pitchy-launch-email/) are fine, [this heading](#where-to-start) too.
[Page two](/articles/page/2/), [tags](/tags/), [a feed](/feed.xml), [the checklist](/files/checklist.txt),
[the stylesheet](/css/clarity.css), [about](/about), [home](/), [an issue](/newsletter/the-so-what-test/?ref=x#main),
[the footer form](/about/#subscribe-footer-email), [another site](https://example.com/missing/), <mailto:me@example.com>, [a query](?page=2).`))
	testutil.WriteFile(t, root, "content/articles/zz-bundle/chart.svg", `<svg xmlns="http://www.w3.org/2000/svg"/>`)
	_, stderr, code := runGen(t, root, "build")
	if code != 0 {
		t.Fatalf("valid links failed the build (exit %d):\n%s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(root, "public/articles/page/2/index.html")); err != nil {
		t.Errorf("the test links to /articles/page/2/, which the build should make: %v", err)
	}
}

// TestBrokenLinksAsWarnings: brokenLinks = "warning" publishes and prints
// each broken link once, as one warning.
func TestBrokenLinksAsWarnings(t *testing.T) {
	root := sampleSite(t)
	cfg, err := os.ReadFile(filepath.Join(root, "gen.toml"))
	if err != nil {
		t.Fatal(err)
	}
	testutil.WriteFile(t, root, "gen.toml", string(cfg)+"\n[build]\nbrokenLinks = \"warning\"\n")
	testutil.WriteFile(t, root, "content/articles/zz-links.md", linkPage("", "A [gone page](/gone/)."))
	_, stderr, code := runGen(t, root, "build")
	if code != 0 {
		t.Fatalf("exit %d, want 0 under brokenLinks = warning\n%s", code, stderr)
	}
	if !hasLine(stderr, `warning: content/articles/zz-links.md:5:15: broken link "/gone/"`) {
		t.Errorf("no positioned warning:\n%s", stderr)
	}
	for _, line := range strings.Split(stderr, "\n") {
		if strings.Count(line, "warning:") > 1 {
			t.Errorf("doubled warning: prefix: %q", line)
		}
	}

	testutil.WriteFile(t, root, "gen.toml", string(cfg)+"\n[build]\nbrokenLinks = \"sometimes\"\n")
	_, stderr, code = runGen(t, root, "build")
	if code != 1 || !strings.Contains(stderr, "gen.toml:") || !strings.Contains(stderr, `build.brokenLinks = "sometimes"`) {
		t.Errorf("a bad brokenLinks value: exit %d\n%s", code, stderr)
	}
}

// TestEmailCheckResolvesLinks: gen email --check reports an issue's
// missing image at its Markdown position and exits 1, so it is not mailed.
func TestEmailCheckResolvesLinks(t *testing.T) {
	root := sampleSite(t)
	file := "content/newsletter/the-so-what-test.md"
	src, err := os.ReadFile(filepath.Join(root, file))
	if err != nil {
		t.Fatal(err)
	}
	testutil.WriteFile(t, root, file, string(src)+"\n![A chart](nothere.png)\n")
	line := strings.Count(string(src), "\n") + 2
	_, stderr, code := runGen(t, root, "email", "3", "--check")
	want := file + ":" + strconv.Itoa(line) + ":12: missing image \"nothere.png\""
	if code != 1 || !strings.Contains(stderr, want) {
		t.Errorf("exit %d, want 1 and %q:\n%s", code, want, stderr)
	}
}

package main

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReservedURLs: a page cannot take the URL of a generated file or
// list, tags cannot share a URL, and URLs cannot differ only in case.
// Each is an error at the page (the slug's line when front matter sets
// it) naming both sides, exit 1, with public/ untouched.
func TestReservedURLs(t *testing.T) {
	page := func(title, extra string) string {
		return "---\ntitle: " + title + "\ndate: 2026-05-01\n" + extra + "---\nYou can reply and tell me what you think.\n"
	}
	tests := []struct {
		name  string
		files map[string]string
		want  []string // lines that must start stderr lines, in any order
	}{
		{"slug feed.xml", map[string]string{"content/zz-feed.md": page("Feed", "slug: feed.xml\n")},
			[]string{"content/zz-feed.md:4:7: URL /feed.xml/ needs a folder feed.xml/, where gen writes the RSS feed (/feed.xml)"}},
		{"slug sitemap.xml", map[string]string{"content/zz-map.md": page("Map", "slug: sitemap.xml\n")},
			[]string{"content/zz-map.md:4:7: URL /sitemap.xml/ needs a folder sitemap.xml/, where gen writes the sitemap (/sitemap.xml)"}},
		{"slug 404.html", map[string]string{"content/zz-404.md": page("Lost", "slug: 404.html\n")},
			[]string{"content/zz-404.md:4:7: URL /404.html/ needs a folder 404.html/, where gen writes the 404 page (/404.html)"}},
		{"slug robots.txt", map[string]string{"content/zz-robots.md": page("Robots", "slug: robots.txt\n")},
			[]string{"content/zz-robots.md:4:7: URL /robots.txt/ needs a folder robots.txt/, where gen writes robots.txt (/robots.txt)"}},
		{"newsletter feed", map[string]string{"content/newsletter/zz-feed.md": page("Feed", "issue: 99\nslug: feed.xml\n")},
			[]string{"content/newsletter/zz-feed.md:5:7: URL /newsletter/feed.xml/ needs a folder newsletter/feed.xml/, where gen writes the newsletter feed (/newsletter/feed.xml)"}},
		{"page in content/tags takes a tag list", map[string]string{"content/tags/zz-writing.md": page("Writing", "slug: email\n")},
			[]string{
				`content/tags/zz-writing.md:4:7: URL /tags/email/ is also the list of the tag "email" (/tags/email/)`,
				"content/tags/: the list of the section tags (/tags/) is also the tag index (/tags/)",
			}},
		{"page takes the tag index", map[string]string{"content/zz-tags.md": page("Tags", "slug: tags\n")},
			[]string{"content/zz-tags.md:4:7: URL /tags/ is also the tag index (/tags/)"}},
		{"page takes a section list", map[string]string{"content/zz-articles.md": page("Articles", "slug: articles\n")},
			[]string{"content/zz-articles.md:4:7: URL /articles/ is also the list of the section articles (/articles/)"}},
		{"page takes a list page", map[string]string{"content/articles/page/2.md": page("Two", "")},
			[]string{"content/articles/page/2.md:1:1: URL /articles/page/2/ is also the list of the section articles (/articles/page/2/)"}},
		{"tags C++, C# and c", map[string]string{
			"content/articles/zz-cpp.md": page("Pointers", "tags: [C++, C#]\n"),
			"content/articles/zz-c.md":   page("Malloc", "tags:\n  - c\n"),
		}, []string{
			`content/articles/zz-cpp.md:4:7: tag "C++" has the URL /tags/c/, as does the tag "c" of content/articles/zz-c.md`,
			`content/articles/zz-cpp.md:4:7: tag "C#" has the URL /tags/c/, as does the tag "c" of content/articles/zz-c.md`,
		}},
		{"slugs Foo and foo", map[string]string{
			"content/zz-foo1.md": page("Foo", "slug: Foo\n"),
			"content/zz-foo2.md": page("foo", "slug: foo\n"),
		}, []string{"content/zz-foo2.md:4:7: URL /foo/ differs only in case from the URL /Foo/ of content/zz-foo1.md"}},
		{"static file takes a feed", map[string]string{"static/atom.xml": "<feed/>"},
			[]string{"static/atom.xml: the static file atom.xml (/atom.xml) is also the Atom feed (/atom.xml)"}},
	}
	root := sampleSite(t)
	if _, stderr, code := runGen(t, root, "build"); code != 0 {
		t.Fatalf("first build failed: %s", stderr)
	}
	before := treeOf(t, filepath.Join(root, "public"))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for name, data := range tt.files {
				path := filepath.Join(root, filepath.FromSlash(name))
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
					t.Fatal(err)
				}
				defer os.Remove(path)
			}
			defer os.RemoveAll(filepath.Join(root, "content/tags"))
			defer os.RemoveAll(filepath.Join(root, "content/articles/page"))
			_, stderr, code := runGen(t, root, "build")
			if code != 1 {
				t.Errorf("exit %d, want 1\n%s", code, stderr)
			}
			for _, want := range tt.want {
				if !hasLine(stderr, want) {
					t.Errorf("stderr lacks a line starting %q:\n%s", want, stderr)
				}
			}
			if !strings.Contains(stderr, "hint:") || strings.Contains(stderr, ".tmp-") {
				t.Errorf("no hint, or a temporary folder named:\n%s", stderr)
			}
			sameTree(t, "public/", before, treeOf(t, filepath.Join(root, "public")))
		})
	}
}

// TestTagsOfOneTopicShareAList: tags that differ only in case or in how
// words are joined are one topic, listed once per page.
func TestTagsOfOneTopicShareAList(t *testing.T) {
	root := sampleSite(t)
	page := "---\ntitle: Notes\ndate: 2026-05-01\ntags: [Email marketing, email-marketing]\n---\nYou can reply and tell me what you think.\n"
	writeFiles(t, root, map[string]string{
		"content/articles/zz-a.md": page,
		"content/articles/zz-b.md": strings.Replace(page, "Email marketing, email-marketing", "EMAIL MARKETING", 1),
	})
	if _, stderr, code := runGen(t, root, "build", "--quiet"); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	list, err := os.ReadFile(filepath.Join(root, "public/tags/email-marketing/index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(list), `href="/articles/zz-a/"`); n != 1 {
		t.Errorf("zz-a listed %d times on its tag's list, want 1", n)
	}
}

// TestSitemapHasEachURLOnce: every <loc> in the sitemap is unique.
func TestSitemapHasEachURLOnce(t *testing.T) {
	root := sampleSite(t)
	if _, stderr, code := runGen(t, root, "build", "--quiet"); code != 0 {
		t.Fatal(stderr)
	}
	data, err := os.ReadFile(filepath.Join(root, "public/sitemap.xml"))
	if err != nil {
		t.Fatal(err)
	}
	var sm struct {
		URLs []struct {
			Loc string `xml:"loc"`
		} `xml:"url"`
	}
	if err := xml.Unmarshal(data, &sm); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, u := range sm.URLs {
		if seen[u.Loc] {
			t.Errorf("%s listed twice", u.Loc)
		}
		seen[u.Loc] = true
	}
	if len(seen) < 10 {
		t.Errorf("only %d URLs in the sitemap", len(seen))
	}
}

package site

import (
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/markdown"
)

func TestSameTopic(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"Writing", "writing", true},
		{"Email marketing", "email-marketing", true},
		{"email_marketing", "EMAIL  MARKETING", true},
		{"C++", "C#", false},
		{"C++", "c", false},
		{"go", "Go!", false},
	}
	for _, tt := range tests {
		if got := sameTopic(tt.a, tt.b); got != tt.same {
			t.Errorf("sameTopic(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}

// TestCheckClaims: each way two outputs can overlap is an error at the
// page behind one of them, naming the other; outputs that do not overlap
// pass.
func TestCheckClaims(t *testing.T) {
	page := func(path, url, slug string) *job {
		src := "---\ntitle: T\nslug: " + slug + "\n---\n"
		p, err := content.Parse(markdown.New(markdown.Options{}), path, []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		p.URL = url
		return &job{id: "page:" + url, page: p, out: map[string][]byte{strings.TrimPrefix(url, "/") + "index.html": nil}}
	}
	generated := func(id, what, name string) *job {
		return &job{id: id, what: what, out: map[string][]byte{name: nil}}
	}
	tests := []struct {
		name string
		jobs []*job
		want string // "" means no error
	}{
		{"apart", []*job{page("content/a.md", "/a/", "a"), generated("feed:feed.xml", "the RSS feed", "feed.xml")}, ""},
		{"nested", []*job{page("content/a.md", "/a/", "a"), page("content/a/b.md", "/a/b/", "b"), page("content/a/c.md", "/A/c/", "c")}, ""},
		{"same file", []*job{page("content/tags/w.md", "/tags/writing/", "writing"), generated("list:/tags/writing/", `the list of the tag "writing"`, "tags/writing/index.html")},
			`content/tags/w.md:3:7: URL /tags/writing/ is also the list of the tag "writing" (/tags/writing/)`},
		{"file where a folder is needed", []*job{page("content/f.md", "/feed.xml/", "feed.xml"), generated("feed:feed.xml", "the RSS feed", "feed.xml")},
			"content/f.md:3:7: URL /feed.xml/ needs a folder feed.xml/, where gen writes the RSS feed (/feed.xml)"},
		{"case only", []*job{page("content/b.md", "/foo/", "foo"), page("content/a.md", "/Foo/", "Foo")},
			"content/b.md:3:7: URL /foo/ differs only in case from the URL /Foo/ of content/a.md"},
		{"static file over a generated one", []*job{{id: "static:robots.txt", what: "the static file robots.txt", src: "static/robots.txt", out: map[string][]byte{"robots.txt": nil}},
			generated("robots", "robots.txt", "robots.txt")},
			"static/robots.txt: the static file robots.txt (/robots.txt) is also robots.txt (/robots.txt)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			jobs := map[string]*job{}
			for _, j := range tt.jobs {
				jobs[j.id] = j
			}
			err := checkClaims(jobs)
			// The quick pass finds every overlap, and none where there is none.
			if got := overlap(jobs); got != (tt.want != "") {
				t.Errorf("overlap = %v", got)
			}
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("unexpected error: %v", err)
			case tt.want != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.want) || !strings.Contains(err.Error(), "hint: ")):
				t.Errorf("err = %v\nwant it to start %q and give a hint", err, tt.want)
			}
		})
	}
}

package feed

import (
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"
	"time"
)

func TestAbsolutizeHTML(t *testing.T) {
	base := "https://notes.example/articles/x/"
	tests := []struct{ in, want string }{
		{`<a href="/articles/y/">y</a>`, `<a href="https://notes.example/articles/y/">y</a>`},
		{`<img src="cover.png" alt="">`, `<img src="https://notes.example/articles/x/cover.png" alt="">`},
		{`<a href="../y/?a=1&amp;b=2#top">y</a>`, `<a href="https://notes.example/articles/y/?a=1&amp;b=2#top">y</a>`},
		{`<a href="#fn:1">1</a>`, `<a href="https://notes.example/articles/x/#fn:1">1</a>`},
		{`<a href="https://other.example/">o</a>`, `<a href="https://other.example/">o</a>`},
		{`<a href="mailto:me@example.com">m</a>`, `<a href="mailto:me@example.com">m</a>`},
		{`<p>href="not-an-attribute"</p>`, `<p>href="not-an-attribute"</p>`},
		{`<p title='src="x"'>src="y"</p>`, `<p title='src="x"'>src="y"</p>`},
		{`<a title="a &quot;b&quot;" href='y.html'>y</a>`, `<a title="a &quot;b&quot;" href="https://notes.example/articles/x/y.html">y</a>`},
		{`<img SRC=a.png alt="a &lt; b"/>`, `<img src="https://notes.example/articles/x/a.png" alt="a &lt; b" />`},
		{`<!-- <a href="/c/"> --><code>&lt;a href="/d/"&gt;</code>`, `<!-- <a href="/c/"> --><code>&lt;a href="/d/"&gt;</code>`},
	}
	for _, tt := range tests {
		got := AbsolutizeHTML(tt.in, base)
		if got != tt.want {
			t.Errorf("AbsolutizeHTML(%s) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestAbsoluteURL(t *testing.T) {
	base := "https://notes.example/articles/x/"
	for ref, want := range map[string]string{
		"cover.png?w=1&h=2":         "https://notes.example/articles/x/cover.png?w=1&h=2",
		"/img/a.png":                "https://notes.example/img/a.png",
		"https://cdn.example/a.png": "https://cdn.example/a.png",
		"mailto:me@notes.example":   "mailto:me@notes.example",
		"../y/cover.png#top":        "https://notes.example/articles/y/cover.png#top",
	} {
		if got := AbsoluteURL(ref, base); got != want {
			t.Errorf("AbsoluteURL(%q) = %q, want %q", ref, got, want)
		}
	}
}

func sample() *Feed {
	d := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	return &Feed{Title: "T", Link: "https://notes.example/", Self: "https://notes.example/feed.xml", Updated: d,
		Items: []Item{{Title: "A & B", Link: "https://notes.example/a/", Summary: "Sum", Content: "<p>x ]]> y</p>", Published: d, Tags: []string{"t"}}}}
}

func TestRSSKeepsCDATAIntact(t *testing.T) {
	b, err := RSS(sample())
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	var back struct {
		Items []struct {
			Encoded string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
		} `xml:"channel>item"`
	}
	if err := xml.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if len(back.Items) != 1 || back.Items[0].Encoded != "<p>x ]]> y</p>" {
		t.Errorf("content:encoded does not round-trip: %+v\n%s", back.Items, s)
	}
	if !strings.Contains(s, "<title>A &amp; B</title>") {
		t.Error("title not escaped")
	}
}

func TestJSONFeedVersion(t *testing.T) {
	b, err := JSON(sample())
	if err != nil {
		t.Fatal(err)
	}
	var f map[string]any
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	if f["version"] != "https://jsonfeed.org/version/1.1" || f["feed_url"] != "https://notes.example/feed.xml" {
		t.Errorf("feed = %v", f)
	}
}

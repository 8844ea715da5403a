package feed

import (
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// hostile is an entry whose links and HTML carry script URLs.
func hostile() *Feed {
	d := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	content := `<p><a href="javascript:alert(1)">a</a> <a href=" JaVa&#x09;ScRiPt:alert(2)">b</a> ` +
		`<a href="vbscript:msgbox(1)">c</a> <img src="data:text/html,&lt;script&gt;alert(3)&lt;/script&gt;" alt="d"> ` +
		`<a href="https://notes.example/ok/" title="kept">e</a> <img src="data:image/png;base64,iVBOR" alt="f"></p>`
	return &Feed{Title: "T", Link: "https://notes.example/", Self: "https://notes.example/feed.xml", Updated: d,
		Items: []Item{{Title: "A", Link: "javascript:alert(4)", Summary: "s", Content: content, Published: d,
			Image: "javascript:alert(5)"}}}
}

// scriptLinks parses an entry's HTML and lists URL attributes a reader
// could run as script.
func scriptLinks(t *testing.T, fragment string) []string {
	t.Helper()
	nodes, err := html.ParseFragment(strings.NewReader(fragment), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for _, a := range n.Attr {
			if (a.Key == "href" || a.Key == "src") && dangerousForTest(a.Val) {
				out = append(out, a.Key+"="+a.Val)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	return out
}

func dangerousForTest(v string) bool {
	v = strings.ToLower(strings.Map(func(r rune) rune {
		if r <= ' ' {
			return -1
		}
		return r
	}, v))
	return strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "vbscript:") || strings.HasPrefix(v, "data:text/html")
}

// TestFeedsDropScriptURLs: no feed format carries a script URL in an
// entry's HTML, link or image, and the safe parts of the HTML are kept.
func TestFeedsDropScriptURLs(t *testing.T) {
	rss, err := RSS(hostile())
	if err != nil {
		t.Fatal(err)
	}
	var r struct {
		Items []struct {
			Link    string `xml:"link"`
			GUID    string `xml:"guid"`
			Encoded string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
		} `xml:"channel>item"`
	}
	if err := xml.Unmarshal(rss, &r); err != nil {
		t.Fatal(err)
	}
	atom, err := Atom(hostile())
	if err != nil {
		t.Fatal(err)
	}
	var a struct {
		Entries []struct {
			ID    string `xml:"id"`
			Links []struct {
				Href string `xml:"href,attr"`
			} `xml:"link"`
			Content string `xml:"content"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal(atom, &a); err != nil {
		t.Fatal(err)
	}
	js, err := JSON(hostile())
	if err != nil {
		t.Fatal(err)
	}
	var j struct {
		Items []struct {
			ID, URL, Image string
			ContentHTML    string `json:"content_html"`
		} `json:"items"`
	}
	if err := json.Unmarshal(js, &j); err != nil {
		t.Fatal(err)
	}
	if len(r.Items) != 1 || len(a.Entries) != 1 || len(j.Items) != 1 {
		t.Fatalf("entries: rss %d, atom %d, json %d", len(r.Items), len(a.Entries), len(j.Items))
	}
	contents := map[string]string{"rss": r.Items[0].Encoded, "atom": a.Entries[0].Content, "json": j.Items[0].ContentHTML}
	for format, c := range contents {
		if bad := scriptLinks(t, c); len(bad) > 0 {
			t.Errorf("%s content keeps %v", format, bad)
		}
		for _, want := range []string{`href="https://notes.example/ok/" title="kept"`, `src="data:image/png;base64,iVBOR"`, `alt="d"`} {
			if !strings.Contains(c, want) {
				t.Errorf("%s content lost %s: %s", format, want, c)
			}
		}
	}
	urls := []string{r.Items[0].Link, r.Items[0].GUID, a.Entries[0].ID, j.Items[0].ID, j.Items[0].URL, j.Items[0].Image}
	for _, l := range a.Entries[0].Links {
		urls = append(urls, l.Href)
	}
	for _, u := range urls {
		if dangerousForTest(u) {
			t.Errorf("a feed links to %q", u)
		}
	}
}

// TestSafeHTMLCopiesUntouchedTags: HTML without script URLs is unchanged.
func TestSafeHTMLCopiesUntouchedTags(t *testing.T) {
	in := `<p class=x><a href='https://a.example/?a=1&amp;b=2'>y</a><br/><img src=cover.png alt="A &quot;q&quot;"></p>`
	if got := safeHTML(in); got != in {
		t.Errorf("safeHTML changed %s to %s", in, got)
	}
}

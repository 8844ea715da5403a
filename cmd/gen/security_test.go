package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"net/mail"
	"os"
	"path/filepath"
	"testing"

	"github.com/claritynotes/gen/internal/testutil"
)

// hostileIssue is a newsletter issue from a contributor who tries to run
// script in every output: a next step that closes Outlook's conditional
// comment, script URLs in every syntax, and raw HTML.
const hostileIssue = `---
title: "Hostile </title><script>alert(1)</script>"
date: 2025-05-06
issue: 9
subject: "A subject long enough to need folding, and then some more words to pass seventy-eight characters\r\nBcc: victim@example.com"
cta:
  text: "Go --><img src=x onerror=alert(1)><!-- you"
  url: "javascript:alert(1)"
---
Read [this](javascript:alert(2)) or [that](VBScript:msgbox(3)) or <javascript:alert(4)>.

<script>alert(5)</script>

Click <a href="#" onclick="alert(6)">here</a> <img src=x onerror=alert(7)>.
`

// TestBuildHostileIssue builds the sample site with hostileIssue and reads
// every file made from it with a parser: the email's web copy and the
// exports for the tool (HTML, .eml, email.md), the web page and the feeds
// carry no live script and no script link.
func TestBuildHostileIssue(t *testing.T) {
	root := sampleSite(t)
	writeFiles(t, root, map[string]string{"content/newsletter/hostile.md": hostileIssue})
	if _, stderr, code := runGen(t, root, "build"); code != 0 {
		t.Fatalf("gen build exit %d: %s", code, stderr)
	}
	// The files for the newsletter tool are gen email's, beside public/.
	if _, stderr, code := runGen(t, root, "email", "hostile"); code != 0 {
		t.Fatalf("gen email exit %d: %s", code, stderr)
	}
	pub := filepath.Join(root, "public")
	read := func(rel string) []byte {
		b, err := os.ReadFile(filepath.Join(pub, filepath.FromSlash(rel)))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	export := func(rel string) []byte {
		b, err := os.ReadFile(filepath.Join(root, "email", "hostile", rel))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	check := func(what string, doc []byte) {
		t.Helper()
		if p := testutil.LiveScript(doc); len(p) > 0 {
			t.Errorf("%s: %v", what, p)
		}
	}
	check("email/hostile/index.html (web copy)", read("email/hostile/index.html"))
	check("email/hostile/index.html (export)", export("index.html"))
	check("newsletter/hostile/index.html", read("newsletter/hostile/index.html"))

	msg, err := mail.ReadMessage(bytes.NewReader(export("message.eml")))
	if err != nil {
		t.Fatal(err)
	}
	if msg.Header.Get("Bcc") != "" {
		t.Error("message.eml: the subject added a header")
	}
	check("message.eml", testutil.EMLPart(t, msg, "text/html"))

	if p := testutil.MarkdownScript(export("email.md"), false); len(p) > 0 {
		t.Errorf("email.md: %v", p)
	}

	for _, name := range []string{"newsletter/feed.xml", "feed.xml"} {
		var rss struct {
			Items []struct {
				Link    string `xml:"link"`
				Encoded string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
			} `xml:"channel>item"`
		}
		if err := xml.Unmarshal(read(name), &rss); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, it := range rss.Items {
			check(name+" "+it.Link, []byte(it.Encoded))
		}
	}
	var atom struct {
		Entries []struct {
			Content string `xml:"content"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal(read("atom.xml"), &atom); err != nil {
		t.Fatal(err)
	}
	for _, e := range atom.Entries {
		check("atom.xml", []byte(e.Content))
	}
	var jf struct {
		Items []struct {
			ContentHTML string `json:"content_html"`
		} `json:"items"`
	}
	if err := json.Unmarshal(read("feed.json"), &jf); err != nil {
		t.Fatal(err)
	}
	for _, it := range jf.Items {
		check("feed.json", []byte(it.ContentHTML))
	}
}

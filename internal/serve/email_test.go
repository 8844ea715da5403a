package serve

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// emailSite adds a fake email renderer to fileSite.
type emailSite struct{ *fileSite }

func (emailSite) EmailPreview(_ context.Context, slug, tool string) (*EmailPreview, error) {
	if tool == "" {
		tool = "buttondown"
	}
	if tool != "buttondown" && tool != "mailchimp" {
		return nil, fmt.Errorf("unknown email tool %q", tool)
	}
	return &EmailPreview{
		Slug: slug, Subject: "Issue <1>", Tool: tool, Tools: []string{"buttondown", "mailchimp"},
		HTML: []byte(`<html><head><style>@media (prefers-color-scheme: dark) { body { background: #000 } }</style></head><body>Hello ` + tool + `</body></html>`),
		Text: []byte("Hello in text"),
		Findings: []EmailFinding{{Severity: "warning", Message: "flex is poorly supported", Feature: "css-display-flex", Line: 3,
			URL: "https://www.caniemail.com/features/css-display-flex/"}},
	}, nil
}

func TestEmailPreview(t *testing.T) {
	s := New(emailSite{&fileSite{root: t.TempDir()}}, Options{})
	s.apply(&Snapshot{Files: map[string][]byte{"email/first-issue/index.html": []byte("x"), "index.html": []byte("y")}}, nil)
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	get := func(path string) (int, string) {
		resp, err := http.Get(ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}

	code, body := get("/_gen/email/")
	if code != 200 || !strings.Contains(body, `href="/_gen/email/first-issue/"`) {
		t.Fatalf("index %d: %s", code, body)
	}
	code, body = get("/_gen/email/first-issue/?tool=mailchimp")
	for _, want := range []string{
		`<h1>Issue &lt;1&gt;</h1>`, `class="desktop"`, `class="phone"`, `Desktop, 600 px`, `Phone, 375 px`,
		`src="message.html?tool=mailchimp"`, `<option selected>mailchimp</option>`, `aria-pressed="false"`,
		`Hello in text`, `css-display-flex`, `flex is poorly supported`, `/_gen/client.js`, `data-gen-path="email/first-issue/index.html"`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("preview lacks %s", want)
		}
	}
	if code != 200 {
		t.Errorf("preview status %d", code)
	}
	if _, body = get("/_gen/email/first-issue/?dark=1"); !strings.Contains(body, `message.html?tool=buttondown&amp;dark=1`) || !strings.Contains(body, `aria-pressed="true"`) {
		t.Errorf("dark preview: %s", body)
	}
	code, body = get("/_gen/email/first-issue/message.html?tool=mailchimp")
	if code != 200 || !strings.Contains(body, "Hello mailchimp") || strings.Contains(body, "_gen/client.js") ||
		!strings.Contains(body, "prefers-color-scheme: dark") {
		t.Errorf("message %d: %s", code, body)
	}
	if _, body = get("/_gen/email/first-issue/message.html?dark=1"); !strings.Contains(body, "@media (min-width: 0px)") {
		t.Errorf("dark message: %s", body)
	}
	if code, body = get("/_gen/email/missing/"); code != 404 || !strings.Contains(body, "first-issue") {
		t.Errorf("unknown issue %d: %s", code, body)
	}
	if code, body = get("/_gen/email/first-issue/?tool=nope"); code != 400 || !strings.Contains(body, `unknown email tool &#34;nope&#34;`) {
		t.Errorf("unknown tool %d: %s", code, body)
	}
}

// TestEmailPreviewSandboxed: the frames that show a message, and the
// message itself when opened alone, may not run script.
func TestEmailPreviewSandboxed(t *testing.T) {
	s := New(emailSite{&fileSite{root: t.TempDir()}}, Options{})
	s.apply(&Snapshot{Files: map[string][]byte{"email/first-issue/index.html": []byte("x")}}, nil)
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	resp, err := http.Get(ts.URL + "/_gen/email/first-issue/")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	frames := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "iframe" {
			frames++
			sandbox, ok := "", false
			for _, a := range n.Attr {
				if a.Key == "sandbox" {
					sandbox, ok = a.Val, true
				}
			}
			if !ok || slices.Contains(strings.Fields(sandbox), "allow-scripts") {
				t.Errorf("iframe sandbox = %q (present %v); want one without allow-scripts", sandbox, ok)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if frames != 2 {
		t.Errorf("%d frames, want 2", frames)
	}
	resp, err = http.Get(ts.URL + "/_gen/email/first-issue/message.html")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	csp := resp.Header.Get("Content-Security-Policy")
	if !strings.HasPrefix(csp, "sandbox ") || strings.Contains(csp, "allow-scripts") || !strings.Contains(csp, "script-src 'none'") {
		t.Errorf("message.html Content-Security-Policy = %q", csp)
	}
}

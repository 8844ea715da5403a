package email

import (
	"bytes"
	"net/mail"
	"strings"
	"testing"
)

// TestEMLUnsubscribeHeaders: the generic .eml offers one-click
// unsubscribe (List-Unsubscribe with an https URL and List-Unsubscribe-Post),
// read back with net/mail; tools that add their own headers get none.
func TestEMLUnsubscribeHeaders(t *testing.T) {
	m := render(t, "generic")
	msg, err := mail.ReadMessage(bytes.NewReader(m.EML))
	if err != nil {
		t.Fatal(err)
	}
	if got := msg.Header.Get("List-Unsubscribe"); got != "<https://notes.example/unsubscribe/>" {
		t.Errorf("List-Unsubscribe = %q", got)
	}
	if got := msg.Header.Get("List-Unsubscribe-Post"); got != "List-Unsubscribe=One-Click" {
		t.Errorf("List-Unsubscribe-Post = %q, want List-Unsubscribe=One-Click", got)
	}

	// A mailto: address cannot take the one-click POST.
	cfg := strings.Replace(testConfig, `unsubscribeURL = "https://notes.example/unsubscribe/"`, `unsubscribeURL = "mailto:leave@notes.example"`, 1)
	if cfg == testConfig {
		t.Fatal("the test config has no https unsubscribeURL to replace")
	}
	msg, err = mail.ReadMessage(bytes.NewReader(renderWith(t, cfg, "generic").EML))
	if err != nil {
		t.Fatal(err)
	}
	if got := msg.Header.Get("List-Unsubscribe"); got != "<mailto:leave@notes.example>" {
		t.Errorf("List-Unsubscribe = %q", got)
	}
	if got := msg.Header.Get("List-Unsubscribe-Post"); got != "" {
		t.Errorf("List-Unsubscribe-Post = %q with a mailto: address", got)
	}
}

// TestUTMSourceDefault: without [newsletter.utm] source, links carry the
// newsletter's name as a slug.
func TestUTMSourceDefault(t *testing.T) {
	cfg := strings.Replace(testConfig, `source = "clarity-notes"`, "", 1)
	if cfg == testConfig {
		t.Fatal("the test config sets no utm source to remove")
	}
	cfg = strings.Replace(cfg, `name = "Clarity Notes"`, `name = "Notes from Ada & Co."`, 1)
	html := string(renderWith(t, cfg, "generic").HTML)
	if !strings.Contains(html, "utm_source=notes-from-ada-co") {
		t.Errorf("no utm_source from the newsletter's name in:\n%.600s", html)
	}
}

// renderWith renders the test issue with another gen.toml.
func renderWith(t *testing.T, cfgText, tool string) *Message {
	t.Helper()
	cfg, th, p := testSite(t, cfgText, testIssue)
	return mustRender(t, testRenderer(t, cfg, th), p, tool)
}

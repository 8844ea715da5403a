package email

import (
	"bytes"
	"encoding/hex"
	"net/mail"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/testutil"
)

// emlHTML returns the decoded text/html part of a message.
func emlHTML(t testing.TB, eml []byte) []byte {
	t.Helper()
	msg, err := mail.ReadMessage(bytes.NewReader(eml))
	if err != nil {
		t.Fatal(err)
	}
	return testutil.EMLPart(t, msg, "text/html")
}

func withCTA(text, url string) string {
	issue := strings.Replace(testIssue, `text: "Try the listening worksheet"`, "text: "+yamlString(text), 1)
	return strings.Replace(issue, `url: "/articles/listening-worksheet/?ref=issue7#start"`, "url: "+yamlString(url), 1)
}

// TestCTACannotLeaveConditionalComment: a next step whose text closes
// Outlook's conditional comment must stay text in the email HTML, in the
// HTML part of message.eml and in Outlook's reading of the comment.
func TestCTACannotLeaveConditionalComment(t *testing.T) {
	for _, text := range []string{
		"Go --><img src=x onerror=alert(1)><!-- you",
		"Go --&gt;<img src=x onerror=alert(1)>",
		"<![endif]--><script>alert(1)</script>",
		"--!><svg onload=alert(1)>",
	} {
		for _, tool := range []string{"generic", "mailchimp"} {
			m := renderIssue(t, withCTA(text, "/articles/listening-worksheet/"), tool)
			if p := testutil.LiveScript(m.HTML); len(p) > 0 {
				t.Errorf("%s, cta.text %q: index.html has live script: %v", tool, text, p)
			}
			if p := testutil.LiveScript(emlHTML(t, m.EML)); len(p) > 0 {
				t.Errorf("%s, cta.text %q: message.eml has live script: %v", tool, text, p)
			}
			if p := testutil.MarkdownScript(m.Markdown, false); len(p) > 0 {
				t.Errorf("%s, cta.text %q: email.md has %v", tool, text, p)
			}
			if !strings.Contains(string(m.Text), "Next step: "+text) {
				t.Errorf("%s: the plain text lost the next step %q", tool, text)
			}
		}
	}
}

// TestDangerousURLsDropped: a script URL in cta.url, a Markdown link or
// an autolink is a link in none of the email outputs or the feed HTML.
func TestDangerousURLsDropped(t *testing.T) {
	for _, u := range []string{
		"javascript:alert(1)",
		"JavaScript:alert(1)",
		" \tjava\tscript:alert(1)",
		"vbscript:msgbox(1)",
		"data:text/html,<script>alert(1)</script>",
		"DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
	} {
		issue := withCTA("Try it", u)
		issue = strings.Replace(issue, "and a note from", "and [a trap]("+strings.TrimSpace(strings.ReplaceAll(u, " ", ""))+") and <"+strings.TrimSpace(strings.ReplaceAll(u, " ", ""))+"> from", 1)
		cfg, th, p := testSite(t, testConfig, issue)
		r := testRenderer(t, cfg, th)
		m := mustRender(t, r, p, "generic")
		if pr := testutil.LiveScript(m.HTML); len(pr) > 0 {
			t.Errorf("%q: index.html: %v", u, pr)
		}
		if pr := testutil.LiveScript(emlHTML(t, m.EML)); len(pr) > 0 {
			t.Errorf("%q: message.eml: %v", u, pr)
		}
		if pr := testutil.MarkdownScript(m.Markdown, false); len(pr) > 0 {
			t.Errorf("%q: email.md: %v", u, pr)
		}
		if regexp.MustCompile(`(?m)^\[\d+\]\s*$`).Match(m.Text) {
			t.Errorf("%q: email.txt lists an empty link:\n%s", u, m.Text)
		}
		if strings.Contains(string(m.Text), "a trap [") {
			t.Errorf("%q: email.txt numbers the dropped link:\n%s", u, m.Text)
		}
		for _, line := range strings.Split(string(m.Text), "\n") {
			for _, f := range strings.Fields(line) {
				if testutil.ScriptURL(f) {
					t.Errorf("%q: email.txt links %q", u, line)
				}
			}
		}
		feedHTML, err := r.FeedHTML(p)
		if err != nil {
			t.Fatal(err)
		}
		if pr := testutil.LiveScript([]byte(feedHTML)); len(pr) > 0 {
			t.Errorf("%q: feed HTML: %v", u, pr)
		}
		found := false
		for _, f := range m.Findings {
			found = found || f.Feature == "unsafe-url" && f.Path == p.Path
		}
		if !found {
			t.Errorf("%q: no unsafe-url finding for cta.url", u)
		}
	}
}

// TestEmailMarkdownFollowsUnsafe: with [markdown] unsafe = false, email.md
// carries no raw HTML, as the site publishes none; with unsafe = true the
// HTML stays but script links still go.
func TestEmailMarkdownFollowsUnsafe(t *testing.T) {
	body := "\n<script>alert(1)</script>\n\nClick <a href=\"#\" onclick=\"alert(1)\">here</a> or " +
		"<img src=x onerror=alert(1)>.\n\nSee [there](javascript:alert(1)), [ref][r], <javascript:alert(2)> " +
		"or [nested](\njavascript:alert(3)) and <<b></b>script>alert(4)<<b></b>/script>.\n\n[r]: javascript:alert(5)\n"
	issue := strings.Replace(testIssue, "Most launches fail quietly.", body+"\nMost launches fail quietly.", 1)
	for _, unsafe := range []bool{false, true} {
		cfgText := testConfig
		if unsafe {
			cfgText += "[markdown]\nunsafe = true\n"
		}
		cfg, th, p := testSite(t, cfgText, issue)
		m := mustRender(t, testRenderer(t, cfg, th), p, "buttondown")
		if pr := testutil.MarkdownScript(m.Markdown, unsafe); len(pr) > 0 {
			t.Errorf("unsafe = %v: email.md has %v\n%s", unsafe, pr, m.Markdown)
		}
		t.Logf("unsafe = %v:\n%s", unsafe, m.Markdown[:bytes.Index(m.Markdown, []byte("Most launches"))])
		if !strings.Contains(string(m.Markdown), "Most launches fail quietly.") {
			t.Errorf("unsafe = %v: email.md lost the prose", unsafe)
		}
		if !unsafe && strings.Contains(string(m.Markdown), "onclick") {
			t.Errorf("email.md keeps onclick:\n%s", m.Markdown)
		}
		if unsafe && !strings.Contains(string(m.Markdown), `<a href="#" onclick="alert(1)">`) {
			// The site publishes raw HTML as written when unsafe = true.
			t.Errorf("unsafe = true: email.md dropped the writer's HTML:\n%s", m.Markdown)
		}
	}
}

// TestScriptUnsubscribeURLDropped: even a gen.toml value is no script link.
func TestScriptUnsubscribeURLDropped(t *testing.T) {
	cfgText := strings.Replace(testConfig, `unsubscribeURL = "https://notes.example/unsubscribe/"`, `unsubscribeURL = "javascript:alert(1)"`, 1)
	cfg, th, p := testSite(t, cfgText, testIssue)
	m := mustRender(t, testRenderer(t, cfg, th), p, "generic")
	if pr := testutil.LiveScript(m.HTML); len(pr) > 0 {
		t.Errorf("index.html: %v", pr)
	}
	if strings.Contains(string(m.Text), "javascript:") {
		t.Error("email.txt links the script URL")
	}
}

// TestContentCannotForgeMergeTags: text that spells out the tokens of an
// older gen stays text; it does not become a merge tag.
func TestContentCannotForgeMergeTags(t *testing.T) {
	forged := "`__GENMERGE_FIRSTNAME_" + hex.EncodeToString([]byte(`x" }}{% evil %}{{ "`)) + "__` `__GENMERGE_UNSUBSCRIBE__`"
	m := renderIssue(t, strings.Replace(testIssue, "Most launches fail quietly.", forged, 1), "kit")
	if strings.Contains(string(m.HTML), "evil") || strings.Count(string(m.HTML), "{{ unsubscribe_url }}") != 1 {
		t.Errorf("the body's text became merge tags")
	}
	if !strings.Contains(string(m.Text), "__GENMERGE_UNSUBSCRIBE__") {
		t.Errorf("the body's text was changed")
	}
}

// TestValuesInsideConditionalCommentStayEscaped: a site's own button
// partial may still put the next step inside <!--[if mso]> (gen's did
// once); the value must come out escaped there too, as Outlook reads the
// comment's content as markup.
func TestValuesInsideConditionalCommentStayEscaped(t *testing.T) {
	partial, err := os.ReadFile(filepath.Join("testdata", "vml-button", "button.html"))
	if err != nil {
		t.Fatal(err)
	}
	cfg, th, p := testSite(t, testConfig, withCTA("Go --><img src=x onerror=alert(1)><!-- you", "/articles/x/"))
	testutil.WriteFile(t, cfg.Root, "layouts/email/partials/button.html", string(partial))
	m := mustRender(t, testRenderer(t, cfg, th), p, "generic")
	if !strings.Contains(string(m.HTML), "<v:roundrect") || !strings.Contains(string(m.HTML), `href="https://notes.example/articles/x/`) {
		t.Fatal("the site's button partial was not used")
	}
	if pr := testutil.LiveScript(m.HTML); len(pr) > 0 {
		t.Errorf("index.html: %v", pr)
	}
}

package main

import (
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/email"
)

// TestPublishedSiteHasNoMergeTags builds the sample site for every
// newsletter tool and fails on any tool's template syntax in what the site
// publishes: readers of the web copy are nobody's subscriber, so they get
// "Hi there," and real links, never {{ unsubscribe_url }}.
func TestPublishedSiteHasNoMergeTags(t *testing.T) {
	for _, tool := range email.Presets() {
		t.Run(tool, func(t *testing.T) {
			t.Parallel()
			root := sampleSite(t)
			cfgPath := filepath.Join(root, "gen.toml")
			cfg, err := os.ReadFile(cfgPath)
			if err != nil {
				t.Fatal(err)
			}
			withTool := strings.Replace(string(cfg), `tool = "buttondown"`, `tool = "`+tool+`"`, 1)
			if withTool == string(cfg) && tool != "buttondown" {
				t.Fatal(`the sample gen.toml no longer sets tool = "buttondown"; update this test`)
			}
			if tool != "buttondown" {
				// The sample's subscribe form is Buttondown's, which other
				// tools' settings reject.
				var lines []string
				for _, l := range strings.Split(withTool, "\n") {
					if !strings.HasPrefix(strings.TrimSpace(l), "subscribe =") {
						lines = append(lines, l)
					}
				}
				withTool = strings.Join(lines, "\n")
			}
			if err := os.WriteFile(cfgPath, []byte(withTool), 0o644); err != nil {
				t.Fatal(err)
			}
			if _, stderr, code := runGen(t, root, "build"); code != exitOK {
				t.Fatalf("gen build: exit %d\n%s", code, stderr)
			}
			public := treeOf(t, filepath.Join(root, "public"))
			if _, ok := public["email/the-so-what-test/index.html"]; !ok {
				t.Fatal("the issue's web copy email/the-so-what-test/index.html was not published")
			}
			for name, body := range public {
				switch path.Ext(name) {
				case ".html", ".xml", ".json", ".txt", ".md", ".eml":
				default:
					continue
				}
				if tag := mergeTag(body); tag != "" {
					t.Errorf("public/%s shows readers the merge tag %q", name, tag)
				}
			}
		})
	}
}

// mergeTag returns the first newsletter-tool template syntax in s: {{ }},
// {% %}, *| |*, {$ } or %name% (Mailgun), or "".
func mergeTag(s string) string {
	for _, open := range []string{"{{", "{%", "*|", "{$"} {
		if i := strings.Index(s, open); i >= 0 {
			return s[i:min(len(s), i+40)]
		}
	}
	// %name%: a name of letters, digits, dots and underscores that is not
	// a percent-encoded byte (%E2%80) or a CSS percentage.
	for i := strings.IndexByte(s, '%'); i >= 0; {
		j := i + 1
		for j < len(s) && (isNameByte(s[j])) {
			j++
		}
		name := s[i+1 : j]
		if j < len(s) && s[j] == '%' && len(name) >= 3 && strings.ContainsAny(strings.ToLower(name), "ghijklmnopqrstuvwxyz_.") &&
			(name[0] < '0' || name[0] > '9') {
			return s[i : j+1]
		}
		k := strings.IndexByte(s[j:], '%')
		if k < 0 {
			break
		}
		i = j + k
	}
	return ""
}

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.'
}

func TestMergeTagFinds(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`<a href="{{ unsubscribe_url }}">`, "{{ unsubscribe_url }}\">"},
		{`Hi {% if x %}`, "{% if x %}"},
		{`*|UNSUB|*`, "*|UNSUB|*"},
		{`<a href="%unsubscribe_url%">`, "%unsubscribe_url%"},
		{`<a href="{$unsubscribe}">`, `{$unsubscribe}">`},
		{`width:100%;height:50%`, ""},
		{`/caf%C3%A9/%E2%80%99s`, ""},
		{`<p>Hi there,</p>`, ""},
	} {
		if got := mergeTag(tc.in); got != tc.want {
			t.Errorf("mergeTag(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

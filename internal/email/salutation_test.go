package email

import (
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/markdown"
)

func pageOf(t *testing.T, body string) *content.Page {
	t.Helper()
	p := &content.Page{Body: []byte(body)}
	md := markdown.New(markdown.Options{})
	p.AST = md.Parse(p.Body)
	return p
}

func TestGreetingAndSignoffDetection(t *testing.T) {
	for _, tc := range []struct {
		name, body       string
		greets, signsOff bool
	}{
		{"plain", "This month: one idea.\n\nTry it.\n", false, false},
		{"hi there", "Hi there,\n\nThis month: one idea.\n", true, false},
		{"hello friends", "Hello friends, welcome back.\n\nBody.\n", true, false},
		{"dear", "Dear reader,\n\nBody.\n", true, false},
		{"hey", "Hey — quick one today.\n", true, false},
		{"good morning", "Good morning, everyone!\n\nBody.\n", true, false},
		{"emphasis greeting", "*Hi there,*\n\nBody.\n", true, false},
		{"heading is not a greeting", "# Hi there\n\nBody.\n", false, false},
		{"history is not a greeting", "History repeats.\n", false, false},
		{"warmly and name", "Body.\n\nWarmly,\nMaya\n", false, true},
		{"best", "Body.\n\nBest,\n", false, true},
		{"thanks maya", "Body.\n\nThanks, Maya\n", false, true},
		{"dash name", "Body.\n\n— Maya\n", false, true},
		// The Typographer makes these a dash and curly quotes: the
		// sign-off is read as the reader sees it, not as their entities.
		{"double hyphen name", "Body.\n\n-- Maya\n", false, true},
		{"quoted cheers", "Body.\n\n\"Cheers,\" says Maya\n", false, true},
		{"quoted greeting", "\"Hi there,\" I said.\n\nBody.\n", true, false},
		{"signoff then a name with an apostrophe", "Body.\n\nWarmly,\n\nMaya O'Brien\n", false, true},
		{"until next time", "Body.\n\nUntil next time,\n", false, true},
		{"signoff then name paragraph", "Body.\n\nTalk soon,\n\nMaya Okafor\n", false, true},
		{"closing sentence is not a sign-off", "Body.\n\nThanks for reading this far and for every reply you sent.\n", false, false},
		{"list last", "Body.\n\n- Warmly,\n", false, false},
		{"both", "Hi there,\n\nBody.\n\nCheers,\nSam\n", true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := pageOf(t, tc.body)
			if got := opensWithGreeting(p); got != tc.greets {
				t.Errorf("opensWithGreeting = %v, want %v", got, tc.greets)
			}
			if got := endsWithSignoff(p); got != tc.signsOff {
				t.Errorf("endsWithSignoff = %v, want %v", got, tc.signsOff)
			}
		})
	}
}

// TestGreetingAndSignoffInEveryFormat: the template's greeting and
// sign-off appear in HTML, text and email.md exactly when the body has
// none of its own, and front matter can turn them off or replace them.
func TestGreetingAndSignoffInEveryFormat(t *testing.T) {
	// Buttondown's first-name tag with its fallback, from the preset.
	firstName := presets["buttondown"].FirstName("there")
	front := "---\ntitle: T\ndate: 2025-03-04\nissue: 7\n%s---\n"
	for _, tc := range []struct {
		name, front, body string
		greeting, signoff string // expected in every format, "" for none added
	}{
		{"added", "", "This month: one idea.\n\nTry it today.\n", "Hi " + firstName + ",", "Warmly,"},
		{"body greets and signs off", "", "Hi there,\n\nThis month: one idea.\n\nThanks,\nSam\n", "", ""},
		{"body greets only", "", "Hello friends,\n\nOne idea.\n", "", "Warmly,"},
		{"greeting false", "greeting: false\n", "One idea.\n", "", "Warmly,"},
		{"signoff false", "signoff: false\n", "One idea.\n", "Hi " + firstName + ",", ""},
		{"own words", "greeting: \"Hello {name} & co,\"\nsignoff: \"Onward, Maya\"\n", "One idea.\n", "Hello " + firstName + " & co,", "Onward, Maya"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := renderIssue(t, strings.Replace(front, "%s", tc.front, 1)+tc.body, "buttondown")
			for format, out := range map[string]string{"HTML": string(m.HTML), "text": string(m.Text), "email.md": markdownText(string(m.Markdown))} {
				if got := strings.Contains(out, firstName); got != (tc.greeting != "") {
					t.Errorf("%s: greeting with the first-name tag present = %v, want %v\n%s", format, got, tc.greeting != "", out)
				}
				if tc.greeting != "" && !strings.Contains(strings.ReplaceAll(out, "&amp;", "&"), tc.greeting) && !strings.Contains(out, strings.ReplaceAll(tc.greeting, "&", "&amp;")) {
					t.Errorf("%s lacks greeting %q", format, tc.greeting)
				}
				for _, closing := range []string{"Warmly,", "Onward, Maya"} {
					if got := strings.Contains(out, closing); got != (closing == tc.signoff) {
						t.Errorf("%s: %q present = %v, want %v", format, closing, got, closing == tc.signoff)
					}
				}
				if n := strings.Count(out, "Hi there,"); n > 1 {
					t.Errorf("%s greets %d times", format, n)
				}
			}
			// The web copy greets with the fallback, never the merge tag.
			if strings.Contains(string(m.Web), "{{") || strings.Contains(string(m.Web), "{%") {
				t.Errorf("the web copy has merge tags")
			}
			// The minifier may write a lone & unescaped, as HTML allows.
			if web := strings.ReplaceAll(string(m.Web), "&amp;", "&"); tc.greeting != "" && !strings.Contains(web, strings.Replace(tc.greeting, firstName, "there", 1)) {
				i := strings.Index(string(m.Web), "greeting\" style")
				t.Errorf("the web copy lacks %q: %s", strings.Replace(tc.greeting, firstName, "there", 1), m.Web[i:min(i+300, len(m.Web))])
			}
		})
	}
}

// markdownText drops Markdown's backslash escapes ("Warmly\\," is
// "Warmly,"), so the text can be compared with what the tool shows.
func markdownText(md string) string {
	var b strings.Builder
	for i := 0; i < len(md); i++ {
		if md[i] == '\\' && i+1 < len(md) && md[i+1] < 0x80 && strings.ContainsRune("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", rune(md[i+1])) {
			i++
		}
		b.WriteByte(md[i])
	}
	return b.String()
}

func TestMarkdownSalutation(t *testing.T) {
	for in, want := range map[string]string{
		"Warmly,":           "Warmly,",
		"Thanks, Maya":      "Thanks, Maya",
		"— Maya":            "— Maya",
		"1. Maya":           `1\. Maya`,
		"<b>Hi</b>":         `\<b\>Hi\<\/b\>`,
		"*Cheers*":          `\*Cheers\*`,
		"[x](javascript:1)": `\[x\]\(javascript\:1\)`,
	} {
		if got := markdownSalutation(in); got != want {
			t.Errorf("markdownSalutation(%q) = %q, want %q", in, got, want)
		}
	}
}

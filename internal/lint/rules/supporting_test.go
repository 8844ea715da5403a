package rules

import (
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/config"
)

func TestReadability(t *testing.T) {
	easy := repeat("You get a short note each week. It says what changed and why. Read it in a minute.", 6)
	hard := repeat("Organisations implementing comprehensive onboarding methodologies consistently demonstrate substantially improved customer retention characteristics across heterogeneous operational environments.", 8)
	runRuleCases(t, "readability", config.Lint{}, []ruleCase{
		{"plain copy", easy, false},
		{"dense copy", hard, true},
		{"too short to score", "Organisations implementing comprehensive methodologies demonstrate characteristics.", false},
	})
	cfg := config.Lint{Rules: map[string]map[string]any{"readability": {"maxGrade": 40.0}}}
	runRuleCases(t, "readability", cfg, []ruleCase{{"lenient target", hard, false}})
}

func TestHardSentences(t *testing.T) {
	long := "When the export job reads each row twice because a change to the way that dates are formatted went out on Monday, large reports take far longer than they should."
	veryLong := long + " " + strings.TrimSuffix(long, ".") + " and nobody notices until the end of the month."
	cases := []struct {
		name      string
		src       string
		hard, vh  bool
		hardCount int
	}{
		{"short", "The export is fixed. Run it again.", false, false, 0},
		{"long", long, true, false, 1},
		{"very long", strings.Replace(veryLong, ".", ",", 1), false, true, 0},
		{"headings are not checked", "# " + strings.TrimSuffix(long, "."), false, false, 0},
		// Hard-wrapped, the sentence is still one: the line that starts
		// with a name was wrapped there, not broken by the writer.
		{"wrapped, a name starting a line", "When the export job reads each row twice because a\nchange to the way that dates are formatted went out last\nMonday, large reports take far longer than they should.", true, false, 1},
		// Lines of details are each a sentence, none of them long.
		{"lines of details", "Export run every Monday at six in the morning for all accounts\nReports delivered to the shared folder before the working day starts\nQuestions about the schedule go to the operations desk on the second floor\n", false, false, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := lintWith(t, config.Lint{}, c.src)
			if got := len(only(res, "hard-sentence")) > 0; got != c.hard {
				t.Errorf("hard-sentence fired=%v, want %v", got, c.hard)
			}
			if got := len(only(res, "very-hard-sentence")) > 0; got != c.vh {
				t.Errorf("very-hard-sentence fired=%v, want %v", got, c.vh)
			}
		})
	}
}

func TestJargonAndFriction(t *testing.T) {
	runRuleCases(t, "jargon", config.Lint{}, []ruleCase{
		{"buzzword", "Leverage the platform to streamline onboarding.", true},
		{"plain", "Use the tool to onboard customers faster.", false},
		{"in code", "Call `leverage()` from your script.", false},
	})
	cfg := config.Lint{Rules: map[string]map[string]any{"jargon": {"words": []any{"north star = main goal"}}}}
	res := lintWith(t, cfg, "Retention is our north star.")
	ds := only(res, "jargon")
	if len(ds) != 1 || spanText(res, ds[0]) != "north star" || ds[0].Suggestion != "Try: main goal" {
		t.Errorf("configured jargon: %+v", ds)
	}
	runRuleCases(t, "friction", config.Lint{}, []ruleCase{
		{"contact us", "Contact us to learn more about pricing.", true},
		{"form", "Fill out the form and someone will be in touch.", true},
		{"business days", "Please allow 5 business days for delivery.", true},
		{"direct", "Plans start at $12 a month; reply with your team size for a quote by tomorrow.", false},
	})
}

func TestPassiveVoice(t *testing.T) {
	runRuleCases(t, "passive-voice", config.Lint{}, []ruleCase{
		{"regular participle", "Your request was received yesterday.", true},
		{"irregular participle", "The invoices were sent on Monday.", true},
		{"adverb between", "The bug is finally fixed.", true},
		{"active", "We sent the invoices on Monday.", false},
		{"adjective", "I was tired and interested.", false},
		{"used to", "We were used to waiting.", false},
	})
}

func TestNewsletterPreheader(t *testing.T) {
	runRuleCases(t, "newsletter-preheader", config.Lint{}, []ruleCase{
		{"issue without preview", "---\ntitle: Issue 12\nissue: 12\n---\n\nHello.", true},
		{"issue with preheader", "---\ntitle: Issue 12\nissue: 12\npreheader: Three subject lines\n---\n\nHello.", false},
		{"issue with description", "---\ntitle: Issue 12\nissue: 12\ndescription: Three subject lines\n---\n\nHello.", false},
		{"article", "---\ntitle: An article\n---\n\nHello.", false},
	})
	res := lintWith(t, config.Lint{}, "---\ntitle: Issue 12\nissue: 12\n---\n\nHello.")
	if d := only(res, "newsletter-preheader"); len(d) != 1 || spanText(res, d[0]) != "Issue 12" || d[0].Line != 2 {
		t.Errorf("want the diagnostic on the title, got %+v", d)
	}
}

// TestMessagesQuotePlainText: messages quote the words as they read, not
// the Markdown around them.
func TestMessagesQuotePlainText(t *testing.T) {
	res := lintWith(t, config.Lint{}, "To see the schedule, Click [here](https://example.com/s) or **leverage** the calendar.\n")
	var msgs []string
	for _, d := range res.Diagnostics {
		msgs = append(msgs, d.Message)
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{`"Click here"`, `"leverage"`} {
		if !strings.Contains(all, want) {
			t.Errorf("messages lack %s:\n%s", want, all)
		}
	}
	if strings.ContainsAny(all, "[]*") {
		t.Errorf("messages quote Markdown:\n%s", all)
	}
}

// TestPassiveHint: the passive-voice suggestion names the doer the
// sentence already has, or asks for one, and never puts words in the
// sender's mouth.
func TestPassiveHint(t *testing.T) {
	cases := []struct{ src, want string }{
		{"The report was reviewed by the editor on Monday.", `"the editor reviewed …"`},
		{"The old boiler was replaced last spring.", `"[who] replaced the old boiler"`},
		{"Your refund was processed yesterday.", `"you'll get …"`},
		{"The letter was written in May.", `"[who] wrote the letter"`},
	}
	for _, c := range cases {
		ds := only(lintWith(t, config.Lint{}, c.src), "passive-voice")
		if len(ds) != 1 {
			t.Errorf("%q: %d passive findings, want 1", c.src, len(ds))
			continue
		}
		if !strings.Contains(ds[0].Suggestion, c.want) || strings.Contains(strings.ToLower(ds[0].Suggestion), "we ") {
			t.Errorf("%q: suggestion %q, want %s and no \"we\"", c.src, ds[0].Suggestion, c.want)
		}
	}
}

// TestWeCentricOncePerPlace: a piece whose most sender-centred sentence
// lies in a we-centric paragraph is reported once, not once for the piece
// and again for the paragraph.
func TestWeCentricOncePerPlace(t *testing.T) {
	src := "We are proud of our year. Our team grew, our office moved and our new studio opened in March. " +
		"We hired four people, we rebuilt our website and we launched our podcast, which we record every Friday in our studio with our guests.\n"
	ds := only(lintWith(t, config.Lint{}, src), "we-centric")
	if len(ds) != 1 {
		t.Fatalf("got %d we-centric findings, want 1", len(ds))
	}
	other := "We are proud of our year and our team, our office and our studio, and we thank our partners and our friends for their help with our move and our launch this spring.\n\n" +
		"The new studio has a garden. You can visit it on Fridays; your ticket covers the tour and tea. You can bring your children too, and your dog.\n\n" +
		"We rebuilt our website, we launched our podcast and we record it in our studio with our guests every week, which our listeners and our partners enjoy with us.\n"
	ds = only(lintWith(t, config.Lint{}, other), "we-centric")
	seen := map[string]bool{}
	for _, d := range ds {
		if seen[d.Suggestion] {
			t.Errorf("two findings with the same suggestion %q", d.Suggestion)
		}
		seen[d.Suggestion] = true
	}
}

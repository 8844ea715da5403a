package lint

import (
	"testing"

	"github.com/claritynotes/gen/internal/config"
)

func TestMissingNextStep(t *testing.T) {
	body := repeat("The reminder went out a week before the class and listed the address and the price.", 6) + "\n\n"
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"sign-off only", body + "Thanks for reading, and see you in two weeks.", true},
		{"reflection", body + "## What stayed with me\n\nThe code barely changed. It is a humbling habit.\n\nUntil next time,\nJo", true},
		{"link in the middle", "Read [the guide](https://example.com) first.\n\n" + body + "That is all for now.", true},
		{"heading about the sender", body + "## What comes next for us\n\nWe are planning our second shop.", true},
		{"reply", body + "Hit reply and tell me which email you keep rewriting.", false},
		{"link with an action", body + "[Book a demo](https://example.com/demo) and see it live.", false},
		{"after a lead", body + "So, why not try it on your next sale email?", false},
		{"after a leading clause", body + "Now that you know where the settings live, start with the first.", false},
		{"question then imperative", body + "Still stuck after that? Reply to this email with the report name.", false},
		{"you can", body + "If you want the slides, you can download them from the event page.", false},
		{"closing heading", body + "## Try this\n\nOne question is enough.", false},
		{"next step heading", body + "## Your next step\n\nIt takes two minutes.", false},
		{"invitation then sign-off", body + "Pick one announcement and cut every adjective.\n\nThanks for reading,\nJo", false},
		{"in a list", body + "- Download the checklist.\n- Share it with your team.", false},
		{"cta in front matter", "---\ntitle: T\ncta: {text: \"See sizes\", url: \"https://example.com\"}\n---\n\n" + body + "Thanks.", false},
		{"too short to need one", "A short note. Thanks.", false},
		{"noun, not a verb", body + "Support is open on weekdays. Check-ins are down.", true},
		{"do not", body + "Do not let this slip away.", true},
		{"quoted step does not count", body + "> Reply to this email now.\n\nThat was the old footer.", true},
	})
}

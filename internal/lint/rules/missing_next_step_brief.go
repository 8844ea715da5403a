package rules

import (
	"fmt"
	"strings"
)

// defaultNextStepMinWords is how many words a piece needs before its end
// is checked for a next step.
const defaultNextStepMinWords = 40

// nextStepShapes are the kinds of invitation the brief of --explain
// missing-next-step names, each with closing sentences the rule accepts
// as a next step; nextStepFakes are closings it does not. The examples
// are held to the rule by a test, so the brief stays true.
var nextStepShapes = []struct {
	shape    string
	examples []string
}{
	{"an imperative with an action verb, after any lead-in", []string{
		"Reply and tell me which one you picked.",
		"If you are stuck, book a call with me.",
	}},
	{"a request or an offer put to the reader", []string{
		"Please consider a gift to the fund this month.",
		"Will you join us on Saturday?",
		"You can book a table online.",
	}},
	{"where and when to act", []string{
		"Save the date: June 3 to 5.",
		"The sign-up form is just below.",
	}},
	{"a link whose text is the action", []string{
		"[Register for the workshop](https://example.com/register)",
	}},
}

var nextStepFakes = []string{
	"Thanks for reading, and until next time.",
	"Stay tuned!",
	"Picture the possibilities.",
	"Isn't it time?",
}

// nextStepBrief says in short what missing-next-step looks for.
var nextStepBrief = func() string {
	var b strings.Builder
	b.WriteString(`Reads the end of the piece: its last section, under its last heading, and its
last two paragraphs (more of them when they are one-liners), leaving out a
sign-off, a signature, a P.S. or a photo credit after them. The end has a next
step when it invites the reader to do something specific:
`)
	for _, s := range nextStepShapes {
		fmt.Fprintf(&b, "  - %s:\n", s.shape)
		for _, e := range s.examples {
			fmt.Fprintf(&b, "      %q\n", e)
		}
	}
	b.WriteString(`  - a closing section headed like "Next step", "Try this" or "What to do now",
    or a cta: in the front matter
Not a next step: a sign-off, a reflection, an exhortation with no act, a
rhetorical question or a link buried mid-piece:
`)
	for _, f := range nextStepFakes {
		fmt.Fprintf(&b, "      %q\n", f)
	}
	fmt.Fprintf(&b, "Pieces under %d words are not checked.", defaultNextStepMinWords)
	return b.String()
}()

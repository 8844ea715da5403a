package rules

import (
	"fmt"

	"github.com/claritynotes/gen/internal/lint"
)

// Friction flags phrases that make the reader wait, hunt or ask.
var Friction = lint.Register(&lint.Rule{
	ID:       "friction",
	Severity: lint.SeverityWarning,
	Summary:  "A phrase makes the reader wait, hunt or ask for what they need",
	Doc: `Flags friction phrases: "contact us to learn more", "someone will be in touch",
"fill out the form", "request a quote", "please allow 5 business days", "click
here"… Each comes with what to do instead. Add your own with phrases = ["phrase =
fix", ...] in [lint.rules.friction].`,
	Why: `Every extra step between the reader and the answer loses readers. Give the
price, the date or the link here, and say exactly what happens next.`,
	Before: "Contact us to learn more about pricing, and someone will be in touch.",
	After:  "Plans start at $12 a month. Reply with your team size and you will get a quote within one working day.",
	Settings: []lint.Setting{
		{Name: "phrases", Default: []string(nil), Doc: `extra entries, each "phrase" or "phrase = what to do instead"`},
	},
	Build: func(s *lint.Settings) (func(*lint.Pass), error) {
		m := s.Matcher(wordList("friction"), lint.Extra(s.List("phrases"), "friction"))
		return phraseCheck(m, func(found string, ph *lint.Phrase) (string, string) {
			sug := "Give the reader the answer or the direct link here"
			if ph.Note != "" {
				sug = "Instead: " + ph.Note
			}
			return fmt.Sprintf("%q makes the reader wait or hunt", found), sug
		}), nil
	},
})

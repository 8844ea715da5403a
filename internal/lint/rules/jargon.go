package rules

import (
	"fmt"

	"github.com/claritynotes/gen/internal/lint"
)

// Jargon flags buzzwords that have plain alternatives.
var Jargon = lint.Register(&lint.Rule{
	ID:       "jargon",
	Severity: lint.SeverityWarning,
	Summary:  "Jargon or a buzzword has a plainer alternative",
	Doc: `Flags buzzwords and jargon (leverage, synergy, seamless, best practices, deep
dive, move the needle…) and suggests a plain alternative. Add your own with
words = ["phrase = alternative", ...] in [lint.rules.jargon].`,
	Why: `Buzzwords sound like every other company and make the reader translate. Plain
words are faster to read and easier to believe.`,
	Before: "Leverage our seamless platform to streamline your workflows.",
	After:  "Use one tool for the whole job, with no copying between apps.",
	Settings: []lint.Setting{
		{Name: "words", Default: []string(nil), Doc: `extra entries, each "phrase" or "phrase = alternative"`},
	},
	Build: func(s *lint.Settings) (func(*lint.Pass), error) {
		m := s.Matcher(wordList("jargon"), lint.Extra(s.List("words"), "jargon"))
		return phraseCheck(m, func(found string, ph *lint.Phrase) (string, string) {
			if ph.Note == "" {
				return fmt.Sprintf("%q is jargon", found), "Say what it means in plain words"
			}
			return fmt.Sprintf("%q is jargon", found), fmt.Sprintf("Try: %s", ph.Note)
		}), nil
	},
})

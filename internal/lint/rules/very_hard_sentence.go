package rules

import "github.com/claritynotes/gen/internal/lint"

// VeryHardSentence flags sentences that are very hard to read.
var VeryHardSentence = lint.Register(&lint.Rule{
	ID:       "very-hard-sentence",
	Severity: lint.SeverityWarning,
	Summary:  "A sentence is very long or very dense",
	Doc: `Flags a sentence of 35 words or more, or of 14 words or more whose own
Flesch–Kincaid grade is 16 or higher. Headings are not checked.`,
	Why:    `Very long sentences lose most readers before the end, where the point often is.`,
	Before: "We are writing to let you know that, following a comprehensive review of our infrastructure and in line with our commitment to reliability, the dashboard will be unavailable on Saturday between 06:00 and 08:00 UTC while we migrate the database cluster.",
	After:  "The dashboard will be down on Saturday from 06:00 to 08:00 UTC while the database moves to new hardware.",
	Settings: []lint.Setting{
		{Name: "words", Default: 35, Doc: "a sentence with at least this many words is very hard"},
		{Name: "grade", Default: 16.0, Doc: "a sentence of 14+ words at or above this grade is very hard"},
	},
	Build: func(s *lint.Settings) (func(*lint.Pass), error) {
		return sentenceCheck(s, "very hard", true), nil
	},
})

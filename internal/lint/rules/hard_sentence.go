package rules

import (
	"fmt"

	"github.com/claritynotes/gen/internal/lint"
)

// HardSentence flags sentences that are hard to read.
var HardSentence = lint.Register(&lint.Rule{
	ID:       "hard-sentence",
	Severity: lint.SeverityInfo,
	Summary:  "A sentence is long or dense enough to be hard to read",
	Doc: `Flags a sentence of 25 words or more, or of 14 words or more whose own
Flesch–Kincaid grade is 12 or higher. Sentences that are very hard (see
very-hard-sentence) are reported by that rule instead. Headings are not checked.`,
	Why: `Long, dense sentences make readers hold too much in mind at once; on a phone
they fill the screen. Two short sentences are easier than one long one.`,
	Before: "Because the export job, which was changed last week to support time zones, reads each row twice when dates are formatted in the old style, large reports time out.",
	After:  "Large reports timed out. Last week's time-zone change made the export read each row twice.",
	Settings: []lint.Setting{
		{Name: "words", Default: 25, Doc: "a sentence with at least this many words is hard"},
		{Name: "grade", Default: 12.0, Doc: "a sentence of 14+ words at or above this grade is hard"},
	},
	Build: func(s *lint.Settings) (func(*lint.Pass), error) {
		return sentenceCheck(s, "hard", false), nil
	},
})

func sentenceCheck(s *lint.Settings, label string, very bool) func(*lint.Pass) {
	maxWords, maxGrade := s.Int("words"), s.Float("grade")
	// hard-sentence leaves to very-hard-sentence what that rule reports
	vh := s.Other("very-hard-sentence")
	skip := !very && vh.Severity != lint.SeverityOff
	vhWords, vhGrade := vh.Int("words"), vh.Float("grade")
	return func(p *lint.Pass) {
		t := p.Text
		for _, sen := range t.Sentences {
			if t.Blocks[sen.Block].Kind != lint.KindParagraph {
				continue
			}
			words, syl := sen.Words, sen.Syllables
			grade := lint.FKGrade(words, 1, syl)
			hard := words >= maxWords || words >= 14 && grade >= maxGrade
			if !hard {
				continue
			}
			if skip && (words >= vhWords || words >= 14 && grade >= vhGrade) {
				continue
			}
			p.ReportTokens(sen.Tok0, sen.Tok1,
				fmt.Sprintf("This sentence is %s to read: %d words, grade %.0f", label, words, grade),
				"Split it in two, or cut the clause the reader needs least")
		}
	}
}

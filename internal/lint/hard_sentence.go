package lint

import "fmt"

// HardSentence flags sentences that are hard to read.
var HardSentence = register(&Rule{
	ID:       "hard-sentence",
	Severity: SeverityInfo,
	Summary:  "A sentence is long or dense enough to be hard to read",
	Doc: `Flags a sentence of 25 words or more, or of 14 words or more whose own
Flesch–Kincaid grade is 12 or higher. Sentences that are very hard (see
very-hard-sentence) are reported by that rule instead. Headings are not checked.`,
	Why: `Long, dense sentences make readers hold too much in mind at once; on a phone
they fill the screen. Two short sentences are easier than one long one.`,
	Before: "Because the export job, which was changed last week to support time zones, reads each row twice when dates are formatted in the old style, large reports time out.",
	After:  "Large reports timed out. Last week's time-zone change made the export read each row twice.",
	Settings: []Setting{
		{Name: "words", Default: 25, Doc: "a sentence with at least this many words is hard"},
		{Name: "grade", Default: 12.0, Doc: "a sentence of 14+ words at or above this grade is hard"},
	},
	build: func(s *Settings) (func(*Pass), error) {
		return sentenceCheck(s, "hard", false), nil
	},
})

// VeryHardSentence flags sentences that are very hard to read.
var VeryHardSentence = register(&Rule{
	ID:       "very-hard-sentence",
	Severity: SeverityWarning,
	Summary:  "A sentence is very long or very dense",
	Doc: `Flags a sentence of 35 words or more, or of 14 words or more whose own
Flesch–Kincaid grade is 16 or higher. Headings are not checked.`,
	Why:    `Very long sentences lose most readers before the end, where the point often is.`,
	Before: "We are writing to let you know that, following a comprehensive review of our infrastructure and in line with our commitment to reliability, the dashboard will be unavailable on Saturday between 06:00 and 08:00 UTC while we migrate the database cluster.",
	After:  "The dashboard will be down on Saturday from 06:00 to 08:00 UTC while the database moves to new hardware.",
	Settings: []Setting{
		{Name: "words", Default: 35, Doc: "a sentence with at least this many words is very hard"},
		{Name: "grade", Default: 16.0, Doc: "a sentence of 14+ words at or above this grade is very hard"},
	},
	build: func(s *Settings) (func(*Pass), error) {
		return sentenceCheck(s, "very hard", true), nil
	},
})

func sentenceCheck(s *Settings, label string, very bool) func(*Pass) {
	maxWords, maxGrade := s.Int("words"), s.Float("grade")
	// hard-sentence leaves to very-hard-sentence what that rule reports
	vh := s.Other("very-hard-sentence")
	skip := !very && vh.Severity != SeverityOff
	vhWords, vhGrade := vh.Int("words"), vh.Float("grade")
	return func(p *Pass) {
		t := p.Text
		for _, sen := range t.Sentences {
			if t.Blocks[sen.Block].Kind != KindParagraph {
				continue
			}
			words, syl := sentenceStats(t, sen)
			grade := fkGrade(words, 1, syl)
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

package rules

import (
	"fmt"

	"github.com/claritynotes/gen/internal/lint"
)

// Readability flags pieces whose reading grade is above the target.
var Readability = lint.Register(&lint.Rule{
	ID:       "readability",
	Severity: lint.SeverityWarning,
	Summary:  "The reading grade (Flesch–Kincaid) is above the target",
	Doc: `Computes the Flesch–Kincaid grade level of the body's paragraphs and list items
(headings and front matter are left out): 0.39 × words per sentence + 11.8 ×
syllables per word − 15.59. It fires when the grade is above maxGrade, and points
at the hardest paragraph. Pieces shorter than minWords are not scored.`,
	Why: `Most readers skim marketing email and articles on a phone between other things.
Copy at grade 8–9 is read faster and understood by more people, experts included.`,
	Before: "Organisations implementing comprehensive onboarding methodologies consistently demonstrate substantially improved retention characteristics.",
	After:  "Teams that onboard customers well keep more of them.",
	Settings: []lint.Setting{
		{Name: "maxGrade", Default: 10.0, Doc: "highest acceptable Flesch–Kincaid grade"},
		{Name: "minWords", Default: 100, Doc: "pieces shorter than this are not scored"},
	},
	Build: func(s *lint.Settings) (func(*lint.Pass), error) {
		maxGrade, minWords := s.Float("maxGrade"), s.Int("minWords")
		return func(p *lint.Pass) {
			t := p.Text
			var words, sents, syl int
			worst, worstGrade := -1, 0.0
			for ui, u := range t.Units {
				if u.Kind != lint.KindParagraph {
					continue
				}
				var uw, us, usy int
				for b := u.Blk0; b < u.Blk1; b++ {
					blk := t.Blocks[b]
					for si := blk.Sent0; si < blk.Sent1; si++ {
						w, sy := t.Sentences[si].Words, t.Sentences[si].Syllables
						if w == 0 {
							continue
						}
						uw, us, usy = uw+w, us+1, usy+sy
					}
				}
				words, sents, syl = words+uw, sents+us, syl+usy
				if g := lint.FKGrade(uw, us, usy); uw >= 20 && (worst < 0 || g > worstGrade) {
					worst, worstGrade = ui, g
				}
			}
			if words < minWords || sents == 0 {
				return
			}
			grade := lint.FKGrade(words, sents, syl)
			if grade <= maxGrade {
				return
			}
			msg := fmt.Sprintf("Reading grade %.1f (Flesch–Kincaid) is above the target of %.0f: %.1f words per sentence, %.2f syllables per word",
				grade, maxGrade, float64(words)/float64(sents), float64(syl)/float64(words))
			if worst < 0 {
				worst = bodyUnits(t)[0]
			}
			u := t.Units[worst]
			if worstGrade > 0 {
				msg += fmt.Sprintf("; the hardest paragraph is grade %.1f", worstGrade)
			}
			p.ReportTokens(u.Tok0, u.Tok1, msg, "Split long sentences and swap long words for short ones, starting with this paragraph")
		}, nil
	},
})

package rules

import (
	"testing"

	"github.com/claritynotes/gen/internal/config"
)

// briefOpening is a calm paragraph of news that invites nothing, long
// enough that the piece is checked, for the brief's closings to end.
const briefOpening = "The garden club met in the old library on Tuesday evening. " +
	"Twelve members came, and the talk was about the hedges along the lane, " +
	"the pond that froze in January and the seed swap planned for the spring. " +
	"The minutes of the meeting were read and agreed without changes."

// TestNextStepBriefExamples holds the brief of --explain
// missing-next-step to the rule: each of its invitations closes a piece
// with a next step, and each of its fakes leaves the piece without one.
func TestNextStepBriefExamples(t *testing.T) {
	var cases []ruleCase
	for _, s := range nextStepShapes {
		for _, e := range s.examples {
			cases = append(cases, ruleCase{s.shape + ": " + e, briefOpening + "\n\n" + e + "\n", false})
		}
	}
	for _, f := range nextStepFakes {
		cases = append(cases, ruleCase{"fake: " + f, briefOpening + "\n\n" + f + "\n", true})
	}
	cases = append(cases,
		ruleCase{"the opening alone", briefOpening + "\n", true},
		ruleCase{"a closing section headed as a next step", briefOpening + "\n\n## What to do now\n\nThe seed list hangs in the hall by the door.\n", false},
		ruleCase{"a cta in the front matter", "---\ntitle: Minutes\ncta:\n  text: Join the club\n  url: https://example.com/join\n---\n" + briefOpening + "\n", false},
	)
	runRuleCases(t, "missing-next-step", config.Lint{}, cases)
}

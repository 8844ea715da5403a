package rules

import (
	"testing"

	"github.com/claritynotes/gen/internal/config"
)

// TestNextStepStillHaveTime: the reader told they still have time to
// order or book is told the door is open; time still left to think or to
// rest asks for no act.
func TestNextStepStillHaveTime(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"you still have time to order", body + "If you want a quiet week, you still have time to order a cake for Sunday.", false},
		{"there's still time", body + "There's still time to book a place on the Saturday class.", false},
		{"you've still got time to book", body + "You've still got time to book a table for the harvest supper.", false},
		{"near miss: time to think", body + "You still have time to think about the colours for the hall.", true},
		{"near miss: the writer's time", body + "I still have time to order more flour before the rush.", true},
	})
}

// TestNextStepWhereSold: the goods said to be found or sold at named
// shops tell the reader where to buy; a thing found somewhere with no
// shop is no pointer.
func TestNextStepWhereSold(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"can be found at shops", body + "Prices start at $9 and the mitts can be found everywhere from the corner hardware store to the big online shops.", false},
		{"is sold at", body + "The jam is sold at the Saturday market and at the farm shop on Elm Road.", false},
		{"near miss: found in the wild", body + "The mushrooms can be found everywhere from the hedges to the old orchard.", true},
		{"near miss: sold once", body + "The first batch of jam was sold at the Saturday market in an hour.", true},
		{"near miss: no longer sold", body + "The old blend is no longer sold in the shops.", true},
		{"near miss: a town, no price", body + "The rare orchids can be found in Upper Marsh each June.", true},
		{"near miss: colours beside a price", body + "The scarf costs $20 and is available in Navy and Cream.", true},
	})
}

// TestNextStepComeOut: "so come out" and an act after it invites even
// with no "and" between the verbs.
func TestNextStepComeOut(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"so come out enjoy", body + "From tomorrow we serve a three-course supper for 20 dollars, so come out enjoy some good food!!", false},
		{"so come out, no comma", body + "From tomorrow the supper has soup or pie as options so come out enjoy some good food!!", false},
		{"so come on down, no comma", body + "The doors open at noon on Friday so come on down and grab a bargain.", false},
		{"near miss: they came out", body + "From tomorrow we serve a three-course supper, and last week many came out to enjoy it.", true},
		{"near miss: so came out", body + "The supper was cheap so came out the regulars in their dozens.", true},
	})
}

// TestNextStepAnythingWanted: advice to buy whatever the reader wants,
// with no place and no link, urges a hurry and names no step; the same
// advice with the shop or the thing named still invites.
func TestNextStepAnythingWanted(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"order what you want", body + "Since the crowds are huge, you have to order what you want quickly because stock runs out!", true},
		{"grab whatever you need", body + "You'll have to grab whatever you need quickly because it sells out.", true},
		{"a time, not a place", body + "You have to order what you want quickly because the best things sell out in minutes!", true},
		{"near miss: a place named", body + "You have to order what you want at the farm shop by Thursday.", false},
		{"near miss: a place after in", body + "You have to order what you want in the farm shop by Thursday.", false},
		{"near miss: the thing named", body + "You have to order the plum loaf quickly because it runs out.", false},
	})
}

// TestNextStepSeeAnyOfYou: a hope to see any of the readers at the event
// is a hope to see the readers there; seeing any of them grow is not.
func TestNextStepSeeAnyOfYou(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"any and all of you", body + "The band plays at noon on the field. I'd love to see any and all of you there.", false},
		{"each of you", body + "We would love to see each of you at the open rehearsal on Friday.", false},
		{"near miss: any of you grow", body + "It has been a joy to see any of you grow as players this year.", true},
	})
}

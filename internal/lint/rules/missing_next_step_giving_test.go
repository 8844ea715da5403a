package rules

import (
	"testing"

	"github.com/claritynotes/gen/internal/config"
)

// TestNextStepGivingList: an appeal that closes on the ways to give or on
// what a drive needs, laid out as a label and its items, invites; a
// label about anything else, or a clause with a colon, does not.
func TestNextStepGivingList(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"ways to donate", body + "Every coin goes to the roof fund. Ways to donate: the jar by the till, a cheque to the parish office, or the form on the website.", false},
		{"how you can help", body + "The shelter opens again in March.\n\nHow you can help: spare blankets, a few hours on a Saturday, a cheque to the shelter.", false},
		{"needs with the drive named", body + "Thank you for every bag so far.\n\nCoat drive needs: gloves, scarves, children's boots, winter hats.", false},
		{"needs list as a list", body + "Items needed for the pantry this week:\n\n- tinned beans\n- oats\n- tea bags", false},
		{"near miss: ingredients needed", body + "Ingredients needed: flour, eggs, butter, a pinch of salt.", true},
		{"near miss: ways to relax", body + "Ways to relax: tea, a hot bath, an early night.", true},
		{"near miss: the verb has an object", body + "Ways to help your garden: mulch, water, patience.", true},
		{"near miss: a clause, not a label", body + "The pantry's needs have grown: more families, fewer shelves, longer queues.", true},
		{"near miss: needs, no gift", body + "What the cellar needs: a new pump, a dry summer, some luck.", true},
	})
}

// TestNextStepPassiveGift: a gift put in the passive with what it goes to,
// or with an adverb after its verb, still says where it goes; a gift
// that was made, or a number about gifts, does not.
func TestNextStepPassiveGift(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"with its recipient", body + "Gifts to the lifeboat fund can be made online at the harbour office page.", false},
		{"with an adverb", body + "Donations are accepted gladly at the front desk of the library.", false},
		{"near miss: a gift made", body + "Donations to the shelter were made by the scouts in June.", true},
		{"near miss: a number", body + "Donations to the shelter grew by a third last year.", true},
	})
}

// TestNextStepTopicClause: advice inside a clause that names a topic ("a
// talk on why you should …") is the topic, not the writer's advice; the
// same modal in a main clause still advises.
func TestNextStepTopicClause(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"a talk on why you should", body + "This post owes a lot to a lecture on why you should start with the reader.", true},
		{"a guide about how you should", body + "The idea came from an old guide about how you should write a thank-you card.", true},
		{"near miss: that's why you should", body + "That's why you should book your seat at the hall before Friday.", false},
	})
}

// TestNextStepPurposeToGive: a purpose clause with no comma may name the
// reader's way to come or to give before the pointer it leads to; the
// writer's own contact after the same clause is no step.
func TestNextStepPurposeToGive(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"to volunteer, contact", body + "To volunteer at the spring clean-up contact Dana Reyes at the community centre.", false},
		{"to vote, email", body + "To vote in the committee poll email the club secretary by Sunday.", false},
		{"near miss: the writer contacts", body + "To help the hall stay open we will contact the council next month.", true},
		{"near miss: to volunteer is", body + "To volunteer is to give time, and the club visits schools each spring.", true},
	})
}

// TestNextStepHopedVisit: a hope that the reader goes to a place asks for
// the trip; a hope with no place, a trip that took place or a place that
// is no place asks nothing.
func TestNextStepHopedVisit(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"trip later in the hope", body + "I hope you grab a warm scarf and then you'll head down to the market on Saturday.", false},
		{"make it to", body + "Hope you make it to the craft fair at the old mill this weekend.", false},
		{"your local place", body + "I hope you wander over to your local bookshop and ask for it by name.", false},
		{"near miss: no place", body + "I hope you get to the end of the book before the sequel comes out.", true},
		{"near miss: a trip that took place", body + "I hope you went to the market while the plums were still in.", true},
		{"near miss: run out", body + "I hope you run out of reasons to stay in this winter.", true},
		{"near miss: a wish", body + "I hope you have a lovely time at the market this summer.", true},
	})
}

// TestNextStepTaskHeading: a closing heading that names a task set for
// the reader, over a section that opens on the task's verb, is a next
// step whatever the verb; a heading that names a topic, or a section
// that opens on a subject, is not.
func TestNextStepTaskHeading(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"writing prompt", body + "## Writing prompt\n\nDescribe the kitchen you grew up in, using only smells and sounds.", false},
		{"this week's challenge", body + "## This week's challenge\n\nSwap one errand by car for one on foot, and keep a note of what you notice.", false},
		{"prompt for the week", body + "## Prompt for the week:\n\nCompose a short note to the neighbour you have never met.", false},
		{"near miss: a topic heading", body + "## Prompts that failed\n\nWe tried three of them and none of them worked.", true},
		{"near miss: a noun that reads as a verb", body + "## Your exercise\n\nExercise helps most people sleep, the survey says.", true},
		{"near miss: a bare challenge", body + "## Challenge\n\nCompose a short note to the neighbour you have never met.", true},
		{"near miss: a subject opens the section", body + "## Your homework\n\nMost teachers set it on Mondays and mark it on Fridays.", true},
	})
}

// TestNextStepOngoingProblem: a condition on a problem still going on,
// the one a status note reports, asks the reader to report it; a problem
// put as a policy's case, with "still" or not, sets terms instead.
func TestNextStepOngoingProblem(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"still having trouble", body + "Most accounts were repaired overnight. If you are still having trouble signing in, please email the help desk so we can look at your account.", false},
		{"near miss: a problem as a case", body + "If you have any problems with the new form, please email the help desk.", true},
		{"near miss: still, with a refund", body + "If your lamp is still faulty after the repair, you can request a refund from the shop.", true},
	})
}

// TestNextStepEventSetInThePresent: an event to come put in the present,
// scheduled or set for a time, or with its hours and a place, lays out a
// visit; one that took place, fell through, or has hours and no place
// does not.
func TestNextStepEventSetInThePresent(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"set for", body + "The plant sale is set for Saturday, May 4, from 10 am to 2 pm at Mill Lane Chapel.", false},
		{"scheduled for, no place", body + "Our next litter pick is scheduled for Saturday from 9 am to noon.", false},
		{"takes place", body + "The fair takes place on Saturday from 10 to 4 on the green.", false},
		{"is from, with a street", body + "The book sale is from 8 am to 2 pm Saturday at 12 Orchard Road.", false},
		{"near miss: took place", body + "The fair took place on Saturday from 10 to 4 on the green.", true},
		{"near miss: was scheduled", body + "The litter pick was scheduled for Saturday from 9 am to noon.", true},
		{"near miss: postponed", body + "The talk is scheduled for Friday at 7 pm but has been postponed.", true},
		{"near miss: a time, no place", body + "The staff meeting is on Monday from 9 to 10 in the morning.", true},
	})
}

// TestNextStepCheckBack: coming back for news is a wait, as "stay tuned"
// is, framed or not; a link, or a page checked for what is there now,
// still sends the reader somewhere.
func TestNextStepCheckBack(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"check back for more", body + "Check back for more soon.", true},
		{"framed check back", body + "Be sure to check back next week for part two.", true},
		{"check a page for updates", body + "Check our Facebook page for updates.", true},
		{"near miss: check back with a link", body + "Check back [on the schedule page](https://example.com/schedule) for the new times.", false},
		{"near miss: a page for what is there now", body + "Check the website for the full menu and book a table for Friday.", false},
	})
}

// TestNextStepNewcomersWelcome: a welcome to the newcomers a club or a
// class asks to come is an open door, as "All are welcome" is; a welcome
// that sets a rule for a visit, or one that was, is not.
func TestNextStepNewcomersWelcome(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"new members", body + "The choir sings again from September. New members are always welcome.", false},
		{"beginners at a session", body + "Beginners are welcome at the Thursday session in the scout hut.", false},
		{"walk-ins", body + "The clinic runs every Monday. Walk-ins welcome.", false},
		{"all ages", body + "The quiz starts at the Anchor on Friday. All ages welcome.", false},
		{"near miss: a rule for a visit", body + "Dogs are welcome on the terrace but not inside.", true},
		{"near miss: a welcome that was", body + "Newcomers were always welcome at the old club, or so the founders said.", true},
		{"near miss: members, not new ones", body + "Members are welcome to the same discount they had last year.", true},
	})
}

// TestNextStepReachMe: the writer's contact offered to the reader is
// where to act; reaching anything else is an ability.
func TestNextStepReachMe(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"reach me", body + "You can reach me at the parish office most afternoons.", false},
		{"reach our team", body + "Questions about the route? You can reach our team on the hotline until Friday.", false},
		{"near miss: an ability", body + "From the car park you can reach the summit in about an hour.", true},
	})
}

// TestNextStepEntryPrice: the price of getting in and where to pay it
// tell the reader coming how to get in; a price that was, or one with no
// place to pay, reports a fact.
func TestNextStepEntryPrice(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"admission at the door", body + "The quiz starts at eight. Admission is $5 at the door.", false},
		{"tickets from the box office", body + "Tickets cost £12 from the box office, cash or card.", false},
		{"near miss: a price that was", body + "Tickets were £12 from the box office last year.", true},
		{"near miss: no place to pay", body + "Tickets are £12 for adults and £6 for children.", true},
	})
}

// TestNextStepFormsAtAPlace: forms and a sign-up sheet placed where the
// reader picks them up point to where to act; forms that were, or a
// form due by a time, do not.
func TestNextStepFormsAtAPlace(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"sheet by the door", body + "The rota for the spring fair is nearly full. The sign-up sheet is by the door.", false},
		{"forms at the desk", body + "Application forms are available at the front desk of the pool.", false},
		{"near miss: forms that were", body + "Forms were available at the front desk until the pool closed.", true},
		{"near miss: due by a time", body + "The form for the grant is due by the end of the month.", true},
	})
}

// TestNextStepInvitationQuestion: a question about the reader's wish to
// come or to give invites; one about knowing or guessing, a bare plea or
// a habit to drop does not.
func TestNextStepInvitationQuestion(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"would you like to join", body + "The walk leaves the green at ten. Would you like to join us on Sunday?", false},
		{"fancy joining", body + "Fancy joining us at the Anchor for the quiz next week?", false},
		{"care to volunteer", body + "Care to volunteer at the fair for an hour or two?", false},
		{"do you want to come", body + "Do you want to come along to the seed swap on the 12th?", false},
		{"near miss: guessing", body + "Care to guess what happened next?", true},
		{"near miss: knowing", body + "Want to know the secret? It's all in the next issue.", true},
		{"near miss: a bare plea", body + "Want to help?", true},
		{"near miss: a habit to drop", body + "Do you want to give up sugar this year?", true},
		{"near miss: an opinion", body + "Would you like to join a gym if it cost half as much?", true},
	})
}

// TestNextStepRegularMeeting: a group that says when and where it meets
// tells the reader where to come; a meeting that was, a habit of the past
// or a meeting with no place does not.
func TestNextStepRegularMeeting(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"we meet", body + "We meet on Tuesdays at 7 pm at the Crown on Mill Street.", false},
		{"the group meets", body + "The sketch group meets every second Thursday at 6:30 pm in the library meeting room.", false},
		{"meetings take place", body + "Meetings take place at 7 pm on the first Monday at the scout hut.", false},
		{"near miss: met", body + "We met on Tuesday at 7 pm at the Crown and talked until late.", true},
		{"near miss: used to meet", body + "We used to meet on Tuesdays at 7 pm at the Crown.", true},
		{"near miss: no place", body + "The committee meets on Tuesdays at 7 pm.", true},
	})
}

// TestNextStepGiftAsked: a fundraiser's ask put around the gift (its
// worth, thanks for weighing it, a door left open for it, money sent)
// asks for the gift; a gift already made, thanks for something else
// and a door left open with no gift named ask nothing.
func TestNextStepGiftAsked(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"whatever you can give", body + "The roof fund is still short by a third. Whatever you can give will help.", false},
		{"any amount makes a difference", body + "Any amount you are able to spare makes a real difference to the kennels.", false},
		{"thanks for considering a gift", body + "Thank you for reading, and for considering a gift to the roof fund before Friday.", false},
		{"thanks for considering making a donation", body + "Thanks for considering making a donation to the choir this month.", false},
		{"not too late after a condition", body + "If you haven't made a gift to the appeal yet, it's not too late.", false},
		{"money sent after a condition", body + "If you listen every morning, send the station a few dollars this week.", false},
		{"near miss: a gift made", body + "Whatever you gave last spring helped the roof fund more than we hoped.", true},
		{"near miss: thanks for considering a point", body + "Thank you for considering our point about the car park.", true},
		{"near miss: thanks for considering the writer's own", body + "Thank you for considering my application for the stall.", true},
		{"near miss: not too late with no gift", body + "If the weather turns, it's not too late.", true},
		{"near miss: a task step", body + "If you test your subject lines, send half the list one version.", true},
	})
}

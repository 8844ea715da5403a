package rules

import (
	"testing"

	"github.com/claritynotes/gen/internal/config"
)

// TestNextStepCounsel: the writer's counsel on the reader's act, put as
// a judgement ("it's worth …", "it's best to …", "you are encouraged
// to …", "our top tip is to …"), asks for the act; a judgement on a
// thought, a wait, a how-to step, the past or something named does not.
func TestNextStepCounsel(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"worth a gerund", body + "If the hall is new to you, it might be worth reading the map on our site first.", false},
		{"worth your while", body + "It would be well worth your while visiting the seed swap in March.", false},
		{"best to", body + "Stock moves fast in spring, so it's best to order the bulbs before the end of the month.", false},
		{"a better idea", body + "It's a much better idea to get your mower serviced now than in May.", false},
		{"encouraged in the passive", body + "Since the waiting list is long you are strongly encouraged to renew before the new year.", false},
		{"recommend with an adverb", body + "For the longer walks we highly recommend purchasing a trail map at the desk.", false},
		{"top tip", body + "Our top tip is to book the early slot, when the glasshouse is quiet.", false},
		{"a safe bet with a phrase", body + "A safe bet for anyone sending gifts abroad is to order them by Friday.", false},
		{"near miss: the best advice I got", body + "The best advice I ever got is to take it slow.", true},
		{"near miss: worth a thought", body + "It's worth remembering how wet the last spring was.", true},
		{"near miss: best to wait", body + "With the frost coming, it's best to wait a week or two.", true},
		{"near miss: how-to step", body + "It's a good idea to use short lines in the subject.", true},
		{"near miss: past judgement", body + "It was best to book early last year, as the hall filled up.", true},
		{"near miss: a thing worth it", body + "The old orchard is worth visiting in the autumn.", true},
		{"near miss: someone else encouraged", body + "Most of the members are encouraged to renew by a friend in the club.", true},
		{"near miss: a case of encouragement", body + "If you are advised to rest, the class fee carries over to the next term.", true},
		{"near miss: someone's own advice", body + "His advice is to book the early slot.", true},
		{"near miss: idea without grade", body + "It was the idea to open a second shop that kept us going.", true},
	})
}

// TestNextStepEmphaticDo: "do" or "please" marks an imperative however
// the clause is joined ("so do book soon", "Do come along"), and a bare
// "please do" asks for the act the condition before it named; "so do
// we", "do note …" and a "please do" after a condition that names no
// act ask nothing.
func TestNextStepEmphaticDo(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"so do book", body + "Places are few so do book soon if one of the new dates suits your diary.", false},
		{"do at the start", body + "Do reserve a seat for the carol concert in the chapel.", false},
		{"please do after a condition", body + "If you have spare tins, and you can drop them off at the hall, then please do.", false},
		{"near miss: so do we", body + "The hall was cold last winter and the roof leaked. You want it fixed, and so do we.", true},
		{"near miss: do note", body + "Do note that the hall is closed for the whole of August.", true},
		{"near miss: please do with no act", body + "If the weather holds, please do.", true},
		{"near miss: please do after a wish", body + "If you like, please do.", true},
	})
}

// TestNextStepWhereToAct: where the reader acts, named without an
// imperative: their questions sent somewhere in the passive, a verb that
// acts through a control the piece offers, a control to look for, help
// with questions beside trouble. News to wait for, a resource to read,
// a past event and an order's problem are no step.
func TestNextStepWhereToAct(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"questions in the passive", body + "Any last questions can be sent in here or on the club forum.", false},
		{"you can act through a control", body + "You can fill out this form, and the rota goes up on Monday.", false},
		{"look for a control", body + "Just look for the Renew link at the top of the reminder.", false},
		{"questions beside trouble", body + "Should you have any trouble with the steps or any other questions, please write to us.", false},
		{"near miss: questions sent once", body + "Questions were sent in by many readers last week.", true},
		{"near miss: a resource to read", body + "You can print the schedule at home and pin it up.", true},
		{"near miss: a control still to come", body + "Look for the registration form in next week's email.", true},
		{"near miss: an order's problem", body + "If you have any trouble or questions about your order, please write to us.", true},
	})
}

// TestNextStepNoDoor: words of an invitation that the sentence closes,
// negates or turns into a noun invite nothing: a door the writer will
// shut, what other people do not do, a resource that is not there yet,
// a verb's form before a subject, a find with nothing named to find.
// The open forms beside them still invite.
func TestNextStepNoDoor(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"taking registrations", body + "We are taking registrations at the desk until Friday.", false},
		{"near miss: will stop taking", body + "If the count reaches two hundred before the day, we will stop taking registrations.", true},
		{"near miss: others do not check out", body + "Most people with a full basket do not check out for all kinds of reasons.", true},
		{"details at a place", body + "Details are available at the front desk.", false},
		{"near miss: no details yet", body + "No further details are available at the moment.", true},
		{"post as a verb", body + "Next, post your photos on the club page.", false},
		{"near miss: post as a noun", body + "Next post I'll share the photos of the new shop.", true},
		{"find a thing named", body + "I encourage you to find the form on the club page.", false},
		{"near miss: find what you love", body + "I encourage you to find what you love and chase it.", true},
	})
}

// TestNextStepIntentQuestion: a question about the reader's intent to
// act ("Are you going to …?", "Will you be joining …?", "Won't you
// join …?") invites as "Would you like to join …?" does; the same
// questions about a feeling, a rest or a lesson do not.
func TestNextStepIntentQuestion(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"won't you join", body + "Won't you join us at the litter pick on Saturday?", false},
		{"are you going to take the pledge", body + "Are you going to take the pledge this spring?", false},
		{"will you be joining", body + "Will you be joining us at the fair on Sunday?", false},
		{"near miss: won't you learn", body + "Won't you ever learn to pack lighter?", true},
		{"near miss: going to take a break", body + "Are you going to take a break this summer?", true},
		{"near miss: will you be surprised", body + "Will you be surprised by the results?", true},
	})
}

// TestNextStepChoreList: a list of chores set for the reader, headed by
// a heading or a label line ("Some jobs for the garden:") over a section
// that opens on the first chore's verb, sets the reader a task; the
// writer's own list, a bare "Jobs" label, or a section that tells
// instead of asking does not.
func TestNextStepChoreList(t *testing.T) {
	body := reminderBody
	list := "\n\n- Sweep the leaves off the lawn\n- Feed the roses with a little bonemeal\n- Net the pond before the herons find it"
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"label line over chores", body + "Some jobs for the garden:" + list, false},
		{"heading over chores", body + "## Tasks for the weekend\n\nSweep the leaves off the lawn and net the pond before the herons find it.", false},
		{"near miss: the writer's list", body + "Our jobs for the garden:" + list, true},
		{"near miss: a bare label", body + "Jobs:" + list, true},
		{"near miss: a section that tells", body + "Some jobs for the garden:\n\nThe lawn needs aerating and the roses need feeding before the frost.", true},
	})
}

// TestNextStepSeeYouForEvent: seeing the reader at an event named after
// "for", with its day before or after it, invites; the letter's own
// next time or a day with nothing to come to does not.
func TestNextStepSeeYouForEvent(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"day before the event", body + "I hope to see you this Friday for our 1st winter market.", false},
		{"weekdays before the shopping", body + "We look forward to seeing you over the next few Saturdays for your weekend shopping!", false},
		{"near miss: more recipes", body + "See you next week for more recipes.", true},
		{"near miss: another issue", body + "Hope to see you on Friday for another issue.", true},
		{"near miss: no day", body + "We look forward to seeing you for your weekend shopping.", true},
	})
}

// TestNextStepDecisionTerms: a condition on the reader's decision ("if
// you decide to sign up, you get …") states the terms of a plan, as "if
// you decide to cancel" does; a condition on the reader's wish offers.
func TestNextStepDecisionTerms(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"wish to sign up", body + "If you want to sign up for the monthly box, you get five percent off every order.", false},
		{"near miss: decision to sign up", body + "If you decide to sign up for the monthly box, you get five percent off every order.", true},
	})
}

// TestNextStepSearch: searching a shop or an archive is a step of the
// reader's, as browsing is, in an imperative or a tip; a noun before a
// past verb ("Search parties went out") names people, not a step.
func TestNextStepSearch(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"search imperative", body + "Search the archive for the old recipes.", false},
		{"search in a tip", body + "Our top tip is to search the sale by your size, with the filter at the top of the page.", false},
		{"near miss: search parties", body + "Search parties went out at dawn and found the dog by noon.", true},
		{"near miss: the search", body + "The search went on until dark.", true},
	})
}

// TestNextStepCounselGuards: words near the counsel shapes that are no
// step: reading the page at hand, the writer's pleasure, counsel on a
// way of living or a thought ("it's best to take it one day at a time",
// "worth noting that …").
func TestNextStepCounselGuards(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"near miss: worth reading slowly", body + "The old advert is quoted above. It is worth reading slowly, because every line pushes.", true},
		{"near miss: great to see", body + "It's great to see the hall so full on a Tuesday.", true},
		{"near miss: nice to showcase", body + "I think it will be nice to showcase the stalls again next year.", true},
		{"worth reading something named", body + "It is worth reading the guide on our site before the first class.", false},
		{"near miss: worth taking a moment", body + "It's worth taking a moment to look back on how far the club has come.", true},
		{"near miss: worth noting", body + "It's worth noting that the hall closes at five.", true},
		{"near miss: worth asking whether", body + "It's worth asking whether the old way was ever better.", true},
		{"near miss: best to take it slow", body + "It's best to take it one day at a time.", true},
		{"near miss: better to ask forgiveness", body + "It's better to ask forgiveness than permission.", true},
		{"near miss: worth finding out what", body + "It's worth finding out what works for you.", true},
		{"near miss: check the weather", body + "It is always a good idea to check the weather.", true},
		{"check with the shop", body + "It is always a good idea to check with the shop before you drive over.", false},
		{"worth finding out where", body + "If you have a pantry near you, it might be worth finding out where the drop-off points are.", false},
	})
}

// TestNextStepCheckBackHere: a return to a place the sentence names
// ("check back here", the site, a tab) is a step, also after "or" in a
// request and after "and" in a thanks; a return for later news, or
// with no place, still only waits, and a thanks for two things asks
// nothing.
func TestNextStepCheckBackHere(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"check back here", body + "Picking depends on the weather, so please check back here before you drive out.", false},
		{"check back on a named tab", body + "We add the new stock to the Clearance tab each day, so check back to see what has been added.", false},
		{"or check back on the website", body + "Please follow us on social media or check back on the website for the dates.", false},
		{"thanks and keep checking back here", body + "Thanks for your interest, and keep checking back here as the plans firm up.", false},
		{"near miss: check back next week", body + "Check back here next week for part two.", true},
		{"near miss: keep checking for more", body + "Keep checking back for more.", true},
		{"near miss: follow us on social media", body + "Please follow us on social media.", true},
		{"near miss: thanks for two things", body + "Thank you for your patience and support.", true},
	})
}

// TestNextStepAnyoneCan: "anyone can" with the act's object or place
// invites whichever reader it fits; bare, it says the door is not
// locked, unless the subject says who wants to ("anyone interested").
func TestNextStepAnyoneCan(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"anyone can with an object", body + "Anyone can email the farm for a share of the spring boxes.", false},
		{"anyone interested, bare", body + "Anyone interested can join.", false},
		{"near miss: anyone can, bare", body + "At the market there is no entry fee, and anyone can shop.", true},
	})
}

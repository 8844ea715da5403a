package rules

import (
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/config"
)

// reminderBody is four sentences of plain report that open a test piece,
// so that what follows is its end and the piece is long enough to check.
var reminderBody = repeat("The reminder went out a week before the class and listed the address and the price.", 4) + "\n\n"

func TestMissingNextStep(t *testing.T) {
	body := repeat("The reminder went out a week before the class and listed the address and the price.", 6) + "\n\n"
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"sign-off only", body + "Thanks for reading, and see you in two weeks.", true},
		{"reflection", body + "## What stayed with me\n\nThe code barely changed. It is a humbling habit.\n\nUntil next time,\nJo", true},
		{"link in the middle", "Read [the guide](https://example.com) first.\n\n" + body + body + "That is all for now.", true},
		{"heading about the sender", body + "## What comes next for us\n\nWe are planning our second shop.", true},
		{"reply", body + "Hit reply and tell me which email you keep rewriting.", false},
		{"link with an action", body + "[Book a demo](https://example.com/demo) and see it live.", false},
		{"after a lead", body + "So, why not try it on your next sale email?", false},
		{"after a leading clause", body + "Now that you know where the settings live, start with the first.", false},
		{"question then imperative", body + "Still stuck after that? Reply to this email with the report name.", false},
		{"you can", body + "If you want the slides, you can download them from the event page.", false},
		{"closing heading", body + "## Try this\n\nOne question is enough.", false},
		{"next step heading", body + "## Your next step\n\nIt takes two minutes.", false},
		{"invitation then sign-off", body + "Pick one announcement and cut every adjective.\n\nThanks for reading,\nJo", false},
		{"in a list", body + "- Download the checklist.\n- Share it with your team.", false},
		{"cta in front matter", "---\ntitle: T\ncta: {text: \"See sizes\", url: \"https://example.com\"}\n---\n\n" + body + "Thanks.", false},
		{"too short to need one", "A short note. Thanks.", false},
		{"short promotion is checked", repeat("The spring menu has three new soups and a lemon tart.", 4) + "\n\nStay tuned!", true},
		{"noun, not a verb", body + "Support is open on weekdays. Check-ins are down.", true},
		{"do not", body + "Do not let this slip away.", true},
		{"quoted step does not count", body + "> Reply to this email now.\n\nThat was the old footer.", true},
	})
}

// TestNextStepShapes: each shape of a real invitation counts, and each
// fake next step beside it does not.
func TestNextStepShapes(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"pop over and pick", body + "Pop over to the events page and pick a seat that suits you.", false},
		{"swing by", body + "Swing by the shop on Main Street this week.", false},
		{"save the date", body + "Save the date: June 3–5.", false},
		{"form just below", body + "The sign-up form is just below.", false},
		{"grab your copy here", body + "Grab your copy here: [the e-book](https://example.com/book).", false},
		{"look in again", body + "Look in again on Friday for the entry form.", false},
		{"request after a lead-in", body + "With all that said, please bring a packed lunch on the day.", false},
		{"action link", body + "The full list is on [download the checklist](https://example.com/c).", false},
		{"button link", body + "[Triple my gift now →](https://example.com/give)", false},
		{"take a look after a dash", body + "The case study is on our work page — take a look if you are curious.", false},
		{"will you", body + "Will you join them before Friday?", false},
		{"next step after a sign-off and P.S.", body + "Book your place on the events page.\n\nWarm wishes,\n\nSam Price\n\nP.S. The room holds forty.\n\nP.P.S. Tea is included.", false},
		{"purpose clause", body + "To get the fix, update from the App Store; it takes a minute.", false},
		{"purpose clause with commas", body + "To read the announcement, including the details, visit [the newsroom](https://example.com/n).", false},
		{"pointer to a link", body + "The book is out now and available on [the shop](https://example.com/shop).", false},
		{"details at", body + "More details at the library desk.", false},
		{"just turn up", body + "No need to book: just turn up on the day.", false},
		{"stay tuned", body + "Stay tuned!", true},
		{"teaser", body + "Find out more soon.", true},
		{"label, not an imperative", body + "Update: the office reopens in May.", true},
		{"support hours are no pointer", body + "Support is available on weekdays.", true},
		{"picture the possibilities", body + "Picture the possibilities.", true},
		{"rhetorical question", body + "Isn't it time?", true},
		{"sign-off", body + "Take care, and see you soon.", true},
		{"watch this space", body + "Watch this space.", true},
		{"you can get, not an invitation", body + "Replies are the clearest signal you can get.", true},
		{"we took a look", body + "Last week we took a look at the numbers.", true},
		{"please note", body + "Please note the office is closed on Monday.", true},
		// more shapes of the same families
		{"why don't you", body + "The potters open the kiln on Friday, so why don't you drop in for the unloading?", false},
		{"why don't you know", body + "Why don't you know the answer yet? Nobody does.", true},
		{"condition with an action", body + "If you wish to help — with an hour or a gift — the seed library needs you.", false},
		{"condition without an action", body + "If you want to know more, stay tuned.", true},
		{"welcomes replies", body + "I'd welcome your stories from the market.", false},
		{"thanks for replies", body + "Thanks for your comments on the last issue.", true},
		{"pre-order", body + "For the holiday, you can pre-order a loaf at the counter.", false},
		{"mark your calendar", body + "Mark your calendar: the swap is on the first Sunday.", false},
		{"numbered last step", body + "## 4. Name the task you will run first\n\nIt keeps the purchase honest.", false},
		{"numbered step that reports", body + "## 4. What happened next\n\nThe shop closed early.", true},
		{"count on you", body + "Can we count on you to give a little this week?", false},
		{"purpose, not invitation", body + "The talks move to the morning, so you can listen on the way in.\n\nStay tuned!", true},
		{"reach out", body + "If you want the template, reach out at hello@example.com.", false},
	})
}

// TestNextStepOneLiners: an email written in one-line paragraphs has an
// end longer than two lines, but a link far up the piece still does not
// count.
func TestNextStepOneLiners(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"ask three short lines up", body + "Can you book a seat for the Tuesday class at the library?\n\nThe room is warm.\n\nTea is free.\n\nLet's go!\n\n— Sam", false},
		{"ask before the last heading", body + "If that helps, read [the longer guide](https://example.com/guide).\n\n## Why it works\n\nPeople like to see their effort doubled.\n\nMost gifts come in December.", true},
		{"ask far up a long piece", "Book a seat at the library desk.\n\n" + body + repeat("The hall was full and the talk ran late into the evening.", 5) + "\n\nThe room is warm.\n\nTea is free.", true},
	})
}

// TestNextStepHint: the suggestion fits how the piece ends.
func TestNextStepHint(t *testing.T) {
	body := reminderBody
	cases := []struct{ name, src, want string }{
		{"question", body + "Isn't it time?", "asks but does not invite"},
		{"sign-off", body + "Thanks for reading, and see you soon.", "Before \"Thanks for reading"},
		{"exhortation", body + "Stay tuned!", "asks for nothing the reader can do"},
		{"buried link", "Read [the guide](https://example.com) first.\n\n" + body + body + "That is all for now.", "repeat it at the end"},
	}
	for _, c := range cases {
		ds := only(lintWith(t, config.Lint{}, c.src), "missing-next-step")
		if len(ds) != 1 || !strings.Contains(ds[0].Suggestion, c.want) {
			t.Errorf("%s: findings %+v, want one whose suggestion has %q", c.name, ds, c.want)
		}
	}
}

// TestNextStepRealShapes: shapes of invitations found in published copy,
// each beside a near miss that uses the same words without inviting.
func TestNextStepRealShapes(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		// an action phrase counts where an invitation stands, not after a subject
		{"phrase after and", body + "Skip the mall this weekend and head to Main Street to shop small.", false},
		{"phrase after a subject", body + "Limited drops show up most often in streetwear and artist merch.", true},
		{"phrase in a whether clause", body + "It is a real community, whether you write back or not.", true},
		{"condition without a comma", body + "If you are out and about stop by to say hi!", false},
		{"phrase inside the condition", body + "If you come along to the shop, please excuse the mess.", true},
		{"phrase after a modal and you", body + "On Saturday you can pop in between ten and four.", false},
		{"phrase after a modal, no reader", body + "Next week the new stock will show up at the counter.", true},
		{"phrase after feel free to", body + "Feel free to drop in whenever the door is open.", false},
		{"phrase after plan to", body + "The whole team plans to head to Bend for the wedding.", true},
		// a warning is no step, nor is a rule said in parallel halves
		{"try the rye", body + "Try the new rye this weekend.", false},
		{"try not to", body + "Try not to stare at the mess in the back room.", true},
		{"first, reply", body + "First, reply with your size.", false},
		{"first come first serve", body + "First come first serve basis.", true},
		{"log in", body + "Log in here to see your pick-up day and balance.", false},
		{"log as a noun", body + "Log files are kept for a week.", true},
		{"log with an object", body + "Log your book titles online for the county reading challenge.", false},
		{"near miss: log as a noun before a noun", body + "Log sheets rotate every night at the office.", true},
		// "you can" with a pointer to the place, or a verb of contact
		{"you can learn more here", body + "You can learn more about the sale here.", false},
		{"you can learn, no place", body + "You can learn a lot from a slow week.", true},
		{"you can contact", body + "If you have questions about the tour, you can contact the guide desk.", false},
		// a request the writer makes of the reader
		{"invite you to", body + "We invite you to submit an application by March 15.", false},
		{"ask that you", body + "So, for the next week, we ask that you all keep spreading the word.", false},
		{"do not ask you to", body + "We don't ask you to pay twice for a class.", true},
		{"ask about us", body + "People often ask about our opening hours.", true},
		// an invitation put as a hope
		{"hope you will visit", body + "We hope you will visit us this season.", false},
		{"hope you are well", body + "We hope you are safe and healthy.", true},
		{"hope you find it useful", body + "We hope you find this guide useful.", true},
		// an imperative after a condition in the middle of a sentence
		{"after a mid-sentence condition", body + "I am telling you now, if you want to go, or you think you might, buy your tickets now.", false},
		{"a list of verbs", body + "On Mondays we bake, read the orders, and rest.", true},
		// a teaser promises more later
		{"tune in next week", body + "Tune in next week to find out how we manage!", true},
		{"tune in on Friday", body + "Tune in on Friday at noon on the shop's radio channel.", false},
		// enjoy something the piece points at, not the weekend
		{"enjoy this story", body + "Meantime enjoy this story about the baguette bakers of Paris.", false},
		{"enjoy the weekend", body + "Enjoy the rest of your weekend.", true},
		{"enjoy the read", body + "Enjoy the read!", true},
		// "please" with a verb the action list lacks
		{"please recommend", body + "Thanks for watching, and please recommend the newsletter to a friend.", false},
		{"please excuse", body + "The new room is not finished, so please excuse the boxes.", true},
		{"please stay tuned", body + "Please stay tuned for more news.", true},
		{"please take care", body + "Please take care of yourselves this winter.", true},
		{"please make sure you have", body + "Please make sure you have checked your order before placing it.", true},
		// an imperative after a label and a colon
		{"after a label", body + "Here's a pro tip: start planning your beds now.", false},
		{"a list after a colon", body + "The club's three habits: read, write, rest.", true},
		{"any verb after a tip", body + "Here's a tip from the organisers: label the seeds you bring.", false},
		{"a fact after a tip", body + "A tip from the organisers: the best time to sow is March.", true},
		// a verb of motion joined to the action it is for
		{"go, vocative, and do", body + "So go, fellow learners, and peruse the course catalogue.", false},
		{"go without an action", body + "So go, fellow learners, and good luck.", true},
	})
}

// TestNextStepGrammar: invitations recognised by their grammar (a time
// and a place, a hope that the reader acts, a recommendation, a dare)
// and fakes rejected by it (reported speech, a label, a tag question, a
// verb of waiting, a relative clause, an action named as a noun).
func TestNextStepGrammar(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		// a time and a place to come to
		{"see you at a place", body + "See you at the plant sale on Saturday morning!", false},
		{"hope to see you at", body + "We hope to see you at the table, as a guest or a helper.", false},
		{"looking forward to seeing you there", body + "Looking forward to seeing you there.", false},
		{"see you next week", body + "That's it for now. See you next week.", true},
		{"see you on a day", body + "Have a restful break. See you Monday.", true},
		{"see, not a meeting", body + "In a year you'll see you were right to wait.", true},
		{"ends on you with no mark", body + "We hope to see many of you", true},
		{"ends on a welcome's range with no mark", body + "The fair is free and open to readers of all ages", false},
		{"doors open at", body + "Doors open at 7 pm and the first set starts at eight.", false},
		{"a door that opens nothing", body + "New doors open for the shop every season.", true},
		// a hope that the reader acts, with or without "that"
		{"hope that you will attend", body + "I hope that you will attend the annual meeting in Leeds.", false},
		{"hope that you recognise", body + "I hope that you recognise how hard the choice was.", true},
		// a recommendation of a visit or a try
		{"worth a look", body + "Even if you miss the party, the sale is worth a look.", false},
		{"well worth a visit", body + "The new reading room is well worth a visit.", false},
		{"was worth the trip", body + "The drive was long, but it was worth the trip.", true},
		{"worth the money", body + "The new kiln was worth every penny.", true},
		// a clause after "so" or "then", an open door, time left, orders taken
		{"so book early", body + "Spaces are limited, so book early.", false},
		{"so bring a friend", body + "Everyone is welcome, so bring a friend and a chair.", false},
		{"and so on", body + "The boxes held jars, lids, labels and so on.", true},
		{"all are welcome", body + "All are welcome: the hall opens at six.", false},
		{"not all welcome", body + "Not all changes were welcome at first.", true},
		{"still time to sign up", body + "There's still time to sign up for the spring session.", false},
		{"still time to think", body + "There is still time to think it over.", true},
		{"taking bookings", body + "We are taking bookings now for the summer.", false},
		{"taking a break", body + "We are taking a break in August.", true},
		{"not taking bookings", body + "We are not taking bookings until March.", true},
		{"registration opens", body + "Registration opens on Monday at nine.", false},
		{"stop in", body + "Stop in and say hello on your way home.", false},
		{"glad to see you", body + "The shop is open Tuesday to Saturday, and we'd be glad to see you.", false},
		{"love to hear how", body + "I'd love to hear how it goes for you.", false},
		// more requests and pointers, and the pauses and blessings beside them
		{"link to register is below", body + "The link to register is below.", false},
		{"you can support", body + "You can also support the library on its members' page.", false},
		{"help us reach", body + "Help us reach the goal by Friday with a gift of any size.", false},
		{"help is on the way", body + "Help is on the way for the allotments.", true},
		{"make sure you grab", body + "Make sure you grab a seat early.", false},
		{"P.S. reply", body + "P.S. Reply and tell me your favourite.", false},
		{"hope you can make it", body + "Hope you can make it!", false},
		{"you're all invited", body + "You're all invited to the open day on Sunday.", false},
		{"any questions, give me a shout", body + "Any questions, give me a shout.", false},
		{"sign-ups are open", body + "Sign-ups are open now.", false},
		{"take a deep breath", body + "Take a deep breath.", true},
		{"take a moment to fill in", body + "Take a moment to fill in the survey on the website.", false},
		{"go forth", body + "Go forth and create.", true},
		{"ask yourself", body + "Ask yourself what really matters.", true},
		{"share the love", body + "Share the love.", true},
		{"like to hear your opinion", body + "That said, I would like to hear your opinion on the idea.", false},
		{"drop us an email", body + "If there is a topic you want covered, drop us an email.", false},
		{"also if, then an imperative", body + "Also if you have a question, send it to the desk.", false},
		{"please, vocative, verb", body + "So please, kind readers (and the grumpy ones too), send your thoughts by email.", false},
		{"quoted saying", body + "It is a good reminder of the old words \"come and dine\" and what they meant.", true},
		// reported speech is addressed to someone else
		{"quoted speech", body + "\"Why don't you share a sketch every Monday?\" my friend said.", true},
		{"quoted button name", body + "Click \"Notify me\" on the product page to hear when it is back.", false},
		// a label, a tag question
		{"label with a date", body + "Update April 2023: the app has been removed from the store.", true},
		{"tag question", body + "If you made an account, checkout is quicker, see?", true},
		// waiting is not acting
		{"please look out", body + "Please look out for announcements on our social pages.", true},
		{"look at the form", body + "Please look at the form below and pick a slot.", false},
		// a relative clause describes, an action named as a noun asks nothing
		{"shows that you should check out", body + "Here are five shows that you should check out this season.", true},
		{"you should check out", body + "If you like folk, you should check out the Thursday sessions.", false},
		{"RSVP-ing as a noun", body + "RSVP-ing and arriving on time is important.", true},
		{"you must RSVP", body + "You must RSVP for each event a week before the festival.", true},
		{"please RSVP", body + "Please RSVP by Friday so we can set the tables.", false},
	})
}

// TestNextStepServiceAndAdvice: a service instruction for a problem, a
// consequence, a deal's terms and a list of tips are no invitation; a
// request in a list of verbs, a recommendation, thanks in advance and a
// headline's call after a dash are. Each shape has its near miss.
func TestNextStepServiceAndAdvice(t *testing.T) {
	body := reminderBody
	long := repeat("The new prices cover flour, butter and the rent, and they stay where they are until the spring.", 3)
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		// a condition about a problem makes a policy; one about the reader's interest invites
		{"cancel condition", body + "If you decide to cancel within the trial, just email the desk.", true},
		{"questions condition", body + "If you have questions about the trial, just email the desk.", false},
		{"sold-out condition", body + "If the kit sells out before you buy, you can sign up again for the next batch.", true},
		{"damaged condition", body + "If your order arrives damaged, please notify us within seven days.", true},
		{"long condition of interest", body + "If you back at the top tier and want to add extra games with the early benefits even after those tiers are closed, simply add a standard game to your pledge.", false},
		// "you can" as a consequence gives a reason
		{"you can, as a consequence", body + "We recorded it in June but it has little June in it, you can listen to it any time.", true},
		{"you can, after a condition", body + "If you missed it, you can listen to it any time.", false},
		{"so you can, a reason", body + "They are grilling too. So you can pick up new records and eat lunch while you do it.", true},
		{"so you can, with a link", body + "So you can book now at [the shop](https://example.com/shop).", false},
		{"you can, after a phrase of place", body + "Through the online shop, you can pre-order bread for the holiday.", false},
		{"you will find here", body + "You will find the renewal packs in the shop [here](https://example.com/r).", false},
		{"you will find that", body + "You will find that the packs last longer.", true},
		// requests
		{"please, a list of verbs", body + "So please, dear readers, poke, prod and send your thoughts by email.", false},
		{"please, forgive", body + "Please, dear readers, forgive the delay.", true},
		{"please do, no object", body + "The repair café needs more hands on Saturday, so please do volunteer!", false},
		{"please do forgive", body + "The hall was cold, so please do forgive us.", true},
		{"recommend an action", body + "To be sure of a place, we do recommend booking early in the term.", false},
		{"recommend a thing", body + "We recommend the rye loaf to everyone.", true},
		{"want you to", body + "I want you to send a personal note to one friend.", false},
		{"don't want you to", body + "I don't want you to send anything yet.", true},
		{"dare you to", body + "Letters are a lost art. I dare you to write me one.", false},
		{"dare say", body + "Letters are a lost art, I dare say.", true},
		{"thanks in advance", body + "Thank you in advance for being as generous as you can today.", false},
		{"thanks for the past", body + "Thank you for being so generous last year.", true},
		// headlines and lists of tips
		{"headline call after a dash", body + "## Be part of the story—pre-order now\n\nIt ships in May.", false},
		{"headline topic after a dash", body + "## The story so far—orders and numbers\n\nIt ships in May.", true},
		{"how-to heading", body + "## Send multiple emails\n\nOne email rarely reaches everyone on the list.", true},
		{"numbered how-to heading", body + "## 3. Send multiple emails\n\nOne email rarely reaches everyone on the list.", false},
		{"inviting heading", body + "## Book your seat\n\nThe room holds forty people.", false},
		{"first of a numbered list", body + "## 1. Start with a reality check\n\nMost deals look better than they are.", true},
		// the terms of a deal, a list of steps someone else takes
		{"deal formula", body + "Buy one loaf, get two more thrown in.", true},
		{"buy one and take", body + "Buy one loaf at the counter and take a jar of jam home.", false},
		{"series then", body + "We were told the only way was to go to school, study hard, pass the exams, then get a good job.", true},
		{"clause then", body + "The stalls open at nine, then head to the hall for the talks.", false},
		{"deal formula with and", body + "Buy one loaf and gain a jar of jam.", true},
		// how-to advice is about the topic; pointing somewhere or at the writer invites
		{"advice after a condition", body + "If your platform supports countdown timers, use one.", true},
		{"advice", body + "Compare the current price to the recent floor before you move.", true},
		{"advice with a link", body + "Use [the price tracker](https://example.com/t) before you move.", false},
		{"advice naming the writer", body + "Test it on your next send and tell me what happened.", false},
		{"send as a test step", body + "Send half the list one subject line and half another, then wait a day.", true},
		{"send to someone", body + "Send your recipe to the desk by Friday.", false},
		{"advice on a form", body + "Use the booking form on the events page.", false},
		{"advice answering a wish", body + "If you want the early price, just add the extra copy to your pledge.", false},
		{"numbered last heading", body + "## 4. Match the tool to a job you have today\n\nThe cheapest tool is the one you use.", false},
		// a colon after a whole clause explains; after a short label it introduces a step
		{"colon after a clause", body + "Instead, there is an easy way to stretch every gift you make this winter: give when it is matched.", true},
		{"colon after a label", body + "Here's a pro tip: book the early slot.", false},
		// a condition needs the reader's wish or readiness before "to"
		{"if you have the nerve to", body + "I'm not knocking it if you have the nerve to get in there and fight the crowds.", true},
		{"if you feel moved to", body + "If you feel moved to give, the seed library needs you.", false},
		// a template shown to the reader
		{"template with placeholders", body + "Hey [First Name], your cart is waiting. Shop now.", true},
		{"brackets that are a link", body + "Hey there, your cart is waiting. [Shop now](https://example.com/cart).", false},
		// "just" before any verb that sends the reader to a named place
		{"just go to a named place", body + "It is a small book. Just hunt it down on Amazon.", false},
		{"just, no place", body + "It is a small book. Just hunt it down when you can.", true},
		{"just wanted", body + "I just wanted to thank you on Monday.", true},
		// a sentence wholly in quotes is speech
		{"quoted short sentence", body + "The old shop said, \"Here's our catalogue. Choose whenever.\"", true},
		{"link opening with a phrasal verb", body + "[Set up your first snippet](https://example.com/s) — the guide walks you through it.", false},
		{"link opening with a noun", body + "[The annual report](https://example.com/r) — the numbers are in it.", true},
		// a closing section with a full paragraph is the end
		{"invitation in the section before", body + "## Menu\n\nThe quiche is new; give it a try.\n\n## Prices\n\n" + long, true},
		{"invitation before a short close", body + "## Menu\n\nThe quiche is new; give it a try.\n\n## Prices\n\nUnchanged.", false},
	})
}

// TestNextStepConductAndFrames covers rules for members, a step named as
// the reader's step, a date put in the reader's calendar, a compound
// pointer, a subject behind a verb group and a capitalised name that
// starts with a verb, each beside the near miss that reads the other way.
func TestNextStepConductAndFrames(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		// a rule of conduct for members is no step; urging one is
		{"please don't, a rule", body + "Please don't take from the labelled boxes, they are choice shares.", true},
		{"please don't hesitate", body + "Please don't hesitate to email the farm about your share.", false},
		{"please do not hesitate", body + "If a box is short, please do not hesitate to email the farm.", false},
		{"please pay attention", body + "Please pay attention to which box you take home.", true},
		{"please pay the balance", body + "Please pay the balance at the stand on Saturday.", false},
		{"please arrive in the slot", body + "Please arrive within the time slot set for your site.", true},
		{"ask that you keep a day", body + "We ask that you keep the same pick-up day all season.", true},
		{"ask that you keep spreading", body + "We ask that you all keep spreading the word about the farm.", false},
		// a step named as the reader's own
		{"your final step is to", body + "Your final step is to send payment for your loaves.", false},
		{"all you need to do is", body + "All you need to do is reply with the number of loaves.", false},
		{"the baker's final step", body + "The baker's final step is to send the loaves out.", true},
		{"your next step is a noun", body + "Your next step is a big one.", true},
		// a date put in the reader's calendar
		{"hang on to a date in your calendar", body + "So hang on to that Saturday in your calendar, it will be fun!", false},
		{"pencil into your diary", body + "Pencil the third of June into your diary.", false},
		{"the writer's calendar", body + "I keep that Saturday in my calendar every year.", true},
		{"your calendar is full", body + "I know your calendar is full this month.", true},
		// a pointer with a compound noun and "will be"
		{"booking button will be up", body + "The booking button will be up in the sidebar until the 23rd.", false},
		{"registration button will be removed", body + "The registration button will be removed once the class starts.", true},
		{"a pointer as an aside", body + "The list of what is in your box will be included in each newsletter (newsletter link above).", true},
		{"a pointer heading its sentence", body + "More details at the farm stand.", false},
		// an action phrase after a subject and a verb group describes
		{"they may also go to", body + "They may also go to the farmers market, do some wholesale, sell to restaurants.", true},
		{"you may also go to", body + "You can also go to the farmers market and pick up a share.", false},
		// advice for the reader's own life
		{"the reader's own backlog", body + "This is the time for good food at home. Take time to try that recipe you've been putting off.", true},
		{"the writer's recipe", body + "This is the time for good food at home. Try that recipe you've been eyeing in our shop.", false},
		// a run of bare imperatives for the reader's own days is advice
		{"advice series", body + "So stay close to home. Watch the film everyone quotes. Read aloud after dinner. Call the aunt you owe a call.", true},
		{"series that reaches the writer", body + "Read the letter again. Call the aunt you owe a call. Then write to me about it.", false},
		// an invitation to whichever reader it fits, in the third person
		{"anyone interested can", body + "Anyone interested can email the farm to join the waitlist.", false},
		{"those who want should", body + "Those who want a share should fill out the form by May 1.", false},
		{"interested volunteers should", body + "Interested volunteers should contact Maria at the desk.", false},
		{"so that anyone may", body + "I share the letters here so that anyone may comment.", true},
		{"a plain group's rule", body + "Members may pick up their boxes on Tuesdays.", true},
		// an imperative after a statement and a semicolon
		{"statement; imperative", body + "Reservations are recommended; call the shop to book a table.", false},
		{"advice; advice", body + "Don't trust the headline alone; re-check the cart before you pay.", true},
		// a gift or an order put in the passive, and a verbless pointer
		{"donations can be made online", body + "Donations can be dropped off at the front desk during open hours.", false},
		{"orders can be placed by", body + "Orders can be placed by replying to this email.", false},
		{"boxes can be picked up", body + "Boxes can be picked up at the barn on Tuesdays.", true},
		{"tickets available at", body + "Tickets available at the door.", false},
		{"tickets sold out", body + "The tickets for the spring show sold out within a day.", true},
		{"more info and a link", body + "More info: [the library site](https://example.com).", false},
		// a capitalised name that starts with a verb
		{"a name starting with a verb", body + "Post Office closure plans are based on usage patterns.", true},
		{"a verb before a name and a comma", body + "Visit Main Street Books, which is open late on Fridays.", false},
	})
}

// TestNextStepPlaceAndTime: a piece may invite by saying when and where
// the reader can come, with no imperative at all; each shape sits beside
// a near miss that names a time or a place without opening a door.
func TestNextStepPlaceAndTime(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"open to the public", body + "The festival runs on Saturday on the green. It is free and open to the public.", false},
		{"open to readers of all ages", body + "The event is open to readers of all ages.", false},
		{"open to ideas", body + "The committee is open to new ideas for next year.", true},
		{"opening hours", body + "They are at 14 Mill Lane and are open from 7 am to 2 pm, Wednesday to Sunday.", false},
		{"open until the closing date", body + "We will be open for our regular hours through Saturday the 28th.", true},
		{"no longer open", body + "The annexe is no longer open from 9 am on Mondays.", true},
		{"event fields", body + "When: Saturday, 14 March, 5 pm\n\nWhere: the fellowship hall", false},
		{"event fields with a.m.", body + "WHEN: Friday 3 May, 10:00 a.m.\n\nWHERE: Room 4", false},
		{"a date with no place", body + "When: Saturday, 14 March, 5 pm\n\nThe hall was full last year.", true},
		{"a place with no date", body + "When: to be announced\n\nWhere: the fellowship hall", true},
		{"a schedule of places", body + "Storytelling\nLocation: Read Table\n\nFilm quiz\nLocation: Watch Tent", true},
		{"hope to see you at a time", body + "I hope to see you between 11 and 5!", false},
		{"look forward to seeing you at a time", body + "We look forward to seeing you from 10 am on Saturday.", false},
		{"look forward to welcoming you", body + "We look forward to welcoming you all this year!", true},
		{"see you next week", body + "See you next week!", true},
		{"an event still to come with its hours", body + "Helpers will meet at the slipway on Sunday. The beach sweep will go from 8 a.m. to 11 a.m.", false},
		{"an event held with its time", body + "The spring concert will be held at the White Church on April 30th at 7:30 pm.", false},
		{"an event that took place", body + "Helpers met at the slipway on Sunday. The beach sweep went from 8 a.m. to 11 a.m.", true},
		{"a closing with its hour", body + "The shop will close at 5 pm on Saturday, for good.", true},
		{"will open with hours", body + "Tomorrow looks dry, so we will open from 9am to 1pm for picking.", false},
		{"open on days", body + "We will also be open Wednesday, Friday and Saturday.", false},
		{"not open on a day", body + "We will not be open on Monday.", true},
		{"a request in an aside", body + "We will provide gloves, life jackets and water (please bring a bottle if you like), sunscreen and bug spray.", true},
		{"a tour available at a time", body + "A public tour of the new galleries is available at 2 pm on the second Saturday of each month.", false},
		{"support available at a time", body + "Support is available from 9 am to 5 pm on weekdays.", true},
		{"a shouted verb leading a line", body + "CLICK HERE to visit the scholarship fund page and see what a gift does.", false},
		{"a banner in capitals", body + "SHOP NOW", true},
		{"an imperative after two clauses", body + "Spring is late, but while we wait, whether the weather is fair or foul, come over and see the new yarns for yourself.", false},
		{"a statement after two clauses", body + "Spring is late, but while we wait, whether the weather is fair or foul, the shop stays warm.", true},
		{"details live here", body + "For curious souls, full details live [here](https://example.com/d).", false},
		{"you can gift", body + "You can also gift a preorder to a friend.", false},
		{"the old letters live in the archive", body + "The old letters live in a box in the archive room.", true},
		{"details can be found", body + "More details can be found on the volunteer sign-up page.", false},
		{"a recipe can be found", body + "The recipe can be found on page twelve of the old club book.", true},
		{"suggestions are welcome", body + "Suggestions are welcome at hello@example.com.", false},
		{"dogs are welcome", body + "Dogs are welcome on the terrace.", true},
		{"not too early to tell us", body + "There are committees to fill; it's not too early to make your interests known.", false},
		{"not too early to think", body + "It's not too early to think about spring.", true},
		{"a request wholly in parentheses", body + "The supper is at six.\n\n(Please bring a dish to share.)", false},
		{"instead of a lie-in", body + "So instead of a lie-in this Saturday, grab a bag and spend an hour at the market.", false},
		{"instead of a statement", body + "Instead of a sale, we are trying something quieter this year.", true},
		{"patience and an action", body + "Please be patient with us, and send us your thoughts on the new menu.", false},
		{"patience alone", body + "Please be patient with us, and bear with the noise for a week.", true},
		{"remember us for a gift", body + "When your garden starts producing, please remember us for the extra beans.", false},
		{"remember a fact", body + "Please remember that the hall is closed in August.", true},
	})
}

// TestNextStepFakesFromRealCopy: fakes that read like a request but ask the
// reader only to wait, to share a figure of speech, or to answer a
// hypothetical, each beside the real request that uses the same words.
func TestNextStepFakesFromRealCopy(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"watch for our emails", body + "Watch for the order emails; they land in junk folders.", true},
		{"watch the recording", body + "Watch the recording on the events page before Friday.", false},
		{"listen for the answers", body + "Could you ask yourself what feels off this week? And listen for the quiet answers?", true},
		{"listen to the episode", body + "Listen to the episode on the podcast page before Friday.", false},
		{"come on the journey", body + "I hope you come with me on the journey. More soon.", true},
		{"come to the fair", body + "I hope you come to the fair on Saturday.", false},
		{"would you if someone else", body + "Would you sign with an agency if its website took twenty seconds to load?", true},
		{"would you if you can", body + "Would you join us at the fair on Saturday, if you are free?", false},
		{"please with a long aside", body + "But please, as well as spending your pennies in the big chains this year, try to buy one present from a local maker.", false},
		{"please with a long aside that informs", body + "But please, as well as the usual thanks from all of the staff and the volunteers this year, note that the office closes at five.", true},
	})
}

// TestNextStepEndSpan: when the last paragraphs are one-liners, the end
// reaches back over whole sentences of one-liners only as far as it
// needs to span enough words; a full paragraph before them is not a
// one-liner, so neither an aside early in it nor a request that closes
// it is near the end.
func TestNextStepEndSpan(t *testing.T) {
	body := reminderBody
	long := "Most of the stalls were run by first-timers this year. Feel free to give a spare table away, and then ask them to sign up. The ones who came back in the afternoon found the tea urn empty and the raffle already drawn, which nobody on the committee had planned for or even thought about."
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"aside early in a long paragraph", body + long + "\n\nFairs like this one are fun, and they are worth the effort of the people who keep them going every year.\n\nThink about what a fair like this is really for, and who it is for.", true},
		{"request closing a full paragraph three up", body + long + " So book a table for the spring fair on the village hall page.\n\nFairs like this one are fun, and they are worth the effort of the people who keep them going every year.\n\nThink about what a fair like this is really for, and who it is for.", true},
		{"request closing a short line three up", body + "Most of the stalls were run by first-timers. So book a table for the spring fair on the village hall page.\n\nFairs like this one are fun, and worth the effort.\n\nThink about who a fair is for.", false},
		{"request in a one-liner three lines up", body + "Book a table for the spring fair on the village hall page.\n\nThe hall holds forty stalls.\n\nThanks for all you do.\n\nJo", false},
	})
}

// TestNextStepReachOut: "reach out" asks for contact wherever an
// invitation stands, as "get in touch" does; the writer reaching out
// does not.
func TestNextStepReachOut(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"after a dash", body + "We would love to hear what made you leave - reach out at the help desk for a chat.", false},
		{"after please", body + "If anything is unclear, please reach out to the front desk.", false},
		{"the writer reached out", body + "Last spring we reached out to the council about the lights.", true},
		{"the writer will reach out", body + "We will reach out to every member before the season starts.", true},
	})
}

// TestNextStepOpeningHours: a place's hours given as days or times open
// its door as "open from 9 am" does; hours that changed or that were do
// not.
func TestNextStepOpeningHours(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"hours as days and times", body + "For the rest of the summer our stall hours will be Tuesdays and Fridays 2pm-6pm.", false},
		{"hours as clock times", body + "Shop hours are 10 am to 4 pm through December.", false},
		{"hours that changed", body + "The post office hours are shorter this winter.", true},
		{"hours that were", body + "Last year our stall hours were Tuesdays and Fridays 2pm-6pm.", true},
		{"no longer hours", body + "Our stall hours are no longer Tuesdays and Fridays.", true},
	})
}

// TestNextStepKeepAnEye: keeping an eye on a page waits, as watching for
// an email does, however it is led in; keeping a date or a seat acts.
func TestNextStepKeepAnEye(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"keep an eye on the pages", body + "Keep an eye on the shop's pages to see what arrives.", true},
		{"so keep an eye on", body + "The photos go up as the boxes are opened, so keep an eye on the shop's pages.", true},
		{"please keep an eye out", body + "Please keep an eye out for the next letter.", true},
		{"so keep a seat", body + "The room is small, so keep a seat for yourself by booking at the desk.", false},
		{"please keep spreading the word", body + "Please keep spreading the word about the Saturday stall.", false},
	})
}

// TestNextStepKnowWhere: the reader pointed back to the writer ("you
// know where to come") is an open door; knowing where something else is
// sums up a how-to.
func TestNextStepKnowWhere(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"know where to come", body + "So if you ever need a stall at a fete, you know where to come.", false},
		{"know where to find us", body + "The kettle is always on, and you know where to find us.", false},
		{"know where the settings are", body + "Now you know where to find the settings and what each one does.", true},
		{"do not know where", body + "Most people do not know where the old mill stood.", true},
		{"you can still buy", body + "Missed the launch? Never mind, you can still buy the book [here](https://example.com/b).", false},
		{"you can still remember", body + "Years on, you can still remember the smell of the print room.", true},
	})
}

// TestNextStepTreatYourself: a reflexive imperative that names what to
// take ("treat yourself to a shortbread") acts; one that turns the reader
// inward ("ask yourself why") does not.
func TestNextStepTreatYourself(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"treat yourself to", body + "Better yet, treat yourself to a slice of the plum tart and a pot of tea.", false},
		{"why not treat someone", body + "Why not treat a neighbour to a box of the new biscuits this week?", false},
		{"ask yourself", body + "Ask yourself why the season feels so short.", true},
		{"treat yourself kindly", body + "Treat yourself kindly this winter.", true},
	})
}

// TestNextStepSignatureWithInitials: a signature with a title or an
// initial ("Dr. Mary L. Trump") closes the letter, so it does not push
// the request before the closing line out of the end.
func TestNextStepSignatureWithInitials(t *testing.T) {
	body := reminderBody
	ask := "Will you give ten pounds to the winter stock fund on the donation page before Sunday night? The order goes in on Monday morning, and the fresh vegetables and the formula are the part that gets cut first when the money is short, which is the part the families who come on Tuesdays and Thursdays ask about most at the counter every single week of the winter."
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"signature with initials", body + ask + "\n\nThank you for reading this far, and for all you do.\n\nDr. Jane K. Doe", false},
		{"no request before it", body + "The order goes in on Monday morning, and the fresh vegetables are the part that gets cut first.\n\nThank you for reading this far, and for all you do.\n\nDr. Jane K. Doe", true},
	})
}

// TestNextStepGetOutThere: "get out there" cheers the reader on unless
// the verb after it names an act with an object.
func TestNextStepGetOutThere(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"get out there and grind", body + "Now get out there and grind! You got this!", true},
		{"go out there", body + "So go out there today.", true},
		{"get out there and vote", body + "Now get out there and vote on Tuesday at the village hall.", false},
		{"get the guide", body + "Get the guide from the front desk on Tuesday.", false},
	})
}

// TestNextStepAdvisedAction: advice to the reader in a modal names a
// step when its verb is an act; a state, a past chance or how-to advice
// does not.
func TestNextStepAdvisedAction(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"you should go and get", body + "The second edition lands on Friday, so you should really go out and get a copy.", false},
		{"you might want to consider", body + "You might want to consider the winter class while seats remain.", false},
		{"you'd better book", body + "You'd better book soon if the Saturday slot suits you.", false},
		{"you'll want to book", body + "The Saturday slots go first, so you'll want to book early.", false},
		{"near miss: you'll want to know", body + "The Saturday slots changed, and you'll want to know why.", true},
		{"first verb no act, then an act", body + "You should move your other plans and join the walk on Sunday.", false},
		{"near miss: you should have come", body + "You should have come to the last one; it was lovely.", true},
		{"near miss: you should be proud", body + "You should be proud of how far the garden has come.", true},
		{"near miss: a describing clause", body + "Those are the three shops that you should visit one day.", true},
		{"near miss: browsing", body + "If you have been waiting, you may want to jump in and see what's left.", true},
		{"near miss: shopping advice", body + "Prices drop all week, but you should shop around and not buy the first deal.", true},
	})
}

// TestNextStepActingMoment: a moment named as the one to act invites
// when it is now and the act is a step; a season's advice does not.
func TestNextStepActingMoment(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"this is a good time to bring", body + "The fees are waived this week, so this is a good time to bring the kids in and meet the dogs.", false},
		{"it would be a great time to try", body + "Shipping is free all month. It would be a great time to try a new variety.", false},
		{"now is the time to give", body + "The match runs until midnight, and now is the time to give.", false},
		{"do it after the reader's condition", body + "If you have been meaning to donate to the library, today would be a good day to do it.", false},
		{"near miss: a past moment", body + "Last spring was a great time to visit the orchard.", true},
		{"near miss: no act", body + "This is a good time to reflect on the year.", true},
		{"near miss: a season's advice", body + "Spring is the ideal time to buy seeds, with prices at their lowest.", true},
		{"near miss: do it with no condition", body + "It was a long week. Today would be a good day to do it.", true},
	})
}

// TestNextStepWishedAction: the writer's wish for the reader's act
// invites; the writer's wish for themselves does not.
func TestNextStepWishedAction(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"love to have you join", body + "We would love to have you join us for the final concert.", false},
		{"love for you to come", body + "I'd love for you to come to the reading on Thursday.", false},
		{"like you to visit", body + "We'd like you to visit the new stall at the market.", false},
		{"near miss: the writer's own wish", body + "I would love to sell a thousand copies this year.", true},
		{"near miss: love you all", body + "We love you all and we are grateful for every year.", true},
	})
}

// TestNextStepSubordinateAndService: a step inside a clause that says
// when or in which case something happens, a service instruction about
// something the reader already bought and a rule of conduct invite
// nothing; the same words as a main clause or a wish still do.
func TestNextStepSubordinateAndService(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"phrase in a time clause", body + "The last seats may go to someone else before you can check out.", true},
		{"phrase as the main clause", body + "The seats are going fast, so check out the map tonight.", false},
		{"resource in a case", body + "The page checks again if tickets are still available before it takes payment.", true},
		{"resource as a pointer", body + "Tickets are still available at the front desk.", false},
		{"question about an order", body + "If you have questions about your order, you can contact customer service.", true},
		{"problem with a membership", body + "If you ever have problems with your membership, please feel free to contact the support team.", true},
		{"wish about an account", body + "If you want to know what this means for your account, read the FAQ and reply with questions.", false},
		{"plain questions still invite", body + "If you have questions about the class, you can email me.", false},
		{"adhere to the rules", body + "Bags are checked at the gate, so please adhere to all rules at the entrance.", true},
		{"follow the guidelines", body + "Please follow the posted guidelines in the car park.", true},
		{"follow us still invites", body + "Please follow us on the photo app for the next dates.", false},
	})
}

// TestNextStepNotToMiss: urging the reader not to miss an event with a
// date beside it asks them to come; without a date, or about a date
// gone, it is an exhortation.
func TestNextStepNotToMiss(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"date in the sentence before", body + "Next up: the harvest supper on October 4th! You won't want to miss it.", false},
		{"date in the same sentence", body + "Don't miss the choir, here from June 24 to July 2.", false},
		{"weekday", body + "Don't miss the tasting on Saturday.", false},
		{"near miss: no date", body + "You do not want to miss this exciting week!!", true},
		{"near miss: a date gone", body + "The supper was on October 4th. We won't miss it next year either.", true},
		{"near miss: the writer misses", body + "On Friday we said goodbye. We will not miss the early starts.", true},
	})
}

// TestNextStepHedgedHours: hours given as a hedged plan open no door.
func TestNextStepHedgedHours(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"open from a time", body + "The shop is open from 4 pm on weekdays.", false},
		{"near miss: probably open", body + "The first week we'll probably just be open from 4 pm on.", true},
	})
}

// TestNextStepLabelLine: a short line ending in a colon heads the end of
// the piece the way a heading does, so a call before a full section
// under it is no longer the close.
func TestNextStepLabelLine(t *testing.T) {
	body := reminderBody
	terms := "- Prices are as marked on the shelf tags in the shop and on the website.\n- The discount does not apply to earlier orders, gift cards or delivery fees.\n- It cannot be combined with other offers, vouchers or member discounts.\n- The offer runs from the first to the last day of the month.\n"
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"call before a terms section", body + "Shop the autumn sale on the website this month.\n\nSale details:\n\n" + terms, true},
		{"call under the label", body + "The autumn sale starts this month.\n\nSale details:\n\n" + terms + "- Shop the sale on the website.\n", false},
		{"short section under the label", body + "Shop the autumn sale on the website this month.\n\nSale details:\n\n- Prices as marked.\n", false},
	})
}

// TestNextStepAnswersAndTopics: a one-word answer to the writer's own
// question and a heading that names a topic ask nothing; the same verbs
// with an object still do.
func TestNextStepAnswersAndTopics(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"answer to a question", body + "A signed print in every box? Check. A letter from the band? Check.", true},
		{"imperative after a question", body + "Want a signed print? Check the box at checkout.", false},
		{"topic heading", body + "## Order processing\n\nOnce the window closes, the team packs the boxes in the order they came in.", true},
		{"step heading", body + "## Order yours\n\nThe window closes on Friday.", false},
	})
}

// TestNextStepConcessiveLead: a concessive lead ("no matter …",
// "regardless of …") opens a clause like "whatever" does, and "come
// join us" is one invitation.
func TestNextStepConcessiveLead(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"no matter, come join", body + "No matter which branch you call home, come join us for the summer fair.", false},
		{"regardless of, book", body + "Regardless of the weather, book a table on the terrace.", false},
		{"go see", body + "Go see the new quilts in the hall before they travel on.", false},
		{"near miss: no matter, a statement", body + "No matter which branch you call home, the fair is the same.", true},
		{"near miss: come alone", body + "Summer will come soon enough.", true},
	})
}

// TestNextStepShoutedWithYour: a call in capitals counts when it hands
// the reader something of theirs; a bare banner does not.
func TestNextStepShoutedWithYour(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"bring your best pie", body + "The pie contest is back this year. BRING YOUR BEST PIE.", false},
		{"near miss: banner", body + "The pie contest is back this year. SHOP NOW.", true},
	})
}

// TestNextStepThenGoDo: "then go find …" after a comma is a call like
// "then find …"; "then go home" names no act.
func TestNextStepThenGoDo(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"then go find", body + "Pick a mask at the door, then go find your partner on the dance floor.", false},
		{"near miss: then go home", body + "Dance until the band stops, then go home and rest.", true},
	})
}

// TestNextStepAdvisedOwnBusiness: advice in a modal about the reader's
// own unfinished business is no step, as the same imperative is not.
func TestNextStepAdvisedOwnBusiness(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"own business", body + "You should finally try that recipe you've been putting off.", true},
		{"with the writer", body + "You should try the recipe on our kitchen page.", false},
	})
}

// TestNextStepOpenActs: a frame that speaks only to the reader about an
// act of theirs takes any verb, not only a listed one; a verb that names
// no act, a frame that describes how someone asked, and a subject of its
// own before a reminder do not count.
func TestNextStepOpenActs(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"will you, unlisted verb", body + "Will you rush five pounds to the hall fund before Saturday?", false},
		{"near miss: will you, no act", body + "Will you remember this summer as fondly as we do?", true},
		{"would you consider", body + "Would you consider a gift to the roof fund this month?", false},
		{"will you let me know", body + "Will you let me know by Friday which evening suits you?", false},
		{"near miss: will you ever", body + "Will you ever forget the night the lights went out?", true},
		{"writer asking", body + "So we're humbly asking you to pitch in ahead of Friday's deadline.", false},
		{"near miss: asking told as a theme", body + "We kept a plain tone all month in asking you to pitch in.", true},
		{"near miss: encouraged to a state", body + "We encourage you to continue to choose kindness.", true},
		{"don't forget mid-sentence", body + "In addition to the music don't forget to stick around tomorrow for the birthday bash.", false},
		{"near miss: a subject's own habit", body + "In the busy weeks we make sure to stick around until the last table leaves.", true},
		{"power to", body + "You have the power to forward this post to your friends and to follow the show.", false},
		{"near miss: power to feel", body + "You have the power to feel calm about the exam.", true},
		{"have to, listed act", body + "You have to stop in and give the pumpkin bread a try.", false},
		{"near miss: have to, a truth", body + "You have to pay for anything that hurts a bit at first.", true},
		{"you'll have to come", body + "What records are they? You'll have to come to the bash to find out.", false},
	})
}

// TestNextStepEventUnderWay: an event in the present tense with its
// hours and a place to come to invites; with no place it reports.
func TestNextStepEventUnderWay(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"hours and a place", body + "The trunk show continues on Friday 10:00-8:00 p.m. at the West Street shop.", false},
		{"near miss: no place", body + "A 5K run kicks off at 6 pm, raising money for the clinic.", true},
		{"near miss: over", body + "The trunk show continues on Friday 10:00-8:00 p.m. at the shop, as it was planned.", true},
	})
}

// TestNextStepPolicyCase: a condition anywhere in a sentence that names a
// refund or a reader unable to go on sets the terms of a policy; a
// condition with no such case, or "cancel" as the reader's own act, does
// not.
func TestNextStepPolicyCase(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"refund after a condition", body + "If you are not able to move your ticket to next year, you can request a refund from the box office.", true},
		{"condition mid-sentence", body + "Parcels go to the address on file, and if you are moving, let us know first, as we cannot refund parcels sent to old addresses.", true},
		{"near miss: no policy case", body + "If you are moving to town this spring, let us know and come to the welcome supper on Friday.", false},
		{"near miss: cancel as the act", body + "You should cancel whatever plans you have if the band comes to your town and get there.", false},
	})
}

// TestNextStepReminder: "don't forget" an event with its date is a
// reminder to come, as "don't miss it" with a date is; without a date, or
// with the writer as subject, it reminds of nothing to do.
func TestNextStepReminder(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"reminder with a date", body + "Don't forget the plant swap is this Saturday, with ten percent off seed packets.", false},
		{"near miss: no date", body + "Don't forget how good the long evenings were.", true},
		{"near miss: the writer's", body + "We don't forget the regulars who came every Saturday.", true},
	})
}

// TestNextStepPermission: "feel free to" gives the reader an act that
// reaches the writer, listed or not; an act that stays the reader's own
// business, one that names no act, or someone else's freedom does not.
func TestNextStepPermission(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"act that reaches the writer", body + "Feel free to pass on the names of good electricians we should know about.", false},
		{"near miss: the reader's own business", body + "Feel free to hand out whatever keeps the stall friendly.", true},
		{"near miss: no act", body + "Feel free to ignore our last email about the stall.", true},
		{"near miss: someone else's freedom", body + "The painters feel free to pass on our names to their clients.", true},
	})
}

// TestNextStepPraiseAndMeasure: praise put as an imperative and a request
// named only to measure a gift ask for nothing; the plain act does.
func TestNextStepPraiseAndMeasure(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"take a bow", body + "Thank you all! Take a bow and be proud of what the stall raised.", true},
		{"near miss: take a look", body + "Thank you all! Take a look at what the stall raised on the totals page.", false},
		{"gift measured against a request", body + "A lot of you have given far more than we would ever ask you to give.", true},
		{"near miss: the request itself", body + "This month we ask you to give what you can to the roof fund.", false},
		{"near miss: than in a clause before", body + "Busier than ever, we ask you to give what you can to the roof fund.", false},
	})
}

// TestNextStepVerseAndFollow: a verse between music notes closes a letter
// as a sign-off does, and neither pushes the writer's call out nor makes
// one; "you can follow us" invites, "you can follow the story" does not.
func TestNextStepVerseAndFollow(t *testing.T) {
	body := reminderBody
	verse := "\n\nHave a happy new year!\n\n♪Should old friends be all forgot,  \nand never brought to mind?♪"
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"call before a verse", body + "Answer in a comment, then head to the market page for the winter list.\n\n" +
			"My own answer: the long evenings at the stall, and the people who stayed to talk after the lights went down, even when it was cold." + verse, false},
		{"near miss: the verse calls", body + "The long evenings at the stall were the best of it, and the people who stayed to talk." +
			"\n\n♪Come along, come along,  \nreply to the song♪", true},
		{"near miss: notes on one side only", body + "Answer in a comment, then head to the market page for the winter list.\n\n" +
			"My own answer: the long evenings at the stall, and the people who stayed to talk after the lights went down, even when it was cold.\n\n" +
			"♪ The choir sang three carols at the gate and the crowd joined in for the last one, which nobody had practised.\n\n" +
			"The stall closed at nine and the lights went off one by one along the row.", true},
		{"you can follow us", body + "If you want to keep up with the new stock, you can follow us on Instagram.", false},
		{"near miss: follow the story", body + "If you want to keep up with the new stock, you can follow the story of each dye lot.", true},
	})
}

// TestNextStepEmbeddedSetting: a setting phrase may hold a clause with a
// subject of its own before the imperative it sets up; a setting
// followed by the writer's own clause is a statement. "Purchase" asks in
// a sentence, and names a topic in a title-case heading.
func TestNextStepEmbeddedSetting(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"clause inside the setting", body + "For families wanting to make sure they have seats for the last three shows, purchase your tickets online now.", false},
		{"near miss: the writer's clause", body + "On Mondays we bake, read the orders and pack the vans.", true},
		{"near miss: a noun in -ing", body + "In the morning we bake, read the orders and pack the vans.", true},
		{"purchase as a verb", body + "Purchase your tickets at the box office before Friday.", false},
		{"near miss: heading that names a topic", body + "## Purchase Protection\n\nEvery order placed this year is covered by the same terms as last year.", true},
	})
}

// TestNextStepOneLinerReach: the end reaches back past the last two
// paragraphs only when they are one-liners; a full paragraph among them
// keeps an earlier call out.
func TestNextStepOneLinerReach(t *testing.T) {
	body := reminderBody
	call := "The stall opens at nine on the corner of the square. You can read more about all of the details here.\n\n"
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"full paragraph after the call", body + call +
			"Nina will mind the till while I walk the rows in a paper crown, handing out the last of the lemon biscuits to anyone who looks lost. We thought about a brass band too, but the square is small and the neighbours are patient only up to a point.\n\nWhich is fair.", true},
		{"near miss: one-liners after the call", body + call + "Nina will mind the till.\n\nWhich is fair.", false},
	})
}

// TestNextStepLabelledLink: a link that ends the piece after a short
// label and a colon or a dash is a captioned button, whether its text is
// words or an address (written plainly or as an autolink); a credit, or
// a sentence before a dash, is not.
func TestNextStepLabelledLink(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"label and dash", body + "Facebook event - [the stall page](https://example.com/events/42)", false},
		{"label and address", body + "Facebook event- [https://example.com/events/42/](https://example.com/events/42/)", false},
		{"label and autolink as link text", body + "Tickets: [<https://example.com/t/42>](https://example.com/t/42)", false},
		{"near miss: a credit", body + "Photo: [Jane Doe](https://example.com/jane)", true},
		{"near miss: where it first ran", body + "Originally published at: [the club blog](https://example.com/blog/42)", true},
		{"near miss: a sign-off and a footer link", body + "Cheers - [Unsubscribe](https://example.com/u)", true},
		{"near miss: a footer link after a label", body + "Newsletter settings: [Manage preferences](https://example.com/prefs)", true},
		{"near miss: a sentence before the dash", body + "The stall was full of people all afternoon - [pictures](https://example.com/p)", true},
	})
}

// TestNextStepComeTime: "Come September," names a time, as "when
// September comes" does; "Come and see" still asks.
func TestNextStepComeTime(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"come and a month", body + "Come September, the stall will feature a new offer every week.", true},
		{"come and a season", body + "Come spring, the beds along the wall fill with tulips.", true},
		{"near miss: come and see", body + "Come and see the new stock at the stall in September.", false},
	})
}

// TestNextStepEitherOr: "either" leads an imperative as "or" does; a
// statement after "either" still asks for nothing.
func TestNextStepEitherOr(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"either and an imperative", body + "Either email the stall to work out the postage first, or collect it on Saturday.", false},
		{"near miss: either and a statement", body + "Either way, the postage is worked out by the stall after the sale.", true},
	})
}

// TestNextStepAfterColon: a colon that ends a clause leads to the step,
// as a semicolon does; advice or a pause after it asks for nothing.
func TestNextStepAfterColon(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"step after a colon", body + "Honour the anniversary with your hands, your ideas and your spare change: pick a local charity and send it a little money.", false},
		{"near miss: advice after a colon", body + "Here is how the old stall did it: use short signs and one price per table.", true},
		{"near miss: a pause after a colon", body + "The lesson from the season was simple: take a deep breath.", true},
	})
}

// TestNextStepOpenersAndMentions: an imperative after an interjection,
// an invitation to everyone made by a third party, a hope that names an
// action phrase and "spread the word" invite; the same words as a
// warning to oneself, a comparison, a quoted ad, an invitation that took
// place or a cooking step do not.
func TestNextStepOpenersAndMentions(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"after an interjection", body + "Oh, and get your ticket at the door on Friday.", false},
		{"after an interjection and a lead", body + "Alright, now, tell me which class you liked best.", false},
		{"near miss: a pronoun set off", body + "I, for one, read every issue twice.", true},
		{"treat yourself", body + "You should treat yourself to a tart from the counter.", false},
		{"near miss: check yourself", body + "You better check yourself, because the last pair is gone.", true},
		{"near miss: than anyone", body + "The guide knows this town better than anyone can learn from a book.", true},
		{"near miss: quoted deal after a condition", body + "As shoppers flock to the lots for these “one day only, while supplies last, buy one get one” deals, I stay home.", true},
		{"everyone invited by others", body + "Church members invite everyone to come out and join them at the fair on Saturday.", false},
		{"near miss: an invitation that took place", body + "The club invited everyone to the party last spring.", true},
		{"hope with an action phrase", body + "The sign is on sale this month. Hope you'll check it out!", false},
		{"near miss: hope for later", body + "The sign is on sale this month. Hope you'll tune in soon.", true},
		{"spread the word", body + "Thank you to everyone who pledged. Spread the word!", false},
		{"near miss: a cooking step", body + "Thank you to everyone who baked. Spread the butter thin.", true},
	})
}

// TestNextStepPointersAndIdioms: "for more …" with no comma before its
// verb points the reader somewhere; a title that starts with a verb, an
// idiom with "go the", and a verb whose object is "something" do not
// ask for an act.
func TestNextStepPointersAndIdioms(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"for more without a comma", body + "For more specials visit our stores on the 24th of November.", false},
		{"near miss: for more with a subject", body + "For more fun we visit the lake on Sundays.", true},
		{"verb then a place", body + "Come to the Fair and you will see the new goats.", false},
		{"near miss: a title with small words", body + "Come to the Moon attendees will dine at the hall.", true},
		{"go to a place and act", body + "Why not go to the fair and pick a pumpkin?", false},
		{"near miss: go the whole hog", body + "Why not go the whole hog and create a film of it?", true},
		{"say with a word", body + "Why not say hello at the stall on Friday?", false},
		{"near miss: say something", body + "Why not say something a real person would say?", true},
	})
}

// TestNextStepNamedPlaceAndLightVerbs: "you can see …" with a named
// place, a light verb whose noun names the act and "so" with no comma
// before an imperative invite; a view, a day, "do your best" and "and so
// read the room" do not.
func TestNextStepNamedPlaceAndLightVerbs(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"you can see at a named place", body + "You can see the photos of the house from Bring Me the News.", false},
		{"near miss: a view from a road", body + "You can see the lake from the road.", true},
		{"near miss: a day, no place", body + "You can see the lake on Sunday mornings.", true},
		{"light verb and the act's noun", body + "Don't delay! Do your entry today!", false},
		{"near miss: do your best", body + "Do your best on the day.", true},
		{"so without a comma", body + "The winner's name will be on the guest list so bring a valid ID.", false},
		{"near miss: and so", body + "They studied the notes and so read the room well.", true},
	})
}

// TestNextStepThanksSignOff: a short line that only thanks the reader
// signs the letter off, with the name under it, so the two paragraphs
// before it make the end; a thanks that asks, or a plain line, does not.
func TestNextStepThanksSignOff(t *testing.T) {
	body := reminderBody
	ask := "The winter order goes in on Monday morning, and the fresh vegetables and the formula are what get cut first when the account is short at the end of the quarter. So here is the ask: will you give ten pounds on the donation page before Sunday night?\n\n"
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"thanks line and a signature", body + ask + "Either way, thank you for reading this far.\n\nPriya and the Tuesday crew", false},
		{"thanks for supporting, then a name", body + ask + "Thank you for supporting the Tuesday pantry.\n\nPriya", false},
		{"near miss: a plain line before the name", body + ask + "The van leaves the yard at six on Monday.\n\nPriya and the Tuesday crew", true},
		{"near miss: a thanks that goes on", body + ask + "Thank you for reading. The van leaves the yard at six on Monday, whatever the weather.\n\nPriya and the Tuesday crew", true},
	})
}

// TestNextStepFreeAdmission: an event's door opened by its price counts
// as "free and open to the public" does; admission in a price list's
// terms does not.
func TestNextStepFreeAdmission(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"free admission", body + "The concert is in the college hall on Saturday afternoon.\n\nFree admission. Reception to follow.", false},
		{"admission is free", body + "The choir sings in the town hall in May.\n\nAdmission is free, though donations to the choir are welcome.", false},
		{"near miss: admission as a term", body + "Day passes are forty dollars.\n\nChildren under twelve receive free admission all weekend.", true},
		{"near miss: admission was free", body + "The choir sang in the town hall in May.\n\nAdmission was free, and the hall was full.", true},
	})
}

// TestNextStepDrop: "drop" leads an imperative as "bring" does; a drop
// that happens to something else asks nothing.
func TestNextStepDrop(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"drop your donation", body + "The list of what we take is on the noticeboard.\n\nDrop your donation at the side entrance, Tuesday to Friday between ten and four.", false},
		{"near miss: prices drop", body + "The list of what we take is on the noticeboard.\n\nPrices drop in the spring, when the stalls fill up again.", true},
	})
}

// TestNextStepLastSection: a heading after the opening paragraphs starts
// the last section, and an invitation anywhere in it is near the end,
// however many paragraphs follow; a heading before any paragraph titles
// the piece and makes no section, so the end is the last two paragraphs.
func TestNextStepLastSection(t *testing.T) {
	body := reminderBody
	rows := "The first walk starts at the gate.\n\nThe second one goes by the pond.\n\nThe third one climbs the hill.\n\nThe fourth one ends at the cafe.\n\nThe fifth one is the longest.\n\n"
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"invitation early in a long last section", body + "## The walks are yours\n\nWhy not try the first walk this weekend?\n\n" + rows + "Each one has a bench.", false},
		{"near miss: title heading over the whole piece", "# The walks are yours\n\nWhy not try the first walk this weekend?\n\n" + body + rows + "Each one has a bench.", true},
	})
}

// TestNextStepLeadAfterConjunction: a sentence that opens on "but" or
// "so" before its leading clause still asks in its main clause.
func TestNextStepLeadAfterConjunction(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"but if …, send", body + "Some of us register at the last minute. But if you know you are going, send in your registration as early as you can.", false},
		{"near miss: but if …, a statement", body + "Some of us register at the last minute. But if you know you are going, the organisers will be glad of it.", true},
	})
}

// TestNextStepProgressiveMoment: "now is the time to be registering"
// names the act in its progressive form; "to be thinking" names none.
func TestNextStepProgressiveMoment(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"to be registering", body + "Believe it or not, now is the time to be registering your child for the summer camps.", false},
		{"near miss: to be wondering", body + "Believe it or not, now is the time to be wondering about the summer already.", true},
	})
}

// TestNextStepCreditLine: a photo credit under the piece is a caption,
// not a paragraph, so it does not push the last ask out of the end.
func TestNextStepCreditLine(t *testing.T) {
	body := reminderBody
	ask := "In the next few weeks the appeal will be on the front page of the website, beside the list of what the children asked for this year. Please take a minute to look at it, and if you can, send a gift toward the shoes and the school bags on the list.\n\n"
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"photo caption and credit", body + ask + "Photo: a girl from the village school in her new shoes.\n\nPhoto by Ana Ruiz", false},
		{"near miss: two plain lines", body + ask + "A girl from the village school wore her new shoes.\n\nHer sister wore hers too.", true},
	})
}

// TestNextStepVerbBeforeSubject: a verb's form that describes the plural
// noun after it, which has a verb of its own, is no imperative; an
// imperative with a plural object still asks.
func TestNextStepVerbBeforeSubject(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"open houses are", body + "The party starts at three and runs until nine.\n\nOpen houses are great for the season, since guests can come and go.", true},
		{"open sources started", body + "The lineup may be close.\n\nIn the meantime, open sources started hinting that the dates would hold.", true},
		{"near miss: bring friends", body + "The party starts at three and runs until nine.\n\nBring friends and neighbours to the hall on Saturday.", false},
		{"near miss: check dates are", body + "The party starts at three and runs until nine.\n\nCheck tickets are in your inbox before you travel to the hall.", false},
	})
}

// TestNextStepReaderGoal: an instruction whose act lands on the reader
// ("re-add yourself to the waiting list", "add the class to your
// calendar") places them in the sender's service and invites; a tip for
// the reader's own task, with "you" only in a clause of its own, does not.
func TestNextStepReaderGoal(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"re-add yourself", body + "Seats come back when someone cancels.\n\nIf you miss your slot, simply add yourself to the waiting list again!", false},
		{"to your calendar", body + "Your booking is confirmed once the payment goes through.\n\nNext, add the class to your calendar.", false},
		{"choose what reaches you", body + "Express delivery costs more.\n\nChoose whichever service reaches you fastest for the price.", false},
		{"near miss: a tip with you in its own clause", body + "Split tests take a day.\n\nCompare the open rates of the two versions before you decide which style to keep.", true},
		{"near miss: add to that", body + "Forty children came every day.\n\nAdd to that the twenty helpers and you have a full hall.", true},
	})
}

// TestNextStepMindAndAdverbModal: "please keep in mind" informs as
// "please note" does, while "please keep your receipt" still asks; an
// adverb between "you'll" and "have to" leaves the advice an ask.
func TestNextStepMindAndAdverbModal(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"please keep in mind", body + "Dates are posted on the website.\n\nPlease keep in mind that the dates are estimates and may change.", true},
		{"near miss: please keep in touch", body + "Dates are posted on the website.\n\nPlease keep in touch with the desk and reply to this email with your dates.", false},
		{"you'll just have to visit", body + "Someone has invented potato-peeling gloves.\n\nYou'll just have to visit the site yourself to see why I find them so funny.", false},
		{"near miss: you'll just have to wait", body + "Someone has invented potato-peeling gloves.\n\nYou'll just have to wait for the reviews like the rest of us.", true},
	})
}

// TestNextStepOnItsOwnLine: an invitation written as a line of its own,
// under a line without punctuation, is the piece's last sentence; a
// sign-off written the same way is not an invitation.
func TestNextStepOnItsOwnLine(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"invitation under a line of details", body + "Free delivery on every order placed before Thursday 17 December\nFor participating shops, visit the delivery page\n", false},
		{"sign-off lines", body + "The autumn fair was a great success and we thank everyone who came\nSee you next year\nThe fair team\n", true},
	})
}

// TestNextStepLowerCaseWriter: copy written without capitals still has
// sentences, so a closing invitation is its last sentence.
func TestNextStepLowerCaseWriter(t *testing.T) {
	body := repeat("the new record took us two years to make and every song on it was recorded live in one room.", 4) + " "
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"closing imperative", body + "download it. you won't be disappointed.", false},
		{"closing sign-off", body + "it was a long road. see you next year.", true},
	})
}

// TestNextStepHopedGift: a hope that the reader acts counts when the act
// is named by its noun ("make your gift"), also after "and"; a hope that
// names no act does not.
func TestNextStepHopedGift(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"hope and a gift", body + "I hope you take up the challenge and make your most generous gift of $20 now!", false},
		{"imperative gift with modifiers", body + "Make your biggest year-end donation before Friday.", false},
		{"hope with no act", body + "I hope you enjoy the holidays and make your own traditions this year.", true},
		{"make your best effort", body + "Make your very best effort on the next draft.", true},
	})
}

// TestNextStepPoliteCondition: a request put as the writer's gratitude
// for a condition counts; a condition that imagines or concludes does not.
func TestNextStepPoliteCondition(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"it would be great", body + "If you could put a few dollars toward the garden beds and tell a friend, it would be wonderful.", false},
		{"I'd be grateful", body + "If you can pass this note along to the parents you know, I'd be very grateful.", false},
		{"you would understand", body + "If you could see the new beds in bloom, you would understand why we keep at it.", true},
		{"it would be easy", body + "If you could read the weather a month ahead, it would be easy to plan a garden.", true},
	})
}

// TestNextStepHiddenAddress: an address spelled out with "[at]" and
// "[dot]" is no template placeholder, so the request around it counts;
// a placeholder such as "[First Name]" still marks a template.
func TestNextStepHiddenAddress(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"hidden address", body + "If you have photos from the day, please send them to news [AT] example [DOT] org.", false},
		{"placeholder", body + "Hey [First Name], please send your photos to the shop.", true},
	})
}

// TestNextStepHelpWithWritersAct: "help me/us" counts when the reader's
// part is named (an act the reader does, an amount, a link); help with
// the writer's own act names no step.
func TestNextStepHelpWithWritersAct(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"help us spread", body + "Will you help us spread the word about the class?", false},
		{"help with an amount", body + "Will you help us reach $500 before the class begins?", false},
		{"help me finish", body + "Will you help me finish the mural this summer?", true},
		{"help us win", body + "Can you help us win this fight for the valley?", true},
	})
}

// TestNextStepInCaseYouWant: "in case you want to" offers as "if you
// want to" does, and an act named by the reader's noun ("add your
// contribution") is an act; a wondering or an act with no such noun is
// not.
func TestNextStepInCaseYouWant(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"in case, your contribution", body + "P.S. No rush, but in case you want to add your own contribution, you can do so on the class page.", false},
		{"if, your pledge", body + "If you would like to add your pledge to the fund, the office takes them at the desk.", false},
		{"in case you were wondering", body + "In case you were wondering, the class is full.", true},
		{"add your voice", body + "In case you want to add your voice, the debate goes on.", true},
	})
}

// TestNextStepParticipate: taking part in a drive is an act the reader
// is asked for, as joining is; the writer's own taking part is not.
func TestNextStepParticipate(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"participate by a time", body + "Participate in the giving drive by 5 p.m. today to enter the prize draw.", false},
		{"writer participates", body + "We participate in the giving drive every year and enter the prize draw.", true},
	})
}

// TestNextStepStayTunedForms: following the blog on and following the
// writer on "social media" with no channel and no link wait for news, as
// "stay tuned" does; a named channel or a link is a place to go.
func TestNextStepStayTunedForms(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"keep following", body + "Want to know how the class turns out? You will have to keep following the blog.", true},
		{"keep following, imperative", body + "Keep following the blog for the next chapter.", true},
		{"follow us on social media", body + "Please follow us on social media for news of the next class.", true},
		{"follow us on a named channel", body + "Please follow us on Instagram for news of the next class.", false},
		{"social media with a link", body + "Please follow us on social media at [our page](https://example.com/class).", false},
	})
}

// TestNextStepHelpToAnOutcome: "help us keep the children safe" names an
// outcome the writer wants, not the reader's act; a means ("by giving",
// "with a gift", a link) or an act after "help us" names the step.
func TestNextStepHelpToAnOutcome(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"keep safe", body + "Please help us keep the children safe.", true},
		{"make an effort", body + "Please help us make a special effort to ensure that the hall can cope with the crowds in the coming months.", true},
		{"keep, by giving", body + "Please help us keep the hall open by giving $10 this week.", false},
		{"make, with a gift", body + "Please help us make the winter easier with a gift to the fund.", false},
		{"help us spread", body + "Please help us spread the word about the class.", false},
	})
}

// TestNextStepWellWishSignOff: a short closing wish for the reader's
// weather or health ("Stay warm – …") signs off as "Take care" does and
// does not push the invitation before it out of the end; a line that
// wishes nothing of the kind is a paragraph of its own.
func TestNextStepWellWishSignOff(t *testing.T) {
	body := reminderBody
	ask := "The repair circle meets on the last Monday of the month. Please book your place at the counter, as the table only seats eight.\n\n"
	report := "The spring timetable is up through March, and the weaving class moves to Wednesday evenings after that. " +
		"The shop is laid out by the weight of the yarn now, with the heavy wools by the window and the lace by the till, and the back room is open again.\n\n"
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"stay warm with an aside", body + ask + report + "Stay warm – a good fire, cocoa and a basket of wool work for me.", false},
		{"keep safe", body + ask + report + "Keep safe, all of you.", false},
		{"not a wish", body + ask + report + "Stay curious about wool, friends, for the rest of the winter.", true},
	})
}

// TestNextStepLessonFrame: the piece's lesson put as an act ("today's
// lesson is to …, renew … and …") names the reader's step when an act of
// the list is in its series; a lesson that is a feeling or someone's own
// lesson is not.
func TestNextStepLessonFrame(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"lesson, series", body + "So today's lesson is to stay on top of your renewals, book the next class early and keep the receipt.", false},
		{"my advice", body + "My advice is to register before the first of the month.", false},
		{"lesson, a feeling", body + "So today's lesson is to stay calm and be kind to yourself.", true},
		{"his advice", body + "His advice is to register before the first of the month, he told the board.", true},
	})
}

// TestNextStepLikeToHear: "we'd like to hear from you" asks for replies
// as "we'd love to hear from you" does; liking to hear something said
// asks for nothing.
func TestNextStepLikeToHear(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"like to hear from you", body + "And we'd like to hear from you on this as well: which classes should come back in spring?", false},
		{"like to hear the band", body + "We'd like to hear the band again some day, and so would the regulars.", true},
	})
}

// TestNextStepTakeAdvantageOffer: "if you'd like to take advantage of"
// an offer the piece names offers it as "if you'd like to book" does;
// taking advantage of "it" or of a good thing names no offer.
func TestNextStepTakeAdvantageOffer(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"named offer", body + "There's still time if you'd like to take advantage of Priority Booking before the public sale opens.", false},
		{"an offer noun", body + "There's still time if you'd like to take advantage of the early-bird discount on the class.", false},
		{"it", body + "There's still time if you'd like to take advantage of it, we suppose.", true},
	})
}

// TestNextStepActThatHelps: after a condition on the reader, the
// reader's act put as the good it does ("then making that purchase this
// week will help two charities") suggests the act; the same claim with no
// condition on the reader is a claim.
func TestNextStepActThatHelps(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"condition, then act", body + "So if you've been thinking about a yarn club, then making that purchase in the next three days will help two charities.", false},
		{"condition, gerund", body + "If you need a gift for a teacher, buying it at the fair this week supports the school library.", false},
		{"no condition", body + "Buying local this week helps the whole street, as the traders keep saying.", true},
		{"no good done", body + "If you've been thinking about a yarn club, then making that purchase is up to you.", true},
	})
}

// TestNextStepPurposeWithoutComma: a purpose clause with no comma before
// the pointer it leads to ("To see what the other stalls offer go to the
// market page") still leads to an imperative; a verb that belongs to the
// clause's own subject ("… what we will visit …") does not.
func TestNextStepPurposeWithoutComma(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"go to", body + "To check what all the other stalls are offering go to the market page, which lists every trader:", false},
		{"visit", body + "To learn more about the class visit the library's events page.", false},
		{"the clause's own verb", body + "To make the most of the season we will visit three farms and a mill in May.", true},
		{"and visit", body + "To see the farms and visit the mill took most of the afternoon.", true},
	})
}

// TestNextStepHopeForReaderGroup: a hope that the readers, named as a
// group, will act ("I hope current subscribers will consider becoming
// paid subscribers") invites as "I hope you will" does; a hope about what
// they felt does not.
func TestNextStepHopeForReaderGroup(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"subscribers will consider", body + "As always, I hope current subscribers will consider becoming paid subscribers this month.", false},
		{"all of you will join", body + "I hope all of you will join us at the hall on Friday.", false},
		{"readers enjoyed", body + "I hope readers enjoyed the class as much as the teachers did.", true},
	})
}

// TestNextStepByMeans: an imperative of any verb whose means is an act
// ("So drive the boss mad by taking advantage of the deals") names the
// act; a statement with a subject or a past verb before "by" does not.
func TestNextStepByMeans(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"take advantage", body + "So drive the boss mad by taking advantage of the weekend deals.", false},
		{"celebrate by booking", body + "Celebrate the end of term by booking a table for the family.", false},
		{"subject", body + "Several hundred knitters took part by giving a skein away.", true},
		{"plural noun", body + "Sales grew by ordering more stock before the holidays.", true},
		{"by seeing", body + "Greet the new year by seeing what comes of it.", true},
	})
}

// TestNextStepAfterBreak: an imperative after a dash ("The gutters will
// not clear themselves -- send a few dollars") or after the comma that
// ends a negated imperative ("Don't just trust the photos, come see …")
// is the step; a statement after the dash, a subject after the comma, or
// emphasis marks between two words are not.
func TestNextStepAfterBreak(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"double hyphen", body + "The gutters will not clear themselves -- send a few dollars to the fund before the rain.", false},
		{"em dash", body + "The shelves are finally up — bring a box of books on Saturday.", false},
		{"negated imperative and comma", body + "But don't just trust the photos, come see the new shelves yourself!", false},
		{"don't wait", body + "Don't wait, book a table for Friday.", false},
		{"statement after the dash", body + "The hall was full all afternoon — we sold every loaf by noon.", true},
		{"acts done after the dash", body + "The volunteers sorted three boxes — read, sorted and labelled every book.", true},
		{"come rain or shine", body + "The hall was full all afternoon — come rain or shine, the regulars turn up.", true},
		{"subject after the comma", body + "Don't take our word for it, the reviews say the same.", true},
		{"emphasis is no dash", body + "And yesterday, when that *for sale* sign went up, I was a little sad.", true},
	})
}

// TestNextStepRecommendedAct: a recommendation counts when its act is
// named by a noun ("We suggest bookings for the quiz night") or put to
// the reader in the passive ("it is recommended you book ahead"); a
// recommended thing, praise by others or a state does not.
func TestNextStepRecommendedAct(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"suggest bookings", body + "The quiz starts at eight, and we suggest bookings for teams of six.", false},
		{"recommend bookings for groups", body + "We recommend advance bookings for groups of six or more.", false},
		{"reservations are recommended", body + "Reservations are strongly recommended for the Friday show.", false},
		{"recommended you bring", body + "If you have a spare lantern, it is recommended you bring it along.", false},
		{"recommended that you book", body + "It is recommended that you book the early class.", false},
		{"a recommended thing", body + "We recommend this book to every new member.", true},
		{"praised by others", body + "Tickets are recommended by every critic in town.", true},
		{"a state", body + "It is recommended that you be fit before the first class.", true},
		{"negated", body + "We do not recommend reservations.", true},
	})
}

// TestNextStepGiftReach: a gift asked for in a condition and valued by
// how far it goes ("If you could spare $10, it would go a long way") asks as
// "it would be wonderful" does; the same reach after a condition that
// names no act does not.
func TestNextStepGiftReach(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"go a long way", body + "If you could spare $10 this month, it would go a long way toward the new roof.", false},
		{"make a real difference", body + "If you could chip in $10, it'd make a real difference to the fund.", false},
		{"no act in the condition", body + "If you can see their faces, it will go a long way to explain the fund.", true},
		{"no condition", body + "Every gift will go a long way toward the new roof.", true},
	})
}

// TestNextStepDoneLine: a closing line that only says the letter is over
// ("So I think that's it for this week. Bye!") is a sign-off, so
// the invitation before it stays among the last two paragraphs; a line
// that goes on to say more is the writer's last paragraph.
func TestNextStepDoneLine(t *testing.T) {
	long := "As for the studio, the big back piece took five long sessions over two weeks and the client sat like a rock through all of it, which the whole crew is still talking about today, along with the new chairs and the lights we finally fixed."
	body := reminderBody + "The last T-shirts are half price now, so come pick one up before they go.\n\n" + long + "\n\n"
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"that's it for this week", body + "So I think that's it for this week. Bye!", false},
		{"well, that's about it", body + "Well, that's about it for now.", false},
		{"that's all for now", body + "That's all for now!", false},
		{"more than a sign-off", body + "That's all we had time for before the storm, and the power went out at noon.", true},
	})
}

// TestNextStepNoImperative: forms that open on a verb of the list but ask
// nothing: a supposition ("Say you sell ten candles"), a concession ("try
// as we might"), a verb of grasping ("get a sense of …"), a subject whose
// own verb follows an adverb ("Book club also meets …"), a pointer at the
// page itself ("Look at that red scarf", "Please see the photo below"),
// watching the writer's pages ("Watch our events page for the date") and
// a caption ("View from the hill"). Each
// beside the act the same verb asks for.
func TestNextStepNoImperative(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"supposition", body + "Say you sell ten candles at your party: the kit then costs you nothing.", true},
		{"say hello", body + "Say hello to the team at the stall on Saturday.", false},
		{"concession", body + "Try as we might, the shelves were bare by noon on Saturday.", true},
		{"try a slice", body + "However busy the week is, try a slice of the new tart at the counter.", false},
		{"get a sense", body + "I want you to get a sense of the costs this winter.", true},
		{"get tickets", body + "I want you to get your tickets before Friday.", false},
		{"subject with adverb and verb", body + "Book club also meets on Tuesdays in the back room.", true},
		{"open the box", body + "Lastly, open the box and check the parts against the list.", false},
		{"look at that", body + "Look at that red scarf with the tassels and the silver thread.", true},
		{"look at a place", body + "Look at these prices at the farm shop on Saturday.", false},
		{"photo below", body + "Please see the photo below for the colours.", true},
		{"form below", body + "Please see the form below to sign up.", false},
		{"watch our events page", body + "Watch our events page for the date.", true},
		{"watch with a link", body + "Watch our calendar for the sign-up link: [calendar](https://example.com/cal)", false},
		{"caption", body + "View from the hill at sunset, taken on the last walk of the year.", true},
		{"view the collection", body + "View the full collection on the shop's site.", false},
		{"enlist", body + "Enlist with a neighbour or recruit a friend for the spring class.", false},
	})
}

// TestNextStepInfoBelow: a pointer to where to act counts ("The sign-up
// sheet is just below"); a pointer to more to read on the same page
// ("There's more information below from the organisers") does not, unless
// it links somewhere. "Complete mayhem." is an adjective and its noun, not
// an imperative.
func TestNextStepInfoBelow(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"sign-up sheet below", body + "The sign-up sheet is just below.", false},
		{"information below", body + "There's more information below from the organisers and the kitchen team.", true},
		{"details below, shouted", body + "MORE DETAILS ON THE NEW ROTA BELOW!", true},
		{"details below with a link", body + "Full details are below: [the fair page](https://example.com/fair)", false},
		{"complete mayhem", body + "The first hour of the sale was loud and crowded. Complete mayhem.", true},
		{"complete registration", body + "Complete registration by Friday at the front desk.", false},
	})
}

// TestNextStepCaution: telling the reader to read the terms of a deal
// with care ("Read the fine print", "check the small print", "read your
// emails carefully") guards against a mistake and asks for no step; a
// read of the writer's story or a check of the schedule still invites.
func TestNextStepCaution(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"fine print", body + "Read the fine print, even in the emails from the bank.", true},
		{"small print with please", body + "Please check the small print before the sale starts.", true},
		{"terms", body + "Read the terms and conditions of the voucher before you pay.", true},
		{"carefully", body + "Be mindful when you book and read your emails carefully.", true},
		{"read the story", body + "Read the full story of the new studio on the blog: [the post](https://example.com/post)", false},
		{"check the schedule", body + "Check the schedule and book a seat for the Saturday class.", false},
		{"print a copy", body + "Read the menu in the window, then come in and print your own card at the counter.", false},
	})
}

// TestNextStepGroupOfReaders: part of the readers named as such ("many
// of you", "a few of you") is the reader: "We hope to see many of you at
// the open house" invites as "hope to see you there" does; "I saw many of
// you at the fair" reports. "Those who are interested can inquire" asks
// as "Anyone interested can email the farm" does.
func TestNextStepGroupOfReaders(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"many of you", body + "We hope to see many of you at the open house on Saturday.", false},
		{"a few of you", body + "Hoping to see a few of you at the plant swap in the hall.", false},
		{"saw many of you", body + "It was lovely that many of you came to the open house last week.", true},
		{"many of you, no place", body + "We hope many of you had a restful holiday.", true},
		{"those interested can inquire", body + "Those who are interested in a plot can inquire at the garden shed.", false},
		{"enquire", body + "Enquire at the counter about the autumn workshops.", false},
		{"they inquired", body + "Several neighbours inquired about the plots last spring.", true},
	})
}

// TestNextStepInPagePointers: a look at what the page itself shows, "the
// pictures below", "this" before a dash, or a read through "this
// newsletter", is no step after the page; the same verbs that send the
// reader to a place or a list still ask.
func TestNextStepInPagePointers(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"pictures below", body + "Check out the pictures below of the new shelves going up.", true},
		{"this out, then a dash", body + "Check this out - the licence for our stall at the county show:", true},
		{"go over this newsletter", body + "So take a few minutes to go over the notes in this newsletter.", true},
		{"read through below", body + "Read through the rules below.", true},
		{"check out the shop", body + "Check out the new shelves at the shop on Saturday.", false},
		{"this out at the market", body + "Check this out at the market stall this weekend.", false},
		{"check out these tips", body + "If you shop the sales, check out these tips for finding a real bargain.", false},
		{"go over the form", body + "Go over the form with your child and send it back by Friday.", false},
	})
}

// TestNextStepClosingPraiseAndSignature: a signature of a name line and a
// role line, and a last line that only praises and thanks the readers,
// close the letter and do not push the step before them out of the end.
func TestNextStepClosingPraiseAndSignature(t *testing.T) {
	body := reminderBody
	step := "Sign up for a shift at the potluck on the ninth.\n\n"
	// a full paragraph after the step: the end reaches the step only when
	// what follows this paragraph closes the letter
	rota := "The rota for the spring goes round next month, once the hall committee has agreed the dates of the plant sale, the quiz night and the two working mornings in the garden, and once the new kitchen rules are printed and pinned up by the door.\n\n"
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"praise, thanks and a two-line signature", body + step + rota + "You are all wonderful. Thanks for all your help!\n\nMira Osei\nCoordinator of Volunteers and Events", false},
		{"support praised", body + step + rota + "Your support is amazing.\n\nMira Osei\nVolunteer Coordinator", false},
		{"dash before the role", body + step + rota + "You're the best!\n\nMira Osei – Coordinator\nJon Bell – Treasurer", false},
		{"praise that goes on", body + step + rota + "You are all amazing at keeping the kitchen clean.", true},
		{"notes in lines are no signature", body + step + rota + "Plenty of parking in the lower field\nLunch in the barn as usual", true},
		{"one-line name and role is no block", body + step + rota + "The hall is open again after the works.", true},
		{"praise and an ask", body + rota + "You are all amazing. Sign up for a shift!", false},
	})
}

// TestNextStepVerbFormNames: an action verb's form that names a thing is
// no imperative: the subject of "will be" ("Order windows will be
// short") or an event's name before its date in a list ("Book Fair —
// 11/27"). A button ("Book Now – 2 for 1") and an order with an object
// still ask.
func TestNextStepVerbFormNames(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"subject of will be", body + "Pre-order windows will be short this year, a few days at most.", true},
		{"dated name in a list", body + "Coming up this term:\n\n- Book Fair — 3/14 & 15\n- Quiz Night — 4/2\n- Sports Day", true},
		{"dated name after a colon", body + "Coming up this term:\n\n- Shop Local Saturday: May 9\n- Quiz Night: May 23", true},
		{"pre-order with an object", body + "Pre-order your copy this week, before the window shuts.", false},
		{"button before a date", body + "Book Now – 2 for 1 until the end of May.", false},
		{"verb and an object before a date", body + "Book tickets – 3/14 is the last night.", false},
	})
}

// TestNextStepSeeQuestion: "See?" and "See what I mean?" ask the reader
// to agree, not to act; "See the menu on the site" still points.
func TestNextStepSeeQuestion(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"bare see", body + "The orders came in faster than we could bake. See?", true},
		{"see what I mean", body + "Three ovens, two bakers and one van. See what I mean about December?", true},
		{"see the menu", body + "See the full winter menu on our site before you book.", false},
		{"see with a link", body + "See [the list of dates](https://example.com/dates)?", false},
	})
}

// TestNextStepBarePlea: "Please help!" and "Please help so we can keep
// going" plead with no act, as "Please help us keep the kennels open"
// does; a means or a place names the act.
func TestNextStepBarePlea(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"help so we can", body + "The roof fund is still short. Please help so we can keep the hall open.", true},
		{"help alone", body + "The roof fund is still short. Please help!", true},
		{"help by giving", body + "The roof fund is still short. Please help by giving $10 at the door.", false},
		{"help with a link", body + "The roof fund is still short. Please help [here](https://example.com/give).", false},
		{"help with an act", body + "Please help us sort the donated books on Saturday morning.", false},
	})
}

// TestNextStepAfterEllipsis: an imperative after an ellipsis in the
// middle of a sentence asks as one after a dash does; a statement after
// it does not.
func TestNextStepAfterEllipsis(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"spaced dots", body + "The fair is back on Saturday . . . bring the whole family to the green!", false},
		{"ellipsis sign", body + "The fair is back on Saturday… book a pitch at the library desk.", false},
		{"statement after dots", body + "The fair is back on Saturday . . . the weather looks kind.", true},
		{"dots after a list", body + "Scones, jam, cream... the stall ran out of all of it by noon.", true},
	})
}

// TestNextStepHangInThere: "Hang in there" cheers the reader on, as
// "Take heart" does; "hang on to that Saturday in your calendar" still
// keeps a date.
func TestNextStepHangInThere(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"hang in there", body + "Winter is long for all of us. My advice: hang in there.", true},
		{"hang in there alone", body + "Hang in there, everyone.", true},
		{"hang on to the date", body + "So hang on to that Saturday in your calendar for the make-up class.", false},
	})
}

// TestNextStepInformsAndCheers: "please expect" and "please note" with a
// clause tell the reader what will happen, "come on" before a name
// called out cheers, and a short question naming a topic ("Next open
// day?") is no imperative; their near misses still ask.
func TestNextStepInformsAndCheers(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"please expect", body + "P.S. Please expect fewer emails from the office this spring.", true},
		{"near miss: please email", body + "P.S. Please email the office with the dates that suit you.", false},
		{"please note with a clause", body + "Please note all stalls must be set up before noon.", true},
		{"near miss: please note down", body + "Please note down your pick-up code and bring it on Saturday.", false},
		{"come on and a name called out", body + "So, come on spring. We are ready for you.", true},
		{"come on alone", body + "The sun is out at last. Come on!", true},
		{"near miss: come on down", body + "So come on down to the stall on Saturday morning.", false},
		{"near miss: come on a day", body + "Come on Saturday and pick your own plants at the stall.", false},
		{"topic question", body + "Next open day? Watch this space.", true},
		{"near miss: topic question then a step", body + "Next open day? Book a slot on the farm's booking page.", false},
	})
}

// TestNextStepSeeYouFor: an event named after "see you for" with its
// day is an invitation, as "see you at" is; the letter's own next time
// is a sign-off.
func TestNextStepSeeYouFor(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"see you for an event and a day", body + "Hope to see many of you for the pub quiz on Thursday night!", false},
		{"near miss: see you for the next issue", body + "See you for another issue on Friday.", true},
		{"near miss: see you for a while", body + "Hope to see you for a while yet.", true},
	})
}

// TestNextStepUnmarkedCondition: a leading condition that no comma
// closes ends where "then" or a request's lead opens the main clause,
// which is then read as a sentence of its own; a main clause that only
// states something, or "then" inside a condition, invites nothing.
func TestNextStepUnmarkedCondition(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"then before the request", body + "If any of you want a spare key then just email me.", false},
		{"then please", body + "If you can help on the stall then please call Sue.", false},
		{"feel free with no comma", body + "If you have questions feel free to ask.", false},
		{"don't hesitate with no comma", body + "If you are unsure about the dates do not hesitate to contact me.", false},
		{"near miss: then states a plan", body + "If the weather holds then we will meet at the pond.", true},
		{"near miss: then inside the condition", body + "If you then decide the stall is not for you, that is fine too.", true},
		{"near miss: then with no act", body + "If the rain stops then all is well.", true},
	})
}

// TestNextStepDoNotHesitate: "don't hesitate to" leads a request as
// "please" does, with or without an object for its verb; a writer who
// did not hesitate tells of their own act.
func TestNextStepDoNotHesitate(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"bare verb", body + "Don't hesitate to call.", false},
		{"do not", body + "Do not hesitate to get in touch with the club secretary.", false},
		{"after a condition", body + "If you have any questions, don't hesitate to call or reply.", false},
		{"near miss: the writer's own act", body + "We did not hesitate to call the council about the lights.", true},
		{"near miss: no act", body + "Don't hesitate to relax once the season is over.", true},
	})
}

// TestNextStepDeclaredInvitation: the writer may declare the reader
// invited ("You're invited", "Consider yourself invited") after the
// event's time; an invitation told of, the writer's or a past one, asks
// nothing of the reader.
func TestNextStepDeclaredInvitation(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"consider yourself invited", body + "The opening is on Friday from 5 to 8 pm. If you read this, consider yourself invited!", false},
		{"consider this your invitation", body + "The opening is on Friday from 5 to 8 pm. Consider this your invitation.", false},
		{"near miss: an invitation told of", body + "The opening was on Friday, and the mayor considered herself invited.", true},
		{"near miss: the writer's invitation", body + "The opening is on Friday. We were invited to show two paintings there.", true},
	})
}

// TestNextStepActRecommended: an act of the reader's named by its noun
// and recommended or called a need of the visit, one or many, timed or
// not, tells them what to do; the act in the past, or praised by
// someone, does not.
func TestNextStepActRecommended(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"one act", body + "The supper starts at seven. A reservation is recommended.", false},
		{"the act itself", body + "The supper starts at seven. Booking is advised.", false},
		{"timed", body + "The supper starts at seven. Booking ahead is recommended.", false},
		{"a need", body + "The supper starts at seven. Booking is essential.", false},
		{"near miss: in the past", body + "The supper started at seven. Booking was essential last year.", true},
		{"near miss: praised by someone", body + "The supper starts at seven. The booking is recommended by nobody.", true},
		{"near miss: closed", body + "The supper starts at seven. Booking is closed.", true},
	})
}

// TestNextStepUnmarkedClauseEnd: a leading condition or time clause with
// no comma ends where an action verb follows a word that closes a phrase
// and takes an object, a particle or the sentence's end; a verb after a
// subject, "to", a helper verb or a verb that takes a bare verb belongs to
// the clause, and a noun that ends the clause is no verb.
func TestNextStepUnmarkedClauseEnd(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"after an adjective", body + "If you are stuck with the pattern book a call with Mira.", false},
		{"after a time clause", body + "When you are ready reply and tell me which bed you chose.", false},
		{"after an object pronoun", body + "Once you have tried it reply and tell me how it went.", false},
		{"after a noun", body + "If you would like a spare seed packet email me.", false},
		{"after a modal's verb", body + "If anyone can help on the stall call Ravi on 0100 200.", false},
		{"near miss: a noun ends the clause", body + "So if you come along to the new shed this week we will have soup.", true},
		{"near miss: a verb inside the clause", body + "When you come visit us we will show you the pond.", true},
		{"near miss: a statement after it", body + "Once you have read it you will know why the beds moved.", true},
		{"near miss: a subject with its verb", body + "If the children book a slot the teacher signs them in.", true},
	})
}

// TestNextStepReaderGroups: a request names its readers as "you", as
// everyone, as a share of them or as a group ("all members", "everyone
// who can"), in the active or the passive, and an invitation to an event
// names its day; a request that took place, one with no act, one to
// the writer's guests in the third person or to an event with no day
// asks nothing.
func TestNextStepReaderGroups(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"everyone who can", body + "We ask everyone who can to send three pounds to the kitty by Friday.", false},
		{"all of you", body + "I encourage all of you to sign the petition at the library desk.", false},
		{"a group after invite", body + "We invite all parents to come to the open evening on Tuesday.", false},
		{"invited to an event with its day", body + "We would like to invite all growers to the seed swap on Sunday.", false},
		{"a group in the passive", body + "Parents are warmly invited to come along to the nativity rehearsal.", false},
		{"everyone in the passive", body + "Everyone is asked to bring a plate of something to share.", false},
		{"more than welcome", body + "Members are more than welcome to join the walk on Sunday.", false},
		{"near miss: asked in the past", body + "All parents were asked to bring a packed lunch.", true},
		{"near miss: no act", body + "We ask all members to be patient while the roof is fixed.", true},
		{"near miss: no day", body + "We invite all members to the party of the century.", true},
		{"near miss: the writer's guests", body + "Our guests are encouraged to explore the studio and take pictures.", true},
		{"near miss: a subject inside a clause", body + "Parents who were invited to the meeting found it useful.", true},
		{"near miss: a rule", body + "Visitors are asked to keep dogs on leads.", true},
	})
}

// TestNextStepGiftVariants: the ways a gift is asked for read the same
// in their variants: "would" spelt out, an article in place of "your",
// "consider" with the act and no "please", a question with "won't", an
// amount after "chip in", and an adverb inside a passive pointer; a wish,
// a thought to consider, a vague "chip in" and a gift made in the past
// ask nothing.
func TestNextStepGiftVariants(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"would spelt out", body + "We would love to hear from you before the committee meets.", false},
		{"an article for your", body + "Make a donation to the bell fund before the end of May.", false},
		{"you can with an article", body + "You can make a gift to the bell fund at the post office counter.", false},
		{"consider with no please", body + "Consider a small monthly gift to the bell fund this spring.", false},
		{"consider with a gerund", body + "I hope you'll consider joining the ringers this autumn.", false},
		{"won't you", body + "Won't you consider a gift to the bell fund this month?", false},
		{"chip in an amount", body + "Chip in £5 towards the new bell rope today.", false},
		{"an adverb in the passive", body + "Donations are gratefully received at the vestry door.", false},
		{"near miss: a wish", body + "Make a wish when the bells ring at midnight.", true},
		{"near miss: a thought", body + "I hope you'll consider what the ringers said.", true},
		{"near miss: chip in vaguely", body + "Chip in where you can at home.", true},
		{"near miss: a gift made", body + "Donations were gratefully received at the vestry door.", true},
		{"near miss: the writer's wish", body + "We would love to have a bell tower like theirs.", true},
	})
}

// TestNextStepEventVariants: an event's time and place read the same in
// their variants: hours with no am or pm ("from 9 to 5"), "is being
// held", a contracted "is" ("The fair's on …"), "it" for the event, a
// meeting in the progressive, the writer who will be at a place with
// hours, "entry" for "admission" and a price in words; the same in the
// past, hedged, or with no hours, invites nobody.
func TestNextStepEventVariants(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"open with bare hours", body + "We are open from 9 to 5, Tuesday to Saturday.", false},
		{"opening hours with bare hours", body + "Opening hours are 9 to 5, Tuesday to Saturday.", false},
		{"being held", body + "The plant swap is being held on Sunday from 10 to 2 in the church hall.", false},
		{"a contracted is", body + "The plant swap's on Sunday from 10 to 2 in the church hall.", false},
		{"it for the event", body + "It's on Sunday from 10 to 2 in the church hall.", false},
		{"meeting in the progressive", body + "We are meeting on Thursday at 7 pm at the Anchor.", false},
		{"the writer there with hours", body + "We'll be at the farmers' market on Saturday from 9 till 1.", false},
		{"entry is free", body + "Entry is free.", false},
		{"a price in words", body + "Admission is five pounds at the door.", false},
		{"near miss: the writer there in the past", body + "We were at the farmers' market on Saturday from 9 till 1.", true},
		{"near miss: the writer there, hedged", body + "We'll probably be at the farmers' market on Saturday from 9 till 1.", true},
		{"near miss: the writer there with no hours", body + "We'll be at the farmers' market next year.", true},
		{"near miss: someone's shift", body + "She's on Saturday from 10 to 4 on the till.", true},
		{"near miss: entry in the past", body + "Entry was free last year.", true},
		{"near miss: open in the past", body + "We were open from 9 to 5, Tuesday to Saturday.", true},
	})
}

// TestNextStepQuestionAndAbilityVariants: an offer put as a question
// reads the same with "??" or a full stop after its inverted verb, with
// "anyone" or "any of you" asked, "would you be willing to", "do you
// fancy", "what about", "wanna" and "are you joining us"; the reader's
// ability reads the same with an -ly adverb, "you all can", "are able
// to", "will be able to", "everyone can" and "all of you can". A
// question reported, a cold coming on, a guess, "not everyone can" and
// an ability with nowhere to act ask nothing.
func TestNextStepQuestionAndAbilityVariants(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"two question marks", body + "Would you like to join us for the lantern walk on Friday??", false},
		{"a full stop", body + "Would you like to join us for the lantern walk on Friday.", false},
		{"anyone asked", body + "Would anyone like to join us for the lantern walk on Friday?", false},
		{"any of you", body + "Would any of you like to help with the lanterns on Friday?", false},
		{"willing", body + "Would you be willing to help with the lanterns on Friday?", false},
		{"do you fancy", body + "Do you fancy joining us for the lantern walk?", false},
		{"what about", body + "What about joining us for the lantern walk on Friday?", false},
		{"are you joining", body + "Are you joining us for the lantern walk on Friday?", false},
		{"an -ly adverb", body + "You can simply book a lantern at example.com/lanterns.", false},
		{"you all can", body + "You all can book a lantern at example.com/lanterns.", false},
		{"are able to", body + "You are able to book a lantern at example.com/lanterns.", false},
		{"will be able to", body + "You'll be able to book a lantern at example.com/lanterns from Monday.", false},
		{"everyone can", body + "Everyone can book a lantern at the library desk.", false},
		{"all of you can", body + "All of you can book a lantern at the library desk.", false},
		{"near miss: a question reported", body + "Would you like to join us on Friday, she asked.", true},
		{"near miss: a cold coming on", body + "Are you coming down with a cold?", true},
		{"near miss: a guess", body + "Would anyone like to guess what happened?", true},
		{"near miss: not everyone", body + "Not everyone can book a lantern at the library desk.", true},
		{"near miss: an ability with no place", body + "You'll be able to see the stars from the hill.", true},
	})
}

// TestNextStepLeadAndVisitVariants: the leads a writer puts before a
// request with no comma ("Anyway", "Either way", "Oh and", "As always",
// "Kindly"), an action phrase after any lead ("Make sure you stop by"),
// the British ways to drop in ("pop down to", "nip in", "stop into") and
// to make contact ("ring us", "text me") read as their plain forms; the
// same leads before a statement or an exhortation, and the phrases with
// a subject of their own, ask nothing.
func TestNextStepLeadAndVisitVariants(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"anyway with no comma", body + "Anyway book your place on the pottery taster before Friday.", false},
		{"either way with no comma", body + "Either way book your place on the pottery taster before Friday.", false},
		{"oh and with no comma", body + "Oh and bring an apron to the pottery taster.", false},
		{"as always with no comma", body + "As always reply and tell me which glaze you liked.", false},
		{"kindly", body + "Kindly reply and tell me which glaze you liked.", false},
		{"a phrase after a lead", body + "Make sure you stop by the studio on Saturday.", false},
		{"pop down to", body + "Pop down to the studio on Saturday and try the wheel.", false},
		{"stop into", body + "Stop into the studio on Saturday.", false},
		{"ring us", body + "Ring us on 0100 200 300 to book the wheel.", false},
		{"near miss: anyway before a statement", body + "Anyway the kiln was fixed by Tuesday.", true},
		{"near miss: as ever before an exhortation", body + "As ever, take care.", true},
		{"near miss: a phrase with its subject", body + "They pop down to the studio on Saturdays.", true},
		{"near miss: kindly note", body + "Kindly note the studio is closed in August.", true},
	})
}

// TestNextStepPointerAndWelcomeVariants: a pointer that opens on what
// the reader seeks with no comma ("For tickets call …"), a purpose with
// no comma before "reply", a request put as gratitude with no comma
// after its condition, "Everyone is invited." as "Everyone is welcome."
// and the writer happy to hear from or answer the reader read as their
// plain forms; the same words as a statement ask nothing.
func TestNextStepPointerAndWelcomeVariants(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"for tickets", body + "For tickets call the box office on 0100 200 300.", false},
		{"purpose then reply", body + "To book a seat reply to this email with your name.", false},
		{"gratitude with no comma", body + "If you could spare £10 it would go a long way.", false},
		{"everyone is invited", body + "Everyone is invited.", false},
		{"happy to hear from you", body + "I'm always happy to hear from you.", false},
		{"happy to answer", body + "I'm happy to answer any questions about the rota.", false},
		{"near miss: for tickets as a statement", body + "For tickets we sold out in a day.", true},
		{"near miss: a purpose that was", body + "To book a seat they had to reply by letter.", true},
		{"near miss: a condition on seeing", body + "If you could see their faces it would break your heart.", true},
		{"near miss: everyone was invited", body + "Everyone was invited.", true},
		{"near miss: happy to report", body + "We're happy to report the fair went well.", true},
	})
}

// TestNextStepDecimalClock: a time with a dot and "pm" run together,
// "7.30pm", is a time of day as "7:30 pm" is; a meeting that was is no
// door whatever the format.
func TestNextStepDecimalClock(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"dotted time", body + "We meet on Tuesdays at 7.30pm at the Anchor.", false},
		{"near miss: a meeting that was", body + "We met on Tuesdays at 7.30pm at the Anchor.", true},
	})
}

// TestNextStepAdviceVariants: "so" before a short imperative with no
// comma when the imperative ends on when to act ("so book early"),
// "booking" as "bookings" in a passive recommendation, "may wish to" and
// "might like to" as "might want to", and the readers called by name
// before an imperative read as their plain forms; a statement after
// "so", a recommendation that was, a wish to inform and a name before
// an exhortation ask nothing.
func TestNextStepAdviceVariants(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"so with no comma", body + "Places on the wreath course are limited so book early.", false},
		{"booking recommended", body + "Booking early is recommended for the wreath course.", false},
		{"may wish to", body + "You may wish to book early for the wreath course.", false},
		{"might like to", body + "You might like to book early for the wreath course.", false},
		{"everyone called", body + "So everyone, book your place on the wreath course.", false},
		{"near miss: so before a statement", body + "It was so cold so we went home early.", true},
		{"near miss: recommended in the past", body + "Booking was recommended last year.", true},
		{"near miss: a wish to inform", body + "You may wish to know that the hall is closed.", true},
		{"near miss: a name before an exhortation", body + "Folks, take care.", true},
	})
}

// TestNextStepHaveYouThere: the writer's wish to have or welcome the
// reader at a place reads as one to see them there; with no place, or
// put in the past, it looks back or wishes in general.
func TestNextStepHaveYouThere(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"have you there", body + "We would love to have you there.", false},
		{"welcoming you with a place", body + "We look forward to welcoming you on Saturday at the orchard.", false},
		{"near miss: welcoming with no place", body + "We look forward to welcoming you all.", true},
		{"near miss: had you there", body + "We were glad to have you there last year.", true},
		{"near miss: seen in the past", body + "It was lovely to see you at the orchard on Saturday.", true},
	})
}

// TestNextStepSaleAndBreakVariants: a pointer with an adverb after its
// noun ("Tickets now available at …"), "go on sale" as "opens", the
// plural "Registrations are open", and a dash after a negated imperative
// before an act that ends on when to act ("Don't wait – book today")
// read as their plain forms; a sale that went, a door closed and a calm
// after the dash ask nothing.
func TestNextStepSaleAndBreakVariants(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"an adverb after the noun", body + "Tickets now available at example.com/gala.", false},
		{"go on sale", body + "Tickets go on sale Monday at example.com/gala.", false},
		{"plural registrations", body + "Registrations are open at example.com/gala.", false},
		{"dash after a negated imperative", body + "Don't wait – book today.", false},
		{"near miss: went on sale", body + "Tickets went on sale Monday and sold out.", true},
		{"near miss: closed", body + "Registrations are closed.", true},
		{"near miss: a calm after the dash", body + "Don't worry – rest today.", true},
	})
}

// TestNextStepFreeForSome: free entry kept for some readers is no door
// for the reader; free entry for all is.
func TestNextStepFreeForSome(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"free for all", body + "Admission is free.", false},
		{"near miss: free for members only", body + "Entry is free for members only, by the way.", true},
	})
}

// TestNextStepMoreClauseOpeners: "while", "as soon as" and "now that"
// open a leading clause with no comma as "if" does, and an action phrase
// opens its main clause as a verb does; a statement after the clause, or
// the phrase as the clause's own verb, asks nothing.
func TestNextStepMoreClauseOpeners(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"while", body + "While you're at the fete grab a raffle ticket from Maureen.", false},
		{"as soon as", body + "As soon as you're ready book a fitting with Sol.", false},
		{"now that", body + "Now that you know the route book a place on the coach.", false},
		{"an action phrase", body + "Whenever you're in town stop by the workshop.", false},
		{"near miss: a statement", body + "While you're at the fete the kiosk sells tea.", true},
		{"near miss: the phrase as the clause's verb", body + "If you stop by the workshop we will have cake.", true},
	})
}

// TestNextStepRoundTwoVariants: "need" with a bare verb ("All you need
// do is …") and "phone" or "telephone" as "call" read as their plain forms; a state the
// reader gets into, a right "welcome to" grants, a question reported, a
// condition on the reader's wish that sets out the writer's promise and
// a phrase in a past clause ask nothing.
func TestNextStepRoundTwoVariants(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"need with a bare verb", body + "All you need do is bring a trowel to the allotment on Sunday.", false},
		{"phone", body + "Phone the allotment office to book a plot.", false},
		{"telephone", body + "Telephone the allotment office to book a plot.", false},
		{"near miss: need with a calm", body + "All you need do is relax and wait for spring.", true},
		{"near miss: phone as a noun", body + "Phone lines were busy all morning at the office.", true},
		{"near miss: a state the reader gets into", body + "You can easily get lost in the old lanes.", true},
		{"near miss: a right granted", body + "Everyone is welcome to an opinion about the hedge.", true},
		{"near miss: a question reported", body + "We asked if you would like to join us on the walk.", true},
		{"near miss: the writer's promise", body + "If you want to book a plot we will hold it for a week.", true},
		{"near miss: a past clause", body + "We were glad to see you there last year.", true},
	})
}

// TestNextStepCalendarAndHourVariants: a date as the object of a
// calendar verb ("Pencil in June 3"), "Doors at 7 pm" with its verb
// dropped, hours joined by a hyphen ("from 10-4"), "Will we see you on
// Sunday?" (or "at the fair?") and a place named after the date of a welcome read as their
// plain forms; a verb that keeps no date, doors that are a place, a
// question with no day and a welcome with no place ask nothing.
func TestNextStepCalendarAndHourVariants(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"pencil in a date", body + "Pencil in June 3.", false},
		{"pencil in an ordinal", body + "Pencil in the 17th.", false},
		{"doors at a time", body + "Doors at 7 pm.", false},
		{"hours with a hyphen", body + "The fair takes place on Saturday from 10-4 on the green.", false},
		{"a bare span after a day", body + "The swap runs Saturday 10-4 at the old mill.", false},
		{"will we see you", body + "Will we see you on Sunday?", false},
		{"will we see you at a place", body + "Will we see you at the fair?", false},
		{"place after the date", body + "We look forward to welcoming you on Saturday the 17th at the orchard.", false},
		{"near miss: a verb that keeps no date", body + "Keep warm on Saturday.", true},
		{"near miss: a calendar verb with no date", body + "Hold the line.", true},
		{"near miss: doors as a place", body + "The doors at the back were locked.", true},
		{"near miss: a question with no day", body + "Will we see you grow?", true},
		{"near miss: a welcome with no place", body + "We look forward to welcoming you on Saturday the 17th.", true},
	})
}

// TestNextStepInvitedAndFreeVariants: "You're" with an adverb before
// "invited" reads as a group invited in the passive does, and "free to
// attend" with a day as "Free admission"; an event with no day, a free
// event that was, and someone else invited ask nothing.
func TestNextStepInvitedAndFreeVariants(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"cordially invited", body + "You're cordially invited to the meeting on Tuesday.", false},
		{"warmly invited to act", body + "You're warmly invited to bring a dish to share.", false},
		{"free to attend with a day", body + "Free to attend on Saturday.", false},
		{"near miss: invited to no day", body + "You're cordially invited to the party of the century.", true},
		{"near miss: someone else invited", body + "They're cordially invited to the meeting on Tuesday.", true},
		{"near miss: free with no day", body + "The talks are free to attend.", true},
		{"near miss: free in the past", body + "It was free to attend on Saturday.", true},
	})
}

// TestNextStepClauseEndsOnItsVerb: a leading clause with no comma may
// end on "help", "go" or "come" as its own verb, with or without a
// particle ("If you can help email Jo", "Before you go book a seat", "If
// you can come along book a slot"); the same verb before a clause with a
// subject of its own, or before a verb that is no act, stays inside the
// condition.
func TestNextStepClauseEndsOnItsVerb(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"if you can help", body + "If you can help email Jo at the hut.", false},
		{"before you go", body + "Before you go book a seat at the front desk.", false},
		{"a particle after the verb", body + "If you can come along book a slot with Jo.", false},
		{"near miss: a particle, then the writer's clause", body + "If you come along we will have soup.", true},
		{"near miss: a clause after it", body + "If you go book a table we will hold it for an hour.", true},
		{"near miss: your own clause", body + "When you come visit us you will see the pond.", true},
		{"near miss: no act after it", body + "If you can help set up the stall the tea is free.", true},
	})
}

// TestNextStepJoinInAndCapitals: "Are you in?" after an event with its
// day asks the reader to join it, and a line in capitals invites when
// its act reaches the writer or names its day; the question alone or
// about something else, and a banner, ask nothing.
func TestNextStepJoinInAndCapitals(t *testing.T) {
	body := reminderBody
	runRuleCases(t, "missing-next-step", config.Lint{}, []ruleCase{
		{"are you in", body + "The swap is on Sunday at the hall. Are you in?", false},
		{"who's in", body + "Quiz night is Friday at 8 pm at the Swan. Who's in?", false},
		{"capitals to the writer", body + "JOIN US ON SATURDAY AT THE BARN!", false},
		{"capitals with a day", body + "BOOK BY FRIDAY!", false},
		{"near miss: the question alone", body + "Are you in?", true},
		{"near miss: in the photo", body + "The swap is on Sunday at the hall. Are you in the photo?", true},
		{"near miss: an event that was", body + "The swap was on Sunday at the hall. Were you in?", true},
		{"near miss: a banner", body + "SHOP NOW!", true},
		{"near miss: a shout", body + "STAY TUNED!!", true},
	})
}

package rules

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/claritynotes/gen/internal/lint"
)

// MissingNextStep flags pieces that end without inviting the reader to act.
var MissingNextStep = lint.Register(&lint.Rule{
	ID:       "missing-next-step",
	Severity: lint.SeverityWarning,
	Core:     true,
	Summary:  "The piece ends without a concrete next step for the reader",
	Brief:    nextStepBrief,
	Doc: `Looks at the end of the piece (the last section, however long, headed by a
heading or by a short line ending in a colon such as "Sale details:" that
comes after a paragraph, not a title over the whole piece; and the last two paragraphs,
or the last 60 words, in whole sentences, when they are one-line
paragraphs (neither of them 40 words or more), reaching back over
one-liners only, never into a full paragraph; a sign-off (also a short
line that only thanks the reader, "Either way, thank you for reading
this far", or praises and thanks them, "You are all amazing. Thanks for
everything you do!", wishes them well, "Stay dry – a pot of tea does it for me", or
says the letter is over, "So I think that's it for this week. Bye!"), a signature (a line, or a name line and a role line), a photo credit, a P.S. or a verse between music notes ("♪…♪") after them does not push
them out, and the verse's words are not the writer's call) for an
invitation addressed to the reader:
  - an imperative with an action verb (reply, try, book, read, download, join, pick,
    share, start, register…), also after "so", "now", "please", "feel free to",
    "don't hesitate to", "why not", "either", "anyway", "either way", "oh
    and", "as always", "kindly" (with or without a comma), a word set
    off by a comma ("Oh, and get your flu shot", "Alright, now, tell me
    …"), the readers called by name ("So everyone, book your seat"; not
    "Folks, take care"), or after a lead-in clause ("If you are stuck, reply…", "With all
    that said, please bring…", "No matter which branch you call home,
    come join us", "For families wanting to make sure they have seats,
    purchase …", "For more specials visit our stores" or "For tickets call the box
    office" with no comma (not "For tickets we sold out in a day"), "To
    see what the other shops offer go to the team page" or "To volunteer
    at the fair contact Dana" with no comma, "But
    if you know you're going, send in your registration"; a condition with no
    comma ends where "then" or a request's lead opens the main clause: "If
    you want a copy then just email me", "If you have questions feel free to
    ask", or where an action verb with an object follows the word that closes
    the clause: "If you are stuck book a call with Mira", "Once you have read
    it reply", "If you can help email Jo", "Before you go book a seat" (a
    clause that ends on "help", "go" or "come", also with a particle, "If
    you can come along book a slot"; not "If you go book a table
    we will hold it"), also after "while", "as soon as" or "now that", and an action
    phrase after it: "Whenever you're in town stop by the workshop"; not "if you come along to the new shop this week …", "When you
    come visit us …"); an
    act named by its noun ("Do your entry today!", "Place your order");
    an imperative after a dash ("The gutters will not clear themselves --
    send a few dollars to the fund") or an ellipsis ("the best fortnight
    for the borders . . . bring a friend") or after the comma that ends a
    negated imperative ("Don't just trust the reviews, come taste it
    yourself", "Don't wait, book a table", "Don't wait – book today"; not "Don't
    worry – rest today", "Don't take our word for
    it, the reviews say the same");
    an imperative of any verb whose means is an act ("So drive him nuts
    by taking advantage of the great deals", "Celebrate by booking a
    table"; not "Several bloggers took part by giving …")
  - a request: "please consider…", "Will you join them?", "you can book…" (also "you can
      simply book", "you all can", "you are able to", "you'll be able to"
      and "Everyone can …", "All of you can …" with the act; not "Not
      everyone can …", nor "you can easily get lost"),
    "Can we count on you to give a little?"; after a frame that speaks
    only to the reader about their act any verb is an act, listed or not:
    "Will you rush $5 now?", "we're humbly asking you to pitch in", "don't
    forget to stick around tomorrow", "You have the power to forward this
    post", "you are invited to bring a dish", "Feel free to pass on
    names we should know about" (a permission counts when its act
    reaches the writer or a link, not "feel free to hand out whatever
    keeps the table friendly" or "feel free to ignore …"; never a verb of feeling,
    thought or waiting: "we encourage you to continue to …", "Will you
    remember …?", "Will you help me tell their stories?", which names the
    writer's act and not the reader's; not "in asking you to …", nor "more
    than we would ever ask you to give"); "you can follow us on Instagram" (not "you
    can follow the story"); "you can reach me at the office" (not "you can
    reach the summit"); "you have to stop in",
"you'll (just) have to come to the bash" with a verb of the list (not "you
    have to pay for it")
  - an offer put as a question or a condition: "why don't you drop in
    on Friday?", a question about the reader's wish to come or to give
    ("Would you like to join us on Sunday?", "Fancy joining us at the
    quiz?", "Care to volunteer at the fair?", also asked of "anyone" or
    "any of you", with "??" or a full stop after the inverted verb,
    "Would you be willing to help …?", "Do you fancy joining …?", "What
    about joining …?", "Wanna join …?"; not "Care to guess what
    happened?", "Want to help?", "Do you want to give up sugar?", "Would
    you like to join us, she asked."), a
    question about the reader's intent to act ("Are you going to take
    the pledge?", "Will you be joining us on Sunday?", "Are you joining
    us on Friday?", "Won't you join
    us at the litter pick?"; not "Are you going to take a break?", "Will
    you be surprised?", "Are you coming down with a cold?"), "if you'd like to help — with an hour or a gift — …" (not "We asked if
    you would like to join us", nor "If you want to book a table we will
    hold it …", which sets out the writer's promise),
    "if you'd like to take advantage of Priority Booking" (an offer
    named; not "… of it"), the reader's act put as the good it does
    after a condition on the reader ("if you've been thinking about a
    yarn club, then making that purchase this week will help two
    charities"; not "buying local helps the town"),
    "in case you want to add your own contribution, …" (an act named by
    the reader's noun; not "add your voice"), a
    request put as gratitude for a condition ("If you could chip in a
    dollar, it would be wonderful", "If you could spare $10, it would go a
    long way", also with no comma before "it would"; not "If you could see their faces, you
    would understand"), or the writer welcoming replies: "I'd welcome your questions"
  - an action phrase where an invitation stands (a clause's start, after
    "and", "please", "you can", "feel free to", or after a condition on the
    reader, or after any lead: "Make sure you stop by on Saturday"):
    "pop over to the events page and pick", "swing by the shop", "Pop
    down to the studio", "Stop into the shop", "Ring us on …", "Text me …",
    "save the date", "If you are out and about stop by", "let me know",
    "we'd like to hear from you" (also "we would like to …"), "I'm always happy to
      hear from you", "I'm happy to answer any questions" (not "happy to report …"),
    "you're invited", "consider yourself invited", "- reach out at the help desk"; not
    after a subject of its own ("drops show up", "whether you write back")
  - a request of the reader or a hope that they act: "We invite you to
    submit …", "we ask that you keep …", "We hope you'll visit us", "Hope
    you'll check it out", "I hope current subscribers will consider
    becoming paid subscribers" (not "I hope readers enjoyed it"), "I hope you accept the challenge and make your
    gift now", a hope that the reader goes to a place ("I hope you grab
    a scarf and then you'll head down to the market"; not "I hope you get
    to the end of the book", "I hope you went to the show"), "We would
    love to have you join us", or anyone's
    invitation to all: "Church members invite everyone to come out and
    join them"; the readers may be named as everyone, a share of them or
    a group, also in the passive: "We ask everyone who can to send three
    pounds", "I encourage all of you to sign", "Parents are warmly invited
    to come along", "You're cordially invited to the meeting on Tuesday", "Everyone is asked to bring a plate", and an
    invitation to an event names its day ("We'd like to invite all
    growers to the seed swap on Sunday"; not "All parents were asked …",
    "Our guests are encouraged to explore …", "We invite all members to
    the party of the century")
  - advice to the reader in a modal with an act: "you should go out and
    get a copy", "you might want to consider …", "you may wish to book", "you might like
      to book" (not "you should have
    come", "you should shop around and not buy the first deal", nor
    "you have to order what you want quickly because stock runs out",
    which names nothing to order and nowhere to order it; "… what you
    want at the farm shop" does); the
    present named as the moment to act: "this is a wonderful time to
    bring your family in", "now is the time to give", "now is the time
    to be registering" (not "Black Friday
    is the ideal time to buy"); the writer's counsel on the act, put
    as a judgement: "it might be worth reading the map on the site",
    "it's best to order the bulbs this month", "it's a much better idea
    to get the mower serviced now", "you are strongly encouraged to
    renew", "Our top tip is to book the early slot", "A safe bet for
    anyone sending gifts abroad is to order by Friday" (not "it's worth
    remembering …", "worth noting that …", "it's best to wait", "it's
    best to take it one day at a time", "it's a good idea to use short
    lines", "it was best to book early last year", "the orchard is worth
    visiting", "his advice is to …", "the best advice I ever got is to
    take it slow")
  - an imperative after a condition mid-sentence ("…, if you want to go,
    buy your tickets now", "…, but while we wait, whether the weather is
    fair or foul, come over and see the new yarns") or after a label ("Pro tip: start planning
    now"); "please" with any verb ("please recommend us to a friend", not
"please note", also before a clause ("please note the stalls must be set up
by noon"), "please keep in mind", "please excuse", "please expect fewer
emails", nor a plea for an
outcome with no means, "Please help us keep the children safe", or
with no act at all, "Please help so we can keep going"; "… by
giving $10" names the act), also after an aside ("But please, as
    well as spending your pennies in the big chains, try to buy …"); "you
    can learn more here", "you can see the photos from Bring Me the News"
    (a named place, not "from the road"); "enjoy this story …"; "So go, fellow learners,
    and peruse the catalogue"
  - a pointer to where to act: "the sign-up form is just below", "tickets are on
    sale at …", "The sign-up sheet is by the door", "Application forms are
    available at the front desk" (not "Forms were available …", "The form
    is due by the end of the month"), "the link to register is below", "Registration opens Monday",
    "the booking button will be up in the sidebar", a control the reader
    acts through ("You can fill out this form", "Just look for the Renew
    link"; not "You can print the schedule", "Look for the form in next
    week's email")
  - the reader's step named as such: "Your final step is to send payment",
    "All you need to do is reply" (also "All you need do is reply"), or the piece's lesson put as an act of
    the list ("So today's lesson is to stay on top of your renewals and
    buy time in bulk"; not "… is to stay calm"); a date put in the reader's calendar: "So
    hang on to that Saturday in your calendar", "Pencil in June 3", "Pencil in the 17th" (not "Keep warm on Saturday", "Hold the line")
  - an invitation to whichever reader it fits: "Anyone interested can email
    the farm", "Those who want a share should fill out the form", "Those who
    are interested can inquire at the shed" (not "so
    that anyone may comment", nor a bare "there is no fee, and anyone
    can shop"); an imperative after a statement and a
    semicolon, or after a colon that ends a clause: "Seats are limited;
    book yours at the counter", "Honour the day with your time: pick a
    charity and send it a little" (not a label: "Update: …"); a gift or
    an order put in the passive: "Donations can be dropped off at the
    desk", "Orders can be placed by replying", "Gifts to the roof fund
    can be made online at …", "Donations are accepted gladly at the desk",
    "Any last questions can be sent in here or on the forum",
    "Donations can also be made online", "Donations are gratefully
    received at the vestry door"
    (not "Boxes can be picked up on Tuesdays", "Donations to the shelter
    were made by the scouts"); "Tickets available at the door", "Tickets
    now available at …", "Tickets go on sale Monday at …", "Registrations
    are open at …" (not "Tickets went on sale …", "Registrations are
    closed")
  - the gift laid out as a label and its items: the ways to give ("Ways
    to donate: the jar by the till, a cheque, the online form", "How you
    can help: …") or what a drive needs ("Coat drive needs: gloves,
    scarves, boots"); not a label about anything else ("Ingredients
    needed: flour, eggs", "Ways to help your garden: mulch, water") nor
    a clause with a colon ("The pantry's needs have grown: …")
  - a fundraiser's ask put around the gift: its worth ("Whatever you
    can give will help", "Any amount you can spare makes a
    difference"; not "Whatever you gave helped"), thanks for weighing
    it ("Thank you for considering a gift before Friday"; not "…
    considering our point"), the door left open for it ("If you haven't
    given yet, it's not too late"; not "If the weather turns, it's not
    too late"), or money sent ("If you listen, send the station a few
    dollars"); an amount after "chip in" ("Chip in £5 today"; not "Chip
    in where you can"), "consider" with the act, with or without
    "please" ("Consider a small monthly gift", "I hope you'll consider
    joining"; not "Consider the lilies", "I hope you'll consider what we
    said"), "Won't you consider a gift?", and the act named with an
    article ("Make a donation today", "you can make a gift online"; not
    "Make a wish")
  - a time and a place: "See you at the market on Saturday", "hope to see you
    there", "We'd love to have you there", "We look forward to welcoming
    you on Saturday at the orchard" (also "… on Saturday the 17th at the orchard"; not "It was lovely to see you at …", "We were glad to see you there last year"),
    "We hope to see many of you at the open house on Friday", "I'd love
    to see any and all of you there", "Hope to see you
for the quiz on Thursday night", "I hope to see you this Friday for our
first winter market", "We look forward to seeing you over the next few
Saturdays for your weekend shopping" (not "See you for another issue on
Friday", nor "… seeing you for your weekend shopping" with no day), "I hope to see you between 2 and 8 pm", "Will we see you on Sunday?", "Will we see you at the fair?" (not "Will we see you grow?"), "Doors open at 7 pm", "Doors at 7 pm" (not "the doors at the back"),
    "All are welcome", "Everyone is invited." (not "Everyone was invited.", nor "Everyone is welcome to an opinion"), "New members are always welcome", "Walk-ins
    welcome", "All ages welcome", "The festival is free and open to the public",
    "Free admission", "Entry is free", "Free to attend on Saturday" (not with no day) (not "children receive free admission", "Entry
    was free", "Entry is free for members only"), a price to get in with where to pay it ("Admission is $5
    at the door", "Admission is five pounds at the door"; not "Tickets
    are £12 for adults"),
    "They are open from 7 am to 2 pm, Wednesday to Sunday", "We are open
    from 9 to 5, Tuesday to Saturday" (hours need no am or pm), "Our stall
    hours will be Tuesdays and Fridays 2-6 pm", "we will open
    from 9 am to 1 pm", "A guided walk is available at 11 am", an event
    still to come with its hours ("The beach sweep will go from 8 a.m. to
    11 a.m.", "The litter pick is scheduled for Saturday from 9 am to noon";
    not "was scheduled", nor "… but has been postponed") or under way with its hours and a place ("The launch continues
    on Friday 10-8 at the West Street shop" (hours joined by a hyphen, also "from 10-4"), "The fair takes place on
    Saturday from 10 to 4 on the green", "The book sale is from 8 am to 2
    pm Saturday at 12 Orchard Road", "The plant swap is being held on
    Sunday from 10 to 2 in the hall", "It's on Sunday from 10 to 2 in the
    hall" (not "She's on Saturday from 10 to 4 on the till"), a group's regular meeting with its
    time and place, "We meet on Tuesdays at 7 pm at the Crown", "We are
    meeting on Thursday at 7 pm at the Anchor" (not "We
    met …", "We used to meet …", nor one with no place), the writer who
    will be at a place with hours, "We'll be at the market on Saturday
    from 9 till 1" (not "We were at …", "We'll probably be at …", "We'll
    be at the market next year"); not "… from 9 to 10 in the morning"; not "A 5K run kicks off at 6
    pm"), or the event laid out as fields at the end ("When: Saturday,
    5 pm" and "Where: the hall"); the reader urged not to miss an event
    with its date beside it ("Next up: the picnic on June 13th! You won't
    want to miss it!") or reminded of it ("Don't forget the plant swap is
    on Saturday") or asked to join it ("The swap is on Sunday. Are you
    in?"; not "Are you in?" alone), though not without one ("You do not want to miss
    this week!!") or hours put as a hedged plan ("we'll probably be open
    from 4 pm")
  - an open door: "There's still time to sign up", "you still have time
    to order a cake" (not "I still have time to order more flour", nor
    "you still have time to think"), "It's not too early to
    make your interests known", "Suggestions are welcome at …", "More
    details can be found on the volunteers page", "full details live
    here", "You can also gift a preorder", "We are taking bookings",
    "Spaces are limited, so book early" (also with no comma when the
    imperative ends on when to act, "so book early"; not "so we went home
    early"), "the show is well worth a visit",
    "I hope that you will attend …", "you know where to find us", "the
    winner's name is on the list so bring a valid ID", "soup or pie as
    options so come out and eat"; the shops that stock the goods: "The
    jam is sold at the Saturday market", "Prices start at $9 and can be
    found everywhere from Acme to Bolt" (a name in capitals after "at" or
    "from" counts beside a price; not "$20 and available in Navy and
    Cream", "can be found everywhere from the hedges to the orchard",
    "was sold at the market", "is no longer sold in the shops")
  - a link whose text is an action, or a link that stands alone like a button
    or ends the piece after a short label and a colon or dash ("Event
    page - [https://…](…)"; not a credit: "Photo: [name](…)");
    a verb in capitals that leads a line ("CLICK HERE to visit the fund's
    page"), though not a line wholly in capitals ("SHOP NOW") unless it
    addresses the reader ("BRING YOUR BEST PIE"), reaches the writer
    ("JOIN US ON SATURDAY") or names its day ("BOOK BY FRIDAY")
A cta: in front matter (the theme renders it as a button) or a closing section
headed like "Next step", "Try this", "What to do now" or "Your turn" also counts,
as does a closing heading that names a task set for the reader ("Writing
prompt", "This week's challenge", or a list of chores with its purpose,
"Jobs for the garden", also as a label line "Some jobs for the
garden:") over a section that opens on the task's verb ("Describe the
kitchen you grew up in", "- Sweep the leaves off the lawn"; not "Prompts
that failed", a bare "Challenge" or "Jobs:", "Our jobs for the garden:",
or "Your homework" over "Most teachers set it …").
Exhortations ("Stay tuned!", "Now get out there and grind!", "So, come on
spring!" (not "come on down", "come on Saturday"), "Picture the possibilities", "Watch this space",
"Tune in next week to find out", "Check back for more soon", "Be sure to check
back next week" (a return to a place named, with no later time, is a
step: "please check back here before you drive out", "check back on the
Clearance tab", "Thanks for your interest, and keep checking back
here"), "Check our Facebook page for updates" (not "Check the website
for the full menu"), "Please look out for announcements", "You'll
have to keep following the blog", "follow us on social media" (no channel
named, no link; "follow us on Instagram" counts), "Take a
deep breath", "Take a bow", "My advice: hang in there", "Ask yourself …", "Why not go the whole hog …",
"Why not say something …"), warnings ("Try not to …", "you better check
yourself", "Read the fine print", "check the small print", "read your emails
carefully"), comparisons ("better than anyone can find …"), rules ("First
come first serve"), labels ("Update April 2023: …"), someone else's quoted
words ("Why don't you write every Friday?" she said) or an ad's words in
quotes ("these “one day only, buy one get one” deals"), a clause describing a
noun ("five shows that you should check out"), a clause that names a topic
("a lecture on why you should start with the reader"), an obligation ("You must RSVP
…"), rhetorical questions ("Isn't it time?", "See?", "See what I mean?"), a
short question that names a topic ("Next open day?"), a one-word answer to the
writer's own question ("Signed copies? Check."), a heading that names
a topic ("Order processing", "Purchase Protection"), a title that opens on
a verb ("Come to the Moon attendees will revel …"), a time after "come"
("Come September, we …"), sign-offs ("Thanks for reading",
"See you next week", "See you Monday") and reflections do not, and neither
does a link buried in the middle of the piece. Nor do a policy's
instruction for a problem ("If you decide to cancel, just email …",
and a plan's terms, "If you decide to sign up, you get 5% off"), "If
you have questions about your order, contact customer service", "If
you are not able to support us this way, you can request a refund", "…,
if you are moving, let us know, as we cannot refund parcels sent to old
addresses"; "If you have questions, reply" still invites, also beside trouble
("Should you have any trouble or questions, please write to us"), and so does a problem still
going on, the one a status note reports: "If you are still having trouble
signing in, please email the help desk"), a step in a clause that says
when something happens ("… sell out before you can check out", "the
page checks if tickets are still available"), a consequence ("…, you can
listen to it any time"), how-to advice that neither links nor names the
writer nor lands on the reader ("Use short subject lines", "Compare the
prices before you move"; "simply re-add yourself to the waiting list"
invites), a deal's terms ("Buy one, get one free"), a template with
placeholders ("Hey [First Name], … Shop now"), rules for members
("Please don't take from the marked boxes", "Please arrive within your
time slot", "please adhere to all rules", "We ask that you keep the same pick-up day"; "Please don't
hesitate to email us" still invites), a run of three or more bare
imperatives with no link and no word of the writer ("Watch a film. Read
aloud. Call your aunt."), advice about the reader's own business ("Take
time to try that recipe you've been putting off"), an action phrase
after a subject and a verb group ("They may also go to the market"), a
name that starts with a verb ("Post Office hours are shorter", "Book
Fair — 11/27" in a list of events), a verb's form that describes the
subject after it ("Open houses are great", "Pre-order windows will be
short", "Search parties went out at dawn"), a
pointer in an aside ("(newsletter link above)"), a pointer at the page
itself ("Look at that red scarf with the tassels", "Please see the photo
below", "Check out the photos below", "Check this out – our permit:",
"take a few minutes to go over this newsletter", "More details are below"; "Look at these prices at the farm
shop" names a place, and "the sign-up form is just below" is where to
act), an adjective that spells a verb ("Complete mayhem."), watching
the writer's pages ("Watch our events page for the date", with no
link), a supposition ("Say you sell ten candles at your party"; "Say
hello to the team" asks), a concession ("try as we might"), a verb of
grasping ("I want you to get a sense of the costs"), a subject whose own
verb follows an adverb ("Book club also meets on Tuesdays"), a verb's
form before a subject ("Next post I'll share the photos"), a door the
writer will close ("we will stop taking registrations"), what others do
not do ("most buyers do not check out"), a resource that is not there
("No further details are available at the moment"), a find with
nothing named ("I encourage you to find what you love"), a caption
("View from the hill"), or an invitation in the
section before a closing section that has a full paragraph. A
recommendation ("we recommend registering early", "Booking early is
recommended", "We suggest bookings for the quiz night", "Reservations are
recommended", "Booking ahead is advised", "Booking is essential", "it is
recommended that you book ahead"; not "We recommend this book" nor "recommended by the
critics"), "I want you to send
…", "Thank you in advance for …", "please do volunteer!", an imperative
marked by "do" ("Do reserve a seat", "places are few so do book
soon"; not "so do we", "Do note that …"), a bare "please do" after a
condition that names the reader's act ("If you can drop tins off at
the hall, then please do"; not "If the weather holds, please do"), a
headline's call after a dash ("Be part of the story—pre-order now"), a
step in place of another ("So instead of a lie-in, grab a basket …"), a
request after patience ("Please be patient with us, and send us your
thoughts") and "please remember us for the extra beans" count; "open to
new ideas", "We will be open for our regular hours through Saturday",
"We look forward to welcoming you all", a date with no place, a
schedule of places ("Location: Read Table"), a wait ("Watch for our
emails", "listen for the quiet answers"), a request in an aside
("drinking water (please bring a bottle), sunscreen …"), an event that
took place ("The beach sweep went from 8 a.m. to 11 a.m."), a hope with a
figurative destination ("Hope you come with me on the journey"), "Dogs
are welcome on the terrace", "It's not too early to think about spring" and a
hypothetical ("Would you sign with an agency if its website took a
minute to load?") do not. Pieces shorter than minWords
are not checked. Reported at the end of the piece, with a suggestion that
fits how it ends. The verb list is extendable (actions = [...]).`,
	Why: `A reader who finishes and agrees still has to decide what to do. Naming one
concrete step (with a link when there is one) turns attention into action and
tells them what you want from them.`,
	Before: "That's all for this week. Thanks for reading!",
	After:  "Try the two-draft habit on your next email, then hit reply and tell me how it went.",
	Settings: []lint.Setting{
		{Name: "minWords", Default: defaultNextStepMinWords, Doc: "pieces shorter than this are not checked"},
		{Name: "actions", Default: []string(nil), Doc: "extra verbs that invite the reader to act"},
	},
	Build: buildNextStep,
})

type nextStep struct {
	verbs map[string]bool
}

func buildNextStep(s *lint.Settings) (func(*lint.Pass), error) {
	ns := &nextStep{verbs: set(wordList("actions"), lint.Extra(s.List("actions"), "actions"))}
	minWords := s.Int("minWords")
	return func(p *lint.Pass) {
		t := p.Text
		if p.Page.CTA != nil && p.Page.CTA.Text != "" {
			return
		}
		body := bodyUnits(t)
		words := 0
		for _, u := range body {
			words += t.Units[u].Words
		}
		if len(body) == 0 || words < minWords {
			return
		}
		region, from := endRegion(t, body, p.Page.Source)
		// Tried from the last unit, where a piece's call usually
		// stands: invites only answers, so the order cannot change
		// whether one of them invites.
		for i := len(region) - 1; i >= 0; i-- {
			u := region[i]
			if verse(t, t.Units[u], p.Page.Source) {
				continue // a song's words, "♪Come along, come along♪", are not the writer's call
			}
			if ns.invites(t, t.Units[u], from, p.Page.Source) {
				return
			}
		}
		if givingList(t, region, from) {
			return // "Ways to donate: online, by cheque, at the door" lays out the gift
		}
		if eventDetails(t, region) {
			return // "When: Saturday, 5 pm" and "Where: the hall" lay out an event to come to
		}
		last := t.Units[body[len(body)-1]]
		lastSentence := t.Sentences[t.Tokens[last.Tok1-1].Sentence]
		p.ReportTokens(lastSentence.Tok0, lastSentence.Tok1,
			"The piece ends without a next step: the last section invites the reader to do nothing specific",
			nextStepHint(t, region, t.Tokens[lastSentence.Tok0:lastSentence.Tok1]))
	}, nil
}

// bodyUnits lists the indexes of the body's units (not front matter).
func bodyUnits(t *lint.Text) []int {
	var out []int
	for i, u := range t.Units {
		if u.Kind != lint.KindMeta {
			out = append(out, i)
		}
	}
	return out
}

// endRegion is the end of the piece: the last heading and the section
// after it, whatever its length, plus the last two paragraphs. A heading
// before any paragraph is the piece's title and heads no section.
// A short line ending in a colon ("Sale details:") heads a section as a
// heading does.
// A closing tail (a sign-off, the writer's name, a P.S., a verse sung
// to the reader) belongs to the
// region and does not push the paragraphs before it out. When the last
// paragraphs are one-liners, the end reaches back over whole sentences
// until it spans minEndWords: the returned token index is where it
// starts, so that an aside early in a long paragraph before a short close
// ("Feel free to give something away … Freebies are cool.") stays out,
// while a request that closes that paragraph counts.
func endRegion(t *lint.Text, body []int, src []byte) ([]int, int) {
	n := len(body)
	for n > 1 {
		if closing(t, t.Units[body[n-1]]) || verse(t, t.Units[body[n-1]], src) || signatureBlock(t, t.Units[body[n-1]], src) {
			n--
			continue
		}
		// a short unpunctuated line after a sign-off signs it, whatever
		// its words: "Thank you for reading. / Priya and the Tuesday crew"
		if n > 2 && signatureLine(t, t.Units[body[n-1]]) && closing(t, t.Units[body[n-2]]) {
			n -= 2
			continue
		}
		break
	}
	lastHeading := -1
	seenParagraph := false
	for k, u := range body[:n] {
		// a heading before any paragraph titles the piece: it opens no
		// section of its own, so the whole piece is no "last section"
		if (t.Units[u].Kind == lint.KindHeading || k+1 < n && labelLine(t, t.Units[u])) && seenParagraph {
			lastHeading = k
		}
		if t.Units[u].Kind == lint.KindParagraph && !labelLine(t, t.Units[u]) {
			seenParagraph = true
		}
	}
	from := n - 2
	paras := 0
	for k := n - 1; k >= 0; k-- {
		if t.Units[body[k]].Kind != lint.KindHeading && k != lastHeading {
			paras++
			if paras == 2 {
				from = min(from, k)
			}
		}
	}
	if lastHeading >= 0 {
		from = min(from, lastHeading)
	}
	// a closing section with a full paragraph of its own is the end: an
	// invitation in the section before it ("the quiche is new; give it a
	// try") belongs to that section's topic, not to the close
	if lastHeading >= 0 && lastHeading < n-1 {
		words := 0
		for k := lastHeading + 1; k < n; k++ {
			words = max(words, t.Units[body[k]].Words)
		}
		if words >= sectionEndWords {
			from = max(from, lastHeading)
		}
	}
	from = max(from, 0)
	// An email written in one-line paragraphs ends with several short
	// ones: the end is the last few lines that make up minEndWords, up to
	// five paragraphs, within the last section. A full paragraph among
	// the last two (sectionEndWords or more) makes them no one-liners.
	words, paras, longest := 0, 0, 0
	for k := from; k < n; k++ {
		words += t.Units[body[k]].Words
		longest = max(longest, t.Units[body[k]].Words)
		paras++
	}
	if longest >= sectionEndWords {
		words = minEndWords // a full paragraph among the last two is no one-liner
	}
	start := 0
	for from > 0 && words < minEndWords && paras < 5 && t.Units[body[from]].Kind != lint.KindHeading && from != lastHeading && t.Units[body[from-1]].Kind == lint.KindParagraph && t.Units[body[from-1]].Words < sectionEndWords {
		from--
		u := t.Units[body[from]]
		need := minEndWords - words
		words += u.Words
		paras++
		if words > minEndWords {
			start = tailStart(t, u, need)
		}
	}
	return body[from:], start
}

// tailStart is the first token of the shortest run of whole sentences
// that ends the unit and spans at least need words.
func tailStart(t *lint.Text, u lint.Unit, need int) int {
	start, got := u.Tok1, 0
	for start > u.Tok0 && got < need {
		s := t.Sentences[t.Tokens[start-1].Sentence]
		for k := max(s.Tok0, u.Tok0); k < start; k++ {
			if t.Tokens[k].Kind == lint.Word {
				got++
			}
		}
		start = max(s.Tok0, u.Tok0)
	}
	return start
}

// minEndWords is how many words the end of a piece spans at least when its
// last paragraphs are one-liners.
const minEndWords = 60

// sectionEndWords is how long a paragraph of the last section must be for
// that section alone to make the end.
const sectionEndWords = 40

// closing reports whether a unit closes a letter rather than saying
// something: a P.S., a sign-off ("Thanks for reading,", "With love,") or
// a signature (a few capitalised words, with initials or a title: "Dr.
// Mary L. Trump").
func closing(t *lint.Text, u lint.Unit) bool {
	if u.Kind != lint.KindParagraph || u.Tok0 >= u.Tok1 {
		return false
	}
	toks := t.Tokens[u.Tok0:u.Tok1]
	for len(toks) > 1 && toks[0].Kind == lint.Punct && strings.ContainsAny(t.Word(&toks[0]), "—–-~") {
		toks = toks[1:] // "— Angela", "-- Sam"
	}
	first := t.Norm(&toks[0])
	if (first == "p" || first == "ps" || first == "pps") && (len(toks) == 1 || toks[1].Kind == lint.Punct || first != "p") {
		return true // P.S., PS, P.P.S.
	}
	if thanksLine(t, toks) || creditLine(t, toks) || wellWishLine(t, toks) || doneLine(t, toks) || praiseLine(t, toks) {
		return true
	}
	if u.Words > 8 {
		return false
	}
	if signOffs[first] || t.Word(&toks[len(toks)-1]) == "," {
		return true
	}
	for _, tk := range toks {
		if tk.Kind == lint.Punct && t.Word(&tk) != "," && t.Word(&tk) != "." || tk.Kind == lint.Word && !initialUpper(t.Word(&tk)) && t.Norm(&tk) != "of" && t.Norm(&tk) != "the" && t.Norm(&tk) != "and" {
			return false
		}
	}
	return u.Words <= 6
}

// thanksLine reports a short paragraph that only thanks the reader,
// "Either way, thank you for reading this far.", "Thank you for supporting
// the project.": a sign-off, however long its object, that closes the
// letter as "Thanks for reading" does. A thanks that goes on to ask
// ("Thanks, and reply if …") or links is more than a sign-off.
func thanksLine(t *lint.Text, toks []lint.Token) bool {
	if wordCount(toks) > maxThanksWords || slices.ContainsFunc(toks, func(tok lint.Token) bool { return tok.Link() }) {
		return false
	}
	i := 0
	// a lead set off by a comma: "Either way, thank you", "Again, thanks"
	for j := 0; j < len(toks) && j <= 2; j++ {
		if t.Word(&toks[j]) == "," {
			i = j + 1
			break
		}
	}
	switch t.Norm(&toks[min(i, len(toks)-1)]) {
	case "thanks":
	case "thank":
		if norm(t, toks, i+1) != "you" {
			return false
		}
	default:
		return false
	}
	// one sentence: a second one may be the ask
	for k := i; k < len(toks); k++ {
		if w := t.Word(&toks[k]); (w == "." || w == "!" || w == "?") && k+1 < len(toks) {
			return false
		}
	}
	return true
}

// praiseLine reports a short closing line that only praises and thanks
// the readers, "You are all amazing. Thanks for everything you do!",
// "Your support is wonderful.": a farewell, as a thanks line is. A line
// that goes on to ask ("You are all amazing. Bring a friend!") is more.
func praiseLine(t *lint.Text, toks []lint.Token) bool {
	if wordCount(toks) > maxPraiseWords || hasLink(toks) {
		return false
	}
	praised := false
	for start := 0; start < len(toks); {
		end := start
		for end < len(toks) && !sentenceEnd(t, toks[end]) {
			end++
		}
		for end < len(toks) && sentenceEnd(t, toks[end]) {
			end++
		}
		s := toks[start:end]
		switch {
		case readerPraise(t, s):
			praised = true
		case thanksLine(t, s):
		default:
			return false
		}
		start = end
	}
	return praised
}

// maxPraiseWords is how long a closing line of praise and thanks may be.
const maxPraiseWords = 16

// sentenceEnd reports a full stop, an exclamation or a question mark.
func sentenceEnd(t *lint.Text, tk lint.Token) bool {
	if tk.Kind != lint.Punct {
		return false
	}
	w := t.Word(&tk)
	return w == "." || w == "!" || w == "?" || w == "…"
}

// readerPraise reports a sentence that only praises the readers or
// their support: "You are all amazing.", "Your support is wonderful!",
// "You guys rock." is left to the reader's ear; only a copula and one
// word of praise count.
func readerPraise(t *lint.Text, s []lint.Token) bool {
	i := 0
	switch norm(t, s, i) {
	case "you", "y'all":
		i++
		if norm(t, s, i) == "are" {
			i++
		}
	case "you're":
		i++
	case "your":
		i += 2 // "your support", "your generosity"
		if w := norm(t, s, i); w != "is" && w != "are" && w != "has" {
			return false
		}
		i++
		if norm(t, s, i-1) == "has" && norm(t, s, i) == "been" {
			i++
		}
	default:
		return false
	}
	if i > 1 && norm(t, s, 0) == "you" && norm(t, s, 1) != "are" {
		return false
	}
	for norm(t, s, i) == "all" || norm(t, s, i) == "so" || norm(t, s, i) == "truly" || norm(t, s, i) == "simply" || norm(t, s, i) == "just" || norm(t, s, i) == "the" {
		i++
	}
	if i >= len(s) || s[i].Kind != lint.Word || !praiseWords[t.Norm(&s[i])] {
		return false
	}
	i++
	return i < len(s) && sentenceEnd(t, s[i]) || i == len(s)
}

// praiseWords praise the readers in a closing line.
var praiseWords = wordSet(`amazing awesome wonderful incredible fantastic brilliant best appreciated
marvellous marvelous superstars stars heroes legends phenomenal`)

// signatureBlock reports a signature of a few lines, a name and then a
// role: "Jo Marsh / Director of Volunteers", "Ann Lee – Treasurer / Bo
// Chan – Secretary". Each line is short, starts with a capital and ends
// without a full stop; the first is a name of capitalised words with no
// figures, so an address or a list of dates is none.
func signatureBlock(t *lint.Text, u lint.Unit, src []byte) bool {
	if u.Kind != lint.KindParagraph || u.Tok0 >= u.Tok1 || u.Words > maxSignatureWords {
		return false
	}
	lines := 1
	first := true
	for k := u.Tok0; k < u.Tok1; k++ {
		tk := &t.Tokens[k]
		newLine := k > u.Tok0 && bytes.IndexByte(src[t.Tokens[k-1].End:tk.Start], '\n') >= 0
		if newLine {
			lines++
			first = false
			if w := t.Word(&t.Tokens[k-1]); w == "." || w == "!" || w == "?" || w == ":" {
				return false
			}
			if tk.Kind != lint.Word || !initialUpper(t.Word(tk)) {
				return false
			}
		}
		if first && !(tk.Kind == lint.Word && initialUpper(t.Word(tk)) || tk.Kind == lint.Punct && strings.ContainsAny(t.Word(tk), "—–-,")) {
			return false // the name line holds capitalised words, and a dash before a role
		}
		if tk.Kind == lint.Number {
			return false
		}
	}
	last := t.Word(&t.Tokens[u.Tok1-1])
	return lines >= 2 && lines <= 4 && last != "." && last != "!" && last != "?" && last != ":"
}

// maxSignatureWords is how long a signature of a few lines may be.
const maxSignatureWords = 20

// doneLine reports a short line that only says the letter is over, "So
// I think that's it for this week. Bye!", "That's all for now!": a sign-off, as "Bye for now" is. Anything more after it ("That's
// all for now. Book a table for Friday.") is more than a sign-off.
func doneLine(t *lint.Text, toks []lint.Token) bool {
	if wordCount(toks) > maxDoneWords || hasLink(toks) {
		return false
	}
	i := 0
	// "So I think", "Well, …"
	for i < len(toks) && (toks[i].Kind == lint.Word && doneLeads[t.Norm(&toks[i])] || i > 0 && t.Word(&toks[i]) == ",") {
		i++
	}
	switch {
	case norm(t, toks, i) == "that's":
		i++
	case norm(t, toks, i) == "that" && norm(t, toks, i+1) == "is":
		i += 2
	default:
		return false
	}
	if norm(t, toks, i) == "about" || norm(t, toks, i) == "just" {
		i++
	}
	if w := norm(t, toks, i); w != "all" && w != "it" {
		return false
	}
	i++
	if norm(t, toks, i) == "for" {
		i++
		if determiners[norm(t, toks, i)] {
			i++
		}
		if i >= len(toks) || toks[i].Kind != lint.Word || !doneTimes[t.Norm(&toks[i])] {
			return false
		}
		i++
	}
	if i >= len(toks) || toks[i].Kind != lint.Punct {
		return false
	}
	// after the line, only a farewell of a word or two: "Bye!"
	words := 0
	for _, tk := range toks[i:] {
		if tk.Kind == lint.Word {
			words++
		}
	}
	return words <= 3
}

// maxDoneWords is how long a line that closes the letter may be.
const maxDoneWords = 14

// doneLeads may open a closing line: "So I think that's it".
var doneLeads = wordSet(`and so well ok okay anyway i think guess reckon believe yep`)

// doneTimes end a closing line: "that's all for now", "for this week".
var doneTimes = wordSet(`now today tonight week month time year issue update post`)

// wellWishLine reports a short line that sends the reader off with a
// wish for their weather or health, "Stay dry – a pot of tea and thick
// socks do it for me", "Keep safe, all of you": a sign-off as "Take care"
// is, whatever the aside after it.
func wellWishLine(t *lint.Text, toks []lint.Token) bool {
	if wordCount(toks) > maxWishWords || hasLink(toks) {
		return false
	}
	switch norm(t, toks, 0) {
	case "stay", "keep", "be":
		return wellWishes[norm(t, toks, 1)]
	}
	return false
}

// maxWishWords is how long a closing wish may be, with its aside.
const maxWishWords = 16

// wellWishes follow "stay", "keep" or "be" in a closing wish.
var wellWishes = wordSet(`warm safe cool dry healthy well cozy cosy`)

// signatureLine reports a short line that ends without a full stop and
// starts with a capital, as a signer's name does ("Priya and the Tuesday
// crew", "The team at the shop").
func signatureLine(t *lint.Text, u lint.Unit) bool {
	if u.Kind != lint.KindParagraph || u.Tok0 >= u.Tok1 || u.Words > 6 {
		return false
	}
	first, last := &t.Tokens[u.Tok0], &t.Tokens[u.Tok1-1]
	if first.Kind != lint.Word || !initialUpper(t.Word(first)) {
		return false
	}
	w := t.Word(last)
	return w != "." && w != "!" && w != "?" && w != ":"
}

// creditLine reports a short credit under the piece ("Photo: Noreimis, all
// smiles in her new shoes", "Photo by Patricia Calderón"): a caption, not
// one of the writer's paragraphs.
func creditLine(t *lint.Text, toks []lint.Token) bool {
	if len(toks) < 2 || !credits[t.Norm(&toks[0])] || t.Norm(&toks[0]) == "posted" {
		return false
	}
	return wordCount(toks) <= maxCreditWords && (t.Word(&toks[1]) == ":" || t.Norm(&toks[1]) == "by" || t.Norm(&toks[1]) == "credit")
}

// wordCount is how many of toks are words.
func wordCount(toks []lint.Token) int {
	n := 0
	for k := range toks {
		if toks[k].Kind == lint.Word {
			n++
		}
	}
	return n
}

// maxCreditWords is how long a credit line may be.
const maxCreditWords = 20

// maxThanksWords is how long a thank-you line may be and still sign off.
const maxThanksWords = 12

// verse reports a paragraph set between music notes ("♪For auld lang
// syne, my dear, …♪"): a song's words quoted to close a letter, not the
// writer's own last paragraph. The notes are no tokens: they are looked
// for on the paragraph's first and last lines, around its words.
func verse(t *lint.Text, u lint.Unit, src []byte) bool {
	if u.Kind != lint.KindParagraph || u.Tok0 >= u.Tok1 {
		return false
	}
	start, end := int(t.Tokens[u.Tok0].Start), int(t.Tokens[u.Tok1-1].End)
	if start > len(src) || end > len(src) {
		return false
	}
	lineStart := bytes.LastIndexByte(src[:start], '\n') + 1
	lineEnd := len(src)
	if i := bytes.IndexByte(src[end:], '\n'); i >= 0 {
		lineEnd = end + i
	}
	note := func(b []byte) bool { return bytes.ContainsRune(b, '♪') || bytes.ContainsRune(b, '♫') }
	return note(src[lineStart:start]) && note(src[end:lineEnd])
}

// invites reports whether a unit invites the reader to act, in its
// sentences that end after token from.
func (ns *nextStep) invites(t *lint.Text, u lint.Unit, from int, src []byte) bool {
	if u.Kind == lint.KindHeading {
		return ns.nextStepHeading(t, u.Tok0, u.Tok1, src) || taskHeading(t, u)
	}
	if taskLabel(t, u) && taskHeading(t, u) {
		return true // "Some jobs for the garden:" heads a list of chores as a heading would
	}
	if u.Tok0 < u.Tok1 && templateText(src, int(t.Tokens[u.Tok0].Start), int(t.Tokens[u.Tok1-1].End)) {
		return false // "Hey [First Name], … Shop now." is a template shown, not the writer's call
	}
	series := ns.adviceSeries(t, u)
	var prev []lint.Token
	for k := u.Tok0; k < u.Tok1; {
		s := t.Sentences[t.Tokens[k].Sentence]
		if s.Tok1 <= from {
			prev = t.Tokens[max(s.Tok0, u.Tok0):s.Tok1]
			k = s.Tok1
			continue
		}
		// an aside in parentheses is a note to the sentence, not its call
		toks := withoutAsides(src, t.Tokens[s.Tok0:s.Tok1])
		if answer(t, toks, prev) {
			prev = toks
			k = s.Tok1
			continue // "A commentary track? Check." answers its own question
		}
		if ns.invitation(t, toks) && !(series && ns.verbAt(t, toks, skipLeads(t, toks, 0))) {
			return true
		}
		if joinsIn(t, toks) && dated(t, prev) {
			return true // "The swap is on Sunday at the hall. Are you in?"
		}
		if notToMiss(t, toks) && (dated(t, toks) || dated(t, prev)) {
			return true // "Next up: the picnic on June 13th! You won't want to miss it!"
		}
		prev = toks
		k = s.Tok1
	}
	// a link whose text is an action, "… or [download the checklist](…)",
	// or a link that stands alone like a button: "[Triple my gift now →](…)"
	for k := u.Tok0; k < u.Tok1; k++ {
		tk := &t.Tokens[k]
		if !tk.Link() || k > u.Tok0 && t.Tokens[k-1].Link() || k < from {
			continue
		}
		end := k
		for end < u.Tok1 && t.Tokens[end].Link() {
			end++
		}
		if ns.verbAt(t, t.Tokens[k:end], 0) || k == u.Tok0 && (end == u.Tok1 && end-k >= 2 && !signOffLink(t, t.Tokens[k:end]) || phrasalStart(t, t.Tokens[k:end])) {
			return true
		}
		if labelledLink(t, u, k, src) {
			return true
		}
		k = end - 1
	}
	return false
}

// joinsIn reports a short question that asks the reader to join what
// the sentence before it set out: "Are you in?", "You in?", "Who's in?".
// It stands for the invitation only after an event with its day; "Are
// you in the photo?" asks something else.
func joinsIn(t *lint.Text, toks []lint.Token) bool {
	i := skipPunct(toks, 0)
	switch norm(t, toks, i) {
	case "are":
		i++
		if norm(t, toks, i) != "you" {
			return false
		}
	case "you", "who's":
	default:
		return false
	}
	return norm(t, toks, i+1) == "in" && i+2 < len(toks) && t.Word(&toks[i+2]) == "?"
}

// labelledLink reports a link that ends its paragraph after a short
// label set off by a colon or a dash, "Facebook event - [link](…)",
// "Tickets: [link](…)": a button with its caption. A credit or a filing
// ("Photo: [name](…)", "Filed under: [News](…)") names a source instead.
func labelledLink(t *lint.Text, u lint.Unit, link int, src []byte) bool {
	tok0 := u.Tok0
	if link == tok0 || link-tok0 > 4 {
		return false
	}
	// the link runs to the paragraph's end; punctuation inside its text
	// ("https://…") carries no link mark of its own
	end := link
	for end < u.Tok1 && (t.Tokens[end].Link() || t.Tokens[end].Kind == lint.Punct && (end+1 == u.Tok1 || t.Tokens[end+1].Link())) {
		end++
	}
	if end != u.Tok1 || signOffLink(t, t.Tokens[link:end]) || signOffs[t.Norm(&t.Tokens[tok0])] {
		return false // "Thanks - [Unsubscribe](…)" closes the letter
	}
	for k := tok0; k < link; k++ {
		tk := &t.Tokens[k]
		if tk.Kind == lint.Punct && (k != link-1 || t.Word(tk) != ":") || tk.Quoted() || credits[t.Norm(tk)] {
			return false
		}
	}
	last := &t.Tokens[link-1]
	if t.Word(last) == ":" {
		return link-1 > tok0
	}
	from, to := int(last.End), int(t.Tokens[link].Start)
	return from < to && to <= len(src) && bytes.ContainsAny(src[from:to], "-–—")
}

// credits label a link to a source or a filing, not to a step.
var credits = wordSet(`photo photos image images picture pictures source sources via credit credits
illustration illustrations artwork cover posted filed tags tagged category categories
originally published republished reposted written by author edited translated previously previous related`)

// signOffLink reports link text that closes a newsletter rather than
// inviting: "Unsubscribe", "View in browser".
func signOffLink(tx *lint.Text, toks []lint.Token) bool {
	switch tx.Norm(&toks[0]) {
	case "unsubscribe", "view", "manage", "update", "privacy":
		return true
	}
	return false
}

// invitation reports whether a sentence invites the reader to act: an
// imperative, a request ("please …", "will you …"), an action phrase
// anywhere ("take a look", "swing by the shop"), or a pointer to the place
// to act ("the sign-up form is just below").
func (ns *nextStep) invitation(tx *lint.Text, toks []lint.Token) bool {
	if quotedSpeech(toks) {
		return false // "Why don't you start one?" he said: words reported, not addressed to the reader
	}
	if serviceCondition(tx, toks) {
		return false // "If you decide to cancel, just email …" states a policy for a problem
	}
	if ns.imperative(tx, toks) || ns.offeredAction(tx, toks) || ns.stepFrame(tx, toks) || calendarHold(tx, toks) || ns.genericReader(tx, toks) || ns.clauseAfterSemicolon(tx, toks) || ns.afterBreak(tx, toks) || welcomesReply(tx, toks) || worthATry(tx, toks) || seeYouAt(tx, toks) || doorsOpen(tx, toks) ||
		ns.clauseImperative(tx, toks) || ns.advisedAction(tx, toks) || ns.actingMoment(tx, toks) || ns.wishedAction(tx, toks) || allWelcome(tx, toks) || ns.stillTime(tx, toks) || takingOrders(tx, toks) || openDoor(tx, toks) || scheduledEvent(tx, toks) || welcomeReplies(tx, toks) || knowWhere(tx, toks) || ns.framedAct(tx, toks) || ns.actThatHelps(tx, toks) || invitationQuestion(tx, toks) || stockedAt(tx, toks) || ns.counselledAct(tx, toks) || ns.giftAsked(tx, toks) {
		return true
	}
	for k := range toks {
		tk := &toks[k]
		if tk.Kind != lint.Word {
			continue
		}
		if actionPhrases.CanStart(tk) && !tk.Quoted() { // "Come and Dine", in quotes, is a mention
			if n, _ := actionPhrases.Match(tx, toks, k); n > 0 && !selfSubject(tx, toks, k) && !inTimeClause(tx, toks, k, timeClauseWords) && phraseInvites(tx, toks, k, n) {
				return true
			}
		}
		if !tk.Has(factInvitationWord) {
			continue // none of the checks below starts from this word
		}
		switch tx.Norm(tk) {
		case "please":
			// a request anywhere: "With all that said, please come early",
			// "So please, kind souls, send your thoughts"
			v := afterVocative(tx, toks, k+1)
			emphatic := v < len(toks) && tx.Norm(&toks[v]) == "do"
			if v < len(toks) && (tx.Norm(&toks[v]) == "do" || tx.Norm(&toks[v]) == "just") {
				v++
			}
			if conduct(tx, toks, v) {
				continue // "Please don't take from the labelled boxes" sets a rule for members
			}
			if norm(tx, toks, v) == "keep" && norm(tx, toks, v+1) == "in" && norm(tx, toks, v+2) == "mind" {
				continue // "please keep in mind that dates change" informs, as "please note" does
			}
			if norm(tx, toks, v) == "note" && norm(tx, toks, v+1) != "down" {
				continue // "please note the stalls must be set up by noon" informs, whatever clause follows; "please note down …" asks
			}
			if helpsOutcome(tx, toks, v) {
				continue // "Please help us keep the children safe" names an outcome, not the reader's act
			}
			if v < len(toks) && (ns.verbAt(tx, toks, v) || requestVerbs[tx.Norm(&toks[v])] && !waiting(tx, toks, v) || pleaseAsks(tx, toks, v) || ns.pleaseSeries(tx, toks, v)) {
				return true
			}
			if ns.pleaseAndDo(tx, toks, v) {
				return true // "Please be patient with us, and give us your feedback"
			}
			// "so please do participate!": an emphatic request needs no object
			if emphatic && v < len(toks) && toks[v].Kind == lint.Word && (v+1 == len(toks) || toks[v+1].Kind == lint.Punct) &&
				!pleaseInforms[tx.Norm(&toks[v])] && !auxiliaries[tx.Norm(&toks[v])] && !pronouns[tx.Norm(&toks[v])] {
				return true
			}
			// "If you can drop a bag off, then please do.": the request
			// stands for the act the condition named
			if emphatic && (v >= len(toks) || toks[v].Kind == lint.Punct) && ns.conditionNamesAct(tx, toks[:k]) {
				return true
			}
		case "will", "would", "could", "can", "won't", "wouldn't":
			// "Will you join them?", "Would you consider a gift?", "Won't
			// you consider a gift?"
			if k+2 < len(toks) && tx.Norm(&toks[k+1]) == "you" && (k == 0 || toks[k-1].Kind == lint.Punct) {
				v := k + 2
				if tx.Norm(&toks[v]) == "please" {
					v++
				}
				// the frame asks for an act, listed or not: "Will you
				// rush $5 now?", "Would you consider a gift?"
				if v < len(toks) && ns.openAct(tx, toks, v) && !hypothetical(tx, toks, v) {
					return true
				}
			}
		}
		if (tx.Norm(tk) == "thanks" || tx.Norm(tk) == "thank") && k == skipLeads(tx, toks, 0) && ns.thanksAndAsk(tx, toks, k) {
			return true // "Thanks for your interest, and keep checking back here": a thanks that goes on to ask
		}
		if requestsReader(tx, ns, toks, k) || ns.enjoysContent(tx, toks, k) || ns.recommendsAction(tx, toks, k) || thanksInAdvance(tx, toks, k) {
			return true
		}
		if (resourceNouns[tx.Norm(tk)] || signUps(tx, toks, k)) && pointsToPlace(tx, toks, k) && !inTimeClause(tx, toks, k, pointerClauseWords) || passivePointer(tx, toks, k) {
			return true
		}
		// "The book is available on [the shop](…)": a link the reader is
		// pointed to, near the end
		if k+1 < len(toks) && toks[k+1].Link() && !tk.Link() && linkLeads[tx.Norm(tk)] {
			return true
		}
	}
	return false
}

// helpsOutcome reports a plea for help at toks[v] whose object is an
// outcome the writer wants rather than an act of the reader's: "help us
// keep the children safe", "help us make a special effort to ensure …".
// A means names the act after all: "help us keep the shelter open by
// giving $10", "… with a gift", "… [here](…)".
func helpsOutcome(tx *lint.Text, toks []lint.Token, v int) bool {
	if norm(tx, toks, v) != "help" {
		return false
	}
	o := v + 1
	if w := norm(tx, toks, o); w == "us" || w == "me" || w == "them" {
		o++
	}
	if norm(tx, toks, o) == "to" {
		o++
	}
	// "Please help!", "Please help so we can keep going": a plea with no
	// act at all, as with an outcome
	bare := o >= len(toks) || toks[o].Kind == lint.Punct && sentenceEnd(tx, toks[o]) || norm(tx, toks, o) == "so" && o == v+1
	if !outcomeVerbs[norm(tx, toks, o)] && !bare || hasLink(toks) {
		return false
	}
	for k := o + 1; k+1 < len(toks) && k <= o+meansReach; k++ {
		switch w, next := tx.Norm(&toks[k]), tx.Norm(&toks[k+1]); {
		case w == "by" && len(next) > 4 && strings.HasSuffix(next, "ing"), w == "with" && (next == "a" || next == "your"):
			return false // "by giving $10", "with a gift"
		}
	}
	return true
}

// outcomeVerbs name a state the writer hopes for after "help us": the
// children kept safe, an effort made. A goal to reach ("help me reach one
// million") is a fundraiser's ask and stays one.
var outcomeVerbs = wordSet(`keep make ensure continue maintain protect preserve`)

// linkLeads point the reader at the link that follows them.
var linkLeads = wordSet(`at on via from here to`)

// factInvitationWord marks the words invitation tests one by one after
// the action phrases: a request ("please", "will you …", "we invite you
// to …"), "enjoy", a resource noun or a link lead. Most words are none of
// them, and one bit test spares them the map lookups.
var factInvitationWord = lint.SharedFact(slices.Concat(
	[]string{"please", "will", "would", "could", "can", "won't", "wouldn't", "enjoy", "sign", "thank", "thanks", "consider"},
	keys(requestWords), keys(recommendWords), keys(recommendedWords), keys(resourceNouns), keys(linkLeads), keys(actNouns), keys(singleActNouns), keys(replyNouns))...)

// selfSubject reports whether the action phrase at toks[k] is something
// the sender did ("we took a look"), not an invitation.
func selfSubject(tx *lint.Text, toks []lint.Token, k int) bool {
	if k >= 2 && tx.Norm(&toks[k-1]) == "would" && subjectPhrases[tx.Norm(&toks[k])] && (tx.Norm(&toks[k-2]) == "i" || tx.Norm(&toks[k-2]) == "we") {
		// "I would love to hear from you" is "I'd love to hear from
		// you" spelt out: the writer's wish is the phrase's own subject
		return false
	}
	for j := max(0, k-2); j < k; j++ {
		switch tx.Norm(&toks[j]) {
		case "i", "we", "they", "he", "she", "didn't", "never", "i'll", "we'll":
			return true
		}
	}
	// a verb group between the subject and the phrase keeps it a
	// statement: "They may also go to the farmers market", "we will often
	// stop by"
	j := k - 1
	for j >= 0 && verbGroup[tx.Norm(&toks[j])] {
		j--
	}
	return j >= 0 && j < k-1 && thirdParties[tx.Norm(&toks[j])]
}

// gottenStates follow "get" as a state the reader falls into, not a
// thing they fetch: "get lost", "get stuck", "get wet".
var gottenStates = wordSet(`lost stuck bored tired wet cold hurt confused sick ill carried caught busy worse older`)

// verbGroup words stand between a subject and its verb: modals and the
// adverbs that go with them.
var verbGroup = wordSet(`may might can could will would should must also often usually sometimes
always still then just all both each even already really typically generally`)

// thirdParties are subjects other than the reader.
var thirdParties = wordSet(`i we they he she it people members customers farmers others someone everyone
i'll we'll they'll i'd we'd they'd`)

// offeredAction reports an invitation put as a question or a condition:
// "why don't you drop in on Friday?", "if you'd like to help, …", "if you
// wish to help — with an hour or a gift — …". A condition
// only counts with a verb of real action after it, so "if you want to
// know more, stay tuned" does not.
func (ns *nextStep) offeredAction(tx *lint.Text, toks []lint.Token) bool {
	for k := 0; k+2 < len(toks); k++ {
		switch {
		case tx.Norm(&toks[k]) == "why" && (tx.Norm(&toks[k+1]) == "don't" || tx.Norm(&toks[k+1]) == "not"):
			v := k + 2
			if tx.Norm(&toks[k+1]) == "don't" {
				if tx.Norm(&toks[v]) != "you" {
					continue
				}
				v++
			}
			if ns.verbAt(tx, toks, headVerb(tx, toks, v)) || requestVerbs[norm(tx, toks, v)] {
				return true
			}
		case tx.Norm(&toks[k]) == "hope" && hopesOfReaders(tx, toks, k+1):
			// "We hope you'll join us on Saturday", "hope you will visit
			// us", "I hope that you will attend the meeting", "I hope
			// current subscribers will consider becoming paid ones"
			you := k + 1
			if tx.Norm(&toks[you]) == "that" {
				you++
			}
			v := you + 1
			if n := readerGroup(tx, toks, you); n > 0 {
				v = you + n
				if !hopedModals[norm(tx, toks, v)] {
					continue // "I hope readers enjoyed it" hopes nothing of them now
				}
				v++
			} else if tx.Norm(&toks[you]) == "you" && hopedModals[norm(tx, toks, v)] {
				v++
			}
			if v < len(toks) && (hopedActions[tx.Norm(&toks[v])] && !figurative(tx, toks, v) || tx.Norm(&toks[v]) == "make" && norm(tx, toks, v+1) == "it") {
				return true
			}
			// "I hope you accept the challenge and make your gift now":
			// the hoped act may be named by its noun, first or after "and"
			// in the same clause
			if hopedAct(tx, toks, v) || hopedVisit(tx, toks, v) || ns.considersAct(tx, toks, v) {
				return true
			}
			// "Hope you'll check it out", "hope you will stop by": an
			// action phrase is an act as a listed verb is
			if n, _ := actionPhrases.Match(tx, toks, v); n > 0 && !teaser(tx, toks, v+n) {
				return true
			}
		case tx.Norm(&toks[k]) == "count" && tx.Norm(&toks[k+1]) == "on" && norm(tx, toks, k+2) == "you" && norm(tx, toks, k+3) == "to":
			// "Can we count on you to give a little?"
			if v := headVerb(tx, toks, k+4); v < len(toks) && (strongActions[tx.Norm(&toks[v])] || requestVerbs[tx.Norm(&toks[v])] || offerVerbs[tx.Norm(&toks[v])]) {
				return true
			}
		case tx.Norm(&toks[k]) == "if" && tx.Norm(&toks[k+1]) == "you" && ns.politeCondition(tx, toks, k+2):
			return true
		case tx.Norm(&toks[k]) == "if" && tx.Norm(&toks[k+1]) == "you" || tx.Norm(&toks[k]) == "if" && tx.Norm(&toks[k+1]) == "you'd" ||
			tx.Norm(&toks[k]) == "case" && k > 0 && tx.Norm(&toks[k-1]) == "in" && tx.Norm(&toks[k+1]) == "you":
			// "if you (feel moved|want|would like|'d like|wish|are able) to <act>",
			// "in case you want to add your own contribution, …"
			if k > 0 && reportedAsks[tx.Norm(&toks[k-1])] {
				continue // "We asked if you would like to join us" reports a question put before
			}
			if writerPromises(tx, toks, k+2) {
				continue // "If you want to book a table we will hold it" states what the writer does in that case
			}
			for j := k + 2; j < len(toks) && j <= k+6; j++ {
				if toks[j].Kind == lint.Punct {
					break
				}
				if tx.Norm(&toks[j]) == "to" && j+1 < len(toks) {
					// the reader's wish or readiness, not a trait: "if you
					// have the stones to get in there" dares, it offers nothing
					if tx.Norm(&toks[k+1]) == "you" && hasWord(tx, toks, k+2, j, wishWords...) < 0 {
						break
					}
					v := headVerb(tx, toks, j+1)
					if strongActions[tx.Norm(&toks[v])] || offerVerbs[tx.Norm(&toks[v])] || yourActNoun(tx, toks, v) || takesOffer(tx, toks, v) {
						return true
					}
					break
				}
			}
		}
	}
	return false
}

// reportedAsks report a question: "asked if you would like to …".
var reportedAsks = wordSet(`asked ask asking asks wondered wonder wondering`)

// writerPromises reports a main clause after toks[from] in which the
// writer promises what they will do: "we will hold it", "I'll save you
// a seat". A condition on the reader's wish then sets out the writer's
// service; it does not itself ask.
func writerPromises(tx *lint.Text, toks []lint.Token, from int) bool {
	for j := from; j+1 < len(toks); j++ {
		switch tx.Norm(&toks[j]) {
		case "we'll", "i'll":
			return true
		case "we", "i":
			if w := tx.Norm(&toks[j+1]); w == "will" || w == "shall" {
				return true
			}
		}
	}
	return false
}

// politeCondition reports a request put as the writer's gratitude for a
// condition: "If you could kick in a buck or two, it would be very
// exciting", "if you can share the post, I'd be grateful". toks[m] is
// the word after "if you": a modal of ability, an act, and a main clause
// in which the writer or "it" values that act. "If you could see their
// faces, you would understand" and "If you could read minds, it would be
// easy" ask nothing.
func (ns *nextStep) politeCondition(tx *lint.Text, toks []lint.Token, m int) bool {
	switch norm(tx, toks, m) {
	case "could", "can", "would":
	default:
		return false
	}
	if !ns.openAct(tx, toks, m+1) || hypothetical(tx, toks, m+1) {
		return false
	}
	// the condition ends at its comma; the main clause follows
	c := -1
	for j := m + 2; j < len(toks) && j <= m+2+requestReach; j++ {
		if tx.Word(&toks[j]) == "," {
			c = j
			break
		}
		if toks[j].Kind == lint.Punct && tx.Word(&toks[j]) != "-" {
			break
		}
		// with no comma the main clause starts at its own subject and
		// modal after the word that closes the condition: "If you could
		// chip in a dollar it would be wonderful"
		if w := tx.Norm(&toks[j]); j > m+2 && endsPhrase(tx, toks, j-1) && (gratefulSubjects[w] && (norm(tx, toks, j+1) == "would" || norm(tx, toks, j+1) == "will") || strings.HasSuffix(w, "'d") || strings.HasSuffix(w, "'ll")) {
			c = j - 1
			break
		}
	}
	if c < 0 {
		return false
	}
	j := c + 1
	switch norm(tx, toks, j) {
	case "it", "that", "i", "we":
		j++
		if w := norm(tx, toks, j); w == "would" || w == "will" {
			j++
		}
	case "it'd", "that'd", "i'd", "we'd", "i'll", "we'll", "it'll", "that'll":
		j++
	default:
		return false
	}
	// "it will go a long way", "it'll make a real difference": the
	// gift's worth put as its reach, as a fundraiser thanks ahead
	if norm(tx, toks, j) == "go" && norm(tx, toks, j+1) == "a" && norm(tx, toks, j+2) == "long" && norm(tx, toks, j+3) == "way" {
		return true
	}
	if norm(tx, toks, j) == "make" && norm(tx, toks, j+1) == "a" {
		d := j + 2
		if degreeWords[norm(tx, toks, d)] || sizeWords[norm(tx, toks, d)] {
			d++
		}
		return norm(tx, toks, d) == "difference"
	}
	// "be (very|so|really) grateful", "mean a lot", "appreciate it"
	if norm(tx, toks, j) == "be" {
		j++
		for j < len(toks) && degreeWords[tx.Norm(&toks[j])] {
			j++
		}
	}
	return gratitudeWords[norm(tx, toks, j)]
}

// gratefulSubjects open the main clause of a request put as gratitude:
// "it would be wonderful", "we would be so grateful".
var gratefulSubjects = wordSet(`it that i we`)

// degreeWords strengthen the writer's gratitude: "very grateful".
var degreeWords = wordSet(`very so really truly most hugely incredibly extremely super`)

// sizeWords say how much a gift's difference is: "a real difference".
var sizeWords = wordSet(`real big huge great tremendous meaningful`)

// gratitudeWords value an act the writer asks for: "it would be
// wonderful", "I'd be grateful", "that would mean a lot".
var gratitudeWords = wordSet(`grateful thankful appreciated appreciate appreciative wonderful great
helpful exciting thrilled delighted lovely amazing fantastic awesome mean means huge`)

// yourActNoun reports a verb at toks[v] whose act is named by the
// reader's noun after it: "add your own contribution", "send your
// pledge". "add your voice" names no act.
func yourActNoun(tx *lint.Text, toks []lint.Token, v int) bool {
	return norm(tx, toks, v+1) == "your" && actNounAfter(tx, toks, v+2)
}

// actNounAfter reports an act's noun, one or many, at toks[from] or after
// at most maxActModifiers words that describe it, with no punctuation
// between: "a small donation", "your pledge".
func actNounAfter(tx *lint.Text, toks []lint.Token, from int) bool {
	for j := from; j < len(toks) && j <= from+maxActModifiers; j++ {
		if toks[j].Kind != lint.Word {
			return false
		}
		if n := tx.Norm(&toks[j]); actNouns[n] || actNouns[n+"s"] {
			return true
		}
	}
	return false
}

// hopesOfReaders reports the readers a hope is about at toks[i]: "you",
// "you'll", "that you", or a group of them ("current subscribers").
func hopesOfReaders(tx *lint.Text, toks []lint.Token, i int) bool {
	if readerGroup(tx, toks, i) > 0 {
		return true
	}
	if norm(tx, toks, i) == "that" {
		i++
	}
	w := norm(tx, toks, i)
	return w == "you" || w == "you'll"
}

// hopedModals put a hope's act in the reader's future: "I hope you will
// visit", "I hope readers can come".
var hopedModals = wordSet(`will can might`)

// readerGroup returns how many words at toks[i] name the readers as a
// group, "current subscribers", "all of you", "readers", or 0.
func readerGroup(tx *lint.Text, toks []lint.Token, i int) int {
	n := 0
	if groupModifiers[norm(tx, toks, i)] {
		n++
	}
	if norm(tx, toks, i+n) == "of" && norm(tx, toks, i+n+1) == "you" && n > 0 {
		return n + 2 // "all of you", "more of you"
	}
	if readerNouns[norm(tx, toks, i+n)] {
		return n + 1
	}
	return 0
}

// groupModifiers pick out part of the readership: "current subscribers",
// "more of you".
var groupModifiers = wordSet(`current existing free regular new longtime long-time all more many some
those everyone`)

// readerNouns name the people a newsletter or a shop writes to.
var readerNouns = wordSet(`readers subscribers listeners followers members patrons customers viewers`)

// hopedAct reports an act named by its noun in the clause a hope opens
// at toks[v], "make your gift", either as its verb or after "and":
// "I hope you accept the challenge and make your most generous gift".
// "I hope you make your own traditions" names no act.
func hopedAct(tx *lint.Text, toks []lint.Token, v int) bool {
	for k := v; k < len(toks) && k < v+hopeReach; k++ {
		if toks[k].Kind == lint.Punct {
			return false // the clause ends
		}
		if (k == v || norm(tx, toks, k-1) == "and") && lightVerbAct(tx, toks, k) {
			return true
		}
	}
	return false
}

// hopeReach is how many words a hope's clause is searched for its act.
const hopeReach = 12

// hopedActions turn a hope into an invitation: "We hope you'll join us".
// "We hope you find it useful" or "hope you'll read it" wish the reader
// well instead.
var hopedActions = wordSet(`join visit come stop drop attend book try reply vote give donate support
help share volunteer`)

// takesOffer reports "take advantage of" (or "taking …") an offer the
// piece names, at toks[v]: "if you'd like to take advantage of priority booking" offers
// the booking. "… of it" or "… of a good thing" names no offer.
func takesOffer(tx *lint.Text, toks []lint.Token, v int) bool {
	if w := norm(tx, toks, v); w != "take" && w != "taking" || norm(tx, toks, v+1) != "advantage" || norm(tx, toks, v+2) != "of" {
		return false
	}
	o := v + 3
	if determiners[norm(tx, toks, o)] {
		o++
	}
	if o >= len(toks) || toks[o].Kind != lint.Word || pronouns[tx.Norm(&toks[o])] {
		return false
	}
	if capitalised(tx, toks[o]) {
		return true // "Priority Booking", a named offer
	}
	// the offer's noun after a few modifiers: "the early-bird discount"
	for j := o; j < len(toks) && j <= o+maxActModifiers && toks[j].Kind == lint.Word; j++ {
		if takenOffers[tx.Norm(&toks[j])] {
			return true
		}
	}
	return false
}

// takenOffers are the offers a reader takes advantage of.
var takenOffers = wordSet(`offer offers deal deals sale discount discounts booking bookings priority
pricing price prices rate rates membership trial voucher code`)

// offerVerbs are what a reader is asked to do after "if you'd like to":
// the ways to support a cause or a maker, beside the strong actions.
var offerVerbs = wordSet(`help support donate volunteer contribute sponsor chip`)

// replyNouns are what a writer asks readers to send back.
var replyNouns = wordSet(`comments questions thoughts feedback ideas stories replies suggestions
answers tips notes letters opinion opinions views`)

// replyWelcomes say the writer wants those replies: "I welcome your
// questions", "I'd love your thoughts".
var replyWelcomes = wordSet(`welcome eager love appreciate invite hear`)

// welcomesReply reports a writer asking for the reader's answer in the
// first person: "I'd welcome your stories from the market". Thanking
// readers for comments already sent ("thanks for your comments") is not.
func welcomesReply(tx *lint.Text, toks []lint.Token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if tx.Norm(&toks[k]) != "your" || !replyNouns[tx.Norm(&toks[k+1])] {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if replyWelcomes[tx.Norm(&toks[j])] {
				return hasWord(tx, toks, 0, j, "thanks", "thank") < 0
			}
		}
	}
	return false
}

// headVerb skips a prefix joined to a verb: "pre-order", "re-register"
// read as their verb.
func headVerb(tx *lint.Text, toks []lint.Token, v int) int {
	if v+1 < len(toks) && toks[v+1].Joined() && (tx.Norm(&toks[v]) == "pre" || tx.Norm(&toks[v]) == "re") {
		return v + 1
	}
	return v
}

// requestVerbs follow "please" or "will you" in a request, beside the
// action verbs: "please consider a gift", "will you help".
var requestVerbs = wordSet(`consider help keep let come support spread pass forward bring leave stop
drop pop swing give donate chip`)

// resourceNouns are the places a reader acts: a form, a link, tickets.
var resourceNouns = wordSet(`form link links button tickets ticket registration registrations booking bookings
sign-up signup application applications entry entries rsvp survey waitlist details schedule
sheet sheets forms info information
programme program menu pre-orders preorders petition`)

// infoNouns are resources the reader reads rather than acts on: more of
// them "below" is more of the same page.
var infoNouns = wordSet(`details info information schedule menu programme program`)

// opens say a resource has become available to the reader.
var opens = wordSet(`open opens close closes`)

// placeWords point at where to act, right after a resource noun.
var placeWords = wordSet(`at on via from below above here online`)

// pointsToPlace reports "the form is just below", "tickets are on sale
// at …", "details are on the events page", "you'll find the form here".
func pointsToPlace(tx *lint.Text, toks []lint.Token, k int) bool {
	if hasWord(tx, toks, max(0, k-3), k, "no") >= 0 || hasWord(tx, toks, k+1, min(len(toks), k+4), "not", "isn't", "aren't") >= 0 {
		return false // "no further information is available yet" points nowhere
	}
	j := k + 1
	if j < len(toks) && toks[j].Joined() {
		j++ // sign-up
	}
	for j < len(toks) && j <= k+2 && resourceNouns[tx.Norm(&toks[j])] {
		j++ // "the registration button", "the sign-up form link"
	}
	if j+1 < len(toks) && tx.Norm(&toks[j]) == "to" && toks[j+1].Kind == lint.Word {
		j += 2 // "The link to register is below"
	}
	if j < len(toks) && passiveAdverbs[tx.Norm(&toks[j])] && j == k+1 {
		j++ // "Tickets now available at …", "Tickets also on sale at …"
	}
	if j+2 < len(toks) && (tx.Norm(&toks[j]) == "go" || tx.Norm(&toks[j]) == "goes") && tx.Norm(&toks[j+1]) == "on" && tx.Norm(&toks[j+2]) == "sale" {
		return true // "Tickets go on sale Monday" opens as "Registration opens Monday" does
	}
	if j+2 < len(toks) && (tx.Norm(&toks[j]) == "can" || tx.Norm(&toks[j]) == "may") && tx.Norm(&toks[j+1]) == "be" && tx.Norm(&toks[j+2]) == "found" {
		// "More details can be found on the sign-up page"
		return placeWords[norm(tx, toks, j+3)] || norm(tx, toks, j+3) == "in"
	}
	switch {
	case j < len(toks) && (tx.Norm(&toks[j]) == "is" || tx.Norm(&toks[j]) == "are" || tx.Norm(&toks[j]) == "'s" || tx.Norm(&toks[j]) == "live" || tx.Norm(&toks[j]) == "lives"):
		// "full details live here" places them as "are" does
		j++
	case j+1 < len(toks) && tx.Norm(&toks[j]) == "will" && tx.Norm(&toks[j+1]) == "be":
		j += 2 // "the booking button will be up in the sidebar"
	case j < len(toks) && opens[tx.Norm(&toks[j])]:
		return true // "Registration opens Monday", "pre-orders open at nine"
	case j+1 < len(toks) && tx.Word(&toks[j]) == ":" && toks[j+1].Link():
		return true // "Details and tickets: [the fair page](…)"
	case j < len(toks) && tx.Norm(&toks[j]) == "available" && k <= 3:
		// "Tickets available at the door"
	case j < len(toks) && placeWords[tx.Norm(&toks[j])]:
		// "More details at …", "Tickets from the box office": a pointer
		// without a verb heads its sentence; deep inside one it is an
		// aside that refers back ("… in each newsletter (newsletter link
		// above)")
		if k > 3 {
			return false
		}
	case hasWord(tx, toks, 0, k, "find") >= 0 && hasWord(tx, toks, 0, k, "you'll", "you", "can") >= 0:
	default:
		return false
	}
	// "the sign-up form is just below" points to where to act; "more
	// information below", "details on the rota below" point at the rest
	// of the page
	if infoNouns[tx.Norm(&toks[k])] && hasWord(tx, toks, j, min(len(toks), k+9), "below", "above") >= 0 && !hasLink(toks[k:min(len(toks), k+pointerReach)]) {
		return false
	}
	for ; j < len(toks) && j <= k+8; j++ {
		switch tx.Norm(&toks[j]) {
		case "below", "above", "here", "open", "live", "available", "linked", "online":
			return true
		case "at", "on", "via", "in", "from":
			if j+2 < len(toks) && tx.Norm(&toks[j+1]) == "the" && (eventTimeNouns[tx.Norm(&toks[j+2])] || timeOfDayNouns[tx.Norm(&toks[j+2])]) {
				continue // "no more information is available at the moment" names a time, not a place
			}
			if j+1 < len(toks) && (toks[j+1].Link() || tx.Norm(&toks[j+1]) == "the" || tx.Norm(&toks[j+1]) == "sale" || tx.Norm(&toks[j+1]) == "our") {
				return true
			}
		case "by":
			// "the sign-up sheet is by the door" is a place; "due by the
			// end of the month" a time
			if norm(tx, toks, j+1) == "the" && j+2 < len(toks) && toks[j+2].Kind == lint.Word && !eventTimeNouns[tx.Norm(&toks[j+2])] && tx.Norm(&toks[j+2]) != "end" {
				return true
			}
		}
		if toks[j].Link() {
			return true
		}
	}
	return false
}

// timeOfDayNouns name a time after "at the" or "in the": "at the moment",
// "in the meantime".
var timeOfDayNouns = wordSet(`moment minute time end start beginning meantime present`)

// actionPhrases invite wherever they stand in a sentence: "… — take a
// look if you're curious", "pop over to the events page and pick".
var actionPhrases = lint.SharedMatcher(lint.ParseList(`take a look
have a look
take a peek
check it out
check them out
check out
pop over
pop by
pop in
pop down
pop along
pop round
pop into
stop into
nip in
nip down
nip over
call round
drop into
ring us
ring me
phone us
phone me
text us
text me
dm us
dm me
shoot me an
shoot us an
shoot me a
shoot us a
swing by
drop by
drop in
stop by
stop in
call in
come say
come by
come along
come and
tune in
leave a comment
spread the word
leave a review
leave a note
leave us a review
back us
back the project
you're welcome to
you are welcome to
consider joining
consider giving
consider donating
consider volunteering
consider becoming
consider signing
consider sharing
consider supporting
go to
go and
head to
turn up
show up
just turn up
find us
you'll find us
head over
hop over
look in
get in touch
reach out
give it a try
give it a go
give us a call
give me a call
give me a shout
give us a shout
give us a ring
give me a ring
let me know
let us know
drop me a line
drop me a
drop us a
drop me an
drop us an
drop us a line
drop me a note
hit reply
just reply
reply to this
write back
you're invited
you are invited
you're all invited
you are all invited
consider yourself invited
consider yourselves invited
consider this your invitation
consider this your invite
save the date
mark your calendar
mark your calendars
mark your diary
see you there
love to hear from you
happy to hear from you
glad to hear from you
happy to answer any
happy to answer your
glad to answer any
happy to help with any
like to hear from you
love to hear what you
like to hear what you
love to see you
glad to see you
happy to see you
love to hear how
love to hear about your
love to know what you
love you to join
love for you to
love it if you
sign up
signup
sign-up form is
register here
register now
book here
rsvp`, "action"))

// nextStepHeadings name a closing section that holds the next step.
var nextStepHeadings = lint.SharedMatcher(lint.ParseList(`next step
next steps
your next step
what to do now
what to do next
what you can do
your turn
your move
over to you
try this
try it
action items
action item
get started
call to action
how to join
how to take part`, "heading"))

func (ns *nextStep) nextStepHeading(t *lint.Text, tok0, tok1 int, src []byte) bool {
	toks := t.Tokens[tok0:tok1]
	// a numbered step reads as its words: "4. Match the tool to the job",
	// "Step 3: book the room"
	first := false    // the heading opens a numbered list
	numbered := false // the heading is a numbered step
	for len(toks) > 1 && (toks[0].Kind == lint.Number || toks[0].Kind == lint.Punct || t.Norm(&toks[0]) == "step" && toks[1].Kind == lint.Number) {
		first = first || toks[0].Kind == lint.Number && t.Word(&toks[0]) == "1"
		numbered = numbered || toks[0].Kind == lint.Number
		toks = toks[1:]
	}
	for i, tk := range toks {
		if lint.IsSelf(t.Norm(&tk)) {
			return false // "What comes next for us" is about the sender
		}
		if n, _ := nextStepHeadings.Match(t, toks, i); n > 0 {
			return true
		}
	}
	if first {
		return false // "1. Start with a reality check" opens a list of tips, it does not close the piece
	}
	// a heading is a step of its own: "4. Match the tool to the job"
	// closes a list, whatever the verb
	// unnumbered, a how-to verb heads one more tip of a guide ("Send
	// multiple emails"), not the close
	if nounCompound(t, toks) {
		return false // "Order processing" names a topic
	}
	if v := skipLeads(t, toks, 0); ns.verbAt(t, toks, v) && (numbered || !advice(t, toks, v)) || ns.imperative(t, toks) {
		return true
	}
	// a call after a break in a headline: "Be part of the story—pre-order now!"
	for i := 1; i < len(toks); i++ {
		if (headlineBreak(src, int(toks[i-1].End), int(toks[i].Start)) || t.Word(&toks[i-1]) == ":") && ns.verbAt(t, toks, i) {
			return true
		}
	}
	return false
}

// Leads that may come before an imperative: "So, reply …", "Feel free to try …".
var imperativeLeads = lint.SharedMatcher(lint.ParseList(`so
also
now
then
just
please
simply
first
next
finally
today
and
or
either
instead
better yet
even better
go ahead and
why not
feel free to
be sure to
make sure to
make sure you
be sure you
don't forget to
don't hesitate to
do not hesitate to
never hesitate to
remember to
if you like
if you want
in the meantime
meantime
meanwhile
until then
anyway
anyhow
either way
oh and
as always
as ever
kindly
dont forget to
dont hesitate to
with that in mind`, "lead"))

// Subordinators start a leading clause: "If it still fails, reply …".
var subordinators = map[string]bool{
	"if": true, "when": true, "once": true, "before": true, "after": true, "whenever": true,
	"while": true, "whether": true, "since": true, "as": true, "now": true, "next": true, "until": true,
	// purpose and setting clauses: "To get the fix, update …", "With that
	// said, …", "For the full story, read …"
	"to": true, "with": true, "for": true, "in": true, "on": true, "whatever": true, "wherever": true,
	"however": true, "whichever": true,
	// a step put in place of another: "Instead of sleeping in, grab a
	// basket", "Rather than scrolling, pick one book"
	"instead": true, "rather": true,
}

// coordinators tie a sentence to the one before it.
var coordinators = wordSet(`but and so or yet`)

// setting words open a phrase that sets the scene for an imperative
// ("On Friday, book …", "With that said, please …"); a phrase like that
// has no subject of its own.
var setting = wordSet(`to with for in on`)

// speakers are subjects that make a clause a statement about someone.
var speakers = wordSet(`i we they he she i'll we'll they'll i'm we're they're i've we've i'd we'd`)

// imperative reports whether a sentence invites the reader to act.
func (ns *nextStep) imperative(tx *lint.Text, toks []lint.Token) bool {
	i := skipLeads(tx, toks, 0)
	i = ns.afterInterjection(tx, toks, i)
	if lightVerbAct(tx, toks, i) || ns.considersAct(tx, toks, i) || chipsIn(tx, toks, i) {
		return true
	}
	if norm(tx, toks, i) == "do" && !pronouns[norm(tx, toks, i+1)] && ns.verbAt(tx, toks, i+1) && !advice(tx, toks, i+1) && !conduct(tx, toks, i+1) {
		return true // "Do book early", "Do come along": an emphatic imperative
	}
	if ns.verbAt(tx, toks, i) && !offerFormula(tx, toks, i) && !advice(tx, toks, i) && !readersOwn(tx, toks, i) && !conduct(tx, toks, i) || ns.comeAndDo(tx, toks, i) || ns.afterLabel(tx, toks) || justGoThere(tx, toks, i) || ns.byMeans(tx, toks, i) {
		return true
	}
	// after a leading clause: "Now that you know …, start with …"
	lead := skipPunct(toks, 0)
	// "No matter which branch you call home, come …" opens as "whichever" does
	opensClause := func(k int) bool {
		return k < len(toks) && (subordinators[tx.Norm(&toks[k])] || concessive(tx, toks, k))
	}
	// "But if you know you're going, send in …": a conjunction that ties
	// the sentence to the one before stands ahead of its leading clause
	if lead+1 < len(toks) && coordinators[tx.Norm(&toks[lead])] && opensClause(lead+1) {
		lead++
	}
	if lead < len(toks) && !opensClause(lead) {
		lead = i
		if i > 0 && (norm(tx, toks, i) == "of" || norm(tx, toks, i) == "than") {
			lead = i - 1 // "So instead of sleeping in, grab …": the lead word opens the clause
		}
	}
	if opensClause(lead) {
		// the clause may hold commas of its own: "To read the
		// announcement, including the details, visit …"
		embedded := false
		for k := lead + 1; k < len(toks) && k <= lead+32; k++ {
			if w := tx.Norm(&toks[k]); relativePronouns[w] || len(w) > 4 && strings.HasSuffix(w, "ing") && (norm(tx, toks, k+1) == "to" || determiners[norm(tx, toks, k+1)]) {
				// "For families wanting to make sure they have seats, …",
				// "For everyone who …": a subject after this belongs to a
				// clause inside the setting ("In the morning we bake" has none)
				embedded = true
			}
			if setting[tx.Norm(&toks[lead])] && speakers[tx.Norm(&toks[k])] && !embedded {
				break // "On Mondays we bake, read …" is a main clause, not a setting
			}
			if toks[k].Kind == lint.Punct && tx.Word(&toks[k]) == "," && !quotedAt(toks, k+1) && (ns.verbAt(tx, toks, skipLeads(tx, toks, k+1)) && (!advice(tx, toks, skipLeads(tx, toks, k+1)) || wish(tx, toks[:k])) || ns.comeAndDo(tx, toks, skipLeads(tx, toks, k+1))) {
				return true
			}
		}
	}
	if ns.afterCondition(tx, toks) || ns.unmarkedCondition(tx, toks) || ns.forMore(tx, toks, lead) || ns.purposeThenGo(tx, toks, lead) {
		return true
	}
	// "you can book …", "you could reply …"
	for k := 0; k+2 < len(toks); k++ {
		if ns.youWillFind(tx, toks, k) {
			return true
		}
		v := youCan(tx, toks, k)
		if v < 0 {
			continue
		}
		// "you can book" as a clause of its own, not "the best signal you can get"
		if k > 0 && toks[k-1].Kind != lint.Punct && !leadWords[tx.Norm(&toks[k-1])] {
			continue
		}
		if v < len(toks) && youCanAdverbs[tx.Norm(&toks[v])] {
			v++ // "you can still buy it here", "you can easily book online", "you can simply book"
		}
		v = headVerb(tx, toks, v)
		if consequenceClause(tx, toks, k, v) {
			continue // "…, so you can watch at lunch" gives a reason
		}
		if norm(tx, toks, v) == "get" && gottenStates[norm(tx, toks, v+1)] {
			continue // "you can easily get lost" warns of what befalls the reader
		}
		if v+1 < len(toks) && strongActions[tx.Norm(&toks[v])] && toks[v+1].Kind != lint.Punct || lightVerbAct(tx, toks, v) {
			return true // "you can book a table", "you can make a gift online"
		}
		// "you can follow us on Instagram": following the writer is an act
		// the reader takes now; "you can follow the story" is an ability
		if tx.Norm(&toks[v]) == "follow" && hasWord(tx, toks, v+1, min(v+2, len(toks)), "us", "me", "along", "our", "my") >= 0 {
			return true
		}
		// "You can reach me at the office most afternoons": the writer's
		// contact is where to act; "you can reach the summit" is an
		// ability
		if tx.Norm(&toks[v]) == "reach" && hasWord(tx, toks, v+1, min(v+2, len(toks)), "us", "me", "our", "my") >= 0 {
			return true
		}
		// "You can learn more about the sale here.": any action verb
		// counts when the sentence points at where to do it
		if v+1 < len(toks) && ns.verbs[tx.Norm(&toks[v])] && (hasLink(toks[v:]) || hasWord(tx, toks, v+1, len(toks), "here", "below") >= 0 || namedPlace(tx, toks, v+1)) {
			return true
		}
		// "You can fill out this form", "you can use the booking button":
		// the verb acts through a control the piece offers
		if ns.verbs[tx.Norm(&toks[v])] && actsThrough(tx, toks, v+1) && !advice(tx, toks, v) {
			return true
		}
	}
	return false
}

// youCan returns the index of the verb after the reader's ability at
// toks[k], or -1: "you can", "you could", "you all can", "you are able
// to", "you'll be able to", "you will be able to".
func youCan(tx *lint.Text, toks []lint.Token, k int) int {
	j := k + 1
	switch tx.Norm(&toks[k]) {
	case "you":
		j = afterYou(tx, toks, k) // "you all can book"
		if modal(norm(tx, toks, j)) {
			return j + 1
		}
		switch norm(tx, toks, j) {
		case "are", "'re":
			j++
		case "will", "'ll":
			if norm(tx, toks, j+1) != "be" {
				return -1
			}
			j += 2
		default:
			return -1
		}
	case "you're":
	case "you'll":
		if norm(tx, toks, j) != "be" {
			return -1
		}
		j++
	default:
		return -1
	}
	if norm(tx, toks, j) != "able" || norm(tx, toks, j+1) != "to" {
		return -1
	}
	return j + 2
}

// afterYou returns the index after the "you" at toks[j] and the "all"
// or "both" that may follow it: "you all", "you both" address the same
// readers as "you".
func afterYou(tx *lint.Text, toks []lint.Token, j int) int {
	if w := norm(tx, toks, j+1); w == "all" || w == "both" {
		return j + 2
	}
	return j + 1
}

// forMore reports a pointer that opens on "for more" or on what the
// reader seeks, with no comma before its verb: "For more specials visit
// our stores on the 24th", "For more details call us", "For tickets call
// the box office". A comparison ("For more than a year we
// visit …") is no pointer, and the verb must reach the writer, a
// determiner's noun or a link.
func (ns *nextStep) forMore(tx *lint.Text, toks []lint.Token, lead int) bool {
	if norm(tx, toks, lead) != "for" {
		return false
	}
	// "For more specials …", or what the reader seeks named at once:
	// "For tickets call the box office", "For details visit …"
	if w := norm(tx, toks, lead+1); w != "more" && !infoNouns[w] && !resourceNouns[w] && !actNouns[w] && !replyNouns[w] && w != "enquiries" && w != "inquiries" {
		return false
	}
	first := lead + 3 // "For more details call us": the noun comes first
	if norm(tx, toks, lead+1) != "more" {
		first = lead + 2 // "For tickets call …"
	}
	for j := lead + 2; j < len(toks) && j <= lead+5; j++ {
		w := tx.Norm(&toks[j])
		if toks[j].Kind != lint.Word || w == "than" || pronouns[w] || auxiliaries[w] || thirdParties[w] {
			return false
		}
		if j >= first && ns.verbAt(tx, toks, j) && j+1 < len(toks) && (determiners[norm(tx, toks, j+1)] || norm(tx, toks, j+1) == "us" || norm(tx, toks, j+1) == "me" || toks[j+1].Link()) {
			return true
		}
	}
	return false
}

// byMeans reports an imperative of any verb whose means is an act: "So
// drive him nuts by taking advantage of the great deals", "Celebrate the
// season by booking a table". The sentence must open on a bare verb, not
// on a subject ("Several bloggers took part by giving …"), a verb's past
// or -ing form, or a plural noun ("Sales grew by …").
func (ns *nextStep) byMeans(tx *lint.Text, toks []lint.Token, i int) bool {
	if i >= len(toks) || toks[i].Kind != lint.Word || toks[i].Link() || quotedAt(toks, i) {
		return false
	}
	w := tx.Norm(&toks[i])
	if pronouns[w] || determiners[w] || quantifiers[w] || auxiliaries[w] || modal(w) || subordinators[w] || coordinators[w] || relativePronouns[w] || speakers[w] || thirdParties[w] || whWords[w] ||
		strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.Contains(w, "'") ||
		auxiliaries[norm(tx, toks, i+1)] || modal(norm(tx, toks, i+1)) {
		return false
	}
	for k := i + 1; k+1 < len(toks) && k <= i+meansReach; k++ {
		if toks[k].Kind == lint.Punct && tx.Word(&toks[k]) != "," {
			return false
		}
		if tx.Norm(&toks[k]) == "by" && (gerundOf(tx.Norm(&toks[k+1]), ns.verbs) != "" && !teaserVerbs[gerundOf(tx.Norm(&toks[k+1]), ns.verbs)] || takesOffer(tx, toks, k+1)) {
			return true
		}
	}
	return false
}

// quantifiers open a subject, not an imperative: "Several hundred
// knitters took part by giving …".
var quantifiers = wordSet(`several many few most some all every each both no one two three four five
ten hundred hundreds thousand thousands dozens lots plenty`)

// meansReach is how far after an imperative its means is searched.
const meansReach = 12

// purposeThenGo reports a purpose clause with no comma before the
// pointer it leads to: "To check what the other shops are offering go to
// our team page", "To learn more visit the library's site". The pointer
// is a verb of going or contacting that follows a word no verb of its
// own can follow ("… we will go to …", "… and visit …" belong to the
// clause).
func (ns *nextStep) purposeThenGo(tx *lint.Text, toks []lint.Token, lead int) bool {
	// the purpose may be any of the reader's acts, a way to come or to
	// give among them: "To volunteer at the clean-up contact Dana"
	if norm(tx, toks, lead) != "to" || lead+1 >= len(toks) || !ns.verbs[tx.Norm(&toks[lead+1])] && !teaserVerbs[tx.Norm(&toks[lead+1])] && !hopedActions[tx.Norm(&toks[lead+1])] {
		return false
	}
	for j := lead + 2; j < len(toks) && j <= lead+purposeReach; j++ {
		if toks[j].Kind == lint.Punct {
			return false // "To read more, visit …" is the lead-in clause's case
		}
		w, prev := tx.Norm(&toks[j]), tx.Norm(&toks[j-1])
		if !pointerVerbs[w] || pronouns[prev] || auxiliaries[prev] || modal(prev) || determiners[prev] || coordinators[prev] ||
			prev == "to" || prev == "will" || prev == "would" || prev == "you'll" || prev == "we'll" {
			continue
		}
		if w == "go" && norm(tx, toks, j+1) != "to" || w == "check" && norm(tx, toks, j+1) != "out" {
			continue
		}
		return w == "go" || ns.verbAt(tx, toks, j) // "go to" is a phrase, not a listed verb
	}
	return false
}

// purposeReach is how many words a purpose clause with no comma is
// searched for the pointer it leads to.
const purposeReach = 16

// pointerVerbs send the reader somewhere after a purpose clause.
var pointerVerbs = wordSet(`visit go head click call email contact check reply write ring phone text message`)

// namedPlace reports a place named after "at", "on" or "from" within a
// few words of toks[from]: "you can see the aerial view from Bring Me
// the News", "you can find it at Harbour Books". A lower-case place
// ("from the road") is a view, not a pointer.
func namedPlace(tx *lint.Text, toks []lint.Token, from int) bool {
	for j := from; j+1 < len(toks) && j < from+10; j++ {
		switch tx.Norm(&toks[j]) {
		case "at", "on", "from":
			if toks[j+1].Kind == lint.Word && capitalised(tx, toks[j+1]) && !eventDays[tx.Norm(&toks[j+1])] && !months[tx.Norm(&toks[j+1])] {
				return true
			}
		}
	}
	return false
}

// lightVerbAct reports an imperative whose act is named by its noun: "Do
// your entry today!", "Place your order by Friday", "Make your donation
// online", "Make a gift today". "Do your best", "make your day" and "make
// a wish" name no act.
func lightVerbAct(tx *lint.Text, toks []lint.Token, i int) bool {
	switch norm(tx, toks, i) {
	case "do", "make", "place", "submit":
	default:
		return false
	}
	// "Make a gift today", "Place an order": an article names the act
	// as "your" does, though "do a …" is no request for one
	if art := norm(tx, toks, i+1); art != "your" && (art != "a" && art != "an" || norm(tx, toks, i) == "do") || i+2 >= len(toks) {
		return false
	}
	// the noun may follow a few modifiers: "make your most generous gift"
	for j := i + 2; j < len(toks) && j <= i+2+maxActModifiers; j++ {
		if toks[j].Kind != lint.Word {
			return false
		}
		n := tx.Norm(&toks[j])
		if stem, ok := strings.CutSuffix(n, "y"); ok && actNouns[stem+"ies"] {
			return true // "entry" of "entries"
		}
		if actNouns[n] || actNouns[n+"s"] {
			return true
		}
	}
	return false
}

// chipsIn reports "chip in" or "pitch in" at toks[i] with the amount or
// the place to give: "Chip in £5 today", "pitch in a few dollars", "chip
// in at the link". "Chip in where you can" names neither.
func chipsIn(tx *lint.Text, toks []lint.Token, i int) bool {
	if w := norm(tx, toks, i); w != "chip" && w != "pitch" || norm(tx, toks, i+1) != "in" {
		return false
	}
	return moneyAt(tx, toks, i+2) > 0 || hasLink(toks[i:])
}

// considersAct reports "consider" at toks[i] with an act of the
// reader's after it, named by its noun or by a verb's -ing form:
// "Consider a gift to the fund", "consider making a donation",
// "consider joining us". "Consider the lilies" and "consider yourself
// warned" name no act.
func (ns *nextStep) considersAct(tx *lint.Text, toks []lint.Token, i int) bool {
	if norm(tx, toks, i) != "consider" {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+1+maxActModifiers; j++ {
		if toks[j].Kind != lint.Word {
			return false
		}
		n := tx.Norm(&toks[j])
		if actNouns[n] || actNouns[n+"s"] || gerundOf(n, ns.verbs) != "" || gerundOf(n, hopedActions) != "" || gerundOf(n, offerVerbs) != "" {
			return true
		}
		if !determiners[n] && n != "making" && n != "another" && !adverbial(n) && !strings.HasSuffix(n, "ous") && n != "small" && n != "one-off" && n != "monthly" && n != "regular" {
			return false
		}
	}
	return false
}

// maxActModifiers is how many words may stand between "your" and the act
// noun a light verb takes: "your most generous year-end gift".
const maxActModifiers = 3

// quotedAt reports a word at toks[i] inside quotation marks: "… these
// “one day only, buy one get one” deals" mentions an ad's words, it
// asks the reader nothing.
func quotedAt(toks []lint.Token, i int) bool {
	return i < len(toks) && toks[i].Quoted()
}

// afterInterjection skips one word set off by a comma that opens a
// sentence before its imperative, an interjection or a name: "Oh, and
// get your flu shot", "Alright, now, tell me". A word that opens a
// clause of its own ("If, …", "We, …") stays, and so does a word with
// no imperative after it ("Sadly, the fair is off"), and a verb is the
// imperative itself ("So go, fellow learners, and peruse …").
func (ns *nextStep) afterInterjection(tx *lint.Text, toks []lint.Token, i int) int {
	if i+2 >= len(toks) || toks[i].Kind != lint.Word || tx.Word(&toks[i+1]) != "," {
		return i
	}
	w := tx.Norm(&toks[i])
	// the readers called by name are set off as an interjection is: "So
	// everyone, book your seat", "Folks, come on down"
	vocative := w == "everyone" || w == "everybody" || w == "folks"
	if !vocative && (ns.listedAct(w) || w == "go" || subordinators[w] || conditionWords[w] || pronouns[w] || speakers[w] || determiners[w] || auxiliaries[w] || thirdParties[w]) {
		return i
	}
	return skipLeads(tx, toks, i+2)
}

// hasLink reports whether a sentence links somewhere.
func hasLink(toks []lint.Token) bool {
	for k := range toks {
		if toks[k].Link() {
			return true
		}
	}
	return false
}

func modal(w string) bool { return w == "can" || w == "could" || w == "may" || w == "should" }

// youCanAdverbs may stand between "you can" and the verb it offers: how
// easily the reader can act, not when ("you should finally try that
// recipe" urges the reader's own business).
var youCanAdverbs = wordSet(`also now always just still easily even simply quickly securely safely directly
conveniently instantly`)

// strongActions count after "you can": they are invitations, not abilities.
var strongActions = map[string]bool{
	"reply": true, "book": true, "join": true, "download": true, "register": true, "subscribe": true,
	"try": true, "rsvp": true, "email": true, "schedule": true, "claim": true, "reserve": true,
	"sign": true, "grab": true, "enrol": true, "enroll": true, "apply": true, "watch": true,
	"give": true, "donate": true, "visit": true, "order": true, "buy": true, "pick": true, "call": true,
	"send": true, "find": true, "read": true, "get": true, "start": true, "listen": true, "vote": true,
	"preorder": true, "pre-order": true, "share": true, "forward": true, "request": true, "come": true,
	"contact": true, "submit": true, "support": true, "help": true, "pledge": true, "volunteer": true,
	"gift": true,
}

func skipPunct(toks []lint.Token, i int) int {
	for i < len(toks) && toks[i].Kind == lint.Punct {
		i++
	}
	return i
}

func skipLeads(tx *lint.Text, toks []lint.Token, i int) int {
	for i < len(toks) {
		if toks[i].Kind == lint.Punct || postscript(tx, toks, i) {
			i++
			continue
		}
		n, _ := imperativeLeads.Match(tx, toks, i)
		if n == 0 {
			break
		}
		i += n
	}
	return i
}

// teaserVerbs invite nothing when the sentence promises more "soon".
var teaserVerbs = wordSet(`find learn see hear look watch keep`)

// clauseSubjectPronouns open a clause of their own: after a verb's form they
// show it is a noun ("Next post I'll share …").
var clauseSubjectPronouns = wordSet(`i we he she they i'll we'll he'll she'll they'll i'm we're they're i've we've
they've i'd we'd they'd`)

// exhortations start with an action verb but ask for nothing specific.
var exhortations = map[string]bool{
	"take care": true, "take heart": true, "watch this": true, "get ready": true,
	"go forth":    true,
	"get excited": true, "get inspired": true, "look forward": true, "look out": true,
	"hang in": true, // "Hang in there" cheers the reader on
}

// seasons can follow "come" as a month does: "Come spring, the beds fill".
var seasons = wordSet(`spring summer fall autumn winter`)

// nounVerbs are action verbs that are also common nouns: as a verb they
// take an object ("Note the date", "List three ideas").
// A capitalised one before a capitalised noun names a topic ("Purchase
// Protection", "Plan Details"); "Plan Your Visit" still asks.
var nounVerbs = wordSet(`note list name match plan mark practice pack purchase view`)

// auxiliaries after a first word show it is a noun or a statement
// ("Support is open", "Reads are up"), not an imperative.
var auxiliaries = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true,
	"will": true, "can": true, "could": true, "would": true, "should": true, "may": true, "might": true,
	"do": true, "does": true, "did": true, "'s": true,
}

// verbAt reports whether toks[i] is an action verb used as an imperative.
func (ns *nextStep) verbAt(tx *lint.Text, toks []lint.Token, i int) bool {
	i = headVerb(tx, toks, i)
	if i >= len(toks) || toks[i].Kind != lint.Word || !ns.verbs[tx.Norm(&toks[i])] || lint.AllUpper(tx.Word(&toks[i])) && len(tx.Word(&toks[i])) > 1 && tx.Norm(&toks[i]) != "rsvp" && !shoutedLead(tx, toks, i) {
		return false
	}
	if nounVerbs[tx.Norm(&toks[i])] && (i+1 >= len(toks) || toks[i+1].Kind != lint.Word || tx.Norm(&toks[i+1]) == "from" || tx.Norm(&toks[i+1]) == "of") {
		return false // a table header "Note", a label "Plan" or a caption "View from the hill" asks nothing
	}
	if nounVerbs[tx.Norm(&toks[i])] && capitalised(tx, toks[i]) && i+1 < len(toks) && capitalised(tx, toks[i+1]) &&
		!determiners[tx.Norm(&toks[i+1])] && !pronouns[tx.Norm(&toks[i+1])] && tx.Norm(&toks[i+1]) != "us" {
		return false // the heading "Purchase Protection" names a topic
	}
	if i+1 < len(toks) {
		next := tx.Norm(&toks[i+1])
		if auxiliaries[next] || toks[i+1].Joined() {
			return false
		}
		if next == "not" {
			return false // "try not to stare" warns, it asks for no action
		}
		if clauseSubjectPronouns[next] {
			return false // "Next post I'll have photos" names a post: an imperative takes "me" or "us", not "I" or "we"
		}
		if tx.Norm(&toks[i]) == "get" && gottenStates[next] {
			return false // "you can easily get lost" names what befalls the reader, not an act
		}
		if tx.Norm(&toks[i]) == "go" && (next == "the" || next == "a") {
			return false // "go the extra mile", "go the whole hog" are idioms, no trip
		}
		if next == "something" || next == "anything" {
			return false // "Why not say something a real person would say?" names no act
		}
		if titleName(tx, toks, i) || datedName(tx, toks, i) {
			return false // "Post Office closure plans are based on usage" names a place, "Book Fair — 11/27" an event
		}
		if modifiesSubject(tx, toks, i) || subjectAdverbVerb(tx, toks, i) {
			return false // "Open houses are great for the season" describes houses
		}
		if i > 0 && next == tx.Norm(&toks[i-1]) {
			return false // "First come, first served" is a rule, not a step
		}
		if tx.Norm(&toks[i]) == "log" && next != "in" && next != "on" && next != "into" && !determiners[next] {
			return false // "Log files rotate daily"; "Log your titles online" asks
		}
		if (tx.Norm(&toks[i]) == "get" || tx.Norm(&toks[i]) == "go") && next == "out" && norm(tx, toks, i+2) == "there" {
			// "Now get out there and grind!" cheers the reader on; "get out
			// there and vote on Tuesday" still names the act
			return norm(tx, toks, i+3) == "and" && ns.verbAt(tx, toks, i+4) && i+5 < len(toks) && toks[i+5].Kind == lint.Word
		}
		if tx.Norm(&toks[i]) == "come" && (next == "rain" || next == "what" && norm(tx, toks, i+2) == "may") {
			return false // "come rain or shine", "come what may" mean "whatever happens"
		}
		if tx.Norm(&toks[i]) == "come" && (eventMonths[next] || eventDays[next] || seasons[next]) && norm(tx, toks, i+2) == "," {
			return false // "Come September, we will feature …" means "when September comes"
		}
		if tx.Norm(&toks[i]) == "come" && next == "on" && !comeOnTo(tx, toks, i+2) {
			return false // "So, come on summer!", "Come on, people" cheer; "come on down", "come on Friday" invite
		}
		if tx.Norm(&toks[i]) == "see" && (next == "you" || next == "ya") {
			return false // "See you next week" is a sign-off
		}
		if teaserVerbs[tx.Norm(&toks[i])] && hasWord(tx, toks, i, len(toks), "soon", "tuned") >= 0 {
			return false // "Find out more soon" promises, it does not invite
		}
		if exhortations[tx.Norm(&toks[i])+" "+next] || idle(tx, toks, i) {
			return false // "Take care", "Watch this space", "Take a deep breath"
		}
		if (next == "yourself" || next == "yourselves") && norm(tx, toks, i+2) != "to" {
			return false // "Ask yourself what matters" turns the reader inward; "treat yourself to a tart" acts
		}
		if topicQuestion(tx, toks, i) {
			return false // "Next open day?" asks which day, as a heading would; "Join us?" still asks
		}
		if next == ":" || labelled(tx, toks, i) {
			return false // "Update: the office is closed", "Update April 2023: …" are labels
		}
		if next == "?" && i > 0 && tx.Word(&toks[i-1]) == "," {
			return false // "…, see?" asks for agreement, not an action
		}
		if tx.Norm(&toks[i]) == "see" && tx.Word(&toks[len(toks)-1]) == "?" && !hasLink(toks[i:]) {
			return false // "See where my mind goes?" asks for agreement, not an action
		}
		if waiting(tx, toks, i) {
			return false // "Look out for the email", "Keep an eye out"
		}
		if helpsOutcome(tx, toks, i) {
			return false // "Help us keep the children safe" names an outcome, not an act
		}
		if tx.Norm(&toks[i]) == "note" && (next == "that" || next == "," || next == "the" && hasWord(tx, toks, i, len(toks), "will", "is", "are", "was") >= 0) {
			return false // "Please note that the path is closed" informs
		}
		if next == "," && (tx.Norm(&toks[i]) == "look" || tx.Norm(&toks[i]) == "listen" || tx.Norm(&toks[i]) == "see") {
			return false // "Look, I know it has been a long year"
		}
		if tx.Norm(&toks[i]) == "complete" && (i+2 == len(toks) || toks[i+2].Kind == lint.Punct) && !actNouns[next] && !actNouns[next+"s"] && !resourceNouns[next] && !determiners[next] && !pronouns[next] {
			return false // "Complete mayhem." is an adjective and its noun; "Complete registration." asks
		}
		if inPagePointer(tx, toks, i) {
			return false // "Look at that scarf", "Please see the photo below" point at the page itself
		}
		if supposition(tx, toks, i) {
			return false // "Say you sell ten candles" supposes; "Try as we might" concedes
		}
		if graspVerb(tx, toks, i) {
			return false // "get a sense of the costs" is understanding, not an act
		}
	}
	return true
}

// nextStepHint suggests a next step that fits how the piece ends: after a
// sign-off, instead of an exhortation or a rhetorical question, or with
// the link the piece already has.
func nextStepHint(t *lint.Text, region []int, last []lint.Token) string {
	const add = ` or add cta: {text: "…", url: "…"} to the front matter`
	for k := 0; k < region[0]; k++ {
		if t.Units[k].Kind == lint.KindMeta {
			continue
		}
		for i := t.Units[k].Tok0; i < t.Units[k].Tok1; i++ {
			if t.Tokens[i].Link() {
				return "The only link is in the middle of the piece: repeat it at the end with what to do, e.g. \"[Read the full guide](…) before Friday's call\"," + add
			}
		}
	}
	quote := t.PhraseText(last)
	if words := strings.Fields(quote); len(words) > 10 {
		quote = strings.Join(words[:8], " ") + " …"
	}
	if len(last) > 0 && last[len(last)-1].Kind == lint.Punct && t.Word(&last[len(last)-1])[0] == '?' {
		return fmt.Sprintf("%q asks but does not invite: answer it with one action, e.g. \"Book your place at …\" or \"Reply and tell me …\",", quote) + add
	}
	if len(last) > 0 && signOffs[t.Norm(&last[0])] {
		return fmt.Sprintf("Before %q, add one concrete action for the reader, e.g. \"Reply and tell me …\" or \"[Book a 15-minute call](…)\",", quote) + add
	}
	if len(last) > 0 && last[0].Kind == lint.Word && !last[0].Quoted() && len(last) <= 6 {
		return fmt.Sprintf("%q asks for nothing the reader can do: replace it with one specific action and where to do it, e.g. \"Save your seat at …\",", quote) + add
	}
	return `End with one concrete action for the reader, e.g. "Reply and tell me …", "Try … on your next …", "[Book a 15-minute call](…)",` + add
}

// signOffs start the lines that close a letter.
var signOffs = wordSet(`thanks thank cheers best warmly love until see talk yours regards sincerely
with take enjoy have happy onwards onward speak catch bye goodbye let's`)

// labelled reports a verb that heads a label: the words up to a colon
// right after it are a date or a name ("Update April 2023: …", "Note
// 3: …"), not its object.
func labelled(tx *lint.Text, toks []lint.Token, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		if toks[j].Kind == lint.Punct {
			return tx.Word(&toks[j]) == ":" && j > i+1
		}
		if toks[j].Kind != lint.Number && !initialUpper(tx.Word(&toks[j])) {
			return false
		}
	}
	return false
}

// idle reports an imperative that asks for a pause or a feeling, not an
// action: "Take a deep breath", "Share the love", "Take a bow" (praise
// for what the reader did). "Take a moment to fill
// in the survey" asks for the survey, and "Share the link" for a share.
func idle(tx *lint.Text, toks []lint.Token, i int) bool {
	switch norm(tx, toks, i) + " " + norm(tx, toks, i+1) + " " + norm(tx, toks, i+2) {
	case "take a deep", "take a breath", "take a breather", "share the love", "take a bow":
		return true
	}
	return false
}

// signUps reports "sign-ups" or "sign-up" written as a noun: "Sign-ups
// are open now".
func signUps(tx *lint.Text, toks []lint.Token, k int) bool {
	return tx.Norm(&toks[k]) == "sign" && k+1 < len(toks) && toks[k+1].Joined() && (tx.Norm(&toks[k+1]) == "up" || tx.Norm(&toks[k+1]) == "ups")
}

// postscript reports the marker of a P.S. ("P.S.", "PS:", "P.P.S."), or
// the "S." left of it where the sentence splitter broke it: the request
// after it stands at the start of its sentence.
func postscript(tx *lint.Text, toks []lint.Token, i int) bool {
	switch tx.Norm(&toks[i]) {
	case "p", "s", "ps", "pps":
		return i+1 < len(toks) && (tx.Word(&toks[i+1]) == "." || tx.Word(&toks[i+1]) == ":")
	}
	return false
}

// afterVocative skips the people a request is addressed to when commas
// set them off: "please, kind souls (and even less kind ones), send …"
// continues at "send". Without a comma it returns v unchanged.
func afterVocative(tx *lint.Text, toks []lint.Token, v int) int {
	if v >= len(toks) || tx.Word(&toks[v]) != "," {
		return v
	}
	// an aside that sets a scene may run longer than a name: "please, as
	// well as spending your pennies in the big chains this year, try …"
	reach := 12
	if w := norm(tx, toks, v+1); conditionWords[w] || subordinators[w] {
		reach = 30
	}
	for j := v + 1; j < len(toks) && j <= v+reach; j++ {
		if tx.Word(&toks[j]) == "," {
			return j + 1
		}
	}
	return v
}

// comeOnTo reports whether the word at toks[j], after "come on", goes on
// to where or when the reader comes: "come on down", "come on in",
// "come on Friday", "come on the tour". Anything else, the end of the
// sentence, a comma or a name called out ("come on summer"), makes
// "come on" an interjection that cheers and asks for no visit.
func comeOnTo(tx *lint.Text, toks []lint.Token, j int) bool {
	if j >= len(toks) || toks[j].Kind != lint.Word {
		return false
	}
	w := tx.Norm(&toks[j])
	return comeOnWays[w] || determiners[w] || eventDays[w] || eventMonths[w]
}

// comeOnWays finish "come on" as a way in or a trip: "come on down".
var comeOnWays = wordSet(`down in over by out along back up round around board through`)

// topicQuestion reports a short question whose verb at toks[i] is
// followed only by a bare noun and the question mark, "Next open day?",
// "Book club?": a noun phrase asked about, the verb's form an adjective
// or a noun, not an imperative. A verb with an object ("Join us?", "Try
// the pie?") is asked of the reader.
func topicQuestion(tx *lint.Text, toks []lint.Token, i int) bool {
	if i+3 != len(toks) || tx.Word(&toks[i+2]) != "?" || toks[i+1].Kind != lint.Word || wordCount(toks) > maxTopicWords {
		return false
	}
	w := tx.Norm(&toks[i+1])
	return !determiners[w] && !pronouns[w] && w != "us" && w != "me" && w != "now" && w != "today"
}

// maxTopicWords is how long a question naming a topic may be.
const maxTopicWords = 4

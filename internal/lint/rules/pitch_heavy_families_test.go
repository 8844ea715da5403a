package rules

import (
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/lint"

	"github.com/claritynotes/gen/internal/config"
)

// signalsOf returns the pitch signals found in src, as "family: words":
// with paragraphSignals = 1 every signal is reported as a related span.
func signalsOf(t *testing.T, src string) []string {
	t.Helper()
	cfg := config.Lint{Rules: map[string]map[string]any{"pitch-heavy": {"paragraphSignals": int64(1)}}}
	res := lintWith(t, cfg, src)
	var out []string
	for _, d := range only(res, "pitch-heavy") {
		for _, r := range d.Related {
			x := lint.Extract(parse(t, src))
			var words []lint.Token
			for _, tk := range x.Tokens {
				if int(tk.Start) >= r.Offset && int(tk.End) <= r.EndOffset {
					words = append(words, tk)
				}
			}
			out = append(out, r.Label+": "+quoteSignal(x, words))
		}
	}
	return out
}

// TestPitchFamilies gives each family a sentence it must find and a near
// miss it must not.
func TestPitchFamilies(t *testing.T) {
	cases := []familyCase{
		{famSuperlative, "Booking a table has never been easier.", "My workouts have never been particularly hard.", "never been easier"},
		{famSuperlative, "The new range is even better than before.", "He is funnier than before, and slower.", "even better than before"},
		{famSuperlative, "Hear the album like never before.", "I have never seen a finch before.", "like never before"},
		{famSuperlative, "You won't find a better deal anywhere.", "I can't find a better word anywhere.", "won't find a better deal anywhere"},
		{famPuffery, "Try the disease-beating tonic.", "The tonic is not beating anything yet.", "disease-beating"},
		{famPuffery, "An age-defying serum for tired skin.", "The serum is defying our expectations so far.", "age-defying"},
		{famPrice, "Your first month is absolutely free.", "Entry is free for children.", "absolutely free"},
		{famPrice, "Order today and claim your free gift.", "The gift shop is free to enter.", "free gift"},
		{famPrice, "Prices slashed on every coat.", "Slash the onions thinly.", "Prices slashed"},
		{famGuarantee, "Try it and you risk absolutely nothing.", "Nothing is at risk if the power fails.", "risk absolutely nothing"},
		{famCrowd, "Trusted by over 2 million customers.", "Written by 2 people in a month.", "Trusted by over 2 million"},
		{famCrowd, "Most supporters are giving $25 this week.", "Most people are giving thanks this week.", "Most supporters are giving $25"},
		{famDeadline, "Chip in toward our end-of-quarter goal.", "Read our end-of-quarter report.", "end-of-quarter goal"},
		{famCrowd, "Rated 5 stars by 3,000 customers.", "Rated 5 stars by a critic.", "Rated 5 stars by 3,000"},
		{famCrowd, "One pair sells every 5 minutes.", "The bus stops every 5 minutes.", "sells every 5 minutes"},
		{famCrowd, "It sells one bottle every 40 seconds.", "The shop sold out, and the bus comes every 40 minutes.", "sells one bottle every 40 seconds"},
		{famUrgency, "Get them while you can!", "Read while you wait for the kettle.", "while you can"},
		{famUrgency, "Stock up now.", "Stock levels are now on the page.", "Stock up now"},
		{famDeadline, "Please give ahead of tomorrow's fundraising deadline.", "We missed last month's fundraising deadline.", "tomorrow's fundraising deadline"},
		{famDeadline, "Give ahead of Sunday night’s deadline.", "The night shift has a deadline too.", "Sunday night’s deadline"},
		{famUrgency, "Protect the wetlands while we still can!", "We will keep the shop open while we can.", "while we still can"},
		{famUrgency, "Your donation today will fund a week of meals.", "The donations today paid for a week of meals.", "Your donation today"},
		{famUrgency, "Please consider a gift of $30 now.", "A gift of $30 came in last week.", "gift of $30 now"},
		{famUrgency, "Will you chip in right now?", "Everyone chipped in right away.", "chip in right now"},
		{famDeadline, "Order in the next 10 minutes for a bonus.", "We reply in the next 10 minutes.", "in the next 10 minutes"},
		{famDeadline, "You'll have 24 hours to decide after the party.", "You'll have 30 days to return it after the party.", "You'll have 24 hours"},
		{famSuperlative, "There's never been a better time to buy.", "He has never been a better friend to me.", "never been a better time"},
		{famSuperlative, "It is the only planner you'll ever need.", "It is the last time you will ever see the old bridge.", "only planner you'll ever need"},
		{famUrgency, "Now's your chance to save.", "This is your chance encounter with a heron.", "Now's your chance"},
		{famPrice, "Pay yearly and get 2 months free.", "We spend 2 days free of screens.", "2 months free"},
		{famPrice, "Just $49 (regular price $99).", "The regular price list is on the wall.", "regular price $99"},
		{famPuffery, "A clinically proven cream.", "The bridge was tested last year.", "clinically proven"},
		{famScarcity, "Spaces are almost full.", "My diary is almost full this week.", "almost full"},
		{famHype, "A season of exhilarating books and captivating events.", "The captive audience was exhausted.", "captivating"},
		{famHype, "An incredibly fast blender.", "Your letter means so incredibly much to me.", "incredibly"},
		{famCrowd, "Join 2,000 readers today.", "I joined the club in 2011.", "Join 2,000"},
		{famGuarantee, "Get your money back if it breaks.", "I never got my money back.", "money back"},
		{famPressure, "Buy one before it is gone.", "The shortest answer is because it is gone.", "it is gone"},
		{famScarcity, "Just 12 seats remain for the spring class.", "The hall has 40 seats and a small stage.", "Just 12 seats remain"},
		{famScarcity, "The last batch is going fast.", "The last chapter covers pricing.", "last batch"},
		{famScarcity, "Only a few spots left in May.", "Only a few people asked about May.", "Only a few spots left"},
		{famScarcity, "I've got a handful of the mini-prints left.", "I have a couple of questions left.", "handful of the mini-prints left"},
		{famUrgency, "I've put a few up, so grab one quick before they go.", "I've put the photos up, so take a quick look.", "grab one quick"},
		{famUrgency, "Grab yours quick.", "Grab a quick coffee before the talk.", "Grab yours quick"},
		{famScarcity, "Available while stocks last.", "While the kettle boils, read on.", "while stocks last"},
		{famDeadline, "Prices rise Sunday at midnight.", "The market opens Sunday at nine.", "rise Sunday at midnight"},
		{famDeadline, "The offer closes in 48 hours.", "The workshop closes with a short review.", "closes in 48 hours"},
		{famDeadline, "Registration closes Friday.", "The festival ends on Sunday.", "closes Friday"},
		{famDeadline, "It is the last day today.", "It was the last time I wrote about it.", "last day"},
		{famUrgency, "Grab yours now.", "You can now export to CSV.", "Grab yours now"},
		{famUrgency, "Why wait?", "Why it matters is simple.", "Why wait"},
		{famUrgency, "You can't afford to miss this.", "You can afford to take a week off.", "can't afford to miss"},
		{famUrgency, "Hurry, the doors are opening.", "There is no hurry; take your time.", "Hurry"},
		{famLoss, "Once it's gone, it's gone.", "The old export is gone.", "Once it's gone"},
		{famUrgency, "Now's the time to book your spring service.", "Now's the time of year the swifts come back.", "Now's the time"},
		{famScarcity, "Stocks are running low on the blue mugs.", "The printer ink is running low again.", "Stocks are running low"},
		{famScarcity, "The pottery classes fill up every year.", "Fill up the kettle every morning.", "fill up every year"},
		{famScarcity, "These are going to go quickly.", "The weeks are going to go quickly.", "going to go quickly"},
		{famUrgency, "Come early for the best selection.", "Come early for the parking.", "Come early"},
		{famLoss, "These won't be around for long.", "The swallows won't be around for long.", "These won't be around"},
		{famLoss, "Grab a tin before they're all gone.", "Finish the walk before the light is all gone.", "before they're all gone"},
		{famPuffery, "We give every guest a first-class welcome.", "Your teacher will text you before the first class.", "first-class"},
		{famSuperlative, "Get ready for the best summer ever.", "It was the best summer ever for the allotment.", "best summer ever"},
		{famSuperlative, "This will be our biggest season yet.", "Thank you for making this our biggest season yet.", "biggest season yet"},
		{famScarcity, "The workshop always sells out, so book early.", "The shop sold out of bread in May.", "always sells out"},
		{famScarcity, "Last spring the kayaks sold out in a week.", "Last spring the kayaks sold out in Leeds.", "sold out in a week"},
		{famScarcity, "The cabins sell out every year.", "The cabins sell outdoor gear every year.", "sell out every year"},
		{famUrgency, "The hospice needs you now more than ever.", "Board games are popular now more than ever.", "now more than ever"},
		{famPressure, "Forty families are counting on you this winter.", "We are counting on dry weather this winter.", "counting on you"},
		{famLoss, "If we don't raise $6,000 by May, the clinic will close.", "If we don't hit traffic, we will be there by six.", "If we don't raise $6,000 by May, the clinic will close"},
		{famLoss, "If we can't reach our goal, we lose the grant.", "If we can't reach the market by nine, we lose our pitch.", "If we can't reach our goal, we lose"},
		{famPrice, "Members get a year of classes ($450 value) for $99.", "Every ticket goes into the drawing for a year of classes ($450 value).", "$450 value"},
		{famLoss, "Fees rise in March, so don't say we didn't warn you.", "We didn't warn you about the road works, and we are sorry.", "don't say we didn't warn you"},
		{famLoss, "The kilns book up in a day. You've been warned.", "You've been warned about the icy steps before.", "You've been warned"},
		{famLoss, "Consider yourself warned!", "Consider yourself warned about the ice on the path.", "Consider yourself warned"},
		{famUrgency, "The time is now to join the choir.", "The time is now twenty past six.", "time is now"},
		{famUrgency, "This is one of the last chances to enrol.", "We had few chances to enrol last spring.", "last chances"},
		{famLoss, "Every day without it costs you money.", "The plan costs you $12 a month.", "Every day without it costs you"},
		{famLoss, "Don't get left behind.", "I left the keys behind the door.", "left behind"},
		{famCrowd, "Join 10,000+ marketers who read it.", "Join us on Tuesday at the library.", "Join 10,000"},
		{famCrowd, "Trusted by 5,000 teams.", "Written by two teachers.", "Trusted by 5,000"},
		{famCrowd, "Thousands of happy customers agree.", "Thousands of years ago, the valley flooded.", "Thousands of happy customers"},
		{famPrice, "Save $120 on the annual plan.", "Save your draft before you close it.", "Save $120"},
		{famPrice, "Everything is 60% off.", "60% of readers open on a phone.", "60% off"},
		{famPrice, "It is a $500 value.", "The book costs $40.", "$500 value"},
		{famPrice, "It was $99, now just $49.", "The repair was $40 well spent.", "was $99"},
		{famGuarantee, "Guaranteed results in a week.", "There is no guarantee the train runs on time.", "Guaranteed"},
		{famGuarantee, "Try it risk-free.", "Every plan has some risk.", "risk-free"},
		{famPuffery, "Our world-beating coffee.", "The world is beating a new path.", ""},
		{famPuffery, "A top-tier support team.", "The top shelf holds the tea.", "top-tier"},
		{famPuffery, "Unrivalled experts in baking.", "Experienced bakers in town.", "Unrivalled"},
		{famShouting, "BLACK FRIDAY BLOWOUT starts soon.", "The NASA API uses JSON.", "BLACK FRIDAY BLOWOUT"},
		{famExclaim, "We did it!!", "We did it!", "!!"},
		// more shapes of the same families
		{famScarcity, "The quartet plays this set only tonight.", "The quartet only plays jazz.", "only tonight"},
		{famScarcity, "We can offer only a limited number of places at the group rate.", "Only a small number of readers wrote back.", "only a limited number of places"},
		{famDeadline, "You have three days to claim the seat.", "The film runs two hours with an interval.", "You have three days"},
		{famDeadline, "In spring the rate rises permanently.", "The rate rises with the cost of flour.", "rises permanently"},
		{famGuarantee, "Come along and you won't be sorry.", "We are sorry the lift was out of order.", "won't be sorry"},
		{famUrgency, "Try not to wait, the list is long.", "The trains did not wait for us.", "not to wait"},
		{famLoss, "Once the offer ends, the bonus is gone.", "Once the offer ends, we pack the orders.", "Once the offer ends, the bonus is gone"},
		{famPressure, "After a year like this you owe it to yourself.", "You owe the library two books.", "owe it to yourself"},
		{famPressure, "Drop everything and come to the hall.", "Drop the bag by the door.", "Drop everything"},
		{famPressure, "We are at a crucial moment in the appeal.", "The moment the kettle boils, pour.", "crucial moment"},
		{famHype, "This definitive guide covers every email.", "There is no definitive answer yet.", "definitive guide"},
		{famHardSell, "It is our #1 seller this winter.", "See rule #1 on the sign-up page.", "#1"},
		{famHardSell, "Call now to reserve your spot.", "Call us on Monday to ask about spots.", "Call now"},
		{famShouting, "FIRST 24 hours only.", "PART 1: Why we celebrate", "FIRST"},
		{famSuperlative, "It is our best deal of the season.", "The best part of the season is the light.", "best deal of the season"},
		{famShouting, "HUGE SALE STARTS SATURDAY!", "She drove down to the ACT, then home.", "HUGE SALE STARTS SATURDAY"},
		// superlatives with words in between and a scope
		{famSuperlative, "It is the longest-running revue in theatre history.", "The longest queue formed in the morning.", "longest-running revue in theatre history"},
		{famSuperlative, "Come and hear Yorkshire's greatest brass band.", "It's most likely to rain on Sunday.", "Yorkshire's greatest brass"},
		{famSuperlative, "They bake the freshest rolls in Bristol.", "Most people in Bristol cycle to work.", "freshest rolls in Bristol"},
		{famSuperlative, "It is the biggest arena in the country.", "It is one of the biggest arenas in the country.", "biggest arena in the country"},
		{famSuperlative, "Hear Leeds's greatest choir sing.", "Hear one of Leeds's greatest choirs sing.", "Leeds's greatest choir"},
		// how fast it sells, predicted
		{famScarcity, "The tickets will move quickly.", "If the seats sell out, we add a matinee.", "will move quickly"},
		{famScarcity, "Tickets are sure to sell out fast.", "There is a chance your ticket will sell out while you pay.", "sure to sell out fast"},
		{famScarcity, "Members get exclusive early access.", "Read the exclusive interview with our baker.", "exclusive early access"},
		{famScarcity, "Each sale burns tokens, making them scarcer over time.", "Snow is rarer here than in the hills.", "scarcer"},
		{famScarcity, "Limited stock remains in the warehouse.", "Our Limited Edition knives ship in May.", "Limited stock"},
		// an order after a leading clause
		{famUrgency, "If your party falls in the holiday week, order a cake today.", "If you can, we book the hall today.", "order a cake today"},
		// proof and crowd claims
		{famCrowd, "It is the plan that generated millions for small shops.", "Millions of stars fill the sky.", "generated millions"},
		{famPuffery, "Use our proven formula for headlines.", "The theory was proven wrong.", "proven formula"},
		// loss and price claims without a number
		{famLoss, "Every week you wait, you're losing money.", "The team is losing the match.", "you're losing money"},
		{famLoss, "When it's gone, it's gone.", "When the snow has gone, the path opens.", "When it's gone"},
		{famPrice, "Book early and save yourself so much money.", "Save yourself the trip and call ahead.", "save yourself so much money"},
		{famPrice, "Early supporters buy at discounted rates.", "The discounted cash flow model is in chapter 3.", "discounted rates"},
		// a price that climbs by schedule
		{famDeadline, "The price goes up every week until launch.", "Prices rise with the cost of flour.", "goes up every week"},
		{famDeadline, "It increases by 20% with each stage.", "Attendance increases each year.", ""},
		// a state, not a push
		{famScarcity, "Seats are almost sold out.", "The tickets sold out last spring.", "almost sold out"},
		{famPressure, "Don't miss out on the tasting.", "If you still miss out, volunteer at the door.", "miss out"},
		// hype the classic lists lack
		{famHype, "An electrifying night of song.", "An electric heater warms the hall.", "electrifying"},
		{famUrgency, "Need a gift, just shop online today.", "Need a gift? We shop for ours today.", "shop online today"},
		{famDeadline, "Orders placed by tomorrow ship in time.", "We will know more by tomorrow.", ""},
		{famDeadline, "I will raise prices as the deadline approaches.", "We raise money for the library each spring.", "raise prices as the deadline"},
		{famPressure, "The list is long and the time is short.", "The time is five past nine.", "time is short"},
		{famPressure, "Be quick this time to avoid missing out.", "The quiz is quick, and nothing is missing.", "missing out"},
		// bare orders and quiet conditions of event and shop copy
		{famHardSell, "The run is nearly over. Get your tickets.", "Get tickets at the box office from 10 a.m.", "Get your tickets"},
		{famHardSell, "Grab tickets before it's too late!", "We got our tickets in March.", "Grab tickets"},
		{famLoss, "Grab tickets before it's too late!", "It is never too late to learn the fiddle.", "too late"},
		{famUrgency, "Come early on release day to save.", "Arrive early to find parking.", "Come early"},
		{famUrgency, "Book early to avoid disappointment.", "Book early in the week if you like quiet mornings.", "Book early"},
		{famScarcity, "If you're worried tickets will run out, members can buy first.", "If you're worried the battery will run out, carry a spare.", "If you're worried tickets will run out"},
		{famScarcity, "Supplies are limited!", "Parking is limited on market days.", "Supplies are limited"},
		{famDeadline, "With each download the book rises in price.", "Prices rise with the cost of flour.", "each download the book rises"},
		{famUrgency, "There are 8 shows left, what are you waiting on?", "What are you waiting on the porch for?", "waiting on"},
		{famShouting, "YOU were born to do this.", "You were born in May.", "YOU"},
		{famScarcity, "Tables sell out quickly.", "If the tables sell out, we open the back room.", "Tables sell out quickly"},
		{famScarcity, "Club members get a presale on Wednesday.", "The presale starts on Wednesday at 10.", "members get a presale"},
		{famScarcity, "The first copy is free.", "The first copy arrived damaged.", "The first copy is free"},
		{famHardSell, "Grab kits before the fair opens.", "We packed the kits before the fair opened.", "Grab kits"},
		{famCrowd, "Due to overwhelming demand, a second show is added.", "Demand for flour rose in May.", "overwhelming demand"},
		{famUrgency, "Don't hesitate, the list is short.", "Please don't hesitate to email us with questions.", "hesitate"},
		{famUrgency, "Don't hesitate to send in your pledge before the doors close.", "Please don't hesitate to send me a note about sizes.", "hesitate"},
		{famUrgency, "Don't hesitate to give to the fund before Friday.", "Please don't hesitate to give us a call about sizes.", "hesitate"},
		{famUrgency, "Rush to the counter before the trays are empty.", "During the lunch rush the phones are busy, so email instead.", "Rush"},
		{famUrgency, "Shoppers always rush for the tins at the first snow.", "Shoppers waited at the gate to rush in when the bell rang.", "rush"},
		{famUrgency, "Everyone will rush for these, so be quick.", "Dozens of shoppers queued at dawn to rush the doors.", "rush"},
		{famPressure, "The countdown is on: the sale ends Sunday.", "Easter is 30 days off, and the countdown on my fridge says so.", "countdown"},
		{famPressure, "The countdown to Christmas is on, with gift boxes at the till.", "Christmas is near, and the countdown on the shop wall reads 12.", "countdown"},
		{famPressure, "The countdown to the price rise is on.", "The market calls its late opening the Countdown to Spring.", "countdown"},
		{famSuperlative, "It is the biggest sale day of the year.", "Saturday is the biggest market day of the year in town.", "biggest sale day of the year"},
		{famSuperlative, "This is our biggest weekend of the year.", "The solstice is the longest day of the year.", "biggest weekend of the year"},
		{famShouting, "The bags are ON SALE at NOON today.", "We do NOT cancel orders once they ship.", "SALE at NOON"},
		{famShouting, "HUGE savings on every coat.", "NOTE: you must register before you apply.", "HUGE"},
		{famPrice, "Double your impact before Friday.", "Double the recipe for a crowd.", "Double your impact"},
		{famPrice, "Every gift will be tripled by our sponsor.", "Last spring the sponsor tripled 40 gifts.", "gift will be tripled"},
		{famDeadline, "The match ends Saturday, just two days away.", "The farm is just two miles away.", "just two days away"},
		{famSuperlative, "This is the plant sale of all plant sales.", "This is the best of all the plant sales we visited.", "sale of all plant sales"},
		{famSuperlative, "It is the mother of all clearances.", "She is the mother of all three bakers.", "mother of all clearances"},
		{famDeadline, "Offer valid until Friday.", "The room is available until Friday.", "Offer valid until Friday"},
		{famDeadline, "The bundle is on sale for 48 hours only.", "The hall is open for three days only if it rains.", "48 hours only"},
		{famPrice, "Buy one, get one free.", "Get one free sample at the door.", "get one free"},
		{famScarcity, "Seats are filling up fast.", "The tank is filling up.", "filling up fast"},
		{famScarcity, "The class is filling up.", "The kettle is filling up.", "filling up"},
		{famScarcity, "The tickets are flying out the door.", "The birds are flying off the roof.", "flying out the door"},
		{famLoss, "Don't be left out.", "I left out the salt.", "be left out"},
		{famLoss, "Don't let this chance pass you by.", "The parade will pass you on the left.", "pass you by"},
		{famPrice, "Massive discounts on every coat.", "Big discounts are common in January.", "Massive discounts"},
		{famPrice, "Rock-bottom prices all week.", "Prices at the bottom shelf are lower.", "Rock-bottom prices"},
		{famDeadline, "Order by Friday to get it in time.", "We book by the hour.", "Order by Friday"},
		{famDeadline, "Shop the sale before it ends.", "Get there before the doors open.", "before it ends"},
		{famDeadline, "Register before March 1.", "Try it before March 1.", "Register before March"},
		{famDeadline, "Everything is 20% off until Sunday.", "It costs $40 and runs until 9 pm.", "until Sunday"},
		{famDeadline, "Candles are on offer this week only.", "This week only the back door is open.", "week only"},
		{famUrgency, "You won't want to miss this.", "I don't want to miss the bus.", "won't want to miss"},
		{famPrice, "Three candles for the price of 2.", "The price of 2 apples rose.", "for the price of 2"},
		{famCrowd, "Over 500 readers grabbed a copy in the first hour.", "Over 500 readers wrote in about the bridge.", "500 readers grabbed"},
		{famPrice, "A donor will match every dollar given.", "We match your pace on the walk.", "match every dollar"},
		{famUrgency, "Please give now.", "Please give the dog water.", "give now"},
		{famDeadline, "After Sunday it goes back to $9.99.", "The tram goes back to the depot.", "goes back to $9.99"},
		// an appeal that calls its need urgent
		{famUrgency, "This need is urgent.", "For urgent requests, call the front desk.", "need is urgent"},
		{famUrgency, "The need is urgent.", "If the need feels urgent to you, the form is below.", "need is urgent"},
		{famUrgency, "Warm blankets are urgently needed.", "The clinic offers urgent care at weekends.", "urgently needed"},
		{famUrgency, "Families desperately need blankets.", "You don't need, but desperately want, a new kettle.", "desperately need"},
		{famUrgency, "Help us close the gap on our crucial end-of-month goal.", "Your gift is crucial in helping us reach our goal.", "crucial end-of-month goal"},
		{famUrgency, "A critical $5,000 challenge ends soon.", "The course teaches critical thinking.", "critical $5,000 challenge"},
		{famUrgency, "The time is now.", "The time is now half past six.", "time is now"},
		{famUrgency, "Now is the time to give.", "If you need a lamp, now is the time.", "Now is the time"},
		{famUrgency, "Now is the time to act.", "Now is the time of year when the swifts leave.", "Now is the time"},
		// a countdown to a goal, without an order
		{famDeadline, "We must reach the goal in the next 20 days.", "We will ship your order in the next 20 days.", "in the next 20 days"},
		// a harm laid at the reader's door, time made the reason, a
		// result promised, and the push asked as a question
		{famLoss, "Without your gift, the children will go hungry.", "Without your password, you can't sign in.", "Without your gift, the children will go hungry"},
		{famUrgency, "For these families every day counts.", "In an election every vote counts.", "every day counts"},
		{famPuffery, "This habit will transform your business.", "Transform the dough into a ball.", "transform your business"},
		{famUrgency, "Can you really afford to wait?", "Can you afford to take a week off?", "Can you really afford to wait"},
		// limits of time and heads, stock running low, a warning, a crowd
		// that got there first
		{famDeadline, "Only available this week.", "Only available in blue.", "Only available this week"},
		{famDeadline, "Weekend only.", "The weekend only feels short.", "Weekend only"},
		{famScarcity, "Only available to the first 50 buyers.", "The first 50 customers were from Leeds.", "first 50 buyers"},
		{famScarcity, "Stock is running low.", "The battery is running low.", "Stock is running low"},
		{famLoss, "Tomorrow may be too late.", "It is too late to change the date.", "may be too late"},
		{famCrowd, "Thousands have already signed up.", "Thousands have gone to the fair.", "Thousands have already signed"},
		{famCrowd, "Over 4,000 people have completed the course.", "More than 2,200 people have already contributed.", "4,000 people have"},
		{famCrowd, "Thousands of people swear by it.", "Thousands of people are signing the pledge.", "Thousands of people"},
		// an appeal's goal in sight, its deadline and its emergency
		{famUrgency, "We're only $5,000 away from our goal.", "The farm is only two miles away from the goal posts.", "only $5,000 away from our goal"},
		{famUrgency, "We are just 40 people away from 300 backers.", "The hut is just 40 minutes away from 300 acres of pine.", "just 40 people away from 300 backers"},
		{famDeadline, "Donate by Friday to have your gift matched.", "We donate the bread to the shelter by the van.", "Donate by Friday"},
		{famUrgency, "This is an emergency appeal for the valley.", "Please keep an emergency contact on file.", "emergency appeal"},
		// capitals that stress a rule or copy a label from the screen
		{famShouting, "SUMMER SALE starts at noon.", "All sales are FINAL, and the code WILL NOT work outside the CLEARANCE tab.", "SUMMER SALE"},
		{famShouting, "The SPECIAL PRICES end soon.", "ONLY items under the SPECIALLY PRICED section qualify.", "SPECIAL PRICES"},
		// single marks spread through one paragraph
		{famExclaim, "What a week! The ovens are hot! The bread is out! Come early.", "What a week! The ovens are hot. The bread is out!", "!"},
		// published shop and author copy: stock about to go, an offer over
		// at a time, a discount in words, the moment to buy, rank and
		// results worn as praise, a crowd given as the reason
		{famScarcity, "Scoop them up before they sell out.", "The hall sold out in May, so we moved.", "before they sell out"},
		{famScarcity, "Mark your calendar so it doesn't sell out.", "The bakers work fast so they sell out by noon.", "so it doesn't sell out"},
		{famScarcity, "Order Monday (if what you want is still there).", "Call me if you are still there at five.", "if what you want is still there"},
		{famScarcity, "Grab a jar while they're still available.", "While you're still in town, visit the mill.", "while they're still available"},
		{famDeadline, "At midnight on Sunday this sale is over!", "The sale is over; thanks to all who came.", "sale is over"},
		{famDeadline, "We're extending early bird pricing until this Friday.", "The shop is open until Friday.", "pricing until this Friday"},
		{famPrice, "Members get 20 percent off everything.", "About 20 percent of members are off sick.", "20 percent off"},
		{famPrice, "Insiders get 10 per cent off.", "Turnout was 10 per cent higher.", "10 per cent off"},
		{famUrgency, "It's the perfect time to pick up gifts.", "Spring is the best time to plant garlic.", "perfect time to pick"},
		{famPuffery, "This celeb-favorite serum clears skin.", "My favorite serum is the cheap one.", "celeb-favorite"},
		{famPuffery, "Her book became a number-one bestseller.", "The novel became a bestseller in 1962.", "bestseller"},
		{famPuffery, "Meet the international best-selling author.", "She wrote a best-selling novel in 1962.", "best-selling"},
		{famPuffery, "I multiplied my income ten times over.", "I multiplied the recipe by three.", "multiplied my income"},
		{famCrowd, "Due to popular demand, we're extending the sale.", "The choir is back by popular demand.", "popular demand"},
		{famScarcity, "Order today, if the print is still available.", "The page checks to see if seats are still available.", "if the print is still available"},
		{famPrice, "It is down from the regular price of $26.95.", "The regular price of milk rose in May.", "regular price of $26.95"},
		{famPrice, "That's a steep discount.", "The path makes a steep climb.", "steep discount"},
		{famSuperlative, "It's the lowest price on candles this year.", "It was the hottest day this year.", "lowest price on candles this year"},
		{famScarcity, "There will be 40 exclusive drops.", "Read the exclusive interview with our baker.", "exclusive drops"},
		{famScarcity, "Candles sell out quickly online.", "If the candles sell out, we make more.", "Candles sell out quickly"},
		{famScarcity, "In-store quantities are also limited.", "Parking is also limited on market days.", "quantities are also limited"},
		{famDeadline, "They offer free shipping during the whole month of February!", "Free shipping on orders over $50.", "free shipping during the whole month"},
		{famMinimiser, "Just $10 can feed a child for a week.", "Tickets are just $10 at the door.", "Just $10"},
		{famMinimiser, "For as little as $5 a month you can sponsor a reader.", "The bus costs as little as $5 a day.", "little as $5"},
		{famMinimiser, "Your $100 provides 400 hot meals.", "Our $40 kit provides everything for the class.", "Your $100"},
		{famMinimiser, "Every $1 you donate can help connect a child with a meal.", "Every $1 coin is made of brass.", "Every $1"},
		{famMinimiser, "Every little bit helps.", "Every little bird sang at dawn.", "Every little bit helps"},
		{famMinimiser, "Every penny you give helps.", "We'll refund every penny if it breaks, and you can keep the box.", "Every penny you give helps"},
		{famMinimiser, "Your $60 buys a winter coat.", "King size: $629, save $770.", "Your $60"},
		{famMinimiser, "All it takes is $40 a month.", "All it takes is patience and a sharp knife.", "All it takes is $40"},
		{famMinimiser, "All I'm asking for is TWO DOLLARS.", "All I'm asking for is a reply.", "TWO DOLLARS"},
		{famMinimiser, "A gift costs less than the price of a coffee.", "We serve coffee from nine.", "price of a coffee"},
		{famSuffering, "Tens of thousands of children are starving.", "Thousands of people visit the fair each summer.", "thousands of children"},
		{famSuffering, "Countless families are fleeing the floods.", "Countless families came to the picnic.", "Countless families"},
		{famSuffering, "Hundreds of thousands of Somalis are without food and fleeing the drought.", "Hundreds of Londoners ran the race.", "Hundreds of thousands of Somalis"},
		{famLoss, "If we cannot act, thousands more may die.", "Plants may die if you overwater them.", "may die"},
		{famLoss, "One child in ten is at risk of starving.", "The report is at risk of running late.", "at risk of starving"},
		{famLoss, "Don't let this happen to you.", "Tell me what happened to you.", "Don't let this happen to you"},
		{famUrgency, "The blue ones went fast, so get yours today.", "The shop is open today, and the kettle is on.", "get yours today"},
		{famUrgency, "We need your help right now.", "I am broke right now.", "your help right now"},
		{famUrgency, "Your gift will immediately be rushed to the camps.", "The parcel was immediately recognised.", "immediately be rushed"},
		{famUrgency, "Without immediate help, the shelter will close.", "My immediate family lives nearby.", "immediate help"},
		{famUrgency, "Immediate support is needed at the camps.", "We need to get through the immediate crisis.", "Immediate support"},
		{famUrgency, "No one will want to miss this party.", "I won't want to miss the bus.", "No one will want to miss"},
		{famPrice, "All gifts made this week will be matched up to $5,000.", "The socks will be matched up by colour.", "be matched up"},
		{famDeadline, "We need to hear from you by Friday.", "We need to finish the roof by Friday.", "by Friday"},
		{famPressure, "Please, please, please give what you can.", "Please reply by email.", "Please, please"},
		{famPressure, "I beg you to read this.", "The dog begs at the table.", "beg you"},
		{famShouting, "It would mean a LOT to them.", "Park in the NCP car park.", "LOT"},
		{famGuarantee, "We're so confident you'll love it that the first box is on us.", "I'm confident you'll find the hall easily.", "so confident you'll love"},
		{famPrice, "Members unlock our best savings.", "The best tables are by the window.", "best savings"},
		{famScarcity, "Snag those coveted tickets on Friday.", "The coveted award went to a baker from Leeds.", "coveted tickets"},
		// pushes built from word classes: time that runs out, this very
		// moment, a forecast, a gift that grows, an obligation, a chance
		// that goes, now as the best time
		{famUrgency, "The clock is quietly ticking on the early rate.", "The clock in the hall has a loud tick.", "clock is quietly ticking"},
		{famUrgency, "Our enrolment window is closing quickly.", "Our window is closing for the winter repairs.", "window is closing quickly"},
		{famUrgency, "The end of the offer is drawing near.", "The time is coming when we will need a bigger hall.", "offer is drawing near"},
		{famUrgency, "Book your place this minute and thank me later.", "This minute detail changes the whole recipe.", "this minute"},
		{famUrgency, "Head to the shop right this second.", "At this second we know very little.", "right this second"},
		{famUrgency, "Just book the retreat already.", "The tickets have sold already.", "book the retreat already"},
		{famScarcity, "I expect the spring class to sell out.", "Expect the doors to open at six.", "expect the spring class to sell out"},
		{famPrice, "Your pledge will triple before Sunday.", "The recipe will double easily for a crowd.", "pledge will triple"},
		{famPrice, "Each donation this week goes twice as far.", "The new bus goes twice as far on a charge.", "donation this week goes twice as far"},
		{famPressure, "You really need to hear this album.", "You need to check your spam folder first.", "You really need to hear this"},
		{famPressure, "Honestly, you must try these pastries.", "You must bring your own mat.", "you must try these"},
		// a limited run, stock that will not last, places said to be
		// limited, the reader told to act now, told to go and see it
		{famScarcity, "I only printed 60 copies of each print.", "I only printed the cover in colour.", "only printed 60 copies"},
		{famScarcity, "The stock isn't gonna last long, friends.", "The battery isn't gonna last long on a cold day.", "stock isn't gonna last long"},
		{famScarcity, "Places are not going to last.", "This weather is not going to last.", "Places are not going to last"},
		{famScarcity, "Enrollment is usually limited at the lake camp.", "Parking is usually limited to the west lot.", "Enrollment is usually limited"},
		{famUrgency, "That is why you need to register now for June.", "You need to restart now and then to apply updates.", "you need to register now"},
		{famHype, "We cannot wait to see this masterpiece on screen.", "We cannot wait to see the master print on screen.", "masterpiece"},
		{famHype, "The iconic band headlines on Friday.", "The icon on the band's page links to Friday.", "iconic"},
		{famPressure, "You just have to go and see this show.", "You have to go and check your spam folder.", "go and see this"},
		{famPressure, "You have to go over there and see it.", "You have to go over there and sign the form.", "You have to go over there and see it"},
		{famLoss, "Deals like these rarely come along.", "The number 9 bus rarely comes along on time.", "Deals like these rarely come along"},
		{famLoss, "Don't let this chance slip by.", "Don't let the rope slip.", "chance slip"},
		{famPrice, "Members get an amazing offer on the first box.", "Neighbours made an amazing offer of help.", "amazing offer"},
		{famPrice, "Renew with heavily discounted bundles.", "The bundles are discounted for schools.", "heavily discounted"},
		{famPrice, "Shop drastically reduced prices in the back room.", "Patients saw greatly reduced waiting times.", "drastically reduced prices"},
		{famHardSell, "Every order is 100% risk-free.", "The shirts are 100% organic cotton.", "100%"},
		{famHardSell, "You will be 100% satisfied.", "100% of the proceeds go to the shelter.", "100%"},
		{famShouting, "NO FEES, BIG SAVINGS all week.", "NO PETS in the hall, please.", "NO FEES, BIG SAVINGS"},
		{famShouting, "DOORS OPEN AT NOON for the sale.", "LATECOMERS WILL NOT BE SEATED until the interval.", "DOORS OPEN AT NOON"},
		{famGuarantee, "We guarantee you will sleep better.", "Your ticket guarantees a seat in the stalls.", "guarantee"},
		{famSuperlative, "Other bakeries simply can't compete with this crust.", "We simply can't compete with the supermarkets on price.", "Other bakeries simply can't compete"},
		{famSuperlative, "When it comes to flavour, nothing compares.", "Compare the two maps before you set off.", "nothing compares"},
		{famSuffering, "Tonight Amara is starving in a camp outside the city.", "He is dying to see the new garden.", "Amara is starving"},
		{famSuffering, "Her baby is going hungry.", "My dog is going hungry until the vet says so, poor thing, but she is fine.", "baby is going hungry"},
		{famUrgency, "There is no better time to plant garlic.", "There is no better place to sit than the porch.", "no better time"},
		// victims counted with their harm are one signal of suffering at
		// scale: not a crowd to follow, and not a loss on top of it
		{famSuffering, "Unless the appeal succeeds, thousands of families will suffer.", "Thousands of families came to the fair.", "thousands of families"},
		{famCrowd, "Thousands of happy customers agree.", "Unless the appeal succeeds, thousands of families will suffer.", "Thousands of happy customers"},
		{famLoss, "If we cannot act, thousands more may die.", "Unless the appeal succeeds, thousands of families will suffer.", "may die"},
		// places that fill, and stock foretold to go
		{famScarcity, "Don't wait, the classes fill fast.", "Fill out the form quickly and hand it in.", "fill fast"},
		{famLoss, "Don't wait too long or they might be all gone!", "The snow will be gone by noon.", "they might be all gone"},
		{famLoss, "The seats will be gone soon.", "They will be gone for a week in May.", "seats will be gone soon"},
		// a seller's promise, not what the reader secures by ordering
		{famGuarantee, "We guarantee you will love the fit.", "Preorder and you're able to guarantee you get the size you want.", "guarantee"},
		// a small amount asked of the reader, not advice about another's gift
		{famMinimiser, "If you can, donate even $5 this week.", "Getting a backer to pledge even $1 early beats a late pledge.", "even $5"},
		{famMinimiser, "Give just $5 and the bus runs another day.", "Getting a backer to pledge even $1 early beats a late pledge.", "just $5"},
		// an order drummed in, as "please, please, please" begs
		{famPressure, "The drive ends Friday, so give, give, give.", "We give and give, and then we give a bit more.", "give, give, give"},
		{famPressure, "Shop, shop, shop! The doors close at six.", "Shop around, then shop again next week.", "Shop, shop, shop"},
		// an order with a word of haste, in a later clause or as the writer's wish
		{famUrgency, "The prints are limited, so claim ASAP if you want one.", "I'll send the files ASAP and sign them on Monday.", "claim ASAP"},
		{famUrgency, "I want you to claim right now, while they last.", "I want you to know right now that the shop is shut.", "claim right now"},
		{famUrgency, "I urge you to book today.", "I urge you to read the terms.", "book today"},
		// a fundraiser's end is a deadline as a sale's is
		{famDeadline, "The matching challenge ends Thursday at midnight.", "The challenge ends when the last runner crosses the line.", "challenge ends Thursday at midnight"},
		{famDeadline, "The giveaway closes Friday at noon.", "The giveaway table closes the fair.", "giveaway closes Friday"},
		// an appeal's gift bound to the day in a clause about the reader
		{famUrgency, "When you donate today, your gift is doubled.", "When you arrive today, sign in at the desk.", "When you donate today"},
		{famUrgency, "If you give now, the van leaves on Monday.", "If you gave last year, thank you.", "If you give now"},
		// the asked-for act named as a thing, bound to the day and made to do something
		{famUrgency, "That's why donating today is so important.", "Thank you for donating today.", "donating today"},
		{famUrgency, "Giving right now will go twice as far.", "Giving now feels easier than it did.", "Giving right now"},
		// a drive forbidden to stop at this moment
		{famUrgency, "We can't let up now, so chip in what you can.", "The rain won't let up now, so bring a coat.", "can't let up now"},
		{famUrgency, "Don't stop now: the goal is in sight.", "Stop now and then to stretch.", "Don't stop now"},
		// an order to buy bound to this week, not an invitation to come
		{famUrgency, "Stock up on candles this week.", "Join us this weekend for the reading.", "Stock up on candles this week"},
		{famUrgency, "Grab your copy this weekend.", "We restock the shelves this week.", "Grab your copy this weekend"},
		// ranked above all the reader will meet, not a count of how often
		{famSuperlative, "This is the most important letter you will read this year.", "The most common question you'll hear is about sizing.", "most important letter you will read"},
		{famSuperlative, "It is the best coffee you've ever tasted.", "The cheapest way you can get there is the bus.", "best coffee you've ever tasted"},
		// "100%" spelled out
		{famHardSell, "This is 100 percent preventable, and you can help.", "100 percent of the proceeds go to the shelter.", "100 percent"},
		// a word in capitals hyphened to a number or a lower-case word is
		// a term as it is spelt; hyphened to capitals it is still a shout
		{famShouting, "The market closed in the COVID-19 winter, and now we are BACK.", "The market closed in the COVID-19 winter.", "BACK"},
		{famShouting, "Our loaves are FRESH-BAKED every morning.", "Dip the crusts in EVOO-soaked herbs.", "FRESH"},
		{famShouting, "Every download is FREE today.", "Every download is DRM-free and yours to keep.", "FREE"},
		{famShouting, "The flour is ORGANIC and local.", "The flour is non-GMO and local.", "ORGANIC"},
		// an abbreviation followed by the words it stands for is a name;
		// capitals followed by words in brackets that it does not spell
		// are still a shout
		{famSuperlative, "The fair is back, bigger and better.", "The bus is faster and cheaper.", "bigger and better"},
		{famSuperlative, "Try the new and improved formula.", "Bring new and old books.", "new and improved"},
		{famSuperlative, "This year the fair is bigger and better.", "Our manager is off to bigger and better things.", "bigger and better"},
		{famHype, "Her new novel is a gripping thriller.", "Gripping the rail, she climbed the stairs.", "gripping"},
		{famPressure, "Book early to avoid disappointment.", "Book early to avoid the queues.", "avoid disappointment"},
		{famPressure, "Register sooner rather than later.", "Register the bike at the desk.", "sooner rather than later"},
		{famSuperlative, "It is the most amazing blend ever.", "Most growers have not picked yet.", "most amazing blend ever"},
		{famPressure, "Give today: there is very little time left.", "There is a little time left over for tea.", "very little time left"},
		{famPressure, "Snap up a coat in the sale.", "The snap peas came up early.", "Snap up"},
		{famUrgency, "If you haven't given yet, it's not too late.", "If you haven't been, the café is worth a visit.", "If you haven't given yet, it's not too late"},
		{famUrgency, "If you have not registered, there's still time.", "If you have not registered, the desk can help.", "still time"},
		{famPrice, "Every coat has a 40% reduction.", "A 40% reduction in waiting times.", "40% reduction"},
		{famShouting, "Sales like this bring HUGE (and real) savings.", "Sales like this create FOMO (Fear Of Missing Out) in shoppers.", "HUGE"},
		{famShouting, "Entry is FREE (for everyone) on Sunday.", "The NIMBY (Not In My Back Yard) letters came in on Sunday.", "FREE"},
	}
	runFamilyCases(t, cases)
}

// familyCase is a sentence a pitch family must find and a near miss it
// must not.
type familyCase struct {
	fam       family
	hit, miss string
	want      string // the signal's words in hit; "" for any
}

// runFamilyCases checks each case: hit holds a signal of its family with
// the wanted words, and miss holds none of that family.
func runFamilyCases(t *testing.T, cases []familyCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(string(c.fam)+" "+c.hit, func(t *testing.T) {
			hit := signalsOf(t, c.hit)
			found := false
			for _, s := range hit {
				if strings.HasPrefix(s, string(c.fam)+": ") && (c.want == "" || strings.Contains(s, c.want)) {
					found = true
				}
			}
			if !found {
				t.Errorf("%q: signals %q, want a %s signal %q", c.hit, hit, c.fam, c.want)
			}
			for _, s := range signalsOf(t, c.miss) {
				if strings.HasPrefix(s, string(c.fam)+": ") {
					t.Errorf("near miss %q: found %q", c.miss, s)
				}
			}
		})
	}
}

// TestPitchShoutingOnce: a run of capitals is one signal, not one a word.
func TestPitchShoutingOnce(t *testing.T) {
	got := signalsOf(t, "BLACK FRIDAY BLOWOUT is here.")
	if len(got) != 1 || got[0] != "shouting: BLACK FRIDAY BLOWOUT" {
		t.Errorf("signals %q, want one shouting signal", got)
	}
}

// TestPitchShoutedLine: a shouted line with a date in it is still one
// shout.
func TestPitchShoutedLine(t *testing.T) {
	got := signalsOf(t, "DOORS OPEN MAY 4, 2026 AT NOON (LOCAL TIME) in the old hall.")
	if len(got) != 1 || !strings.HasPrefix(got[0], "shouting: DOORS OPEN MAY") || !strings.Contains(got[0], "LOCAL TIME") {
		t.Errorf("signals %q, want one shouting signal", got)
	}
}

// TestPitchDemandOnce: a demand claim repeated is one signal.
func TestPitchDemandOnce(t *testing.T) {
	src := "Due to overwhelming demand we added a show. The overwhelming demand surprised us, and high demand continues."
	got := signalsOf(t, src)
	if len(got) != 3 {
		t.Fatalf("signals %q, want three demand signals", got)
	}
	res := lintWith(t, config.Lint{}, src)
	if len(only(res, "pitch-heavy")) != 0 {
		t.Errorf("one claim said three times fired pitch-heavy: %q", got)
	}
}

// TestPitchQuotedMention: block quotes are quoted material and give no
// signal, but a phrase in quotation marks inside the writer's own
// paragraph is copy like the rest of it, as readers count it.
func TestPitchQuotedMention(t *testing.T) {
	if got := signalsOf(t, "> Only 12 left in stock!!\n\nThe number makes a claim feel like a fact."); len(got) != 0 {
		t.Errorf("block-quoted phrase gave signals %q", got)
	}
	got := signalsOf(t, `The emails went from "Hurry, 20% off" to "only 48 hours left" in a week.`)
	if len(got) == 0 {
		t.Errorf("inline quotes gave no signals")
	}
}

// TestPitchMessage: the message names the strongest signals in plain
// text and the finding points at the paragraph where they cluster, not
// at the title.
func TestPitchMessage(t *testing.T) {
	src := "---\ntitle: \"HUGE NEWS!!\"\n---\n\nThe shop on Main Street has new shelves and a reading corner for children.\n\n" +
		"Prices rise **Sunday at midnight**, just 12 seats remain, and you can save $120 today.\n\n" +
		repeat("The reading corner has cushions, a lamp and a basket of picture books.", 3) + "\n"
	res := lintWith(t, config.Lint{}, src)
	ds := only(res, "pitch-heavy")
	if len(ds) != 1 {
		t.Fatalf("got %d pitch-heavy findings, want 1", len(ds))
	}
	d := ds[0]
	if d.Line != 7 {
		t.Errorf("finding on line %d, want 7 (the paragraph with the signals)", d.Line)
	}
	for _, want := range []string{`"Prices rise Sunday at midnight" (deadline)`, `"just 12 seats remain" (scarcity)`} {
		if !strings.Contains(d.Message, want) {
			t.Errorf("message %q lacks %s", d.Message, want)
		}
	}
	if strings.Contains(d.Message, "**") {
		t.Errorf("message quotes Markdown: %q", d.Message)
	}
}

// TestPitchCalmSale: a calm sale names its end date and its prices; they
// are one deadline and one price anchor, not a cluster.
func TestPitchCalmSale(t *testing.T) {
	runRuleCases(t, "pitch-heavy", config.Lint{}, []ruleCase{
		{"calm sale", "The winter sale ends Sunday. Coats are 30% off, and you save $40 on any pair of boots. Sizes run true; the fit guide on each page has the measurements.\n\nReturns are free for 60 days. Have a look at what's left on the sale page.", false},
		{"pushy sale", "The winter sale ends Sunday! Coats are 30% off, but only 3 left in most sizes. Hurry, once they're gone, they're gone.", true},
	})
}

// TestPitchTalk: a piece that writes about pitch tactics shows the
// pressure it discusses; its pressure phrases are mentions. Its own praise
// still counts, and a sales page that names its countdown once is still a
// sales page.
func TestPitchTalk(t *testing.T) {
	runRuleCases(t, "pitch-heavy", config.Lint{}, []ruleCase{
		{"essay on fake urgency", "Every sales page has the countdown timer now. It tells you to act now or miss out, and that you'll regret it forever.\n\n" +
			"Urgency works on us because scarcity feels like loss. The tactic is old; the timer is new. Notice it, and give yourself a day before you buy.", false},
		{"sales page with a countdown", "The countdown is on! Act now: only 5 seats left, and the offer closes tonight at midnight. Don't miss out.", true},
		{"guide that sells itself", "Urgency and scarcity are the oldest tactics in the book, and the countdown timer is the newest.\n\n" +
			"This definitive guide is the ultimate, game-changing, revolutionary playbook: the secret weapon of the world's top brands.", true},
	})
}

// TestPitchCapitalsTypeface: a notice set in capitals uses them as its
// typeface; a shouted line in a calm piece still shouts.
func TestPitchCapitalsTypeface(t *testing.T) {
	notice := "CANCELLATION POLICY\n\nWE REQUIRE 24 HOURS NOTICE IF YOU NEED TO CANCEL OR MOVE YOUR VISIT, AND A FEE APPLIES AFTER THAT.\n\nCHILD POLICY\n\nCHILDREN UNDER 12 MAY NOT JOIN GUESTS IN THE SALON, SO PLEASE BOOK THEIR OWN VISIT ON ANOTHER DAY.\n"
	if got := only(lintWith(t, config.Lint{}, notice), "pitch-heavy"); len(got) > 0 {
		t.Errorf("a notice in capitals fired: %v", got[0].Message)
	}
	shout := "Our spring sale starts on Friday.\n\nHUGE SAVINGS on every coat. ACT FAST, the BEST DEALS go first!!\n"
	if got := only(lintWith(t, config.Lint{}, shout), "pitch-heavy"); len(got) == 0 {
		t.Errorf("shouted lines in a calm piece did not fire: %q", signalsOf(t, shout))
	}
}

// calmFiller is a plain sentence with no pitch in it (14 words).
const calmFiller = "The workshop sits behind the bakery, and the kiln runs on Tuesdays and Thursdays."

// TestPitchTalkedUpOffers: prices given plainly are one signal however
// many there are, and so are cheerful single exclamation marks; each
// offer talked up with an intensifier or a run of exclamation marks is
// pushed on its own.
func TestPitchTalkedUpOffers(t *testing.T) {
	runRuleCases(t, "pitch-heavy", config.Lint{}, []ruleCase{
		{"offers stacked and talked up", "Your plan renews in May, and you get a massive 60% discount on the renewal!!\n\n" +
			"Better still, refer a friend and your next year is completely free.\n\n" +
			"Your friend gets 10% off their first order, too. The renewal page has the details.", true},
		{"cheerful signs", "The spring sale is on. Coats are 30% off! Boots are 20% off! Scarves are 10% off, and the sale ends Sunday.\n\n" +
			"Sizes run true; the fit guide on each page has the measurements, and returns are free for 60 days.", false},
		{"the same offers given plainly", "Your plan renews in May at a 60% discount on the list price.\n\n" +
			"If a friend you refer signs up, your next year is free, and your friend gets 10% off their first order. The renewal page has the details.", false},
	})
}

// TestPitchShortParagraphs: one-line paragraphs in a row are read as one
// paragraph; the same signals far apart in a long page are not a cluster.
func TestPitchShortParagraphs(t *testing.T) {
	calm := repeat(calmFiller, 4)
	runRuleCases(t, "pitch-heavy", config.Lint{}, []ruleCase{
		{"one-line paragraphs that push", "Just 8 places remain.\n\nThe offer closes Friday.\n\nWhy wait?\n\n" + calm + "\n\n" + calm + "\n\n" + calm + "\n\n" + calm, true},
		{"the same signals far apart", "Just 8 places remain.\n\n" + calm + "\n\n" + calm + "\n\nThe offer closes Friday.\n\n" + calm + "\n\n" + calm + "\n\nWhy wait?", false},
	})
}

// TestPitchPressureSpread: pressure on the reader's time of several kinds
// fires a long page below the density test; as many signals of one kind
// (a shop that says what is scarce) do not.
func TestPitchPressureSpread(t *testing.T) {
	calm := repeat(calmFiller, 4)
	page := func(a, b, c, d string) string {
		return strings.Join([]string{calm, a + " " + calm, calm, b + " " + calm, calm, c + " " + calm, d + " " + calm}, "\n\n")
	}
	runRuleCases(t, "pitch-heavy", config.Lint{}, []ruleCase{
		{"four kinds of pressure", page("Only 3 left in the shop.", "The offer ends Sunday.", "Hurry to the counter.", "Once it's gone, it's gone."), true},
		{"four signals of scarcity", page("Only 3 left in the shop.", "Supplies are limited.", "The last batch is going fast.", "The class is almost full."), false},
	})
}

// TestPitchNamesInCapitals: capitals that name a course, a programme or a
// code, or stress a condition, are no shout; a sales word shouted twice
// still is.
func TestPitchNamesInCapitals(t *testing.T) {
	for _, src := range []string{
		"The RESET course opens Monday. RESET has four modules and a forum.",
		"Use the NOVDAILY coupon when you check out.",
		"Enter code SAVE20 at checkout.",
		"Please queue AFTER midday; expect a MINIMUM of 30 minutes outside.",
	} {
		for _, s := range signalsOf(t, src) {
			if strings.HasPrefix(s, string(famShouting)) {
				t.Errorf("%q: found %q", src, s)
			}
		}
	}
	got := signalsOf(t, "FREE gift with every order. FREE delivery too.")
	if !strings.Contains(strings.Join(got, "|"), string(famShouting)+": FREE") {
		t.Errorf("sales word shouted twice: signals %q, want shouting", got)
	}
}

// TestPitchThinAppeal: an appeal whose three pushes, a small-sounding
// gift, a harm and a date, lie a sentence here and there through a long
// letter is under "about two per hundred words" and has no paragraph of
// three: it is not pitch-heavy. The same pushes in one paragraph are.
func TestPitchThinAppeal(t *testing.T) {
	calm := repeat(calmFiller, 4)
	runRuleCases(t, "pitch-heavy", config.Lint{}, []ruleCase{
		{"spread thin", "The shelter on Mill Lane took in forty dogs this winter.\n\n" + calm + "\n\n" +
			"Just $10 can feed one of them for a week.\n\n" + calm + "\n\n" +
			"Without your gift, the kennels will close in March.\n\n" + calm + "\n\n" +
			"We need to hear from you by Friday.", false},
		{"in one paragraph", "The shelter on Mill Lane took in forty dogs this winter. " +
			"Just $10 can feed one of them for a week. Without your gift, the kennels will close in March. " +
			"We need to hear from you by Friday.\n\n" + calm + "\n\n" + calm + "\n\n" + calm, true},
	})
}

// TestPitchShoutedPush: a push typed in capitals is raised as well as
// made, two signals; the same push in sentence case, or a price in
// capitals (the sale's own banner), is one.
func TestPitchShoutedPush(t *testing.T) {
	cases := []struct {
		src  string
		want []string
	}{
		{"After Friday we will NEVER MAKE THIS COOKIE AGAIN.", []string{"loss framing: NEVER MAKE THIS COOKIE AGAIN", "shouting: NEVER MAKE THIS COOKIE AGAIN"}},
		{"After Friday we will never make this cookie again.", []string{"loss framing: never make this cookie again"}},
		{"Coats are 30% OFF in the back room.", []string{"price anchor: 30% OFF"}},
	}
	for _, c := range cases {
		got := signalsOf(t, c.src)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: signals %q, want %q", c.src, got, c.want)
		}
	}
}

// TestPitchCalmLookalikes: words a push uses, said of something else. A
// surplus ("left over") is not stock running out, a trend ("an increasing
// number … each month") is not a price climbing on a timetable, a denied
// certainty ("not 100% convinced") promises nothing, and ASAP is an
// abbreviation, not a shout. Each beside the push it resembles.
func TestPitchCalmLookalikes(t *testing.T) {
	cases := []struct {
		src  string
		want []string
	}{
		{"We printed enough to have a few left over for latecomers.", nil},
		{"There are only a few left, so order soon.", []string{"scarcity: only a few left"}},
		{"Just 3 left over after the market closed.", nil},
		{"Just 3 left in the shop.", []string{"scarcity: Just 3 left"}},
		{"We have about $2,300 left to raise by Friday.", nil},
		{"We have about 20 seats left to sell.", []string{"scarcity: 20 seats left"}},
		{"I still find an increasing number of grey hairs each month.", nil},
		{"The price rises each week until the doors open.", []string{"deadline: The price rises each week"}},
		{"I'm not 100% convinced the cooling tip does much.", nil},
		{"You will be 100% satisfied with the cooling tip.", []string{"hard sell: 100%"}},
		{"We will ship the first prints ASAP and sign the rest on Monday.", nil},
	}
	for _, c := range cases {
		got := signalsOf(t, c.src)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: signals %q, want %q", c.src, got, c.want)
		}
	}
}

// TestPitchChant: shouts that follow one another with only "!" between
// them, three or more, are one slogan; two are a shout and its echo.
func TestPitchChant(t *testing.T) {
	shouts := func(src string) []string {
		var out []string
		for _, s := range signalsOf(t, src) {
			if strings.HasPrefix(s, string(famShouting)) {
				out = append(out, s)
			}
		}
		return out
	}
	for _, c := range []struct {
		name, src string
		want      int
	}{
		{"a chant of four is one shout", "The flyers all said the same thing: GRAB! SPEND! HOARD! QUEUE AT DAWN! and nothing else.", 1},
		{"a chant of three is one shout", "At the gate they chanted JUMP! CLIMB! SWIM! until dusk.", 1},
		{"a shout and its echo are two", "Of all the coats I tried, THIS! THIS ONE! was the coat.", 2},
		{"shouts with words between are separate", "We had RAIN! Then the HAIL came, and then SNOW! by noon.", 3},
	} {
		if got := shouts(c.src); len(got) != c.want {
			t.Errorf("%s: shouting signals %q, want %d", c.name, got, c.want)
		}
	}
	runRuleCases(t, "pitch-heavy", config.Lint{}, []ruleCase{
		{"a quoted chant is one raised voice", "My inbox filled with mail shouting GRAB! SPEND! HOARD! QUEUE AT DAWN! and I deleted it all. We stay open the usual hours and the shelves stay as they are.", false},
		{"three shouts apart still shout three times", "My inbox filled with mail shouting GRAB! then SPEND! then HOARD! then QUEUE AT DAWN! and I deleted it all. We stay open the usual hours and the shelves stay as they are.", true},
	})
}

// TestPitchModalMust: "must have" as a verb guesses or sets a condition;
// as a label ("a must have", "must-have") it is hype.
func TestPitchModalMust(t *testing.T) {
	for _, c := range []struct {
		src  string
		hype bool
	}{
		{"I thought the price tag must have been a typo.", false},
		{"Each table must have four players before it starts.", false},
		{"This lamp is a must have for any reading nook.", true},
		{"Our must-have tote is back on the shelf.", true},
		{"Every kitchen needs this must-have knife.", true},
	} {
		got := strings.Join(signalsOf(t, c.src), "|")
		if has := strings.Contains(got, string(famHype)+": must"); has != c.hype {
			t.Errorf("%q: signals %q, want hype %v", c.src, got, c.hype)
		}
	}
}

// TestPitchCommonAcronyms: an acronym a piece uses as a name is not a
// shout; the same letters next to a sales word still are loud.
func TestPitchCommonAcronyms(t *testing.T) {
	if got := signalsOf(t, "Profits rose during COVID while small shops closed."); len(got) != 0 {
		t.Errorf("acronym: signals %q, want none", got)
	}
	if got := signalsOf(t, "Profits rose during LOCKDOWN while small shops closed."); len(got) != 1 {
		t.Errorf("shouted word: signals %q, want one", got)
	}
}

// TestPitchStressedVerbs: a verb the writer sets in capitals after "I" or
// "we" is stress each time it comes back, not a name the piece keeps
// using; a word in capitals that stands as a noun and comes back is one.
func TestPitchStressedVerbs(t *testing.T) {
	count := func(src string) int {
		n := 0
		for _, s := range signalsOf(t, src) {
			if strings.HasPrefix(s, string(famShouting)) {
				n++
			}
		}
		return n
	}
	for _, c := range []struct {
		name, src string
		want      int
	}{
		{"a stressed verb said three times", "I SWEAR the kettle was full. I SWEAR it boiled. And I SWEAR nobody drank it.", 3},
		{"a short stressed verb", "Some of you skip the finale, but I AM watching and I AM taking notes.", 2},
		{"a name said again", "The KILN list is out. Check the KILN list before you glaze.", 0},
		{"a short initialism after a noun", "Doors open at 9 AM and close at 5 PM.", 0},
	} {
		if got := count(c.src); got != c.want {
			t.Errorf("%s: %d shouting signals %q, want %d", c.name, got, signalsOf(t, c.src), c.want)
		}
	}
	runRuleCases(t, "pitch-heavy", config.Lint{}, []ruleCase{
		{"three stressed verbs in an exclaiming paragraph", "The shelter is full again! I SWEAR the kennels were empty in May, I SWEAR we rehomed twenty, and I SWEAR the phone has not stopped.", true},
		{"a noun in capitals said three times", "The shelter is full again! The KENNEL block was empty in May, the KENNEL roof is fixed, and the KENNEL phone has not stopped.", false},
	})
}

// TestPitchEnthusiasm: everyday praise words count as hype when two or
// more praise the offer in copy that pushes otherwise.
func TestPitchEnthusiasm(t *testing.T) {
	hype := func(src string) []string {
		var out []string
		for _, s := range signalsOf(t, src) {
			if strings.HasPrefix(s, string(famHype)+": ") {
				out = append(out, s)
			}
		}
		return out
	}
	cases := []struct {
		name, src string
		want      int // hype signals
	}{
		{"praise of the offer in copy that pushes", "This awesome blend and that fantastic roast are only on sale until Friday.", 2},
		{"praise of people", "Our amazing volunteers and you fantastic folks are only here until Friday.", 0},
		{"praise said of people", "You are amazing, and the kids were so fantastic, until Friday.", 0},
		{"thanks", "A huge thank-you and a fantastic job, all done by Friday.", 0},
		{"one praise word is warmth", "This awesome blend is on sale until Friday, and the awesome roast too.", 0},
		{"praise in copy that does not push", "What an amazing week, and what an awesome trip to the coast.", 0},
		{"a sale's size is a price anchor", "A massive sale and an amazing offer, until Friday.", 0},
		{"a name", "We sang Amazing Grace and a fantastic hymn, until Friday.", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := hype(c.src); len(got) != c.want {
				t.Errorf("%q: hype signals %q, want %d", c.src, got, c.want)
			}
		})
	}
	calm := repeat("The stage opens at six and the bus stops at the gate every twenty minutes.", 4)
	runRuleCases(t, "pitch-heavy", config.Lint{}, []ruleCase{
		{"praise words in a promo", "The line-up is awesome and the food is fantastic. You won't want to miss it.\n\n" + calm, true},
		{"one praise word in a promo", "The line-up is awesome and the food is good. You won't want to miss it.\n\n" + calm, false},
	})
}

// TestPitchOnePhraseOnce: signals of one family that touch are one
// phrase and one signal; apart, they are two.
func TestPitchOnePhraseOnce(t *testing.T) {
	for _, c := range []struct {
		src  string
		want int
	}{
		{"Every plan comes with our Money-Back Guarantee for a year.", 1},
		{"Every plan is money-back, and the results are guaranteed.", 2},
	} {
		var n int
		for _, s := range signalsOf(t, c.src) {
			if strings.HasPrefix(s, string(famGuarantee)+": ") {
				n++
			}
		}
		if n != c.want {
			t.Errorf("%q: %d guarantee signals %q, want %d", c.src, n, signalsOf(t, c.src), c.want)
		}
	}
}

// TestPitchBriefExamples holds the brief of --explain pitch-heavy to the
// rule: every quoted example a family's short description gives is found
// as a signal of that family when it stands as a sentence of its own.
func TestPitchBriefExamples(t *testing.T) {
	for _, f := range pitchFamilyDocs {
		parts := strings.Split(f.short, `"`)
		if len(parts) < 3 {
			t.Errorf("%s: the brief gives no quoted example: %s", f.fam, f.short)
			continue
		}
		for k := 1; k < len(parts); k += 2 {
			example := parts[k]
			if f.fam == famHype && (example == "amazing" || example == "awesome") {
				continue // named as words the family counts only beside other pushes
			}
			src := "Some words first. " + strings.ToUpper(example[:1]) + example[1:]
			if !strings.ContainsAny(example[len(example)-1:], ".!?") {
				src += "."
			}
			found := false
			for _, s := range signalsOf(t, src) {
				if strings.HasPrefix(s, string(f.fam)+": ") {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: the brief's example %q is not found as %s (found %q)", f.fam, example, f.fam, signalsOf(t, src))
			}
		}
	}
}

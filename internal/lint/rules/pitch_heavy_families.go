package rules

import (
	"strconv"
	"strings"

	"github.com/claritynotes/gen/internal/lint"
)

// Pitch families. Real hard-sell copy pushes with shapes of phrases more
// than with listed words: a number next to a scarcity noun, a deadline verb
// next to a time, an order followed by "now". Each family is a small
// pattern over the tokens around one cue word; the lexicon marks the cue
// words (factPitchCue), so a token that is none of them costs one bit test.

// family names one kind of pitch signal, as the report shows it.
type family string

// The families, strongest first within each group (see strength).
const (
	famDeadline    family = "deadline"
	famScarcity    family = "scarcity"
	famUrgency     family = "urgency"
	famLoss        family = "loss framing"
	famCrowd       family = "crowd pressure"
	famPrice       family = "price anchor"
	famGuarantee   family = "guarantee"
	famPuffery     family = "puffery"
	famSuperlative family = "superlative claim"
	famHype        family = "hype"
	famPressure    family = "pressure"
	famHardSell    family = "hard sell"
	famShouting    family = "shouting"
	famExclaim     family = "exclamations"
)

// strength orders signals for the message: pressure on the reader first,
// then selling devices, then tone.
func (f family) strength() int {
	switch f {
	case famDeadline, famScarcity, famUrgency, famLoss, famPressure:
		return 3
	case famCrowd, famPrice, famGuarantee, famHardSell, famMinimiser, famSuffering:
		return 2
	case famPuffery, famSuperlative, famHype:
		return 1
	}
	return 0
}

// pitchFamilyDocs lists the pitch families for gen lint --explain
// pitch-heavy: each with a short description and an example or two for
// the rule's brief, and with every shape it reads and every near miss it
// lets pass for the detail.
var pitchFamilyDocs = []struct {
	fam     family
	short   string
	example string
}{
	{famScarcity, `a count with a scarcity noun: "just 12 seats remain", "the last batch is going fast"`, `a number or "few" with a scarcity noun: "just 12 seats remain", "a handful of the prints left", "the last batch is going fast", "seats are filling up fast", "supplies are limited", "if you're worried tickets will run out", "stock is running low", "low stock", "we're low on tickets", "we're almost sold out", "nearly fully booked", "only to the first 50 buyers", "scoop them up before they sell out", "if what you want is still there", "snag those coveted tickets", a limited run, "I only printed 100 copies", "only 50 made", "we only made 50 of these", "limited to 50 copies", stock that will not last, "the stock isn't going to last long", places said to be limited, "enrollment is usually limited" (not a surplus, "a few left over"), or the writer's forecast that it goes: "I expect this show to sell out", or stock said to go as a rule or at speed: "the workshop always sells out", "last spring it sold out in a week", "the cabins sell out every year" (not one day's shortage: "the shop sold out of bread in May"), "the classes fill up every year", or stock foretold to go: "these are going to go quickly" (not "the weeks are going to go quickly")`},
	{famDeadline, `a deadline verb with a time: "prices rise Sunday at midnight", "the offer closes in 48 hours"`, `a deadline verb with a time or a step: "prices rise Sunday at midnight", "the offer closes in 48 hours", "offer ends June 30", "the sale finishes on the 5th", a banner with its subject unsaid, "Ends Friday", "Valid until 30th June", "offer valid until Friday", "for 48 hours only", "one night only", "today only", "order by Friday", "donate by Friday", "buy before the price goes up", "$15 until June 30", "last day today", "with each download the price rises" (not a trend, "an increasing number of sun spots each month"), "just two days away", "we're 8 days from the finale", "3 hours until the deadline" (not "ten minutes from the station"), "the last few hours", "the final few days of the sale", "order in the next 15 minutes", "you'll have 24 hours to decide" (not a window to undo a purchase, "you'll have 30 days to return it"), "we must meet the goal in the next 40 days", "only available this week", "at midnight on Sunday this sale is over", "early bird pricing until this Friday", "free shipping during the whole month of February", "we need to hear from you by Friday", or a fundraiser's end: "the matching challenge ends Thursday", "the giveaway closes Friday at noon", or a deadline owned by a near time: "ahead of tomorrow's deadline" (not "last month's deadline"), or a goal tied to the close of the books: "our End-of-Month goal", "the end-of-quarter deadline" (not "our end-of-year report")`},
	{famUrgency, `an order bound to this moment or a push not to wait: "grab yours now", "why wait?", "the time is now"`, `an order with "now" or a push not to wait: "grab yours now", "so grab one quick" (not "take a quick look"), "why wait?", "don't dawdle", "don't hang about" (not a rule of the place, "don't linger by the exit"), "come early to save", "you can't afford to miss this", "can you really afford to wait?", "every minute counts", "you won't want to miss this", "get them while you can", "stock up now", or a need called urgent: "this need is urgent", "a critical $5,000 challenge", "an emergency appeal", "the time is now", "the time is now to join", "one of the last chances to enrol", "only $5,000 away from our goal", "just 40 people away from 300 backers", or now called the moment to buy: "the perfect time to pick up gifts", or an act bound to a time word anywhere in the sentence: "…so get yours today", "get your tickets now", "secure your seat today", "we need your help right now", "when you donate today, your gift doubles", or an order to buy bound to this week: "stock up on bagels this week" (not "join us this weekend"), "your gift will immediately be rushed", "without immediate help", "no one will want to miss this", or time said to run out, a time noun with a verb of passing and a word of haste: "the clock is rapidly ticking down", "the deadline is fast approaching", "our window is closing quickly" (not "the time is coming when…"), or the reader told or urged to order now, "you need to register now", "I want you to claim right now", "…so claim ASAP", or an order bound to this very moment: "run to the shop right this second", "order the thing already", or now as the best time: "there's no better time to start", or an appeal's ask bound to now: "your donation today will help", "a gift of $35 now", "chip in right now", or the act named as a thing bound to the day and made to count: "donating today is so important" (not "thank you for donating today"), or a drive forbidden to stop at this moment: "we can't let up now", "don't stop now" (not "the rain won't let up now"), or the reader's help said to matter most now: "we need you now more than ever" (not "board games are popular now more than ever"), or now called the time with a contraction: "now's the time to book", "now is a great time to stock up" (not "now's the time of year…", "now is a good time for a cup of tea"), or the reader who has not acted yet told the moment is still open: "if you haven't given yet, it's not too late", "if you have not registered, there's still time", "if you haven't pledged yet now is the time" (not "if you haven't been, the café is worth a visit"), or an order to come early for the pick: "come early for the best selection", or an order to hurry or rush (not a crowd in a scene the writer tells: "dozens of shoppers queued to rush the doors"; "everyone will rush for these" and "people always rush for these" still press), or a push not to hesitate (not an offer of help: "don't hesitate to email us", "don't hesitate to send me a note", "don't hesitate to give us a call"), nor a busy time named, "during the lunch rush"`},
	{famHardSell, `a bare order to buy or a claim of rank: "buy now", "our #1 seller"`, `a bare order to buy: "buy now", "Get your tickets.", "our #1 seller", "our number one seller", "voted number one", "the No. 1 choice", "voted No.1", "our No 1 seller" (not "the number one question", nor an address, "No. 1 Main Street"), "100% satisfied", "100 percent preventable" (not a share or a material: "100% of the proceeds", "100% linen", nor a certainty denied: "I'm not 100% convinced")`},
	{famLoss, `what the reader loses by waiting: "once it's gone, it's gone", "don't be left out"`, `what the reader loses by waiting: "once it's gone, it's gone", "every day without it costs you", "don't be left out", "without your gift, children will go hungry", "tomorrow may be too late", "if we cannot act, thousands more may die", "children at risk of starving", "don't let this happen to you", or a chance that will not come back: "opportunities like this don't come around often", "this offer won't be around for long", "it won't be here for long", "don't let this chance slip", or the reader told they were warned: "don't say we didn't warn you", "you've been warned", "consider yourself warned" (not a warning with its matter: "you've been warned about the icy steps"), or a harm that follows a missed goal: "if we don't raise $6,000 by May, the clinic will close" (not "if we don't hit traffic, we'll be early"), or stock that will not last: "these won't be around for long", "grab a tin before they're all gone" (not "before the light is all gone")`},
	{famPressure, `the reader told they must: "you simply must try this", "forty families are counting on you"`, `the reader told they must try the thing: "you have to check this out", "you have to go over there and see it", "you simply must try this serum", "everybody needs to see this", "you owe it to yourself" (not their own errand: "you have to check your spam folder"), or pleading: "please, please, please", "I beg you", or an order drummed in: "give, give, give", or others said to depend on the reader: "forty families are counting on you", "the children are relying on you", "we're counting on all of you" (not "we're counting on dry weather"), or a push to book early lest the reader be let down: "book early to avoid disappointment", "register sooner rather than later", or time said to be nearly up: "there is very little time left", "time is almost up", "the sale is almost over" (not "a little time left over", nor "the storm is nearly over"), or an order to snatch: "snap up a coat", "snap one up", or a clearance cried: "everything must go", "all stock must go", "it all must go by Sunday" (not a thing sent somewhere or some way, "everything must go back on the shelf", "all stock must go through customs"), or a countdown (not one to a holiday its paragraph names, with no offer beside it: "Easter is 30 days off, says the countdown on my fridge", nor an event's name capitalised inside a sentence: "the Countdown to Spring"; "the countdown to Christmas is on" still cries out)`},
	{famCrowd, `a crowd to follow: "join 10,000+ marketers", "thousands have already signed up"`, `a crowd to follow: "join 10,000+ marketers", "trusted by over 2 million customers", "join ten thousand readers", a count in shorthand, "join 10k readers", "1000s of happy customers" (not a race, "a 10k run", nor a decade, "in the 1980s people…"), "rated 5 stars by 4,000 students", "one sells every 40 seconds", "thousands have already signed up", "38,000 people have completed it", "500 people have already booked", "two thousand customers have switched", or the gift most people make, set as the reader's default: "most people are giving $35" (not a campaign's head count of people, "2,200 people have already contributed", "thousands of people are signing the pledge", nor "most people are giving thanks")`},
	{famPrice, `a price made to look small or a gift big: "save $120", "60% off", "your gift will be doubled"`, `a price made to look small, or a gift made to look big: "save $120", "60% off", "a $500 value", "massive discounts", "buy one, get one free", "3 for the price of 2", "two for one", "your gift will be doubled", "your donation will double", "every gift goes twice as far", "gifts will be matched up to $5,000", "our best savings", "an amazing offer", "heavily discounted passes", "drastically reduced prices", "prices slashed", "absolutely free", "a free gift", "20 percent off", amounts in words, "fifty per cent off", "save 50 percent", "five dollars off", "a 50% reduction", "down from the regular price of $32", "reduced from £40", "knocked down to £10", a markdown told by its purpose, "reduced to clear", "priced to sell" (not "trees were cut to clear the path", not a price that went down, "the price went down from £3", nor a prize's worth in a raffle, a drawing or an auction: "the drawing is for a hamper ($200 value)")`},
	{famMinimiser, `a gift made to sound small against what it buys: "just $10 can feed a child for a week"`, `a gift or a price made to sound small against what it buys, all such counted once: "just $10 can feed a child for a week", "for as little as $5 a month", "for just £4 a month" (on its own, with nothing said of what it buys; not a fare reported, "the bus costs as little as $5 a day", nor a range, "from as little as $5"), "your $100 provides 400 meals", "every little bit helps", "every little helps", "all it takes is $40", "all I'm asking for is TWO DOLLARS", "less than the price of a coffee" (not a plain price: "tickets are just $10 at the door", nor advice about someone else's gift: "getting a backer to pledge even $1 early")`},
	{famSuffering, `suffering counted by the thousand: "tens of thousands of children are starving"`, `suffering counted by the thousand, with a harm in the same sentence, all such counted once: "tens of thousands of children are starving", "1000s of children are starving", "countless families are fleeing" (not a crowd without a harm: "thousands of people visit the fair"), or one person suffering now, the need given a face: "Dao is starving", "her baby is going hungry" (not "he is dying to see you")`},
	{famGuarantee, `a promise no one can check: "risk-free", "guaranteed results"`, `a promise no one can check: "risk-free", "guaranteed results", "money-back", "you risk absolutely nothing", "no financial risk", "we're so confident you'll love it", "we're so sure you'll love it" (not what a booking secures: "the ticket guarantees a seat", "you're able to guarantee you get your size")`},
	{famPuffery, `praise the reader cannot check: "world-beating", "unrivalled experts"`, `praise the reader cannot check: "world-beating", "disease-beating", "age-defying", "top-tier", "unrivalled experts", "transform your business", "a celeb-favorite serum", "a number-one bestseller", "I multiplied my income five times over"`},
	{famSuperlative, `a superlative over all: "the biggest sale we have ever run", "better than ever"`, `a superlative with "ever" or "in the world", or first of all its kind: "the biggest sale we have ever run", "the sale of all sales", or a field owned: "the world's best coffee", or a comparative over all its past or rivals: "has never been easier", "better than ever", "you won't find a better deal anywhere", (not "most" counting heads: "most growers have not picked yet"), or ranked above all the reader will meet: "the most important letter you'll read this year" (not "the most common question you'll hear"), but not a year or a turnout looked back on, in the past or in thanks: "it was our best season ever", "thank you for making this our biggest year yet", nor a day of the calendar ranked by size: "the longest day of the year", "the biggest market day of the year" (not "the biggest sale day of the year", "our biggest weekend of the year"), or a pair of comparatives, one of them "better" or "improved": "bigger and better", "new and improved" (not "faster and cheaper", nor a leaver "off to bigger and better things"), or every rival beaten: "other venues simply can't compete", "nothing compares", "no one comes close" (not a modest writer: "we can't compete with the chains")`},
	{famHype, `a hype word: "revolutionary", "game-changing"; "amazing" and "awesome" only when copy already pushes`, `a hype word: "revolutionary", "game-changing", "best-in-class", "miracle", "masterpiece", "a gripping thriller" (not a verb with its object: "gripping the rail"), in any spelling of a compound, "breath-taking", "jaw dropping" (not a name in capitals, "the Breath-Taking Trail"), or everyday praise of the offer, two different words or more in copy that pushes otherwise: "an amazing programme", "this awesome blend", "a fantastic menu" (not praise of people or thanks: "our amazing volunteers", "you guys are awesome", "a huge thank-you"; nor one such word, however often; nor such words in copy that pushes only with capitals and "!")`},
	{famShouting, `a run of capitals, counted once: "BLACK FRIDAY BLOWOUT" (not a heading, a notice's facts or an acronym)`, `a run of capitals, counted once: "BLACK FRIDAY BLOWOUT"; a push typed in capitals is a shout as well as a push, read as it is in lower case: "CALL NOW", "NEVER MAKE THIS AGAIN", "SALE ENDS TONIGHT", "TODAY ONLY" (not a stressed rule or condition, "sales are FINAL", "it WILL NOT work", "queue AFTER noon", nor a notice's facts, "we are CLOSED on MONDAY" (but "We are OPEN!!!" shouts), nor a rule typed in capitals, "NO PETS", "LATECOMERS WILL NOT BE SEATED", nor a label, a code or an abbreviation, "the CLEARANCE tab", "PART 1:", "use code SAVE20", "ship ASAP", nor a heading or a short notice set wholly in capitals, "## LITTLE WOMEN", "YOU'RE INVITED!", "CLOSED MONDAY" (but "## HUGE SALE" and "THANK YOU!!!" shout), nor a name the piece keeps using, "the KILN list", or names it uses in other runs of capitals, singular or plural: "VOLUNTEERS & MARSHALS" on a page that explains what a VOLUNTEER and a MARSHAL do)`},
	{famExclaim, `a run of exclamation marks: "!!"`, `a run of exclamation marks: "!!"`},
}

// factPitchCue marks the words a pitch family starts from, so a token
// that is none of them costs one bit test.
var factPitchCue = lint.SharedFact(keys(pitchCues)...)

// pitchCues are the words a family pattern starts from, by the checks to
// try on them.
var pitchCues = func() map[string][]cueCheck {
	m := map[string][]cueCheck{}
	add := func(c cueCheck, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = append(m[w], c)
		}
	}
	add(scarcityOnly, "only just")
	add(scarcityLeft, "left remain remains remaining")
	add(scarcityLast, "last final")
	add(scarcityFast, "going selling")
	add(scarcityLimited, "limited")
	add(scarcityWontLast, "last")
	add(scarcityWhile, "while until")
	add(scarcityOneOff, "only")
	add(deadlineVerb, "ends end ending closes close closing expires expire expiring rises rise rising increases increase goes go disappears disappear vanishes vanish deadline finishes finish finishing")
	add(deadlineLast, "last final")
	add(deadlineLeft, "hours days minutes weeks")
	add(deadlineBefore, "midnight tonight tomorrow")
	add(urgencyOrder, "now today tonight immediately quickly fast asap")
	add(urgencyOrderQuick, "quick")
	add(urgencyOrderThisWeek, "week weekend")
	add(urgencyWait, "wait waiting delay hesitate miss dawdle dither linger procrastinate hang")
	add(urgencyAfford, "afford")
	add(urgencyHurry, "hurry rush")
	add(lossGone, "gone")
	add(lossLate, "late")
	add(lossBehind, "behind")
	add(lossCost, "costs costing")
	add(lossRegret, "regret")
	add(lossNever, "never")
	add(lossOnce, "once")
	add(crowdJoin, "join joined")
	add(crowdBy, "thousands millions hundreds thousand million billion")
	add(crowdCount, "thousand million billion")
	add(crowdMany, "thousands millions hundreds")
	add(pricePercent, "off discount savings reduction reductions markdown")
	add(priceSave, "save saving")
	add(priceHalf, "half")
	add(priceWas, "value worth")
	add(guarantee, "guarantee guaranteed guarantees")
	add(guaranteeRisk, "risk")
	add(guaranteeMoney, "money")
	add(guaranteeNothing, "nothing")
	add(guaranteeSatisfied, "sorry disappointed")
	add(pufferyCompound, "beating leading class changing defining breaking shattering blowing dropping bending busting defying tier notch rate")
	add(pufferyUn, "unrivalled unrivaled unmatched unparalleled unbeatable unsurpassed peerless matchless")
	add(scarcitySpeed, "sell sells run runs move moves fly flies go goes")
	add(scarcityExclusive, "exclusive")
	add(urgencyOrderAfterClause, "now today tonight immediately")
	add(urgencyGiftNow, "now today tonight")
	add(crowdEarned, "millions thousands billions")
	add(pufferyProven, "proven")
	add(lossLosing, "losing lose")
	add(priceSaveMoney, "save saving")
	add(deadlineSchedule, "increase increases increasing rise rises rising goes go")
	add(scarcityScarcer, "scarcer rarer")
	add(priceDiscounted, "discounted")
	add(deadlineRaise, "raise raising raises hike hiking")
	add(grabCall, strings.Join(keys(grabTargets), " "))
	add(earlyCall, "early")
	add(scarcityAreLimited, "limited")
	add(deadlineEachStep, "rises rise rising increases increase goes go climbs climb")
	add(scarcityPresale, "presale pre-sale presales")
	add(scarcityFirst, "first")
	add(crowdDemand, strings.Join(keys(demandWords), " "))
	add(priceMultiplied, "double doubles triple triples quadruple")
	add(priceMatched, "doubled tripled quadrupled matched")
	add(deadlineAway, "away")
	add(deadlineFromEnd, "from until till")
	add(superlativeOfAll, "all")
	add(deadlineValid, "valid good available runs lasts")
	add(deadlineOnlyFor, "only")
	add(priceGetFree, "free")
	add(scarcityFilling, "filling fills fill disappearing vanishing flying")
	add(lossLeftOut, "left")
	add(lossPassBy, "pass")
	add(deadlineOrderBy, "by before")
	add(deadlineUntilPrice, "until till")
	add(urgencyWantMiss, "miss")
	add(priceOfN, "price")
	add(priceMultiBuy, "for")
	add(priceMarkedDown, "from to")
	add(hardSellNumberOne, "number no")
	add(priceMatchEvery, "match matches matching double doubles triple triples")
	add(crowdGiftAmount, "giving give gave given donating donate chipping")
	add(deadlineEndOfPeriod, "end")
	add(deadlineGoesBack, "back")
	add(priceBig, strings.Join(keys(bigSaleNouns), " "))
	add(superlativeNeverBeen, "never")
	add(superlativeThanEver, "than")
	add(priceFreeIntensified, "free")
	add(priceFreeGift, "free")
	add(deadlineInTheNext, "minutes hours days weeks")
	add(urgencyNeed, strings.Join(keys(urgencyAdjectives), " "))
	add(urgencyTimeIsNow, "time now now's")
	add(lossWithoutYou, "without")
	add(deadlineOnlyAvailable, "only")
	add(scarcityRunningLow, "low")
	add(lossMayBeLate, "late")
	add(crowdAlready, "thousands millions hundreds")
	add(urgencyGoalAway, "away")
	add(urgencyEveryMoment, "counts matters")
	add(pufferyTransform, strings.Join(keys(transformVerbs), " "))
	add(priceSlashed, "slashed slashing slash slashes")
	add(superlativeAnywhere, "anywhere")
	add(crowdRate, "every")
	add(superlativeYoullEver, "ever")
	add(urgencyYourChance, "chance")
	add(priceTimeFree, "free")
	add(pufferyAuthority, "proven tested")
	add(scarcityAlmostFull, "full")
	add(scarcityNearlySoldOut, "almost nearly practically virtually")
	add(scarcityBeforeOut, "sell sells run runs")
	add(scarcityStillThere, "still")
	add(deadlineOver, "over")
	add(deadlineUntilOffer, "until till through")
	add(pricePercentWord, "off discount")
	add(urgencyPerfectTime, "time")
	add(pufferyFavorite, "favorite favourite favorites favourites")
	add(pufferyBestseller, "bestseller bestsellers bestselling best-seller best-selling selling seller sellers")
	add(pufferyResults, "multiplied multiply doubled double tripled triple quadrupled 10x")
	add(deadlineFreeWindow, "free")
	add(minimiserLead, strings.Join(keys(smallLeads), " "))
	add(minimiserEveryCounts, "every")
	add(urgencyActNow, "now today tonight immediately right asap")
	add(hypeEnthused, strings.Join(keys(enthusedWords), " "))
	add(superlativePaired, "and")
	add(urgencyNotYet, "haven't not")
	add(urgencyImmediateHelp, "immediate")
	add(sufferingScale, "countless untold thousands millions hundreds billions")
	add(lossMayDie, "die starve perish suffer hungry")
	add(minimiserAll, "all")
	add(urgencyNoOneMiss, "miss")
	add(lossHappenToYou, "happen")
	add(priceMatchedUpTo, "matched doubled tripled")
	add(deadlineNeedBy, "before by")
	add(pressurePlead, "please beg begging")
	add(urgencyGivingNow, "today now tonight")
	add(urgencyNoStopping, "now")
	for w := range actNowVerbs {
		if !orders[w] {
			add(pressurePlead, w) // "give, give, give" (repeatedOrder)
		}
	}
	add(pressurePlead, strings.Join(keys(orders), " "))
	add(minimiserCoffee, "coffee coffees latte lattes cappuccino starbucks")
	add(lossAtRisk, "risk danger")
	add(guaranteeConfident, "confident sure certain")
	add(scarcityCoveted, "coveted sought-after in-demand hard-to-get")
	add(priceBest, "savings discount discounts deals prices offers offer")
	addPushCues(add)
	add(scarcityHabitSellOut, "sell sells sold selling fill fills filled book books booked")
	add(urgencyMoreThanEver, "ever")
	add(pressureCountingOn, "counting relying depending")
	add(lossIfWeFail, "raise reach meet hit")
	return m
}()

// cueCheck tries one family pattern around the cue word toks[i] and
// returns the signal's token range, or ok=false.
type cueCheck func(tx *lint.Text, toks []lint.Token, i int) (tok0, tok1 int, fam family, ok bool)

// scarcity nouns are what runs out.
var scarcityNouns = wordSet(`seat seats spot spots place places ticket tickets copy copies unit units
slot slots space spaces pair pairs item items piece pieces bottle bottles box boxes kit kits batch
batches bag bags invite invites invitation invitations licence licences license licenses membership
memberships stock stocks supply supplies availability edition editions run room rooms table tables
bundle bundles jar jars loaf loaves print prints sets set session sessions left quantities quantity`)

// urgent times make a deadline verb press: days and hours, not clock times.
var urgentTimes = wordSet(`today tonight tomorrow midnight soon monday tuesday wednesday thursday
friday saturday sunday weekend week month hours hour days minutes`)

// offer nouns are what a deadline in sales copy applies to, and in an
// appeal: a fundraising campaign, a matching challenge, a giveaway.
var offerNouns = wordSet(`offer offers sale sales deal deals discount discounts price prices pricing
bird cart doors door registration registrations enrolment enrollment bonus bonuses code coupon promo
promotion rate rates window spots seats tickets applications presale pre-sale launch special
campaign challenge match giveaway contest competition auction fundraiser appeal drive
entries bookings booking nominations submissions`)

// orders are the verbs of a hard-sell imperative.
var orders = wordSet(`buy order grab get shop claim secure book reserve register sign join enrol enroll stock snap treat
act call subscribe snag download upgrade lock apply click come head pre-order preorder start try
give donate`)

// phrasalOrders are orders only with their particle: "stock up", "snap
// up"; alone they are nouns as often as verbs.
var phrasalOrders = map[string]string{"stock": "up", "snap": "up"}

// crowd nouns are the people a crowd claim counts.
var crowdNouns = wordSet(`people customers readers marketers users members subscribers businesses teams
companies founders creators parents students fans writers owners clients buyers shoppers families
professionals designers developers entrepreneurs agencies brands shops`)

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// within returns the end of the window of n tokens after toks[i] that
// stays in toks[i]'s sentence.
func within(toks []lint.Token, i, n int) int {
	j := i + 1
	for j < len(toks) && j <= i+n && sameSentence(toks, j, i) {
		j++
	}
	return j
}

// since returns the start of the window of n tokens before toks[i] in its
// sentence.
func since(toks []lint.Token, i, n int) int {
	j := i
	for j > 0 && j > i-n && sameSentence(toks, j-1, i) {
		j--
	}
	return j
}

func isNumber(tk *lint.Token) bool { return tk.Kind == lint.Number || tk.Has(lint.FactNumberWord) }

// count returns the value of a number token (4,000, 10k, 2m, 12, and
// the plural of a round figure, 1000s), or -1.
func count(tx *lint.Text, tk *lint.Token) float64 {
	s := strings.ReplaceAll(tx.Norm(tk), ",", "")
	mult := 1.0
	switch {
	case roundPlural(s):
		s = s[:len(s)-1]
	case strings.HasSuffix(s, "k"):
		s, mult = s[:len(s)-1], 1e3
	case strings.HasSuffix(s, "m"):
		s, mult = s[:len(s)-1], 1e6
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return -1
	}
	return v * mult
}

// roundPlural reports whether s is a round figure in the plural, "100s",
// "1000s": a crowd too big to count, as "thousands" is. A decade or a
// century ("1980s", "1900s") is not one: only a 1 and its zeros are.
func roundPlural(s string) bool {
	s = strings.ReplaceAll(s, ",", "")
	return len(s) >= 4 && s[0] == '1' && s[len(s)-1] == 's' && strings.Trim(s[1:len(s)-1], "0") == ""
}

// shorthandCount reports whether a word token is a count written in
// shorthand, which the tokenizer reads as a word: a figure with a scale
// letter ("10k", "10K+", "2m") or a round figure in the plural ("1000s").
func shorthandCount(tx *lint.Text, tk *lint.Token) bool {
	if tk.Kind != lint.Word {
		return false
	}
	s := strings.ReplaceAll(tx.Norm(tk), ",", "")
	if len(s) < 2 || s[0] < '1' || s[0] > '9' {
		return false
	}
	if roundPlural(s) {
		return true
	}
	last := s[len(s)-1]
	return (last == 'k' || last == 'm') && strings.Trim(s[:len(s)-1], "0123456789.") == ""
}

// isFigure reports whether a token is a number in figures, a shorthand
// count included: "10,000", "10k", "1000s".
func isFigure(tx *lint.Text, tk *lint.Token) bool {
	return tk.Kind == lint.Number || shorthandCount(tx, tk)
}

func hasNorm(tx *lint.Text, toks []lint.Token, from, to int, words map[string]bool) int {
	for k := from; k < to; k++ {
		if words[tx.Norm(&toks[k])] {
			return k
		}
	}
	return -1
}

func hasWord(tx *lint.Text, toks []lint.Token, from, to int, words ...string) int {
	for k := from; k < to; k++ {
		for _, w := range words {
			if tx.Norm(&toks[k]) == w {
				return k
			}
		}
	}
	return -1
}

func norm(tx *lint.Text, toks []lint.Token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return tx.Norm(&toks[i])
}

// scarcityOnly: "only 3 left", "just 12 seats remain", "only a few spots".
func scarcityOnly(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	j := i + 1
	if runVerbs[norm(tx, toks, j)] {
		// a limited run, "I only printed 100 copies of each": the
		// number made is the number there will ever be
		if k := j + 1; k < len(toks) && isNumber(&toks[k]) && scarcityNouns[norm(tx, toks, k+1)] && sameSentence(toks, i, k+1) {
			return i, k + 2, famScarcity, true
		}
		if k := j + 1; k < len(toks) && isNumber(&toks[k]) && norm(tx, toks, k+1) == "of" && runThings[norm(tx, toks, k+2)] && sameSentence(toks, i, k+2) {
			return i, k + 3, famScarcity, true // "we only made 50 of these"
		}
		return 0, 0, "", false
	}
	if j < len(toks) && isNumber(&toks[j]) {
		// the run told the other way round: "only 50 made", "just 100
		// bottles pressed"
		k := j + 1
		if scarcityNouns[norm(tx, toks, k)] {
			k++
		}
		if runVerbs[norm(tx, toks, k)] && endsClause(toks, k+1) && sameSentence(toks, i, k) {
			return i, k + 1, famScarcity, true
		}
	}
	if norm(tx, toks, j) == "a" {
		j++
	}
	if q := norm(tx, toks, j); (q == "certain" || q == "limited" || q == "small") && norm(tx, toks, j+1) == "number" && norm(tx, toks, j+2) == "of" && scarcityNouns[norm(tx, toks, j+3)] {
		return i, j + 4, famScarcity, true // "only a limited number of seats"
	}
	if j >= len(toks) || !(isNumber(&toks[j]) || norm(tx, toks, j) == "few" || norm(tx, toks, j) == "handful" || norm(tx, toks, j) == "couple") {
		return 0, 0, "", false
	}
	end := within(toks, j, 4)
	if t := norm(tx, toks, j+1); t == "days" || t == "hours" || t == "weeks" || t == "minutes" {
		return 0, 0, "", false // "just 5 days left" is a deadline
	}
	for k := j + 1; k < end; k++ {
		w := tx.Norm(&toks[k])
		if w == "left" && leftOver(tx, toks, k) {
			return 0, 0, "", false
		}
		if w == "left" || w == "remain" || w == "remaining" || w == "available" || scarcityNouns[w] && k+1 < len(toks) && (toks[k+1].Kind == lint.Punct || norm(tx, toks, k+1) == "left" || strings.HasPrefix(norm(tx, toks, k+1), "remain")) {
			if e := k + 1; e < len(toks) && (tx.Norm(&toks[e]) == "left" || strings.HasPrefix(tx.Norm(&toks[e]), "remain")) {
				k = e
			}
			return i, k + 1, famScarcity, true
		}
	}
	return 0, 0, "", false
}

// runThings stand for the things of a limited run after "of": "we only
// made 50 of these".
var runThings = wordSet(`these those them each`)

// scarcityLeft: "12 seats left", "3 tickets remain", "few places
// remaining", "a handful of prints left", "a couple of the art-prints
// left". A handful or a couple takes "of" and the things, up to three
// words, and a compound ("mini-print") counts by its last part.
func scarcityLeft(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if leftOver(tx, toks, i) {
		return 0, 0, "", false
	}
	for k := i - 1; k >= since(toks, i, 5); k-- {
		w := tx.Norm(&toks[k])
		few := isNumber(&toks[k]) || w == "few"
		if !few && !((w == "handful" || w == "couple") && (k == i-1 || norm(tx, toks, k+1) == "of")) {
			continue
		}
		if few && k < i-3 {
			break
		}
		if k+1 < i && !scarceThing(tx.Norm(&toks[i-1])) {
			return 0, 0, "", false
		}
		if k > 0 && (tx.Norm(&toks[k-1]) == "only" || tx.Norm(&toks[k-1]) == "just") {
			return 0, 0, "", false // scarcityOnly took it
		}
		return k, i + 1, famScarcity, true
	}
	return 0, 0, "", false
}

// scarceThing reports whether a word names a scarce thing, or ends in
// one after a hyphen: "prints", "mini-print", "gift-box".
func scarceThing(w string) bool {
	if k := strings.LastIndexAny(w, "-‐"); k >= 0 {
		w = w[k+1:]
	}
	return scarcityNouns[w]
}

// scarcityLast: "the last batch", "the final few seats".
func scarcityLast(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	j := i + 1
	if norm(tx, toks, j) == "few" || norm(tx, toks, j) == "remaining" || j < len(toks) && isNumber(&toks[j]) {
		j++
	}
	if j < len(toks) && sameSentence(toks, j, i) && scarcityNouns[tx.Norm(&toks[j])] && tx.Norm(&toks[j]) != "left" && tx.Norm(&toks[j]) != "set" && tx.Norm(&toks[j]) != "run" && tx.Norm(&toks[j]) != "session" && tx.Norm(&toks[j]) != "sessions" && tx.Norm(&toks[j]) != "edition" {
		return i, j + 1, famScarcity, true
	}
	return 0, 0, "", false
}

// scarcityFast: "going fast", "selling out", "selling quickly".
func scarcityFast(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	switch n := norm(tx, toks, i+1); {
	case n == "fast" || n == "quickly" || tx.Norm(&toks[i]) == "selling" && n == "out":
		return i, i + 2, famScarcity, true
	}
	return 0, 0, "", false
}

// scarcityLimited: "limited spots", "a limited number of", "limited stock".
// "Limited Edition knives" in title case names a product line, as
// "Special Edition" does; the claim is in lower case.
func scarcityLimited(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if i+1 < len(toks) && titleCase(tx.Word(&toks[i])) && titleCase(tx.Word(&toks[i+1])) && i > 0 && sameSentence(toks, i-1, i) {
		return 0, 0, "", false
	}
	if norm(tx, toks, i+1) == "to" && i+2 < len(toks) && isNumber(&toks[i+2]) && scarcityNouns[norm(tx, toks, i+3)] && sameSentence(toks, i, i+3) {
		return i, i + 4, famScarcity, true // "limited to 50 copies"
	}
	switch n := norm(tx, toks, i+1); {
	case scarcityNouns[n] || n == "number" || n == "numbers" || n == "quantities" || n == "quantity" || n == "availability" || n == "time" || n == "offer":
		return i, i + 2, famScarcity, true
	}
	return 0, 0, "", false
}

// scarcityWhile: "while stocks last", "until supplies run out".
func scarcityWhile(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	n := norm(tx, toks, i+1)
	if (n == "you" || n == "we") && tx.Norm(&toks[i]) == "while" {
		// "get them while you can", "while you still can", "act
		// while we still can"; "we'll help while we can" offers
		j := i + 2
		if norm(tx, toks, j) == "still" {
			j++
		} else if n == "we" {
			return 0, 0, "", false
		}
		if norm(tx, toks, j) == "can" && (j+1 >= len(toks) || toks[j+1].Kind == lint.Punct || !sameSentence(toks, j+1, i)) {
			return i, j + 1, famUrgency, true
		}
	}
	if n != "stocks" && n != "stock" && n != "supplies" && n != "supply" && n != "they" && n != "it" && n != "seats" && n != "spots" && n != "tickets" {
		return 0, 0, "", false
	}
	switch m := norm(tx, toks, i+2); {
	case m == "last" || m == "lasts":
		return i, i + 3, famScarcity, true
	case (m == "run" || m == "runs" || m == "sell" || m == "sells") && norm(tx, toks, i+3) == "out":
		return i, i + 4, famScarcity, true
	case (m == "are" || m == "is") && (norm(tx, toks, i+3) == "gone" || norm(tx, toks, i+3) == "available"):
		return i, i + 4, famScarcity, true
	}
	return 0, 0, "", false
}

// oneOffTimes end a one-off chance: "only … tonight".
var oneOffTimes = wordSet(`tonight today`)

// scarcityOneOff: a chance that comes once, "the choir sings it only
// tonight", "only today". The offer runs out as surely as seats do.
func scarcityOneOff(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	end := within(toks, i, 8)
	for k := i + 1; k < end; k++ {
		if toks[k].Kind == lint.Punct && tx.Word(&toks[k]) != "," {
			break
		}
		if oneOffTimes[tx.Norm(&toks[k])] {
			return i, k + 1, famScarcity, true
		}
	}
	return 0, 0, "", false
}

// deadlineVerb: "prices rise Sunday at midnight", "the offer closes in 48
// hours", "ends this month", "registration closes Friday".
func deadlineVerb(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	w := tx.Norm(&toks[i])
	if (w == "goes" || w == "go") && norm(tx, toks, i+1) != "up" && norm(tx, toks, i+1) != "away" {
		return 0, 0, "", false
	}
	if (w == "end" || w == "close") && i > 0 && (tx.Norm(&toks[i-1]) == "the" || tx.Norm(&toks[i-1]) == "an" || tx.Norm(&toks[i-1]) == "a") {
		return 0, 0, "", false // "the end of the day" is a noun
	}
	if w == "deadline" {
		if k := timeOwnsDeadline(tx, toks, i); k >= 0 {
			return k, i + 1, famDeadline, true
		}
	}
	end := within(toks, i, 6)
	from := i
	if k := hasNorm(tx, toks, since(toks, i, 4), i, offerNouns); k >= 0 {
		from = k
		if k > 0 && sameSentence(toks, k-1, k) && (tx.Norm(&toks[k-1]) == "early" || tx.Norm(&toks[k-1]) == "the") {
			from = k - 1 // "early bird", "the offer"
		}
	}
	offer := from < i || w == "deadline" || bannerVerbs[w] && sentenceStart(tx, toks, i) == i
	last := -1 // the last time word that makes the verb a deadline
	if offer {
		// "after May the rate rises permanently": a rise with no way back
		// presses like a date
		switch {
		case norm(tx, toks, i-1) == "permanently":
			last = i
		case norm(tx, toks, i+1) == "permanently" || norm(tx, toks, i+1) == "forever":
			last = i + 1
		case norm(tx, toks, i+1) == "up" && (norm(tx, toks, i+2) == "permanently" || norm(tx, toks, i+2) == "forever"):
			last = i + 2
		}
	}
	for k := i + 1; k < end; k++ {
		t := tx.Norm(&toks[k])
		if toks[k].Kind == lint.Punct && t != ":" {
			break
		}
		if clauseLeads[t] || (t == "and" || t == "or") && !urgentTimes[norm(tx, toks, k+1)] && !isNumber(&toks[min(k+1, len(toks)-1)]) {
			// a new clause with its comma dropped: "early bird ends
			// Friday so book today" ends its deadline at "Friday"
			break
		}
		if offer && last < k {
			if d := dateEnd(tx, toks, k); d > k {
				// an offer's end on a date: "ends June 30", "closes
				// on the 5th", "until 30th June"
				last = d - 1
				continue
			}
		}
		if !urgentTimes[t] {
			continue
		}
		// days of the week and "week" are ordinary schedule talk unless an
		// offer is what ends; tonight, midnight and hours press anyway.
		switch {
		case t == "tonight" || t == "midnight" || t == "today" || t == "hours" || t == "hour" || t == "minutes" || t == "soon",
			offer, (t == "month" || t == "week" || t == "weekend") && norm(tx, toks, k-1) == "this":
			last = k
		}
	}
	if last < 0 {
		return 0, 0, "", false
	}
	return from, last + 1, famDeadline, true
}

// clauseLeads open a new clause: a deadline's time never runs past them.
var clauseLeads = wordSet(`so but then because if when while`)

// bannerVerbs open a banner or a line of a sale whose subject, the offer,
// goes without saying: "Ends Friday.", "Closes in 3 days!", "Valid until
// 30th June".
var bannerVerbs = wordSet(`ends closes expires finishes ending closing expiring finishing valid`)

// dateEnd returns the end of a calendar date that starts at toks[k], a
// month with its day or a day of the month, "June 30", "30th June", "the
// 5th", "5 March", or k when none starts there. "May" is a month only
// beside its day: "the offer may end".
func dateEnd(tx *lint.Text, toks []lint.Token, k int) int {
	t := tx.Norm(&toks[k])
	day := func(j int) bool {
		return j < len(toks) && sameSentence(toks, j, k) && (ordinalDay(tx.Norm(&toks[j])) || toks[j].Kind == lint.Number && monthDay(tx.Norm(&toks[j])))
	}
	switch {
	case months[t]:
		if day(k + 1) {
			return k + 2 // "June 30", "June 30th"
		}
		if t != "may" {
			return k + 1
		}
	case day(k):
		if k+1 < len(toks) && months[norm(tx, toks, k+1)] && sameSentence(toks, k, k+1) {
			return k + 2 // "30th June", "5 March"
		}
		if ordinalDay(t) {
			return k + 1 // "on the 5th"
		}
	}
	return k
}

// ordinalDay reports whether w is a day of the month as an ordinal, "5th",
// "21st", "30th".
func ordinalDay(w string) bool {
	if len(w) < 3 || len(w) > 4 {
		return false
	}
	suffix := w[len(w)-2:]
	if suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th" {
		return false
	}
	return monthDay(w[:len(w)-2])
}

// monthDay reports whether w is a number from 1 to 31, in figures.
func monthDay(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && n >= 1 && n <= 31
}

// timeOwnsDeadline returns where a near time owns the deadline toks[i],
// "ahead of tomorrow's deadline", "before Sunday night's mid-quarter
// fundraising deadline", or -1: the time said before the noun presses as
// "the deadline is tomorrow" does.
func timeOwnsDeadline(tx *lint.Text, toks []lint.Token, i int) int {
	for k := i - 1; k >= since(toks, i, 4); k-- {
		t := tx.Norm(&toks[k])
		owner := strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "’s")
		if owner == t {
			if n := norm(tx, toks, k+1); n != "'s" && n != "’s" {
				continue // only a time that owns the deadline: "tomorrow's"
			}
		}
		if owner == "night" && urgentTimes[norm(tx, toks, k-1)] {
			k-- // "Sunday night's"
		} else if !urgentTimes[owner] {
			continue
		}
		if p := norm(tx, toks, k-1); p == "last" || p == "past" || p == "previous" {
			return -1 // "last month's deadline" has passed
		}
		return k
	}
	return -1
}

// deadlineLast: "last day", "final hours", "last call", and with "few",
// "the last few hours", "the final few days of the sale" (not "the last
// few days were busy": days need the offer beside them, and a time looked
// back on is past).
func deadlineLast(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if norm(tx, toks, i+1) == "few" && sameSentence(toks, i, i+2) {
		if hasWord(tx, toks, sentenceStart(tx, toks, i), within(toks, i, 10), "was", "were", "had") >= 0 {
			return 0, 0, "", false // "the last few hours of the trip were quiet" looks back
		}
		switch norm(tx, toks, i+2) {
		case "hours":
			return i, i + 3, famDeadline, true
		case "days":
			if hasNorm(tx, toks, i+3, within(toks, i, 8), offerNouns) >= 0 {
				return i, i + 3, famDeadline, true
			}
		}
		return 0, 0, "", false
	}
	switch norm(tx, toks, i+1) {
	case "day", "days", "hours", "hour", "call", "orders", "weekend":
		return i, i + 2, famDeadline, true
	case "chance", "opportunity", "chances", "opportunities":
		return i, i + 2, famUrgency, true // "last chance", "one of the last chances" press, whatever the date
	}
	return 0, 0, "", false
}

// deadlineLeft: "48 hours left", "three days to go".
func deadlineLeft(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if i == 0 || !isNumber(&toks[i-1]) {
		return 0, 0, "", false
	}
	switch n := norm(tx, toks, i+1); {
	case n == "left" || n == "remain" || n == "remaining":
		return i - 1, i + 2, famDeadline, true
	case n == "to" && norm(tx, toks, i+2) == "go":
		return i - 1, i + 3, famDeadline, true
	}
	// "you have two hours to get here", "you've got 3 days", "you'll
	// have 24 hours to decide"; but a window the reader is granted to
	// undo a purchase, "you'll have 30 days to return it", is a term
	if h := norm(tx, toks, i-2); (h == "have" || h == "got") && hasWord(tx, toks, since(toks, i-2, 2), i-2, "you", "you've", "you'll") >= 0 {
		if norm(tx, toks, i+1) == "to" && undoVerbs[norm(tx, toks, i+2)] {
			return 0, 0, "", false
		}
		return since(toks, i-2, 2), i + 1, famDeadline, true
	}
	return 0, 0, "", false
}

// undoVerbs undo a purchase: a time to do so is the reader's right.
var undoVerbs = wordSet(`return returns cancel exchange refund swap`)

// deadlineBefore: "before midnight", "by midnight tonight", "orders
// placed by tomorrow"; the cue is the time word, rarer than "before" and
// "by".
func deadlineBefore(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if tx.Norm(&toks[i]) == "tomorrow" {
		// "we will know more by tomorrow" is a plan; an order or an offer
		// due by tomorrow is a deadline
		from := since(toks, i, 6)
		if hasNorm(tx, toks, from, i, orders) < 0 && hasNorm(tx, toks, from, i, offerNouns) < 0 && hasWord(tx, toks, from, i, "orders") < 0 {
			return 0, 0, "", false
		}
	}
	if p := norm(tx, toks, i-1); p == "before" || p == "by" {
		return i - 1, i + 1, famDeadline, true
	}
	return 0, 0, "", false
}

// sentenceReach is how far back, in tokens, a cue reads its own sentence.
// Every family looks from the start of the cue's sentence to the cue, so
// a run-on sentence of thousands of clauses would make the walk
// quadratic; no sentence a reader follows keeps a cue's subject or its
// "if" further back than this.
const sentenceReach = 80

// sentenceStart returns the first word of toks[i]'s sentence after leads
// like "so", "now" and "please", or the word sentenceReach tokens back in
// a longer sentence.
func sentenceStart(tx *lint.Text, toks []lint.Token, i int) int {
	k := i
	for k > 0 && k > i-sentenceReach && sameSentence(toks, k-1, i) {
		k--
	}
	for k < i && (toks[k].Kind == lint.Punct || leadWords[tx.Norm(&toks[k])]) {
		k++
	}
	return k
}

var leadWords = wordSet(`so now then just please simply and or but quick go ahead`)

// urgencyOrder: an order with a time word after it, "grab yours now",
// "sign up this minute", "book today".
func urgencyOrder(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	s := sentenceStart(tx, toks, i)
	if s < i && (tx.Norm(&toks[s]) == "please" || tx.Norm(&toks[s]) == "so") {
		s++ // "Please give now", "So book today"
	}
	if o, ok := toldToOrder(tx, toks, i); ok {
		return o, i + 1, famUrgency, true
	}
	if s >= i || !orders[tx.Norm(&toks[s])] || i-s > 6 {
		return 0, 0, "", false
	}
	if s+1 < len(toks) && (auxiliaries[tx.Norm(&toks[s+1])] || toks[s+1].Joined()) {
		return 0, 0, "", false
	}
	if p := phrasalOrders[tx.Norm(&toks[s])]; p != "" && norm(tx, toks, s+1) != p {
		return 0, 0, "", false // "Stock levels are now…" reports; "Stock up now" orders
	}
	return s, i + 1, famUrgency, true
}

// urgencyOrderQuick: an order with "quick" as its adverb, as shop posts
// write it: "grab one quick", "get yours quick before they go", also
// after a leading clause, "I've put a few up, so grab one quick". Before a
// noun "quick" is an adjective, "take a quick look", "book a quick call",
// and the order is an invitation.
func urgencyOrderQuick(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if p := norm(tx, toks, i-1); p == "a" || p == "an" || p == "the" || p == "your" || p == "our" {
		return 0, 0, "", false
	}
	if j := i + 1; j < len(toks) && sameSentence(toks, j, i) && toks[j].Kind != lint.Punct && !quickEnds[tx.Norm(&toks[j])] {
		return 0, 0, "", false
	}
	if tok0, tok1, fam, ok := urgencyOrder(tx, toks, i); ok {
		return tok0, tok1, fam, ok
	}
	return urgencyOrderAfterClause(tx, toks, i) // "I've put a few up, so grab one quick"
}

// quickEnds may follow an adverbial "quick": a clause of time or a
// second order, "grab one quick before they go", "be quick and book".
var quickEnds = wordSet(`before while and so as`)

// weekOrders are the orders to buy or secure something, as against an
// invitation to come along ("join us this weekend").
var weekOrders = wordSet(`buy order grab shop stock snap book reserve secure claim snag pre-order preorder`)

// urgencyOrderThisWeek: an order to buy bound to this week, "stock up on
// bagels this week", "grab yours this weekend": the order that "today"
// would make, given a few days. "Join us this weekend" invites, and "we
// restock this week" orders nothing.
func urgencyOrderThisWeek(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if norm(tx, toks, i-1) != "this" {
		return 0, 0, "", false
	}
	s := sentenceStart(tx, toks, i)
	if s >= i-1 || !weekOrders[tx.Norm(&toks[s])] || i-s > 8 {
		return 0, 0, "", false
	}
	if s+1 < len(toks) && (auxiliaries[tx.Norm(&toks[s+1])] || toks[s+1].Joined()) {
		return 0, 0, "", false
	}
	if p := phrasalOrders[tx.Norm(&toks[s])]; p != "" && norm(tx, toks, s+1) != p {
		return 0, 0, "", false
	}
	return s, i + 1, famUrgency, true
}

// urgencyWait: "why wait?", "what are you waiting for", "don't wait",
// "don't delay", "what are you waiting on?", and the other verbs of
// lingering, "don't dawdle", "don't hang about".
func urgencyWait(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	p := norm(tx, toks, i-1)
	switch {
	case p == "why" && tx.Norm(&toks[i]) == "wait":
		return i - 1, i + 1, famUrgency, true
	case p == "don't" || p == "not" && (norm(tx, toks, i-2) == "do" || norm(tx, toks, i-2) == "to") || p == "to" && norm(tx, toks, i-2) == "not":
		if tx.Norm(&toks[i]) == "miss" && norm(tx, toks, i+1) == "a" && norm(tx, toks, i+2) == "thing" {
			return 0, 0, "", false // "you won't miss a thing" reassures
		}
		if tx.Norm(&toks[i]) == "hesitate" && norm(tx, toks, i+1) == "to" && (askVerbs[norm(tx, toks, i+2)] || sendsWord(tx, toks, i+2)) {
			return 0, 0, "", false // "do not hesitate to email us" offers help
		}
		if tx.Norm(&toks[i]) == "hang" {
			// "don't hang about", "don't hang around!": lingering, as an
			// order not to; "don't hang around the car park" is a rule
			if n := norm(tx, toks, i+1); (n == "about" || n == "around") && endsClause(toks, i+2) {
				return since(toks, i, 2), i + 2, famUrgency, true
			}
			return 0, 0, "", false
		}
		if lingerVerbs[tx.Norm(&toks[i])] && !endsClause(toks, i+1) {
			return 0, 0, "", false // "don't linger by the fire exit" is a rule of the place
		}
		return since(toks, i, 2), i + 1, famUrgency, true
	case tx.Norm(&toks[i]) == "waiting" && (norm(tx, toks, i+1) == "for" || norm(tx, toks, i+1) == "on" && endsClause(toks, i+2)) && hasWord(tx, toks, since(toks, i, 3), i, "what") >= 0:
		return since(toks, i, 3), i + 2, famUrgency, true
	}
	return 0, 0, "", false
}

// lingerVerbs are the verbs of lingering that, forbidden with nothing
// after them, push not to wait: "don't dawdle!", "do not dither".
var lingerVerbs = wordSet(`dawdle dither linger procrastinate`)

// endsClause reports whether toks[j] ends the clause before it: the
// sentence is over, or punctuation follows ("what are you waiting on?").
func endsClause(toks []lint.Token, j int) bool {
	return j >= len(toks) || !sameSentence(toks, j, j-1) || toks[j].Kind == lint.Punct
}

// askVerbs are what "don't hesitate to …" invites when it offers help.
var askVerbs = wordSet(`contact email call ask reach write message get let text phone ring drop tell
reply inquire enquire chat talk speak`)

// sentWords are the words a reader sends the writer when they get in
// touch: "send us a note", "shoot me an email", "give us a call".
var sentWords = wordSet(`email e-mail emails message messages note line question questions text dm call ring shout buzz bell`)

// sendsWord reports whether toks[i] is "send", "shoot" or "give" with a
// word of getting in touch close after it: "don't hesitate to send an
// email" or "to give us a call" offers help as "don't hesitate to email"
// does, while "don't hesitate to send in your pledge" or "to give to the
// fund" still presses.
func sendsWord(tx *lint.Text, toks []lint.Token, i int) bool {
	if v := norm(tx, toks, i); v != "send" && v != "shoot" && v != "give" {
		return false
	}
	return hasNorm(tx, toks, i+1, within(toks, i, 4), sentWords) >= 0
}

// urgencyAfford: "you can't afford to miss this".
//
// Asked as a question, "can you (really) afford to wait?", it is the same
// push with the answer left for the reader to give.
func urgencyAfford(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	from := since(toks, i, 2)
	asked := hasWord(tx, toks, since(toks, i, 3), i, "can") >= 0 && hasWord(tx, toks, since(toks, i, 3), i, "you") >= 0
	if hasWord(tx, toks, from, i, "can't", "cannot", "not") < 0 && !asked || norm(tx, toks, i+1) != "to" {
		return 0, 0, "", false
	}
	if asked {
		from = since(toks, i, 3)
	}
	switch norm(tx, toks, i+2) {
	case "miss", "wait", "pass", "ignore", "lose", "skip":
		return from, i + 3, famUrgency, true
	}
	return 0, 0, "", false
}

// urgencyHurry: "hurry", "rush" as orders (not "there is no rush").
func urgencyHurry(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if p := norm(tx, toks, i-1); p == "no" || p == "a" || p == "the" || p == "in" {
		return 0, 0, "", false
	}
	if p := norm(tx, toks, i-2); norm(tx, toks, i-1) == "to" && (p == "trying" || p == "try" || p == "tries" || p == "need" || p == "needs") {
		return 0, 0, "", false // "everyone trying to rush it at once" tells what a crowd does
	}
	if crowdScene(tx, toks, i) || namedRush(tx, toks, i) {
		return 0, 0, "", false
	}
	return i, i + 1, famUrgency, true
}

// rushDeterminers open a noun phrase whose last word can be "rush".
var rushDeterminers = wordSet(`the a an this that our your their`)

// namedRush reports whether "rush" at toks[i] ends a noun phrase that
// names a busy time, "the lunch rush", "the Christmas rush": a notice
// about a busy season, as "the rush" alone is, not an order to hurry.
func namedRush(tx *lint.Text, toks []lint.Token, i int) bool {
	if i < 2 || !sameSentence(toks, i-2, i) || toks[i-1].Kind != lint.Word || norm(tx, toks, i-1) == "to" {
		return false
	}
	return rushDeterminers[norm(tx, toks, i-2)]
}

// crowdActors are the others a writer watches hurry: "shoppers rush the
// doors", "hundreds of people waiting to rush in".
var crowdActors = wordSet(`people shoppers customers crowds crowd everyone everybody folks buyers fans they others
hundreds thousands dozens mob`)

// futureWords turn what a crowd does into a forecast, "everyone will
// rush", or into a habit that claims demand, "people always rush for
// these".
var futureWords = wordSet(`will won't going they'll always usually often every each`)

// crowdScene reports whether the "rush" or "hurry" at toks[i] is what a
// crowd does in a scene the writer tells: "hundreds of people wait in
// line to rush through the door", "shoppers hurry from store to store".
// A crowd in its clause with no word to the reader and no forecast is a
// report; "you'll want to hurry", "everyone will rush for these, so be
// quick" and "people always rush for these" still press.
func crowdScene(tx *lint.Text, toks []lint.Token, i int) bool {
	from := since(toks, i, 12)
	if hasNorm(tx, toks, from, i, crowdActors) < 0 {
		return false
	}
	return hasWord(tx, toks, from, within(toks, i, 6), "you", "your", "yours", "you'll", "you're", "you've") < 0 && hasNorm(tx, toks, from, i, futureWords) < 0
}

// lossGone: "once it's gone, it's gone", "gone for good", "gone forever",
// "before they're all gone".
func lossGone(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	switch n := norm(tx, toks, i+1); {
	case n == "forever":
		return i, i + 2, famLoss, true
	case n == "for" && norm(tx, toks, i+2) == "good":
		return i, i + 3, famLoss, true
	}
	if from := since(toks, i, 3); hasWord(tx, toks, from, i, "once", "when") >= 0 && (norm(tx, toks, i+1) == "it's" || norm(tx, toks, i+1) == "they're" || norm(tx, toks, i+1) == "," && (norm(tx, toks, i+2) == "it's" || norm(tx, toks, i+2) == "they're")) {
		return from, i + 1, famLoss, true
	}
	if from := since(toks, i, 3); hasWord(tx, toks, from, i, "once") >= 0 {
		return from, i + 1, famLoss, true
	}
	if b := hasWord(tx, toks, since(toks, i, 4), i, "before"); b >= 0 && endsClause(toks, i+1) && hasWord(tx, toks, b+1, i, "they're", "it's", "they", "it") >= 0 {
		// "grab one before they're all gone": the stock's end set as
		// the reader's deadline; "before the snow is gone" has no stock
		return b, i + 1, famLoss, true
	}
	return goneSoon(tx, toks, i)
}

// goneSoon: "don't wait or they might be all gone", "it'll be gone
// soon": the stock foretold to go, ending its clause. "The snow will be
// gone by noon" has no stock for its subject, and "they will be gone for
// a week" no end of clause.
func goneSoon(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	k := i - 1
	if norm(tx, toks, k) == "all" {
		k-- // "be all gone"
	}
	if norm(tx, toks, k) != "be" {
		return 0, 0, "", false
	}
	m := k - 1
	subj := m - 1
	switch norm(tx, toks, m) {
	case "might", "may", "will", "could", "would":
	case "they'll", "it'll":
		subj = m
	default:
		return 0, 0, "", false
	}
	if n := norm(tx, toks, subj); n != "they" && n != "it" && n != "they'll" && n != "it'll" && !scarcityNouns[n] || !sameSentence(toks, subj, i) {
		return 0, 0, "", false
	}
	if n := norm(tx, toks, i+1); n == "soon" || n == "fast" || n == "quickly" {
		return subj, i + 2, famLoss, true
	}
	if i+1 < len(toks) && sameSentence(toks, i+1, i) && toks[i+1].Kind != lint.Punct {
		return 0, 0, "", false
	}
	return subj, i + 1, famLoss, true
}

// riseVerbs end an offer or raise its price.
var riseVerbs = wordSet(`ends closes expires goes rises increases sells changes disappears`)

// finality words say the loss cannot be undone.
var finality = wordSet(`cannot can't won't never gone longer`)

// lossOnce: "once the rate rises there is no going back to it" (finality
// word: never, gone, cannot…), "once the
// offer ends, it's gone". Both halves are needed: "once the sale ends,
// we ship the orders" only tells the order of events.
func lossOnce(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	end := within(toks, i, 12)
	k := hasNorm(tx, toks, i+1, min(end, i+5), offerNouns)
	if k < 0 {
		return 0, 0, "", false
	}
	v := hasNorm(tx, toks, k+1, min(end, k+3), riseVerbs)
	if v < 0 {
		return 0, 0, "", false
	}
	if f := hasNorm(tx, toks, v+1, end, finality); f >= 0 {
		return i, f + 1, famLoss, true
	}
	return 0, 0, "", false
}

// lossLate: "before it's too late", "don't leave it too late".
func lossLate(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if norm(tx, toks, i-1) == "too" && hasWord(tx, toks, since(toks, i, 5), i, "before", "leave", "don't", "until") >= 0 {
		return i - 1, i + 1, famLoss, true
	}
	return 0, 0, "", false
}

// lossBehind: "left behind", "falling behind".
func lossBehind(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	switch norm(tx, toks, i-1) {
	case "left", "fall", "falling", "fell", "get", "getting", "stay", "be":
		return i - 1, i + 1, famLoss, true
	}
	return 0, 0, "", false
}

// lossCost: "every day without it costs you", "what waiting is costing you".
func lossCost(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if norm(tx, toks, i+1) != "you" {
		return 0, 0, "", false
	}
	from := since(toks, i, 6)
	if hasWord(tx, toks, from, i, "without", "every", "waiting", "delay", "not") >= 0 {
		return from, i + 2, famLoss, true
	}
	return 0, 0, "", false
}

// lossRegret: "you'll regret it", "don't regret".
func lossRegret(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	from := since(toks, i, 3)
	if hasWord(tx, toks, from, i, "you'll", "you", "won't", "don't", "never") >= 0 {
		return from, i + 1, famLoss, true
	}
	return 0, 0, "", false
}

// lossNever: "never again at this price", "will never be offered again".
func lossNever(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	end := within(toks, i, 5)
	if k := hasWord(tx, toks, i+1, end, "back"); k >= 0 && norm(tx, toks, k-1) == "get" {
		return since(toks, i, 3), k + 1, famLoss, true // "a day you'll never get back"
	}
	if k := hasWord(tx, toks, i+1, end, "again"); k >= 0 {
		if hasWord(tx, toks, i+1, k, "price", "offered", "offer", "discount", "see", "this", "be") >= 0 || k == i+1 {
			return i, k + 1, famLoss, true
		}
	}
	return 0, 0, "", false
}

// bigCount reports whether toks[k] claims a crowd: 100 or more, a number
// written with a plus (50+), or thousands, millions.
// isYear reports whether a number is written like a year: four bare
// digits from 1900 to 2099, "joined in 2011", not a crowd of 2,011.
func isYear(tx *lint.Text, tk *lint.Token) bool {
	t := tx.Word(tk)
	return tk.Kind == lint.Number && !tk.Plus() && tk.Currency == 0 && len(t) == 4 && (t[:2] == "19" || t[:2] == "20") &&
		strings.Trim(t, "0123456789") == ""
}

func bigCount(tx *lint.Text, tk *lint.Token) bool {
	n := tx.Norm(tk)
	if n == "thousands" || n == "millions" || n == "hundreds" || scaleWords[n] {
		return true // "join ten thousand readers", "a million fans"
	}
	if tk.Plus() {
		return true
	}
	if shorthandCount(tx, tk) {
		return count(tx, tk) >= 100 // "2k", "1000s"
	}
	// most numbers are small: three digits before any separator is the
	// cheap test that rules them out without parsing
	if len(n) < 3 || n[0] < '1' || n[0] > '9' {
		return false
	}
	return count(tx, tk) >= 100
}

// crowdJoin: "join 10,000+ marketers", "join thousands of readers".
func crowdJoin(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	end := within(toks, i, 4)
	for k := i + 1; k < end; k++ {
		if bigCount(tx, &toks[k]) && !isYear(tx, &toks[k]) {
			return i, k + 1, famCrowd, true
		}
	}
	return 0, 0, "", false
}

// crowdVerbsBy are the participles of "trusted by 5,000 teams".
var crowdVerbsBy = wordSet(`trusted loved used chosen followed read adored backed rated reviewed recommended`)

// crowdBy: "trusted by 5,000 teams", "loved by thousands"; the cue is the
// count (a number or "thousands"), rarer than "by".
func crowdBy(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	end := i + 1
	if scales[norm(tx, toks, i+1)] && isNumber(&toks[i]) {
		end = i + 2 // "2 million", "5 thousand"
	} else if !bigCount(tx, &toks[i]) {
		return 0, 0, "", false
	} else if scaleWords[tx.Norm(&toks[i])] && i > 0 && isNumber(&toks[i-1]) && sameSentence(toks, i-1, i) {
		i-- // "two million", cued by its scale
	}
	for k := i - 1; k >= since(toks, i, 4); k-- {
		if tx.Norm(&toks[k]) == "by" {
			// the verb may come a few words before: "rated 5 stars by
			// 3,000 customers"
			for v := k - 1; v >= since(toks, k, 3); v-- {
				if crowdVerbsBy[tx.Norm(&toks[v])] {
					return v, end, famCrowd, true
				}
			}
			break
		}
	}
	return 0, 0, "", false
}

// scales make a small number a crowd: "2 million", "50 thousand".
var scales = wordSet(`thousand million millions billion billions`)

// scaleWords are the scales that count a crowd on their own, whatever
// number is written before them, in figures or in words: "ten thousand",
// "two million", "a thousand".
var scaleWords = wordSet(`thousand million billion`)

// crowdMany: "thousands of happy customers already".
func crowdMany(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if norm(tx, toks, i+1) != "of" {
		return 0, 0, "", false
	}
	if _, _, _, ok := sufferingScale(tx, toks, i); ok {
		return 0, 0, "", false // "thousands of families will suffer" counts victims, not a crowd to follow
	}
	end := within(toks, i, 4)
	if k := hasNorm(tx, toks, i+2, end, crowdNouns); k >= 0 {
		if tx.Norm(&toks[k]) == "people" && !crowdProof(tx, toks, k) {
			return 0, 0, "", false
		}
		return i, k + 1, famCrowd, true
	}
	return 0, 0, "", false
}

// crowdProof reports whether the crowd of "people" at toks[k] is told as
// proof of the thing, using, trusting or buying it within the next few
// words: "thousands of people swear by it", "38,000 people in 40
// countries have completed it". People counted as having given, signed,
// marched or turned up ("2,200 people have already contributed",
// "thousands of people are signing the pledge") are a campaign's head
// count, the news of an appeal, and "people" alone names no customers.
func crowdProof(tx *lint.Text, toks []lint.Token, k int) bool {
	end := within(toks, k, 6)
	for j := k + 1; j < end && sameSentence(toks, j, k); j++ {
		if w := tx.Norm(&toks[j]); crowdVerbs[w] && !headCountVerbs[w] {
			return true
		}
	}
	return false
}

// headCountVerbs are the crowdVerbs that count heads without proving
// anything about an offer when the crowd is only "people".
var headCountVerbs = wordSet(`already have signed`)

// crowdCount: "12,000 readers already", "5,000+ teams use it", "two
// thousand customers have switched".
func crowdCount(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	from := i
	if scaleWords[tx.Norm(&toks[i])] && i > 0 && isNumber(&toks[i-1]) && sameSentence(toks, i-1, i) {
		from = i - 1 // "two thousand customers have switched", cued by the scale
	} else if !bigCount(tx, &toks[i]) || !isFigure(tx, &toks[i]) {
		return 0, 0, "", false
	}
	j := i + 1
	if j < len(toks) && toks[j].Kind == lint.Word && !crowdNouns[tx.Norm(&toks[j])] {
		j++ // "12,000 happy readers"
	}
	if j >= len(toks) || !crowdNouns[tx.Norm(&toks[j])] {
		return 0, 0, "", false
	}
	// "38,000 people in 40 countries have completed it"
	if tx.Norm(&toks[j]) == "people" && !crowdProof(tx, toks, j) {
		return 0, 0, "", false
	}
	end := within(toks, j, 5)
	if k := hasNorm(tx, toks, j+1, end, crowdVerbs); k >= 0 {
		return from, k + 1, famCrowd, true
	}
	return 0, 0, "", false
}

// crowdVerbs say what a counted crowd has done: "… have joined".
var crowdVerbs = wordSet(`already have love loved trust trusted joined use used rely agree can't swear
completed signed bought chose switched grabbed snapped ordered preordered pre-ordered downloaded
enrolled registered subscribed claimed booked reserved`)

// priceFigure reports whether a token is an amount of money or a
// percentage: "$120", "£15", "30%".
func priceFigure(tx *lint.Text, tk *lint.Token) bool {
	return tk.Kind == lint.Number && (tk.Currency != 0 || strings.HasSuffix(tx.Norm(tk), "%"))
}

// amountUnits name what a number counts when a price or a share is
// written out: "50 percent", "15 per cent", "five pounds", "20 dollars".
var amountUnits = wordSet(`percent pounds pound dollars dollar euros euro quid bucks`)

// amountEndingAt returns the first token of an amount of money or a
// share that ends at toks[k]: a figure, "$120" or "30%", or a number in
// figures or in words with its unit written out, "fifty percent", "50 per
// cent", "five pounds". It returns -1 when toks[k] ends none.
func amountEndingAt(tx *lint.Text, toks []lint.Token, k int) int {
	if k < 0 || k >= len(toks) {
		return -1
	}
	if priceFigure(tx, &toks[k]) {
		return k
	}
	u := k
	if tx.Norm(&toks[k]) == "cent" && norm(tx, toks, k-1) == "per" {
		u = k - 1
	} else if !amountUnits[tx.Norm(&toks[k])] {
		return -1
	}
	if u < 1 || !isNumber(&toks[u-1]) || !sameSentence(toks, u-1, k) {
		return -1
	}
	return u - 1
}

// pricePercent: "60% off", "a 30% discount", "$20 off", "a 50% reduction".
func pricePercent(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	k := i - 1
	if k >= 0 && tx.Norm(&toks[k]) == "up" {
		return 0, 0, "", false
	}
	if n := tx.Norm(&toks[i]); (n == "reduction" || n == "reductions") && norm(tx, toks, i+1) == "in" {
		return 0, 0, "", false // "a 40% reduction in waiting times" cuts no price
	}
	if from := amountEndingAt(tx, toks, k); from >= 0 {
		if from >= 2 && tx.Norm(&toks[from-1]) == "to" && tx.Norm(&toks[from-2]) == "up" {
			from -= 2
		}
		return from, i + 1, famPrice, true
	}
	return 0, 0, "", false
}

// priceSave: "save $120", "save 30%", "save up to 40%".
func priceSave(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	end := within(toks, i, 4)
	for k := i + 1; k < within(toks, i, 6); k++ {
		tk := &toks[k]
		if from := amountEndingAt(tx, toks, k); from > i && from < end {
			return i, k + 1, famPrice, true // "save $120", "save fifty percent"
		}
		if tk.Kind == lint.Punct {
			break
		}
	}
	return 0, 0, "", false
}

// priceHalf: "half price", "half off".
func priceHalf(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if n := norm(tx, toks, i+1); n == "price" || n == "off" || n == "priced" {
		return i, i + 2, famPrice, true
	}
	return 0, 0, "", false
}

// priceWas: "was $99, now $49", "a $500 value", "worth $300".
func priceWas(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	w := tx.Norm(&toks[i])
	if w == "value" || w == "worth" {
		if k := i - 1; k >= 0 && toks[k].Currency != 0 {
			if prizeDraw(tx, toks, k) {
				return 0, 0, "", false
			}
			return k, i + 1, famPrice, true
		}
		if w == "worth" && i+1 < len(toks) && toks[i+1].Currency != 0 && sameSentence(toks, i+1, i) {
			// "worth $300" as a claim of value next to "free" or "bonus";
			// "a book worth $40" alone is just a price
			if hasWord(tx, toks, since(toks, i, 6), within(toks, i, 6), "bonus", "bonuses", "free", "over", "total") >= 0 {
				return i, i + 2, famPrice, true
			}
		}
		return 0, 0, "", false
	}
	return 0, 0, "", false
}

// drawWords name a draw or a sale by bids, where a prize's worth is told.
var drawWords = wordSet(`raffle raffles drawing draw auction auctions tombola lottery bid bids bidding prize prizes`)

// prizeDraw reports whether the sentence around toks[i] is about a raffle,
// a drawing or an auction: "every ticket goes into the drawing for a
// hamper ($200 value)". A fundraiser tells what its prizes are worth so
// that bidders and ticket buyers know; nothing is marked down.
func prizeDraw(tx *lint.Text, toks []lint.Token, i int) bool {
	from := sentenceStart(tx, toks, i)
	to := within(toks, i, sentenceReach)
	return hasNorm(tx, toks, from, to, drawWords) >= 0
}

// anchorWords before a price make it the old one: "was $99, now $49".
var anchorWords = wordSet(`was regular regularly normally usually retail rrp`)

// priceAnchor: "was $99, now $49", "normally $149"; the cue is the price.
func priceAnchor(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if i > 1 && toks[i].Currency != 0 && norm(tx, toks, i-1) == "price" && anchorWords[tx.Norm(&toks[i-2])] && tx.Norm(&toks[i-2]) != "was" && sameSentence(toks, i-2, i) {
		return i - 2, i + 1, famPrice, true // "regular price $99"
	}
	if i > 2 && toks[i].Currency != 0 && norm(tx, toks, i-1) == "of" && norm(tx, toks, i-2) == "price" && anchorWords[tx.Norm(&toks[i-3])] && tx.Norm(&toks[i-3]) != "was" && sameSentence(toks, i-3, i) {
		return i - 3, i + 1, famPrice, true // "the regular price of $26.95"
	}
	if i == 0 || toks[i].Currency == 0 || !anchorWords[tx.Norm(&toks[i-1])] || !sameSentence(toks, i-1, i) {
		return 0, 0, "", false
	}
	if hasWord(tx, toks, i+1, within(toks, i, 6), "now", "today", "just", "only", "but") >= 0 || tx.Norm(&toks[i-1]) != "was" {
		return i - 1, i + 1, famPrice, true
	}
	return 0, 0, "", false
}

// guarantee: "guaranteed results", "our guarantee"; not "no guarantee".
func guarantee(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if hasWord(tx, toks, since(toks, i, 3), i, "no", "not", "can't", "cannot", "never", "isn't") >= 0 {
		return 0, 0, "", false
	}
	if tx.Norm(&toks[i]) == "guarantee" && norm(tx, toks, i-1) == "the" && (i+1 == len(toks) || !sameSentence(toks, i+1, i) || toks[i+1].Kind == lint.Punct) {
		return 0, 0, "", false // "The guarantee" names a topic
	}
	if guaranteedAccess(tx, toks, i) {
		return 0, 0, "", false
	}
	return i, i + 1, famGuarantee, true
}

// guaranteeRisk: "risk-free", "no risk", "zero risk", "no financial
// risk".
func guaranteeRisk(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if n := norm(tx, toks, i+1); n == "free" {
		return i, i + 2, famGuarantee, true
	}
	// "you risk nothing", "risk absolutely nothing"
	if n := norm(tx, toks, i+1); n == "nothing" {
		return i, i + 2, famGuarantee, true
	}
	if freeIntensifiers[norm(tx, toks, i+1)] && norm(tx, toks, i+2) == "nothing" {
		return i, i + 3, famGuarantee, true
	}
	if p := norm(tx, toks, i-1); p == "no" || p == "zero" || p == "without" {
		return i - 1, i + 1, famGuarantee, true
	}
	if riskKinds[norm(tx, toks, i-1)] && sameSentence(toks, i-2, i) {
		// "no financial risk", "without any risk"
		if p := norm(tx, toks, i-2); p == "no" || p == "zero" || p == "without" {
			return i - 2, i + 1, famGuarantee, true
		}
	}
	return 0, 0, "", false
}

// riskKinds may stand between "no" and "risk" in a promise: "no financial
// risk", "without any risk".
var riskKinds = wordSet(`any financial monetary added extra`)

// guaranteeMoney: "money-back", "your money back".
func guaranteeMoney(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if p := norm(tx, toks, i-1); p == "my" || p == "our" || p == "his" || p == "her" || p == "their" {
		return 0, 0, "", false // "getting my money back" tells a story
	}
	if norm(tx, toks, i+1) == "back" {
		return i, i + 2, famGuarantee, true
	}
	return 0, 0, "", false
}

// guaranteeNothing: "nothing to lose".
func guaranteeNothing(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if norm(tx, toks, i+1) == "to" && norm(tx, toks, i+2) == "lose" {
		return i, i + 3, famGuarantee, true
	}
	return 0, 0, "", false
}

// guaranteeSatisfied: a promise about the reader's feelings, "you won't
// be sorry", "you will not be disappointed"; not "we're sorry".
func guaranteeSatisfied(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	from := since(toks, i, 4)
	if hasWord(tx, toks, from, i, "won't", "never") < 0 && !(hasWord(tx, toks, from, i, "not") >= 0 && hasWord(tx, toks, from, i, "will") >= 0) {
		return 0, 0, "", false
	}
	if hasWord(tx, toks, from, i, "you", "you'll") < 0 {
		return 0, 0, "", false
	}
	return from, i + 1, famGuarantee, true
}

// pufferyHeads start a compound of praise: world-beating, top-tier.
var pufferyHeads = wordSet(`world industry market category record game earth mind jaw best top first
class life era trend ground award chart`)

// beatingCompounds claim a win over anything, hyphenated to any word.
var beatingCompounds = wordSet(`beating defying busting`)

// pufferyCompound: "world-beating", "industry-leading", "top-tier",
// "first-rate", also written as two words.
func pufferyCompound(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if i > 0 && beatingCompounds[tx.Norm(&toks[i])] && toks[i].Joined() && toks[i-1].Kind == lint.Word {
		// "disease-beating", "age-defying", "fat-busting": whatever it
		// beats, the compound claims a win the reader cannot check
		return i - 1, i + 1, famPuffery, true
	}
	if i == 0 || toks[i-1].Kind != lint.Word || !pufferyHeads[tx.Norm(&toks[i-1])] || !sameSentence(toks, i-1, i) {
		return 0, 0, "", false
	}
	head, w := tx.Norm(&toks[i-1]), tx.Norm(&toks[i])
	switch w {
	case "tier", "notch":
		if head != "top" {
			return 0, 0, "", false
		}
	case "rate":
		if head != "first" {
			return 0, 0, "", false
		}
	case "class":
		if head != "world" && head != "best" && head != "first" && head != "top" {
			return 0, 0, "", false
		}
		if head == "first" && !toks[i].Joined() && classLeads[norm(tx, toks, i-2)] {
			return 0, 0, "", false // "before the first class" is the first lesson
		}
	}
	if head == "first" && w != "rate" && w != "class" {
		return 0, 0, "", false
	}
	return i - 1, i + 1, famPuffery, true
}

// classLeads before "first class" make it the first of a course's
// classes: "the first class", "your first class".
var classLeads = wordSet(`the your my our their his her each every this that`)

// pufferyUn: "unrivalled experts", "unmatched quality".
func pufferyUn(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	return i, i + 1, famPuffery, true
}

// stockPronouns stand for the stock in "these will go fast".
var stockPronouns = wordSet(`these those they they'll they're`)

// speedLeads make a prediction about how fast a thing sells: "will sell
// out", "are sure to sell out", "expected to move quickly".
var speedLeads = wordSet(`will won't 'll going sure expected likely bound about set tend tends`)

// scarcitySpeed: a prediction that the stock or the seats go soon,
// "tickets will move quickly", "they are sure to sell out fast", "the jars
// will fly off the shelves". The verb alone tells a fact ("the seats sell
// through an agent"); a speed word or "out" after it and a prediction
// before it make it pressure.
func scarcitySpeed(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	w, n := tx.Norm(&toks[i]), norm(tx, toks, i+1)
	end := -1
	switch {
	case (w == "sell" || w == "sells" || w == "run" || w == "runs") && n == "out":
		end = i + 2
		if m := norm(tx, toks, i+2); m == "fast" || m == "quickly" || m == "soon" || m == "instantly" {
			end = i + 3
		}
	case (w == "move" || w == "moves" || w == "sell" || w == "sells") && (n == "quickly" || n == "fast"):
		end = i + 2
	case (w == "fly" || w == "flies") && n == "off" && norm(tx, toks, i+2) == "the":
		end = i + 3
	case (w == "go" || w == "goes") && (n == "quickly" || n == "fast"):
		// "these are going to go quickly": only of stock, "the
		// weeks will go fast" is time
		if hasNorm(tx, toks, since(toks, i, 6), i, stockPronouns) < 0 && hasNorm(tx, toks, since(toks, i, 6), i, scarcityNouns) < 0 {
			return 0, 0, "", false
		}
		end = i + 2
	}
	if end < 0 {
		return 0, 0, "", false
	}
	from := since(toks, i, 3)
	k := -1
	for j := i - 1; j >= from; j-- {
		if speedLeads[tx.Norm(&toks[j])] || strings.HasSuffix(tx.Norm(&toks[j]), "'ll") {
			k = j
			break
		}
	}
	if k < 0 && i > 0 && sameSentence(toks, i-1, i) && end > i+2 && plural(tx, &toks[i-1]) && (w == "sell" || w == "run") {
		// any stock said to go fast, as a habit: "candles sell out
		// quickly", "the bagels run out fast"
		return i - 1, end, famScarcity, true
	}
	if k < 0 && i > 0 && sameSentence(toks, i-1, i) && (scarcityNouns[tx.Norm(&toks[i-1])] || offerNouns[tx.Norm(&toks[i-1])]) && tx.Norm(&toks[i-1]) != "left" {
		// said of the stock itself, as a habit: "tables sell out
		// quickly", "tickets move fast"
		k = i - 1
	}
	if k >= 0 {
		if h, ok := fearedRunOut(tx, toks, k); ok {
			return h, end, famScarcity, true
		}
	}
	if k < 0 || hasWord(tx, toks, since(toks, k, 6), k, "if", "unless", "whether", "never", "not", "possibility", "possible", "chance", "risk") >= 0 {
		// "if the seats sell out, we add a date" plans for it; "there is a
		// chance the last seat will sell out while you pay" explains the queue
		return 0, 0, "", false
	}
	return k, end, famScarcity, true
}

// exclusiveNouns are what an exclusive offer gives first access to.
var exclusiveNouns = wordSet(`access offer offers deal deals discount discounts pre-sale presale preview bonus bonuses price pricing invitation invite opportunity chance
drop drops release releases edition editions`)

// scarcityExclusive: access for a chosen few, "exclusive early access",
// "an exclusive pre-sale"; not "an exclusive interview".
func scarcityExclusive(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	j := i + 1
	if n := norm(tx, toks, j); n == "early" || n == "first" || n == "vip" || n == "member" || n == "members" || n == "cardholder" {
		j++
	}
	if exclusiveNouns[norm(tx, toks, j)] && j < len(toks) && sameSentence(toks, j, i) {
		return i, j + 1, famScarcity, true
	}
	return 0, 0, "", false
}

// urgencyOrderAfterClause: an order with a time word that follows a
// leading clause, "if the party falls while we are closed, order a cake
// today". The order starts the clause after the last comma, "so" or
// "then" before the time word.
func urgencyOrderAfterClause(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	from := since(toks, i, 7)
	for k := i - 1; k > from; k-- {
		if toks[k].Kind == lint.Punct && tx.Word(&toks[k]) != "," {
			return 0, 0, "", false
		}
		if tx.Word(&toks[k-1]) != "," && tx.Norm(&toks[k-1]) != "so" && tx.Norm(&toks[k-1]) != "then" {
			continue
		}
		for k < i-1 && leadWords[tx.Norm(&toks[k])] {
			k++ // ", just shop online today"
		}
		if !orders[tx.Norm(&toks[k])] || k+1 < len(toks) && (auxiliaries[tx.Norm(&toks[k+1])] || toks[k+1].Joined()) {
			return 0, 0, "", false
		}
		if p := norm(tx, toks, k-2); p == "we" || p == "they" || p == "i" || p == "you" {
			return 0, 0, "", false
		}
		return k, i + 1, famUrgency, true
	}
	return 0, 0, "", false
}

// earnedVerbs claim money made for a crowd: "generated millions for".
var earnedVerbs = wordSet(`generated generating made making earned earning saved helped sold`)

// crowdEarned: proof by a big sum or crowd the reader cannot check,
// "the sequence that's generated millions for small shops", "helped
// thousands of parents"; the cue is the count.
func crowdEarned(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if i == 0 || !earnedVerbs[tx.Norm(&toks[i-1])] || !sameSentence(toks, i-1, i) {
		return 0, 0, "", false
	}
	switch norm(tx, toks, i+1) {
	case "for", "of", "in":
		return i - 1, i + 1, famCrowd, true
	}
	return 0, 0, "", false
}

// provenNouns are what "proven" sells as tested: a formula, a system.
var provenNouns = wordSet(`formula formulas system systems method methods strategy strategies blueprint blueprints
framework frameworks template templates secret secrets steps recipe plan plans process techniques tactics
results lines headlines scripts sequence sequences`)

// pufferyProven: "proven formula", "proven subject lines"; not "proven
// wrong" or "it has proven useful".
func pufferyProven(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	end := within(toks, i, 3)
	for k := i + 1; k < end; k++ {
		if provenNouns[tx.Norm(&toks[k])] {
			return i, k + 1, famPuffery, true
		}
		if toks[k].Kind != lint.Word {
			break
		}
	}
	return 0, 0, "", false
}

// lossLosing: "you're losing money", "you lose out", "leave money on the
// table"; the reader's loss by waiting.
func lossLosing(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	n := norm(tx, toks, i+1)
	if n != "money" && n != "out" && n != "sales" && n != "customers" {
		return 0, 0, "", false
	}
	from := hasWord(tx, toks, since(toks, i, 2), i, "you", "you're", "you'll", "you'd", "we're", "they're")
	if from < 0 {
		return 0, 0, "", false
	}
	return from, i + 2, famLoss, true
}

// priceSaveMoney: "save yourself so much money", "save big"; the amount
// left out makes it a claim, not a price.
func priceSaveMoney(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	j := i + 1
	if n := norm(tx, toks, j); n == "yourself" || n == "you" {
		j++
	}
	switch norm(tx, toks, j) {
	case "big", "hundreds", "thousands", "heaps", "loads":
		return i, j + 1, famPrice, true
	case "so", "a":
		if m := norm(tx, toks, j+1); (m == "much" || m == "lot") && (norm(tx, toks, j+2) == "money" || norm(tx, toks, j+3) == "money") {
			return i, j + 3, famPrice, true
		}
	}
	return 0, 0, "", false
}

// titleCase reports whether a word starts with a capital and goes on in
// lower case: "Edition", not "EDITION" or "edition".
func titleCase(w string) bool {
	return len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z' && !lint.AllUpper(w)
}

// soldStates are pressure phrases that also name a plain state: under
// "if" they set a condition ("if the size is already sold out, you will
// see a note"; "if you still miss out, volunteer"), not a push.
var soldStates = map[string]bool{"sold out": true, "running out": true, "almost gone": true, "miss out": true, "it is gone": true, "they are gone": true}

// goneTimes make "it is gone" press: "before it is gone", "once they are
// gone". Without one it reports where things stand: "the shortest answer
// is because it is gone".
var goneTimes = wordSet(`before once when until till after`)

// soldPress are the words that make "sold out" press: "almost sold out",
// "nearly sold out". Without one it reports what happened ("the tickets
// sold out last week") or where things stand.
var soldPress = wordSet(`almost nearly practically virtually close before soon`)

// conditionalState reports whether the pressure phrase toks[i:i+n] is a
// state rather than a push: inside an "if" clause, negated ("not sold
// out"), or a plain report that something sold out.
func conditionalState(tx *lint.Text, toks []lint.Token, i, n int) bool {
	key := phraseKey(tx, toks[i:i+n])
	if !soldStates[key] {
		return false
	}
	if key == "sold out" && !soldPress[norm(tx, toks, i-1)] && !soldPress[norm(tx, toks, i+n)] && !lint.AllUpper(tx.Word(&toks[i])) {
		return true // a shouted SOLD OUT is a banner, not a report
	}
	if (key == "it is gone" || key == "they are gone") && !goneTimes[norm(tx, toks, i-1)] {
		return true
	}
	return norm(tx, toks, i-1) == "not" || hasWord(tx, toks, since(toks, i, 8), i, "if", "unless", "whether") >= 0
}

// scheduleUnits are the steps of a price that climbs by schedule.
var scheduleUnits = wordSet(`week weeks day days hour hours month stage stages round rounds tier tiers phase phases batch`)

// deadlineSchedule: a price that climbs on a timetable, "the price goes
// up every week", "increases by 20% with each stage": every step is a
// deadline. The verb needs "every" or "each" and a step after it; "prices
// rise with the cost of flour" has neither.
func deadlineSchedule(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	w := tx.Norm(&toks[i])
	j := i + 1
	if d := norm(tx, toks, i-1); (d == "a" || d == "an" || d == "the") && !offerNouns[norm(tx, toks, j)] {
		// "an increasing number of sun spots each month" describes a
		// trend; only a price said to climb is a deadline
		return 0, 0, "", false
	}
	if (w == "goes" || w == "go") && norm(tx, toks, j) != "up" {
		return 0, 0, "", false
	}
	end := within(toks, i, 7)
	for k := j; k+1 < end; k++ {
		if toks[k].Kind == lint.Punct && tx.Word(&toks[k]) != "%" {
			break
		}
		if (tx.Norm(&toks[k]) == "every" || tx.Norm(&toks[k]) == "each") && scheduleUnits[tx.Norm(&toks[k+1])] {
			return i, k + 2, famDeadline, true
		}
	}
	return 0, 0, "", false
}

// scarcityScarcer: "making the tokens scarcer over time", "rarer every
// season": supply said to shrink.
func scarcityScarcer(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	p := norm(tx, toks, i-2)
	if norm(tx, toks, i-1) == "making" || p == "making" || norm(tx, toks, i+1) == "over" || norm(tx, toks, i+1) == "every" || norm(tx, toks, i+1) == "by" {
		return i, i + 1, famScarcity, true
	}
	return 0, 0, "", false
}

// priceDiscounted: "at discounted rates", "a discounted price"; a saving
// claimed without its size.
func priceDiscounted(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	switch norm(tx, toks, i+1) {
	case "rate", "rates", "price", "prices", "pricing":
		return i, i + 2, famPrice, true
	}
	return 0, 0, "", false
}

// deadlineRaise: the seller raising the price on a date, "I will raise
// prices as the deadline approaches", "we're raising rates on Friday";
// "raise money for the library" names no price.
func deadlineRaise(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	j := i + 1
	if n := norm(tx, toks, j); n == "the" || n == "our" || n == "my" || n == "its" || n == "their" {
		j++
	}
	if n := norm(tx, toks, j); n != "price" && n != "prices" && n != "rate" && n != "rates" && n != "fee" && n != "fees" {
		return 0, 0, "", false
	}
	end := within(toks, j, 6)
	for k := j + 1; k < end; k++ {
		if toks[k].Kind == lint.Punct {
			break
		}
		if t := tx.Norm(&toks[k]); urgentTimes[t] || t == "deadline" {
			return i, k + 1, famDeadline, true
		}
	}
	return 0, 0, "", false
}

// givings are what a reader puts in and a multiplier offer makes look
// bigger: "double your impact", "your gift will be tripled".
var givings = wordSet(`gift gifts donation donations dollar dollars money impact savings investment
contribution contributions give giving pledge`)

// priceMultiplied: "double your money", "triple your impact". A match or
// a promised return makes what the reader pays look larger, the way an
// anchor makes a price look smaller.
func priceMultiplied(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if norm(tx, toks, i+1) == "your" && givings[norm(tx, toks, i+2)] {
		return i, i + 3, famPrice, true
	}
	return 0, 0, "", false
}

// priceMatched: "your gift will be doubled", "every dollar you give is
// matched". A statement that someone matched gifts last year ("the fund
// matched 200 gifts") has no "be" before the verb.
func priceMatched(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if b := norm(tx, toks, i-1); b != "be" && b != "is" && b != "are" && b != "get" && b != "gets" {
		return 0, 0, "", false
	}
	from := since(toks, i-1, 4)
	if k := hasNorm(tx, toks, from, i-1, givings); k >= 0 {
		return k, i + 1, famPrice, true
	}
	return 0, 0, "", false
}

// deadlineAway: "just a couple of days away", "only 48 hours away": the
// end of an offer counted down. "Just" or "only" makes it a countdown;
// "the shop is ten minutes away" measures a walk.
func deadlineAway(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	switch norm(tx, toks, i-1) {
	case "hours", "days", "weeks", "minutes", "sleeps":
	default:
		return 0, 0, "", false
	}
	if k := hasWord(tx, toks, since(toks, i, 6), i-1, "just", "only"); k >= 0 {
		return k, i + 1, famDeadline, true
	}
	return 0, 0, "", false
}

// endNouns name the end of a campaign or an offer a countdown runs to.
var endNouns = wordSet(`end finale finish close deadline`)

// deadlineFromEnd: the count to an end said with "from" or "until" in
// place of "away": "we're 8 days from the finale", "just 3 hours until
// the deadline". "Ten minutes from the station" measures a walk: the end
// must be named.
func deadlineFromEnd(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	switch norm(tx, toks, i-1) {
	case "hours", "days", "weeks", "minutes", "sleeps":
	default:
		return 0, 0, "", false
	}
	if d := norm(tx, toks, i+1); d != "the" && d != "our" && d != "your" || !endNouns[norm(tx, toks, i+2)] || !sameSentence(toks, i-1, i+2) {
		return 0, 0, "", false
	}
	if e := norm(tx, toks, i+2); (e == "end" || e == "close" || e == "finish") && !endsClause(toks, i+3) {
		// "the end of the appeal" counts down; "the end of the road"
		// measures a walk
		if norm(tx, toks, i+3) != "of" || hasNorm(tx, toks, i+4, within(toks, i+3, 4), offerNouns) < 0 {
			return 0, 0, "", false
		}
	}
	from := i - 1
	if from > 0 && isNumber(&toks[from-1]) && sameSentence(toks, from-1, i) {
		from--
	}
	return from, i + 3, famDeadline, true
}

// superlativeOfAll: "the plant sale of all plant sales", "the mother of
// all sales": the thing ranked first among all its kind. "The best of all
// worlds" and "the cheapest of all options" do not repeat the noun.
func superlativeOfAll(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if norm(tx, toks, i-1) != "of" || i+1 >= len(toks) || !sameSentence(toks, i+1, i) || isNumber(&toks[i+1]) {
		return 0, 0, "", false
	}
	if norm(tx, toks, i-2) == "mother" && strings.HasSuffix(norm(tx, toks, i+1), "s") {
		return i - 2, i + 2, famSuperlative, true
	}
	noun := norm(tx, toks, i-2)
	for j := i + 1; j < within(toks, i, 3); j++ {
		if n := norm(tx, toks, j); noun != "" && (n == noun+"s" || n == noun+"es") {
			return i - 2, j + 1, famSuperlative, true
		}
	}
	return 0, 0, "", false
}

// deadlineValid: "offer valid until Friday", "the code is good through
// Sunday at midnight": an offer's end put as how long it holds. The offer
// noun or a pressing time is needed, as for any deadline verb: "the room
// is available until Friday" books a room.
func deadlineValid(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	switch norm(tx, toks, i+1) {
	case "until", "till", "thru", "through":
		return deadlineVerb(tx, toks, i)
	}
	return 0, 0, "", false
}

// deadlineOnlyFor: "for 48 hours only", "three days only", "one week
// only", "today only": the offer's whole life, said as a limit. A single
// span needs "this" or its count, "this week only", "one night only";
// "today" and "tonight" name the span themselves.
func deadlineOnlyFor(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	switch norm(tx, toks, i-1) {
	case "hours", "days", "weeks", "minutes", "weekend", "nights":
	case "week", "month", "day", "night", "hour":
		if norm(tx, toks, i-2) != "this" && (i < 2 || !isNumber(&toks[i-2])) {
			return 0, 0, "", false
		}
	case "today", "tonight":
	default:
		return 0, 0, "", false
	}
	if i+1 < len(toks) && toks[i+1].Kind != lint.Punct && sameSentence(toks, i+1, i) {
		return 0, 0, "", false // "three days only if it rains" goes on
	}
	if n := norm(tx, toks, i-1); n == "today" || n == "tonight" {
		return i - 1, i + 1, famDeadline, true // a banner: "Today only!"
	}
	if i >= 2 && (isNumber(&toks[i-2]) || tx.Norm(&toks[i-2]) == "this") && sameSentence(toks, i-2, i) {
		return i - 2, i + 1, famDeadline, true
	}
	if sentenceStart(tx, toks, i) == i-1 && tx.Norm(&toks[i-1]) == "weekend" {
		return i - 1, i + 1, famDeadline, true // a banner: "Weekend only."
	}
	return 0, 0, "", false
}

// priceGetFree: "buy one, get one free", "buy 2 get 1 free": a second item
// thrown in makes the first look cheap.
func priceGetFree(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if k := i - 2; k >= 0 && tx.Norm(&toks[k]) == "get" && (isNumber(&toks[i-1]) || tx.Norm(&toks[i-1]) == "another" || tx.Norm(&toks[i-1]) == "second") {
		if b := hasWord(tx, toks, since(toks, k, 4), k, "buy"); b >= 0 {
			return b, i + 1, famPrice, true
		}
	}
	return 0, 0, "", false
}

// scarcityFilling: "seats are filling fast", "places are filling up
// quickly", "tickets are flying out the door": what is left going fast.
// Without the speed, places that fill need a scarcity noun as subject:
// "the class is filling up"; "the tank is filling up" is plumbing.
func scarcityFilling(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	j := i + 1
	if n := norm(tx, toks, j); n == "up" || (n == "out" || n == "off") && tx.Norm(&toks[i]) != "fill" {
		j++ // not "fill out the form quickly"
	}
	if tx.Norm(&toks[i]) == "flying" {
		if n := norm(tx, toks, j+1); norm(tx, toks, j) == "the" && (n == "door" || n == "shelves" || n == "shelf") {
			return i, j + 2, famScarcity, true
		}
		return 0, 0, "", false
	}
	switch norm(tx, toks, j) {
	case "fast", "quickly", "quick", "rapidly":
		return i, j + 1, famScarcity, true
	}
	if norm(tx, toks, i+1) == "up" {
		if k := hasNorm(tx, toks, since(toks, i, 4), i, scarcityNouns); k >= 0 || hasWord(tx, toks, since(toks, i, 4), i, "class", "course", "workshop", "event", "list") >= 0 {
			return i, i + 2, famScarcity, true
		}
	}
	return 0, 0, "", false
}

// lossLeftOut: "don't be left out", "don't get left out": missing what
// others get. "I left out the salt" has no "be" or "get".
func lossLeftOut(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if norm(tx, toks, i+1) != "out" {
		return 0, 0, "", false
	}
	switch norm(tx, toks, i-1) {
	case "be", "get", "feel", "being", "getting":
		return i - 1, i + 2, famLoss, true
	}
	return 0, 0, "", false
}

// lossPassBy: "don't let this chance pass you by".
func lossPassBy(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if norm(tx, toks, i+1) == "you" && norm(tx, toks, i+2) == "by" {
		if k := hasWord(tx, toks, since(toks, i, 5), i, "let"); k >= 0 {
			return k, i + 3, famLoss, true
		}
	}
	return 0, 0, "", false
}

// bigSaleWords blow up the size of a sale or its prices.
var bigSaleWords = wordSet(`huge massive mega giant enormous bumper blowout incredible amazing insane
crazy epic unbelievable jaw-dropping rock-bottom slashed knockout doorbuster steep deep`)

// bigSaleNouns are the sales whose size priceBig reads.
var bigSaleNouns = wordSet(`savings discount discounts deals bargains reductions markdowns sale prices`)

// priceBig: "huge savings", "massive discounts", "rock-bottom prices", "a
// mega sale": the size of a sale shouted instead of its prices. "Big" is
// left out: "big discounts at the grocer" is how news reports a sale.
func priceBig(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if i == 0 || !sameSentence(toks, i-1, i) {
		return 0, 0, "", false
	}
	if bigSaleWords[tx.Norm(&toks[i-1])] {
		return i - 1, i + 1, famPrice, true
	}
	// a compound written with a hyphen or a space: "rock-bottom", "jaw dropping"
	if i >= 2 && sameSentence(toks, i-2, i) && bigSaleWords[tx.Norm(&toks[i-2])+"-"+tx.Norm(&toks[i-1])] {
		return i - 2, i + 1, famPrice, true
	}
	return 0, 0, "", false
}

// months name a date's month: "book by 30 June".
var months = wordSet(`january february march april may june july august september october november
december jan feb mar apr jun jul aug sep sept oct nov dec`)

// endings are what an offer does when it ends: "before it ends", "before
// they sell out", "before the doors close".
var endings = wordSet(`end ends close closes go goes sell sells run runs expire expires disappear
disappears rise rises`)

// buyOrders are the orders that spend or commit: "try it before Friday"
// and "start before Monday" set a plan, not a purchase deadline.
var buyOrders = wordSet(`buy order book register reserve enrol enroll sign shop grab get claim secure
snag subscribe pre-order preorder join give donate`)

// deadlineOrderBy: "order by Friday", "book by 30 June", "buy before the
// price goes up", "shop the sale before it ends": an order to buy with the
// time it must be done by. The order starts its sentence, as in
// urgencyOrder; "we book by the hour" and "books by Friday's author" do
// not.
func deadlineOrderBy(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	s := sentenceStart(tx, toks, i)
	if s >= i || !buyOrders[tx.Norm(&toks[s])] || i-s > 5 {
		return 0, 0, "", false
	}
	if s+1 < len(toks) && (auxiliaries[tx.Norm(&toks[s+1])] || toks[s+1].Joined()) {
		return 0, 0, "", false
	}
	if i+1 >= len(toks) || !sameSentence(toks, i+1, i) {
		return 0, 0, "", false
	}
	n := tx.Norm(&toks[i+1])
	switch {
	case urgentTimes[n] || months[n] || toks[i+1].Kind == lint.Number:
		return s, i + 2, famDeadline, true
	case n == "the" && (offerNouns[norm(tx, toks, i+2)] || norm(tx, toks, i+2) == "price") && endings[norm(tx, toks, i+3)]:
		return s, i + 4, famDeadline, true
	case (n == "it" || n == "they") && endings[norm(tx, toks, i+2)]:
		return s, i + 3, famDeadline, true
	}
	return 0, 0, "", false
}

// deadlineUntilPrice: "just $15 until June 30, then $25", "20% off till
// Sunday": a price that holds until a date. A price is needed: "open until
// June 30" is opening hours.
func deadlineUntilPrice(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if i+1 >= len(toks) || !sameSentence(toks, i+1, i) {
		return 0, 0, "", false
	}
	if n := tx.Norm(&toks[i+1]); !urgentTimes[n] && !months[n] && toks[i+1].Kind != lint.Number {
		return 0, 0, "", false
	}
	// the price comes right before "until", with at most the words that
	// qualify it: "$15 a ticket until", "20% off until"; "$40 and runs
	// until 9 pm" times something else
	for k := i - 1; k >= since(toks, i, 4); k-- {
		tk := &toks[k]
		if priceFigure(tx, tk) {
			return i, i + 2, famDeadline, true
		}
		if !priceQualifiers[tx.Norm(tk)] {
			break
		}
	}
	return 0, 0, "", false
}

// priceQualifiers may stand between a price and its end date.
var priceQualifiers = wordSet(`off each per a an ticket tickets person head only now`)

// urgencyWantMiss: "you won't want to miss this", "you don't want to miss
// it": a warning put as the reader's own wish.
func urgencyWantMiss(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if norm(tx, toks, i-1) != "to" || norm(tx, toks, i-2) != "want" {
		return 0, 0, "", false
	}
	switch norm(tx, toks, i-3) {
	case "won't", "don't", "not":
		// the reader's wish, not the writer's: "I don't want to miss the
		// talk" is a plan
		if k := hasWord(tx, toks, since(toks, i-3, 3), i-3, "you", "you'll"); k >= 0 {
			return k, i + 1, famUrgency, true
		}
	}
	return 0, 0, "", false
}

// smallCounts are the values of the numbers a multi-buy is written in.
var smallCounts = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}

// priceMultiBuy: "2 for 1", "three for two on all books": a free item
// inside a price, put as a ratio, the first count bigger than the second.
// "Tables for 2" and "2 for £10" give a size or a price.
func priceMultiBuy(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if i == 0 || i+1 >= len(toks) || !sameSentence(toks, i-1, i+1) || toks[i-1].Currency != 0 || toks[i+1].Currency != 0 {
		return 0, 0, "", false
	}
	a, okA := smallCounts[tx.Norm(&toks[i-1])]
	b, okB := smallCounts[tx.Norm(&toks[i+1])]
	if !okA || !okB || a <= b {
		return 0, 0, "", false
	}
	if n := norm(tx, toks, i+2); n == "pm" || n == "am" || n == "o'clock" || n == ":" {
		return 0, 0, "", false
	}
	if hasNorm(tx, toks, sentenceStart(tx, toks, i), within(toks, i, 12), scoreWords) >= 0 {
		return 0, 0, "", false // "the score was 3 for 2 after ten overs"
	}
	return i - 1, i + 2, famPrice, true
}

// scoreWords tell a game's score, which "3 for 2" can be too.
var scoreWords = wordSet(`score scored scores won win lost lose beat beaten wickets wicket overs goals match game final innings`)

// markdownVerbs cut a price to or from a figure: "reduced from £40",
// "knocked down to £10".
var markdownVerbs = wordSet(`reduced down cut slashed discounted`)

// movedDown are the verbs before "down" that tell a move, not a markdown:
// "the price went down from £3", "I walked down to the quay".
var movedDown = wordSet(`went go goes gone going came come comes walked walk walks ran run climbed drove sat`)

// priceMarkedDown: a price cut to or from a figure, "down from £32",
// "reduced from £40 to £20", "marked down to £20", "knocked down to
// £10": the old price set beside the new to make it look small. A price
// that went down, "the price went down from £3 when sugar fell", reports
// a change.
func priceMarkedDown(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if from, end, ok := priceToClear(tx, toks, i); ok {
		return from, end, famPrice, true
	}
	v := i - 1
	if v < 0 || !markdownVerbs[tx.Norm(&toks[v])] || !sameSentence(toks, v, i+1) || i+1 >= len(toks) || toks[i+1].Currency == 0 {
		return 0, 0, "", false
	}
	if w := tx.Norm(&toks[v]); w == "down" || w == "cut" {
		if v > 0 && sameSentence(toks, v-1, v) && movedDown[tx.Norm(&toks[v-1])] {
			return 0, 0, "", false
		}
		if p := norm(tx, toks, v-1); w == "down" && (p == "marked" || p == "knocked") {
			v--
		} else if tx.Norm(&toks[i]) == "to" {
			return 0, 0, "", false // "profits were down to £20" reports; "down from £32" sets the old price
		}
	}
	return v, i + 2, famPrice, true
}

// clearingVerbs cut a price so that stock goes: "reduced to clear",
// "priced to sell". "Cut" and "knocked down" are left out: "trees were
// cut to clear the path", "the shed was knocked down to clear the site"
// clear a place.
var clearingVerbs = wordSet(`reduced slashed discounted priced`)

// priceToClear: a price cut so the stock goes, "reduced to clear",
// "priced to sell", "marked down to clear": the markdown told by its
// purpose, with no figure, as a clearance banner puts it. What is
// cleared or sold, when named ("reduced to clear the backlog"), is the
// writer's errand, and "the snow was reduced to slush" cuts no price.
func priceToClear(tx *lint.Text, toks []lint.Token, i int) (int, int, bool) {
	if tx.Norm(&toks[i]) != "to" || i == 0 || !sameSentence(toks, i-1, i+1) {
		return 0, 0, false
	}
	if n := norm(tx, toks, i+1); n != "clear" && n != "sell" {
		return 0, 0, false
	}
	if sameSentence(toks, i+1, i+2) && toks[i+2].Kind == lint.Word && !clauseTimes[norm(tx, toks, i+2)] {
		return 0, 0, false // "reduced to clear the backlog", "priced to sell houses"
	}
	v := i - 1
	if tx.Norm(&toks[v]) == "down" && norm(tx, toks, v-1) == "marked" {
		return v - 1, i + 2, true
	}
	if clearingVerbs[tx.Norm(&toks[v])] {
		return v, i + 2, true
	}
	return 0, 0, false
}

// clauseTimes may follow a clearance as its time: "reduced to clear this
// week", "priced to sell today".
var clauseTimes = wordSet(`this now today tonight fast quickly quick before by at while`)

// priceOfN: "3 candles for the price of 2": a free item inside a price.
func priceOfN(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if norm(tx, toks, i-1) == "the" && norm(tx, toks, i-2) == "for" && norm(tx, toks, i+1) == "of" && i+2 < len(toks) && isNumber(&toks[i+2]) {
		return i - 2, i + 3, famPrice, true
	}
	return 0, 0, "", false
}

// priceMatchEvery: "a donor will match every dollar given", "we'll double
// each gift": a match made on the reader's giving, put actively.
func priceMatchEvery(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	switch norm(tx, toks, i+1) {
	case "every", "each", "all", "your":
	default:
		return 0, 0, "", false
	}
	end := within(toks, i, 3)
	if k := hasNorm(tx, toks, i+2, end, givings); k >= 0 {
		return i, k + 1, famPrice, true
	}
	return 0, 0, "", false
}

// deadlineGoesBack: "after Sunday it goes back to $9.99": the price a
// sale returns to, said to make waiting cost.
func deadlineGoesBack(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	switch norm(tx, toks, i-1) {
	case "goes", "go", "returns", "return", "jumps", "jump":
	default:
		return 0, 0, "", false
	}
	j := i + 1
	if norm(tx, toks, j) == "up" {
		j++
	}
	if norm(tx, toks, j) == "to" && j+1 < len(toks) && toks[j+1].Kind == lint.Number && toks[j+1].Currency != 0 {
		return i - 1, j + 2, famDeadline, true
	}
	return 0, 0, "", false
}

// leftOver reports whether "left" at toks[i] is "left over": what remains
// once every need is met, "a few left over for stragglers", is a surplus,
// not stock running out.
//
// "Left to raise" counts what a drive still needs, "$2,300 left to
// raise": the gap to a goal, not stock the reader could miss.
func leftOver(tx *lint.Text, toks []lint.Token, i int) bool {
	switch norm(tx, toks, i+1) {
	case "over":
		return sameSentence(toks, i, i+1)
	case "to":
		return norm(tx, toks, i+2) == "raise" && sameSentence(toks, i, i+2)
	}
	return false
}

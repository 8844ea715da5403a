package rules

import (
	"strings"

	"github.com/claritynotes/gen/internal/lint"
)

// Claims of improvement without a superlative. "It has never been
// easier", "prices have never been lower", "better than ever" and "sound
// like never before" rank the offer against all of its own past, which
// the reader cannot check any more than "the best ever".

// claimComparatives are the comparatives such a claim is made with. A
// person's "funnier than before" describes; these sell.
var claimComparatives = wordSet(`better bigger cheaper easier faster simpler smarter stronger greater lower`)

// sameSentence reports whether toks[i] and toks[j] are both in range and
// in one sentence.
func sameSentence(toks []lint.Token, i, j int) bool {
	return i >= 0 && j >= 0 && i < len(toks) && j < len(toks) && toks[i].Sentence == toks[j].Sentence
}

// superlativeNeverBeen: "has never been easier", "never been better",
// "like never before".
func superlativeNeverBeen(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if norm(tx, toks, i-1) == "like" && norm(tx, toks, i+1) == "before" && sameSentence(toks, i-1, i+1) {
		return i - 1, i + 2, famSuperlative, true
	}
	// "never been easier", "never been a better time", "there's never
	// a better chance than this"
	j := i + 1
	if norm(tx, toks, j) == "been" {
		j++
	}
	article := false
	if n := norm(tx, toks, j); n == "a" || n == "an" {
		j++
		article = true
	}
	if j == i+1 || !claimComparatives[norm(tx, toks, j)] || !sameSentence(toks, i, j) {
		return 0, 0, "", false
	}
	if article {
		// "never been a better time"; "never been a better friend"
		// praises a person
		if !momentNouns[norm(tx, toks, j+1)] || !sameSentence(toks, j, j+1) {
			return 0, 0, "", false
		}
		return i, j + 2, famSuperlative, true
	}
	return i, j + 1, famSuperlative, true
}

// momentNouns are what "there's never been a better …" sells.
var momentNouns = wordSet(`time moment chance opportunity deal offer price value way day`)

// superlativeYoullEver: "the only planner you'll ever need", "the last
// mattress you will ever buy": one thing ranked above all the rest.
func superlativeYoullEver(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if !everVerbs[norm(tx, toks, i+1)] || !sameSentence(toks, i, i+1) {
		return 0, 0, "", false
	}
	if p := norm(tx, toks, i-1); p != "you'll" && !(p == "will" && norm(tx, toks, i-2) == "you") {
		return 0, 0, "", false
	}
	for k := i - 2; k >= since(toks, i, 6); k-- {
		if n := tx.Norm(&toks[k]); (n == "only" || n == "last") && norm(tx, toks, k-1) == "the" {
			return k - 1, i + 2, famSuperlative, true
		}
	}
	return 0, 0, "", false
}

// everVerbs end a "the only … you'll ever need" claim.
var everVerbs = wordSet(`need buy want use`)

// urgencyYourChance: "now's your chance", "this is your chance to save":
// the moment put as the reader's one opening.
func urgencyYourChance(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if norm(tx, toks, i-1) != "your" {
		return 0, 0, "", false
	}
	if n := norm(tx, toks, i+1); n != "to" && sameSentence(toks, i, i+1) && toks[i+1].Kind == lint.Word {
		return 0, 0, "", false // "your chance encounter", "your chance of rain"
	}
	for k := since(toks, i-1, 3); k < i-1; k++ {
		if n := tx.Norm(&toks[k]); n == "now's" || n == "now" || n == "this" {
			return k, i + 1, famUrgency, true
		}
	}
	return 0, 0, "", false
}

// priceTimeFree: "get 2 months free", "3 weeks free when you pay
// yearly": free time made to look like a gift.
func priceTimeFree(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if i < 2 || !timeUnits[norm(tx, toks, i-1)] && !longUnits[norm(tx, toks, i-1)] || !isNumber(&toks[i-2]) || !sameSentence(toks, i-2, i) {
		return 0, 0, "", false
	}
	if norm(tx, toks, i+1) == "of" && norm(tx, toks, i+2) != "charge" {
		return 0, 0, "", false // "two days free of screens" is without them
	}
	return i - 2, i + 1, famPrice, true
}

// longUnits are the spans a free period is sold in.
var longUnits = wordSet(`week weeks month months year years`)

// authorityAdverbs lend a lab coat to "proven": "clinically proven".
var authorityAdverbs = wordSet(`clinically scientifically medically`)

// pufferyAuthority: "clinically proven", "scientifically tested".
func pufferyAuthority(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if authorityAdverbs[norm(tx, toks, i-1)] && sameSentence(toks, i-1, i) {
		return i - 1, i + 1, famPuffery, true
	}
	return 0, 0, "", false
}

// scarcityAlmostFull: "spaces are almost full", "the class is nearly
// full": what is left, nearly gone.
func scarcityAlmostFull(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if p := norm(tx, toks, i-1); p != "almost" && p != "nearly" && p != "practically" || !sameSentence(toks, i-1, i) {
		return 0, 0, "", false
	}
	from := since(toks, i, 5)
	if hasNorm(tx, toks, from, i, scarcityNouns) >= 0 || hasWord(tx, toks, from, i, "class", "course", "workshop", "event", "tour", "trip", "session", "sessions", "classes") >= 0 {
		return i - 1, i + 1, famScarcity, true
	}
	return 0, 0, "", false
}

// superlativeThanEver: "better than ever", "even bigger than before".
func superlativeThanEver(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if !claimComparatives[norm(tx, toks, i-1)] || !sameSentence(toks, i-1, i+1) {
		return 0, 0, "", false
	}
	if n := norm(tx, toks, i+1); n != "ever" && n != "before" {
		return 0, 0, "", false
	}
	start := i - 1
	if norm(tx, toks, i-2) == "even" && sameSentence(toks, i-2, i) {
		start = i - 2
	}
	return start, i + 2, famSuperlative, true
}

// freeIntensifiers make a gift look bigger than free: "absolutely free".
var freeIntensifiers = wordSet(`absolutely completely totally entirely`)

// priceFreeIntensified: "absolutely free", "completely free of charge".
// Plain "free" states a price; the intensifier sells it.
func priceFreeIntensified(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if freeIntensifiers[norm(tx, toks, i-1)] && sameSentence(toks, i-1, i) {
		return i - 1, i + 1, famPrice, true
	}
	return 0, 0, "", false
}

// priceFreeGift: "a free gift", "free bonuses": a gift made to look big.
func priceFreeGift(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if n := norm(tx, toks, i+1); (n == "gift" || n == "gifts" || n == "bonus" || n == "bonuses") && sameSentence(toks, i, i+1) {
		return i, i + 2, famPrice, true
	}
	return 0, 0, "", false
}

// deadlineInTheNext: "order in the next 10 minutes": a countdown on an
// order. Without an order in the sentence it is a schedule: "we reply in
// the next two hours". Days and weeks count down only to a goal that must
// be met, "we must meet the goal in the next 40 days": "order in the next
// two weeks" is how long a shop takes to restock.
func deadlineInTheNext(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if i < 3 || !isNumber(&toks[i-1]) || norm(tx, toks, i-2) != "next" || norm(tx, toks, i-3) != "the" || !sameSentence(toks, i-3, i) {
		return 0, 0, "", false
	}
	if p := norm(tx, toks, i-4); p != "in" && p != "within" {
		return 0, 0, "", false
	}
	s := sentenceStart(tx, toks, i)
	short := tx.Norm(&toks[i]) == "minutes" || tx.Norm(&toks[i]) == "hours"
	for k := s; short && k < i-4; k++ {
		if orders[tx.Norm(&toks[k])] {
			return i - 4, i + 1, famDeadline, true
		}
	}
	if countdownGoal(tx, toks, s, i-4) {
		return i - 4, i + 1, famDeadline, true // "we must meet the goal in the next 40 days"
	}
	return 0, 0, "", false
}

// priceSlashed: "prices slashed", "we've slashed every price": a cut
// made to look deep.
func priceSlashed(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	for k := since(toks, i, 3); k < within(toks, i, 3); k++ {
		if k != i && offerNouns[tx.Norm(&toks[k])] {
			return min(i, k), max(i, k) + 1, famPrice, true
		}
	}
	return 0, 0, "", false
}

// superlativeAnywhere: "you won't find a better deal anywhere", "no one
// sells it cheaper anywhere": a comparative denied to all others.
func superlativeAnywhere(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	from := since(toks, i, 6)
	c := -1
	for k := i - 1; k >= from; k-- {
		if claimComparatives[tx.Norm(&toks[k])] {
			c = k
			break
		}
	}
	if c < 0 || c+1 < i && !offerNouns[tx.Norm(&toks[c+1])] && !claimedNouns[tx.Norm(&toks[c+1])] {
		// "a better deal anywhere", "cheaper anywhere"; "a better word
		// anywhere" is the writer's search, not a claim
		return 0, 0, "", false
	}
	for k := since(toks, c, 5); k < c; k++ {
		if n := tx.Norm(&toks[k]); n == "not" || n == "no" || n == "never" || strings.HasSuffix(n, "n't") {
			return k, i + 1, famSuperlative, true
		}
	}
	return 0, 0, "", false
}

// claimedNouns are what a shop claims to beat everyone on.
var claimedNouns = wordSet(`value quality service product products selection choice`)

// crowdRate: "one sells every 5 minutes", "a pair sold every second": a
// rate of sales that makes a crowd without counting it.
func crowdRate(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if i+1 >= len(toks) || !sameSentence(toks, i, i+1) {
		return 0, 0, "", false
	}
	v := -1 // the sale verb, at most three words back: "sells one bottle every"
	for k := i - 1; k >= since(toks, i, 3); k-- {
		if n := tx.Norm(&toks[k]); n == "sells" || n == "sold" || n == "selling" {
			v = k
			break
		}
	}
	if v < 0 {
		return 0, 0, "", false
	}
	j := i + 1
	if isNumber(&toks[j]) || tx.Norm(&toks[j]) == "few" {
		j++
	}
	if j < len(toks) && timeUnits[tx.Norm(&toks[j])] {
		return v, j + 1, famCrowd, true
	}
	return 0, 0, "", false
}

// timeUnits name short spans of time.
var timeUnits = wordSet(`second seconds minute minutes hour hours day days`)

// hypeAdverbs are hype words that also intensify a feeling.
var hypeAdverbs = wordSet(`incredibly insanely unbelievably`)

// objectWords start the object of a verb: "gripping the rail",
// "riveting them together".
var objectWords = wordSet(`the a an my your his her their our its them him us me it this that these those onto on
to into`)

// hypeVerb reports whether the one-word hype phrase toks[i:i+n] ending
// in "-ing" is a verb with its object, "gripping the rail", "riveting the
// plates", "dazzling them": it tells what someone does. As an adjective,
// "a gripping thriller", "the show is gripping", it praises.
func hypeVerb(tx *lint.Text, toks []lint.Token, i, n int) bool {
	if n != 1 || !strings.HasSuffix(tx.Norm(&toks[i]), "ing") || !sameSentence(toks, i, i+1) {
		return false
	}
	return objectWords[norm(tx, toks, i+1)]
}

// feelings are what a writer, not a product, is: "so incredibly
// grateful", "it means so incredibly much".
var feelings = wordSet(`much grateful thankful proud humbled honoured honored lucky happy sad sorry
moved touched excited nervous blessed`)

// feelingIntensifier reports whether the hype phrase toks[i:i+n] is an
// adverb raising the writer's own feeling: that thanks, it does not sell.
func feelingIntensifier(tx *lint.Text, toks []lint.Token, i, n int) bool {
	return n == 1 && hypeAdverbs[tx.Norm(&toks[i])] && feelings[norm(tx, toks, i+1)] && sameSentence(toks, i, i+1)
}

// modalMust reports whether the hype "must have" at toks[i] is the verb,
// not the label: "it must have been a mistake", "a party must have three
// guests" guess or set a condition. Written apart, it sells only as a
// noun or an adjective after a determiner ("a must have", "our must have
// tote"); hyphened, "must-have" is the label wherever it stands.
func modalMust(tx *lint.Text, toks []lint.Token, i, n int) bool {
	if n < 2 || tx.Norm(&toks[i]) != "must" || norm(tx, toks, i+1) != "have" || toks[i].End == toks[i+1].Start {
		return false
	}
	return !(determiners[norm(tx, toks, i-1)] && sameSentence(toks, i-1, i))
}

// Appeals that press by calling a need urgent. A charity letter or a
// launch email says "this need is urgent", "a critical challenge",
// "the time is now": the adjective does the pushing that "hurry" does in
// a sale. A help page that routes "urgent requests" to a phone line, or
// an essay on "critical thinking", names a kind of thing instead.

// urgencyAdjectives call a need pressing.
// "Crucial" presses only before the need: "our crucial end-of-month goal".
var urgencyAdjectives = wordSet(`urgent urgently critical critically crucial desperate desperately dire emergency`)

// neededThings are what an appeal calls urgent: the need itself, the
// help asked for, or the drive that collects it.
var neededThings = wordSet(`need needs needed appeal plea help support gift gifts donation donations
funds funding action challenge match goal cause situation crisis`)

// urgencyNeed: "this need is urgent", "an urgent appeal", "urgently
// needed", "a critical $70,000 challenge". "For urgent help, call…" and
// "if it's urgent" route a request; "urgent care" is a place.
func urgencyNeed(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	from, to := since(toks, i, 3), within(toks, i, 4)
	for k := from; k < i; k++ {
		if n := tx.Norm(&toks[k]); n == "for" || n == "not" || n == "isn't" {
			return 0, 0, "", false
		}
	}
	if hasWord(tx, toks, sentenceStart(tx, toks, i), i, "if") >= 0 {
		return 0, 0, "", false // "if the need feels urgent to you" leaves it to the reader
	}
	if norm(tx, toks, i+1) == "care" {
		return 0, 0, "", false
	}
	k := hasNorm(tx, toks, from, to, neededThings)
	if k < 0 || deniedNeed(tx, toks, k) {
		return 0, 0, "", false
	}
	if k < i && tx.Norm(&toks[i]) == "crucial" {
		return 0, 0, "", false // "your gift is crucial in helping us" says it matters, not that time presses
	}
	return min(i, k), max(i, k) + 1, famUrgency, true
}

// deniedNeed reports whether the need at toks[k] is denied: "you don't
// need another planner, but you desperately want one" says there is none
// to press on.
func deniedNeed(tx *lint.Text, toks []lint.Token, k int) bool {
	if k == 0 || !sameSentence(toks, k-1, k) {
		return false
	}
	switch tx.Norm(&toks[k-1]) {
	case "don't", "doesn't", "didn't", "not", "never", "no":
		return true
	}
	return false
}

// urgencyTimeIsNow: "the time is now", "the time is now to join", "now is (now's) the time to act": the
// moment itself made the reason to act. "The time is now 5:30" tells
// the time; "now is the time of year when…" tells the season; "if you
// want a lamp, now is the time" leaves the wanting to the reader.
func urgencyTimeIsNow(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if s := sentenceStart(tx, toks, i); hasWord(tx, toks, s, i, "if") >= 0 && hasWord(tx, toks, s, i, "yet", "haven't", "hasn't", "not") < 0 {
		// a condition makes now the time only for whoever has not acted
		// yet: "if you haven't pledged yet now is the time", as "if you
		// haven't given yet, it's not too late" presses
		return 0, 0, "", false
	}
	switch {
	case tx.Norm(&toks[i]) == "time" && norm(tx, toks, i+1) == "is" && norm(tx, toks, i+2) == "now" && sameSentence(toks, i, i+2) &&
		(endsClause(toks, i+3) || norm(tx, toks, i+3) == "to" && sameSentence(toks, i, i+3)):
		return i, i + 3, famUrgency, true
	case tx.Norm(&toks[i]) == "now" && norm(tx, toks, i+1) == "is":
		if end := nowTheTime(tx, toks, i, i+2); end > 0 {
			return i, end, famUrgency, true
		}
	case tx.Norm(&toks[i]) == "now's":
		if end := nowTheTime(tx, toks, i, i+1); end > 0 {
			return i, end, famUrgency, true // "now's the time to book"
		}
	}
	return 0, 0, "", false
}

// nowTheTime returns the end of "the time", "a great time" or "the
// perfect time" at toks[j] after "now is" at toks[i], when the time is
// for an act ("to book", "for the family to sign up") or ends the clause,
// or 0: "now is a great time to check in", not "now's the time of year…"
// nor "now is a good time for a cup of tea".
func nowTheTime(tx *lint.Text, toks []lint.Token, i, j int) int {
	if a := norm(tx, toks, j); a != "the" && a != "a" {
		return 0
	}
	j++
	if timelyAdjectives[norm(tx, toks, j)] || norm(tx, toks, j) == "good" {
		j++
	}
	if norm(tx, toks, j) != "time" || !sameSentence(toks, i, j) {
		return 0
	}
	switch {
	case norm(tx, toks, j+1) == "to" || endsClause(toks, j+1):
		return j + 1
	case norm(tx, toks, j+1) == "for" && hasWord(tx, toks, j+2, within(toks, j, 8), "to") >= 0:
		return j + 1
	}
	return 0
}

// goalWords are the targets an appeal races to meet.
var goalWords = wordSet(`goal target total match challenge`)

// obligations say a thing must happen.
var obligations = wordSet(`must need needs have has`)

// countdownGoal reports whether the sentence before toks[end] presses
// towards a goal: "we must meet the goal", "we need to reach our target".
func countdownGoal(tx *lint.Text, toks []lint.Token, start, end int) bool {
	return hasNorm(tx, toks, start, end, obligations) >= 0 && hasNorm(tx, toks, start, end, goalWords) >= 0
}

// offerIntensifiers talk an offer up: "a massive 80% discount", "heavily
// discounted", "completely free".
var offerIntensifiers = func() map[string]bool {
	m := wordSet(`heavily whopping staggering`)
	for w := range bigSaleWords {
		m[w] = true
	}
	for w := range freeIntensifiers {
		m[w] = true
	}
	return m
}()

// intensifiedOffer reports whether the price anchor toks[tok0:tok1] is
// talked up: an intensifier in it or just before it, or a run of
// exclamation marks in its sentence. A calm page gives its prices plainly
// (a single "Coats 30% off!" is a cheerful sign, not a push), and all of
// them together are one signal; each offer pushed this way is one more.
func intensifiedOffer(tx *lint.Text, toks []lint.Token, tok0, tok1 int) bool {
	if hasNorm(tx, toks, since(toks, tok0, 2), tok1, offerIntensifiers) >= 0 {
		return true
	}
	for k := since(toks, tok0, 40); k < within(toks, tok1-1, 40); k++ {
		if toks[k].Kind == lint.Punct && strings.Count(tx.Word(&toks[k]), "!") >= 2 {
			return true
		}
	}
	return false
}

// harms are what an appeal says will happen without the reader: hunger,
// cold, closure, loss.
var harms = wordSet(`hungry hunger starve starving die dying death suffer suffering cold alone homeless
lose lost close closed closing shut fail fold vanish disappear`)

// lossWithoutYou: "without your gift, children will go hungry", "without
// you, the shelter will close": a harm laid at the reader's door.
// "Without your password you can't sign in" names a step, not a harm.
func lossWithoutYou(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if n := norm(tx, toks, i+1); n != "your" && n != "you" || !sameSentence(toks, i, i+1) {
		return 0, 0, "", false
	}
	if k := hasNorm(tx, toks, i+2, within(toks, i, 12), harms); k >= 0 {
		return i, k + 1, famLoss, true
	}
	return 0, 0, "", false
}

// momentUnits are the spans of time an appeal says are running out.
var momentUnits = wordSet(`second minute hour day moment`)

// urgencyEveryMoment: "every minute counts", "every day matters": time
// itself made the reason to act now. "Every vote counts" weighs votes.
func urgencyEveryMoment(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if i < 2 || !momentUnits[tx.Norm(&toks[i-1])] || norm(tx, toks, i-2) != "every" || !sameSentence(toks, i-2, i) {
		return 0, 0, "", false
	}
	return i - 2, i + 1, famUrgency, true
}

// transformVerbs promise a dramatic result.
var transformVerbs = wordSet(`transform transforms skyrocket skyrockets supercharge supercharges turbocharge
turbocharges revolutionize revolutionise explode 10x`)

// outcomes are what such a promise is made about: the reader's life,
// money or body.
var outcomes = wordSet(`life lives business sales income revenue profits profit career health body results
productivity confidence marriage finances`)

// pufferyTransform: "transform your life", "skyrocket your sales": a
// result promised to the reader that no one can check. "Transform the
// dough into a ball" is a recipe step.
func pufferyTransform(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if norm(tx, toks, i+1) != "your" || !sameSentence(toks, i, i+2) {
		return 0, 0, "", false
	}
	for k := i + 2; k < within(toks, i, 4); k++ {
		if outcomes[tx.Norm(&toks[k])] {
			return i, k + 1, famPuffery, true
		}
	}
	return 0, 0, "", false
}

// availableWords say an offer can be had.
var availableWords = wordSet(`available valid open`)

// deadlineOnlyAvailable: "only available this week", "only valid until
// Friday", "only open through Sunday": the offer's end made its limit.
// "Only available in blue" limits the colour, not the time.
func deadlineOnlyAvailable(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if !availableWords[norm(tx, toks, i+1)] || !sameSentence(toks, i, i+2) {
		return 0, 0, "", false
	}
	switch n := norm(tx, toks, i+2); {
	case n == "this" && urgentTimes[norm(tx, toks, i+3)] && sameSentence(toks, i, i+3):
		return i, i + 4, famDeadline, true
	case n == "today" || n == "tonight" || n == "tomorrow":
		return i, i + 3, famDeadline, true
	case (n == "until" || n == "till" || n == "through") && sameSentence(toks, i, i+3):
		return i, i + 4, famDeadline, true
	}
	return 0, 0, "", false
}

// scarcityRunningLow: "stock is running low", "tickets are getting
// low": what is left, nearly gone. "The battery is running low" is not
// for sale. Stock itself said to be low is the same news in other
// grammar: "low stock", "stocks are low", "we're low on tickets" (not
// "low stock prices", a market's news).
func scarcityRunningLow(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if !sameSentence(toks, i-1, i) {
		return lowStock(tx, toks, i)
	}
	if p := norm(tx, toks, i-1); p != "running" && p != "getting" {
		if p == "is" || p == "are" {
			if k := i - 2; k >= 0 && stockNouns[tx.Norm(&toks[k])] && sameSentence(toks, k, i) {
				return k, i + 1, famScarcity, true // "stocks are low"
			}
		}
		return lowStock(tx, toks, i)
	}
	if k := hasNorm(tx, toks, since(toks, i, 5), i-1, scarcityNouns); k >= 0 {
		return k, i + 1, famScarcity, true
	}
	return lowStock(tx, toks, i) // "running low on seats"
}

// stockNouns are what a shop has on its shelves, as a whole.
var stockNouns = wordSet(`stock stocks supply supplies inventory`)

// lowStock: "low stock", "low on tickets", the words after "low" at
// toks[i] naming what is nearly gone.
func lowStock(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	n := norm(tx, toks, i+1)
	if stockNouns[n] && sameSentence(toks, i, i+1) {
		if m := norm(tx, toks, i+2); m == "price" || m == "prices" || m == "market" || m == "markets" {
			return 0, 0, "", false
		}
		return i, i + 2, famScarcity, true
	}
	if n == "on" && scarcityNouns[norm(tx, toks, i+2)] && sameSentence(toks, i, i+2) {
		return i, i + 3, famScarcity, true
	}
	return 0, 0, "", false
}

// scarcityNearlySoldOut: "almost sold out", "nearly booked up",
// "practically fully booked": stock said to be about to go, whatever the
// noun before it, since only what is for sale sells out.
func scarcityNearlySoldOut(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	j := i + 1
	if norm(tx, toks, j) == "fully" {
		j++
	}
	v, p := norm(tx, toks, j), norm(tx, toks, j+1)
	if !sameSentence(toks, i, j+1) {
		return 0, 0, "", false
	}
	switch {
	case v == "sold" && p == "out", v == "booked" && (p == "up" || p == "out"):
		return i, j + 2, famScarcity, true
	case v == "booked" && j > i+1:
		return i, j + 1, famScarcity, true // "nearly fully booked"
	}
	return 0, 0, "", false
}

// maybeModals say a thing may come to pass.
var maybeModals = wordSet(`may might could will`)

// lossMayBeLate: "tomorrow may be too late", "next week could be too
// late": the cost of waiting, said as a warning. "It is too late to
// change the date" reports.
func lossMayBeLate(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if norm(tx, toks, i-1) != "too" || norm(tx, toks, i-2) != "be" || !maybeModals[norm(tx, toks, i-3)] || !sameSentence(toks, i-3, i) {
		return 0, 0, "", false
	}
	return i - 3, i + 1, famLoss, true
}

// crowdAlready: "thousands have already signed up", "hundreds are already
// using it": a crowd that got there first. "Thousands of years" counts
// time; "hundreds have gone to the fair" has no "already".
func crowdAlready(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if a := norm(tx, toks, i+1); a != "have" && a != "are" && a != "already" {
		return 0, 0, "", false
	}
	if k := hasWord(tx, toks, i+1, within(toks, i, 3), "already"); k >= 0 && k+1 < len(toks) && sameSentence(toks, i, k+1) && toks[k+1].Kind == lint.Word {
		return i, k + 2, famCrowd, true
	}
	return 0, 0, "", false
}

// urgencyGoalAway: "we're only $5,000 away from our goal", "just 20
// donors away from the target": a goal almost met, so the reader's gift
// is the one that counts. "The farm is two miles away from town" is a
// distance.
func urgencyGoalAway(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if norm(tx, toks, i+1) != "from" || !sameSentence(toks, i, i+1) {
		return 0, 0, "", false
	}
	g := hasNorm(tx, toks, i+2, within(toks, i, 4), goalWords)
	if g < 0 {
		g = headCountGoal(tx, toks, i+2)
	}
	if g < 0 || !endsClause(toks, g+1) && !goalTails[norm(tx, toks, g+1)] {
		return 0, 0, "", false // "the goal posts" are a place
	}
	if k := hasWord(tx, toks, since(toks, i, 5), i, "just", "only"); k >= 0 {
		return k, g + 1, famUrgency, true
	}
	return 0, 0, "", false
}

// backerNouns count the people a drive's goal is set in.
var backerNouns = wordSet(`backers donors supporters members signatures subscribers pledges patrons sponsors`)

// headCountGoal returns the end word of a goal set as a head count at
// toks[j], "500 backers", "1,000 signatures", or -1: "only 36 people away
// from 500 backers" is the drive's goal named by its number.
func headCountGoal(tx *lint.Text, toks []lint.Token, j int) int {
	if j+1 < len(toks) && isNumber(&toks[j]) && sameSentence(toks, j, j+1) && backerNouns[tx.Norm(&toks[j+1])] {
		return j + 1
	}
	return -1
}

// goalTails may follow a goal that ends its noun phrase: "our goal of
// $10,000", "the target by Friday".
var goalTails = wordSet(`of by before for and so this today`)

// pairedComparatives are the comparatives a pair of them is made of:
// "bigger and better", "new and improved".
var pairedComparatives = wordSet(`better bigger greater stronger brighter bolder faster new improved`)

// superlativePaired: two comparatives joined, one of them "better" or
// "improved", "bigger and better", "new and improved", "better and
// brighter": the offer ranked above its own past with no measure said.
// "Faster and cheaper" can be measured, "new and old" ranks nothing, and
// "off to bigger and better things" wishes a leaver well.
func superlativePaired(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	a, b := norm(tx, toks, i-1), norm(tx, toks, i+1)
	if a == b || !pairedComparatives[a] || !pairedComparatives[b] || !sameSentence(toks, i-1, i+1) {
		return 0, 0, "", false
	}
	if a != "better" && b != "better" && b != "improved" {
		return 0, 0, "", false
	}
	if norm(tx, toks, i+2) == "things" {
		return 0, 0, "", false // "Sam is off to bigger and better things" wishes a leaver well
	}
	return i - 1, i + 2, famSuperlative, true
}

// urgencyNotYet: the reader who has not acted yet, told the moment is
// still open: "if you haven't given yet, it's not too late", "if you
// have not registered, there's still time", "if you haven't pledged,
// now is the time". It presses everyone who held back. "If you haven't
// been, the café is worth a visit" sets no time, and "if you want a
// lamp, now is the time" leaves the wanting to the reader.
func urgencyNotYet(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	k := i - 1
	if tx.Norm(&toks[i]) == "not" {
		if norm(tx, toks, k) != "have" {
			return 0, 0, "", false
		}
		k--
	}
	if norm(tx, toks, k) != "you" || norm(tx, toks, k-1) != "if" || !sameSentence(toks, k-1, i) {
		return 0, 0, "", false
	}
	for j := i + 1; j < within(toks, i, 14); j++ {
		if end := timeStillOpen(tx, toks, j); end > 0 {
			return k - 1, end, famUrgency, true
		}
	}
	return 0, 0, "", false
}

// timeStillOpen returns the end of "not too late", "still time", "now is
// the time", "now's the time" or "the time is now" at toks[j], or 0.
func timeStillOpen(tx *lint.Text, toks []lint.Token, j int) int {
	words := func(ws ...string) int {
		for n, w := range ws {
			if norm(tx, toks, j+n) != w || !sameSentence(toks, j, j+n) {
				return 0
			}
		}
		return j + len(ws)
	}
	for _, ws := range [][]string{{"not", "too", "late"}, {"still", "time"}, {"now", "is", "the", "time"}, {"now's", "the", "time"}, {"the", "time", "is", "now"}} {
		if end := words(ws...); end > 0 {
			return end
		}
	}
	return 0
}

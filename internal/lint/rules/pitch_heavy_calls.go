package rules

import "github.com/claritynotes/gen/internal/lint"

// Pitch patterns of published event and shop copy, which pushes with bare
// orders and quiet conditions more than with hype words: "Get your
// tickets.", "Come early on release day to save", "If you're worried
// tickets will run out, …", "Supplies are limited!".

// grabTargets are the scarce things a bare purchase order names.
var grabTargets = wordSet(`ticket tickets seat seats copy copies pass passes spot spots kit kits
box boxes bundle bundles print prints bottle bottles`)

// grabObjects may stand between the order and the thing: "get your tickets".
var grabObjects = wordSet(`your the some those a`)

// nowWords bind an order to this moment: "get your tickets now".
var nowWords = wordSet(`now today tonight asap immediately`)

// grabPushes go on with a push after the thing: "grab tickets before …".
var grabPushes = wordSet(`now today tonight before while fast quick quickly early asap`)

// grabCall: a bare order to buy a scarce thing, "Get your tickets.",
// "Buy Tickets.", "grab tickets before it's too late". The order is the
// whole sentence, or it goes on with a push. "Get tickets at the box
// office from 10 a.m." goes on with where and when: that informs.
func grabCall(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	s := sentenceStart(tx, toks, i)
	if s >= i || i-s > 2 || !orders[tx.Norm(&toks[s])] || i-s == 2 && !grabObjects[tx.Norm(&toks[s+1])] {
		return 0, 0, "", false
	}
	j := i + 1
	if norm(tx, toks, j) == "here" && sameSentence(toks, j, i) {
		j++
	}
	switch {
	case j >= len(toks) || !sameSentence(toks, j, i) || toks[j].Kind == lint.Punct:
		return s, j, famHardSell, true
	case nowWords[tx.Norm(&toks[j])]:
		// an order bound to this moment is urgency, as "grab yours now"
		// is: "get your tickets now", "book your seats today"
		return s, j + 1, famUrgency, true
	case grabPushes[tx.Norm(&toks[j])]:
		// the push is left to its own family: "before it's too late" is
		// loss framing of its own
		return s, j, famHardSell, true
	}
	return 0, 0, "", false
}

// earlyReasons give an early order its push: a saving or a loss avoided.
var earlyReasons = wordSet(`save saving savings avoid disappointment guarantee secure discount cheaper selection`)

// earlyCall: an order to come or buy early for a gain, "Come early on
// release day to save", "book early to avoid disappointment". "Arrive
// early to find parking" is advice: arriving is no order to buy, and
// parking no gain the seller offers.
func earlyCall(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	s := sentenceStart(tx, toks, i)
	if s >= i || i-s > 3 || !orders[tx.Norm(&toks[s])] {
		return 0, 0, "", false
	}
	end := within(toks, i, 8)
	for k := i + 1; k < end; k++ {
		if toks[k].Kind == lint.Punct && tx.Word(&toks[k]) != "," {
			break
		}
		if earlyReasons[tx.Norm(&toks[k])] {
			// the signal ends at "early": the saving may be a price
			// anchor of its own, "book early and save $40"
			return s, i + 1, famUrgency, true
		}
	}
	return 0, 0, "", false
}

// fearWords turn "if … will run out" from a plan into a threat.
var fearWords = wordSet(`worried worry afraid scared concerned nervous fear anxious`)

// fearedRunOut reports the start of a fear-led condition before the lead
// toks[k] of "will run out": "If you're worried tickets will run out, …"
// presses the reader; "if the seats sell out, we add a date" plans. The
// thing that runs out must be a scarce one ("the battery will run out"
// is no offer), or "they", "it" for one.
func fearedRunOut(tx *lint.Text, toks []lint.Token, k int) (int, bool) {
	from := since(toks, k, 6)
	h := hasWord(tx, toks, from, k, "if")
	if h < 0 || hasNorm(tx, toks, h+1, k, fearWords) < 0 {
		return 0, false
	}
	for j := h + 1; j < k; j++ {
		if n := tx.Norm(&toks[j]); scarcityNouns[n] || offerNouns[n] || n == "they" || n == "it" {
			return h, true
		}
	}
	return 0, false
}

// scarcityAreLimited: the claim after its noun, "Supplies are limited!",
// "availability is limited". "Parking is limited" names no stock on sale.
func scarcityAreLimited(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	j := i - 1
	if limitAdverbs[norm(tx, toks, j)] {
		j-- // "quantities are also limited", "places are very limited"
	}
	if j < 1 || !sameSentence(toks, j-1, i) {
		return 0, 0, "", false
	}
	if v := tx.Norm(&toks[j]); v != "are" && v != "is" {
		return 0, 0, "", false
	}
	if n := tx.Norm(&toks[j-1]); !(scarcityNouns[n] || placeCounts[n]) || n == "left" || n == "set" || n == "run" {
		return 0, 0, "", false
	}
	return j - 1, i + 1, famScarcity, true
}

// limitAdverbs may stand between "are" and "limited".
var limitAdverbs = wordSet(`also very strictly extremely always severely usually often typically`)

// placeCounts name how many places a class or event takes: "enrollment is
// usually limited" says the places are.
var placeCounts = wordSet(`enrollment enrolment registration registrations capacity attendance admission`)

// runVerbs make a limited run: "only printed 100 copies", "only made 40".
var runVerbs = wordSet(`printed made produced pressed minted bottled baked cast`)

// toldToOrder reports whether the time word toks[i] follows an order the
// reader is told they need to give, "you need to register now", "you have
// to book today", or the writer's wish or plea that they give it, "I want
// you to claim right now", "I urge you to book today". It returns where
// the reader is named. "You need to restart now" is no order to buy:
// restart is not one of the orders.
func toldToOrder(tx *lint.Text, toks []lint.Token, i int) (int, bool) {
	if norm(tx, toks, i-1) == "right" && tx.Norm(&toks[i]) == "now" {
		i-- // "… to claim right now"
	}
	if i < 4 || !orders[norm(tx, toks, i-1)] || norm(tx, toks, i-2) != "to" || !sameSentence(toks, i-4, i) {
		return 0, false
	}
	if urgeVerbs[norm(tx, toks, i-4)] && norm(tx, toks, i-3) == "you" {
		return i - 3, true
	}
	switch norm(tx, toks, i-3) {
	case "need", "have", "got", "ought":
	default:
		return 0, false
	}
	if y := norm(tx, toks, i-4); y != "you" && y != "you'll" && y != "you've" {
		return 0, false
	}
	return i - 4, true
}

// urgeVerbs put the writer's will on the reader: "I want you to …".
var urgeVerbs = wordSet(`want urge encourage beg implore need`)

// scarcityWontLast: stock said not to last, "the stock isn't gonna last
// long", "these prints aren't going to last". A thing that wears out is
// no stock: "the battery isn't going to last long".
func scarcityWontLast(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	k := i - 1
	switch norm(tx, toks, k) {
	case "gonna":
		k--
	case "to":
		if norm(tx, toks, k-1) != "going" {
			return 0, 0, "", false
		}
		k -= 2
	default:
		return 0, 0, "", false
	}
	if n := norm(tx, toks, k); n != "not" && n != "isn't" && n != "aren't" && n != "ain't" {
		return 0, 0, "", false
	}
	if n := norm(tx, toks, k); n == "not" {
		k-- // "is not gonna last"
	}
	if k < 1 || !sameSentence(toks, k-1, i) || !scarcityNouns[norm(tx, toks, k-1)] {
		return 0, 0, "", false
	}
	end := i + 1
	if w := norm(tx, toks, end); w == "long" || w == "forever" {
		end++
	}
	return k - 1, end, famScarcity, true
}

// deadlineEachStep: the step before the rise, "with each download the
// book rises in price": every sale moves the price, so every sale is a
// deadline. "Prices rise with the cost of flour" names no step.
func deadlineEachStep(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	w := tx.Norm(&toks[i])
	if (w == "goes" || w == "go") && norm(tx, toks, i+1) != "up" {
		return 0, 0, "", false
	}
	for k := since(toks, i, 6); k+1 < i; k++ {
		if (tx.Norm(&toks[k]) == "every" || tx.Norm(&toks[k]) == "each") && stepUnits[tx.Norm(&toks[k+1])] {
			return k, i + 1, famDeadline, true
		}
	}
	return 0, 0, "", false
}

// stepUnits are the sales a price climbs with, besides scheduleUnits.
var stepUnits = func() map[string]bool {
	m := wordSet(`download downloads sale sales order orders purchase purchases ticket tickets copy copies`)
	for w := range scheduleUnits {
		m[w] = true
	}
	return m
}()

// groupNouns are the insiders a presale is kept for.
var groupNouns = wordSet(`members member cardholders subscribers fans insiders supporters patrons backers`)

// scarcityPresale: a sale kept for a group first, "club members get a
// presale on Wednesday", "cardholders have early access": everyone else is
// told they come second. "The presale starts at 10" names a time only.
func scarcityPresale(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	from := since(toks, i, 5)
	v := hasWord(tx, toks, from, i, "get", "gets", "have", "has")
	if v < 0 || hasNorm(tx, toks, since(toks, v, 3), v, groupNouns) < 0 {
		return 0, 0, "", false
	}
	return hasNorm(tx, toks, since(toks, v, 3), v, groupNouns), i + 1, famScarcity, true
}

// firstGifts are what the first comers get.
var firstGifts = wordSet(`free get gets receive receives win wins`)

// scarcityFirst: a reward for the first few, "the first copy is free",
// "the first 50 buyers get a tote": a race the reader is told to join.
// "The first copy arrived damaged" rewards nobody.
func scarcityFirst(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if norm(tx, toks, i-1) != "the" {
		return 0, 0, "", false
	}
	j := i + 1
	if j < len(toks) && isNumber(&toks[j]) {
		j++
	}
	if j >= len(toks) || !sameSentence(toks, j, i) || !scarcityNouns[tx.Norm(&toks[j])] && !crowdNouns[tx.Norm(&toks[j])] {
		return 0, 0, "", false
	}
	end := within(toks, j, 3)
	if k := hasNorm(tx, toks, j+1, end, firstGifts); k >= 0 {
		return i - 1, k + 1, famScarcity, true
	}
	if toks[j-1].Kind == lint.Number && hasWord(tx, toks, since(toks, i, 5), i, "only", "just") >= 0 {
		// "only to the first 50 buyers": a head count that runs out
		return since(toks, i, 5), j + 1, famScarcity, true
	}
	return 0, 0, "", false
}

// demandWords make "demand" a claim: "due to overwhelming demand",
// "tickets are in high demand", "due to popular demand". "Demand for flour
// rose" reports a market, and "back by popular demand" is the stock phrase
// of a calm return.
var demandWords = wordSet(`overwhelming massive huge high unprecedented incredible enormous insane heavy record popular`)

// crowdDemand: the crowd said to be buying, "due to overwhelming demand",
// "the overwhelming response", "in high demand". However often a piece
// says it, it is one signal.
func crowdDemand(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	n := norm(tx, toks, i+1)
	if n != "demand" && n != "response" || i+1 >= len(toks) || !sameSentence(toks, i+1, i) {
		return 0, 0, "", false
	}
	if tx.Norm(&toks[i]) == "popular" && (n != "demand" || norm(tx, toks, i-1) == "back" || norm(tx, toks, i-2) == "back") {
		// "back by popular demand" is the stock phrase of a calm return;
		// "due to popular demand, we're extending…" gives a crowd as the
		// reason to hurry
		return 0, 0, "", false
	}
	return i, i + 2, famCrowd, true
}

// giftNouns are what an appeal asks the reader to give.
var giftNouns = wordSet(`gift donation contribution support pledge`)

// urgencyGiftNow: an appeal's ask bound to this moment, "your donation
// today will help", "a gift of $35 now", "will you chip in right now?".
// The time word makes the gift due now, as "donate today" does. A report
// of gifts already made names whose they were ("the donations today
// totalled…") or tells it in the past ("we all pitched in today").
func urgencyGiftNow(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	k := i - 1
	if tx.Norm(&toks[i]) == "now" && norm(tx, toks, k) == "right" {
		k-- // "… right now"
	}
	if k < 1 || !sameSentence(toks, k-1, i) {
		return 0, 0, "", false
	}
	switch {
	case giftNouns[norm(tx, toks, k)] && norm(tx, toks, k-1) == "your":
		return k - 1, i + 1, famUrgency, true // "your support today"
	case norm(tx, toks, k) == "in" && (norm(tx, toks, k-1) == "chip" || norm(tx, toks, k-1) == "pitch"):
		return k - 1, i + 1, famUrgency, true // "chip in now"
	case toks[k].Kind == lint.Number && norm(tx, toks, k-1) == "of" && giftNouns[norm(tx, toks, k-2)] && sameSentence(toks, k-2, i):
		return k - 2, i + 1, famUrgency, true // "a gift of $35 now"
	}
	return 0, 0, "", false
}

package rules

import (
	"strings"

	"github.com/claritynotes/gen/internal/lint"
)

// Appeal shapes. Fundraising letters and small sales pages press on the
// reader's wallet with shapes of their own: a gift made to look small
// against what it buys ("just $10 can feed a child"), suffering counted
// by the thousand, a harm that follows the reader's delay, and an order
// to act now set in the middle of a sentence. Each is a small pattern
// around one cue word, as the other families are.

// The appeal families.
const (
	famMinimiser family = "price minimiser"
	famSuffering family = "suffering at scale"
)

// smallLeads make an amount look small: "just $10", "only $40", "as
// little as $5", "a mere £3", "less than a dollar a day".
var smallLeads = wordSet(`just only mere merely little less even`)

// moneyUnits name an amount written in words: "TEN DOLLARS", "a dollar
// a day", "a few pounds".
var moneyUnits = wordSet(`dollar dollars pound pounds buck bucks cent cents penny pennies euro euros quid`)

// benefitVerbs are what a small gift is said to buy for someone else.
var benefitVerbs = wordSet(`feed feeds provide provides buy buys give gives help helps save saves
sponsor sponsors supply supplies deliver delivers fund funds cover covers keep keeps send sends
change changes bring brings protect protects vaccinate vaccinates treat treats rescue rescues
shelter shelters connect connects transform transforms pay pays educate educates`)

// giftWords mark a sentence about the reader's gift.
var giftWords = wordSet(`gift gifts donation donations donate donating give giving sponsor
sponsorship sponsoring contribution pledge`)

// moneyAt returns the end of an amount of money starting at toks[k]:
// "$10", "£3.50", "TEN DOLLARS", "a dollar", "a few dollars"; or 0.
func moneyAt(tx *lint.Text, toks []lint.Token, k int) int {
	if k >= len(toks) {
		return 0
	}
	if toks[k].Kind == lint.Number && toks[k].Currency != 0 {
		return k + 1
	}
	w := norm(tx, toks, k)
	if (isNumber(&toks[k]) || w == "a" || w == "one") && moneyUnits[norm(tx, toks, k+1)] && sameSentence(toks, k, k+1) {
		return k + 2
	}
	if w == "a" && norm(tx, toks, k+1) == "few" && moneyUnits[norm(tx, toks, k+2)] && sameSentence(toks, k, k+2) {
		return k + 3
	}
	return 0
}

// amountTail skips what may follow an amount before the verb it buys:
// "a month", "per day", "each week", "you give", "gift".
func amountTail(tx *lint.Text, toks []lint.Token, j int) int {
	switch w := norm(tx, toks, j); {
	case w == "a" || w == "per" || w == "each" || w == "every":
		if u := norm(tx, toks, j+1); u == "day" || u == "week" || u == "month" || u == "year" {
			return j + 2
		}
	case w == "monthly" || w == "gift" || w == "donation":
		return j + 1
	case w == "you" || w == "that":
		if v := norm(tx, toks, j+1); giftWords[v] || v == "send" || v == "spare" || v == "give" {
			return j + 2
		}
	}
	return j
}

// buysBenefit reports whether the words from toks[j] say what an amount
// buys: "can feed", "will provide", "provides", "helps".
func buysBenefit(tx *lint.Text, toks []lint.Token, j, end int) bool {
	if j >= end {
		return false
	}
	if w := norm(tx, toks, j); w == "can" || w == "will" || w == "could" || w == "would" {
		j++
		if norm(tx, toks, j) == "help" && j+1 < end && benefitVerbs[norm(tx, toks, j+1)] {
			return true // "can help connect"
		}
		return j < end && benefitVerbs[norm(tx, toks, j)]
	}
	// without a modal the amount must be the verb's subject: "$100
	// provides"; "£629 save £770" lists a price and its saving
	v := norm(tx, toks, j)
	return j < end && benefitVerbs[v] && strings.HasSuffix(v, "s")
}

// minimiserLead: "just $10 can feed a child", "for only $40 you can
// sponsor", "as little as $5 a month", "all I'm asking for is TWO
// DOLLARS". The small word and the amount are the pitch when the
// sentence is about a gift or says what the amount buys; "tickets are
// just $10" prices a ticket.
func minimiserLead(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	w := tx.Norm(&toks[i])
	k := i + 1
	switch w {
	case "little", "less":
		if norm(tx, toks, k) != "than" && !(w == "little" && norm(tx, toks, k) == "as") {
			return 0, 0, "", false
		}
		k++
	case "even":
		// "even $5 helps", "if you can donate even $5"
	}
	end := moneyAt(tx, toks, k)
	if end == 0 || !sameSentence(toks, i, end-1) {
		return 0, 0, "", false
	}
	if f := forBefore(tx, toks, i); f >= 0 && amountTail(tx, toks, end) > end {
		// "join for as little as £5 a month", "sponsor a child for just
		// £5 a month": what the reader pays for, spread thin over its
		// period, is made small on its own, with nothing said of what it
		// buys. "The bus costs as little as $5 a day" reports a fare, and
		// "from as little as £5" prices a range.
		return i, end, famMinimiser, true
	}
	s := sentenceStart(tx, toks, i)
	e := within(toks, i, 16)
	if buysBenefit(tx, toks, amountTail(tx, toks, end), e) || hasNorm(tx, toks, s, e, giftWords) >= 0 && readersGift(tx, toks, s, e) {
		return i, end, famMinimiser, true
	}
	return 0, 0, "", false
}

// forBefore returns the "for" that opens a small lead at toks[i], "for
// as little as", "for just", "for only", or -1.
func forBefore(tx *lint.Text, toks []lint.Token, i int) int {
	f := i - 1
	if tx.Norm(&toks[i]) == "little" {
		f = i - 2
	}
	if f < 0 || tx.Norm(&toks[f]) != "for" || !sameSentence(toks, f, i) {
		return -1
	}
	return f
}

// readersGift reports whether the sentence toks[s:e] asks the reader for
// the gift: it speaks to them ("if you can donate even $5") or opens with
// the ask ("Give just $5 today"). Advice about someone else's gift,
// "getting a backer to pledge even $1 early", makes no ask of the reader.
func readersGift(tx *lint.Text, toks []lint.Token, s, e int) bool {
	return hasWord(tx, toks, s, e, "you", "your", "you're", "you'll", "you've", "you'd") >= 0 || giftWords[norm(tx, toks, s)] || norm(tx, toks, s) == "please" && giftWords[norm(tx, toks, s+1)]
}

// minimiserBuys: "$10 can feed a child for a week", "your $100 provides
// 455 meals", "every $1 you donate can help": the amount, then what it
// buys. The cue is the amount. "$40 kit provides…" describes a product,
// so the verb must follow the amount (or its "a month", "you give").
func minimiserBuys(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	end := moneyAt(tx, toks, i)
	if end == 0 {
		return 0, 0, "", false
	}
	if !buysBenefit(tx, toks, amountTail(tx, toks, end), within(toks, end-1, 6)) {
		return 0, 0, "", false
	}
	from := i
	if p := norm(tx, toks, i-1); (p == "your" || p == "every" || p == "just" || p == "only") && sameSentence(toks, i-1, i) {
		from = i - 1
	}
	return from, end, famMinimiser, true
}

// countedGifts are the small units an appeal says all count.
var countedGifts = wordSet(`dollar penny cent pound euro bit gift donation contribution amount pledge`)

// everyHelps are what every small gift is said to do.
var everyHelps = wordSet(`counts helps matters`)

// minimiserEveryCounts: "every dollar counts", "every little bit helps",
// "every penny you give matters": the smallest gift made enough.
func minimiserEveryCounts(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	k := i + 1
	if norm(tx, toks, k) == "little" || norm(tx, toks, k) == "single" {
		k++
	}
	if norm(tx, toks, k-1) == "little" && everyHelps[norm(tx, toks, k)] {
		k-- // "every little helps": "little" stands for the gift
	}
	if !countedGifts[norm(tx, toks, k)] && norm(tx, toks, k) != "little" || !sameSentence(toks, i, k) {
		return 0, 0, "", false
	}
	if p := norm(tx, toks, i-1); p == "refund" || p == "back" || p == "keep" {
		return 0, 0, "", false // "we'll refund every penny" promises a refund
	}
	j := k + 1
	if n := norm(tx, toks, j); n == "you" || n == "we" {
		j += 2 // "every dollar you give", "every penny we raise"
	}
	switch norm(tx, toks, j) {
	case "counts", "helps", "matters", "adds", "makes":
		return i, j + 1, famMinimiser, true
	case "can", "will":
		if benefitVerbs[norm(tx, toks, j+1)] && sameSentence(toks, i, j+1) {
			return i, j + 2, famMinimiser, true
		}
	}
	return 0, 0, "", false
}

// actNowVerbs are the acts an appeal asks for at once; with a time word
// bound to them they press: "donate today", "act immediately".
var actNowVerbs = wordSet(`give donate help act respond sponsor support call sign share pledge
intervene chip send`)

// givingVerbs are the acts an appeal binds to the day in a clause about
// the reader: "when you give today", "if you donate now".
var givingVerbs = wordSet(`give donate pledge sponsor support act respond chip`)

// urgencyActNow: an act bound to a time word in the same clause, set
// anywhere in the sentence: "…get your dress today!", "we need your help
// RIGHT NOW", "please act immediately", "will immediately be rushed to
// the camps". The cue is the time word; "I'm broke right now" and "the
// shop is open today" bind it to no act.
func urgencyActNow(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	w := tx.Norm(&toks[i])
	to := i + 1
	if w == "now" && norm(tx, toks, i-1) == "right" {
		i--
	}
	if w == "right" {
		if norm(tx, toks, i+1) != "now" && norm(tx, toks, i+1) != "away" {
			return 0, 0, "", false
		}
		to = i + 2
	}
	// look back to the start of the clause
	for k := i - 1; k >= 0 && k >= i-5 && sameSentence(toks, k, i); k-- {
		tk := &toks[k]
		if tk.Kind == lint.Punct {
			if clauseMark(tx, tk) {
				break
			}
			continue
		}
		n := tx.Norm(tk)
		if orders[n] && sentenceStart(tx, toks, k) != k && clauseStart(tx, toks, k) && !(k+1 < len(toks) && auxiliaries[norm(tx, toks, k+1)]) {
			// an order that starts the sentence is urgencyOrder's; this
			// one starts a later clause: "…get your dress today"
			if p := phrasalOrders[n]; p == "" || norm(tx, toks, k+1) == p {
				return k, to, famUrgency, true
			}
		}
		if n == "help" && (norm(tx, toks, k-1) == "your" || norm(tx, toks, k-1) == "you") {
			return k - 1, to, famUrgency, true // "we need your help right now"
		}
		if actNowVerbs[n] && (norm(tx, toks, k-1) == "please" || clauseStart(tx, toks, k)) && !auxiliaries[norm(tx, toks, k+1)] && !toks[k].Joined() {
			return k, to, famUrgency, true // "please act immediately"
		}
		if givingVerbs[n] && norm(tx, toks, k-1) == "you" && (norm(tx, toks, k-2) == "when" || norm(tx, toks, k-2) == "if") && sameSentence(toks, k-2, k) {
			// "when you donate today, your gift doubles": the gift the
			// appeal counts on is bound to the day, as an order would be
			return k - 2, to, famUrgency, true
		}
	}
	if w == "immediately" {
		// "your gift will immediately be rushed", "put to work immediately"
		for k := i + 1; k < within(toks, i, 3); k++ {
			if dispatched[norm(tx, toks, k)] {
				return i, k + 1, famUrgency, true
			}
		}
		for k := since(toks, i, 3); k < i; k++ {
			if dispatched[norm(tx, toks, k)] {
				return k, i + 1, famUrgency, true
			}
		}
	}
	return 0, 0, "", false
}

// dispatched are what an appeal says happens to a gift at once.
var dispatched = wordSet(`rushed sent shipped used put deployed airlifted delivered`)

// clauseStart reports whether toks[k] starts its clause: the sentence's
// first word (after "so", "please"…), or a word after a clause mark or an
// ellipsis.
func clauseStart(tx *lint.Text, toks []lint.Token, k int) bool {
	if sentenceStart(tx, toks, k) == k {
		return true
	}
	j := k - 1
	if j >= 0 && leadWords[norm(tx, toks, j)] && j > 0 {
		j--
	}
	if j < 0 || !sameSentence(toks, j, k) {
		return true
	}
	return toks[j].Kind == lint.Punct && clauseMark(tx, &toks[j])
}

// clauseMark reports whether a punctuation token ends one clause and
// starts another: a comma, semicolon, ellipsis or colon. Dashes and
// brackets are no tokens (Text.Gap reads them between two words).
func clauseMark(tx *lint.Text, tk *lint.Token) bool {
	switch tx.Word(tk) {
	case ",", ";", "…", "...", ":":
		return true
	}
	return false
}

// urgencyImmediateHelp: "without immediate help", "immediate assistance
// is needed": the need called instant. "Immediate family" and "the
// immediate area" name no need.
func urgencyImmediateHelp(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	switch norm(tx, toks, i+1) {
	case "help", "assistance", "aid", "relief", "support", "action", "attention", "response", "gifts", "donations":
	default:
		return 0, 0, "", false // "the immediate crisis" names the need, not its haste
	}
	s, e := sentenceStart(tx, toks, i), within(toks, i, 8)
	if hasWord(tx, toks, s, e, "need", "needs", "needed", "without", "require", "requires", "required", "urgently") >= 0 {
		return i, i + 2, famUrgency, true
	}
	return 0, 0, "", false
}

// victims are who an appeal counts by the thousand.
var victims = wordSet(`people children kids families women men refugees animals lives mothers babies
orphans girls boys dogs cats survivors patients students elderly civilians villagers`)

// sufferingScale: "tens of thousands of children are starving",
// "countless families without food", "3.7 million people in crisis": a
// crowd of victims with a harm in the same sentence. Counted by the
// thousand, a need is too big to weigh: the reader is moved, not told.
// "Thousands of people visit the fair" counts no harm.
func sufferingScale(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	w := tx.Norm(&toks[i])
	k := i + 1
	switch {
	case w == "countless" || w == "untold":
	case w == "thousands" || w == "millions" || w == "hundreds" || w == "billions" || roundPlural(w):
		if norm(tx, toks, k) == "of" {
			k++
		}
		if n := norm(tx, toks, k); n == "thousands" || n == "millions" {
			k++ // "hundreds of thousands"
			if norm(tx, toks, k) == "of" {
				k++
			}
		}
		if norm(tx, toks, k) == "more" {
			k++
		}
	case toks[i].Kind == lint.Number && scales[norm(tx, toks, k)]:
		k++
	default:
		return 0, 0, "", false
	}
	// "thousands of Somalis", "millions of innocent children"
	end := within(toks, k-1, 3)
	v := -1
	for j := k; j < end; j++ {
		if victims[norm(tx, toks, j)] || toks[j].Kind == lint.Word && j == k && isCapital(tx, &toks[j]) {
			v = j
			break
		}
	}
	if v < 0 {
		return 0, 0, "", false
	}
	s, e := sentenceStart(tx, toks, i), within(toks, v, 14)
	if hasNorm(tx, toks, s, e, harms) >= 0 || hasNorm(tx, toks, s, e, sufferings) >= 0 {
		return i, v + 1, famSuffering, true
	}
	return 0, 0, "", false
}

// sufferings add to the harms an appeal counts: crisis, famine, flight.
var sufferings = wordSet(`crisis famine starvation malnourished malnutrition fleeing fled flee displaced
danger risk desperate poverty drought war suffer suffered killed dead trapped`)

// isCapital reports whether a word starts with a capital: a people or a
// place named ("thousands of Somalis").
func isCapital(tx *lint.Text, tk *lint.Token) bool {
	w := tx.Word(tk)
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// lossMayDie: "tens of thousands more may die", "children will starve
// if we wait": a death laid at the door of delay. The cue is the harm;
// a modal and a condition must come before it in the sentence.
func lossMayDie(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	m := i - 1
	if norm(tx, toks, m) == "not" || norm(tx, toks, m) == "go" {
		m-- // "could go hungry"
	}
	if n := norm(tx, toks, m); n != "may" && n != "will" && n != "could" && n != "might" && n != "would" || !sameSentence(toks, m, i) {
		return 0, 0, "", false
	}
	s := sentenceStart(tx, toks, i)
	if hasWord(tx, toks, s, i, "if", "unless", "without") < 0 {
		return 0, 0, "", false
	}
	if hasNorm(tx, toks, s, i, victims) < 0 && hasWord(tx, toks, s, i, "they", "more", "thousands", "millions") < 0 {
		return 0, 0, "", false // "plants may die if you overwater them"
	}
	for k := s; k < m; k++ {
		if _, _, _, ok := sufferingScale(tx, toks, k); ok {
			// "unless we reach the goal, thousands of families will
			// suffer": the harm is the counted crowd's, one signal of
			// suffering at scale, not a second one of loss
			return 0, 0, "", false
		}
	}
	return m, i + 1, famLoss, true
}

// minimiserAll: "all it takes is $40", "all I'm asking for is TWO
// DOLLARS", "all you need is $5 a month": the whole ask made small.
func minimiserAll(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	end := within(toks, i, 5)
	k := hasWord(tx, toks, i+1, end, "takes", "asking", "ask", "need", "costs")
	if k < 0 {
		return 0, 0, "", false
	}
	for j := k + 1; j < within(toks, k, 4); j++ {
		if n := norm(tx, toks, j); n == "is" || n == "for" || n == "just" || n == "only" || toks[j].Kind == lint.Punct {
			continue
		}
		if m := moneyAt(tx, toks, j); m > 0 {
			return i, m, famMinimiser, true
		}
		break
	}
	return 0, 0, "", false
}

// crowdWatchers are who a promotion says will not want to miss it.
var crowdWatchers = wordSet(`fans residents guests visitors families readers people locals everyone anyone`)

// urgencyNoOneMiss: "no one will want to miss this", "fans won't want to
// miss it": the fear of missing out put on a crowd the reader belongs to.
// "I won't want to miss the bus" plans a morning.
func urgencyNoOneMiss(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if norm(tx, toks, i-1) != "to" || norm(tx, toks, i-2) != "want" {
		return 0, 0, "", false
	}
	m := i - 3
	switch norm(tx, toks, m) {
	case "will", "would":
		if norm(tx, toks, m-1) == "one" && norm(tx, toks, m-2) == "no" || norm(tx, toks, m-1) == "nobody" {
			return m - 2, i + 1, famUrgency, true
		}
	case "won't":
		if crowdWatchers[norm(tx, toks, m-1)] && sameSentence(toks, m-1, i) {
			return m - 1, i + 1, famUrgency, true
		}
	}
	return 0, 0, "", false
}

// lossHappenToYou: "don't let this happen to you", "don't let Anne's
// story happen to you": another's loss held up as the reader's next.
func lossHappenToYou(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if norm(tx, toks, i+1) != "to" || norm(tx, toks, i+2) != "you" {
		return 0, 0, "", false
	}
	if k := hasWord(tx, toks, since(toks, i, 6), i, "let"); k >= 0 {
		if p := norm(tx, toks, k-1); p == "don't" || p == "never" || p == "not" {
			return k - 1, i + 3, famLoss, true
		}
	}
	return 0, 0, "", false
}

// priceMatchedUpTo: "all gifts made this week will be matched up to
// $20,000": the reader's gift doubled, said of gifts anywhere earlier in
// the sentence.
func priceMatchedUpTo(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if b := norm(tx, toks, i-1); b != "be" && b != "is" && b != "are" {
		return 0, 0, "", false
	}
	if norm(tx, toks, i+1) != "up" && norm(tx, toks, i+1) != "dollar" && norm(tx, toks, i+1) != "twice" {
		return 0, 0, "", false
	}
	if hasNorm(tx, toks, sentenceStart(tx, toks, i), i, givings) < 0 {
		return 0, 0, "", false
	}
	return i - 1, i + 2, famPrice, true
}

// deadlineNeedBy: "we need to hear from you before December 30th", "you
// must give by Friday": a date the reader is told to meet. "Opening
// hours change by March" asks nothing of anyone.
func deadlineNeedBy(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	n := norm(tx, toks, i+1)
	if !sameSentence(toks, i, i+1) || !(urgentTimes[n] || months[n]) {
		return 0, 0, "", false
	}
	s := sentenceStart(tx, toks, i)
	if hasWord(tx, toks, s, i, "need", "needs", "must") < 0 || hasWord(tx, toks, s, i, "you", "your") < 0 {
		return 0, 0, "", false
	}
	end := i + 2
	if months[n] && end < len(toks) && sameSentence(toks, i, end) && toks[end].Kind == lint.Number {
		end++
	}
	return i, end, famDeadline, true
}

// pressurePlead: "please, please, please", "I beg you": an ask repeated
// until it begs. One "please" is manners. The orders and the acts an
// appeal asks for are cues too, for the same ask made by its verb
// (repeatedOrder).
func pressurePlead(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	w := tx.Norm(&toks[i])
	if w == "beg" || w == "begging" {
		if norm(tx, toks, i+1) == "you" && sameSentence(toks, i, i+1) {
			return i, i + 2, famPressure, true
		}
		return 0, 0, "", false
	}
	if w != "please" {
		return repeatedOrder(tx, toks, i)
	}
	k := i + 1
	if k < len(toks) && toks[k].Kind == lint.Punct && tx.Word(&toks[k]) == "," {
		k++
	}
	if norm(tx, toks, k) == "please" && sameSentence(toks, i, k) {
		return i, k + 1, famPressure, true
	}
	return 0, 0, "", false
}

// repeatedOrder: an order said three times over, "give, give, give",
// "buy, buy, buy!", "share, share, share": the ask is drummed in, as
// "please, please, please" begs. Said twice, "give and give", it may
// be a rhythm; the third time it is a chant. The cue is the first of
// them, so a chant of four is one signal.
func repeatedOrder(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	w := tx.Norm(&toks[i])
	if norm(tx, toks, i-1) == w || norm(tx, toks, i-2) == w && norm(tx, toks, i-1) == "," {
		return 0, 0, "", false // not the first of the chant
	}
	k, said := i, 1
	for said < 4 {
		j := k + 1
		if j < len(toks) && toks[j].Kind == lint.Punct && tx.Word(&toks[j]) == "," {
			j++
		}
		if j >= len(toks) || !sameSentence(toks, i, j) || tx.Norm(&toks[j]) != w {
			break
		}
		k, said = j, said+1
	}
	if said < 3 {
		return 0, 0, "", false
	}
	return i, k + 1, famPressure, true
}

// minimiserCoffee: "less than the cost of a coffee", "skip one latte a
// week": a gift weighed against a small treat the reader buys anyway.
// The cue is the treat; a comparison or a "skip" must come before it.
func minimiserCoffee(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	from := since(toks, i, 8)
	if k := hasWord(tx, toks, from, i, "skip", "cost", "price", "than", "instead"); k >= 0 {
		return k, i + 1, famMinimiser, true
	}
	return 0, 0, "", false
}

// lossAtRisk: "children at risk of starving", "projects in danger of
// being cut": a harm the appeal says is near unless the reader acts.
func lossAtRisk(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if norm(tx, toks, i+1) != "of" || (norm(tx, toks, i-1) != "at" && norm(tx, toks, i-1) != "in") {
		return 0, 0, "", false
	}
	for k := i + 2; k < within(toks, i, 5); k++ {
		if n := norm(tx, toks, k); harms[n] || n == "reduced" || n == "cut" || n == "starving" || n == "dying" {
			return i - 1, k + 1, famLoss, true
		}
	}
	return 0, 0, "", false
}

// lovedThings are what a confident seller says the reader will feel.
var lovedThings = wordSet(`love like enjoy adore`)

// guaranteeConfident: "we're so confident you'll love it that…", "we are
// that confident you will enjoy it", "we're so sure you'll love it": a
// promise of the reader's own feelings, which no one can check. "I'm confident you'll find the hall"
// gives directions.
func guaranteeConfident(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if p := norm(tx, toks, i-1); p != "so" && p != "that" {
		return 0, 0, "", false
	}
	for k := i + 1; k < within(toks, i, 6); k++ {
		if lovedThings[norm(tx, toks, k)] && hasWord(tx, toks, i+1, k, "you", "you'll", "you're") >= 0 {
			return i - 1, k + 1, famGuarantee, true
		}
	}
	return 0, 0, "", false
}

// bestOffers rank a shop's own prices: "our best savings", "the lowest
// prices".
var bestOffers = wordSet(`best biggest lowest deepest greatest`)

// priceBest: "unlock our best savings", "the lowest prices of the
// season": the shop's prices ranked against themselves, with no price
// given. "The best tables" and "the best time" rank no price.
func priceBest(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	k := i - 1
	if !bestOffers[norm(tx, toks, k)] || !sameSentence(toks, k, i) {
		return 0, 0, "", false
	}
	switch tx.Norm(&toks[i]) {
	case "savings", "discount", "discounts", "deals", "prices", "offers", "offer":
		return k, i + 1, famPrice, true
	}
	return 0, 0, "", false
}

// scarcityCoveted: "those coveted tickets", "sought-after seats": the
// thing for sale called wanted by many, so that it will go. "The coveted
// award" praises a prize; only a thing that runs out is pressed.
func scarcityCoveted(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if n := norm(tx, toks, i+1); scarcityNouns[n] && n != "left" && n != "set" && n != "run" {
		return i, i + 2, famScarcity, true
	}
	return 0, 0, "", false
}

// givingGerunds name an appeal's act as a thing: "donating", "giving".
var givingGerunds = wordSet(`donating giving pledging contributing acting chipping pitching`)

// effectVerbs say what the act bound to the day does or weighs: "donating
// today is so important", "giving now will double…", "acting today means…".
var effectVerbs = wordSet(`is will can could would makes means matters helps counts goes ensures`)

// urgencyGivingNow: the act an appeal asks for, named as a thing and bound
// to the day, made the subject of what it achieves: "donating today is so
// important", "giving right now will go twice as far". The time word makes
// the gift due now, as "donate today" does. Thanks for a gift ("thank you
// for donating today") and a choice left open ("consider giving today")
// say nothing the gift does.
func urgencyGivingNow(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	to := i + 1
	k := i - 1
	if tx.Norm(&toks[i]) == "now" && norm(tx, toks, k) == "right" {
		k--
	}
	if n := norm(tx, toks, k); n == "in" && (norm(tx, toks, k-1) == "chipping" || norm(tx, toks, k-1) == "pitching") {
		k--
	}
	if !givingGerunds[norm(tx, toks, k)] || !sameSentence(toks, k, to) || !effectVerbs[norm(tx, toks, to)] {
		return 0, 0, "", false
	}
	if p := norm(tx, toks, k-1); p == "for" || p == "consider" || p == "about" || p == "of" {
		return 0, 0, "", false
	}
	return k, to, famUrgency, true
}

// stopVerbs are a drive's ways of stopping: "we can't let up now".
var stopVerbs = map[string]string{"stop": "", "quit": "", "rest": "", "falter": "", "let": "up", "slow": "down",
	"give": "up", "back": "down", "ease": "up", "lose": "", "pause": ""}

// drive is what a push may lose: "we can't lose momentum now".
var drive = wordSet(`momentum steam ground focus`)

// refusals forbid the stop: "can't", "won't", "mustn't", "don't".
var refusals = wordSet(`can't cannot won't mustn't don't not`)

// urgencyNoStopping: a drive forbidden to stop at this moment, "we can't
// let up now", "don't stop now", "we won't slow down now": the reader is
// told the push has reached the moment that decides it. The refusal has
// to come from the writer's side or the reader's ("we", "you", or an order
// that starts the clause); "the rain won't stop now" is weather.
func urgencyNoStopping(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if tx.Norm(&toks[i]) != "now" {
		return 0, 0, "", false
	}
	// the verb, with its particle ("let up") or its object ("lose momentum")
	for j := since(toks, i, 3); j < i; j++ {
		part, ok := stopVerbs[tx.Norm(&toks[j])]
		if !ok || part != "" && norm(tx, toks, j+1) != part {
			continue
		}
		if tx.Norm(&toks[j]) == "lose" && !drive[norm(tx, toks, j+1)] {
			continue
		}
		k := j - 1
		if !refusals[norm(tx, toks, k)] || !sameSentence(toks, k, i) {
			continue
		}
		switch s := norm(tx, toks, k-1); {
		case s == "we" || s == "you" || s == "let's" || s == "us":
		case clauseStart(tx, toks, k) && tx.Norm(&toks[k]) != "not":
		default:
			continue
		}
		return k, i + 1, famUrgency, true
	}
	return 0, 0, "", false
}

// crowdGiftAmount: "most people are giving $35", "most supporters give
// $10": the gift the crowd is said to make, set as the reader's
// default. A crowd that gives something other than money ("most people
// are giving thanks") or a past head count ("our donors gave $3,000")
// is no such push.
func crowdGiftAmount(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	k := i - 1
	for k >= 0 && crowdGiftAuxiliaries[norm(tx, toks, k)] && sameSentence(toks, k, i) {
		k--
	}
	if k < 1 || !giftCrowds[norm(tx, toks, k)] || norm(tx, toks, k-1) != "most" || !sameSentence(toks, k-1, i) {
		return 0, 0, "", false
	}
	j := i + 1
	if w := norm(tx, toks, j); w == "about" || w == "around" || w == "just" || w == "only" {
		j++
	}
	if end := moneyAt(tx, toks, j); end > 0 && sameSentence(toks, i, end-1) {
		return k - 1, end, famCrowd, true
	}
	return 0, 0, "", false
}

// giftCrowds are the crowds whose usual gift is held up to the reader.
var giftCrowds = wordSet(`people donors supporters readers members folks backers subscribers`)

// crowdGiftAuxiliaries stand between the crowd and its gift: "most
// people are giving", "most donors have given".
var crowdGiftAuxiliaries = wordSet(`are have been`)

// deadlineEndOfPeriod: "our End-of-Month goal", "the end-of-quarter
// deadline": a fundraiser's goal tied to the close of a reporting
// period, which presses whatever the date. An end-of-year report or
// party is no deadline.
func deadlineEndOfPeriod(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if norm(tx, toks, i+1) != "of" || !reportingPeriods[norm(tx, toks, i+2)] || !sameSentence(toks, i, i+2) {
		return 0, 0, "", false
	}
	for k := i + 3; k < len(toks) && k <= i+4 && toks[k].Kind == lint.Word; k++ {
		if w := tx.Norm(&toks[k]); w == "goal" || w == "deadline" || w == "target" {
			return i, k + 1, famDeadline, true
		}
	}
	return 0, 0, "", false
}

// reportingPeriods close a fundraiser's books: "end of month".
var reportingPeriods = wordSet(`month quarter year`)

// needWords make a sentence an ask for the reader's help.
var needWords = wordSet(`need needs needed help support count depend rely`)

// urgencyMoreThanEver: the reader's help said to matter most at this
// moment, "we need you now more than ever", "your support matters now
// more than ever". "Board games are popular now more than ever" makes no
// ask.
func urgencyMoreThanEver(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if i < 3 || norm(tx, toks, i-1) != "than" || norm(tx, toks, i-2) != "more" || norm(tx, toks, i-3) != "now" || !sameSentence(toks, i-3, i) {
		return 0, 0, "", false
	}
	if hasNorm(tx, toks, sentenceStart(tx, toks, i), i-3, needWords) < 0 {
		return 0, 0, "", false
	}
	return i - 3, i + 1, famUrgency, true
}

// pressureCountingOn: others said to depend on the reader, "the families
// are counting on you", "we're counting on your gift", "the children are
// relying on you", "we're counting on all of you". "We're counting on
// good weather" asks nothing of the reader.
func pressureCountingOn(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if norm(tx, toks, i+1) != "on" || !sameSentence(toks, i, i+2) {
		return 0, 0, "", false
	}
	end := readerAt(tx, toks, i+2)
	if end == 0 || !sameSentence(toks, i, end-1) {
		return 0, 0, "", false
	}
	return i, end, famPressure, true
}

// readerAt returns the end of the words at toks[j] that name the reader,
// or 0: "you", "your gift", and the reader as a group, "all of you",
// "each of you", "every one of you", "everyone", "y'all", "our
// supporters".
func readerAt(tx *lint.Text, toks []lint.Token, j int) int {
	switch n := norm(tx, toks, j); n {
	case "you", "your", "y'all", "everyone", "everybody":
		return j + 1
	case "all", "each", "both", "many", "some":
		if norm(tx, toks, j+1) == "of" && norm(tx, toks, j+2) == "you" {
			return j + 3
		}
	case "every":
		if norm(tx, toks, j+1) == "one" && norm(tx, toks, j+2) == "of" && norm(tx, toks, j+3) == "you" {
			return j + 4
		}
	case "our":
		if supporterNouns[norm(tx, toks, j+1)] {
			return j + 2
		}
	}
	return 0
}

// supporterNouns are the readers of an appeal named as a group: "our
// supporters", "our members".
var supporterNouns = wordSet(`supporters readers members donors friends community subscribers backers`)

// lossIfWeFail: a harm that follows if the goal is missed, "if we don't
// raise $8,000 by March, the shelter will close", "if we can't reach our
// goal, we lose the grant". "If we don't hit traffic, we'll be early"
// names no goal and no harm, and "if we don't reach the market by nine,
// we lose our pitch" no goal.
func lossIfWeFail(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	k := i - 1
	switch norm(tx, toks, k) {
	case "don't", "can't", "cannot", "won't", "didn't":
	case "not":
		if a := norm(tx, toks, k-1); a != "do" && a != "can" && a != "will" {
			return 0, 0, "", false
		}
		k--
	default:
		return 0, 0, "", false
	}
	if norm(tx, toks, k-1) != "we" || norm(tx, toks, k-2) != "if" || !sameSentence(toks, k-2, i) {
		return 0, 0, "", false
	}
	// the goal is money or a named target: "raise $8,000", "reach our
	// goal"; "if we don't hit traffic" has none
	goal := false
	for j := i + 1; j < within(toks, i, 4) && !goal; j++ {
		goal = toks[j].Currency != 0 || goalWords[tx.Norm(&toks[j])]
	}
	if !goal {
		return 0, 0, "", false
	}
	if h := hasNorm(tx, toks, i+1, within(toks, i, 16), harms); h >= 0 {
		return k - 2, h + 1, famLoss, true
	}
	return 0, 0, "", false
}

package rules

import (
	"strings"

	"github.com/claritynotes/gen/internal/lint"
)

// Pitch shapes of published shop, event and author copy that pushes with
// plain words: a sale that "is over" at midnight, pricing that holds
// "until this Friday", a size "if it's still there", "20 percent off",
// "the perfect time to pick up gifts", a "#1 best-selling" author who
// "multiplied my income". Each shape needs its context (an offer noun, a
// time, a possessive, a rank) so the same words in calm copy stay quiet.

// sellOutLeads make "sell out" a warning to the reader: "before they sell
// out", "so it doesn't sell out".
var sellOutLeads = wordSet(`before so`)

// scarcityBeforeOut: stock said to be about to go, as a reason to act,
// "scoop them up before they sell out", "mark your calendar so it
// doesn't sell out". "It sold out in May" reports.
func scarcityBeforeOut(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if norm(tx, toks, i+1) != "out" || !sameSentence(toks, i+1, i) {
		return 0, 0, "", false
	}
	w := tx.Norm(&toks[i])
	if w != "sell" && w != "sells" && w != "run" && w != "runs" {
		return 0, 0, "", false
	}
	k := hasNorm(tx, toks, since(toks, i, 4), i, sellOutLeads)
	if k < 0 {
		return 0, 0, "", false
	}
	if tx.Norm(&toks[k]) == "so" && hasWord(tx, toks, k, i, "doesn't", "don't", "won't", "not") < 0 {
		return 0, 0, "", false // "so they sell out" tells a result
	}
	return k, i + 2, famScarcity, true
}

// habitWords say a thing happens as a rule: "it always sells out".
var habitWords = wordSet(`always usually often typically regularly reliably inevitably`)

// habitTails after "sell out" say how fast or how often: "sold out in a
// week", "sells out every year".
var habitTails = wordSet(`every each within`)

// spanUnits measure how fast a thing went: "in a week", "in 3 days".
var spanUnits = wordSet(`minute minutes hour hours day days week weeks`)

// scarcityHabitSellOut: stock said to go as a rule or at speed, so the
// reader should be quick: "tickets always sell out", "it sells out every
// year", "last year we sold out in a week", "the classes fill up every
// year". "The shop sold out of milk
// in May" reports one day's shortage.
func scarcityHabitSellOut(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	tail := "out"
	if w := tx.Norm(&toks[i]); strings.HasPrefix(w, "fill") || strings.HasPrefix(w, "book") {
		tail = "up" // "the classes always fill up", "we book up every year"
	}
	if norm(tx, toks, i+1) != tail || !sameSentence(toks, i+1, i) {
		return 0, 0, "", false
	}
	if k := hasNorm(tx, toks, since(toks, i, 3), i, habitWords); k >= 0 {
		return k, i + 2, famScarcity, true
	}
	j := i + 2
	switch n := norm(tx, toks, j); {
	case habitTails[n] && sameSentence(toks, j, i):
		if t := norm(tx, toks, j+1); t == "year" || t == "time" || t == "season" || spanUnits[t] || isNumber(&toks[min(j+1, len(toks)-1)]) || t == "a" {
			return i, j + 2, famScarcity, true
		}
	case n == "in" && sameSentence(toks, j+2, i):
		// "in a week", "in 3 days", "in minutes"
		if spanUnits[norm(tx, toks, j+1)] {
			return i, j + 2, famScarcity, true
		}
		if (norm(tx, toks, j+1) == "a" || isNumber(&toks[j+1])) && spanUnits[norm(tx, toks, j+2)] {
			return i, j + 3, famScarcity, true
		}
	}
	return 0, 0, "", false
}

// stillPlaces say a thing is still to be had: "still there", "still
// available", "still in stock".
var stillPlaces = wordSet(`there available around left in`)

// scarcityStillThere: a doubt the reader's pick will last, "(if what you
// want is still there…)", "while it's still available". Said of the
// reader or the writer ("if you're still there at five") it is no stock.
func scarcityStillThere(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	n := norm(tx, toks, i+1)
	if !stillPlaces[n] || !sameSentence(toks, i+1, i) {
		return 0, 0, "", false
	}
	end := i + 2
	if n == "in" {
		if norm(tx, toks, i+2) != "stock" {
			return 0, 0, "", false
		}
		end = i + 3
	}
	from := since(toks, i, 6)
	k := hasWord(tx, toks, from, i, "if", "while")
	if k < 0 {
		return 0, 0, "", false
	}
	if people[norm(tx, toks, i-1)] || people[norm(tx, toks, i-2)] {
		return 0, 0, "", false // "if you're still there", "if we are still open"
	}
	if stockQueries[norm(tx, toks, k-1)] {
		return 0, 0, "", false // "the system re-checks to see if tickets are still available"
	}
	return k, end, famScarcity, true
}

// stockQueries put an "if … still there" to someone as a question: "to
// see if", "ask if".
var stockQueries = wordSet(`see check checks ask know tell`)

// people are subjects that make "still there" about a person; "what you
// want" is still the stock.
var people = wordSet(`you you're i i'm we we're he he's she she's`)

// deadlineOver: an offer said to be over at a time, "once we reach
// midnight on November 30th, this sale is over!". Without a time in the
// sentence it looks back: "the sale is over; thanks for coming".
func deadlineOver(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if p := norm(tx, toks, i-1); p == "almost" || p == "nearly" || p == "practically" {
		return nearlyOver(tx, toks, i)
	}
	if p := norm(tx, toks, i-1); p != "is" && p != "be" && p != "'s" {
		return 0, 0, "", false
	}
	k := hasNorm(tx, toks, since(toks, i, 4), i, offerNouns)
	if k < 0 {
		return 0, 0, "", false
	}
	s := sentenceStart(tx, toks, i)
	for j := s; j < within(toks, i, 8); j++ {
		if urgentTimes[tx.Norm(&toks[j])] || months[tx.Norm(&toks[j])] {
			return k, i + 1, famDeadline, true
		}
	}
	return 0, 0, "", false
}

// nearlyOver: an offer said to be nearly over, "the sale is almost
// over", "the pledge drive started yesterday, and it's nearly over": time
// said to be nearly up, as "time is almost up" is, with no date needed.
// The offer must be named in the sentence: "the storm is nearly over"
// sells nothing.
func nearlyOver(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	v := norm(tx, toks, i-2)
	if v != "is" && v != "be" && v != "are" && !strings.HasSuffix(v, "'s") || !sameSentence(toks, i-2, i) {
		return 0, 0, "", false
	}
	s := sentenceStart(tx, toks, i)
	if k := hasNorm(tx, toks, s, i-1, offerNouns); k >= 0 {
		from := k
		if i-2-k > 4 {
			from = i - 2 // "…the drive started yesterday, and it's nearly over"
		}
		return from, i + 1, famPressure, true
	}
	return 0, 0, "", false
}

// deadlineUntilOffer: an offer that holds until a day, "we're extending
// early bird pricing until this Friday", "registration is open until
// June 30". "The shop is open until Friday" names no offer.
func deadlineUntilOffer(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	j := i + 1
	if n := norm(tx, toks, j); n == "this" || n == "next" {
		j++
	}
	if j >= len(toks) || !sameSentence(toks, j, i) {
		return 0, 0, "", false
	}
	if n := tx.Norm(&toks[j]); !urgentTimes[n] && !months[n] {
		return 0, 0, "", false
	}
	k := hasNorm(tx, toks, since(toks, i, 4), i, offerNouns)
	if k < 0 {
		return 0, 0, "", false
	}
	return k, j + 1, famDeadline, true
}

// pricePercentWord: a discount in words, "20 percent off everything",
// "15 per cent off", "a 30 percent discount".
func pricePercentWord(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	k := i - 1
	if norm(tx, toks, k) == "cent" && norm(tx, toks, k-1) == "per" {
		k--
	} else if norm(tx, toks, k) != "percent" {
		return 0, 0, "", false
	}
	if k-1 < 0 || !isNumber(&toks[k-1]) || !sameSentence(toks, k-1, i) {
		return 0, 0, "", false
	}
	return k - 1, i + 1, famPrice, true
}

// timelyAdjectives make a time the reader's moment to buy.
var timelyAdjectives = wordSet(`perfect ideal best right great`)

// buyVerbs are what the perfect time is for, in a sale.
var buyVerbs = wordSet(`buy shop pick grab stock order book get join treat upgrade invest snag score
splurge subscribe enrol enroll register`)

// urgencyPerfectTime: now called the moment to buy, "it's the perfect
// time to pick up gifts", "Black Friday is the ideal time to buy it".
// "The best time to plant garlic" is advice about a season.
func urgencyPerfectTime(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if i == 0 || !timelyAdjectives[tx.Norm(&toks[i-1])] || norm(tx, toks, i+1) != "to" || !buyVerbs[norm(tx, toks, i+2)] {
		return 0, 0, "", false
	}
	if !sameSentence(toks, i+2, i) {
		return 0, 0, "", false
	}
	return i - 1, i + 3, famUrgency, true
}

// pufferyFavorite: a crowd's pet named as praise, "this celeb-favorite
// serum", "a cult-favourite candle". "My favourite serum" is a taste.
func pufferyFavorite(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if i == 0 || !toks[i].Joined() || toks[i-1].Kind != lint.Word || !sameSentence(toks, i-1, i) {
		return 0, 0, "", false
	}
	return i - 1, i + 1, famPuffery, true
}

// rankClaims follow a "#1" that ranks: "#1 best-selling author", "the #1
// rated app".
var rankClaims = wordSet(`best bestselling bestseller best-selling rated ranked selling choice brand
international national`)

// bestsellerLeads make "bestseller" a boast: "a #1 bestseller", "an
// international best-seller". "We stock all the bestsellers" is a shelf.
var bestsellerLeads = wordSet(`#1 international instant number-one multiple`)

// pufferyBestseller: sales rank worn as praise, "a number-one bestseller
// on Amazon in four countries", "#1 International Best-Selling Author".
// "The novel became a bestseller in 1962" reports.
func pufferyBestseller(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	end := i + 1
	switch w := tx.Norm(&toks[i]); w {
	case "selling", "seller", "sellers":
		if i == 0 || tx.Norm(&toks[i-1]) != "best" || !toks[i].Joined() {
			return 0, 0, "", false
		}
		i--
	case "bestseller", "bestsellers", "bestselling", "best-seller", "best-selling":
	default:
		return 0, 0, "", false
	}
	from := since(toks, i, 3)
	for k := i - 1; k >= from; k-- {
		n := tx.Norm(&toks[k])
		if bestsellerLeads[n] || n == "one" && norm(tx, toks, k-1) == "number" {
			if n == "one" {
				k--
			}
			return k, end, famPuffery, true
		}
	}
	return 0, 0, "", false
}

// resultNouns are what a results claim grows.
var resultNouns = wordSet(`income revenue revenues sales profit profits business earnings list audience
results following traffic leads clients`)

// pufferyResults: growth promised or boasted with a multiplier, "I
// multiplied my income ten times over", "double your sales", "triple
// your revenue". A gift "doubled" by a match is a price (see
// priceMatched).
func pufferyResults(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	end := within(toks, i, 3)
	for k := i + 1; k < end; k++ {
		if !possessives[tx.Norm(&toks[k])] {
			continue
		}
		if k+1 < len(toks) && resultNouns[tx.Norm(&toks[k+1])] && sameSentence(toks, k+1, i) {
			return i, k + 2, famPuffery, true
		}
	}
	return 0, 0, "", false
}

// possessives own the result a claim grows.
var possessives = wordSet(`my your their our his her`)

// rankClaim reports whether the "#1" at toks[i] is followed by the claim
// it ranks: "12-Time #1 International Best-Selling Author" boasts even
// after a word that would make it a number ("Rule #1").
func rankClaim(tx *lint.Text, toks []lint.Token, i int) bool {
	if i+1 >= len(toks) || !sameSentence(toks, i+1, i) {
		return false
	}
	return rankClaims[tx.Norm(&toks[i+1])]
}

// hardSellNumberOne: "#1" written out, "our number one seller", "voted
// number one", "we're number 1!", or abbreviated, "the No. 1 choice",
// "voted No.1": a claim of rank, as "#1" is. Without a word of selling
// after it or a vote before it, "the number one question" ranks a thing
// the writer talks about, and "No. 1 Main Street" numbers a house.
func hardSellNumberOne(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	num := i + 1
	if tx.Norm(&toks[i]) == "no" {
		// "No." with its point written close is the abbreviation, and so
		// is "No" capitalised before a figure, "our No 1 seller"; "no 1
		// wants that" and "no . 1" are not
		switch {
		case norm(tx, toks, i+1) == "." && toks[i+1].Start == toks[i].End:
			num = i + 2
		case tx.Word(&toks[i]) == "No" && norm(tx, toks, i+1) == "1":
		default:
			return 0, 0, "", false
		}
	}
	if n := norm(tx, toks, num); n != "one" && n != "1" || !sameSentence(toks, i, num) || toks[num].Joined() {
		return 0, 0, "", false // "a number-one bestseller" is praise, puffery's
	}
	if rankClaim(tx, toks, num) || sameSentence(toks, i, num+1) && (norm(tx, toks, num+1) == "seller" || norm(tx, toks, num+1) == "sellers") {
		return i, num + 2, famHardSell, true
	}
	switch norm(tx, toks, i-1) {
	case "voted", "rated", "ranked", "named":
		return i - 1, num + 1, famHardSell, true
	case "we're", "we":
		if endsClause(toks, num+1) {
			return i - 1, num + 1, famHardSell, true
		}
	}
	return 0, 0, "", false
}

// plural reports whether a word looks like a plural noun: "candles",
// "bagels" (not "is", "this" or "less").
func plural(tx *lint.Text, tk *lint.Token) bool {
	n := tx.Norm(tk)
	return tk.Kind == lint.Word && len(n) > 3 && strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") && !strings.HasSuffix(n, "us") && !strings.HasSuffix(n, "is")
}

// priceTails end a claim about a price: "the lowest price on candles this
// year", "our best prices this season". Said of the weather ("the hottest
// day this year") they report.
var priceTails = wordSet(`year season month`)

// offerClaimEnd returns the end of a superlative claim about an offer,
// "the lowest price on candles this year", or 0: a superlative, an offer
// noun and "this year" (or season, month) within 8 words.
func offerClaimEnd(tx *lint.Text, toks []lint.Token, i int) int {
	offer := false
	for j := i + 1; j < len(toks) && j <= i+8 && sameSentence(toks, j, i); j++ {
		if toks[j].Kind == lint.Punct && tx.Word(&toks[j]) != "," {
			return 0
		}
		if offerNouns[tx.Norm(&toks[j])] {
			offer = true
		}
		if offer && tx.Norm(&toks[j]) == "this" && priceTails[norm(tx, toks, j+1)] && sameSentence(toks, j+1, i) {
			return j + 2
		}
	}
	return 0
}

// freebies are what a shop gives away with an order.
var freebies = wordSet(`shipping delivery postage returns`)

// deadlineFreeWindow: a freebie that lasts a while, "free shipping during
// the entire month of February", "free delivery this weekend only". "Free
// shipping on orders over $50" is a standing term.
func deadlineFreeWindow(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if !freebies[norm(tx, toks, i+1)] || !sameSentence(toks, i, i+1) {
		return 0, 0, "", false
	}
	end := within(toks, i+1, 7)
	for k := i + 2; k < end; k++ {
		if toks[k].Kind == lint.Punct && tx.Word(&toks[k]) != "," {
			break
		}
		if n := tx.Norm(&toks[k]); months[n] || urgentTimes[n] && n != "hours" && n != "hour" && n != "days" && n != "minutes" {
			return i, k + 1, famDeadline, true
		}
	}
	return 0, 0, "", false
}

package rules

import (
	"strings"

	"github.com/claritynotes/gen/internal/lint"
)

// Pushes built from word classes and their order rather than from listed
// phrases: time that runs out (a time noun with a verb of passing and a
// word of haste), an order bound to this very moment, a prediction that
// the stock goes, a gift that will multiply, an obligation to try the
// thing, a chance that will not come back, and now called the best time.
// Each class stands for many phrasings: "the clock is rapidly ticking
// down", "the deadline is fast approaching" and "our window is closing
// fast" are one pattern.

// addPushCues registers the cue words of these families with pitchCues's
// add, after all of its own.
func addPushCues(add func(c cueCheck, words string)) {
	add(urgencyTimeShort, strings.Join(keys(passingVerbs), " "))
	add(urgencyThisInstant, "this right")
	add(urgencyAlready, "already")
	add(scarcityForecast, "expect expects predict predicts bet")
	add(priceWillMultiply, "double triple twice")
	add(pressureMustTry, "have need must gotta got has needs")
	add(pressureMustGo, "must")
	add(lossFleeting, "around along slip here")
	add(urgencyNoBetterTime, "better")
	add(priceBigOffer, "offer offers")
	add(priceDeepCut, "discounted reduced marked")
	add(superlativeNoRival, "compete competes compare compares close")
	add(sufferingOne, "starving dying hungry")
	add(lossWarned, "warn warned")
}

// warners are who says they warned the reader: the sender.
var warners = wordSet(`we i`)

// lossWarned: the reader told they were warned, as a seller says what
// waiting will cost without naming it: "don't say we didn't warn you",
// "you've been warned", "consider yourself warned". A warning with its
// matter, "you've been warned about the ice", or one that reports,
// "the council warned you", is advice or news.
func lossWarned(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if tx.Norm(&toks[i]) == "warn" {
		// "don't say we didn't warn you": the sender's warning, denied
		// in advance
		k := i - 1
		if norm(tx, toks, k) == "not" && norm(tx, toks, k-1) == "did" {
			k--
		} else if norm(tx, toks, k) != "didn't" {
			return 0, 0, "", false
		}
		if !warners[norm(tx, toks, k-1)] || norm(tx, toks, k-2) != "say" || norm(tx, toks, i+1) != "you" || !sameSentence(toks, k-2, i+1) {
			return 0, 0, "", false
		}
		from := k - 2
		switch {
		case norm(tx, toks, from-1) == "don't":
			from--
		case norm(tx, toks, from-1) == "not" && norm(tx, toks, from-2) == "do":
			from -= 2
		default:
			return 0, 0, "", false
		}
		return from, i + 2, famLoss, true
	}
	// "you've been warned", "you have been warned", "consider yourself
	// warned", closing their clause
	if !endsClause(toks, i+1) {
		return 0, 0, "", false
	}
	switch {
	case norm(tx, toks, i-1) == "yourself" && norm(tx, toks, i-2) == "consider" && sameSentence(toks, i-2, i):
		return i - 2, i + 1, famLoss, true
	case norm(tx, toks, i-1) == "been" && sameSentence(toks, i-2, i):
		if a := norm(tx, toks, i-2); a == "you've" || a == "ya've" {
			return i - 2, i + 1, famLoss, true
		}
		if norm(tx, toks, i-2) == "have" && norm(tx, toks, i-3) == "you" && sameSentence(toks, i-3, i) {
			return i - 3, i + 1, famLoss, true
		}
	}
	return 0, 0, "", false
}

// timeNouns are what runs out in a push on the reader's time.
var timeNouns = wordSet(`clock time deadline end countdown hours days minutes window moment chance
opportunity offer sale sales campaign`)

// passingVerbs say that time passes; the true ones press alone, the others
// only with a word of haste ("coming up fast", "running short").
var passingVerbs = map[string]bool{
	"ticking": true, "looming": true, "dwindling": true,
	"approaching": false, "nearing": false, "coming": false, "running": false, "slipping": false,
	"winding": false, "counting": false, "closing": false, "drawing": false, "shrinking": false,
}

// hasteWords make time pass fast or to its end.
var hasteWords = wordSet(`fast quickly rapidly soon swiftly out down away short near closer`)

// urgencyTimeShort: a time noun, then within a few words a verb of
// passing, "the clock is rapidly ticking down", "the deadline is fast
// approaching", "the end of the sale is coming up fast", "our window is
// closing quickly". Without haste the verb reports: "the time is coming
// when we will need a bigger hall".
func urgencyTimeShort(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	subj := -1
	for k := i - 1; k >= since(toks, i, 6); k-- {
		if toks[k].Kind == lint.Punct {
			break
		}
		if timeNouns[tx.Norm(&toks[k])] {
			subj = k
			break
		}
	}
	if subj < 0 {
		return 0, 0, "", false
	}
	end := i + 1
	if !passingVerbs[tx.Norm(&toks[i])] {
		h := hasNorm(tx, toks, subj+1, i, hasteWords)
		if h < 0 {
			if h = hasNorm(tx, toks, i+1, within(toks, i, 2), hasteWords); h < 0 {
				return 0, 0, "", false
			}
			end = h + 1
		}
	}
	return subj, end, famUrgency, true
}

// instantWords name this very moment after "this".
var instantWords = wordSet(`second minute instant`)

// immediateOrders are the orders an instant presses: buying, and going
// to buy.
var immediateOrders = func() map[string]bool {
	m := wordSet(`run go head hop`)
	for w := range orders {
		m[w] = true
	}
	return m
}()

// urgencyThisInstant: an order bound to this very moment, "run to the
// store right this second and grab one", "get yours this minute". "This
// minute detail" describes; "at this second we know little" orders
// nothing.
func urgencyThisInstant(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	j := i
	if tx.Norm(&toks[i]) == "right" {
		j++
	}
	if norm(tx, toks, j) != "this" || j+1 >= len(toks) || !sameSentence(toks, i, j+1) || !instantWords[norm(tx, toks, j+1)] {
		return 0, 0, "", false
	}
	if n := norm(tx, toks, j+2); !endsClause(toks, j+2) && n != "and" && n != "before" && n != "or" && n != "so" {
		return 0, 0, "", false
	}
	if hasNorm(tx, toks, sentenceStart(tx, toks, i), i, immediateOrders) < 0 {
		return 0, 0, "", false
	}
	return i, j + 2, famUrgency, true
}

// urgencyAlready: an order that ends on "already", impatient with the
// reader, "order the thing already", "just book it already". A statement
// that ends so reports: "the tickets have sold already".
func urgencyAlready(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if !endsClause(toks, i+1) {
		return 0, 0, "", false
	}
	k := i - 1
	// back to the start of the clause, or of the last of two orders
	// joined by "and": "skip the queue and just book it already"
	for k > 0 && sameSentence(toks, k-1, i) && !(toks[k-1].Kind == lint.Punct && clauseMark(tx, &toks[k-1])) && tx.Norm(&toks[k-1]) != "and" {
		k--
	}
	if k < 0 { // "already" opens the piece
		return 0, 0, "", false
	}
	for leadWords[norm(tx, toks, k)] && k+1 < i {
		k++
	}
	if !immediateOrders[norm(tx, toks, k)] || (k+1 < len(toks) && auxiliaries[norm(tx, toks, k+1)]) {
		return 0, 0, "", false
	}
	return k, i + 1, famUrgency, true
}

// scarcityForecast: the writer predicts the stock goes, "I expect this
// show to sell out", "we predict the tickets will be gone by Friday".
// "Expect the doors to open at six" forecasts nothing scarce.
func scarcityForecast(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	end := within(toks, i, 7)
	for j := i + 1; j < end; j++ {
		if toks[j].Kind == lint.Punct {
			return 0, 0, "", false
		}
		w, n := tx.Norm(&toks[j]), norm(tx, toks, j+1)
		if (w == "sell" || w == "run") && n == "out" || w == "be" && n == "gone" || w == "sold" && n == "out" {
			return i, j + 2, famScarcity, true
		}
	}
	return 0, 0, "", false
}

// priceWillMultiply: a gift said to grow, "your donation will double",
// "every gift will go twice as far". The match makes what the reader gives
// look larger. "The recipe will double easily" has no gift.
func priceWillMultiply(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	from := since(toks, i, 6)
	g := hasNorm(tx, toks, from, i, givings)
	if g < 0 {
		return 0, 0, "", false
	}
	if tx.Norm(&toks[i]) == "twice" {
		if norm(tx, toks, i+1) != "as" || (norm(tx, toks, i+2) != "far" && norm(tx, toks, i+2) != "much") {
			return 0, 0, "", false
		}
		return g, i + 3, famPrice, true
	}
	if hasWord(tx, toks, g+1, i, "will", "can", "could") < 0 && !hasSuffixWord(tx, toks, g+1, i, "'ll") {
		return 0, 0, "", false
	}
	return g, i + 1, famPrice, true
}

// hasSuffixWord reports whether a word among toks[from:to] ends in suffix.
func hasSuffixWord(tx *lint.Text, toks []lint.Token, from, to int, suffix string) bool {
	for k := from; k < to; k++ {
		if w := tx.Norm(&toks[k]); w != suffix && strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// goWhere say where the reader is sent before the push: "go over
// there and see it".
var goWhere = wordSet(`over there back`)

// tryVerbs are what the reader is told they must do with the thing.
var tryVerbs = wordSet(`see try check hear get grab read watch own experience taste buy order have`)

// demonstratives point at the thing on offer.
var demonstratives = wordSet(`this these it them that one`)

// pressureMustTry: the reader told they must try the thing, "you have to
// check this out", "you need to see this course", "you simply must try
// this serum". An instruction with the reader's own things is no push:
// "you have to check your spam folder".
func pressureMustTry(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	you := -1
	for k := i - 1; k >= since(toks, i, 3); k-- {
		switch tx.Norm(&toks[k]) {
		case "you", "you've", "you'll", "ya", "y'all", "everyone", "everybody":
			you = k // "everyone has to try this" tells every reader
		}
	}
	if you < 0 {
		return 0, 0, "", false
	}
	v := i + 1
	switch tx.Norm(&toks[i]) {
	case "have", "need", "got", "has", "needs":
		if norm(tx, toks, v) != "to" {
			return 0, 0, "", false
		}
		v++
	}
	if norm(tx, toks, v) == "go" {
		v++
		// "you have to go (over there) and see it": where to go, then
		// what to do there
		if a := hasWord(tx, toks, v, within(toks, v, 3), "and"); a >= 0 && (a == v || hasNorm(tx, toks, v, a, goWhere) == v) {
			v = a + 1
		}
	}
	if v >= len(toks) || !sameSentence(toks, v, i) || !tryVerbs[norm(tx, toks, v)] {
		return 0, 0, "", false
	}
	for j := v + 1; j < within(toks, v, 2); j++ {
		if demonstratives[tx.Norm(&toks[j])] {
			end := j + 1
			if norm(tx, toks, end) == "out" {
				end++
			}
			return you, end, famPressure, true
		}
	}
	return 0, 0, "", false
}

// chanceNouns are what a fleeting offer is called.
var chanceNouns = wordSet(`opportunity opportunities chance chances deal deals offer offers price prices
moment sale discount discounts`)

// rarity words say the chance will not come back.
var rarity = wordSet(`don't won't doesn't isn't aren't not never rarely seldom`)

// thingPronouns name one thing for sale, as the stock pronouns name many:
// "it won't be around for long".
var thingPronouns = wordSet(`it this that it'll`)

// lossFleeting: a chance that will not come back, "opportunities like
// this don't come around often", "this offer won't be around for long",
// "these won't be around for long",
// "prices this low won't stick around", "don't let this opportunity slip
// away". "The bus doesn't come around often" names no chance.
func lossFleeting(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	from := sentenceStart(tx, toks, i)
	c := hasNorm(tx, toks, from, i, chanceNouns)
	w := tx.Norm(&toks[i])
	forLong := norm(tx, toks, i+1) == "long" || norm(tx, toks, i+1) == "for" && norm(tx, toks, i+2) == "long"
	if w == "here" && !forLong {
		return 0, 0, "", false // "it won't be here until Monday" tells when
	}
	if c < 0 && (w == "around" || w == "here") && (stockPronouns[tx.Norm(&toks[from])] || forLong && thingPronouns[tx.Norm(&toks[from])]) {
		// "these won't be around for long", "it won't be here for
		// long": the stock itself, named by the pronoun that opens the
		// sentence
		c = from
	}
	if c < 0 || i-c > 8 {
		return 0, 0, "", false
	}
	if tx.Norm(&toks[i]) == "slip" {
		if hasWord(tx, toks, since(toks, i, 4), i, "let") < 0 {
			return 0, 0, "", false
		}
		return c, i + 1, famLoss, true
	}
	if hasNorm(tx, toks, c+1, i, rarity) < 0 {
		return 0, 0, "", false
	}
	p := norm(tx, toks, i-1)
	if p != "come" && p != "comes" && p != "stick" && p != "be" && p != "last" {
		return 0, 0, "", false
	}
	return c, i + 1, famLoss, true
}

// urgencyNoBetterTime: now called the best time to buy, "there's no
// better time to start than today". "No better place to sit" is about
// the place.
func urgencyNoBetterTime(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if norm(tx, toks, i-1) != "no" || norm(tx, toks, i+1) != "time" || !sameSentence(toks, i-1, i+1) {
		return 0, 0, "", false
	}
	return i - 1, i + 2, famUrgency, true
}

// priceBigOffer: an offer talked up by its size or wonder, "an amazing
// offer on your first order", "a massive offer this weekend". "An amazing
// offer of help" is no sale.
func priceBigOffer(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if i == 0 || !sameSentence(toks, i-1, i) || !bigSaleWords[tx.Norm(&toks[i-1])] {
		return 0, 0, "", false
	}
	if n := norm(tx, toks, i+1); n == "of" || n == "to" {
		return 0, 0, "", false
	}
	return i - 1, i + 1, famPrice, true
}

// deepCuts are adverbs that make a price cut deep.
var deepCuts = wordSet(`heavily deeply hugely massively drastically seriously steeply dramatically greatly`)

// priceDeepCut: a cut made deep by an adverb, "heavily discounted
// renewals", "drastically reduced prices", "deeply marked down coats".
// "Greatly reduced waiting times" cuts no price: "reduced" and "marked"
// need a price or an offer after them.
func priceDeepCut(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if i == 0 || !sameSentence(toks, i-1, i) || !deepCuts[tx.Norm(&toks[i-1])] {
		return 0, 0, "", false
	}
	end := i + 1
	switch tx.Norm(&toks[i]) {
	case "marked":
		if norm(tx, toks, i+1) != "down" {
			return 0, 0, "", false
		}
		end++
		fallthrough
	case "reduced":
		if !offerNouns[norm(tx, toks, end)] && !scarcityNouns[norm(tx, toks, end)] {
			return 0, 0, "", false
		}
		end++
	}
	return i - 1, end, famPrice, true
}

// materials are what a thing is made of, as a label states it.
var materials = wordSet(`cotton wool linen silk cashmere merino alpaca mohair leather suede hemp bamboo
polyester nylon viscose recycled beeswax soy arabica cacao cocoa juice beef pork lamb chicken oak
walnut pine steel copper brass wood`)

// wholeShare reports whether a matched "100%" states a share or what a
// thing is made of, not a promise: "100% of the proceeds go to the
// shelter", "100% Japanese cotton", "100% merino wool". "100% money-back"
// and "100% satisfied" still sell. Nor is a certainty denied, "I'm not
// 100% convinced": the writer hedges, and promises nothing.
func wholeShare(tx *lint.Text, toks []lint.Token, i, n int) bool {
	if !strings.HasPrefix(tx.Word(&toks[i]), "100") {
		return false
	}
	if p := norm(tx, toks, i-1); (p == "not" || p == "never") && sameSentence(toks, i-1, i) {
		return true
	}
	j := i + n
	if j < len(toks) && toks[j].Kind == lint.Punct && tx.Word(&toks[j]) == "%" {
		j++
	}
	if norm(tx, toks, j) == "of" && sameSentence(toks, i, j) {
		return true
	}
	for k := j; k < within(toks, j, 1) && k < len(toks); k++ {
		if materials[tx.Norm(&toks[k])] {
			return true
		}
	}
	return false
}

// accessNouns are what a booking secures.
var accessNouns = wordSet(`seat seats space spaces spot spots place places entry admission table tables
room rooms ticket tickets slot slots`)

// guaranteedAccess reports whether the guarantee at toks[i] says what a
// booking secures, a term of the sale rather than a promise about the
// product: "the ticket guarantees a seat", "registering guarantees your
// space", "guaranteed entry for members", or what the reader can secure
// by ordering, "you're able to guarantee you get the size you want".
// "Guaranteed results" promises.
func guaranteedAccess(tx *lint.Text, toks []lint.Token, i int) bool {
	if from := since(toks, i, 4); hasWord(tx, toks, from, i, "you", "you're", "you'll") >= 0 && hasWord(tx, toks, from, i, "can", "able", "could") >= 0 {
		return true // "you're able to guarantee you get the items you want": the reader secures them
	}
	j := i + 1
	switch norm(tx, toks, j) {
	case "a", "an", "your", "you", "the", "yourself":
		j++
	}
	return j < len(toks) && sameSentence(toks, i, j) && accessNouns[tx.Norm(&toks[j])]
}

// rivals are the field a claim over all rivals names.
var rivals = wordSet(`other others competitors competition rivals nobody nothing none anyone anybody anything`)

// negativeRivals name the field with its negation in them: "nothing
// compares" needs no "not".
var negativeRivals = wordSet(`nobody nothing none`)

// superlativeNoRival: the thing said to beat every rival, "other venues
// simply can't compete", "nothing compares to the first bite", "no one
// comes close". A writer who can't compete is modest: "we can't compete
// with the supermarkets on price".
func superlativeNoRival(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	v := i
	if tx.Norm(&toks[i]) == "close" {
		if p := norm(tx, toks, i-1); p != "come" && p != "comes" {
			return 0, 0, "", false
		}
		v = i - 1
	}
	from := since(toks, v, 7)
	r := hasNorm(tx, toks, from, v, rivals)
	if r < 0 {
		if k := hasWord(tx, toks, from, v, "one"); k > 0 && norm(tx, toks, k-1) == "no" {
			r = k - 1
		}
	}
	if r < 0 {
		return 0, 0, "", false
	}
	if w := tx.Norm(&toks[r]); rivals[w] && !negativeRivals[w] {
		// the field needs a negation: "others can't compete"
		if hasNorm(tx, toks, r+1, v, rivalNegations) < 0 {
			return 0, 0, "", false
		}
	}
	// the one who can't compete is the word before the verb group: "we
	// simply can't compete" is modest, "venues I know can't compete" not
	s0 := v - 1
	for s0 > r && (modalWords[tx.Norm(&toks[s0])] || softeners[tx.Norm(&toks[s0])]) {
		s0--
	}
	if w := norm(tx, toks, s0); w == "we" || w == "i" || w == "you" {
		return 0, 0, "", false
	}
	return r, i + 1, famSuperlative, true
}

// rivalNegations deny the field the verb: "others can't compete",
// "other shops never come close".
var rivalNegations = wordSet(`can't cannot won't don't doesn't couldn't never not`)

// modalWords and softeners make up a verb group before "compete": the
// negations and the plain modals.
var modalWords = func() map[string]bool {
	m := wordSet(`can could will would`)
	for w := range rivalNegations {
		m[w] = true
	}
	return m
}()
var softeners = wordSet(`simply just really truly still even`)

// oneVictim are the people an appeal names one at a time.
var oneVictim = wordSet(`child baby girl boy mother father woman man daughter son toddler infant widow orphan grandmother grandfather`)

// notNames are capitalised words before "is" that name no one.
var notNames = wordSet(`he she it this that there here everyone everybody someone nobody what who which`)

// sufferingOne: one person suffering now, as an appeal tells it to make
// the need a face, "Dao is starving", "a young child is dying of hunger
// today", "her baby is going hungry". Counted with suffering at scale,
// once a piece. "He is dying to see you" and "I'm starving after the
// walk" suffer nothing.
func sufferingOne(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if n := norm(tx, toks, i+1); n == "to" || n == "for" {
		return 0, 0, "", false
	}
	k := i - 1
	if tx.Norm(&toks[i]) == "hungry" {
		if norm(tx, toks, k) != "going" {
			return 0, 0, "", false
		}
		k--
	}
	if norm(tx, toks, k) == "slowly" {
		k--
	}
	if norm(tx, toks, k) != "is" || k == 0 || !sameSentence(toks, k-1, i) {
		return 0, 0, "", false
	}
	subj := &toks[k-1]
	if subj.Kind != lint.Word {
		return 0, 0, "", false
	}
	if !oneVictim[tx.Norm(subj)] && !(isCapital(tx, subj) && !notNames[tx.Norm(subj)]) {
		return 0, 0, "", false
	}
	return k - 1, i + 1, famSuffering, true
}

// pressureMustGo: a clearance cried with any stock as its subject, "all
// stock must go!", "it all must go by Sunday", as "everything must go" is.
// Sent somewhere or going some way, "all stock must go through customs",
// "everything must go smoothly", the stock is not being cleared.
func pressureMustGo(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if i == 0 || norm(tx, toks, i+1) != "go" || !sameSentence(toks, i-1, i+1) {
		return 0, 0, "", false
	}
	if goneSomewhere(tx, toks, i, 2) {
		return 0, 0, "", false // "all stock must go through customs"
	}
	from := i - 1
	switch tx.Norm(&toks[from]) {
	case "everything":
	case "stock":
		if p := norm(tx, toks, from-1); (p == "all" || p == "the") && sameSentence(toks, from-1, from) {
			from--
		}
	case "all":
		if norm(tx, toks, from-1) == "it" && sameSentence(toks, from-1, from) {
			from--
		} else if from > 0 && sameSentence(toks, from-1, from) {
			return 0, 0, "", false // "we all must go", "they all must go"
		}
	default:
		return 0, 0, "", false
	}
	return from, i + 2, famPressure, true
}

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
func superlativeNeverBeen(toks []lint.Token, i int) (int, int, family, bool) {
	if norm(toks, i-1) == "like" && norm(toks, i+1) == "before" && sameSentence(toks, i-1, i+1) {
		return i - 1, i + 2, famSuperlative, true
	}
	// "never been easier", "never been a better time", "there's never
	// a better chance than this"
	j := i + 1
	if norm(toks, j) == "been" {
		j++
	}
	article := false
	if n := norm(toks, j); n == "a" || n == "an" {
		j++
		article = true
	}
	if j == i+1 || !claimComparatives[norm(toks, j)] || !sameSentence(toks, i, j) {
		return 0, 0, "", false
	}
	if article {
		// "never been a better time"; "never been a better friend"
		// praises a person
		if !momentNouns[norm(toks, j+1)] || !sameSentence(toks, j, j+1) {
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
func superlativeYoullEver(toks []lint.Token, i int) (int, int, family, bool) {
	if !everVerbs[norm(toks, i+1)] || !sameSentence(toks, i, i+1) {
		return 0, 0, "", false
	}
	if p := norm(toks, i-1); p != "you'll" && !(p == "will" && norm(toks, i-2) == "you") {
		return 0, 0, "", false
	}
	for k := i - 2; k >= since(toks, i, 6); k-- {
		if n := toks[k].Norm; (n == "only" || n == "last") && norm(toks, k-1) == "the" {
			return k - 1, i + 2, famSuperlative, true
		}
	}
	return 0, 0, "", false
}

// everVerbs end a "the only … you'll ever need" claim.
var everVerbs = wordSet(`need buy want use`)

// urgencyYourChance: "now's your chance", "this is your chance to save":
// the moment put as the reader's one opening.
func urgencyYourChance(toks []lint.Token, i int) (int, int, family, bool) {
	if norm(toks, i-1) != "your" {
		return 0, 0, "", false
	}
	if n := norm(toks, i+1); n != "to" && sameSentence(toks, i, i+1) && toks[i+1].Kind == lint.Word {
		return 0, 0, "", false // "your chance encounter", "your chance of rain"
	}
	for k := since(toks, i-1, 3); k < i-1; k++ {
		if n := toks[k].Norm; n == "now's" || n == "now" || n == "this" {
			return k, i + 1, famUrgency, true
		}
	}
	return 0, 0, "", false
}

// priceTimeFree: "get 2 months free", "3 weeks free when you pay
// yearly": free time made to look like a gift.
func priceTimeFree(toks []lint.Token, i int) (int, int, family, bool) {
	if i < 2 || !timeUnits[norm(toks, i-1)] && !longUnits[norm(toks, i-1)] || !isNumber(&toks[i-2]) || !sameSentence(toks, i-2, i) {
		return 0, 0, "", false
	}
	if norm(toks, i+1) == "of" && norm(toks, i+2) != "charge" {
		return 0, 0, "", false // "two days free of screens" is without them
	}
	return i - 2, i + 1, famPrice, true
}

// longUnits are the spans a free period is sold in.
var longUnits = wordSet(`week weeks month months year years`)

// authorityAdverbs lend a lab coat to "proven": "clinically proven".
var authorityAdverbs = wordSet(`clinically scientifically medically`)

// pufferyAuthority: "clinically proven", "scientifically tested".
func pufferyAuthority(toks []lint.Token, i int) (int, int, family, bool) {
	if authorityAdverbs[norm(toks, i-1)] && sameSentence(toks, i-1, i) {
		return i - 1, i + 1, famPuffery, true
	}
	return 0, 0, "", false
}

// scarcityAlmostFull: "spaces are almost full", "the class is nearly
// full": what is left, nearly gone.
func scarcityAlmostFull(toks []lint.Token, i int) (int, int, family, bool) {
	if p := norm(toks, i-1); p != "almost" && p != "nearly" && p != "practically" || !sameSentence(toks, i-1, i) {
		return 0, 0, "", false
	}
	from := since(toks, i, 5)
	if hasNorm(toks, from, i, scarcityNouns) >= 0 || hasWord(toks, from, i, "class", "course", "workshop", "event", "tour", "trip", "session", "sessions", "classes") >= 0 {
		return i - 1, i + 1, famScarcity, true
	}
	return 0, 0, "", false
}

// superlativeThanEver: "better than ever", "even bigger than before".
func superlativeThanEver(toks []lint.Token, i int) (int, int, family, bool) {
	if !claimComparatives[norm(toks, i-1)] || !sameSentence(toks, i-1, i+1) {
		return 0, 0, "", false
	}
	if n := norm(toks, i+1); n != "ever" && n != "before" {
		return 0, 0, "", false
	}
	start := i - 1
	if norm(toks, i-2) == "even" && sameSentence(toks, i-2, i) {
		start = i - 2
	}
	return start, i + 2, famSuperlative, true
}

// freeIntensifiers make a gift look bigger than free: "absolutely free".
var freeIntensifiers = wordSet(`absolutely completely totally entirely`)

// priceFreeIntensified: "absolutely free", "completely free of charge".
// Plain "free" states a price; the intensifier sells it.
func priceFreeIntensified(toks []lint.Token, i int) (int, int, family, bool) {
	if freeIntensifiers[norm(toks, i-1)] && sameSentence(toks, i-1, i) {
		return i - 1, i + 1, famPrice, true
	}
	return 0, 0, "", false
}

// priceFreeGift: "a free gift", "free bonuses": a gift made to look big.
func priceFreeGift(toks []lint.Token, i int) (int, int, family, bool) {
	if n := norm(toks, i+1); (n == "gift" || n == "gifts" || n == "bonus" || n == "bonuses") && sameSentence(toks, i, i+1) {
		return i, i + 2, famPrice, true
	}
	return 0, 0, "", false
}

// deadlineInTheNext: "order in the next 10 minutes": a countdown on an
// order. Without an order in the sentence it is a schedule: "we reply in
// the next two hours".
func deadlineInTheNext(toks []lint.Token, i int) (int, int, family, bool) {
	if i < 3 || !isNumber(&toks[i-1]) || norm(toks, i-2) != "next" || norm(toks, i-3) != "the" || !sameSentence(toks, i-3, i) {
		return 0, 0, "", false
	}
	if p := norm(toks, i-4); p != "in" && p != "within" {
		return 0, 0, "", false
	}
	for k := sentenceStart(toks, i); k < i-4; k++ {
		if orders[toks[k].Norm] {
			return i - 4, i + 1, famDeadline, true
		}
	}
	return 0, 0, "", false
}

// priceSlashed: "prices slashed", "we've slashed every price": a cut
// made to look deep.
func priceSlashed(toks []lint.Token, i int) (int, int, family, bool) {
	for k := since(toks, i, 3); k < within(toks, i, 3); k++ {
		if k != i && offerNouns[toks[k].Norm] {
			return min(i, k), max(i, k) + 1, famPrice, true
		}
	}
	return 0, 0, "", false
}

// superlativeAnywhere: "you won't find a better deal anywhere", "no one
// sells it cheaper anywhere": a comparative denied to all others.
func superlativeAnywhere(toks []lint.Token, i int) (int, int, family, bool) {
	from := since(toks, i, 6)
	c := -1
	for k := i - 1; k >= from; k-- {
		if claimComparatives[toks[k].Norm] {
			c = k
			break
		}
	}
	if c < 0 || c+1 < i && !offerNouns[toks[c+1].Norm] && !claimedNouns[toks[c+1].Norm] {
		// "a better deal anywhere", "cheaper anywhere"; "a better word
		// anywhere" is the writer's search, not a claim
		return 0, 0, "", false
	}
	for k := since(toks, c, 5); k < c; k++ {
		if n := toks[k].Norm; n == "not" || n == "no" || n == "never" || strings.HasSuffix(n, "n't") {
			return k, i + 1, famSuperlative, true
		}
	}
	return 0, 0, "", false
}

// claimedNouns are what a shop claims to beat everyone on.
var claimedNouns = wordSet(`value quality service product products selection choice`)

// crowdRate: "one sells every 5 minutes", "a pair sold every second": a
// rate of sales that makes a crowd without counting it.
func crowdRate(toks []lint.Token, i int) (int, int, family, bool) {
	if i+1 >= len(toks) || !sameSentence(toks, i, i+1) {
		return 0, 0, "", false
	}
	v := -1 // the sale verb, at most three words back: "sells one bottle every"
	for k := i - 1; k >= since(toks, i, 3); k-- {
		if n := toks[k].Norm; n == "sells" || n == "sold" || n == "selling" {
			v = k
			break
		}
	}
	if v < 0 {
		return 0, 0, "", false
	}
	j := i + 1
	if isNumber(&toks[j]) || toks[j].Norm == "few" {
		j++
	}
	if j < len(toks) && timeUnits[toks[j].Norm] {
		return v, j + 1, famCrowd, true
	}
	return 0, 0, "", false
}

// timeUnits name short spans of time.
var timeUnits = wordSet(`second seconds minute minutes hour hours day days`)

// hypeAdverbs are hype words that also intensify a feeling.
var hypeAdverbs = wordSet(`incredibly insanely unbelievably`)

// feelings are what a writer, not a product, is: "so incredibly
// grateful", "it means so incredibly much".
var feelings = wordSet(`much grateful thankful proud humbled honoured honored lucky happy sad sorry
moved touched excited nervous blessed`)

// feelingIntensifier reports whether the hype phrase toks[i:i+n] is an
// adverb raising the writer's own feeling: that thanks, it does not sell.
func feelingIntensifier(toks []lint.Token, i, n int) bool {
	return n == 1 && hypeAdverbs[toks[i].Norm] && feelings[norm(toks, i+1)] && sameSentence(toks, i, i+1)
}

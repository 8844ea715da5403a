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
	if norm(toks, i+1) == "been" && claimComparatives[norm(toks, i+2)] && sameSentence(toks, i, i+2) {
		return i, i + 3, famSuperlative, true
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
	if p := norm(toks, i-1); p != "sells" && p != "sold" && p != "selling" || !sameSentence(toks, i-1, i+1) {
		return 0, 0, "", false
	}
	j := i + 1
	if isNumber(&toks[j]) || toks[j].Norm == "few" {
		j++
	}
	if j < len(toks) && timeUnits[toks[j].Norm] {
		return i - 1, j + 1, famCrowd, true
	}
	return 0, 0, "", false
}

// timeUnits name short spans of time.
var timeUnits = wordSet(`second seconds minute minutes hour hours day days`)

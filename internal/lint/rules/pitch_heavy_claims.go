package rules

import "github.com/claritynotes/gen/internal/lint"

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

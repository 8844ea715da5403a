package rules

import (
	"strings"

	"github.com/claritynotes/gen/internal/lint"
)

// This file holds the open reading of an act: a frame that speaks only
// to the reader about an act of theirs ("will you …?", "we're asking you
// to …", "don't forget to …", "you have the power to …") shows by itself
// that the word after it is a verb, so the act there needs no list: any
// verb counts unless it is one of a closed set of verbs that name no act
// (a feeling, a thought, a wait, "be"). The action list stays for the
// places where nothing but the list tells a verb from a noun or a truth
// from a step: an imperative that opens a sentence ("Log files rotate"),
// "you can …" ("you can see the stars") and advice in a modal ("you have
// to pay for it").

// framedAct reports a reminder or an open door to the reader's act:
//   - "don't forget to stick around tomorrow", "be sure to bring a chair",
//     "make sure to vote", wherever they stand in the sentence
//   - "You have the power to forward this post", "you are invited to
//     bring a dish"
//   - "feel free to send us the names of makers we ought to meet", a permission
//     whose act reaches the writer
//
// The request frames ("will you …", "we're asking you to …") take the
// same open act in the checks that own them.
func (ns *nextStep) framedAct(tx *lint.Text, toks []lint.Token) bool {
	for k := 0; k < len(toks); k++ {
		if toks[k].Kind != lint.Word {
			continue
		}
		v := actFrame(tx, toks, k)
		if v <= 0 || !ns.openAct(tx, toks, v) {
			continue
		}
		// a permission is the reader's own business ("feel free to hand
		// out whatever keeps the table friendly") unless the act reaches
		// the writer or a link: "feel free to send us the names of
		// makers we ought to meet"
		if tx.Norm(&toks[k]) == "feel" {
			// the act's words are read up to requestReach, so that a
			// run-on sentence of permissions stays linear
			reach := min(len(toks), v+requestReach)
			if !ns.listedAct(tx.Norm(&toks[headVerb(tx, toks, v)])) && !hasLink(toks[v:reach]) &&
				hasWord(tx, toks, v+1, reach, "we", "us", "our", "i", "me", "my") < 0 {
				continue
			}
		}
		return true
	}
	return false
}

// actFrame returns the index of the verb a reader's frame starting at
// toks[k] leads to, or -1 when no frame starts there.
func actFrame(tx *lint.Text, toks []lint.Token, k int) int {
	w := tx.Norm(&toks[k])
	prev := norm(tx, toks, k-1)
	switch {
	case w == "don't" && norm(tx, toks, k+1) == "forget" && norm(tx, toks, k+2) == "to",
		(w == "be" || w == "make") && norm(tx, toks, k+1) == "sure" && norm(tx, toks, k+2) == "to":
		// only the reader is told this: "we make sure to pack it well"
		// and "to make sure to …" say what someone does
		if k > 0 && (pronouns[prev] || thirdParties[prev] || auxiliaries[prev] || prev == "to") {
			return -1
		}
		return k + 3
	case w == "feel" && norm(tx, toks, k+1) == "free" && norm(tx, toks, k+2) == "to":
		// a permission given to the reader opens its clause ("So feel
		// free to …", "…, and feel free to …"); "we feel free to", "the
		// painters feel free to" say what someone does
		if k > 0 && toks[k-1].Kind != lint.Punct && !leadWords[prev] {
			return -1
		}
		return k + 3
	case w == "you" && (k == 0 || toks[k-1].Kind == lint.Punct || leadWords[prev] || prev == "and" || prev == "but"):
		i := k + 1
		switch {
		case norm(tx, toks, i) == "have" && norm(tx, toks, i+1) == "the" && (norm(tx, toks, i+2) == "power" || norm(tx, toks, i+2) == "chance" || norm(tx, toks, i+2) == "opportunity") && norm(tx, toks, i+3) == "to":
			return i + 4 // "You have the power to forward this post"
		case (norm(tx, toks, i) == "are" || norm(tx, toks, i) == "'re") && (norm(tx, toks, i+1) == "invited" || norm(tx, toks, i+1) == "encouraged") && norm(tx, toks, i+2) == "to":
			return i + 3 // "you are invited to bring a dish"
		}
	}
	return -1
}

// writerAsks reports a writer's subject a few words before a verb of
// asking: "we're humbly asking", "I urge", "we'd like to invite". "They
// ask you to" reports someone else's demand.
func writerAsks(tx *lint.Text, toks []lint.Token, k int) bool {
	return wordBefore(tx, toks, k, func(w string) bool {
		return lint.IsSelf(w) || w == "i" || w == "i'm" || w == "i'd" || w == "i'll"
	})
}

// listedAct reports a verb of the action list or one of the ways to come
// or to give.
func (ns *nextStep) listedAct(w string) bool {
	return ns.verbs[w] || requestVerbs[w] || offerVerbs[w] || hopedActions[w]
}

// openAct reports an act of the reader's at toks[v] after a frame: any
// verb but one that names no act, and not one the rule's other checks
// read as advice, a rule or the reader's own business. An act names what
// it acts on or where: "Will you help?" alone is a plea.
func (ns *nextStep) openAct(tx *lint.Text, toks []lint.Token, v int) bool {
	v = headVerb(tx, toks, v)
	if v+1 >= len(toks) || toks[v].Kind != lint.Word {
		return false
	}
	w := tx.Norm(&toks[v])
	if noActs[w] || auxiliaries[w] || pronouns[w] || determiners[w] || strings.HasSuffix(w, "ing") && !ns.listedAct(w) || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed") && !ns.verbs[w] {
		// "to continue", "to boldly chart", "to being", "welcome to
		// their opinions": no act follows the frame ("to bring" is one)
		return false
	}
	if graspVerb(tx, toks, v) {
		return false // "I want you to get a sense of …" asks for understanding, not an act
	}
	if waiting(tx, toks, v) {
		return false // "be sure to check back next week" waits for news, framed or not
	}
	next := tx.Norm(&toks[v+1])
	if w == "help" && (next == "me" || next == "us") && !helpedAct(tx, toks, v+2) {
		return false // "Will you help me tell their stories?" asks for help with the writer's act, naming none of the reader's
	}
	if auxiliaries[next] || next == "not" || next == "yourself" || next == "yourselves" || toks[v+1].Kind == lint.Punct && next != "," {
		return false // "could you ask yourself …" turns the reader inward
	}
	return !noStep(tx, toks, v)
}

// noActs are verbs that follow a reader's frame without naming an act:
// a feeling, a thought, a wait or a state ("don't forget to breathe",
// "we encourage you to continue to choose gratitude", "will you remember
// us?").
var noActs = wordSet(`be feel know think imagine picture wonder remember believe hope expect
wait worry continue keep stay rest relax enjoy see say agree understand face admit guess tell
trust rely count pray dream breathe smile laugh cry notice realise realize
like love want need thank blame assume suppose celebrate do not all just also never
only still probably ever ignore skip disagree`)

// helpedAct reports whether "help me" or "help us" before toks[v] names
// an act of the reader's: one the reader does for the writer ("help us
// spread the word", "help us chip in"), an amount ("help us reach $500")
// or a link to give through. "Help me tell their stories" and "help us
// win" name the writer's act and leave the reader's open.
func helpedAct(tx *lint.Text, toks []lint.Token, v int) bool {
	if w := norm(tx, toks, v); requestVerbs[w] && w != "help" && w != "keep" && w != "let" || offerVerbs[w] && w != "help" {
		return true
	}
	for k := v; k < len(toks); k++ {
		if toks[k].Currency != 0 || toks[k].Link() {
			return true
		}
	}
	return false
}

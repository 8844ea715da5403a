package rules

import (
	"github.com/claritynotes/gen/internal/lint"
)

// This file holds the writer's counsel on an act of the reader's put as
// a judgement rather than an imperative: the act is worth doing ("it
// might be worth reading the FAQ"), a good idea ("it's best to check
// with the shop first", "it's a much better idea to get the bike
// serviced now") or what the reader is urged to do in the passive ("you
// are strongly encouraged to renew in November"). Copy for customers,
// members and trade buyers often asks this way; the act must still be
// one of the list and no how-to step ("it's best to use short subject
// lines" advises on the reader's own task, as "Use short subject lines"
// does).

// counselledAct reports the writer's counsel on an act of the reader's:
//   - "it might be worth finding out where the drop-off points are",
//     "it's well worth reading the guide", "it would be worth your while
//     visiting the shop"
//   - "it's best to check with the shop", "it is always wise to book",
//     "it's a much better idea to get the bike serviced now"
//   - "you are strongly encouraged to renew", "you're advised to book"
//
// A thought or a wait ("it's worth remembering …", "it's best to wait")
// names no act, nor does a past judgement ("it was best to leave") or a
// judgement of something named ("the view is worth seeing").
func (ns *nextStep) counselledAct(tx *lint.Text, toks []lint.Token) bool {
	for k := 1; k+1 < len(toks); k++ {
		switch w := tx.Norm(&toks[k]); {
		case w == "worth":
			if !impersonalJudgement(tx, toks, k) {
				continue
			}
			g := k + 1
			if norm(tx, toks, g) == "your" && norm(tx, toks, g+1) == "while" {
				g += 2 // "worth your while visiting"
			} else if norm(tx, toks, g) == "while" {
				g++ // "worth while reading"
			}
			if ns.gerundAct(tx, toks, g) {
				return true
			}
		case (prudentWords[w] || w == "idea") && norm(tx, toks, k+1) == "to":
			if w == "idea" && !counselAdjectives[norm(tx, toks, k-1)] {
				continue // "the idea to open a shop" names a plan, not counsel
			}
			if noActs[norm(tx, toks, k+2)] {
				continue // "it's best to wait", "it's better to see …" name no act
			}
			if impersonalJudgement(tx, toks, k) && ns.counselAct(tx, toks, k+2) {
				return true
			}
		case urgedWords[w] && norm(tx, toks, k+1) == "to":
			if urgedReader(tx, toks, k) && ns.counselAct(tx, toks, k+2) {
				return true
			}
		}
	}
	return false
}

// impersonalJudgement reports a judgement at toks[k] ("worth", "best",
// "a good idea") whose subject is the moment or the dummy "it": "it's
// worth", "it might be well worth", "it is always best", "it'd be a
// good idea". Words that grade the judgement may stand between.
func impersonalJudgement(tx *lint.Text, toks []lint.Token, k int) bool {
	j := k - 1
	for j >= 0 && (counselAdverbs[tx.Norm(&toks[j])] || counselAdjectives[tx.Norm(&toks[j])] || tx.Norm(&toks[j]) == "a") {
		j--
	}
	if j < 0 || j == k-1 && tx.Norm(&toks[k]) == "idea" {
		return false
	}
	if tx.Norm(&toks[j]) == "be" && j > 0 && (tx.Norm(&toks[j-1]) == "it'd" || tx.Norm(&toks[j-1]) == "may" && norm(tx, toks, j-2) == "it") {
		return true // "it'd be worth", "it may be best"
	}
	return presentCopula(tx, toks, j) && momentSubject(tx, toks, j)
}

// counselAdjectives judge an act good to take: "a good idea to call",
// "a much better idea to call".
var counselAdjectives = wordSet(`good great better best wise wiser smart sensible advisable safe safer
safest`)

// prudentWords judge an act prudent by themselves, with no "idea": "it's
// best to book", "it is wise to call". "It's great to see …" or "it will
// be nice to showcase …" is the writer's pleasure, not counsel.
var prudentWords = wordSet(`best better wise wiser smart smarter sensible advisable safest safer`)

// counselAdverbs grade a judgement: "well worth", "always best", "a much
// better idea".
var counselAdverbs = wordSet(`well really definitely probably always usually generally often also even
still much far so very truly certainly`)

// urgedWords put the writer's counsel in the passive: "you are
// encouraged to renew".
var urgedWords = wordSet(`encouraged advised urged`)

// urgedReader reports the reader as the subject of a passive of counsel
// at toks[k]: "you are strongly encouraged", "you're advised". A clause
// that describes or conditions ("members who are encouraged to …", "if
// you are advised to …") tells of a case, it counsels no one.
func urgedReader(tx *lint.Text, toks []lint.Token, k int) bool {
	j := k - 1
	for j >= 0 && adverbial(tx.Norm(&toks[j])) {
		j--
	}
	switch norm(tx, toks, j) {
	case "you're":
	case "are":
		j--
		if norm(tx, toks, j) != "you" {
			return false
		}
	default:
		return false
	}
	w := norm(tx, toks, j-1)
	return !relativePronouns[w] && !conditionWords[w] && !serviceOpeners[w] && w != "what"
}

// pageReads are acts that, with nothing named, read the page at hand:
// "worth reading slowly", "worth watching closely".
var pageReads = wordSet(`read reread watch view look listen review check study`)

// gerundAct reports an act of the list named by its -ing form at
// toks[g], after a frame that counsels it: "worth reading our early
// articles", "we recommend purchasing insurance". A how-to step ("worth
// using short lines"), a wait ("worth looking out for") or a look at
// nothing named ("worth seeing what comes") is no act.
func (ns *nextStep) gerundAct(tx *lint.Text, toks []lint.Token, g int) bool {
	if g >= len(toks) || toks[g].Kind != lint.Word {
		return false
	}
	w := tx.Norm(&toks[g])
	verb := gerundOf(w, ns.verbs)
	for _, more := range []map[string]bool{requestVerbs, offerVerbs, hopedActions} {
		if verb == "" {
			verb = gerundOf(w, more)
		}
	}
	if verb == "" || !concreteActs[verb] || adviceOf(tx, toks, g, verb) {
		return false // "worth taking a moment", "worth noting", "worth asking whether" muse
	}
	next := norm(tx, toks, g+1)
	if pageReads[verb] && (g+1 >= len(toks) || toks[g+1].Kind != lint.Word || adverbial(next)) {
		return false // "it is worth reading slowly" reads the page at hand; "worth reading our guide" names what
	}
	switch verb {
	case "look", "watch", "listen":
		return next != "out" && next != "for"
	case "check":
		return next != "back" && !caution(tx, toks, g)
	case "read", "review":
		return !caution(tx, toks, g)
	}
	if verb == "see" || verb == "find" {
		o := g + 1
		if next == "out" {
			o++ // "finding out where the drop-off points are" looks up a place
		}
		w := norm(tx, toks, o)
		return o < len(toks) && toks[o].Kind == lint.Word && !pronouns[w] && (!whWords[w] || w == "where")
	}
	return true
}

// counselAct reports a concrete act at toks[v] after a judgement or an
// urging: "it's best to order the bulbs", "you are encouraged to renew".
// Counsel on a way of living ("it's best to take it one day at a time",
// "it's better to ask forgiveness") muses; it asks for no step.
func (ns *nextStep) counselAct(tx *lint.Text, toks []lint.Token, v int) bool {
	v = headVerb(tx, toks, v)
	if v >= len(toks) {
		return false
	}
	w := tx.Norm(&toks[v])
	if !concreteActs[w] && w != "go" && w != "come" {
		return false
	}
	if w == "check" {
		// "check with the shop", "check out our range" reach the writer
		// or a seller; "check the weather" is the reader's own business
		if n := norm(tx, toks, v+1); n != "with" && n != "out" && n != "in" && n != "our" && n != "my" {
			return false
		}
	}
	return ns.actsAt(tx, toks, v)
}

// concreteActs are the acts a shop, a club or a cause asks a reader to
// take: the strong ones a "you can" offers, and a few ways to buy, renew
// or come by.
var concreteActs = func() map[string]bool {
	m := wordSet(`purchase renew attend bring check enquire inquire browse search explore shop stop drop pop swing
head book rebook reserve`)
	for w := range strongActions {
		m[w] = true
	}
	return m
}()

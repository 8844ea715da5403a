package rules

import (
	"strings"

	"github.com/claritynotes/gen/internal/lint"
)

// This file holds the close of an appeal laid out as a label and a list
// rather than a sentence: the ways to give ("Ways to donate: online, by
// cheque, at the door"), or what a drive needs ("Pantry needs: rice,
// soup, oats"). The label addresses whoever wants to give, and the list
// is what they bring or how they pay: the step, set out as a form would.

// givingList reports a label ending in a colon, in a sentence of the
// region that ends after token from, that names how to give or what a
// drive needs, with the items after it: in its sentence, or in the list
// or paragraph that follows. A label about anything else ("Ingredients
// needed: flour, eggs", "Ways to relax: tea") lists no gift, and a clause
// with a verb of its own ("Our needs have grown: …") tells, it does not
// list.
func givingList(t *lint.Text, region []int, from int) bool {
	if len(region) == 0 {
		return false
	}
	end := t.Units[region[len(region)-1]].Tok1
	for _, r := range region {
		u := t.Units[r]
		if u.Kind != lint.KindParagraph {
			continue
		}
		for k := u.Tok0; k < u.Tok1; {
			s := t.Sentences[t.Tokens[k].Sentence]
			k = s.Tok1
			if s.Tok1 <= from {
				continue
			}
			start := max(s.Tok0, u.Tok0)
			toks := t.Tokens[start:min(s.Tok1, u.Tok1)]
			colon := -1
			for i := range toks {
				if toks[i].Kind == lint.Punct && t.Word(&toks[i]) == ":" {
					colon = i
					break
				}
			}
			if colon <= 0 || colon > maxGivingLabel {
				continue
			}
			label := toks[:colon]
			if !waysToGive(t, label) && !drivesNeeds(t, label) {
				continue
			}
			items := 0
			for j := start + colon + 1; j < end && items < 2; j++ {
				if t.Tokens[j].Kind == lint.Word {
					items++
				}
			}
			if items >= 2 {
				return true
			}
		}
	}
	return false
}

// maxGivingLabel is how many tokens a giving label may take before its
// colon.
const maxGivingLabel = 14

// waysToGive reports a label that names the reader's ways to give:
// "Ways to donate", "How you can help", "Where to give". The verb ends
// the label: "Ways to help your garden" names another topic.
func waysToGive(t *lint.Text, label []lint.Token) bool {
	n := len(label)
	if n < 3 || !labelGiftVerbs[t.Norm(&label[n-1])] {
		return false
	}
	lead := n - 2
	switch {
	case t.Norm(&label[lead]) == "to":
	case t.Norm(&label[lead]) == "can" && n >= 4 && t.Norm(&label[lead-1]) == "you":
		lead--
	default:
		return false
	}
	return waysWords[t.Norm(&label[lead-1])]
}

// labelGiftVerbs are the reader's acts of giving that a label may name.
var labelGiftVerbs = wordSet(`donate give contribute help volunteer pledge`)

// waysWords open a label of means: "ways to", "how to", "where you can".
var waysWords = wordSet(`ways way how where`)

// drivesNeeds reports a label that names what a collection needs, with
// the collection or the giving in the label: "Pantry needs", "Items
// needed for the coat drive", "This week's needs list for those who want
// to donate". A label with a verb group of its own ("Our needs have
// grown") is a clause, not a label.
func drivesNeeds(t *lint.Text, label []lint.Token) bool {
	needs, giving := false, false
	for i := range label {
		switch w := t.Norm(&label[i]); {
		case auxiliaries[w]:
			return false
		case collectionNeedWords[w], w == "wish" && norm(t, label, i+1) == "list":
			needs = true
		case collectionWords[w]:
			giving = true
		}
	}
	return needs && giving
}

// collectionNeedWords name a collection's needs.
var collectionNeedWords = wordSet(`needs needed wishlist most-needed`)

// collectionWords tie a needs label to giving: the gift, the giver or
// the collection it goes to.
var collectionWords = wordSet(`donate donating donation donations donors pantry drive collection give giving gifts`)

// giftAsked reports a fundraiser's ask put around the gift rather than
// as an imperative:
//   - the gift's worth: "Whatever you can give will help", "Any amount
//     you can spare makes a difference"
//   - thanks for weighing it: "Thank you for considering a gift before
//     Friday", "thanks for reading, for considering making a donation …"
//   - the door left open for a gift not yet made: "If you haven't given
//     yet, it's not too late."
//
// A gift already made ("whatever you gave helped"), a thanks for
// something else ("thank you for considering our point") or a door left
// open with no gift named ("if the weather turns, it's not too late")
// asks nothing.
func (ns *nextStep) giftAsked(tx *lint.Text, toks []lint.Token) bool {
	return giftWorth(tx, toks) || ns.thanksForConsidering(tx, toks) || giftStillOpen(tx, toks)
}

// giftWorth reports "whatever you can give will help": a free relative
// ("whatever", "anything", "any amount", "every bit") whose clause is
// the reader's gift, put as the good it does.
func giftWorth(tx *lint.Text, toks []lint.Token) bool {
	for k := 1; k+2 < len(toks); k++ {
		if tx.Norm(&toks[k]) != "you" || !wordBefore(tx, toks, k, func(w string) bool { return anyGift[w] }) {
			continue
		}
		v := k + 1
		switch norm(tx, toks, v) {
		case "can", "could":
			v++
		case "are":
			if norm(tx, toks, v+1) != "able" || norm(tx, toks, v+2) != "to" {
				continue
			}
			v += 3
		default:
			continue
		}
		if !giftVerbs[norm(tx, toks, v)] {
			continue
		}
		for j := v + 1; j < len(toks) && j <= v+helpReach; j++ {
			if toks[j].Kind == lint.Punct && tx.Word(&toks[j]) != "," {
				break
			}
			if w := tx.Norm(&toks[j]); helpsWords[w] || giftWorthWords[w] {
				return true
			}
		}
	}
	return false
}

// anyGift open the clause of a gift of whatever size: "whatever you can
// give", "any amount you can spare", "every little bit you can send".
var anyGift = wordSet(`whatever anything any every each`)

// giftVerbs give to a cause.
var giftVerbs = wordSet(`give donate contribute spare pledge afford chip send offer`)

// giftWorthWords say what a gift of any size is worth: "makes a
// difference", "is appreciated", "counts".
var giftWorthWords = wordSet(`difference appreciated welcome welcomed counts matters`)

// thanksForConsidering reports thanks for weighing an act the reader has
// yet to take: "Thank you for considering a gift", "thanks for reading
// and for considering making a donation before tonight".
func (ns *nextStep) thanksForConsidering(tx *lint.Text, toks []lint.Token) bool {
	thanks := hasWord(tx, toks, 0, len(toks), "thank", "thanks")
	if thanks < 0 {
		return false
	}
	for k := thanks + 1; k+1 < len(toks); k++ {
		if tx.Norm(&toks[k]) != "considering" || tx.Norm(&toks[k-1]) != "for" {
			continue
		}
		o := k + 1
		switch norm(tx, toks, o) {
		case "a", "an", "your", "this", "the":
			o++
		case "my", "our", "his", "her", "their":
			continue // "thank you for considering my application" weighs the writer's own
		}
		if w := norm(tx, toks, o); actNouns[w] || actNouns[w+"s"] || ns.gerundAct(tx, toks, k+1) || lightGerundAct(tx, toks, k+1) {
			return true
		}
	}
	return false
}

// lightGerundAct reports an act named by its noun after "making" or
// "placing": "making a donation", "placing an order".
func lightGerundAct(tx *lint.Text, toks []lint.Token, g int) bool {
	w := norm(tx, toks, g)
	return (w == "making" || w == "placing") && actNounAfter(tx, toks, g+1)
}

// giftStillOpen reports a door left open after a condition on a gift the
// reader has not made: "If you haven't yet made a gift, it's not too
// late", "if you have not donated, there's still time".
func giftStillOpen(tx *lint.Text, toks []lint.Token) bool {
	open := -1
	for k := 2; k < len(toks); k++ {
		late := tx.Norm(&toks[k]) == "late" && norm(tx, toks, k-1) == "too" && norm(tx, toks, k-2) == "not"
		time := tx.Norm(&toks[k]) == "time" && norm(tx, toks, k-1) == "still"
		if (late || time) && (k+1 == len(toks) || toks[k+1].Kind == lint.Punct) {
			open = k
			break
		}
	}
	if open < 0 {
		return false
	}
	cond := hasWord(tx, toks, 0, open, "if")
	if cond < 0 || !strings.HasPrefix(norm(tx, toks, cond+1), "you") || hasWord(tx, toks, cond, open, "haven't", "not", "yet") < 0 {
		return false
	}
	for j := cond + 2; j < open; j++ {
		w := tx.Norm(&toks[j])
		if givenForms[w] || (w == "made" || w == "make") && (actNouns[norm(tx, toks, j+1)] || actNouns[norm(tx, toks, j+1)+"s"] || actNouns[norm(tx, toks, j+2)] || actNouns[norm(tx, toks, j+2)+"s"]) {
			return true
		}
	}
	return false
}

// givenForms are the past forms of a gift or a sign-up the reader may
// not have made yet: "if you haven't given", "if you have not renewed".
var givenForms = wordSet(`given donated pledged contributed renewed joined registered booked signed
ordered subscribed voted applied`)

package rules

import (
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

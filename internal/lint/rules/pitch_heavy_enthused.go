package rules

import (
	"strings"

	"github.com/claritynotes/gen/internal/lint"
)

// Enthusiasm. "Amazing", "awesome", "massive" are the praise words of
// everyday copy: one of them in a thank-you note or a diary of a busy
// week is warmth, and a careful reader lets it pass. In copy that already
// pushes (a deadline, a hype word, a price talked up) the same words
// praise the offer, and the reader counts each of them as hype: "an
// awesome programme", "a massive stage", "this amazing blend".
// Praise of people ("our amazing volunteers", "you guys are awesome")
// and thanks ("a huge thank-you") sell nothing, wherever they stand.

// enthusedWords are the everyday praise words.
var enthusedWords = wordSet(`amazing awesome fantastic fabulous terrific massive huge superb stellar`)

// enthusedKey marks the keys of enthusiasm signals, which count only in
// copy that pushes otherwise.
const enthusedKey = ":enthused"

// minEnthused is how many different praise words make praise a pitch's.
const minEnthused = 2

// praisedPeople are the people everyday praise is given to.
var praisedPeople = wordSet(`people person customers customer volunteers volunteer team teams staff staffer crew
folks friends friend community supporters supporter members member donors donor guests guest kids children family
families neighbours neighbors artists artist makers maker readers fans fan audience hosts host partners partner
sponsors sponsor students teachers teacher parents mom mum dad group everyone everybody you guys y'all
you're they're we're i'm he's she's`)

// praiseVerbs put praise on their subject: "you are amazing", "I feel
// awesome", "the kids looked fantastic".
var praiseVerbs = wordSet(`are were is was be been am feel felt feels look looked looks 're`)

// praiseSoftening words sit between a praise verb and its praise: "you
// are truly amazing", "it was just so awesome".
var praiseSoftening = wordSet(`so really truly just all absolutely simply totally quite pretty very such an a`)

// thanksWords follow a size word that thanks: "a huge thank-you",
// "massive thanks", "a huge shout-out", "a fantastic job".
var thanksWords = wordSet(`thank thanks thank-you shout shout-out shoutout shoutouts congratulations congrats
help job effort efforts support welcome hug hugs`)

// hypeEnthused: an everyday praise word, "an amazing programme", "this
// awesome blend", counted (see enthusedKey) only in copy that pushes
// otherwise. Praise of people, "our amazing volunteers", "you guys are
// awesome", and thanks, "a huge thank-you", are not counted; neither is
// a praise word capitalised inside a sentence, a name: "Amazing Grace".
func hypeEnthused(tx *lint.Text, toks []lint.Token, i int) (int, int, family, bool) {
	if titledName(tx, toks, i) || lint.AllUpper(tx.Word(&toks[i])) || sizedOffer(tx, toks, i) {
		// a name, a shout ("HUGE!!" is read as shouting), or a sale's
		// size, read as a price anchor: "a massive sale"
		return 0, 0, "", false
	}
	// what the word praises: the next words of its sentence, past
	// adjectives and "and"
	for k := i + 1; k < within(toks, i, 3); k++ {
		if toks[k].Kind != lint.Word {
			break
		}
		n := tx.Norm(&toks[k])
		if praisedPeople[n] || thanksWords[n] {
			return 0, 0, "", false
		}
	}
	// who it is said of: "you are amazing", "the kids were so awesome"
	k := i - 1
	for k >= 0 && sameSentence(toks, k, i) && praiseSoftening[tx.Norm(&toks[k])] {
		k--
	}
	if k >= 0 && sameSentence(toks, k, i) && praiseVerbs[tx.Norm(&toks[k])] {
		if p := norm(tx, toks, k-1); praisedPeople[p] || subjectPronouns[p] && p != "it" {
			return 0, 0, "", false
		}
	}
	if k >= 0 && sameSentence(toks, k, i) && praisedPeople[tx.Norm(&toks[k])] {
		return 0, 0, "", false // "you're amazing", "y'all awesome"
	}
	return i, i + 1, famHype, true
}

// withoutLoneEnthusiasm drops the enthusiasm signals of copy that pushes
// in no other way than its volume, and of copy that praises with one
// such word only, however often: there the praise words are warmth.
func withoutLoneEnthusiasm(sigs []signal) []signal {
	enthused, pushes := map[string]bool{}, false
	for _, s := range sigs {
		switch {
		case strings.HasSuffix(s.key, enthusedKey):
			enthused[s.key] = true
		case s.fam != famShouting && s.fam != famExclaim:
			pushes = true
		}
	}
	if len(enthused) == 0 || pushes && len(enthused) >= minEnthused {
		return sigs
	}
	out := sigs[:0:0]
	for _, s := range sigs {
		if !strings.HasSuffix(s.key, enthusedKey) {
			out = append(out, s)
		}
	}
	return out
}

// sizedOffer reports whether the praise word toks[i] sizes the offer
// after it, "a massive sale", "an amazing offer": that is a price anchor.
func sizedOffer(tx *lint.Text, toks []lint.Token, i int) bool {
	n := norm(tx, toks, i+1)
	return (bigSaleNouns[n] || n == "offer" || n == "offers") && sameSentence(toks, i, i+1)
}

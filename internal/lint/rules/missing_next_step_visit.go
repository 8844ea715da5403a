package rules

import (
	"strings"

	"github.com/claritynotes/gen/internal/lint"
)

// hopedVisit reports, in the clause a hope about the reader opens at
// toks[v], the reader going to a place: "I hope you'll head down to the
// market on Saturday", "hope you make it to the fair", "I hope you grab a
// coffee and then you'll run to your local bookshop". The trip is the
// step the hope asks for. A place that is no place ("I hope you get to
// the end of the book", "go to bed"), a trip that took place ("I hope you
// went to the show") or a hope for a feeling names no visit.
func hopedVisit(tx *lint.Text, toks []lint.Token, v int) bool {
	for k := v; k < len(toks) && k < v+visitReach; k++ {
		if toks[k].Kind == lint.Punct && sentenceEnd(tx, toks[k]) {
			return false
		}
		// the trip is the hope's own verb or one the reader takes in it:
		// "hope you go …", "… and you'll run to …"
		if k != v {
			if p := norm(tx, toks, k-1); p != "you" && p != "you'll" && p != "and" && p != "then" && p != "also" {
				continue
			}
		}
		if j := tripTo(tx, toks, k); j > 0 && placeAhead(tx, toks, j) {
			return true
		}
	}
	return false
}

// visitReach is how many words a hope's clause is searched for a trip.
const visitReach = 20

// tripTo returns the index after "to" when toks[k] starts a trip, "go
// to", "head over to", "run down to", "make it to", or 0.
func tripTo(tx *lint.Text, toks []lint.Token, k int) int {
	w := norm(tx, toks, k)
	j := k + 1
	switch {
	case tripVerbs[w]:
	case w == "make" && norm(tx, toks, j) == "it":
		j++
	default:
		return 0
	}
	for j < len(toks) && tripParticles[norm(tx, toks, j)] {
		j++ // "head on over to", "pop down to"
	}
	if norm(tx, toks, j) != "to" {
		return 0
	}
	return j + 1
}

// tripVerbs take the reader somewhere.
var tripVerbs = wordSet(`go run head get walk pop drive hop wander swing`)

// tripParticles stand between a verb of going and its "to".
var tripParticles = wordSet(`out over down up on along back`)

// placeAhead reports a place at toks[j], past a determiner and a few
// modifiers: "the market", "your local farmers' market", "Ada's new
// bakery". The reader's own local place counts whatever its noun.
func placeAhead(tx *lint.Text, toks []lint.Token, j int) bool {
	if w := norm(tx, toks, j); w != "the" && w != "your" && w != "a" && w != "our" && w != "this" {
		return false
	}
	if norm(tx, toks, j) == "your" && norm(tx, toks, j+1) == "local" && j+2 < len(toks) && toks[j+2].Kind == lint.Word {
		return true
	}
	for k := j + 1; k < len(toks) && k <= j+placeModifiers+1; k++ {
		if toks[k].Kind != lint.Word {
			return false
		}
		if visitPlaces[tx.Norm(&toks[k])] {
			return true
		}
	}
	return false
}

// placeModifiers is how many words may stand between a place's
// determiner and its noun.
const placeModifiers = 3

// visitPlaces are places a reader can go to.
var visitPlaces = wordSet(`market markets shop store bookshop bookstore library fair festival show museum gallery
park hall theatre theater cinema bakery cafe café restaurant farm garden exhibition sale concert
branch studio taproom brewery stall stand booth open-house`)

// invitationQuestion reports an invitation put as a question about the
// reader's wish or intent: "Would you like to join us on Sunday?",
// "Fancy joining us at the quiz?", "Care to volunteer at the fair?", "Do
// you want to come along to the swap?", "Are you going to take the
// pledge?", "Will you be joining us?", "Won't you join us?". The act is one of the ways to come or to
// give, with what it is for after it. A question about knowing or
// guessing ("Care to guess what happened?", "Want to know the secret?"),
// a bare plea ("Want to help?") or a habit to drop ("Do you want to give
// up sugar?") invites to nothing.
func invitationQuestion(tx *lint.Text, toks []lint.Token) bool {
	if len(toks) == 0 {
		return false
	}
	// "??" and "?!" end a question as "?" does; a question put with the
	// verb before its subject ("Would you like to join us on Sunday.") is
	// one whatever mark ends it
	asked := strings.Contains(tx.Word(&toks[len(toks)-1]), "?")
	i := skipLeads(tx, toks, 0)
	gerund, progressive := false, false
	w := norm(tx, toks, i)
	// the reader asked may be "you", "anyone" or a share of them: "Would
	// anyone like to …", "Would any of you like to …", "Do you all want to …"
	who := questionAddressee(tx, toks, i+1)
	inverted := who > 0 && (w == "would" || w == "do" || w == "are" || w == "will" || w == "won't")
	if !asked && (!inverted || hasWord(tx, toks, max(0, len(toks)-4), len(toks), "asked", "asks", "said", "says", "wondered") >= 0) {
		return false // "Would you like to join us, she asked." reports a question
	}
	switch {
	case (w == "would" || w == "do") && who > 0 && (norm(tx, toks, who) == "like" || norm(tx, toks, who) == "want" || norm(tx, toks, who) == "care") && norm(tx, toks, who+1) == "to":
		i = who + 2 // "Would you like to join us?", "Do you want to come?"
	case w == "would" && who > 0 && norm(tx, toks, who) == "be" && willingWords[norm(tx, toks, who+1)] && norm(tx, toks, who+2) == "to":
		i = who + 3 // "Would you be willing to help at the fair?"
	case w == "do" && who > 0 && norm(tx, toks, who) == "fancy":
		i = who + 1 // "Do you fancy joining us on Sunday?"
		gerund = true
	case (w == "want" || w == "care") && norm(tx, toks, i+1) == "to":
		i += 2 // "Want to come along?", "Care to join us?"
	case w == "wanna":
		i++ // "Wanna join us on Sunday?"
	case w == "fancy":
		i++ // "Fancy joining us on Sunday?"
		gerund = true
	case w == "feel" && norm(tx, toks, i+1) == "like", (w == "how" || w == "what") && norm(tx, toks, i+1) == "about":
		i += 2 // "Feel like joining us?", "How about joining us?", "What about joining us?"
		gerund = true
	case w == "are" && who > 0 && norm(tx, toks, who) == "going" && norm(tx, toks, who+1) == "to":
		i = who + 2 // "Are you going to join the walk?": the reader's intent, asked
	case w == "are" && who > 0:
		i = who // "Are you joining us on Sunday?", "Are you coming to the fair?"
		gerund, progressive = true, true
	case w == "will" && who > 0 && norm(tx, toks, who) == "be":
		i = who + 1 // "Will you be joining us at the fair?"
		gerund = true
	case w == "won't" && who > 0:
		i = who // "Won't you join us in the clean-up?"
	default:
		return false
	}
	if i+1 >= len(toks) || toks[i].Kind != lint.Word || toks[i+1].Kind == lint.Punct {
		return false // "Want to help?" pleads, naming nothing
	}
	v := tx.Norm(&toks[i])
	if gerund {
		if v = gerundOf(v, hopedActions); v == "" {
			return false
		}
		// "Are you joining us on Sunday?" asks of a visit: it goes on to
		// the writer, a place or a day; "Are you coming down with a
		// cold?" does not
		if progressive && hasWord(tx, toks, i+1, min(len(toks), i+5), "us", "to", "along", "today", "tonight", "tomorrow", "saturday", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday") < 0 {
			return false
		}
	} else if !hopedActions[v] && !takesAct(tx, toks, i) {
		return false
	}
	next := tx.Norm(&toks[i+1])
	if v == "give" && (next == "up" || next == "in") || v == "try" && (next == "something" || next == "anything" || next == "not") {
		return false // "give up sugar" drops a habit; "try something new" names nothing
	}
	return !hypothetical(tx, toks, i) // "Would you like to join a gym if it were cheaper?" asks an opinion
}

// questionAddressee returns the index after the readers a question asks
// at toks[j] ("you", "you all", "anyone", "anybody", "any of you"), or -1.
func questionAddressee(tx *lint.Text, toks []lint.Token, j int) int {
	switch norm(tx, toks, j) {
	case "you":
		return afterYou(tx, toks, j)
	case "anyone", "anybody":
		return j + 1
	case "any":
		if norm(tx, toks, j+1) == "of" && norm(tx, toks, j+2) == "you" {
			return j + 3
		}
	}
	return -1
}

// willingWords ask after the reader's readiness: "Would you be willing
// to help?", "Would you be able to come?".
var willingWords = wordSet(`willing able happy interested keen free available`)

// takesAct reports "take" or "make" at toks[v] with an act named by its
// noun after a determiner: "take the pledge", "make a donation". "take
// a break" names none.
func takesAct(tx *lint.Text, toks []lint.Token, v int) bool {
	if w := norm(tx, toks, v); w != "take" && w != "make" || !determiners[norm(tx, toks, v+1)] {
		return false
	}
	n := norm(tx, toks, v+2)
	return actNouns[n] || actNouns[n+"s"]
}

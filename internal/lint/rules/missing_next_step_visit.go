package rules

import (
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

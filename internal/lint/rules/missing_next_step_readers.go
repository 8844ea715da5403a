package rules

import (
	"strings"

	"github.com/claritynotes/gen/internal/lint"
)

// genericReader reports an invitation addressed to whichever reader it
// fits, in the third person: "Anyone interested can email the farm",
// "Those who want a share should fill out the form", "Interested
// volunteers should contact Maria", "Parents who would like a place are
// invited to book". A plain group ("Members may pick up on Tuesdays",
// "New members should read the handbook") states a rule for people who
// have already joined.
func (ns *nextStep) genericReader(tx *lint.Text, toks []lint.Token) bool {
	for j := 0; j+1 < len(toks); j++ {
		v, passive := -1, -1
		switch tx.Norm(&toks[j]) {
		case "can", "should", "may", "could":
			v = j + 1
		case "are", "is", "'re", "you're":
			w := j + 1
			for w < len(toks) && w <= j+3 && (adverbial(tx.Norm(&toks[w])) || tx.Norm(&toks[w]) == "always" || tx.Norm(&toks[w]) == "more" || tx.Norm(&toks[w]) == "than") {
				w++ // "are warmly invited", "is always welcome", "are more than welcome"
			}
			if invitedWords[norm(tx, toks, w)] && norm(tx, toks, w+1) == "to" {
				v = w + 2
				passive = w
			}
		}
		if v < 0 || v >= len(toks) {
			continue
		}
		// a group of readers asked or welcomed in the passive is asked
		// as "you" is: "Parents are invited to come along", "Everyone is
		// asked to bring a dish", "All members are welcome to vote"
		// "You're cordially invited to …" names the reader in its verb
		if passive > 0 && (plainReaders(tx, toks, j) || tx.Norm(&toks[j]) == "you're" && (j == 0 || toks[j-1].Kind == lint.Punct || leadWords[tx.Norm(&toks[j-1])])) {
			if invitedTo(tx, toks, passive, v) {
				return true // "Parents are invited to the meeting on Tuesday"
			}
			if p := headVerb(tx, toks, v); ns.openAct(tx, toks, p) && !conduct(tx, toks, p) && !advice(tx, toks, p) {
				return true
			}
		}
		if tx.Norm(&toks[v]) == "also" || tx.Norm(&toks[v]) == "just" || tx.Norm(&toks[v]) == "simply" {
			v++
		}
		v = headVerb(tx, toks, v)
		if v >= len(toks) || !(ns.verbs[tx.Norm(&toks[v])] || requestVerbs[tx.Norm(&toks[v])] || offerVerbs[tx.Norm(&toks[v])]) || conduct(tx, toks, v) {
			continue
		}
		if genericSubject(tx, toks, j) {
			// "anyone can shop" with nothing after it says the door is
			// not locked; "anyone can email the farm" names the step
			if bareAnyone(tx, toks, j) && (v+1 >= len(toks) || toks[v+1].Kind != lint.Word) {
				continue
			}
			return true
		}
	}
	return false
}

// plainReaders reports a subject before toks[j] that names the readers
// as a group, with nothing before it but a word that picks them out:
// "Parents", "All members", "Everyone", "New volunteers", "You". A
// subject inside a clause ("Parents who were invited …") or after a
// verb is no request's addressee.
func plainReaders(tx *lint.Text, toks []lint.Token, j int) bool {
	s := j - 1
	if s < 0 {
		return false
	}
	w := tx.Norm(&toks[s])
	if !readerGroups[w] && !readerNouns[w] && w != "everyone" && w != "everybody" && w != "you" && w != "all" && w != "guests" && w != "visitors" {
		return false
	}
	s--
	// "Our guests are encouraged to explore …" tells of the writer's
	// guests in the third person, not of the readers
	for s >= 0 && toks[s].Kind == lint.Word && groupModifiers[tx.Norm(&toks[s])] {
		s--
	}
	return s < 0 || toks[s].Kind == lint.Punct || leadWords[tx.Norm(&toks[s])] || coordinators[tx.Norm(&toks[s])]
}

// invitedWords follow "are" in a welcome: "are invited to", "are
// encouraged to".
var invitedWords = wordSet(`invited welcome encouraged asked`)

// genericSubject reports a subject before toks[j] that names any reader
// who fits: "anyone (interested)", "everyone", "all of you", "whoever",
// "those who …", "people who …", "interested volunteers", "prospective
// members".
func genericSubject(tx *lint.Text, toks []lint.Token, j int) bool {
	for s := j - 1; s >= 0 && s >= j-8; s-- {
		if toks[s].Kind == lint.Punct {
			return false
		}
		w := tx.Norm(&toks[s])
		switch {
		case w == "anyone" || w == "anybody" || w == "whoever" || w == "everyone" || w == "everybody":
			if s > 0 && tx.Norm(&toks[s-1]) == "not" {
				return false // "Not everyone can come" tells who cannot
			}
		case w == "you" && s >= 2 && tx.Norm(&toks[s-1]) == "of" && (tx.Norm(&toks[s-2]) == "all" || tx.Norm(&toks[s-2]) == "any"):
			s -= 2 // "All of you can email the farm"
		case (w == "those" || readerGroups[w]) && (norm(tx, toks, s+1) == "who" || norm(tx, toks, s+1) == "interested" || norm(tx, toks, s+1) == "wishing"):
		case interestedWords[w] && readerGroups[norm(tx, toks, s+1)]:
		default:
			continue
		}
		// "… so that anyone may comment" gives a purpose, it asks
		// nothing, and "better than anyone can say" compares
		return s == 0 || !subordinateLeads[tx.Norm(&toks[s-1])] && tx.Norm(&toks[s-1]) != "than"

	}
	return false
}

// subordinateLeads open a clause that serves another: a purpose, a
// reason or a description.
var subordinateLeads = wordSet(`that so where which because if when whom`)

// readerGroups name readers as a group.
var readerGroups = wordSet(`people readers families members parents folks volunteers customers writers artists
vendors donors applicants students neighbours neighbors parties friends gardeners growers makers`)

// interestedWords make a group into whoever wants to act.
var interestedWords = wordSet(`interested prospective would-be aspiring`)

// clauseAfterSemicolon reports an imperative that opens the clause after
// a semicolon, "Reservations are recommended; call the shop to book", or
// after a colon that ends a clause opening on a bare verb, "Celebrate
// the day with your time: find a cause and give it some love" (a label
// such as "Update:" or "Step 2:" is shorter than four tokens; "there is
// an easy way to stretch a gift: give when it is matched" explains).
// Only the first few are tried, so a long list stays linear.
func (ns *nextStep) clauseAfterSemicolon(tx *lint.Text, toks []lint.Token) bool {
	tried := 0
	// the clause before a colon is read once, as the walk goes: whether
	// it opens on a bare verb, and whether an auxiliary has shown since
	bare, aux := bareVerbStart(tx, toks), false
	for k := 0; k+1 < len(toks) && tried < 3; k++ {
		w := tx.Word(&toks[k])
		if w != ";" && (w != ":" || k < 4 || !bare || aux) {
			aux = aux || auxiliaries[tx.Norm(&toks[k])]
			continue
		}
		tried++
		if w == ":" {
			// "Celebrate the day with your time: find a cause and give":
			// the colon leads to the step the bare verb announced
			if ns.imperative(tx, toks[k+1:]) {
				return true
			}
			continue
		}
		// "Don't trust the headline; re-check the cart" is advice from
		// start to end: only a statement before the semicolon makes the
		// clause after it the step
		first := skipLeads(tx, toks, 0)
		if first < k && (ns.verbAt(tx, toks, first) || conduct(tx, toks, first)) {
			return false
		}
		if ns.imperative(tx, toks[k+1:]) {
			return true
		}
	}
	return false
}

// afterBreak reports an imperative that opens the clause after a dash,
// "The gutters will not clear themselves -- send a few dollars to the
// fund", or after an ellipsis ("The fair is back on Saturday . . . bring
// the whole family"), or after the comma that ends a negated imperative, "Don't just
// trust the reviews, come taste it yourself", "Don't wait, book a table". A dash is no token:
// a gap of more than a space between two words marks it. The verb after
// the break needs an object ("The volunteers sorted three boxes — read,
// sorted and labelled …" lists acts done), and only the first few
// breaks are tried, so a long sentence stays linear.
func (ns *nextStep) afterBreak(tx *lint.Text, toks []lint.Token) bool {
	first := skipLeads(tx, toks, 0)
	if coordinators[norm(tx, toks, first)] {
		first++ // "But don't just trust the reviews, …"
	}
	negated := first+1 < len(toks) && (norm(tx, toks, first) == "don't" || norm(tx, toks, first) == "do" && norm(tx, toks, first+1) == "not")
	tried := 0
	start := 3
	if negated {
		start = first + 2 // "Don't wait – book today": the negated imperative is the clause before the break
	}
	for k := start; k+1 < len(toks) && tried < 3; k++ {
		dash := toks[k].Kind == lint.Word && toks[k-1].Kind == lint.Word && dashGap(tx.Gap(&toks[k-1], &toks[k]))
		comma := negated && tx.Word(&toks[k-1]) == "," && toks[k].Kind == lint.Word
		if !dash && !comma && !ellipsisBefore(tx, toks, k) {
			continue
		}
		tried++
		rest := toks[k:]
		v := skipLeads(tx, rest, 0)
		// imperative, not invitation: the clause is read once, never
		// split again at its own dashes
		// "Don't wait – book today": the time to act stands for the object
		if v+1 < len(rest) && rest[v+1].Kind == lint.Word && ns.verbAt(tx, rest, v) && (ns.imperative(tx, rest) || whenToAct[tx.Norm(&rest[v+1])] && v+2 >= len(rest)-1) {
			return true
		}
	}
	return false
}

// ellipsisBefore reports a trailing-off mid-sentence before a word in
// lower case, "back on Saturday . . . bring the family", "… try one":
// a break as a dash is, not the end of the sentence.
func ellipsisBefore(tx *lint.Text, toks []lint.Token, k int) bool {
	if k < 1 || toks[k].Kind != lint.Word || initialUpper(tx.Word(&toks[k])) {
		return false
	}
	switch tx.Word(&toks[k-1]) {
	case "…", "...":
		return true
	case ".":
		return k >= 3 && tx.Word(&toks[k-2]) == "." && tx.Word(&toks[k-3]) == "."
	}
	return false
}

// dashGap reports a dash set between two words with space around it,
// "themselves -- send", "up — bring", "full–come": not a hyphen inside a
// compound nor Markdown's marks around an emphasised phrase.
func dashGap(gap string) bool {
	return strings.ContainsAny(gap, "—–") || strings.Contains(gap, " - ") || strings.Contains(gap, "--")
}

// bareVerbStart reports a sentence that opens on a bare verb, as an
// imperative does ("Celebrate the day with your time"), not on a
// determiner, a subject or "there" ("there is an easy way to …", "The
// club's three habits"). With no auxiliary before a colon, the clause
// up to it asks, and the colon leads to the step.
func bareVerbStart(tx *lint.Text, toks []lint.Token) bool {
	i := skipLeads(tx, toks, 0)
	if i >= len(toks) || toks[i].Kind != lint.Word {
		return false
	}
	w := tx.Norm(&toks[i])
	return !(determiners[w] || pronouns[w] || thirdParties[w] || w == "there" || w == "here" || w == "here's" || w == "there's" ||
		strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || i+1 < len(toks) && toks[i+1].Joined() && tx.Norm(&toks[i+1]) == "'s")
}

// passivePointer reports where the reader's gift, order or question
// goes, put in the passive: "Donations can be made online at …", "Orders
// can be placed by replying to this email", "Memberships are sold at the
// front desk", "Questions can be sent in here or on the forum". Logistics ("Boxes can be picked up on Tuesdays") are no step.
// The gift may be named with what it goes to, "Donations to the shelter
// can be made online at …", and the verb may take an adverb, "Donations
// are accepted gladly at the door".
func passivePointer(tx *lint.Text, toks []lint.Token, k int) bool {
	if !actNouns[tx.Norm(&toks[k])] && !replyNouns[tx.Norm(&toks[k])] {
		return false
	}
	j := giftRecipient(tx, toks, k+1)
	switch norm(tx, toks, j) {
	case "can", "may":
		j++
		for j < len(toks) && passiveAdverbs[tx.Norm(&toks[j])] {
			j++ // "can also be made", "may still be dropped off"
		}
		if norm(tx, toks, j) != "be" {
			return false
		}
		j++
	case "are", "is":
		j++
	default:
		return false
	}
	for j < len(toks) && (passiveAdverbs[tx.Norm(&toks[j])] || strings.HasSuffix(tx.Norm(&toks[j]), "ly") && givenVerbs[norm(tx, toks, j+1)]) {
		j++ // "are also accepted", "are gratefully received"
	}
	if j >= len(toks) || !givenVerbs[tx.Norm(&toks[j])] {
		return false
	}
	j++
	if j < len(toks) && toks[j].Kind == lint.Word && strings.HasSuffix(tx.Norm(&toks[j]), "ly") {
		j++ // "accepted gratefully in the bin"
	}
	if j < len(toks) && (tx.Norm(&toks[j]) == "off" || tx.Norm(&toks[j]) == "online" || tx.Norm(&toks[j]) == "in") {
		return true
	}
	return j < len(toks) && (toks[j].Link() || givenPlaces[tx.Norm(&toks[j])])
}

// actNouns are what a reader gives, orders or books.
var actNouns = wordSet(`donations donation gifts orders pre-orders preorders reservations reservation bookings booking tickets
applications submissions entries nominations pledges contributions rsvps registrations memberships
subscriptions purchases`)

// givenVerbs say how the reader hands over a gift or an order.
var givenVerbs = wordSet(`made placed purchased bought booked reserved submitted sent dropped ordered donated
mailed pledged left accepted welcomed welcome received sold taken directed emailed addressed`)

// passiveAdverbs may stand inside a passive pointer's verb group:
// "Donations can also be made online", "Orders are now taken here".
var passiveAdverbs = wordSet(`also now still always even`)

// givenPlaces follow the verb to say where or how: "at the desk",
// "through the farm store", "by replying", "via the form".
var givenPlaces = wordSet(`at through by via on from here to with below`)

// giftRecipient skips the phrase that names what a gift goes to, "to the
// shelter", "for the food drive", at toks[i], up to the verb group after
// it; it returns i when there is none. A punctuation mark or a verb
// inside ends the search: "Donations to the shelter grew" has no passive.
func giftRecipient(tx *lint.Text, toks []lint.Token, i int) int {
	if !giftPrepositions[norm(tx, toks, i)] {
		return i
	}
	for j := i + 1; j < len(toks) && j <= i+recipientReach; j++ {
		if toks[j].Kind != lint.Word {
			return i
		}
		switch tx.Norm(&toks[j]) {
		case "can", "may", "are", "is":
			return j
		}
	}
	return i
}

// giftPrepositions open what a gift goes to.
var giftPrepositions = wordSet(`to for towards toward`)

// recipientReach is how many words a gift's recipient may take.
const recipientReach = 5

// actsThrough reports a control the piece offers, named within a few
// words after a verb at toks[from-1]: "fill out this form", "use the
// booking button", "follow the link". A resource to read ("the
// schedule", "the menu") informs; it is no control to act through.
func actsThrough(tx *lint.Text, toks []lint.Token, from int) bool {
	for j := from; j < len(toks) && j <= from+3; j++ {
		if toks[j].Kind != lint.Word {
			return false
		}
		w := tx.Norm(&toks[j])
		if (resourceNouns[w] && !infoNouns[w] || pageControls[w]) && j > from && determiners[tx.Norm(&toks[j-1])] {
			return true
		}
	}
	return false
}

// bareAnyone reports "anyone" or "anybody" right before the modal at
// toks[j], with no word of interest or wish beside it: "anyone can
// shop", not "anyone interested can email".
func bareAnyone(tx *lint.Text, toks []lint.Token, j int) bool {
	w := norm(tx, toks, j-1)
	return w == "anyone" || w == "anybody"
}

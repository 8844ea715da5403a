package rules

import (
	"strings"

	"github.com/claritynotes/gen/internal/lint"
)

// openDoor reports a place or an event that says when or to whom it is
// open, which tells the reader they can come: "The festival is free and
// open to the public", "They are open from 7 am to 2 pm, Wednesday to
// Sunday". A shop "open for regular business hours through Saturday"
// before it closes names no time to come, a mind "open to new ideas"
// admits nobody, and "we are not open on Mondays" turns the reader away.
func openDoor(tx *lint.Text, toks []lint.Token) bool {
	if openingHours(tx, toks) || freeAdmission(tx, toks) || entryPrice(tx, toks) {
		return true
	}
	for k := 1; k+1 < len(toks); k++ {
		// "A guided walk is available at 11 am" opens a door as "open" does;
		// "Support is available from 9 am" names no event to come to
		available := tx.Norm(&toks[k]) == "available" && hasWord(tx, toks, max(0, k-14), k, eventNouns...) >= 0
		if tx.Norm(&toks[k]) != "open" && !available || !beBefore(tx, toks, k) {
			continue
		}
		if hasWord(tx, toks, max(0, k-6), k, "not", "no", "longer", "isn't", "aren't", "won't", "never") >= 0 {
			continue
		}
		if hasWord(tx, toks, 0, k, hedges...) >= 0 {
			continue // "we'll probably just be open from 4 pm" is a plan, no door yet
		}
		// "open to the public", "open to bookworms of all ages"
		if tx.Norm(&toks[k+1]) == "to" && hasWord(tx, toks, k+2, min(len(toks), k+7), openAudience...) >= 0 {
			return true
		}
		// "open from 7 am", "open daily 9 am to 5 pm", "open until 8 pm",
		// "open from 9 to 5", "open 9-5"
		for j := k + 1; j < len(toks) && j <= k+5; j++ {
			if clockTime(tx, toks, j) || hourSpan(tx, toks, j) || j == k+1 && numberSpan(tx, toks, j) {
				return true
			}
		}
		// "open Wednesday, Friday and Saturday", "open on Sundays"
		j := k + 1
		if norm(tx, toks, j) == "on" {
			j++
		}
		if !available && eventDays[strings.TrimSuffix(norm(tx, toks, j), "s")] {
			return true
		}
	}
	return false
}

// freeAdmission reports a sentence that opens an event's door to all by
// its price: "Free admission.", "Admission is free, donations welcome".
// Admission as the thing someone receives ("children under 12 receive
// free admission") is one of a price list's terms, not the door, and
// one kept for some ("free for members only") no door for the reader.
func freeAdmission(tx *lint.Text, toks []lint.Token) bool {
	i := skipPunct(toks, 0)
	if hasWord(tx, toks, i, len(toks), "only") >= 0 {
		return false // "Entry is free for members only" keeps the door for some
	}
	// "Free to attend on Saturday", "The talk is free to attend, Friday
	// at 7 pm": the price opens the door when the event has its day
	for k := i; k+2 < len(toks); k++ {
		if tx.Norm(&toks[k]) == "free" && tx.Norm(&toks[k+1]) == "to" && attendVerbs[tx.Norm(&toks[k+2])] && dated(tx, toks) {
			return true
		}
	}
	switch {
	case norm(tx, toks, i) == "free" && freeEntryNouns[norm(tx, toks, i+1)]:
		return true
	case freeEntryNouns[norm(tx, toks, i)]:
		j := i + 1
		if norm(tx, toks, j) == "will" {
			j++
		}
		if w := norm(tx, toks, j); w != "is" && w != "be" {
			return false
		}
		return norm(tx, toks, j+1) == "free" || norm(tx, toks, j+1) == "always" && norm(tx, toks, j+2) == "free"
	}
	return false
}

// attendVerbs follow "free to" when the price opens an event's door.
var attendVerbs = wordSet(`attend enter join come`)

// freeEntryNouns name the way in that a price opens: "Free admission",
// "Entry is free", "Free entrance".
var freeEntryNouns = wordSet(freeEntryNounWords)

const freeEntryNounWords = `admission entry entrance`

// hedges make a plan of what follows them: "we'll probably be open from
// 4 pm", "maybe open on Fridays".
var hedges = []string{"probably", "maybe", "perhaps", "might", "hopefully", "possibly"}

// openingHours reports a place's hours given as days or times of day,
// which open its door as "open from 7 am" does: "Our farmstand hours for
// the summer will be Mondays and Fridays 2pm-6pm", "Shop hours are 10 am
// to 4 pm". Hours that changed ("hours are shorter") or that were ("hours
// were 9 to 5") name no time to come.
func openingHours(tx *lint.Text, toks []lint.Token) bool {
	for k := range toks {
		if tx.Norm(&toks[k]) != "hours" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+8; j++ {
			be := tx.Norm(&toks[j])
			if be == "will" && norm(tx, toks, j+1) == "be" {
				j++
			} else if be != "are" && be != "'re" {
				continue
			}
			if hasWord(tx, toks, max(0, k-4), min(len(toks), j+3), "not", "no", "longer", "were", "was") >= 0 {
				return false
			}
			for d := j + 1; d < len(toks) && d <= j+3; d++ {
				if clockTime(tx, toks, d) || numberSpan(tx, toks, d) || hourSpan(tx, toks, d) || eventDays[strings.TrimSuffix(norm(tx, toks, d), "s")] {
					return true
				}
			}
			break
		}
	}
	return false
}

// eventNouns name things a reader comes to.
var eventNouns = []string{"tour", "tours", "class", "classes", "session", "sessions", "workshop", "workshops", "talk", "talks", "tasting", "tastings", "concert", "performance", "screening", "walk", "walks", "sale"}

// openAudience are the people a place is open to when it invites them.
var openAudience = []string{"public", "all", "everyone", "everybody", "anyone", "ages", "families", "visitors", "newcomers"}

// beBefore reports a form of "be" just before toks[k], with "free and"
// or an adverb between: "is free and open", "are now open".
func beBefore(tx *lint.Text, toks []lint.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch tx.Norm(&toks[j]) {
		case "is", "are", "be", "'s", "'re", "remains", "remain", "stays", "stay", "will", "'ll", "we're", "they're", "it's":
			return true // "will open from 9 am" opens a door as "is open" does
		case "free", "and", "now", "also", "still", "always":
			continue
		}
		return false
	}
	return false
}

// clockTime reports a time of day starting at toks[i]: "7 am", "2pm",
// "7.30pm", "5:00 p.m.", "noon". A bare "7:00" (no "am" or "pm") is
// left out: without them it may as well be a score, a verse or a length.
func clockTime(tx *lint.Text, toks []lint.Token, i int) bool {
	tk := &toks[i]
	if tx.Norm(tk) == "noon" || tx.Norm(tk) == "midday" {
		return true
	}
	if tk.Kind == lint.Word {
		// "8pm" read as one word
		w := strings.TrimRight(tx.Norm(tk), ".")
		trimmed := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(w, "pm"), "am"), "0123456789:.")
		return trimmed == "" && w != "am" && w != "pm" && (strings.HasSuffix(w, "am") || strings.HasSuffix(w, "pm"))
	}
	if tk.Kind != lint.Number {
		return false
	}
	j := i + 1
	if j+1 < len(toks) && tx.Word(&toks[j]) == ":" && toks[j+1].Kind == lint.Number {
		j += 2 // "5:00"
	}
	switch norm(tx, toks, j) {
	case "am", "pm", "a.m", "p.m", "o'clock":
		return true
	case "a", "p":
		// "9 a.m." split into "a", ".", "m"
		return j+2 < len(toks) && tx.Word(&toks[j+1]) == "." && tx.Norm(&toks[j+2]) == "m"
	}
	return false
}

// eventDetails reports an end that lays out an event as labelled fields,
// a time and a place the reader can come to: "WHEN: Saturday, March 14,
// 5:00 p.m." and "WHERE: Fellowship hall". A schedule of places alone
// ("Location: Explore Tent" after each act) or a date alone is no
// invitation.
func eventDetails(t *lint.Text, region []int) bool {
	when, where := false, false
	for _, ui := range region {
		u := t.Units[ui]
		toks := t.Tokens[u.Tok0:u.Tok1]
		for k := 0; k+2 < len(toks); k++ {
			if t.Word(&toks[k+1]) != ":" || !initialUpper(t.Word(&toks[k])) || k > 0 && toks[k-1].Kind == lint.Word && !initialUpper(t.Word(&toks[k-1])) {
				continue
			}
			switch {
			case whenLabels[t.Norm(&toks[k])]:
				// the value holds a day, a date or a time
				for j := k + 2; j < len(toks) && j <= k+8; j++ {
					if toks[j].Kind == lint.Number || eventDays[t.Norm(&toks[j])] || eventMonths[t.Norm(&toks[j])] {
						when = true
						break
					}
				}
			case whereLabels[t.Norm(&toks[k])]:
				where = true
			}
		}
	}
	return when && where
}

// whenLabels and whereLabels head the fields of an event's details.
var (
	whenLabels  = wordSet(`when date dates time times day`)
	whereLabels = wordSet(`where location venue place address`)
)

// fieldLabels head a field whose value is a name or a time, never an
// imperative: "Location: Read Table", "Where: Watch Hill Park".
var fieldLabels = wordSet(`when date dates time times day where location venue place address room who host with`)

var (
	eventDays   = wordSet(`monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun today tomorrow tonight`)
	eventMonths = wordSet(`january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec`)
)

// requestReach bounds how far a request's words are looked for after its
// verb, so that a run-on sentence of requests costs time in proportion to
// its length.
const requestReach = 30

// timeAhead reports a time of day within the next few words: "between 2
// and 8 pm", "from 10 am", "at 7 pm", or a span of hours without am or
// pm, "between 11 and 5".
func timeAhead(tx *lint.Text, toks []lint.Token, j int) bool {
	for i := j; i < len(toks) && i <= j+5; i++ {
		if clockTime(tx, toks, i) || hourSpan(tx, toks, i) {
			return true
		}
	}
	return false
}

// hourSpan reports "between 11 and 5", "from 10 to 4", or a span of
// hours with no word before it right after a day, "Saturday 10-4",
// "Mondays 9 to 5".
func hourSpan(tx *lint.Text, toks []lint.Token, i int) bool {
	if i > 0 && eventDays[strings.TrimSuffix(tx.Norm(&toks[i-1]), "s")] && numberSpan(tx, toks, i) {
		return true
	}
	if (tx.Norm(&toks[i]) != "between" && tx.Norm(&toks[i]) != "from") || i+2 >= len(toks) || toks[i+1].Kind != lint.Number {
		return false
	}
	if dashedSpan(toks, i+1) {
		return true // "from 10-4": the hyphen is no token of its own
	}
	if i+3 >= len(toks) {
		return false
	}
	switch tx.Norm(&toks[i+2]) {
	case "and", "to", "till", "until", "-", "–":
		return toks[i+3].Kind == lint.Number
	}
	return false
}

// numberSpan reports two numbers joined as a span at toks[i]: "9 to 5",
// "10-4", "9 till 1".
func numberSpan(tx *lint.Text, toks []lint.Token, i int) bool {
	if dashedSpan(toks, i) {
		return toks[i].Currency == 0
	}
	if i+2 >= len(toks) || toks[i].Kind != lint.Number || toks[i+2].Kind != lint.Number || toks[i].Currency != 0 {
		return false
	}
	switch tx.Norm(&toks[i+1]) {
	case "to", "till", "until", "-", "–":
		return true
	}
	return false
}

// dashedSpan reports two numbers joined by a hyphen at toks[i], "10-4":
// the hyphen is no token, so the second number comes glued to the first.
func dashedSpan(toks []lint.Token, i int) bool {
	return i+1 < len(toks) && toks[i].Kind == lint.Number && toks[i+1].Kind == lint.Number && toks[i+1].Joined()
}

// pleaseAndDo reports a request whose action comes after "and": "Please
// be patient with us, and give us your feedback". The first verb asks
// for patience; the one after "and" asks for a step.
func (ns *nextStep) pleaseAndDo(tx *lint.Text, toks []lint.Token, v int) bool {
	for k := v + 1; k+1 < len(toks) && k <= v+requestReach; k++ {
		if toks[k].Kind == lint.Punct && tx.Word(&toks[k]) != "," {
			return false // the request ends with its clause
		}
		if tx.Norm(&toks[k]) != "and" && tx.Norm(&toks[k]) != "or" {
			continue // "… and give us your feedback", "… or check back here"
		}
		w := skipPunct(toks, k+1)
		if norm(tx, toks, w) == "please" || norm(tx, toks, w) == "do" {
			w++
		}
		if ns.verbAt(tx, toks, w) && !conduct(tx, toks, w) && !advice(tx, toks, w) {
			return true
		}
	}
	return false
}

// figurative reports a hoped-for step whose destination is a figure of
// speech, not a place or an event: "Hope you come with me on the
// journey". "Hope you'll come to the fair" names somewhere to go.
func figurative(tx *lint.Text, toks []lint.Token, v int) bool {
	return hasWord(tx, toks, v+1, min(len(toks), v+7), "journey", "ride", "adventure", "quest") >= 0
}

// hypothetical reports a "would you …" question about what the reader
// would do if someone else did something: "Would you sign with an agency
// if their website takes 20 seconds to load?" asks for an opinion. A
// condition on the reader ("Would you join us if you are free?") still
// asks.
func hypothetical(tx *lint.Text, toks []lint.Token, v int) bool {
	i := hasWord(tx, toks, v+1, min(len(toks), v+requestReach), "if")
	if i < 0 || i+1 >= len(toks) {
		return false
	}
	switch tx.Norm(&toks[i+1]) {
	case "you", "you're", "you've", "you'd", "so", "possible", "needed":
		return false
	}
	return true
}

// scheduledEvent reports an event still to come, with the time it runs:
// "The beach sweep will go from 8 a.m. to 11 a.m.", "The concert will be held
// on April 30th at 7:30 pm". An event that took place ("The fair ran
// from 10 am") and a closing ("The shop will close at 5 pm for good")
// invite nobody.
func scheduledEvent(tx *lint.Text, toks []lint.Token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if scheduledFor(tx, toks, k) || regularMeeting(tx, toks, k) {
			return true
		}
		if presentTense := presentEventVerbs[tx.Norm(&toks[k])] || eventCopula(tx, toks, k); presentTense && (k > 0 && toks[k-1].Kind == lint.Word && (!pronouns[norm(tx, toks, k-1)] || norm(tx, toks, k-1) == "it") || strings.HasSuffix(tx.Norm(&toks[k]), "'s")) {
			// "The launch continues on Friday 10:00-8:00 at the shop": the
			// present tense of an event under way runs to a time to come;
			// without a place to come to it reports on the event ("A 5K
			// run kicks off at 6 pm")
			for j := k + 1; j < len(toks) && j <= k+12; j++ {
				if clockTime(tx, toks, j) || hourSpan(tx, toks, j) {
					return atPlace(tx, toks, j) && hasWord(tx, toks, 0, len(toks), "was", "were", "ended", "closed") < 0
				}
			}
			continue
		}
		if writerThere(tx, toks, k) {
			return true
		}
		if tx.Norm(&toks[k]) != "will" && tx.Norm(&toks[k]) != "'ll" {
			continue
		}
		v := k + 1
		if norm(tx, toks, v) == "be" && (norm(tx, toks, v+1) == "held" || norm(tx, toks, v+1) == "hosted") {
			v++
		} else if !eventVerbs[norm(tx, toks, v)] || norm(tx, toks, v) == "take" && norm(tx, toks, v+1) != "place" {
			continue
		}
		if hasWord(tx, toks, max(0, k-3), k, "not", "no", "longer") >= 0 || norm(tx, toks, v+1) == "not" {
			continue
		}
		for j := v + 1; j < len(toks) && j <= v+12; j++ {
			if clockTime(tx, toks, j) || hourSpan(tx, toks, j) {
				return true
			}
		}
	}
	return false
}

// writerThere reports the writer's word that they will be at a place
// at a time to come, at toks[k]: "We'll be at the market on Saturday
// from 9 till 1", "I will be at the Crown on Tuesday from 7 pm". It
// tells the reader where to find them, as "you'll find us at …" does; a
// hedge ("we'll probably be at …"), no place or no hours name no door.
func writerThere(tx *lint.Text, toks []lint.Token, k int) bool {
	v := k + 1
	switch tx.Norm(&toks[k]) {
	case "we'll", "i'll":
	case "we", "i":
		if norm(tx, toks, v) != "will" && norm(tx, toks, v) != "'ll" {
			return false
		}
		v++
	default:
		return false
	}
	if norm(tx, toks, v) != "be" || !atPlace(tx, toks, v+1) || norm(tx, toks, v+1) != "at" && norm(tx, toks, v+1) != "in" && norm(tx, toks, v+1) != "on" {
		return false
	}
	for j := v + 2; j < len(toks) && j <= v+14; j++ {
		if toks[j].Kind == lint.Punct && sentenceEnd(tx, toks[j]) {
			return false
		}
		if clockTime(tx, toks, j) || hourSpan(tx, toks, j) {
			return true
		}
	}
	return false
}

// atPlace reports a place named after toks[j]: "at the West Wellington
// shop", "at our stall", "at Mill Lane Chapel", "at 12 Mill Lane", "on the
// green", "in the square". "at 6 pm" is a time, and "in the morning" or
// "on the day" a part of one.
func atPlace(tx *lint.Text, toks []lint.Token, j int) bool {
	for ; j+2 < len(toks); j++ {
		switch tx.Norm(&toks[j]) {
		case "at":
			if (tx.Norm(&toks[j+1]) == "the" || tx.Norm(&toks[j+1]) == "our") && toks[j+2].Kind == lint.Word {
				return true
			}
			// a name or a street number: "at Mill Lane Chapel", "at 12 Mill Lane"
			if toks[j+1].Kind == lint.Word && capitalised(tx, toks[j+1]) && !eventDays[tx.Norm(&toks[j+1])] && !eventMonths[tx.Norm(&toks[j+1])] && tx.Norm(&toks[j+1]) != "noon" ||
				toks[j+1].Kind == lint.Number && !clockTime(tx, toks, j+1) && toks[j+2].Kind == lint.Word && capitalised(tx, toks[j+2]) {
				return true
			}
		case "in", "on":
			if (tx.Norm(&toks[j+1]) == "the" || tx.Norm(&toks[j+1]) == "our") && toks[j+2].Kind == lint.Word && !eventTimeNouns[tx.Norm(&toks[j+2])] {
				return true
			}
		}
	}
	return false
}

// eventTimeNouns name a part of the day or a span of time, not a place: "in
// the morning", "on the day".
var eventTimeNouns = wordSet(`morning mornings afternoon afternoons evening evenings night day days weekend weekends
week weeks month months year years hour hours meantime future past first last next same other way`)

// eventCopula reports an event put in the present with "is" or "are"
// and then its time: "The plant sale is from 8 am to 2 pm Saturday at
// the chapel", "The fair is on Saturday". The place and the hours after
// it, which scheduledEvent asks for, make it an event to come to.
func eventCopula(tx *lint.Text, toks []lint.Token, k int) bool {
	switch w := tx.Norm(&toks[k]); {
	case w == "is" || w == "are" || w == "'s" || strings.HasSuffix(w, "'s") && !speakerIs[w]:
		// "The fair's on Saturday", "It's on Saturday from 10 to 4"
	case w == "takes" || w == "take":
		return norm(tx, toks, k+1) == "place" // "The fair takes place on Saturday from 10 to 4 on the green"
	default:
		return false
	}
	w := norm(tx, toks, k+1)
	if w == "being" && norm(tx, toks, k+2) == "held" || w == "happening" {
		return true // "The fair is being held on Saturday …", "is happening on Saturday …"
	}
	return w == "from" || w == "on" && (eventDays[norm(tx, toks, k+2)] || eventMonths[norm(tx, toks, k+2)]) || eventDays[w]
}

// speakerIs are contractions of "is" whose subject is a person, not an
// event: "she's on Saturday from 10 to 4" tells of her shift.
var speakerIs = wordSet(`he's she's who's what's there's here's that's`)

// scheduledFor reports an event set for a time to come at toks[k]: "Our
// next clean-up is scheduled for Saturday, June 1st from 9 am to noon",
// "The plant sale is set for Saturday, May 4, from 10 am to 2 pm". As
// with "will be held", the schedule puts it ahead; "was scheduled for"
// took place or fell through.
func scheduledFor(tx *lint.Text, toks []lint.Token, k int) bool {
	if w := tx.Norm(&toks[k]); w != "is" && w != "are" || !scheduledWords[norm(tx, toks, k+1)] || norm(tx, toks, k+2) != "for" {
		return false
	}
	// "It is scheduled for 6 pm on Tuesday" speaks of the event; "we are
	// booked for …" of the writer
	if k == 0 || toks[k-1].Kind != lint.Word || pronouns[norm(tx, toks, k-1)] && norm(tx, toks, k-1) != "it" || hasWord(tx, toks, k+1, len(toks), "cancelled", "canceled", "postponed") >= 0 {
		return false
	}
	for j := k + 3; j < len(toks) && j <= k+15; j++ {
		if clockTime(tx, toks, j) || hourSpan(tx, toks, j) {
			return true
		}
	}
	return false
}

// scheduledWords put an event on the calendar.
var scheduledWords = wordSet(`scheduled set planned slated booked`)

// presentEventVerbs say an event is under way or starts, in the present
// tense: "the sale continues on Friday from 10 am".
var presentEventVerbs = wordSet(`continues runs starts begins resumes kicks`)

// eventVerbs say an event happens: "will meet", "will take place",
// "will run from 10 am".
var eventVerbs = wordSet(`meet run go start begin take kick`)

// withoutAsides drops the words a sentence sets in parentheses when it
// has words outside them: "drinking water (please bring a refillable
// bottle), sunscreen …" asks in passing, as a note to what the sentence
// says, not as its call. A sentence wholly in parentheses keeps its
// words. The slice is copied only when there is an aside to drop.
func withoutAsides(src []byte, toks []lint.Token) []lint.Token {
	if len(toks) == 0 || toks[0].Start <= 0 || int(toks[len(toks)-1].End) > len(src) {
		return toks
	}
	for i := int(toks[0].Start) - 1; i >= 0 && i >= int(toks[0].Start)-4; i-- {
		if src[i] == '(' {
			return toks // "(Please RSVP by Friday.)"
		} else if src[i] != ' ' {
			break
		}
	}
	var out []lint.Token
	depth := 0
	for k := range toks {
		if k > 0 && toks[k-1].End <= toks[k].Start {
			for _, c := range src[toks[k-1].End:toks[k].Start] {
				switch c {
				case '(':
					depth++
				case ')':
					depth = max(0, depth-1)
				}
			}
		}
		if depth > 0 && out == nil {
			out = append(make([]lint.Token, 0, len(toks)), toks[:k]...)
		}
		if depth == 0 && out != nil {
			out = append(out, toks[k])
		}
	}
	if out == nil {
		return toks
	}
	return out
}

// shoutedLead reports a verb in capitals that leads a sentence in lower
// case, the way a button is written into a line: "CLICK HERE to visit the
// fund's page". A line wholly in capitals ("SHOP NOW", "WAIT!") is a
// banner or a shout, not a step, unless it addresses the reader ("BRING
// YOUR BEST PIE"), reaches the writer ("JOIN US") or names its day.
func shoutedLead(tx *lint.Text, toks []lint.Token, i int) bool {
	// "BRING YOUR BEST PIE" hands the reader something of theirs to
	// bring; "SHOP NOW" is a banner
	if n := norm(tx, toks, i+1); n == "your" || n == "you" || n == "yours" {
		return true
	}
	// "JOIN US ON SATURDAY", "CALL US TODAY", "VISIT OUR STALL": the act
	// reaches the writer or has its day, as a step in lower case does
	if n := norm(tx, toks, i+1); n == "us" || n == "me" || n == "our" || n == "my" || dated(tx, toks[i+1:]) {
		return true
	}
	for j := i + 1; j < len(toks) && j <= i+6; j++ {
		if toks[j].Kind == lint.Word && !lint.AllUpper(tx.Word(&toks[j])) {
			return true
		}
	}
	return false
}

// entryPrice reports the price of getting in and where to pay it:
// "Admission is $5 at the door", "Tickets cost $12 from the box office",
// "Entry is £3 on the gate". Like "Tickets available at the door", it
// tells the reader coming how to get in. A price with no place to pay
// ("Tickets were $12", "Tickets are $12 for adults") reports a fact.
func entryPrice(tx *lint.Text, toks []lint.Token) bool {
	i := skipPunct(toks, 0)
	if !entryNouns[norm(tx, toks, i)] {
		return false
	}
	j := i + 1
	if norm(tx, toks, j) == "will" && norm(tx, toks, j+1) == "be" {
		j += 2
	} else if w := norm(tx, toks, j); w == "is" || w == "are" || w == "cost" || w == "costs" {
		j++
	} else {
		return false
	}
	if j >= len(toks) || toks[j].Currency == 0 && toks[j].Kind != lint.Number && moneyAt(tx, toks, j) == 0 {
		return false // "£5", "5", "five pounds"
	}
	for k := j + 1; k+2 < len(toks) && k <= j+entryPlaceReach; k++ {
		if w := tx.Norm(&toks[k]); (w == "at" || w == "on" || w == "from") && tx.Norm(&toks[k+1]) == "the" && salePoints[tx.Norm(&toks[k+2])] {
			return true
		}
	}
	return false
}

// entryNouns name what a reader pays to get in: the way in a price
// opens, or a ticket for it.
var entryNouns = wordSet(freeEntryNounWords + ` tickets ticket`)

// salePoints are where a reader pays on the day: "at the door", "on the
// gate", "from the box office".
var salePoints = wordSet(`door doors gate gates entrance box desk counter till`)

// entryPlaceReach is how far after a price its place to pay is looked for.
const entryPlaceReach = 6

// regularMeeting reports a group's regular meeting with its time and its
// place, at toks[k]: "We meet on Tuesdays at 7 pm at the Crown", "The
// book group meets every second Thursday at 6:30 pm in the library". A
// club that says when and where it meets tells the reader where to come,
// as opening hours do. A meeting that was ("we met …"), one put as a
// habit of the past or a plan ("we used to meet", "we could meet") or one
// with no place names no door.
func regularMeeting(tx *lint.Text, toks []lint.Token, k int) bool {
	if w := tx.Norm(&toks[k]); w != "meet" && w != "meets" && w != "gather" && w != "gathers" && !meetingNow(tx, toks, k) || k == 0 || toks[k-1].Kind != lint.Word {
		return false
	}
	if p := tx.Norm(&toks[k-1]); p == "to" || auxiliaries[p] && !meetingNow(tx, toks, k) || modal(p) || p == "didn't" || p == "never" || p == "you" || p == "i" || p == "they" {
		return false // "we used to meet", "they could meet": no meeting to come to
	}
	for j := k + 1; j < len(toks) && j <= k+12; j++ {
		if toks[j].Kind == lint.Punct && sentenceEnd(tx, toks[j]) {
			return false
		}
		if clockTime(tx, toks, j) || hourSpan(tx, toks, j) {
			return atPlace(tx, toks, k+1) && hasWord(tx, toks, 0, len(toks), "was", "were", "until", "longer") < 0
		}
	}
	return false
}

// meetingNow reports "meeting" or "gathering" in the present
// progressive at toks[k], which puts a meeting ahead as "meet" does: "We're
// meeting on Tuesday at 7 pm at the Crown".
func meetingNow(tx *lint.Text, toks []lint.Token, k int) bool {
	if w := tx.Norm(&toks[k]); w != "meeting" && w != "gathering" || k == 0 {
		return false
	}
	switch tx.Norm(&toks[k-1]) {
	case "we're", "are", "'re", "is", "'s":
		return true
	}
	return false
}

// thanksAndAsk reports a thanks at toks[k] that goes on, after "and", to
// ask: "Thanks for your interest, and keep checking back here", "Thank
// you for reading, and reply with your questions". A thanks for two
// things ("Thanks for reading and for your gifts") asks nothing.
func (ns *nextStep) thanksAndAsk(tx *lint.Text, toks []lint.Token, k int) bool {
	for j := k + 1; j+1 < len(toks) && j <= k+requestReach; j++ {
		if toks[j].Kind == lint.Punct && tx.Word(&toks[j]) != "," {
			return false
		}
		if tx.Norm(&toks[j]) != "and" {
			continue
		}
		v := skipLeads(tx, toks, j+1)
		w := norm(tx, toks, v)
		// "your patience and support." joins two nouns the thanks is
		// for: a verb that asks takes an object or a place after it
		if after := norm(tx, toks, v+1); v+1 >= len(toks) || toks[v+1].Kind != lint.Word || after == "of" || after == "for" || after == "and" {
			continue
		}
		if ns.verbAt(tx, toks, v) && !conduct(tx, toks, v) && !advice(tx, toks, v) || requestVerbs[w] && !waiting(tx, toks, v) && !conduct(tx, toks, v) {
			return true
		}
	}
	return false
}

package rules

import (
	"strings"

	"github.com/claritynotes/gen/internal/lint"
)

// This file holds the clause-level shapes in which a writer puts a step
// to the reader without an imperative: advice to the reader in a modal
// ("you should go and get a copy"), a moment named as the one to act
// ("this is a great time to try something new") and the writer's wish
// for the reader's act ("we'd love to have you join us"). Each needs an
// act the reader can do: a verb of the action list, or one of the ways
// to come or to give.

// advisedAction reports a main clause that advises the reader to act:
// "You should go out and get a copy", "you might want to consider the
// dwarf sunflower", "you'd better book early", "you'll want to book
// early", "you have to stop in", "you'll have to come to the bash". A
// clause describing
// something ("five shows that you should check out"), a condition ("if
// you should need help") or an act the reader cannot take now ("you
// should have come") does not count.
func (ns *nextStep) advisedAction(tx *lint.Text, toks []lint.Token) bool {
	for k := 0; k+2 < len(toks); k++ {
		w := tx.Norm(&toks[k])
		if w != "you" && w != "you'd" && w != "you'll" {
			continue
		}
		if k > 0 && (relativePronouns[tx.Norm(&toks[k-1])] || conditionWords[tx.Norm(&toks[k-1])] || tx.Norm(&toks[k-1]) == "what") {
			continue
		}
		if k > 1 && whWords[tx.Norm(&toks[k-1])] && topicPrepositions[tx.Norm(&toks[k-2])] {
			continue // "a talk on why you should start early" names a topic; "That's why you should book" advises
		}
		v := -1
		switch {
		case w != "you'll":
			v = adviceModal(tx, toks, k+1)
		default:
			j := k + 1
			for j < len(toks) && toks[j].Kind == lint.Word && adverbial(tx.Norm(&toks[j])) {
				j++ // "you'll just have to visit the site"
			}
			if (norm(tx, toks, j) == "want" || norm(tx, toks, j) == "have") && norm(tx, toks, j+1) == "to" {
				v = j + 2 // "you'll want to book early", "you'll have to come to the bash"
			}
		}
		if v >= 0 && ns.actsAt(tx, toks, v) {
			return true
		}
	}
	return false
}

// topicPrepositions open a clause that names what something is about:
// "a talk on why you should …", "a guide about how you should …".
var topicPrepositions = wordSet(`on about of into regarding explaining`)

// adviceModal returns the index of the verb after a modal of advice that
// starts at toks[i] ("should", "had better", "better" as in "you'd
// better", "might want to", "may want to", "may wish to", "might like
// to", "will want to", "have to",
// "will have to"), past any adverbs, or -1.
func adviceModal(tx *lint.Text, toks []lint.Token, i int) int {
	switch {
	case norm(tx, toks, i) == "should" || norm(tx, toks, i) == "better":
		i++
	case norm(tx, toks, i) == "had" && norm(tx, toks, i+1) == "better":
		i += 2
	case (norm(tx, toks, i) == "might" || norm(tx, toks, i) == "may" || norm(tx, toks, i) == "will") && (norm(tx, toks, i+1) == "want" || norm(tx, toks, i+1) == "wish" || norm(tx, toks, i+1) == "like") && norm(tx, toks, i+2) == "to",
		norm(tx, toks, i) == "will" && norm(tx, toks, i+1) == "have" && norm(tx, toks, i+2) == "to":
		i += 3
	case norm(tx, toks, i) == "will" && i+1 < len(toks) && adverbial(norm(tx, toks, i+1)) && norm(tx, toks, i+2) == "have" && norm(tx, toks, i+3) == "to":
		i += 4 // "you'll just have to visit the site"

	case norm(tx, toks, i) == "have" && norm(tx, toks, i+1) == "to":
		// "you have to stop in": said of anyone it is a truth ("you have
		// to pay for it"), and only an act of the list makes it the
		// reader's step, as after any modal of advice
		i += 2
	case norm(tx, toks, i) == "want" && norm(tx, toks, i+1) == "to" && i >= 2 && norm(tx, toks, i-2) == "if":
		return -1
	default:
		return -1
	}
	for i < len(toks) && toks[i].Kind == lint.Word && adverbial(tx.Norm(&toks[i])) {
		i++ // "you should most definitely go"
	}
	if i >= len(toks) || norm(tx, toks, i) == "have" || norm(tx, toks, i) == "not" || norm(tx, toks, i) == "be" {
		return -1 // "you should have come", "you should not", "you should be proud"
	}
	return i
}

// intensifiers may stand between a modal and its verb.
var intensifiers = wordSet(`most really totally just also still so absolutely all`)

// adverbial reports a word that may stand between an auxiliary and its
// verb: an adverb in -ly or an intensifier ("should most definitely go",
// "we're humbly asking").
func adverbial(w string) bool {
	return strings.HasSuffix(w, "ly") || intensifiers[w]
}

// actsAt reports an act the reader can take at toks[v], reading a verb
// in capitals ("GET THERE") as its word and going past a first verb of
// motion or a first verb that is no act to the one joined to it by
// "and": "go out and get a copy", "cancel your plans and get there".
func (ns *nextStep) actsAt(tx *lint.Text, toks []lint.Token, v int) bool {
	for hops := 0; v < len(toks) && hops < 2; hops++ {
		v = headVerb(tx, toks, v)
		if v >= len(toks) || toks[v].Kind != lint.Word {
			return false
		}
		w := tx.Norm(&toks[v])
		if auxiliaries[norm(tx, toks, v+1)] || norm(tx, toks, v+1) == "not" || waiting(tx, toks, v) {
			return false // "you'll have to keep following the blog" waits for news
		}
		if ns.listedAct(w) {
			if r := norm(tx, toks, v+1); (r == "yourself" || r == "yourselves") && norm(tx, toks, v+2) != "to" {
				// "you better check yourself" warns the reader, as "Ask
				// yourself …" turns them inward; "treat yourself to a
				// tart" still names the act
				return false
			}
			if anythingWanted(tx, toks, v) {
				// "you have to order what you want quickly because items go
				// fast" urges a hurry and names nothing to order, nor where
				return false
			}
			if noStep(tx, toks, v) {
				// "compare the prices", "shop around and not buy the first
				// deal", "read that book you've been putting off", "keep
				// the same day" advise or set a rule; they invite nothing
				return false
			}
			// "see what's still out there" browses; "see the show" names it
			return !(w == "see" || w == "look" || w == "find") || v+1 < len(toks) && toks[v+1].Kind == lint.Word && !pronouns[tx.Norm(&toks[v+1])] && !whWords[tx.Norm(&toks[v+1])]
		}
		// a first verb of its own clause: "go out and", "cancel your plans and"
		and := -1
		for j := v + 1; j < len(toks) && j <= v+14; j++ {
			if toks[j].Kind == lint.Punct && tx.Word(&toks[j]) != "," {
				break
			}
			if tx.Norm(&toks[j]) == "and" {
				and = j
				break
			}
		}
		if and < 0 {
			return false
		}
		v = and + 1
	}
	return false
}

// anythingWanted reports an act at toks[v] whose object is whatever the
// reader wants, with no place or link to take it to: "order what you
// want", "buy whatever you need". "order what you want at the farm
// shop" and a link still say where.
func anythingWanted(tx *lint.Text, toks []lint.Token, v int) bool {
	if w := norm(tx, toks, v+1); w != "what" && w != "whatever" {
		return false
	}
	if w := norm(tx, toks, v+2); w != "you" && w != "you'd" {
		return false
	}
	if hasLink(toks) {
		return false
	}
	for j := v + 3; j < len(toks); j++ {
		switch norm(tx, toks, j) {
		case "at", "from", "through", "via":
			return false
		case "on", "in":
			// "on our website", "in the shop" name a place; "in minutes",
			// "on Monday" name a time
			if w := norm(tx, toks, j+1); w == "the" || w == "our" || w == "my" || w == "their" || w == "this" {
				return false
			}
		}
	}
	return true
}

// whWords open a clause of their own after "see" or "find": "see
// what's out there" names nothing to see.
var whWords = wordSet(`what what's whether if how who which where why`)

// noStep reports a verb at toks[v] that the rule's other checks read as
// advice, a rule of conduct, the reader's own business or a conjunct of
// a negated verb: an act there is no step, after a frame or a modal.
func noStep(tx *lint.Text, toks []lint.Token, v int) bool {
	return advice(tx, toks, v) || negatedConjunct(tx, toks, v) || readersOwn(tx, toks, v) || conduct(tx, toks, v)
}

// negatedConjunct reports a verb phrase joined to a negated one: "shop
// around and not buy the first deal" is advice on how to shop.
func negatedConjunct(tx *lint.Text, toks []lint.Token, v int) bool {
	for j := v + 1; j+1 < len(toks); j++ {
		if toks[j].Kind == lint.Punct && tx.Word(&toks[j]) != "," {
			return false
		}
		if (tx.Norm(&toks[j]) == "and" || tx.Norm(&toks[j]) == "but") && (norm(tx, toks, j+1) == "not" || norm(tx, toks, j+1) == "don't" || norm(tx, toks, j+1) == "never") {
			return true
		}
	}
	return false
}

// actingMoment reports a moment named as the one for the reader to act:
// "this is a lovely week to bring the children along", "It would be a
// great time to try something new", "now is the time to give". A time
// that is past ("it was a great time to visit") or an act that is no
// step ("a good time to reflect") does not count; "to do it" counts
// when the sentence names the reader's act in a condition ("If you've
// been thinking about donating, this would be a good day to do it").
func (ns *nextStep) actingMoment(tx *lint.Text, toks []lint.Token) bool {
	for k := 1; k+2 < len(toks); k++ {
		if !actMomentNouns[tx.Norm(&toks[k])] || norm(tx, toks, k+1) != "to" {
			continue
		}
		// the copula before the noun: "is a great time", "would be the
		// perfect day", "'s the time"; "now is the time" needs no adjective
		j := k - 1
		for j >= 0 && (actMomentWords[tx.Norm(&toks[j])] || tx.Norm(&toks[j]) == "a" || tx.Norm(&toks[j]) == "the") {
			j--
		}
		if j < 0 || j == k-1 {
			continue
		}
		if !presentCopula(tx, toks, j) || !momentSubject(tx, toks, j) {
			continue
		}
		v := k + 2
		// "now is the time to be registering your child": the act in its
		// progressive form
		if norm(tx, toks, v) == "be" && gerundOf(norm(tx, toks, v+1), ns.verbs) != "" {
			return true
		}
		if norm(tx, toks, v) == "do" && (norm(tx, toks, v+1) == "it" || norm(tx, toks, v+1) == "so") {
			return hasWord(tx, toks, 0, k, "if") >= 0 && hasWord(tx, toks, 0, k, "you", "you've", "you're") >= 0
		}
		if ns.actsAt(tx, toks, v) {
			return true
		}
	}
	return false
}

// actMomentNouns name a moment to act.
var actMomentNouns = wordSet(`time day moment chance opportunity week weekend`)

// actMomentWords describe the moment as a good one to act.
var actMomentWords = wordSet(`good great perfect wonderful ideal fine excellent better best right fantastic`)

// presentCopula reports a present or conditional "be" ending at toks[j]:
// "is", "'s", "would be", "will be", "could be".
func presentCopula(tx *lint.Text, toks []lint.Token, j int) bool {
	switch tx.Norm(&toks[j]) {
	case "is", "'s", "it's", "this's", "that's", "now's", "today's":
		return true
	case "be":
		return j > 0 && (norm(tx, toks, j-1) == "would" || norm(tx, toks, j-1) == "will" || norm(tx, toks, j-1) == "could" || norm(tx, toks, j-1) == "might")
	}
	return false
}

// momentSubject reports whether the copula ending at toks[j] has the
// moment of reading for its subject ("this is", "now is", "it would
// be", "today's"): "Black Friday is the ideal time to buy" advises on a
// season, it names no moment the writer offers.
func momentSubject(tx *lint.Text, toks []lint.Token, j int) bool {
	switch tx.Norm(&toks[j]) {
	case "it's", "this's", "that's", "now's", "today's":
		return true
	}
	s := j - 1
	if tx.Norm(&toks[j]) == "be" {
		s = j - 2
	}
	return s >= 0 && deicticSubjects[tx.Norm(&toks[s])]
}

// deicticSubjects point at the moment of reading.
var deicticSubjects = wordSet(`this now today tonight it that`)

// wishedAction reports the writer's wish for the reader's act: "We would
// love to have you join us", "I'd love for you to come", "we'd like you
// to visit". The writer's wish for themselves ("I'd love to sell a
// million copies") names no step of the reader's.
func (ns *nextStep) wishedAction(tx *lint.Text, toks []lint.Token) bool {
	for k := 0; k+3 < len(toks); k++ {
		w := tx.Norm(&toks[k])
		if w != "love" && w != "like" && w != "glad" && w != "happy" && w != "delighted" {
			continue
		}
		j, needTo := k+1, false
		switch {
		case norm(tx, toks, j) == "to" && norm(tx, toks, j+1) == "have":
			j += 2 // "love to have you join"
		case norm(tx, toks, j) == "for":
			j++ // "love for you to come"
			needTo = true
		case w == "love" || w == "like":
			needTo = true // "we'd love you to come"
		default:
			continue
		}
		if norm(tx, toks, j) != "you" {
			continue
		}
		j++
		if norm(tx, toks, j) == "all" {
			j++
		}
		if needTo {
			if norm(tx, toks, j) != "to" {
				continue
			}
			j++
		}
		if j >= len(toks) {
			continue
		}
		// "joins" for "join": a slip of the pen still names the act
		v := tx.Norm(&toks[j])
		if hopedActions[v] || hopedActions[strings.TrimSuffix(v, "s")] || ns.actsAt(tx, toks, j) {
			return true
		}
	}
	return false
}

// inTimeClause reports whether toks[k] stands in a clause opened by one
// of the words given, a few words back with no punctuation between:
// "before you can check out" tells when something happens, "if tickets
// are still available" puts a case; neither is the main clause that
// invites.
func inTimeClause(tx *lint.Text, toks []lint.Token, k int, opener map[string]bool) bool {
	return wordBefore(tx, toks, k, func(w string) bool { return opener[w] })
}

// wordBefore reports whether is accepts one of the four words before
// toks[k], with no punctuation between them and toks[k].
func wordBefore(tx *lint.Text, toks []lint.Token, k int, is func(string) bool) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if toks[j].Kind == lint.Punct {
			return false
		}
		if is(tx.Norm(&toks[j])) {
			return true
		}
	}
	return false
}

// timeClauseWords open a clause that says when the reader does
// something rather than asking them to do it. "If" is not one of them:
// "If you are in town stop by" offers the step.
var timeClauseWords = wordSet(`when whenever before after until once while`)

// pointerClauseWords open a clause in which a resource is a case, not a
// pointer: "the system checks if tickets are still available".
var pointerClauseWords = wordSet(`if whether when whenever before after until once while unless`)

// notToMiss reports the reader urged not to miss something: "Don't miss
// it", "you won't want to miss this", "not to be missed", or reminded of
// it: "Don't forget Cyber Monday is tomorrow". With a date
// beside it, it asks the reader to come; alone it is an exhortation.
func notToMiss(tx *lint.Text, toks []lint.Token) bool {
	for k := range toks {
		if tx.Norm(&toks[k]) == "forget" && norm(tx, toks, k-1) == "don't" && norm(tx, toks, k+1) != "to" && hasWord(tx, toks, 0, k, "we", "i", "they") < 0 {
			return true // "Don't forget Cyber Monday is tomorrow": a reminder, as "don't miss" is
		}
		if tx.Norm(&toks[k]) != "miss" && tx.Norm(&toks[k]) != "missed" {
			continue
		}
		if hasWord(tx, toks, max(0, k-4), k, "don't", "not", "won't", "never", "can't") >= 0 && hasWord(tx, toks, 0, k, "we", "i", "we'll", "i'll", "they") < 0 {
			return true
		}
	}
	return false
}

// dated reports a date still to come in a sentence: a month and a day
// ("June 13th", "24 June"), a weekday, or a time of day. A sentence in
// the past tense tells of a date that is gone.
func dated(tx *lint.Text, toks []lint.Token) bool {
	if hasWord(tx, toks, 0, len(toks), "was", "were", "went", "had") >= 0 {
		return false
	}
	for k := range toks {
		w := tx.Norm(&toks[k])
		if months[w] && (k+1 < len(toks) && dayOfMonth(tx, toks[k+1]) || k > 0 && dayOfMonth(tx, toks[k-1])) && w != "may" {
			return true
		}
		if eventDays[strings.TrimSuffix(w, "s")] || clockTime(tx, toks, k) {
			return true
		}
	}
	return false
}

// dayOfMonth reports a day's number: "13", "13th", "1st".
func dayOfMonth(tx *lint.Text, tk lint.Token) bool {
	if tk.Kind == lint.Number {
		return true
	}
	w := tx.Norm(&tk)
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if d, ok := strings.CutSuffix(w, suf); ok && d != "" && strings.Trim(d, "0123456789") == "" {
			return true
		}
	}
	return false
}

// labelLine reports a paragraph that heads what follows the way a
// heading does: a few words ending in a colon ("Sale details:", "What
// you need to know:"). The section under it is the end of the piece as a
// heading's section is.
func labelLine(t *lint.Text, u lint.Unit) bool {
	return u.Kind == lint.KindParagraph && u.Words > 0 && u.Words <= 4 && u.Tok1 > u.Tok0 && t.Word(&t.Tokens[u.Tok1-1]) == ":"
}

// answer reports a one-word sentence after a question: "A commentary
// track? Check." ticks a list the writer asked; it asks the reader for
// nothing.
func answer(tx *lint.Text, toks, prev []lint.Token) bool {
	words := 0
	for k := range toks {
		if toks[k].Kind != lint.Punct {
			words++
		}
		if toks[k].Link() {
			return false
		}
	}
	return words == 1 && len(prev) > 0 && tx.Word(&prev[len(prev)-1]) == "?"
}

// nounCompound reports a heading of two words, the second an -ing noun:
// "Order processing", "Book signing". It names a topic; "Book a seat"
// or "Order yours" asks for one.
func nounCompound(tx *lint.Text, toks []lint.Token) bool {
	if len(toks) != 2 || toks[1].Kind != lint.Word {
		return false
	}
	w := tx.Norm(&toks[1])
	return len(w) > 5 && strings.HasSuffix(w, "ing")
}

// concessive reports "no matter" or "regardless of" at toks[i]: a
// leading clause like "whatever" or "however" opens, after which the
// main clause may ask.
func concessive(tx *lint.Text, toks []lint.Token, i int) bool {
	return i+2 < len(toks) && (norm(tx, toks, i) == "no" && norm(tx, toks, i+1) == "matter" || norm(tx, toks, i) == "regardless" && norm(tx, toks, i+1) == "of")
}

// actThatHelps reports the reader's act put as the good it does, after a
// condition on the reader: "So if you've been thinking about a yarn club,
// then making that purchase in the next three days will help two
// charities", "if you need a gift, buying it here supports the school".
// Without the condition ("Buying local helps the town") it is a claim.
func (ns *nextStep) actThatHelps(tx *lint.Text, toks []lint.Token) bool {
	i := skipLeads(tx, toks, 0)
	if i >= len(toks) || !readerCondition(tx, toks[i:]) {
		return false
	}
	for k := i + 2; k+1 < len(toks); k++ {
		if norm(tx, toks, k-1) != "then" && tx.Word(&toks[k-1]) != "," {
			continue
		}
		w := tx.Norm(&toks[k])
		act := gerundOf(w, ns.verbs) != ""
		if w == "making" || w == "placing" {
			for j := k + 1; j < len(toks) && j <= k+3; j++ {
				n := tx.Norm(&toks[j])
				act = act || actNouns[n] || actNouns[n+"s"]
			}
		}
		if !act {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+helpReach; j++ {
			if toks[j].Kind == lint.Punct {
				break
			}
			if helpsWords[tx.Norm(&toks[j])] {
				return true
			}
		}
	}
	return false
}

// helpReach is how many words an act's clause is searched for the good
// it does.
const helpReach = 10

// helpsWords name the good a reader's act does.
var helpsWords = wordSet(`help helps support supports benefit benefits`)

package rules

import (
	"strings"

	"github.com/claritynotes/gen/internal/lint"
)

// phraseInvites reports whether the action phrase toks[k:k+n] stands
// where an invitation stands: at the start of a clause ("— take a
// look"), after a lead ("so pop in", "please drop by", "why not swing
// by"), after "you can" ("you can pop in") or after a welcome ("feel free
// to drop in", "we'd love you to come along"). The same words with a
// subject of their own describe, they do not invite: "limited drops show
// up in streetwear", "the Sign up for Alert feature", "whether you write
// back or not", "if you come along".
func phraseInvites(tx *lint.Text, toks []lint.Token, k, n int) bool {
	if k+n < len(toks) && toks[k+n].Joined() {
		return false // "RSVP-ing on time is important" names the act, it asks for none
	}
	if inPagePointer(tx, toks, k) && (norm(tx, toks, k+2) == "out" || hasWordIn(tx, toks, k+1, min(len(toks), k+4), pictureNouns)) {
		// "Check out the photos below", "check this out:" point at the
		// page itself; "check out these tips for the sales" still sends
		// the reader to the tips
		return false
	}
	// a dash is no token: more than a space between two words marks a
	// break ("our work page — take a look")
	if subjectPhrases[tx.Norm(&toks[k])] && pastClause(tx, toks, k) {
		return false // "We were glad to see you there last year" looks back
	}
	if subjectPhrases[tx.Norm(&toks[k])] || k == 0 || toks[k-1].Kind == lint.Punct || toks[k].Start-toks[k-1].End > 1 {
		return !teaser(tx, toks, k+n)
	}
	if skipLeads(tx, toks, 0) == k {
		// the phrase opens the sentence after its leads: "Make sure you
		// stop by on Saturday", "Kindly drop us a line"
		return !teaser(tx, toks, k+n)
	}
	prev := tx.Norm(&toks[k-1])
	if prev == "not" && k >= 3 && (norm(tx, toks, k-2) == "do" || norm(tx, toks, k-2) == "does") && toks[k-3].Kind == lint.Word && !phraseLeads[tx.Norm(&toks[k-3])] {
		return false // "people with a full cart do not check out" tells what they do
	}
	switch {
	case phraseLeads[prev]:
	case readerCondition(tx, toks) && !pronouns[prev] && prev != "to":
		// "If you are out and about stop by to say hi!": the condition
		// needs no comma to end before the invitation

	case modal(prev) || prev == "will" || prev == "might":
		you := hasWord(tx, toks, max(0, k-3), k-1, "you")
		if you < 0 {
			return false // "drops will show up", "we can swing by"
		}
		if you > 0 && relativePronouns[tx.Norm(&toks[you-1])] {
			return false // "five shows that you should check out" describes the shows
		}
	case prev == "to":
		if hasWord(tx, toks, max(0, k-4), k-1, welcomeWords...) < 0 {
			return false // "we plan to head to Bend"
		}
	default:
		return false
	}
	return !teaser(tx, toks, k+n)
}

// pastClause reports a past "was", "were" or "had" earlier in the clause
// that holds toks[k]: the phrase then tells what happened, not what the
// writer asks.
func pastClause(tx *lint.Text, toks []lint.Token, k int) bool {
	for j := k - 1; j >= 0 && toks[j].Kind != lint.Punct; j-- {
		switch tx.Norm(&toks[j]) {
		case "was", "were", "had", "wasn't", "weren't":
			return true
		}
	}
	return false
}

// subjectPhrases start action phrases that carry their own subject or
// speaker: "you're welcome to", "you'll find us", "love to hear from you",
// "we'd like to hear from you", "see you there", "save the date".
var subjectPhrases = wordSet(`you you're you'll love like glad happy see save mark`)

// relativePronouns open a clause that describes a noun: "the shows that
// you should check out" recommends nothing the reader is asked to do now.
var relativePronouns = wordSet(`that which who whom`)

// phraseLeads may stand right before an action phrase that invites.
var phraseLeads = wordSet(`and or then so now just please simply also do not but meantime
meanwhile instead today tonight tomorrow first next finally`)

// welcomeWords before "to" make what follows an invitation: "feel free
// to", "be sure to", "you're invited to", "we'd love you to".
var welcomeWords = []string{"free", "sure", "welcome", "invited", "invite", "encourage", "encouraged",
	"remember", "forget", "want", "like", "love", "urge", "ask", "asked"}

// readerCondition reports a sentence that opens with a condition on the
// reader: "If you are in town …", "When you're nearby …".
func readerCondition(tx *lint.Text, toks []lint.Token) bool {
	i := skipPunct(toks, 0)
	if i+1 >= len(toks) || !conditionWords[tx.Norm(&toks[i])] {
		return false
	}
	switch tx.Norm(&toks[i+1]) {
	case "you", "you're", "you've", "you'd":
		return true
	}
	return false
}

// pronouns are subjects: an action phrase right after one tells what
// someone does ("if you come along", "they show up").
var pronouns = wordSet(`i you we they he she it you'll we'll they'll i'll`)

// teaser reports a promise of more later rather than an invitation now:
// "Tune in next week to find out how we manage!".
func teaser(tx *lint.Text, toks []lint.Token, from int) bool {
	if hasWord(tx, toks, from, len(toks), "soon", "tuned") >= 0 {
		return true
	}
	next := hasWord(tx, toks, from, len(toks), "next")
	if next < 0 || next+1 >= len(toks) || !laterNouns[tx.Norm(&toks[next+1])] {
		return false
	}
	return hasWord(tx, toks, next, len(toks), "find", "see", "hear", "learn") >= 0
}

// laterNouns follow "next" in a promise of more: "next week", "next time".
var laterNouns = wordSet(`week time issue month episode post letter year`)

// requestsReader reports a request the writer makes of the reader:
// "We invite you to submit an application", "we ask that you all keep
// spreading the word", "I encourage you to try it".
func requestsReader(tx *lint.Text, ns *nextStep, toks []lint.Token, k int) bool {
	if ns.invitesAll(tx, toks, k) {
		return true
	}
	if !requestWords[tx.Norm(&toks[k])] {
		return false
	}
	if strings.HasSuffix(tx.Norm(&toks[k]), "ing") && !progressive(tx, toks, k) {
		return false // "a theme in asking you to support us" tells how the writer asked
	}
	j := k + 1
	if norm(tx, toks, j) == "that" {
		j++
	}
	you := norm(tx, toks, j) == "you"
	j = addressee(tx, toks, j)
	if j < 0 {
		return false
	}
	if norm(tx, toks, j) == "to" {
		j++
	} else if !you {
		return false // "we ask all members …" leads to its act with "to"
	}
	if j >= len(toks) {
		return false
	}
	if k > 0 && (tx.Norm(&toks[k-1]) == "not" || tx.Norm(&toks[k-1]) == "never" || tx.Norm(&toks[k-1]) == "don't") {
		return false // "we don't ask you to pay twice"
	}
	for j := k - 1; j >= 0 && j >= k-4 && toks[j].Kind != lint.Punct; j-- {
		if tx.Norm(&toks[j]) == "than" {
			return false // "you gave more than we would ever ask you to give" measures a gift, it asks for none
		}
	}
	v := headVerb(tx, toks, j)
	if conduct(tx, toks, v) {
		return false // "We ask that you keep the same harvest day" sets a rule
	}
	if w := norm(tx, toks, v); (w == "find" || w == "see" || w == "look") && (whWords[norm(tx, toks, v+1)] || pronouns[norm(tx, toks, v+1)]) {
		return false // "I encourage you to find what you love" names nothing to find
	}
	if invitedTo(tx, toks, k, v) {
		return true // "We'd like to invite all parents to the meeting on Tuesday"
	}
	// the writer asking in the first person takes any act: "we're
	// humbly asking you to pitch in"
	return ns.verbAt(tx, toks, v) || requestVerbs[tx.Norm(&toks[v])] || offerVerbs[tx.Norm(&toks[v])] || writerAsks(tx, toks, k) && ns.openAct(tx, toks, v)
}

// addressee returns the index after the readers a request names at
// toks[j], or -1 when it names none: "you" ("you all", "you both"), a
// share of them ("all of you", "those of you who can"), everyone
// ("everyone", "everybody who is able"), or a group of them ("all
// members", "our parents", "current subscribers"). A clause that picks
// out who ("everyone who can") runs to the "to" of the request.
func addressee(tx *lint.Text, toks []lint.Token, j int) int {
	w := norm(tx, toks, j)
	switch {
	case w == "you":
		return afterYou(tx, toks, j)
	case w == "everyone" || w == "everybody":
		j++
	default:
		if w == "all" && norm(tx, toks, j+1) == "our" {
			j++ // "all our members"
		}
		if norm(tx, toks, j) == "our" {
			j++
		}
		n := readerGroup(tx, toks, j)
		if n == 0 && readerGroups[norm(tx, toks, j)] {
			n = 1
		}
		if n == 0 && groupModifiers[norm(tx, toks, j)] && readerGroups[norm(tx, toks, j+1)] {
			n = 2 // "all parents", "new families"
		}
		if n == 0 && (w == "those" || w == "any" || w == "each") && norm(tx, toks, j+1) == "of" && norm(tx, toks, j+2) == "you" {
			n = 3
		}
		if n == 0 {
			return -1
		}
		j += n
	}
	if r := norm(tx, toks, j); r == "who" || r == "that" {
		// "everyone who can to give £5", "all of you who are able to"
		for k := j + 1; k < len(toks) && k <= j+addresseeReach; k++ {
			if toks[k].Kind == lint.Punct {
				return -1
			}
			if tx.Norm(&toks[k]) == "to" {
				return k
			}
		}
		return -1
	}
	return j
}

// addresseeReach bounds the clause that picks out which readers a
// request speaks to: "everyone who is able".
const addresseeReach = 5

// invitedTo reports an invitation to an event rather than to an act,
// "We'd like to invite all parents to the meeting on Tuesday", which
// needs the day the event is on; "we invite you to the table of plenty"
// names none.
func invitedTo(tx *lint.Text, toks []lint.Token, k, v int) bool {
	if !strings.HasPrefix(tx.Norm(&toks[k]), "invit") || v < 1 || norm(tx, toks, v-1) != "to" || !determiners[norm(tx, toks, v)] {
		return false
	}
	for j := v + 1; j < len(toks) && j <= v+invitedReach; j++ {
		if w := tx.Norm(&toks[j]); eventDays[w] || months[w] {
			return true
		}
	}
	return false
}

// invitedReach bounds how far after "invite … to the" the event's day is
// looked for.
const invitedReach = 8

// invitesAll reports an invitation put to every reader, whoever makes
// it: "Church members invite everyone to come out and join them", "the
// club invites the public to tour the garden". An invitation that took
// place ("invited everyone to the party") or names no act asks nothing.
func (ns *nextStep) invitesAll(tx *lint.Text, toks []lint.Token, k int) bool {
	switch tx.Norm(&toks[k]) {
	case "invite", "invites", "encourage", "encourages", "welcome", "welcomes":
	default:
		return false
	}
	j := k + 1
	switch norm(tx, toks, j) {
	case "everyone", "everybody", "all":
		j++
	case "the":
		if w := norm(tx, toks, j+1); w != "public" && w != "community" {
			return false
		}
		j += 2
	default:
		return false
	}
	if norm(tx, toks, j) != "to" || j+1 >= len(toks) {
		return false
	}
	v := headVerb(tx, toks, j+1)
	return ns.listedAct(tx.Norm(&toks[v])) && !noStep(tx, toks, v) || ns.comeAndDo(tx, toks, v)
}

// progressive reports a verb in -ing that the writer is doing now: "we're
// humbly asking", "I am inviting".
func progressive(tx *lint.Text, toks []lint.Token, k int) bool {
	j := k - 1
	for j >= 0 && adverbial(tx.Norm(&toks[j])) {
		j--
	}
	switch norm(tx, toks, j) {
	case "we're", "i'm", "are", "am", "'re", "'m":
		return true
	}
	return false
}

// requestWords ask something of the person named after them.
var requestWords = wordSet(`ask invite encourage urge dare challenge want need like recommend suggest advise
asking inviting encouraging urging`)

// enjoysContent reports an invitation to read or watch something the
// piece points at: "Meantime enjoy this story about the bakers of
// Paris". "Enjoy!", "Enjoy the read!" and "Enjoy the weekend" close a
// letter instead.
func (ns *nextStep) enjoysContent(tx *lint.Text, toks []lint.Token, k int) bool {
	if tx.Norm(&toks[k]) != "enjoy" || skipLeads(tx, toks, 0) != k {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if contentNouns[tx.Norm(&toks[j])] {
			// it points somewhere: a link, or what the story is about
			return hasLink(toks) || contentLeads[norm(tx, toks, j+1)]
		}
		if toks[j].Kind == lint.Punct {
			break
		}
	}
	return false
}

// contentNouns are things a reader reads, watches or listens to.
var contentNouns = wordSet(`story article post video episode interview podcast recording recipe essay
chapter excerpt talk film playlist`)

// contentLeads say what a story is about or where it is from: "this
// story about the bakers of Paris". "Enjoy the read!" and "Enjoy this
// issue" close a letter instead.
var contentLeads = wordSet(`about from by of on with`)

// afterCondition reports an imperative after a condition in the middle
// of a sentence: "I am telling you now, if you want to go, or you think
// you might want to go, buy your tickets now." A list of things done
// ("We bake, read and sleep") has no condition before its verbs.
func (ns *nextStep) afterCondition(tx *lint.Text, toks []lint.Token) bool {
	start := 0 // start of the current comma-separated segment
	conditional := false
	for k := range toks {
		if toks[k].Kind != lint.Punct || tx.Word(&toks[k]) != "," {
			continue
		}
		first := norm(tx, toks, start)
		if first == "but" || first == "and" || first == "so" || first == "yet" {
			first = norm(tx, toks, start+1) // "…, but while we wait, come over"
		}
		switch {
		case conditionWords[first] || first == "while" || first == "whether":
			conditional = true
		case first == "or" || first == "and":
			// "…, or you think you might want to go, …" continues the condition
		default:
			conditional = false
		}
		if conditional && start > 0 && !quotedAt(toks, k+1) && ns.verbAt(tx, toks, skipLeads(tx, toks, k+1)) && (!advice(tx, toks, skipLeads(tx, toks, k+1)) || wish(tx, toks[:k])) {
			return true
		}
		start = k + 1
	}
	return false
}

// unmarkedCondition reports a request after a leading condition or time
// clause ("if", "when", "while", "as soon as", "now that" …) that no
// comma closes. The main clause starts where "then" or a
// request's lead stands ("If you want a copy then just email me", "If you
// have questions feel free to ask"), or where an action verb follows a
// word that ends a phrase, since a verb that belongs to the clause comes
// after its subject, "to", a helper verb, a determiner or a joining word
// instead: "If you are stuck book a call", "When you're ready reply",
// "Once you have read it reply", "If you can help call Sue". The main
// clause is read as a sentence of its own, so what it may not be (a
// rule, advice, a wish) is judged as it is anywhere else.
func (ns *nextStep) unmarkedCondition(tx *lint.Text, toks []lint.Token) bool {
	i := skipPunct(toks, 0)
	if i < len(toks) && coordinators[tx.Norm(&toks[i])] {
		i++ // "So if you can help please call Sue"
	}
	switch w := norm(tx, toks, i); {
	case conditionWords[w] || w == "whether" || w == "while":
	case w == "as" && norm(tx, toks, i+1) == "soon" && norm(tx, toks, i+2) == "as":
		i += 2 // "As soon as you're ready book a call"
	case w == "now" && norm(tx, toks, i+1) == "that":
		i++ // "Now that you know book a call"
	default:
		return false
	}
	// a condition holds a subject and a verb at least: "If you then
	// decide …" puts "then" inside it; a subject of more than one word
	// leaves its verb unknown ("If the kids book a seat …"), so only a
	// lead then marks the main clause
	known := conditionSubjects[norm(tx, toks, i+1)]
	for k := i + 3; k < len(toks) && k <= i+conditionReach; k++ {
		if toks[k].Kind == lint.Punct {
			return false // a comma or a dash closes it, and the readings of a marked condition apply
		}
		if n, _ := mainClauseLeads.Match(tx, toks, k); n > 0 {
			return ns.imperative(tx, toks[k:])
		}
		if known && ns.bareVerbEnds(tx, toks, i, k) {
			return ns.imperative(tx, toks[k:])
		}
		if !known || !endsPhrase(tx, toks, k-1) {
			continue
		}
		v := k
		if w := tx.Norm(&toks[v]); w == "just" || w == "simply" || w == "do" {
			v++ // "If you want a copy just email me"
		}
		if ns.verbAt(tx, toks, v) && toks[v].Kind == lint.Word && !strings.Contains(tx.Norm(&toks[v]), "'") && verbReading(tx, toks, v+1) {
			return ns.imperative(tx, toks[k:])
		}
		// an action phrase opens the main clause as a verb does:
		// "Whenever you're in town stop by the shop"
		if n, _ := actionPhrases.Match(tx, toks, v); n > 0 && !teaser(tx, toks, v+n) {
			return true
		}
	}
	return false
}

// bareVerbEnds reports a leading clause that ends on a verb that often
// takes a bare verb after it ("help", "go", "come") but here stands as
// the clause's own verb after its subject or modal: "If you can help
// email Jo", "Before you go book a seat". The next word must read as an
// imperative with its object, and no subject of another clause may
// follow it ("If you go book a table we will hold it" puts the verb in
// the condition).
func (ns *nextStep) bareVerbEnds(tx *lint.Text, toks []lint.Token, i, k int) bool {
	e := k - 1
	if comeOnWays[norm(tx, toks, e)] {
		e-- // a particle completes the verb: "If you can come along book a slot"
	}
	if e-1 <= i || !clauseEndingVerbs[tx.Norm(&toks[e])] {
		return false
	}
	if before := tx.Norm(&toks[e-1]); !modal(before) && !conditionSubjects[before] {
		return false
	}
	if !ns.verbAt(tx, toks, k) || !verbReading(tx, toks, k+1) {
		return false
	}
	for j := k + 1; j < len(toks); j++ {
		w := tx.Norm(&toks[j])
		if clauseSubjectPronouns[w] || conditionSubjects[w] && (modal(norm(tx, toks, j+1)) || norm(tx, toks, j+1) == "will") {
			return false
		}
	}
	return true
}

// clauseEndingVerbs may close a leading clause although they often take
// a bare verb: "If you can help", "Before you go", "When you come".
var clauseEndingVerbs = wordSet(`help go come`)

// conditionSubjects are the one-word subjects of a leading condition whose
// verb is the next word: "If you are stuck", "When it rains", "If anyone
// can help".
var conditionSubjects = wordSet(`you you're you've you'd you'll it it's they we anyone anybody everyone`)

// endsPhrase reports a word at toks[j] after which a verb of the same
// clause cannot follow: a noun, an adjective, an object or an adverb
// ("stuck", "a copy", "read it"). A subject other than "it" ("if you book"), "to", a
// helper verb, an adverb ("If you then decide …"), a determiner, a
// preposition, a joining word or a verb
// that takes a bare verb after it ("come visit", "help set up") leads
// into a verb of its own clause.
func endsPhrase(tx *lint.Text, toks []lint.Token, j int) bool {
	if j >= 0 && toks[j].Kind == lint.Number {
		return true // an amount or a count closes a phrase: "If you can spare £10 it will …"
	}
	if j < 0 || toks[j].Kind != lint.Word {
		return false
	}
	w := tx.Norm(&toks[j])
	// "it" takes "-s" on a verb of its own, so a bare verb after it
	// starts a clause of its own: "Once you have read it reply"
	return (!pronouns[w] || w == "it") && !speakers[w] && !auxiliaries[w] && !modal(w) && !determiners[w] && !coordinators[w] &&
		!clausePrepositions[w] && !bareVerbTakers[w] && !subordinators[w] && !relativePronouns[w] && !phraseLeads[w] && !adverbial(w) && w != "not" && w != "never" && !strings.HasSuffix(w, "n't")
}

// verbReading reports whether what follows a word at toks[i-1] makes it a
// verb rather than the last noun of the condition: an object ("email
// me", "book a call", "call Sue"), a particle ("get in touch", "drop
// by"), "to" or "and" ("reply to this", "reply and tell me"), or the
// sentence's end. "If you are after a real shop, …" and "if you come to
// the new shop this week" end on a noun.
func verbReading(tx *lint.Text, toks []lint.Token, i int) bool {
	if i >= len(toks) {
		return true
	}
	if toks[i].Kind != lint.Word {
		return tx.Word(&toks[i]) == "." || tx.Word(&toks[i]) == "!"
	}
	w := tx.Norm(&toks[i])
	return objectStarts[w] || w != "this" && determiners[w] || capitalised(tx, toks[i]) && !eventDays[w] && !months[w]
}

// objectStarts open what an imperative takes after it.
var objectStarts = wordSet(`me us him her them it in up by out over along down round around back on to and or
any some all`)

// clausePrepositions lead into a noun, never a verb of the main clause:
// "If you are stuck on book two …".
var clausePrepositions = wordSet(`of at by from into onto about over under than like per via off up out
down across through around along`)

// bareVerbTakers are verbs followed by a bare verb of their own clause:
// "When you come visit us", "If you can help set up", "If you see the
// kids play".
var bareVerbTakers = wordSet(`come go help let make see hear watch would could should might will shall must
please`)

// conditionReach bounds how many words a condition with no comma may run
// before its main clause.
const conditionReach = 16

// mainClauseLeads open the main clause after a condition with no comma:
// none of them can stand inside the condition itself.
var mainClauseLeads = lint.SharedMatcher(lint.ParseList(`then
please
feel free to
don't hesitate to
do not hesitate to`, "lead"))

// conditionWords open a condition or a time clause.
var conditionWords = wordSet(`if when once whenever before after until unless`)

// pleaseAsks reports a request with a verb the action list lacks:
// "please recommend a subscription to a friend". "Please note …", "please
// be aware …", "please make sure you have …" and "please excuse the mess"
// inform, warn or apologise instead, and "please stay tuned", "please
// enjoy" or "please take care" exhort.
func pleaseAsks(tx *lint.Text, toks []lint.Token, v int) bool {
	if v+1 >= len(toks) || toks[v].Kind != lint.Word || toks[v+1].Kind != lint.Word || toks[v].Joined() {
		return false
	}
	w := tx.Norm(&toks[v])
	if w == "remember" && (tx.Norm(&toks[v+1]) == "us" || tx.Norm(&toks[v+1]) == "me") {
		return true // "please remember us for any extra produce" asks for a gift
	}
	if w == "make" && tx.Norm(&toks[v+1]) == "sure" && norm(tx, toks, v+2) != "to" {
		return false // "Please make sure you have checked your order" is a caution
	}
	if waiting(tx, toks, v) {
		return false // "please look out for announcements" asks the reader to wait
	}
	return !pleaseInforms[w] && !auxiliaries[w] && !pronouns[w] && !determiners[w]
}

// pleaseInforms follow "please" without asking for an action: "please
// expect fewer calls from us" tells the reader what will happen.
var pleaseInforms = wordSet(`note be excuse forgive pardon bear understand accept allow kindly rest
know see remember ensure stay enjoy have take wish pray hold continue expect anticipate`)

// determiners start a noun phrase, not a request: "please the crowd" is
// no request either.
var determiners = wordSet(`the a an this that these those my our your their his her its`)

// comeAndDo reports an imperative of motion joined to the action it is
// for, with a vocative or a place between: "So go, fellow learners, and
// peruse the catalogue", "Come down on Saturday and pick your tree".
func (ns *nextStep) comeAndDo(tx *lint.Text, toks []lint.Token, i int) bool {
	if i >= len(toks) || (tx.Norm(&toks[i]) != "go" && tx.Norm(&toks[i]) != "come") || norm(tx, toks, i+1) == "forth" {
		return false // "Go forth and create" sends the reader off with a blessing
	}
	if tx.Norm(&toks[i]) == "go" && (norm(tx, toks, i+1) == "the" || norm(tx, toks, i+1) == "a") {
		return false // "go the whole hog and create …" is an idiom, no trip
	}
	// "come join us", "go see the show": the second verb follows at once
	if ns.verbAt(tx, toks, i+1) && i+2 < len(toks) && toks[i+2].Kind == lint.Word {
		return true
	}
	for j := i + 1; j+1 < len(toks) && j <= i+8; j++ {
		if tx.Norm(&toks[j]) == "and" {
			return ns.verbAt(tx, toks, j+1)
		}
	}
	return false
}

// afterLabel reports an imperative after a label and a colon: "Here's a
// pro tip: start planning your garden now." A list after a colon ("Three
// habits: read, write, rest") is no step.
func (ns *nextStep) afterLabel(tx *lint.Text, toks []lint.Token) bool {
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Kind != lint.Punct || tx.Word(&toks[k]) != ":" {
			continue
		}
		v := skipLeads(tx, toks, k+1)
		if exhortations[norm(tx, toks, v)+" "+norm(tx, toks, v+1)] {
			continue // "My advice: hang in there" cheers, it names no act
		}
		// a label is short ("Pro tip:", "Update for members:"); a whole
		// clause before the colon explains, and what follows spells it
		// out ("there's an easy way to stretch your gift: give when …")
		label := k <= 8 && !fieldLabels[tx.Norm(&toks[k-1])] // "Location: Read Table" names a place
		if label && ns.verbAt(tx, toks, v) && (v+1 >= len(toks) || tx.Word(&toks[v+1]) != ",") && !advice(tx, toks, v) {
			return true
		}
		// after a tip, any verb is advice to the reader: "Here's a tip:
		// label the seeds you bring"; "Tip: the best time is dawn" is not
		if hasWord(tx, toks, max(0, k-4), k, "tip", "tips", "hint", "advice", "suggestion") >= 0 && pleaseAsks(tx, toks, v) {
			return true
		}
	}
	return false
}

// quotedSpeech reports a sentence that is mostly words between double
// quotes: someone's reported speech ("Why don't you share a podcast on
// Monday?" he said), addressed to someone else, not the writer's own
// invitation. A short quoted name inside a request (click "Sign up") is
// no speech.
func quotedSpeech(toks []lint.Token) bool {
	words, quoted := 0, 0
	for k := range toks {
		if toks[k].Kind == lint.Punct {
			continue
		}
		words++
		if toks[k].Quoted() {
			quoted++
		}
	}
	// a sentence wholly inside quotes is speech however short: "Here's
	// our catalog. Choose whenever."
	return quoted >= 3 && 2*quoted >= words || words > 0 && quoted == words
}

// worthATry reports a recommendation of something the reader can go and
// do: "the sale is worth a look-see", "the show is well worth a visit".
// Past experience ("it was worth the trip") tells, it does not recommend.
func worthATry(tx *lint.Text, toks []lint.Token) bool {
	for k := 1; k+2 < len(toks); k++ {
		if tx.Norm(&toks[k]) != "worth" {
			continue
		}
		j := k + 1
		if tx.Norm(&toks[j]) == "a" || tx.Norm(&toks[j]) == "the" || tx.Norm(&toks[j]) == "your" {
			j++
		}
		if j >= len(toks) || !worthNouns[tx.Norm(&toks[j])] {
			continue
		}
		if hasWord(tx, toks, max(0, k-3), k, "was", "were", "been", "wasn't", "weren't", "not", "isn't") >= 0 {
			continue
		}
		return true
	}
	return false
}

// worthNouns are the visits and tries a recommendation can point to.
var worthNouns = wordSet(`look visit trip read listen try watch peek detour stop browse look-see`)

// waiting reports a verb that asks the reader to wait and watch rather
// than act: "look out for announcements", "keep an eye out", "keep an
// eye on the shop's pages", "keep checking the blog", "keep following
// the blog", "watch out for the email", "follow us on social media" (no
// channel named and no link: the reader waits for news).
func waiting(tx *lint.Text, toks []lint.Token, v int) bool {
	switch next := norm(tx, toks, v+1); tx.Norm(&toks[v]) {
	case "look", "watch", "listen":
		// "Watch for our emails", "listen for the quiet answers": the
		// reader waits or attends; nothing is asked of them yet
		if next == "for" && controlToFind(tx, toks, v+2) {
			return false // "Just look for the Renew link" points at where to act now
		}
		if next == "out" || next == "for" {
			return true
		}
		// "Watch our events page for the date" keeps an eye on the
		// writer's pages as "keep an eye on our pages" does, until a
		// link names the page to open
		return tx.Norm(&toks[v]) == "watch" && (next == "our" || next == "my" || next == "the") && (watchedPages[norm(tx, toks, v+2)] || watchedPages[norm(tx, toks, v+3)]) && !hasLink(toks[v:min(len(toks), v+pointerReach)])
	case "keep":
		// "keep an eye on our pages to see what's new" waits as "watch
		// for our emails" does, and "keep following the blog" as "stay
		// tuned" does
		if next == "checking" && norm(tx, toks, v+2) == "back" && checkBackAt(tx, toks, v) {
			return false // "keep checking back here" returns to a place, as "check back here" does
		}
		return next == "checking" || next == "watching" || next == "looking" || next == "following" || next == "visiting" ||
			next == "your" && norm(tx, toks, v+2) == "eyes" || next == "an" && norm(tx, toks, v+2) == "eye"
	case "stay":
		return next == "tuned"
	case "check":
		// "Check back for more soon", "check back on Monday for the
		// winners": the reader comes back to wait for news, as "stay
		// tuned" asks; a link names the page to open
		if hasLink(toks) {
			return false
		}
		if next == "back" {
			// "check back here before you come out", "check back on the
			// Clearance tab" name the place to return to; "Check back for
			// more soon" only waits for more
			return !checkBackAt(tx, toks, v)
		}
		// "Check our Facebook page for updates" waits for news on the
		// writer's pages, as "watch our events page" does; "check the
		// website for the full menu" names what to find there now
		if next != "our" && next != "my" && next != "the" {
			return false
		}
		for j := v + 2; j < len(toks) && j <= v+4; j++ {
			if tx.Norm(&toks[j]) == "for" {
				return watchedPages[norm(tx, toks, j-1)] && newsWords[norm(tx, toks, j+1)]
			}
		}
		return false
	case "follow":
		// "follow us on Instagram" names where to go; "on social media"
		// names nowhere in particular
		if next != "us" && next != "me" && next != "along" || hasLink(toks) {
			return false
		}
		k := hasWord(tx, toks, v+2, min(len(toks), v+5), "social")
		return k >= 0 && norm(tx, toks, k+1) == "media"
	}
	return false
}

// newsWords name news still to come: "for updates", "for announcements".
var newsWords = wordSet(`updates update news announcements announcement`)

// watchedPages are where news will show up, for a reader told to watch
// them: "watch our calendar", "watch the website".
var watchedPages = wordSet(`calendar calendars website site page pages feed feeds blog inbox socials newsletter
channels channel listings schedule`)

// seeYouAt reports a time-and-place invitation: "See you at the market on
// Saturday!", "We hope to see you at the table", "Looking forward to
// seeing you there". "See you next week", "see you soon" and "See you
// Monday" close a letter instead: they name no place to come to.
func seeYouAt(tx *lint.Text, toks []lint.Token) bool {
	for k := 0; k+2 < len(toks); k++ {
		// the writer's wish to have or welcome the reader at a place is
		// one to see them there: "We'd love to have you there", "We look
		// forward to welcoming you on Saturday at the market"
		switch tx.Norm(&toks[k]) {
		case "see", "seeing", "welcome", "welcoming":
		case "have":
			if k == 0 || tx.Norm(&toks[k-1]) != "to" {
				continue // "do we have you at the top of the list?"
			}
		default:
			continue
		}
		// "we hope to see many of you at the open house": some of the
		// readers are the readers, and so are "any and all of you"
		you := k + 1 + partitiveOfYou(tx, toks, k+1)
		if w := norm(tx, toks, you); w != "you" && w != "ya" && w != "y'all" {
			continue
		}
		if hasWord(tx, toks, max(0, k-6), k, "was", "were") >= 0 {
			continue // "It was lovely to see you at the market" looks back
		}
		// a question about the reader's coming, with its day or place:
		// "Will we see you on Sunday?", "Will we see you at the fair?";
		// "Will we see you grow?" names neither
		if k >= 2 && norm(tx, toks, k-1) == "we" && (norm(tx, toks, k-2) == "will" || norm(tx, toks, k-2) == "shall") && (k == 2 || toks[k-3].Kind == lint.Punct) && (dated(tx, toks[you+1:]) || norm(tx, toks, you+1) == "there" || norm(tx, toks, you+1) == "at") {
			return true
		}
		if k > 0 && toks[k-1].Kind == lint.Word && (tx.Norm(&toks[k]) == "see" || tx.Norm(&toks[k]) == "welcome") && !seeLeads[tx.Norm(&toks[k-1])] {
			continue // "you'll see you were right", "we can't wait to see you grow"
		}
		// a sentence may end on "you" with no mark after it ("We hope
		// to see many of you"): the words after it are read bounded
		j := afterYou(tx, toks, you)
		// a place makes it an invitation: "see you at the market (on
		// Saturday)", "see you on Saturday at the fair", "see you
		// there"; a day alone ("See you Monday") closes a letter
		if w := norm(tx, toks, j); w == "there" || hasWord(tx, toks, j, placeAfterDate(tx, toks, j), "at") >= 0 {
			return true
		}
		// an event named after "for" with its day or hour is one too:
		// "hope to see you for the quiz on Wednesday night"; "see you
		// for another issue on Friday" is the letter's own next time
		// "I hope to see you this Friday for our first winter market":
		// the day may come before the event
		for f := j; f < len(toks) && f <= j+seeForReach; f++ {
			if toks[f].Kind == lint.Punct {
				break
			}
			if tx.Norm(&toks[f]) == "for" && eventFor(tx, toks, f+1) && dated(tx, toks[j:]) {
				return true
			}
		}
		// a time of day makes it one too, after a hope: "I hope to see
		// you between 2 and 8 pm"
		if k > 0 && toks[k-1].Kind == lint.Word && seeLeads[tx.Norm(&toks[k-1])] && timeAhead(tx, toks, j) {
			return true
		}
	}
	return false
}

// placeAfterDate returns where the search for the place after "see you"
// stops: four words on, or past a date that comes first ("welcoming you
// on Saturday the 17th at the orchard"), at the clause's end.
func placeAfterDate(tx *lint.Text, toks []lint.Token, j int) int {
	end := min(len(toks), j+4)
	if norm(tx, toks, j) != "on" {
		return end
	}
	for end < len(toks) && end < j+seeForReach && toks[end].Kind != lint.Punct {
		end++
	}
	return min(len(toks), end+1)
}

// seeForReach is how many words may stand between "see you" and the
// "for" that names the event: "see you this Friday for the market".
const seeForReach = 6

// eventFor reports whether the words at toks[i], after "see you for",
// name something to come to rather than the letter's next time or a
// span of time: "the quiz", "trivia", not "another issue", "a while".
func eventFor(tx *lint.Text, toks []lint.Token, i int) bool {
	for i < len(toks) && (toks[i].Kind == lint.Word && (determiners[tx.Norm(&toks[i])] || tx.Norm(&toks[i]) == "another" || tx.Norm(&toks[i]) == "next") || dayOfMonth(tx, toks[i])) {
		i++ // "our 1st winter market": an ordinal counts the event
	}
	if i >= len(toks) || toks[i].Kind != lint.Word {
		return false
	}
	w := tx.Norm(&toks[i])
	return !doneTimes[w] && !eventDays[w] && !lettersNext[w]
}

// lettersNext name the newsletter's own next time after "see you for".
var lettersNext = wordSet(`while bit edition letter newsletter episode chat days weeks months`)

// seeLeads may come right before "see you" in an invitation: "hope to
// see you", "so see you at the fair", "we'd love to see you there".
var seeLeads = wordSet(`to so and then now hope`)

// partitiveOfYou returns how many tokens at toks[i] name part of the
// readers before their "you": 2 for "many of", "some of", "all of", 3
// for "a few of", "a lot of"; 0 otherwise.
func partitiveOfYou(tx *lint.Text, toks []lint.Token, i int) int {
	switch w := norm(tx, toks, i); {
	case partitives[w] && norm(tx, toks, i+1) == "of":
		return 2
	case w == "a" && (norm(tx, toks, i+1) == "few" || norm(tx, toks, i+1) == "lot") && norm(tx, toks, i+2) == "of":
		return 3
	case w == "any" && norm(tx, toks, i+1) == "and" && norm(tx, toks, i+2) == "all" && norm(tx, toks, i+3) == "of":
		return 4 // "I'd love to see any and all of you there"
	}
	return 0
}

// partitives name part of a group: "many of you", "lots of you", "any
// of you", "each of you".
var partitives = wordSet(`many some all lots more most several plenty any each`)

// doorsOpen reports an event's practical start: "Doors open at 7 pm",
// "doors open at noon, first act at one". A door that "opens up
// possibilities" is no event.
func doorsOpen(tx *lint.Text, toks []lint.Token) bool {
	for k := 0; k+2 < len(toks); k++ {
		if tx.Norm(&toks[k]) == "doors" && (tx.Norm(&toks[k+1]) == "open" || tx.Norm(&toks[k+1]) == "opens") && (tx.Norm(&toks[k+2]) == "at" || toks[k+2].Kind == lint.Number) {
			return true
		}
		// "Doors at 7 pm", "Doors 7.30pm": the verb dropped, as a poster
		// drops it; "the doors at the back" name a place
		if tx.Norm(&toks[k]) == "doors" && (k == 0 || toks[k-1].Kind == lint.Punct) && timeAhead(tx, toks, k+1+boolInt(tx.Norm(&toks[k+1]) == "at")) {
			return true
		}
	}
	return false
}

// clauseImperative reports an imperative that opens a clause after a
// comma, a semicolon or a dash with "so" or "then": "Spaces are limited,
// so book early", "Everyone is welcome, so bring a friend". A list of
// things done ("we bake, read the orders, and rest") has no such lead.
func (ns *nextStep) clauseImperative(tx *lint.Text, toks []lint.Token) bool {
	for k := 1; k+2 < len(toks); k++ {
		if tx.Norm(&toks[k]) != "so" && tx.Norm(&toks[k]) != "then" {
			continue
		}
		if toks[k-1].Kind != lint.Punct && toks[k].Start-toks[k-1].End <= 1 && !soThenAct(tx, toks, k) || ns.seriesThen(tx, toks, k) {
			continue // "…and so on", "…and then we left", "study hard, then get a job"
		}
		v := k + 1
		if tx.Norm(&toks[v]) == "just" || tx.Norm(&toks[v]) == "please" || tx.Norm(&toks[v]) == "do" {
			v++
		}
		if ns.verbAt(tx, toks, v) && !advice(tx, toks, v) || requestVerbs[norm(tx, toks, v)] && v+1 < len(toks) && toks[v+1].Kind == lint.Word && !waiting(tx, toks, v) || ns.comeAndDo(tx, toks, v) {
			return true
		}
	}
	return false
}

// soThenAct reports "so" with no comma before it that starts an
// imperative with an object or a trip: "the winner's name is on the
// list so bring a valid ID", "soup or pie as options so come out", or
// one marked by "do" or "please": "so do book soon". "…and so on", "so
// tired" and "do so" have no verb and object after them, and "so do
// you" is no imperative.
func soThenAct(tx *lint.Text, toks []lint.Token, k int) bool {
	if tx.Norm(&toks[k]) != "so" || auxiliaries[tx.Norm(&toks[k-1])] || tx.Norm(&toks[k-1]) == "and" || tx.Norm(&toks[k-1]) == "or" {
		return false
	}
	if w := norm(tx, toks, k+1); (w == "do" || w == "please") && !pronouns[norm(tx, toks, k+2)] {
		return true // "places are limited so do book soon": the emphasis marks the imperative
	}
	o := norm(tx, toks, k+2)
	// "…as options so come out and eat": a trip's particle stands where
	// the object would; "places are limited so book early": the haste
	// it asks for does too
	return determiners[o] || o == "us" || o == "me" || norm(tx, toks, k+1) == "come" && comeOnWays[o] || whenToAct[o] && k+2 == len(toks)-2
}

// whenToAct end a short imperative by saying when to act: "so book
// early", "so order now".
var whenToAct = wordSet(`early now today soon quickly ahead`)

// newcomers are the readers a club or a class welcomes when it asks them
// to come: "Beginners are always welcome", "Walk-ins welcome". "Dogs are
// welcome on the terrace" sets a rule for a visit, it asks for none.
var newcomers = wordSet(`newcomers beginners visitors guests walk-ins non-members`)

// welcomedRanges follow "all" to say whom a session takes: "All ages
// welcome", "all levels are welcome".
var welcomedRanges = wordSet(`ages levels abilities`)

// allWelcome reports the open door of an event: "All are welcome",
// "Everyone is welcome to join", "all welcome", or a welcome to the
// newcomers a club asks to come: "New members are always welcome",
// "Beginners welcome".
func allWelcome(tx *lint.Text, toks []lint.Token) bool {
	for k := 0; k+1 < len(toks); k++ {
		j := k + 1
		w := tx.Norm(&toks[k])
		if toks[j].Joined() && toks[j].Kind == lint.Word {
			w += "-" + tx.Norm(&toks[j]) // "walk-ins", "non-members" come as two words
			j++
		}
		switch {
		case w == "all" && welcomedRanges[norm(tx, toks, j)]:
			j++ // "All ages welcome", "all levels are welcome"
		case w == "all", w == "everyone", w == "everybody", newcomers[w]:
		case w == "new" && (norm(tx, toks, j) == "members" || norm(tx, toks, j) == "faces" || norm(tx, toks, j) == "players" || norm(tx, toks, j) == "singers"):
			j++ // "New members are welcome"
		default:
			continue
		}
		// "open to all ages" may end the sentence with no mark after it
		if w := norm(tx, toks, j); w == "is" || w == "are" || w == "'s" {
			j++
		}
		if norm(tx, toks, j) == "always" || norm(tx, toks, j) == "very" || norm(tx, toks, j) == "most" {
			j++ // "Newcomers are always welcome"
		}
		if norm(tx, toks, j) == "welcome" && norm(tx, toks, j+1) == "to" && rightsHeld[norm(tx, toks, j+2)] && !dated(tx, toks) {
			continue // "Everyone is welcome to an opinion" grants a right, it invites to nothing
		}
		if (norm(tx, toks, j) == "welcome" || norm(tx, toks, j) == "invited" && j+1 >= len(toks)-1) && hasWord(tx, toks, 0, k, "not", "isn't", "aren't") < 0 {
			// "Everyone is invited." stands as "Everyone is welcome." does
			return true
		}
	}
	return false
}

// rightsHeld open what "welcome to" grants rather than where it invites:
// "welcome to an opinion", "welcome to their view"; an event has its
// day or its "the".
var rightsHeld = wordSet(`a an their his her its one's`)

// stillTime reports "There's still time to sign up", "still time to
// book your place": the door is open and the sentence says so.
func (ns *nextStep) stillTime(tx *lint.Text, toks []lint.Token) bool {
	for k := 1; k+2 < len(toks); k++ {
		if tx.Norm(&toks[k+1]) != "to" {
			continue
		}
		// "still time to …", "not too late to …", "never too early to …"
		open := tx.Norm(&toks[k]) == "time" && (tx.Norm(&toks[k-1]) == "still" || readerStillHas(tx, toks, k-1)) ||
			(tx.Norm(&toks[k]) == "late" || tx.Norm(&toks[k]) == "early") && tx.Norm(&toks[k-1]) == "too" && k > 1 && (tx.Norm(&toks[k-2]) == "not" || tx.Norm(&toks[k-2]) == "never")
		if !open {
			continue
		}
		v := headVerb(tx, toks, k+2)
		// "make your interests known" tells the writer something
		return strongActions[tx.Norm(&toks[v])] || offerVerbs[tx.Norm(&toks[v])] || tx.Norm(&toks[v]) == "make" && hasWord(tx, toks, v+1, min(len(toks), v+5), "known") >= 0
	}
	return false
}

// readerStillHas reports the reader said to still have the time named
// after toks[at]: "you still have time", "you've still got time", "you
// still have plenty of time". The writer's own time left ("I still have
// time to order more flour") opens no door to the reader.
func readerStillHas(tx *lint.Text, toks []lint.Token, at int) bool {
	if norm(tx, toks, at) == "of" && norm(tx, toks, at-1) == "plenty" {
		at -= 2
	}
	if w := norm(tx, toks, at); w != "have" && w != "got" {
		return false
	}
	still := false
	j := at - 1
	for ; j >= 0 && j >= at-3; j-- {
		switch norm(tx, toks, j) {
		case "still":
			still = true
			continue
		case "'ve", "have":
			continue
		}
		break
	}
	return still && (norm(tx, toks, j) == "you" || norm(tx, toks, j) == "you've")
}

// welcomeReplies reports what a writer asks readers to send, said to be
// welcome: "Suggestions are welcome at info@…", "Your questions are
// always welcome". "Dogs are welcome on the terrace" asks for nothing.
func welcomeReplies(tx *lint.Text, toks []lint.Token) bool {
	for k := 0; k+2 < len(toks); k++ {
		if !replyNouns[tx.Norm(&toks[k])] {
			continue
		}
		j := k + 1
		if w := norm(tx, toks, j); w == "for" || w == "about" || w == "on" {
			// "Suggestions for next season's talks are welcome"
			for j++; j < len(toks) && j <= k+6 && tx.Norm(&toks[j]) != "are" && tx.Norm(&toks[j]) != "is"; j++ {
			}
		}
		if w := norm(tx, toks, j); w != "are" && w != "is" {
			continue
		}
		j++
		if w := norm(tx, toks, j); w == "always" || w == "very" || w == "most" {
			j++
		}
		if norm(tx, toks, j) == "welcome" {
			return true
		}
	}
	return false
}

// takingOrders reports a sender who says they are open for the reader's
// business: "We are taking bookings for the summer", "now accepting
// entries".
func takingOrders(tx *lint.Text, toks []lint.Token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if (tx.Norm(&toks[k]) == "taking" || tx.Norm(&toks[k]) == "accepting") && openFor[norm(tx, toks, k+1)] {
			// "we will stop taking registrations at 1000" closes the door
			return hasWord(tx, toks, max(0, k-2), k, "not", "no", "longer", "aren't", "isn't", "stopped", "stop", "stops", "cease", "ceased") < 0
		}
	}
	return false
}

// openFor are what a sender takes from readers: bookings, orders, entries.
var openFor = wordSet(`bookings orders reservations entries applications nominations submissions
pre-orders preorders donations registrations sign-ups signups`)

// knowWhere reports the reader pointed back to the writer: "So if you
// need a roving bookshop, you know where to come", "you know where to
// find us", "you know where we are". Knowing where to find something
// else ("now you know where to find the settings") sums up a how-to.
func knowWhere(tx *lint.Text, toks []lint.Token) bool {
	for k := 0; k+3 < len(toks); k++ {
		if tx.Norm(&toks[k]) != "you" || tx.Norm(&toks[k+1]) != "know" || tx.Norm(&toks[k+2]) != "where" {
			continue
		}
		switch norm(tx, toks, k+3) {
		case "to":
			switch norm(tx, toks, k+4) {
			case "come":
				return true
			case "find", "reach":
				o := norm(tx, toks, k+5)
				return o == "us" || o == "me"
			}
		case "we", "i":
			b := norm(tx, toks, k+4)
			return b == "are" || b == "am" || b == "live"
		}
	}
	return false
}

// conditionNamesAct reports a condition on the reader that names an act
// of the list, in the words before a bare "please do": "If you have
// spare tins and can drop them off, then please do". "If you like, please
// do" names none, and a condition on anyone else ("if the shop is open")
// asks the reader nothing.
func (ns *nextStep) conditionNamesAct(tx *lint.Text, lead []lint.Token) bool {
	for k := 0; k+1 < len(lead); k++ {
		if !conditionWords[tx.Norm(&lead[k])] || !strings.HasPrefix(tx.Norm(&lead[k+1]), "you") {
			continue
		}
		for j := k + 2; j < len(lead); j++ {
			w := tx.Norm(&lead[j])
			if ns.listedAct(w) && !noActs[w] && !auxiliaries[w] && (lead[j-1].Kind == lint.Word && (modal(tx.Norm(&lead[j-1])) || strings.HasPrefix(tx.Norm(&lead[j-1]), "you") || tx.Norm(&lead[j-1]) == "to")) {
				return true // "you can drop", "you'd like to give", "if you come"
			}
		}
	}
	return false
}

// controlToFind reports a control on the page or in the email that the
// reader acts through, named at toks[o] after "look for": "the Renew
// link", "the booking button", "the membership tab". One still to come
// ("the form in next week's email", "the link soon") is a wait, as "look
// out for the email" is.
func controlToFind(tx *lint.Text, toks []lint.Token, o int) bool {
	if !determiners[norm(tx, toks, o)] {
		return false
	}
	for j := o + 1; j < len(toks) && j <= o+3; j++ {
		if toks[j].Kind != lint.Word {
			return false
		}
		if pageControls[tx.Norm(&toks[j])] {
			return hasWord(tx, toks, j, len(toks), "next", "soon", "coming", "upcoming", "will", "later") < 0
		}
	}
	return false
}

// pageControls are what a reader clicks to act: a link, a button, a tab.
var pageControls = wordSet(`link button tab form icon`)

// checkBackAt reports a return the sentence sends the reader on to a
// place named in it, "here" or the writer's site, page or tab ("check
// back here before coming out", "we will update the Clearance tab, so
// check back to see what has been added"), with no promise of later
// news ("check back soon", "check back next week for part two").
func checkBackAt(tx *lint.Text, toks []lint.Token, v int) bool {
	if teaser(tx, toks, v) || hasWord(tx, toks, v, len(toks), "later", "tomorrow") >= 0 {
		return false
	}
	for k := v; k < len(toks); k++ {
		w := tx.Norm(&toks[k])
		if eventDays[strings.TrimSuffix(w, "s")] || w == "next" && laterNouns[norm(tx, toks, k+1)] {
			return false // "check back here next week", "check back on Monday for the winners" wait for news
		}
	}
	for k := range toks {
		w := tx.Norm(&toks[k])
		if w == "here" || w == "website" || w == "site" || pageControls[w] || pageControls[strings.TrimSuffix(w, "s")] {
			return true
		}
	}
	return false
}

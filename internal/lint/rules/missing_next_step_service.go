package rules

import (
	"strings"

	"github.com/claritynotes/gen/internal/lint"
)

// serviceCondition reports a sentence that opens with a condition about
// a problem or an exception to the sale: "If you decide to cancel within
// the trial, just email …", "If the product sells out before you buy,
// you can sign up again", "If your order arrives damaged, please notify
// us". What follows is a service instruction for that case, the terms of
// a policy, not an invitation: a condition about the reader's interest
// ("If you have questions, reply", "If you'd like a copy, email me")
// invites.
func serviceCondition(tx *lint.Text, toks []lint.Token) bool {
	i := skipPunct(toks, 0)
	for i < len(toks) && (tx.Norm(&toks[i]) == "so" || tx.Norm(&toks[i]) == "and" || tx.Norm(&toks[i]) == "but" || tx.Norm(&toks[i]) == "also") {
		i++
	}
	if policyCase(tx, toks) {
		return true
	}
	if i >= len(toks) || !serviceOpeners[tx.Norm(&toks[i])] {
		return false
	}
	if readerQuestions(tx, toks, i+1) {
		return false // "Should you have any trouble or any questions, write us" invites the reader's questions
	}
	ongoing := false
	for j := i + 1; j < len(toks) && j <= i+30; j++ {
		if toks[j].Kind == lint.Punct {
			return false // the condition ended without an exception in it
		}
		w := tx.Norm(&toks[j])
		if w == "still" {
			// "If you are still having issues, please contact support": a
			// problem still going on is the one the piece reports, and
			// the reader's report is the step it asks for, not a
			// policy's case
			ongoing = true
		}
		if exceptionWords[w] && !ongoing {
			return true
		}
		// "If you have questions about your order, contact customer
		// service": a case of a purchase already made, not a new step
		// ("If you'd like to know what it means for your account, read
		// …" is the reader's wish, and invites)
		if w == "your" && placedThings[norm(tx, toks, j+1)] && !wish(tx, toks[i:j]) {
			return true
		}
		// "sells out", "sold out", "out of stock"
		if (w == "sells" || w == "sold" || w == "sell") && norm(tx, toks, j+1) == "out" || w == "out" && norm(tx, toks, j+1) == "of" && norm(tx, toks, j+2) == "stock" {
			return true
		}
	}
	return false
}

// readerQuestions reports a condition, from toks[i] to its first
// punctuation, that names the reader's questions or ideas with no
// purchase of theirs ("or have any questions"): the questions are the
// reader's interest, the case of "If you have questions, reply",
// whatever trouble stands beside them. "questions about your order"
// stays a case of service.
func readerQuestions(tx *lint.Text, toks []lint.Token, i int) bool {
	asks := false
	for j := i; j < len(toks) && j <= i+30 && toks[j].Kind != lint.Punct; j++ {
		w := tx.Norm(&toks[j])
		if w == "your" && placedThings[norm(tx, toks, j+1)] {
			return false
		}
		asks = asks || replyNouns[w] && w != "notes" && w != "letters"
	}
	return asks
}

// policyCase reports a sentence that sets a condition anywhere in it and
// names a refund, a cancellation or a reader unable to go on: "If you
// are not able to support us this way, you can request a refund", "…, if
// you are moving, let us know beforehand, as we cannot refund parcels
// sent to old addresses". However the sentence is built, what it asks is
// the terms of a policy for that case.
func policyCase(tx *lint.Text, toks []lint.Token) bool {
	cond, terms := false, false
	for j := range toks {
		switch w := tx.Norm(&toks[j]); {
		case serviceOpeners[w] && w != "once":
			cond = true
		case policyTerms[w], w == "able" && norm(tx, toks, j-1) == "not":
			terms = true
		}
	}
	return cond && terms
}

// policyTerms name the cases of a policy wherever they stand in the
// sentence; the wider exceptionWords ("late", "issue", "cancel") only
// mark one inside the condition, since "the last issue" is a newsletter
// and "cancel your plans and get there" urges the reader on.
var policyTerms = wordSet(`cancellation cancellations refund refunds refunded exchanges damaged
defective faulty complaint complaints dissatisfied unsatisfied unable non-refundable`)

// serviceOpeners open the condition of a service instruction.
var serviceOpeners = wordSet(`if should unless once`)

// exceptionWords name what goes wrong with an order, a booking or a
// product: the case a policy provides for.
var exceptionWords = wordSet(`cancel cancels cancelled canceled cancelling canceling cancellation
refund refunds refunded exchange exchanges damaged defective faulty broken require requires
challenges complaint complaints dissatisfied unsatisfied unhappy lost delayed late unable
withdraw problem problems issue issues trouble difficulty difficulties`)

// placedThings are what a reader already holds with the sender: a
// condition about one of them ("questions about your order") provides
// for a case of service.
var placedThings = wordSet(`order orders membership account subscription booking reservation purchase
delivery shipment parcel package payment invoice refund`)

// gerundOf reads an -ing form as its verb: "registering" → "register",
// "booking" → "book", "giving" → "give", "shopping" → "shop". It returns
// "" for a word that is no -ing form.
func gerundOf(w string, verbs map[string]bool) string {
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok || len(stem) < 2 {
		return ""
	}
	for _, c := range []string{stem, stem + "e", stem[:len(stem)-1]} {
		if verbs[c] {
			return c
		}
	}
	return ""
}

// recommendsAction reports a writer who recommends an action to the
// reader: "we do recommend booking early in the term", "I'd
// suggest booking early". "We recommend this book" names no action.
//
// The act may be named by its noun, "We suggest bookings for the quiz
// night", "Bookings are recommended", or put to the reader in the
// passive, "it is recommended (that) you book ahead". "Tickets are recommended by
// critics" and "it is recommended that you be fit" name no act.
func (ns *nextStep) recommendsAction(tx *lint.Text, toks []lint.Token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	if k > 0 && (tx.Norm(&toks[k-1]) == "not" || tx.Norm(&toks[k-1]) == "don't" || tx.Norm(&toks[k-1]) == "never") {
		return false
	}
	w := tx.Norm(&toks[k])
	if recommendedWords[w] {
		return recommendedToReader(tx, ns, toks, k)
	}
	if actNouns[w] {
		return recommendedAct(tx, toks, k)
	}
	if !recommendWords[w] {
		return false
	}
	if ns.gerundAct(tx, toks, k+1) {
		return true // "we highly recommend purchasing travel insurance"
	}
	// "we suggest bookings for the quiz night", "I recommend advance
	// bookings for groups": the act's noun, then the sentence's end or a setting
	j := k + 1
	if advanceWords[norm(tx, toks, j)] {
		j++
	}
	return actNouns[norm(tx, toks, j)] && (j+1 == len(toks) || toks[j+1].Kind == lint.Punct || settingWords[norm(tx, toks, j+1)])
}

// recommendedAct reports the act's noun at toks[k] recommended in the
// passive: "Reservations are strongly recommended", "Advance bookings
// are suggested for groups". An agent after it ("… recommended by the
// critics") praises instead.
func recommendedAct(tx *lint.Text, toks []lint.Token, k int) bool {
	j := k + 1
	if w := norm(tx, toks, j); w == "early" || w == "ahead" {
		j++ // "Booking early is recommended"
	}
	if w := norm(tx, toks, j); w != "are" && w != "is" {
		return false
	}
	j++
	for j < len(toks) && degreeAdverbs[tx.Norm(&toks[j])] {
		j++
	}
	return recommendedWords[norm(tx, toks, j)] && norm(tx, toks, j+1) != "by"
}

// recommendedToReader reports a recommendation put to the reader in the
// passive: "it is recommended you book ahead", "it's suggested that
// you bring a lamp". toks[k] is the participle.
func recommendedToReader(tx *lint.Text, ns *nextStep, toks []lint.Token, k int) bool {
	if k < 2 || !(norm(tx, toks, k-1) == "is" && norm(tx, toks, k-2) == "it") && norm(tx, toks, k-1) != "it's" {
		return false
	}
	j := k + 1
	if norm(tx, toks, j) == "that" {
		j++
	}
	if norm(tx, toks, j) != "you" {
		return false
	}
	// the writer's own word is on the advice, so how-to verbs count
	// here as they do after "we recommend": "bring a lamp", "book ahead"
	return ns.verbAt(tx, toks, j+1) && !conduct(tx, toks, j+1)
}

// recommendWords advise the reader to act.
var recommendWords = wordSet(`recommend recommends suggest suggests advise`)

// recommendedWords put advice in the passive: "reservations are
// recommended".
var recommendedWords = wordSet(`recommended suggested advised encouraged`)

// advanceWords qualify a booking: "advance reservations".
var advanceWords = wordSet(`advance early advanced online`)

// settingWords may follow a recommended act's noun: "for groups", "at
// weekends", "if you are coming".
var settingWords = wordSet(`for at on if as during when in`)

// degreeAdverbs strengthen a passive recommendation.
var degreeAdverbs = wordSet(`strongly highly very always also definitely`)

// thanksInAdvance reports thanks given before the act, which asks for it:
// "Thank you in advance for being as generous as you can today".
func thanksInAdvance(tx *lint.Text, toks []lint.Token, k int) bool {
	j := k + 1
	if tx.Norm(&toks[k]) == "thank" {
		if norm(tx, toks, j) != "you" {
			return false
		}
		j++
	} else if tx.Norm(&toks[k]) != "thanks" {
		return false
	}
	return norm(tx, toks, j) == "in" && norm(tx, toks, j+1) == "advance" && norm(tx, toks, j+2) == "for"
}

// consequenceClause reports "you can …" as the consequence of a
// statement before it, not an invitation: "So you can get new music and
// eat while you do it", "it has little Christmas in it, you can listen
// to it any time". A clause after a condition ("If you want the slides,
// you can download them") or one that points at a place or a link ("…,
// you can book at the door") still invites.
func consequenceClause(tx *lint.Text, toks []lint.Token, k, v int) bool {
	if k == 0 || hasLink(toks) {
		return false
	}
	if hasWord(tx, toks, v+1, len(toks), "here", "below", "at", "online", "from", "via") >= 0 {
		return false
	}
	if tx.Norm(&toks[k-1]) == "so" {
		return true
	}
	if tx.Word(&toks[k-1]) != "," {
		return false
	}
	first := skipLeads(tx, toks, 0)
	if first >= k-1 || subordinators[tx.Norm(&toks[first])] || conditionWords[tx.Norm(&toks[first])] || hasWord(tx, toks, 0, k, "if", "when", "whenever") >= 0 {
		return false
	}
	// the clause before the comma has a subject and a verb of its own
	// ("it has so little Christmas in it, you can …"); a phrase of place
	// ("Through our online shop, you can pre-order …") sets the scene
	for j := first; j < k-1; j++ {
		if clauseSubjects[tx.Norm(&toks[j])] {
			return true
		}
	}
	return false
}

// clauseSubjects show that a stretch of words is a clause with a subject.
var clauseSubjects = wordSet(`i we it they he she it's that's there's we're they're we've i've`)

// pleaseSeries reports a request whose verbs come as a list: "please,
// kind souls, bang, click and prod – and send your thoughts". Any action
// verb among the list's items makes the request.
func (ns *nextStep) pleaseSeries(tx *lint.Text, toks []lint.Token, v int) bool {
	for items := 0; v < len(toks) && items < 6; items++ {
		if ns.verbAt(tx, toks, v) {
			return true
		}
		// the next item after ", ", "and", "or" or a dash
		j := v + 1
		if j < len(toks) && tx.Word(&toks[j]) == "," {
			j++
		}
		if j < len(toks) && (tx.Norm(&toks[j]) == "and" || tx.Norm(&toks[j]) == "or") {
			j++
		}
		if j == v+1 && (j >= len(toks) || toks[j].Start-toks[v].End <= 1) {
			return false // no list separator: the request has ended
		}
		if j >= len(toks) || toks[j].Kind != lint.Word {
			return false
		}
		v = j
	}
	return false
}

// offerFormula reports "Buy one, get one free" and its kin: an
// imperative pair that states the terms of a deal ("Buy one fear, get
// three more thrown in"), not a step to take.
func offerFormula(tx *lint.Text, toks []lint.Token, i int) bool {
	if norm(tx, toks, i) != "buy" || i+1 >= len(toks) || toks[i+1].Kind != lint.Number && !numberWords[tx.Norm(&toks[i+1])] {
		return false
	}
	for j := i + 2; j+1 < len(toks) && j <= i+6; j++ {
		if tx.Word(&toks[j]) != "," && tx.Norm(&toks[j]) != "and" {
			continue
		}
		// "…, get three more", "…, you'll get five more", "… and gain"
		k := j + 1
		for k < len(toks) && (tx.Norm(&toks[k]) == "and" || tx.Norm(&toks[k]) == "you'll" || tx.Norm(&toks[k]) == "you") {
			k++
		}
		if norm(tx, toks, k) == "will" {
			k++
		}
		return norm(tx, toks, k) == "get" || norm(tx, toks, k) == "gain"
	}
	return false
}

// numberWords spell small counts.
var numberWords = wordSet(`one two three four five`)

// seriesThen reports "then" that continues a list of steps someone else
// is said to take ("the only way is to go to school, study hard, then get
// a job"): the item before it starts with a bare verb after a comma. An
// imperative sentence ("Read the guide, then book") is caught at its
// start instead.
func (ns *nextStep) seriesThen(tx *lint.Text, toks []lint.Token, k int) bool {
	if tx.Norm(&toks[k]) != "then" || tx.Word(&toks[k-1]) != "," {
		return false
	}
	// the item before "then" and the one before it: short, and opening
	// with a verb rather than a subject ("study hard", "get good grades")
	items := 0
	end := k - 1
	for j := k - 2; j >= 0 && items < 2; j-- {
		if tx.Word(&toks[j]) != "," {
			continue
		}
		item := toks[j+1 : end]
		if len(item) == 0 || len(item) > 4 || item[0].Kind != lint.Word || pronouns[tx.Norm(&item[0])] || determiners[tx.Norm(&item[0])] || auxiliaries[tx.Norm(&item[0])] {
			return false
		}
		items++
		end = j
	}
	return items == 2
}

// youWillFind reports a pointer put as what the reader will find: "You
// will find the renewal products in the store here", "you'll find the
// form below".
func (ns *nextStep) youWillFind(tx *lint.Text, toks []lint.Token, k int) bool {
	v := k + 1
	switch {
	case tx.Norm(&toks[k]) == "you'll":
	case tx.Norm(&toks[k]) == "you" && norm(tx, toks, v) == "will":
		v++
	default:
		return false
	}
	if norm(tx, toks, v) != "find" {
		return false
	}
	return hasLink(toks[v:]) || hasWord(tx, toks, v+1, len(toks), "here", "below") >= 0
}

// headlineBreak reports a dash or a bar between two words of a headline,
// which starts a new phrase: "Be part of the story—pre-order now!", "Our
// spring sale | Book a table".
func headlineBreak(src []byte, from, to int) bool {
	if from < 0 || to > len(src) || from >= to {
		return false
	}
	gap := string(src[from:to])
	return strings.ContainsAny(gap, "—–|") || strings.Contains(gap, " - ")
}

// advice reports an imperative that tells the reader how to do the
// topic's task, not what to do with or for the writer: "Use short
// subject lines", "compare the price to the recent floor", "If your
// platform supports timers, use one". It invites only when it points
// somewhere (a link, "here", "below") or names the writer ("use our
// calculator", "test it and tell me").
func advice(tx *lint.Text, toks []lint.Token, v int) bool {
	v = headVerb(tx, toks, v)
	if v >= len(toks) {
		return false
	}
	return adviceOf(tx, toks, v, tx.Norm(&toks[v]))
}

// adviceOf is advice for the verb verb standing at toks[v], which may
// spell it in another form: "worth using the filter" is the advice "use
// the filter".
func adviceOf(tx *lint.Text, toks []lint.Token, v int, verb string) bool {
	if !adviceVerbs[verb] || hasLink(toks) {
		return false
	}
	// inPhrase is whether toks[j] is still in the verb's own phrase, before
	// any punctuation or a word that opens a clause of its own
	inPhrase := true
	for j := v + 1; j < len(toks); j++ {
		switch tx.Norm(&toks[j]) {
		case "here", "below", "me", "us", "our", "my", "i", "we":
			return false
		}
		if toks[j].Kind == lint.Punct || clauseOpeners[tx.Norm(&toks[j])] {
			inPhrase = false
		}
		if inPhrase && readerGoal(tx, toks, j) {
			return false
		}
		if resourceNouns[tx.Norm(&toks[j])] || replyNouns[tx.Norm(&toks[j])] {
			return false // "use the form", "send your thoughts"
		}
		if inPhrase && (toks[j].Currency != 0 || moneyWords[tx.Norm(&toks[j])]) {
			return false // "send them a few dollars" gives; it is no step of a task
		}
		if verb == "send" && tx.Norm(&toks[j]) == "to" {
			return false // "send it to the desk" reaches someone; "send half the list one version" tests
		}
	}
	return true
}

// readerGoal reports the reader named at toks[j], within the verb's own
// phrase (the caller stops at punctuation or a clause's opener), as its
// object or where the act lands: "re-add yourself to the waiting list",
// "add the gathering to your calendar", "choose the method that reaches
// you fastest". The act then places the reader in the sender's service;
// a tip for the reader's own task names the task instead ("use that
// feature"), and a "you" in a clause of its own ("before you decide",
// "and you've got a full house") is no goal of the act.
func readerGoal(tx *lint.Text, toks []lint.Token, j int) bool {
	switch tx.Norm(&toks[j]) {
	case "you", "your", "yourself", "yourselves":
	default:
		return false
	}
	// a subject "you" starts a clause of its own: "before you decide"
	return tx.Norm(&toks[j]) != "you" || j+1 >= len(toks) || !toks[j+1].IsWord() || !subjectVerbAfterYou(tx.Norm(&toks[j+1]))
}

// clauseOpeners start a clause inside a sentence, whose words are no part
// of the verb phrase before it.
var clauseOpeners = wordSet(`and but or before after when while if unless until because since so as than`)

// subjectVerbAfterYou reports a word that makes the "you" before it a
// subject: "you decide", "you will", "you've".
func subjectVerbAfterYou(w string) bool {
	switch w {
	case "will", "can", "could", "would", "should", "may", "might", "must", "are", "were", "have", "had", "do", "did", "need", "want", "decide", "know", "find", "get":
		return true
	}
	return false
}

// moneyWords name money a reader sends: "send them a few bucks".
var moneyWords = wordSet(`dollars bucks pounds quid euros pennies cents`)

// adviceVerbs are the steps of a task the reader does on their own:
// how-to instructions rather than invitations.
var adviceVerbs = wordSet(`use compare create delete remove replace rewrite run test choose decide
prepare practise practice plan match list name note enable switch restart install pack add send`)

// phrasalStart reports link text that opens with a phrasal verb, the
// way a button reads: "[Set up your first snippet](…) — the guide walks
// you through it". A name or a noun phrase ("[The annual report](…)")
// has no particle after its first word.
func phrasalStart(tx *lint.Text, toks []lint.Token) bool {
	if len(toks) < 3 || toks[0].Kind != lint.Word || determiners[tx.Norm(&toks[0])] || pronouns[tx.Norm(&toks[0])] || auxiliaries[tx.Norm(&toks[0])] {
		return false
	}
	switch tx.Norm(&toks[1]) {
	case "up", "in", "out", "on", "off", "over":
		return toks[2].Kind == lint.Word
	}
	return false
}

// wish reports a leading clause about what the reader wants: after "If
// you want extra games with the early benefits, …" even a how-to step
// ("simply add one to your pledge") answers the reader's wish.
func wish(tx *lint.Text, lead []lint.Token) bool {
	return hasWord(tx, lead, 0, len(lead), "want", "wants", "like", "wish", "interested", "keen") >= 0
}

// wishWords between "if you" and "to" make the condition the reader's
// wish or readiness: "if you want to", "if you feel moved to", "if you
// are able to".
var wishWords = []string{"want", "like", "wish", "love", "moved", "able", "keen", "care", "inclined",
	"interested", "prefer", "need", "plan", "free", "ready", "happen"}

// templateText reports a paragraph that holds a fill-in placeholder such
// as "[First Name]" or "[X]%": a template the piece shows the reader, so
// its "Shop now" is an example, not the writer's invitation. Link text
// ("[the guide](…)") and reference links ("[guide][1]") are no
// placeholders, and neither are the "[at]" and "[dot]" of an address
// spelled out to hide it from robots.
func templateText(src []byte, from, to int) bool {
	if from < 0 || to > len(src) || from >= to {
		return false
	}
	text := src[from:to]
	for i := 0; i < len(text); i++ {
		if text[i] != '[' {
			continue
		}
		j := i + 1
		for j < len(text) && j-i <= 30 && (text[j] == ' ' || text[j] >= 'A' && text[j] <= 'Z' || text[j] >= 'a' && text[j] <= 'z' || text[j] >= '0' && text[j] <= '9') {
			j++
		}
		if j == i+1 || j >= len(text) || text[j] != ']' {
			continue
		}
		if j+1 < len(text) && (text[j+1] == '(' || text[j+1] == '[') {
			continue
		}
		if w := strings.ToLower(string(text[i+1 : j])); w == "at" || w == "dot" {
			continue // "jo [AT] example [DOT] org" spells out an address, hidden from robots
		}
		if text[i+1] >= 'A' && text[i+1] <= 'Z' {
			return true // "[First Name]", "[X]", "[Product 1]"
		}
	}
	return false
}

// justGoThere reports "just" or "simply" before any verb that sends the
// reader to a named place: "Just hunt the book down on Amazon", "simply
// ask for it at Harbour Books". The lead marks the imperative, and the
// place makes it a step, whatever the verb.
func justGoThere(tx *lint.Text, toks []lint.Token, i int) bool {
	if i == 0 || i+2 >= len(toks) || tx.Norm(&toks[i-1]) != "just" && tx.Norm(&toks[i-1]) != "simply" {
		return false
	}
	w := tx.Norm(&toks[i])
	if toks[i].Kind != lint.Word || auxiliaries[w] || pronouns[w] || determiners[w] || pleaseInforms[w] ||
		strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || w == "so" || w == "like" || w == "because" {
		return false
	}
	for j := i + 1; j+1 < len(toks); j++ {
		switch tx.Norm(&toks[j]) {
		case "on", "at", "from":
			next := toks[j+1]
			if next.Link() || next.Kind == lint.Word && initialUpper(tx.Word(&next)) {
				return true
			}
		}
	}
	return false
}

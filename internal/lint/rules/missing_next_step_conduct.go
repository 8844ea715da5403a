package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claritynotes/gen/internal/lint"
)

// conduct reports a request at toks[v] that sets a rule for people who
// already take part, rather than inviting a step: a prohibition ("please
// don't take from the labelled boxes"), a call for care ("please pay
// attention to which box you take"), an arrival window ("please arrive
// within your time slot") or keeping things as they are ("we ask that
// you keep the same pick-up day"). "Keep spreading the word" goes on
// acting, so it still invites.
func conduct(tx *lint.Text, toks []lint.Token, v int) bool {
	if v >= len(toks) {
		return false
	}
	next := norm(tx, toks, v+1)
	switch tx.Norm(&toks[v]) {
	case "don't", "never", "not":
		// "don't hesitate to email us", "don't forget to register" urge
		// the step itself
		return !urgedByNegation[next]
	case "refrain", "avoid":
		return true
	case "do":
		return next == "not" && !urgedByNegation[norm(tx, toks, v+2)]
	case "pay":
		return next == "attention" || next == "close"
	case "arrive", "park", "adhere", "comply", "abide", "obey":
		return true // "please adhere to all rules"
	case "follow", "observe", "respect":
		// "please follow the posted guidelines"; "please follow us" invites
		return hasWord(tx, toks, v+1, min(len(toks), v+5), "rules", "rule", "guidelines", "instructions", "signs", "directions", "policy", "policies", "regulations") >= 0
	case "keep", "maintain", "remain":
		return !strings.HasSuffix(next, "ing") && next != "in" && next != "up"
	case "read", "check", "review":
		return caution(tx, toks, v)
	}
	return false
}

// caution reports a read at toks[v] that warns rather than invites: the
// terms of a deal ("read the fine print", "check the small print",
// "please read the terms"), or any text read with care ("read your
// emails carefully"). It guards the reader against a mistake; "read the
// full story here" and "check the schedule" still ask for a step.
func caution(tx *lint.Text, toks []lint.Token, v int) bool {
	o := v + 1
	for o < len(toks) && o <= v+3 && (determiners[norm(tx, toks, o)] || norm(tx, toks, o) == "all" || norm(tx, toks, o) == "any") {
		o++
	}
	w := norm(tx, toks, o)
	if (w == "fine" || w == "small") && norm(tx, toks, o+1) == "print" || termsNouns[w] {
		return true
	}
	// the care is named after the object: "read your emails carefully"
	return hasWord(tx, toks, v+1, min(len(toks), v+cautionReach), "carefully", "thoroughly") >= 0
}

// termsNouns are the text a deal or a service binds the reader to.
var termsNouns = wordSet(`terms conditions disclaimer disclaimers exclusions restrictions`)

// cautionReach bounds how far after a read its "carefully" is looked for.
const cautionReach = 6

// urgedByNegation follow "don't" in a request that urges a step rather
// than forbidding one.
var urgedByNegation = wordSet(`hesitate forget miss wait delay be`)

// stepFrame reports a next step named as the reader's step: "Your final
// step is to send payment", "All you need to do is reply", "All you
// have to do is pick a date", or as the piece's lesson: "So today's
// lesson is to stay on top of your renewals, purchase time in bulk …".
func (ns *nextStep) stepFrame(tx *lint.Text, toks []lint.Token) bool {
	for k := 0; k+3 < len(toks); k++ {
		v := -1
		switch {
		case k > 0 && lessonNouns[tx.Norm(&toks[k])] && counselOwned(tx, toks, k):
			// the lesson drawn for the reader: any act of a series counts,
			// "to stay on top of your renewals, purchase time in bulk";
			// the lesson's noun may take a phrase before its verb, "A safe
			// bet for anyone shipping abroad is to post by Friday"
			is := counselIsTo(tx, toks, k)
			if is < 0 {
				continue
			}
			// the old lesson frames ("today's lesson is to …", "my advice
			// is to …") take any act of a series; a bet or a suggestion,
			// or a lesson with a phrase before its verb ("the best advice
			// I ever got is to …"), only a concrete one
			if is == k+1 && lessonNouns[tx.Norm(&toks[k])] && !counselNouns[tx.Norm(&toks[k])] && ns.seriesAct(tx, toks, is+2) ||
				ns.counselSeries(tx, toks, is+2) {
				return true
			}
			continue
		case tx.Norm(&toks[k]) == "your" && stepOrder[tx.Norm(&toks[k+1])] && tx.Norm(&toks[k+2]) == "step" && norm(tx, toks, k+3) == "is":
			v = k + 4
		case tx.Norm(&toks[k]) == "all" && tx.Norm(&toks[k+1]) == "you" && (tx.Norm(&toks[k+2]) == "need" || tx.Norm(&toks[k+2]) == "have") &&
			norm(tx, toks, k+3) == "to" && norm(tx, toks, k+4) == "do" && norm(tx, toks, k+5) == "is":
			v = k + 6
		case tx.Norm(&toks[k]) == "all" && tx.Norm(&toks[k+1]) == "you" && tx.Norm(&toks[k+2]) == "need" &&
			norm(tx, toks, k+3) == "do" && norm(tx, toks, k+4) == "is":
			// "All you need do is reply": "need" takes the bare verb as a
			// modal does
			v = k + 5
		default:
			continue
		}
		if norm(tx, toks, v) == "to" || norm(tx, toks, v) == "simply" || norm(tx, toks, v) == "just" {
			v++
		}
		v = headVerb(tx, toks, v)
		if v < len(toks) && (ns.verbs[tx.Norm(&toks[v])] || requestVerbs[tx.Norm(&toks[v])] || offerVerbs[tx.Norm(&toks[v])]) && !conduct(tx, toks, v) {
			return true
		}
	}
	return false
}

// lessonNouns name what a piece leaves the reader to do.
var lessonNouns = wordSet(`lesson advice takeaway tip moral ` + counselNounWords)

// counselNouns are the lesson nouns that name a shopper's or a
// member's counsel rather than a moral: "your best bet", "our
// suggestion".
var counselNouns = wordSet(counselNounWords)

const counselNounWords = `bet suggestion recommendation`

// counselSeries is seriesAct for concrete acts only: "A safe bet is to
// post by Friday"; "the best advice I ever got is to take it slow"
// muses.
func (ns *nextStep) counselSeries(tx *lint.Text, toks []lint.Token, v int) bool {
	for k := v; k < len(toks) && k <= v+seriesReach; k++ {
		if k > v && tx.Word(&toks[k-1]) != "," && norm(tx, toks, k-1) != "and" && norm(tx, toks, k-1) != "or" {
			continue
		}
		if w := tx.Norm(&toks[headVerb(tx, toks, k)]); concreteActs[w] && !conduct(tx, toks, k) {
			return true
		}
	}
	return false
}

// counselOwned reports a lesson's noun at toks[k] drawn by the piece:
// "today's lesson", "my advice", "our top tip", "a safe bet", "your best
// bet". Someone's own ("his advice", "your lesson") is not the piece's,
// and a bare article needs a word that grades the counsel ("a tip" may
// be anyone's).
func counselOwned(tx *lint.Text, toks []lint.Token, k int) bool {
	j := k - 1
	for j >= 0 && counselGrades[tx.Norm(&toks[j])] {
		j--
	}
	if j < 0 {
		return false
	}
	w := tx.Norm(&toks[j])
	return lessonOwners(w) || j < k-1 && (w == "a" || w == "your")
}

// counselGrades stand between a lesson's owner and its noun: "our top
// tip", "your best bet", "one last piece of advice" is left out.
var counselGrades = wordSet(`top best safe safest good great main big biggest key final last one only
simple quick`)

// counselIsTo returns the index of "is" in "is to" after a lesson's noun
// at toks[k], within counselReach words of one clause, or -1.
func counselIsTo(tx *lint.Text, toks []lint.Token, k int) int {
	for j := k + 1; j+1 < len(toks) && j <= k+counselReach; j++ {
		if toks[j].Kind == lint.Punct && tx.Word(&toks[j]) != "," {
			return -1
		}
		if tx.Norm(&toks[j]) == "is" {
			if tx.Norm(&toks[j+1]) == "to" {
				return j
			}
			return -1 // "my advice is simple: …" or a verb of the phrase's own
		}
	}
	return -1
}

// counselReach is how many words may stand between a lesson's noun and
// its "is to": "A safe bet for anyone shipping abroad is to …".
const counselReach = 20

// lessonOwners stand before a lesson the piece draws: "today's lesson",
// "my advice", "the takeaway". "Your lesson" or "his advice" is
// someone's own.
func lessonOwners(w string) bool {
	return w == "the" || w == "my" || w == "our" || w == "today's" || w == "week's" || w == "this" || w == "one"
}

// seriesAct reports an act among the verbs of a series that starts at
// toks[v] ("stay on top of your renewals, purchase time in bulk and keep
// your email up to date"): its first verb or one right after a comma or
// "and"/"or", within seriesReach words.
func (ns *nextStep) seriesAct(tx *lint.Text, toks []lint.Token, v int) bool {
	for k := v; k < len(toks) && k <= v+seriesReach; k++ {
		if k > v && tx.Word(&toks[k-1]) != "," && norm(tx, toks, k-1) != "and" && norm(tx, toks, k-1) != "or" {
			continue
		}
		if w := tx.Norm(&toks[headVerb(tx, toks, k)]); (ns.verbs[w] || requestVerbs[w]) && !conduct(tx, toks, k) {
			return true
		}
	}
	return false
}

// seriesReach is how many words a lesson's series of acts is searched.
const seriesReach = 40

// stepOrder names a step in a sequence the reader follows.
var stepOrder = wordSet(`next first final last only`)

// calendarHold reports an imperative that puts a date in the reader's
// calendar: "So hang on to that Saturday in your calendar", "pencil
// the 3rd into your diary". The same words about the writer's own
// calendar ("I keep it in my calendar") invite nothing.
func calendarHold(tx *lint.Text, toks []lint.Token) bool {
	i := skipLeads(tx, toks, 0)
	if i >= len(toks) || !calendarVerbs[tx.Norm(&toks[i])] || auxiliaries[norm(tx, toks, i+1)] {
		return false
	}
	// the date itself may be the object: "Pencil in June 3", "Mark
	// Saturday the 17th", "Hold the evening of the 5th"
	if o := i + 1 + boolInt(calendarParticles[norm(tx, toks, i+1)]); datedVerbs[tx.Norm(&toks[i])] && o < len(toks) && (dated(tx, toks[o:min(len(toks), o+3)]) || ordinalDate(tx, toks, o)) {
		return true
	}
	for j := i + 1; j+1 < len(toks); j++ {
		if toks[j].Kind == lint.Punct {
			return false
		}
		if tx.Norm(&toks[j]) == "your" && calendarNouns[tx.Norm(&toks[j+1])] {
			return true
		}
	}
	return false
}

// calendarVerbs put a date somewhere to keep it.
var calendarVerbs = wordSet(`keep hold hang put pencil mark block add write note pop stick jot save`)

// ordinalDate reports "the 17th" at toks[i]: a day of the month named by
// its ordinal; "the 3 boxes" counts things.
func ordinalDate(tx *lint.Text, toks []lint.Token, i int) bool {
	return norm(tx, toks, i) == "the" && i+1 < len(toks) && toks[i+1].Kind == lint.Word && dayOfMonth(tx, toks[i+1])
}

// datedVerbs take a date as their object: "pencil in June 3", "mark
// Saturday"; "keep" and "hang" do not ("Keep warm on Saturday").
var datedVerbs = wordSet(`pencil mark block hold save note jot`)

// calendarParticles stand between a calendar verb and its date: "pencil
// in", "block out", "note down".
var calendarParticles = wordSet(`in out down off`)

// boolInt is 1 for true and 0 for false.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// calendarNouns keep the reader's dates.
var calendarNouns = wordSet(`calendar calendars diary diaries schedule planner agenda`)

// readersOwn reports an imperative whose object is the reader's own
// unfinished business, "Take time to try that recipe you've been putting
// off", "finally read the book you bought last year": advice for their
// life, not a step with the writer. It still invites when it links or
// names the writer.
func readersOwn(tx *lint.Text, toks []lint.Token, v int) bool {
	if hasLink(toks) {
		return false
	}
	for j := v + 1; j+1 < len(toks) && j <= v+8; j++ {
		switch tx.Norm(&toks[j]) {
		case "us", "our", "me", "my", "here", "below":
			return false
		case "that", "those", "the":
			// a noun or two, then the reader as the subject of a
			// clause that describes it, with no relative pronoun
			for n := j + 2; n < len(toks) && n <= j+3; n++ {
				if tx.Norm(&toks[n]) == "you've" || tx.Norm(&toks[n]) == "you" && (norm(tx, toks, n+1) == "have" || norm(tx, toks, n+1) == "keep") {
					return hasWord(tx, toks, n, len(toks), "us", "our", "me", "my") < 0
				}
				if toks[n].Kind != lint.Word {
					break
				}
			}
		}
		if toks[j].Kind == lint.Punct {
			return false
		}
	}
	return false
}

// titleName reports a capitalised verb that starts a name rather than an
// imperative: "Post Office closure plans are based on usage", "Book
// Club meets on Tuesdays". The verb and the next word are both
// capitalised, and the clause goes on to a verb of its own before any
// comma; "Visit Main Street Books, which is open late" still invites.
func titleName(tx *lint.Text, toks []lint.Token, i int) bool {
	if titleWithSmallWords(tx, toks, i) {
		return true
	}
	if i+1 >= len(toks) || toks[i+1].Kind != lint.Word || !capitalised(tx, toks[i]) || !capitalised(tx, toks[i+1]) || toks[i+1].Quoted() || pronouns[tx.Norm(&toks[i+1])] || tx.Norm(&toks[i+1]) == "us" {
		return false
	}
	for j := i + 2; j < len(toks); j++ {
		if toks[j].Kind == lint.Punct {
			return false
		}
		if finiteVerbs[tx.Norm(&toks[j])] {
			return true
		}
	}
	return false
}

// modifiesSubject reports a verb's form that describes the plural noun
// after it, the subject of a verb of its own: "Open houses are great for
// the party season", "open sources started giving hints". An imperative
// has no subject, so a plural noun right after it with a finite verb
// straight after that is no object. Verbs that take a clause ("Check
// dates are right", "Remember seats are limited") still ask.
func modifiesSubject(tx *lint.Text, toks []lint.Token, i int) bool {
	if i+2 >= len(toks) || toks[i+1].Kind != lint.Word || toks[i+2].Kind != lint.Word || clauseVerbs[tx.Norm(&toks[i])] {
		return false
	}
	noun := tx.Norm(&toks[i+1])
	if determiners[noun] || pronouns[noun] || noun == "us" || len(noun) < 4 || !strings.HasSuffix(noun, "s") || strings.HasSuffix(noun, "ss") {
		return false
	}
	switch v := tx.Norm(&toks[i+2]); v {
	case "are", "were", "have", "had":
		return true
	case "will":
		// "Pre-order windows will be brief": the noun is the subject
		// of the future, as of "are"
		return norm(tx, toks, i+3) == "be" || norm(tx, toks, i+3) == "not"
	default:
		// "open sources started", "search parties went out"
		return len(v) > 4 && strings.HasSuffix(v, "ed") || irregularPasts[v]
	}
}

// irregularPasts are past forms without "-ed" that show the word before
// them is a subject: "search parties went out at dawn".
var irregularPasts = wordSet(`went came found took made got gave ran began grew kept left met sold brought
bought sent spent told thought saw stood sat fell`)

// datedName reports a verb that opens a capitalised name set before a
// date after a dash or a colon, as a list of events gives it: "Book
// Fair — 11/27 & 28", "Shop Small Saturday: Nov 30". "Book Now – 2 for
// 1" and "Join Us: 6 pm" still ask, as the word after the verb is no noun.
func datedName(tx *lint.Text, toks []lint.Token, i int) bool {
	if i+2 >= len(toks) || !capitalised(tx, toks[i]) || toks[i+1].Kind != lint.Word || !capitalised(tx, toks[i+1]) {
		return false
	}
	if w := tx.Norm(&toks[i+1]); determiners[w] || pronouns[w] || buttonWords[w] {
		return false
	}
	j := i + 2
	for j < len(toks) && j < i+6 && toks[j].Kind == lint.Word && capitalised(tx, toks[j]) && !dashGap(tx.Gap(&toks[j-1], &toks[j])) {
		j++
	}
	if j >= len(toks) {
		return false
	}
	colon := toks[j].Kind == lint.Punct && tx.Word(&toks[j]) == ":"
	if colon {
		j++
	} else if !dashGap(tx.Gap(&toks[j-1], &toks[j])) {
		return false
	}
	if j < len(toks) && toks[j].Kind == lint.Word && (eventMonths[tx.Norm(&toks[j])] || eventDays[tx.Norm(&toks[j])]) {
		j++
	}
	return j < len(toks) && toks[j].Kind == lint.Number
}

// buttonWords follow a verb on a button, "Book Now", "Sign Up", "Join
// Us": the verb asks, it names nothing.
var buttonWords = wordSet(`now today tonight here more up in on online us early soon away out back below there
in-store instore ahead together`)

// clauseVerbs take a clause as their object: "Check the dates are right".
var clauseVerbs = wordSet(`check see make remember note ensure know find imagine think`)

// titleWithSmallWords reports a title that starts with a verb and
// runs on through small words to a capitalised one, used before a noun
// as a name: "Come to the Moon attendees will revel …" names the gala,
// it does not send the reader to the moon. Up to two lower-case words
// may follow the title before the clause's own verb; a pronoun or "and"
// starts a clause of the reader's ("Come to the Fair and you will see").
func titleWithSmallWords(tx *lint.Text, toks []lint.Token, i int) bool {
	if !capitalised(tx, toks[i]) {
		return false
	}
	j := i + 1
	for j < len(toks) && j <= i+3 && titleSmallWords[tx.Norm(&toks[j])] && !capitalised(tx, toks[j]) {
		j++
	}
	if j == i+1 || j >= len(toks) || toks[j].Kind != lint.Word || !capitalised(tx, toks[j]) {
		return false
	}
	// a title is a few words: the walk stays short however long the
	// sentence, as verbAt may run at many of its words
	for end := j + 6; j < len(toks) && j < end && capitalised(tx, toks[j]); j++ {
	}
	for n := 0; j < len(toks) && n <= 2; j, n = j+1, n+1 {
		w := tx.Norm(&toks[j])
		if toks[j].Kind != lint.Word || pronouns[w] || w == "and" || w == "or" {
			return false
		}
		if finiteVerbs[w] {
			return n > 0 // the name's noun stands between: "… Moon attendees will"
		}
	}
	return false
}

// titleSmallWords stay lower case inside a title: "Come to the Moon".
var titleSmallWords = wordSet(`to the of a an in on at for and with`)

// finiteVerbs show a clause has a subject: "… plans are based on …".
var finiteVerbs = wordSet(`is are was were has have had will meets meet runs opens closes`)

// capitalised reports a word with an initial capital that is not set
// wholly in capitals: a name, not a shout.
func capitalised(tx *lint.Text, tk lint.Token) bool {
	return initialUpper(tx.Word(&tk)) && !lint.AllUpper(tx.Word(&tk))
}

// initialUpper reports whether s starts with an upper-case letter.
func initialUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// adviceSeries reports a paragraph of three or more short imperatives
// that neither link nor name the writer or a place to act: "Play board
// games. Put together a puzzle. Read a book together." is advice for
// the reader's own days, not a step. A series that reaches the writer
// ("Reply to this letter. Tell me what you think.") still invites.
func (ns *nextStep) adviceSeries(t *lint.Text, u lint.Unit) bool {
	n := 0
	for k := u.Tok0; k < u.Tok1; {
		s := t.Sentences[t.Tokens[k].Sentence]
		toks := t.Tokens[s.Tok0:s.Tok1]
		k = s.Tok1
		if len(toks) > 12 || !ns.verbAt(t, toks, skipLeads(t, toks, 0)) {
			continue
		}
		if hasLink(toks) {
			return false
		}
		for _, tk := range toks {
			if writerWords[t.Norm(&tk)] || resourceNouns[t.Norm(&tk)] {
				return false
			}
		}
		n++
	}
	return n >= 3
}

// writerWords name the writer or a place the writer points to.
var writerWords = wordSet(`me us our my i we here below above`)

// inPagePointer reports a verb of looking that points at something on
// the page itself, not at a step to take after it: "Look at that red
// scarf with the tassels", "Please see the photo below for the colours". A
// link, or a place named after the thing ("look at our menu on the
// site"), still sends the reader somewhere.
func inPagePointer(tx *lint.Text, toks []lint.Token, i int) bool {
	// verbAt runs at many words of a sentence: the look stays within a
	// few words of the verb, so a long sentence stays linear
	end := min(len(toks), i+pointerReach)
	switch tx.Norm(&toks[i]) {
	case "take":
		// "take some time to go over the notes in this newsletter": the
		// time is spent on the page itself
		j := i + 1
		for j < i+4 && timeAmounts[norm(tx, toks, j)] {
			j++
		}
		if timeSpans[norm(tx, toks, j)] && norm(tx, toks, j+1) == "to" && j+2 < len(toks) && tx.Norm(&toks[j+2]) != "take" {
			return inPagePointer(tx, toks, j+2)
		}
		return false
	case "read", "review", "go", "skim":
		// "go over the information in this newsletter", "read through
		// the notes below": reading what is on the page is no step after it
		j := i + 1
		if norm(tx, toks, j) == "over" || norm(tx, toks, j) == "through" {
			j++
		} else if tx.Norm(&toks[i]) == "go" {
			return false
		}
		return !hasLink(toks[i:end]) && onThisPage(tx, toks, j, clauseStop(tx, toks, j, end))
	case "look", "check", "see", "view":
		// "look at that …", "check out these …", "check this out": a
		// demonstrative points at a picture beside the words
		j := i + 1
		if norm(tx, toks, j) == "out" || norm(tx, toks, j) == "at" {
			j++
		}
		demonstrative := false
		switch norm(tx, toks, j) {
		case "that", "this", "these", "those":
			demonstrative = j > i+1 || norm(tx, toks, j+1) == "out" && tx.Norm(&toks[i]) == "check"
		}
		if demonstrative {
			// the place is looked for in the clause: after a dash or a
			// colon comes what "this" is, "Check this out - our permit
			// for the days at the fair"
			stop := clauseStop(tx, toks, j+1, end)
			return !hasLink(toks[i:end]) && hasWord(tx, toks, j+1, stop, "on", "at", "online", "here", "below", "above") < 0
		}
		// "see (the) photo below", "check out the photos below": a
		// picture above or below is on the page
		if j == i+1 && tx.Norm(&toks[i]) != "see" && tx.Norm(&toks[i]) != "view" {
			return false
		}
		if determiners[norm(tx, toks, j)] {
			j++
		}
		if !pictureNouns[norm(tx, toks, j)] {
			return false
		}
		w := norm(tx, toks, j+1)
		return (w == "below" || w == "above") && !hasLink(toks[i:end])
	}
	return false
}

// onThisPage reports a place on the page itself in toks[from:to]: "in
// this newsletter", "on this page", "below".
func onThisPage(tx *lint.Text, toks []lint.Token, from, to int) bool {
	for k := from; k < to; k++ {
		switch tx.Norm(&toks[k]) {
		case "below", "above":
			return true
		case "in", "on", "throughout":
			if norm(tx, toks, k+1) == "this" && pageNouns[norm(tx, toks, k+2)] {
				return true
			}
		}
	}
	return false
}

// timeAmounts and timeSpans make up "some time", "a few minutes".
var (
	timeAmounts = wordSet(`some the a few couple of little`)
	timeSpans   = wordSet(`time moment moments minute minutes`)
)

// pageNouns name the piece the reader is reading.
var pageNouns = wordSet(`newsletter page post email letter issue update edition bulletin`)

// clauseStop is where the clause that starts at toks[from] ends before
// to: at a colon or a semicolon, or at a dash, which is no token but a
// gap between two words.
func clauseStop(tx *lint.Text, toks []lint.Token, from, to int) int {
	for k := from; k < to; k++ {
		if toks[k].Kind == lint.Punct && (tx.Word(&toks[k]) == ":" || tx.Word(&toks[k]) == ";") {
			return k
		}
		if k > 0 && dashGap(tx.Gap(&toks[k-1], &toks[k])) {
			return k
		}
	}
	return to
}

// pointerReach is how far after a verb of looking a pointer's place or
// link is looked for.
const pointerReach = 16

// pictureNouns are what a page shows beside its words.
var pictureNouns = wordSet(`photo photos picture pictures image images example examples chart charts graph
table diagram video`)

// supposition reports a verb that opens a supposition or a concession
// rather than an imperative: "say you sell ten candles" supposes as
// "suppose you sell" does; "try as we might", "search as I may" concede. "Say hello
// to the team" still asks.
func supposition(tx *lint.Text, toks []lint.Token, i int) bool {
	next := norm(tx, toks, i+1)
	if tx.Norm(&toks[i]) == "say" && (next == "you" || next == "we" || next == "i" || next == "they" || next == "someone" || next == "somebody") {
		// a clause follows: "say you sell", not "say you're welcome"
		return i+2 < len(toks) && toks[i+2].Kind == lint.Word && !auxiliaries[norm(tx, toks, i+2)] || next != "you"
	}
	if next == "as" {
		switch norm(tx, toks, i+2) {
		case "i", "we", "you", "they", "he", "she":
			switch norm(tx, toks, i+3) {
			case "may", "might", "will", "would", "could", "can", "did", "do", "must":
				return true
			}
		}
	}
	return false
}

// graspVerb reports "get" meaning to understand: "get a sense of the
// costs", "get a clear idea of the place".
// "Get a ticket" is an act.
func graspVerb(tx *lint.Text, toks []lint.Token, i int) bool {
	if tx.Norm(&toks[i]) != "get" {
		return false
	}
	j := i + 1
	if w := norm(tx, toks, j); w != "a" && w != "an" && w != "the" && w != "some" {
		return false
	}
	j++
	if j < len(toks) && toks[j].Kind == lint.Word && !graspNouns[tx.Norm(&toks[j])] {
		j++ // "a clear picture", "a better sense"
	}
	return graspNouns[norm(tx, toks, j)]
}

// graspNouns name an understanding one gets, not a thing one takes.
var graspNouns = wordSet(`picture idea sense feel feeling understanding glimpse grasp handle notion impression`)

// subjectAdverbVerb reports a verb's form that starts a subject whose
// own verb follows an adverb: "Book club also meets on Tuesdays", "Open
// studio time still runs on Fridays". An imperative
// has no verb of its own after its object ("Open the box and check the
// parts"). The look is a few words long.
func subjectAdverbVerb(tx *lint.Text, toks []lint.Token, i int) bool {
	for j := i + 1; j+1 < len(toks) && j <= i+4; j++ {
		w := tx.Norm(&toks[j])
		if toks[j].Kind != lint.Word || determiners[w] || pronouns[w] || w == "us" || w == "me" || w == "and" || w == "or" {
			return false
		}
		if j > i+1 && subjectAdverbs[w] {
			v := tx.Norm(&toks[j+1])
			return v == "is" || v == "has" || len(v) > 3 && strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss") && !strings.HasSuffix(v, "ous")
		}
	}
	return false
}

// subjectAdverbs stand between a subject and its verb: "also allows",
// "still meets".
var subjectAdverbs = wordSet(`also still often usually always really rarely sometimes never`)

// hasWordIn reports whether a word of toks[from:to] is in set.
func hasWordIn(tx *lint.Text, toks []lint.Token, from, to int, set map[string]bool) bool {
	for k := from; k < to; k++ {
		if set[tx.Norm(&toks[k])] {
			return true
		}
	}
	return false
}

package rules

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/claritynotes/gen/internal/lint"
)

// PitchHeavy flags clusters of hype, pressure and hard sell.
var PitchHeavy = lint.Register(&lint.Rule{
	ID:       "pitch-heavy",
	Severity: lint.SeverityError,
	Core:     true,
	Summary:  "Hype, pressure and hard sell cluster: the copy pushes instead of helping",
	Doc:      pitchDoc(),
	Brief:    pitchBrief(),
	Why: `Pressure makes readers defensive, and superlatives they cannot check read as
noise. Facts, a real deadline and an honest offer earn more trust and more clicks.`,
	Before: "HURRY!!! Our revolutionary, best-in-class planner is 50% off — TODAY ONLY!",
	After:  "The planner is 50% off until Sunday at midnight (UTC). It syncs with your calendar in two clicks.",
	Settings: []lint.Setting{
		{Name: "paragraphSignals", Default: defaultParagraphSignals, Doc: "distinct signals in one paragraph that make it pitch-heavy"},
		{Name: "density", Default: defaultDensity, Doc: "signals per 100 words over the whole piece that make it pitch-heavy"},
		{Name: "minSignals", Default: 3, Doc: "fewest signals in the whole piece for the density test (three times as many for the families test)"},
		{Name: "pressure", Default: 4, Doc: "distinct signals of pressure on the reader's time (deadlines, scarcity, urgency, loss), of two kinds or more, that make a piece pitch-heavy at half the density"},
		{Name: "families", Default: 5, Doc: "kinds of pressure in the whole piece that make it pitch-heavy, however long it is"},
		{Name: "hype", Default: []string(nil), Doc: "extra hype words and phrases"},
		{Name: "urgency", Default: []string(nil), Doc: "extra pressure and urgency phrases"},
		{Name: "hardsell", Default: []string(nil), Doc: "extra hard-sell phrases"},
		{Name: "acronyms", Default: []string(nil), Doc: "extra capitalised names and acronyms that are not shouting"},
	},
	Retired: map[string]string{
		"spread": "remove it: pressure on the reader's time and wallet spread thin through a piece is judged by density and pressure now (gen lint --explain pitch-heavy)",
	},
	Build: buildPitchHeavy,
})

// The defaults of the two thresholds a writer meets first, named here
// because the brief quotes them.
const (
	defaultParagraphSignals = 3
	defaultDensity          = 1.6
)

// pitchBrief says in short what pitch-heavy counts and when it fires.
func pitchBrief() string {
	var b strings.Builder
	b.WriteString("Counts signals of pressure, hype and hard sell, by family:\n")
	for _, f := range pitchFamilyDocs {
		fmt.Fprintf(&b, "  - %s: %s\n", f.fam, f.short)
	}
	fmt.Fprintf(&b, `It fires where signals cluster: %d or more distinct signals in one paragraph,
or about %g per 100 words over the whole piece (less when several kinds of
pressure on the reader's time come together). One mild word in calm copy never
fires; a calm sale's prices count as one signal, and so do its deadlines.
Block quotes and code are someone else's words and never count.`,
		defaultParagraphSignals, defaultDensity)
	return b.String()
}

// pitchDoc says what pitch-heavy looks for, with an example of each family.
func pitchDoc() string {
	var b strings.Builder
	b.WriteString(`Finds pitch signals by family, from the shape of the words around a cue word
rather than from a list of exact phrases:
`)
	for _, f := range pitchFamilyDocs {
		fmt.Fprintf(&b, "  - %s: %s\n", f.fam, f.example)
	}
	b.WriteString(`Pressure aimed at "you" counts the same as pressure about "us", and signals of
one family that touch are one phrase, one signal: "a Money-Back Guarantee"
promises once. Blocks set in
capitals (a notice or policy typed in capitals) use them as a typeface: together
they are one raised voice, not a shout per line; so do lines wholly in capitals
(3 words or more) when a piece has three or more of them, as a ticket page that
sets its headings and notices in capitals does, and questions typed in capitals
that open or head their answers, two or more ("WHEN DOES THE POOL REOPEN? On
3 May."), as a page of questions and answers sets them. Block quotes and code are
quoted material and never count, but a phrase in quotation marks within the
writer's own paragraph ("Hurry!", "only 48 hours left!") is read as it stands.
A piece that writes about pitch (three or more uses of two or more words such as urgency,
scarcity, FOMO, countdown, tactic, manipulation, ads, commercials) mentions the
pressure and the offers it discusses: there only its praise, promises and
shouting count.
A calm sale names its prices and its end date: all the price anchors of a piece
count as one distinct signal, and so do all its deadlines; but an offer talked
up with an intensifier or a run of exclamation marks ("a massive 60% discount!!",
"completely free") counts on its own.
It fires on a paragraph with 3 or more distinct signals (a run of short
paragraphs, under 60 words together, is read as one; a paragraph's capitals
and marks are one raised voice, but each further run of marks raises it
again: "for us!! What a day!!!" is two, and with two runs its capitals
shout too (but runs of marks with nothing else beside them, "We did it!!
Thank you all!!!", are joy said loudly: one voice); and a paragraph that shouts three
times or more in a piece that exclaims, "THIS weekend, the CAKE WALK, the
kids LOVE it!", shouts each time), on a piece with 1.6 or
more distinct signals per 100 words (and at least 3 in all, exclamation marks
counted once; with deadlines and prices counted once, each run of exclamation
marks on its own, and each run of capitals on its own in a piece that shouts
with runs of marks, but the capitals of one paragraph as one raised voice in a
piece that does not, that is about two per 100 words as a reader counts them),
on a piece with 4 distinct signals of pressure on the reader's time (deadlines,
scarcity, urgency, loss) of two kinds or more at half that density, or on a
piece that uses 5 kinds of pressure (and at least 9 signals), however long it
is. A hype word capitalised inside a sentence is part of a name or a title ("the
Miracle on Ice"), and a label in capitals that heads more than one aside
("EDITOR'S NOTE:") is one voice for the piece; a term in capitals
hyphened to a number or a lower-case word ("COVID-19", "DRM-free") is spelt
that way, and one followed by the words it stands for ("FOMO (Fear Of Missing
Out)") is defined, not shouted. Shouts with only "!" between them, three or
more ("GO! FIGHT! WIN!"), are one slogan, and "must have" as a verb ("it must
have been a typo") is not the label "a must-have". A verb stressed in
capitals after "I", "we" or "you" ("I KNOW", "I AM") is a shout each time it
comes back, not a name the piece keeps using. One mild word in calm copy never fires, and neither do capitals alone in
copy that never exclaims: they stress words as a typeface would. The message names the strongest
signals (pressure on the reader first) and points at the paragraph where they
cluster; every signal is listed with its position. Word lists are built in and extendable in gen.toml: hype,
urgency, hardsell, and acronyms (capitals that are names, not shouting).`)
	return b.String()
}

// signal is one pitch signal: tokens [tok0, tok1), its family and the
// key that tells distinct signals apart.
type signal struct {
	tok0, tok1 int
	fam        family
	key        string
}

type pitchDetector struct {
	phrases  *lint.Matcher
	acronyms map[string]bool
	// closedHype are the hype words listed closed up, "breathtaking",
	// which a writer also splits with a hyphen: "breath-taking".
	closedHype map[string]bool
}

func buildPitchHeavy(s *lint.Settings) (func(*lint.Pass), error) {
	d := &pitchDetector{
		phrases: s.Matcher(wordList("hype"), wordList("urgency"), wordList("hardsell"),
			lint.Extra(s.List("hype"), "hype"), lint.Extra(s.List("urgency"), "urgency"), lint.Extra(s.List("hardsell"), "hardsell")),
		acronyms: map[string]bool{},
	}
	d.closedHype = closedWords(append(wordList("hype"), lint.Extra(s.List("hype"), "hype")...))
	for _, p := range append(wordList("acronyms"), lint.Extra(s.List("acronyms"), "acronyms")...) {
		d.acronyms[strings.ToUpper(p.Text)] = true
	}
	perPara, density, minSignals, families := s.Int("paragraphSignals"), s.Float("density"), s.Int("minSignals"), s.Int("families")
	pressure := s.Int("pressure")
	return func(p *lint.Pass) {
		t := p.Text
		sigs := withoutLoneEnthusiasm(withoutMentions(t, d.signals(t)))
		reported := false
		i := 0
		best, bestN := -1, 0 // the body paragraph where signals cluster most
		// clusters reports a paragraph (or a run of short ones) whose
		// signals alone make it pitch-heavy.
		exclaiming := pieceExclaims(t)
		clusters := func(sigs []signal) bool {
			return len(sigs) >= perPara && distinctInParagraph(sigs, exclaiming) >= perPara
		}
		var runBuf [8]runPara
		run := runBuf[:0] // the latest run of short paragraphs
		runWords := 0
		for ui, u := range t.Units {
			// signals and units are both in reading order: a unit's
			// signals are the run of them that starts inside it
			for i < len(sigs) && sigs[i].tok0 < u.Tok0 {
				i++
			}
			from := i
			for i < len(sigs) && sigs[i].tok0 < u.Tok1 {
				i++
			}
			in := sigs[from:i]
			if u.Kind != lint.KindParagraph {
				run = run[:0]
				runWords = 0
				continue
			}
			if len(in) > bestN {
				best, bestN = ui, len(in)
			}
			if clusters(in) {
				reported = true
				reportPitch(p, in, in, fmt.Sprintf("This paragraph pushes instead of helping: %d pitch signals", len(in)))
				run, runWords = run[:0], 0
				continue
			}
			// one-line paragraphs, as emails and appeals are set, make
			// one paragraph of a plainer page: a run of short ones is
			// tested together
			if u.Words >= shortParagraph {
				run, runWords = run[:0], 0
			} else {
				run = append(run, runPara{from, i, u.Words})
				runWords += u.Words
				for len(run) > 1 && runWords > shortParagraph {
					runWords -= run[0].words
					run = run[1:]
				}
				if !reported && len(run) > 1 {
					all := sigs[run[0].from:run[len(run)-1].to]
					if clusters(all) {
						reported = true
						reportPitch(p, all, all, fmt.Sprintf("These short paragraphs push instead of helping: %d pitch signals in %d words", len(all), runWords))
					}
				}
			}
		}
		if reported || !enough(sigs, minSignals) || t.Words == 0 || calmCapitals(t, sigs) {
			return
		}
		n := voicedSignals(t, sigs)
		per100 := float64(n) / float64(t.Words) * 100
		kinds := groups(sigs)
		var msg string
		onTime := timePressure(sigs)
		switch {
		case per100 >= density:
			msg = fmt.Sprintf("The piece pushes instead of helping: %d distinct pitch signals in %d words (%.1f per 100 words; limit %.1f)",
				n, t.Words, per100, density)
		case onTime >= pressure && float64(onTime)/float64(t.Words)*100 >= density/2:
			// pressure on the reader's time, of several kinds, is the
			// point of a page even at half the density of other signals
			msg = fmt.Sprintf("The piece pushes instead of helping: %d distinct signals of pressure on the reader's time in %d words",
				onTime, t.Words)
		case len(kinds) >= families && len(sigs) >= 3*minSignals:
			// a long sales page spreads its pressure thin, but uses the
			// whole toolkit: deadlines, scarcity, crowds, guarantees…
			msg = fmt.Sprintf("The piece pushes instead of helping: %d kinds of pressure (%s), %d pitch signals in %d words",
				len(kinds), strings.Join(kinds, ", "), len(sigs), t.Words)
		default:
			return
		}
		focus := sigs[:1]
		where := ""
		if best >= 0 {
			u := t.Units[best]
			focus = focus[:0:0]
			for _, sg := range sigs {
				if sg.tok0 >= u.Tok0 && sg.tok0 < u.Tok1 {
					focus = append(focus, sg)
				}
			}
			where = fmt.Sprintf("; %d of them in this paragraph", len(focus))
		}
		reportPitch(p, sigs, focus, msg+where)
	}, nil
}

// shortParagraph is the length of an ordinary paragraph, in words: shorter
// paragraphs in a row are read as one.
const shortParagraph = 60

// runPara is one short paragraph's signals, sigs[from:to], and its length.
type runPara struct {
	from, to, words int
}

// groups lists the kinds of pressure among the signals, in order of first
// use: the families, with praise (hype, puffery, superlative claims) and
// volume (shouting, exclamation marks) one kind each.
func groups(sigs []signal) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range sigs {
		g := string(s.fam)
		switch s.fam {
		case famHype, famPuffery, famSuperlative:
			g = "praise"
		case famShouting, famExclaim:
			g = "volume"
		}
		if !seen[g] {
			seen[g] = true
			out = append(out, g)
		}
	}
	return out
}

// distinctInParagraph counts the distinct signals of a paragraph with its
// volume as one raised voice: capitals and
// exclamation marks in one paragraph are excited, and a letter that
// stresses "I'd LOVE to" and "THIS YEAR!!" is not pushing. But each
// further run of marks raises the voice again: a paragraph that ends line
// after line in "!!", "!!!" and "!!!!!!!" shouts as many times as it has
// runs, and then each of its runs of capitals shouts too ("a riot!!! a
// HUGE cake!!" is three); runs of marks with nothing else, "We did it!!
// The fund is full!!! Thank you!!", are joy said loudly, one voice. And
// so does a paragraph that shouts three times or more in a piece that
// exclaims ("We need THIS many for the CAKE WALK! The kids LOVE it!"):
// one or two stressed words are emphasis, three separate shouts
// are a raised voice kept up. Capitals in a piece that never exclaims
// stress words as a typeface would (a thank-you note that sets its
// virtues in capitals, a policy's conditions), however many there are.
// Pressure and praise still count one by one.
func distinctInParagraph(sigs []signal, exclaiming func() bool) int {
	seen := map[string]bool{}
	shouts := map[string]bool{}
	volume, runs := false, 0
	for _, s := range sigs {
		switch {
		case s.fam == famExclaim && !strings.HasSuffix(s.key, ":spread"):
			runs++
			volume = true
		case s.fam == famShouting:
			shouts[s.key] = true
			volume = true
		case s.fam == famExclaim:
			volume = true
		default:
			seen[s.key] = true
		}
	}
	if !volume {
		return len(seen)
	}
	if len(seen) == 0 && len(shouts) == 0 {
		return 1 // marks alone are joy said loudly: one raised voice
	}
	if len(shouts) >= keptShouts && exclaiming() || runs >= 2 {
		return len(seen) + runs + len(shouts)
	}
	return len(seen) + max(runs, 1)
}

// keptShouts is how many separate runs of capitals in one paragraph make
// a voice kept up rather than a word or two stressed.
const keptShouts = 3

// timePressure counts the distinct signals that press on the reader's time
// (deadlines, scarcity, urgency, loss, pressure words), or 0 when they are
// all of one family: a sale that repeats its end date, or a restock
// notice that says what is left, informs.
func timePressure(sigs []signal) int {
	seen := map[string]bool{}
	fams := map[family]bool{}
	for _, s := range sigs {
		if s.fam.strength() == 3 {
			seen[s.key] = true
			fams[s.fam] = true
		}
	}
	if len(fams) < 2 {
		return 0
	}
	return len(seen)
}

// voicedSignals counts the piece's distinct signals. Each run of
// exclamation marks is one, while single marks spread through the piece
// are one excited voice between them; a shouted phrase said again is the
// same signal. Capitals are read by how the piece raises its voice. In a piece that shouts with
// runs of exclamation marks ("GET AFTER IT!!!"), each run of capitals is a
// shout of its own. Without such runs, capitals stress words, as excited
// or grateful copy does ("THESE are the GLORY days!"), and the stressed
// words of one paragraph are one raised voice. The density tests use it.
func voicedSignals(t *lint.Text, sigs []signal) int {
	runs := false
	for _, s := range sigs {
		if s.fam == famExclaim && !strings.HasSuffix(s.key, ":spread") {
			runs = true
		}
	}
	seen := map[string]bool{}
	for _, s := range sigs {
		key := s.key
		if s.fam == famShouting && !runs && !strings.HasSuffix(key, ":typeface") && !strings.HasSuffix(key, ":again") {
			key = string(famShouting) + ":" + strconv.Itoa(int(t.Tokens[s.tok0].Block))
		}
		seen[key] = true
	}
	return len(seen)
}

// enough reports whether the piece has minSignals distinct signals that are
// not all exclamation marks: a note whose title cries "!!!" and whose
// lines end in "!" is excited, and it takes more than its marks and one
// claim to make a pitch.
func enough(sigs []signal, minSignals int) bool {
	seen := map[string]bool{}
	for _, s := range sigs {
		key := s.key
		if s.fam == famExclaim {
			key = string(famExclaim)
		}
		seen[key] = true
	}
	return len(seen) >= minSignals
}

// calmCapitals reports whether the piece's only signals are words in
// capitals and it never exclaims: a policy that types its categories and
// conditions in capitals, or a letter that sets the virtues it thanks for
// in them, stresses words as a typeface would. Shouting raises the voice,
// and a raised voice comes with "!" or with something to push.
func calmCapitals(t *lint.Text, sigs []signal) bool {
	for _, s := range sigs {
		if s.fam != famShouting {
			return false
		}
	}
	for i := range t.Tokens {
		if exclaims(t, &t.Tokens[i]) {
			return false
		}
	}
	return true
}

// reportPitch records one finding spanning the focus signals (one
// paragraph's), naming the strongest of all the signals, each related.
func reportPitch(p *lint.Pass, all, focus []signal, msg string) {
	t := p.Text
	related := make([]lint.Span, 0, len(all))
	for _, s := range all {
		start, end, _ := t.Span(s.tok0, s.tok1)
		related = append(related, lint.Span{Offset: start, EndOffset: end, Label: string(s.fam)})
	}
	ranked := append([]signal(nil), all...)
	sort.SliceStable(ranked, func(i, j int) bool { return ranked[i].fam.strength() > ranked[j].fam.strength() })
	var parts []string
	seen := map[string]bool{}
	fams := map[family]bool{}
	var order []family
	for _, s := range ranked {
		if !fams[s.fam] {
			fams[s.fam] = true
			order = append(order, s.fam)
		}
		if seen[s.key] || len(parts) == 3 {
			continue
		}
		seen[s.key] = true
		parts = append(parts, fmt.Sprintf("%q (%s)", quoteSignal(t, t.Tokens[s.tok0:s.tok1]), s.fam))
	}
	msg += "; strongest: " + strings.Join(parts, ", ")
	if rest := len(all) - len(parts); rest > 0 {
		msg += fmt.Sprintf(" and %d more", rest)
	}
	first, _, _ := t.Span(focus[0].tok0, focus[0].tok1)
	_, last, _ := t.Span(focus[len(focus)-1].tok0, focus[len(focus)-1].tok1)
	p.ReportRelated(first, last, msg, pitchSuggestion(order), related)
}

// pitchTips say what to do instead of each family's push.
var pitchTips = map[family]string{
	famDeadline:    "state a real deadline once, with its date and time, and drop the countdown",
	famScarcity:    "say how many are left only if it helps the reader plan, without \"only\" or \"hurry\"",
	famUrgency:     "invite instead of ordering, and let the reader choose when",
	famPressure:    "drop the pressure words and say what the reader gets",
	famLoss:        "say what the reader gains, not what they lose by waiting",
	famCrowd:       "show one customer's concrete result instead of a head count",
	famPrice:       "give the price plainly; the reader can compare it themselves",
	famMinimiser:   "say what a gift does and what it costs, without making it sound small",
	famSuffering:   "tell one person's story with its facts instead of counting the suffering",
	famGuarantee:   "state the actual refund terms (how many days, how to ask) instead of a promise",
	famHardSell:    "state the offer plainly, with its real terms",
	famPuffery:     "replace praise with a fact the reader can check",
	famSuperlative: "replace the superlative with the number behind it",
	famHype:        "replace hype with what it does for the reader",
	famShouting:    "write in sentence case; bold one key fact if you must",
	famExclaim:     "one exclamation mark at most",
}

// pitchSuggestion turns the two strongest families into advice.
func pitchSuggestion(fams []family) string {
	var tips []string
	for _, f := range fams {
		if tip := pitchTips[f]; tip != "" {
			tips = append(tips, tip)
		}
		if len(tips) == 2 {
			break
		}
	}
	s := strings.Join(tips, "; ")
	return strings.ToUpper(s[:1]) + s[1:]
}

// factSuperlative marks the words that start a superlative claim.
var factSuperlative = lint.SharedFact(keys(superlatives)...)

// superlatives start a claim like "the biggest sale ever".
var superlatives = map[string]bool{
	"most": true, "best": true, "biggest": true, "greatest": true, "lowest": true, "highest": true,
	"finest": true, "smartest": true, "fastest": true, "cheapest": true, "strongest": true,
	"softest": true, "hottest": true, "largest": true, "coolest": true, "boldest": true,
	"brightest": true, "smoothest": true, "freshest": true, "tastiest": true, "wildest": true,
	"longest": true, "loudest": true, "richest": true, "sweetest": true, "juiciest": true, "purest": true, "rarest": true,
}

// claimTails end a superlative claim: "… ever", "… in the world".
var claimTails = lint.SharedMatcher(lint.ParseList(`ever
yet
anywhere
of all time
in history
in our history
in the world
in the country
in the industry
in the business
in town
on the market
on the planet
all year
of the year
of the season
of the decade
of the century
of their career
of your career
of your life`, "tail"))

// signals finds every pitch signal in reading order; a token belongs to
// at most one signal, but for a push typed in capitals, which is a shout
// as well.
func (d *pitchDetector) signals(t *lint.Text) []signal {
	var out []signal
	toks := t.Tokens
	var capsBlocks map[int]bool   // blocks set in capitals, found at the first shout
	var capsNames map[string]bool // single words in capitals used more than once
	var questions map[int]int     // blocks that open with a question in capitals: where it ends
	var signs map[int]bool        // headings and notices set wholly in capitals
	add := func(tok0, tok1 int, fam family) {
		if n := len(out); n > 0 && out[n-1].fam == fam && out[n-1].tok1 == tok0 && fam != famExclaim && sameSentence(toks, tok0-1, tok0) {
			// one phrase is one signal, however many patterns its words
			// make: "a Money-Back Guarantee" promises once, and a
			// "gripping masterwork" is praised once
			tok0 = out[n-1].tok0
			out = out[:n-1]
		}
		key := string(fam) + ":" + phraseKey(t, toks[tok0:tok1])
		if fam == famCrowd && (norm(t, toks, tok1-1) == "demand" || norm(t, toks, tok1-1) == "response") {
			key = "demand" // "overwhelming demand" three times is one claim
		}
		if fam == famPrice && !intensifiedOffer(t, toks, tok0, tok1) || fam == famDeadline || fam == famMinimiser || fam == famSuffering {
			// a calm sale names its prices and its end date: several of
			// them are still one kind of signal, as are the rungs of an
			// appeal's gift ladder and its head counts of suffering. An
			// offer talked up
			// ("a massive 80% discount!!", "completely free") is pushed
			// on its own, so each such offer counts.
			key = string(fam)
		}
		if fam == famExclaim {
			// each run of marks is raised on its own: "!!!" after one
			// line and "!!" after the next are two signals
			key += "@" + strconv.Itoa(tok0)
		}
		if fam == famShouting {
			if capsBlocks == nil {
				capsBlocks = capitalBlocks(t, toks)
			}
			if questions == nil {
				questions = capitalQuestions(t, toks)
			}
			if capsBlocks[int(toks[tok0].Block)] || tok0 < questions[int(toks[tok0].Block)] {
				// a block set in capitals uses them as its typeface, as
				// policy pages and notices do: all such blocks are one
				// raised voice, not a shout per line
				key = string(famShouting) + ":typeface"
			}
		}
		if fam == famHype && tok1 == tok0+1 && enthusedWords[t.Norm(&toks[tok0])] {
			key += enthusedKey
		}
		out = append(out, signal{tok0, tok1, fam, key})
		if (fam.strength() == 3 || fam == famHardSell) && d.shoutedSpan(t, toks[tok0:tok1]) {
			// "NEVER MAKE THIS RECIPE AGAIN", "CALL NOW": a push said
			// in capitals is raised as well as made
			out = append(out, signal{tok0, tok1, famShouting, string(famShouting) + ":" + phraseKey(t, toks[tok0:tok1])})
		}
	}
	next := 0                 // the first token no signal holds yet
	bangs, bangBlock := 0, -1 // single "!" so far in the current block
	for i := 0; i < len(toks); i++ {
		tk := &toks[i]
		if tk.Kind == lint.Punct {
			if int(tk.Block) != bangBlock {
				bangs, bangBlock = 0, int(tk.Block)
			}
			c := 0
			if b := t.Word(tk)[0]; b == '!' || b == '?' {
				// only runs of ! and ? hold a "!": other marks are not counted
				c = strings.Count(t.Word(tk), "!")
			}
			switch {
			case c >= 2:
				add(i, i+1, famExclaim)
				next = i + 1
			case c == 1:
				// single marks spread through one paragraph shout as a run
				// does: the third one in a block is one signal
				if bangs++; bangs == 3 {
					out = append(out, signal{i, i + 1, famExclaim, string(famExclaim) + ":spread"})
				}
			}
			continue
		}
		// Most words start no phrase, claim or shouting: test their flags
		// and first letter before calling anything.
		if d.phrases.CanStart(tk) {
			if n, ph := d.phrases.Match(t, toks, i); n > 0 && !rankReference(t, toks, i, n) && !conditionalState(t, toks, i, n) && !feelingIntensifier(t, toks, i, n) && !hypeVerb(t, toks, i, n) && !modalMust(t, toks, i, n) && !wholeShare(t, toks, i, n) && !(label(ph.List) == "hype" && titledName(t, toks, i)) && !holidayCountdown(t, toks, i, n) && !goneSomewhere(t, toks, i, n) {
				fam := family(label(ph.List))
				if fam == famHardSell && orderBoundNow(t, toks, i, n) {
					// "secure your place today", "claim your spot now": a
					// listed order bound to this moment is urgency, as
					// "grab yours now" is
					fam = famUrgency
					n++
				}
				add(i, i+n, fam)
				i += n - 1
				next = i + 1
				continue
			}
		}
		if i+1 < len(toks) && toks[i+1].Joined() && tk.Kind == lint.Word && d.splitHype(t, toks, i) {
			add(i, i+2, famHype) // "breath-taking", "ground-breaking"
			i++
			next = i + 1
			continue
		}
		if tk.Has(factPitchCue) {
			if tok0, tok1, fam, ok := cueSignal(t, toks, i, next); ok {
				add(tok0, tok1, fam)
				i = tok1 - 1
				next = tok1
				continue
			}
		}
		if isFigure(t, tk) {
			checks := numberChecks
			if roundPlural(t.Norm(tk)) {
				checks = pluralChecks
			}
			for _, check := range checks {
				if tok0, tok1, fam, ok := check(t, toks, i); ok && tok0 >= next {
					add(tok0, tok1, fam)
					i = tok1 - 1
					next = tok1
					break
				}
			}
			continue
		}
		if tk.Has(factSuperlative) && !hedged(t, toks, i) && !countingMost(t, toks, i) {
			end := claimEnd(t, toks, i)
			if end == 0 {
				end = offerClaimEnd(t, toks, i)
			}
			if end > 0 && (celebratedSpan(t, toks, i, end) || calendarRank(t, toks, i, end)) {
				i = end - 1 // "thank you for making this our best year ever"
				next = end
				continue
			}
			if end > 0 {
				add(i, end, famSuperlative)
				i = end - 1
				next = end
				continue
			}
			if i-1 >= next && scopeOwner(t, toks, i) {
				end := min(i+2, len(toks))
				add(i-1, end, famSuperlative)
				i = end - 1
				next = end
				continue
			}
		}
		if c := t.Word(tk)[0]; c >= 'A' && c <= 'Z' && (d.shouted(t, tk) || d.shortStressedVerb(t, toks, i)) {
			if signs == nil {
				signs = calmSigns(t, toks)
			}
			if signs[int(tk.Block)] {
				// a heading or a notice set in capitals, "## LITTLE
				// WOMEN", "YOU'RE INVITED!": its words are its typeface,
				// but a push in it is still read word by word
				continue
			}
			end := d.shoutRun(t, toks, i)
			if end == i+1 && (shortName(t, toks, i) || norm(t, toks, i+1) == ":" || numberedLabel(t, toks, i) || compoundTerm(t, toks, i) || definedAbbreviation(t, toks, i)) {
				continue // a name or a label: "NOTE: …", "PART 1: …", "COVID-19"
			}
			if stressedRule(t, toks, i, end) || statedRule(t, toks, i, end) || labelName(t, toks, end) || codeName(t, toks, i) {
				i = end - 1 // "sales are FINAL", "it WILL NOT work", "the CLEARANCE tab", "use code SAVE20"
				continue
			}
			if calmRun(t, toks[i:end]) {
				if capsNames == nil {
					capsNames = recurringCapitals(t, toks)
				}
				if norm(t, toks, end) != ":" && keptNames(t, toks[i:end], capsNames) {
					i = end - 1 // "VOLUNTEERS & AMBASSADORS" where the piece keeps naming both roles in capitals
					continue
				}
				if key := capitalsKey(t, toks[i:end]); capsNames[key] && (end == i+1 || norm(t, toks, end) == ":") {
					if end == i+1 {
						continue // a name the piece keeps using: "the RESET course", "VIPP members"
					}
					// a label in capitals that heads more than one
					// aside or item ("EDITOR'S NOTE: …") is one voice
					// for the whole piece, not a shout per aside
					add(i, end, famShouting)
					out[len(out)-1].key = string(famShouting) + ":" + key + ":again"
					i = end - 1
					next = end
					continue
				}
			}
			if tok0, tok1, fam, ok := pushInShout(t, toks, i, end, next); ok {
				// "BOOK NOW", "SALE ENDS TONIGHT", "TODAY ONLY": the push
				// is read as it is in lower case, and raised as well
				if tok0 > i {
					add(i, tok0, famShouting)
				}
				add(tok0, tok1, fam)
				if tok0 <= i && out[len(out)-1].fam != famShouting {
					add(i, end, famShouting) // "The SPECIAL PRICES end soon" shouts its offer
				}
				i = max(tok1, end) - 1
				next = i + 1
				continue
			}
			end = d.chantEnd(t, toks, end)
			add(i, end, famShouting)
			if end == i+1 && stressedVerb(t, toks, i) {
				// "I KNOW … and I KNOW …": each time the writer leans on
				// the verb the voice goes up again
				out[len(out)-1].key += "@" + strconv.Itoa(i)
			}
			i = end - 1
			next = end
		}
	}
	return out
}

// orderBoundNow reports whether the listed phrase toks[i:i+n] is an
// order that opens its sentence and is bound to this moment by the word
// right after it: "Secure your place today!", "claim your spot now".
func orderBoundNow(tx *lint.Text, toks []lint.Token, i, n int) bool {
	j := i + n
	return j < len(toks) && sameSentence(toks, i, j) && nowWords[tx.Norm(&toks[j])] &&
		orders[tx.Norm(&toks[i])] && sentenceStart(tx, toks, i) == i
}

// pushInShout finds a pitch signal that starts by the end of the run of
// capitals toks[i:end] and whose cue word lies after the run's first
// word, inside it or just after it (and after next, the first token no
// signal holds). A run of capitals is read whole, so without this the
// shout would hide the push it types, "BOOK NOW", "TODAY ONLY", "3 DAYS
// ONLY", "TODAY only", while "Book NOW" and "Today only" are found.
func pushInShout(tx *lint.Text, toks []lint.Token, i, end, next int) (int, int, family, bool) {
	for k := i + 1; k <= end && k < len(toks); k++ {
		if !toks[k].Has(factPitchCue) {
			continue
		}
		if tok0, tok1, fam, ok := cueSignal(tx, toks, k, next); ok && tok0 < end {
			return tok0, tok1, fam, true
		}
	}
	return 0, 0, "", false
}

// spanNouns are the stretches of time, and the turnouts, a writer looks
// back on: "our best year ever", "the biggest turnout yet".
var spanNouns = wordSet(`year season summer winter spring autumn fall month week weekend night day turnout
harvest crop`)

// lookBacks put a sentence in the past or in thanks: "it was", "we've had",
// "thank you for making this…".
var lookBacks = wordSet(`was were had been made making thank thanks thankful grateful`)

// celebratedSpan reports whether the superlative claim toks[i:end] ranks
// a stretch of time or a turnout the writer looks back on, in the past or
// in thanks: "it was our best season ever", "thank you for making this
// our biggest year yet". That celebrates what happened; "get ready for
// the best summer ever" still promises.
func celebratedSpan(tx *lint.Text, toks []lint.Token, i, end int) bool {
	if hasNorm(tx, toks, i+1, end, spanNouns) < 0 {
		return false
	}
	return hasNorm(tx, toks, sentenceStart(tx, toks, i), within(toks, i, sentenceReach), lookBacks) >= 0
}

// sizeSuperlatives rank by size, which a calendar can be ranked by too.
var sizeSuperlatives = wordSet(`biggest largest longest hottest`)

// calendarDays are the days a calendar ranks.
var calendarDays = wordSet(`day days night nights weekend weekends`)

// offerWords name what a seller offers: "the biggest sale day of the
// year" ranks the offer, not the calendar.
var offerWords = wordSet(`sale sales deal deals offer offers discount discounts savings bargain bargains price prices`)

// calendarRank reports whether the superlative claim toks[i:end] ranks a
// day of the calendar by size: "the biggest shopping day of the year",
// "the longest night of the year". That is a fact about the day anyone
// can check, not a claim about an offer; "our biggest day of the year"
// and "the biggest sale day of the year" still talk the offer up.
func calendarRank(tx *lint.Text, toks []lint.Token, i, end int) bool {
	if !sizeSuperlatives[tx.Norm(&toks[i])] || i == 0 || tx.Norm(&toks[i-1]) != "the" {
		return false
	}
	day := hasNorm(tx, toks, i+1, end, calendarDays)
	if day < 0 || day > i+3 || hasNorm(tx, toks, i+1, day, offerWords) >= 0 {
		return false
	}
	return hasWord(tx, toks, day+1, end, "year") >= 0
}

// subjectPronouns are the words whose verb a writer stresses in capitals:
// "I KNOW", "we ARE", "you CAN".
var subjectPronouns = wordSet(`i we you they he she`)

// stressedVerb reports whether the single word in capitals toks[i] is the
// verb of a subject pronoun just before it ("I KNOW what it costs"). A
// name the piece keeps using stands where a noun stands; a verb said in
// capitals again and again is stress each time, not a name.
func stressedVerb(tx *lint.Text, toks []lint.Token, i int) bool {
	if i == 0 || !sameSentence(toks, i-1, i) || !subjectPronouns[tx.Norm(&toks[i-1])] {
		return false
	}
	return i+1 >= len(toks) || !sameSentence(toks, i+1, i) || toks[i+1].Kind != lint.Word || !lint.AllUpper(tx.Word(&toks[i+1]))
}

// shortStressedVerb reports a short verb in capitals after a subject
// pronoun, "I AM", "we DID": too short to tell from an initialism on its
// own, but no initialism follows "I".
func (d *pitchDetector) shortStressedVerb(tx *lint.Text, toks []lint.Token, i int) bool {
	w := tx.Word(&toks[i])
	if len(w) < 2 || len(w) > 3 || d.acronyms[w] || !lint.AllUpper(w) || toks[i].Kind != lint.Word {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return stressedVerb(tx, toks, i)
}

// chantSegments is how many shouts, each closed by "!", make a chant.
const chantSegments = 3

// chantEnd returns the end of the chant that the shout ending at end
// opens, or end itself. Shouts that follow one another with only "!"
// between them, three or more, are one slogan said loudly: "GO! FIGHT!
// WIN!" raises the voice once, not three times. Two ("THIS! THIS IS
// IT!") are a shout and its echo, and stay two.
func (d *pitchDetector) chantEnd(tx *lint.Text, toks []lint.Token, end int) int {
	last, segs := end, 1
	for last+1 < len(toks) && exclaims(tx, &toks[last]) && toks[last+1].Block == toks[last].Block {
		tk := &toks[last+1]
		if w := tx.Word(tk); tk.Kind != lint.Word || len(w) < 2 || !lint.AllUpper(w) || !d.shouted(tx, tk) {
			break
		}
		last = d.shoutRun(tx, toks, last+1)
		segs++
	}
	if segs < chantSegments {
		return end
	}
	return last
}

// titledName reports whether the hype word toks[i] is capitalised inside
// a sentence of a paragraph: there it is part of a name or a title ("the
// Miracle on Ice", "Katie of The Legendary"), not praise of the offer.
// At the start of a sentence or after a colon, and in headings, a capital
// says nothing.
func titledName(tx *lint.Text, toks []lint.Token, i int) bool {
	w := tx.Word(&toks[i])
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' || w[1] < 'a' || w[1] > 'z' {
		return false
	}
	if tx.Blocks[toks[i].Block].Kind != lint.KindParagraph {
		return false
	}
	for j := i - 1; j >= 0 && sameSentence(toks, j, i); j-- {
		switch {
		case toks[j].Kind != lint.Punct:
			return true
		case strings.ContainsAny(tx.Word(&toks[j]), ":;.!?"):
			return false
		}
	}
	return false
}

// holidays are the days of the calendar a writer counts down to.
var holidays = wordSet(`christmas xmas halloween thanksgiving easter hanukkah diwali eid holidays holiday`)

// holidayCountdown reports whether the phrase toks[i:i+n] is a countdown
// to a holiday rather than to the end of an offer: the name of a
// seller's event, capitalised inside a sentence ("what the shop calls its
// Countdown to Christmas"), or a count of the days to a holiday the
// paragraph names ("Christmas is 40 days away; I keep a countdown on my
// desk"). The days run out for everyone alike, and a deadline for the
// reader is its own signal; "the countdown is on, the sale ends Sunday"
// still presses.
func holidayCountdown(tx *lint.Text, toks []lint.Token, i, n int) bool {
	if n != 1 || tx.Norm(&toks[i]) != "countdown" || countdownCalled(tx, toks, i) {
		return false
	}
	if titledName(tx, toks, i) {
		return true
	}
	b := tx.Blocks[toks[i].Block]
	if b.Kind != lint.KindParagraph {
		return false
	}
	for k := b.Tok0; k < b.Tok1; k++ {
		if w := tx.Norm(&toks[k]); holidays[w] || w == "black" && norm(tx, toks, k+1) == "friday" {
			return hasNorm(tx, toks, b.Tok0, b.Tok1, offerWords) < 0
		}
	}
	return false
}

// countdownCalled reports whether the countdown at toks[i] is called out
// as under way, "the countdown to Christmas is on", "the final countdown
// begins": a seller's cry, whatever it counts down to.
func countdownCalled(tx *lint.Text, toks []lint.Token, i int) bool {
	if norm(tx, toks, i-1) == "final" {
		return true
	}
	for k := i + 1; k < within(toks, i, 5); k++ {
		switch tx.Norm(&toks[k]) {
		case "begins", "began", "begun", "starts", "started":
			return true
		case "on":
			if norm(tx, toks, k-1) == "is" {
				return true
			}
		}
	}
	return false
}

// numberChecks are the family patterns a number starts from.
var numberChecks = []cueCheck{crowdCount, crowdBy, priceAnchor, minimiserBuys, sufferingScale}

// pluralChecks are the crowd patterns a round figure in the plural
// starts from, as "thousands" starts them: "1000s of happy customers",
// "loved by 1000s", "1000s of children are starving".
var pluralChecks = []cueCheck{sufferingScale, crowdMany, crowdBy, crowdCount}

// cueSignal tries the family patterns of the cue word toks[i]; a signal
// may start before i, but not before next.
func cueSignal(tx *lint.Text, toks []lint.Token, i, next int) (int, int, family, bool) {
	for _, check := range pitchCues[tx.Norm(&toks[i])] {
		if tok0, tok1, fam, ok := check(tx, toks, i); ok && tok0 >= next {
			return tok0, tok1, fam, true
		}
	}
	return 0, 0, "", false
}

// ruleEmphasis are words put in capitals to stress a rule or a request:
// "we do NOT cancel orders", "PLEASE email us", "the code WILL NOT
// work", "all sales are FINAL", "ONLY items in this aisle", "queue
// AFTER midday", "a MINIMUM of 30 minutes": its modals, negations,
// limits and conditions. Policies and
// instructions stress their modals, negations and limits; a sales page
// shouts its offer, and "FINAL SALE" or "ONLY 3 LEFT" still shout.
var ruleEmphasis = wordSet(`PLEASE NOT DO DON'T NEVER MUST WILL WON'T CANNOT CAN'T ONLY FINAL ALWAYS BOTH EXCEPT NO
AFTER BEFORE UNTIL UNLESS MINIMUM MAXIMUM LEAST MOST EACH EVERY ANY OR NOR`)

// noticeFacts are the facts a notice stresses as a policy stresses its
// rules: whether a place is open and which day, "the library is CLOSED on
// MONDAY", "returns are due TUESDAY". Cried out, "We are OPEN!!!", they
// shout; and "SALE ENDS SUNDAY" still shouts its sale.
var noticeFacts = wordSet(`OPEN CLOSED CANCELLED CANCELED POSTPONED RESCHEDULED DELAYED MOVED DUE REQUIRED
MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY MONDAYS TUESDAYS WEDNESDAYS THURSDAYS FRIDAYS SATURDAYS SUNDAYS
JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER NOON`)

// stressedRule reports whether the run of capitals [i, end) is made of
// rule words only: stress on a policy, not a shout.
func stressedRule(tx *lint.Text, toks []lint.Token, i, end int) bool {
	fact := false
	for k := i; k < end; k++ {
		if toks[k].Kind != lint.Word {
			continue
		}
		w := tx.Word(&toks[k])
		if !lint.AllUpper(w) {
			continue // the short word between two stressed ones: "CLOSED on SUNDAY"
		}
		if noticeFacts[w] {
			fact = true
		} else if !ruleEmphasis[w] {
			return false
		}
	}
	return !fact || end >= len(toks) || !exclaims(tx, &toks[end])
}

// ruleWords make a line in capitals a rule: a ban, a must, a condition.
var ruleWords = wordSet(`NO NOT NEVER CANNOT WON'T MUST FINAL OR NOR`)

// statedRule reports whether the run of capitals [i, end) states a rule,
// as a venue's or a shop's policy is typed: "NO PETS", "ALL SALES ARE
// FINAL", "LOST TICKETS WILL NOT BE REPLACED", "RAIN OR SHINE". It needs
// two words or more, a rule word, no word a sale shouts ("FINAL SALE",
// "NO FEES, BIG SAVINGS") and no "!" after it.
func statedRule(tx *lint.Text, toks []lint.Token, i, end int) bool {
	words, rule := 0, false
	for k := i; k < end; k++ {
		if toks[k].Kind != lint.Word {
			continue
		}
		w := tx.Word(&toks[k])
		if salesShouts[w] {
			return false
		}
		words++
		rule = rule || ruleWords[w]
	}
	if end < len(toks) && exclaims(tx, &toks[end]) {
		return false
	}
	return rule && words >= 2
}

// exclaims reports a mark that holds a "!": "!", "!!", "?!".
func exclaims(tx *lint.Text, tk *lint.Token) bool {
	return tk.Kind == lint.Punct && strings.Contains(tx.Word(tk), "!")
}

// salesShouts are words a sales page shouts again and again: said twice,
// they are still a raised voice, not a name.
var salesShouts = wordSet(`FREE SALE NOW OFF NEW HURRY LAST FINAL TODAY TONIGHT ONLY BONUS DEAL DEALS SAVE
SAVINGS LIMITED EXCLUSIVE HUGE MASSIVE BIG BIGGEST BEST EVER OFFER WOW YES ACT BUY ORDER CLICK
GIFT GIFTS PRICE PRICES DISCOUNT CLEARANCE SELLING GONE ENDS AMAZING INCREDIBLE URGENT EPIC INSANE
CRAZY STOCK HOT BLOWOUT DOORBUSTER DOORBUSTERS`)

// calmRun reports whether a run of capitals is only words, none of them
// one a sales page shouts: such a run said again is a name or a label.
func calmRun(tx *lint.Text, toks []lint.Token) bool {
	for j := range toks {
		if toks[j].Kind != lint.Word || salesShouts[tx.Word(&toks[j])] {
			return false
		}
	}
	return true
}

// recurringCapitals lists the words and the runs of words the piece
// writes in capitals, on their own, more than once. A product, course or
// programme named in capitals ("the RESET course", "VIPP members",
// "COVID") keeps its name every time it comes up, and so does a label
// ("EDITOR'S NOTE" before each aside); a shout is made once, where it
// pushes.
func recurringCapitals(tx *lint.Text, toks []lint.Token) map[string]bool {
	seen := map[string]int{}
	nameInRun := map[[2]string]bool{} // each name with each run it is used in
	upper := func(j int) bool {
		return toks[j].Kind == lint.Word && len(tx.Word(&toks[j])) >= 2 && lint.AllUpper(tx.Word(&toks[j]))
	}
	for i := 0; i < len(toks); i++ {
		if !upper(i) || i > 0 && upper(i-1) && sameSentence(toks, i-1, i) {
			continue
		}
		end := i + 1
		for end < len(toks) && upper(end) && sameSentence(toks, end, i) {
			end++
		}
		if end == i+1 && stressedVerb(tx, toks, i) {
			continue
		}
		key := capitalsKey(tx, toks[i:end])
		seen[key]++
		for j := i; j < end; j++ {
			w := tx.Word(&toks[j])
			if len(w) < minNameLetters || plainWords[w] {
				continue
			}
			// a word comes back as a name when other runs use it: a
			// headline said again ("BLACK FRIDAY BLOWOUT" in the title
			// and the first line) is one shout repeated
			name := nameKey(w)
			if !nameInRun[[2]string{name, key}] {
				nameInRun[[2]string{name, key}] = true
				seen[name]++
			}
		}
		i = end - 1
	}
	out := map[string]bool{}
	for w, n := range seen {
		if n > 1 {
			out[w] = true
		}
	}
	return out
}

// minNameLetters is the shortest word in capitals that may be a name the
// piece keeps using inside a longer run: shorter ones ("ALL", "THIS",
// "LOVE") are everyday words any shout may repeat, as are plainWords.
const minNameLetters = 5

// plainWords are long words any stressed line may repeat: they name
// nothing.
var plainWords = wordSet(`THESE THOSE THERE WHERE EVERY NEVER ABOUT REALLY ALWAYS SHOULD WOULD COULD THEIR
WHICH WHILE AGAIN STILL GOING THINK THANK THANKS`)

// nameKey is the key recurringCapitals gives a word in capitals inside any
// run, singular and plural alike: "VOLUNTEER" and "VOLUNTEERS" are one
// name.
func nameKey(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'S"), "’S")
	if len(w) > minNameLetters {
		w = strings.TrimSuffix(w, "S")
	}
	return "name:" + w
}

// keptNames reports whether every word of five letters or more in a run of
// capitals comes back in capitals elsewhere in the piece, singular or
// plural, in other words around it: "a VOLUNTEER AMBASSADOR" on a page that
// explains what a VOLUNTEER is and what AMBASSADORS do names two roles
// the page keeps using. A shout is made once, where it pushes.
func keptNames(tx *lint.Text, toks []lint.Token, names map[string]bool) bool {
	found := false
	for j := range toks {
		w := tx.Word(&toks[j])
		if toks[j].Kind != lint.Word || len(w) < minNameLetters || plainWords[w] {
			continue
		}
		if !names[nameKey(w)] {
			return false
		}
		found = true
	}
	return found
}

// capitalsKey names a run of words in capitals for recurringCapitals.
func capitalsKey(tx *lint.Text, toks []lint.Token) string {
	if len(toks) == 1 {
		return tx.Word(&toks[0])
	}
	words := make([]string, len(toks))
	for j := range toks {
		words[j] = tx.Word(&toks[j])
	}
	return strings.Join(words, " ")
}

// codeName reports whether the capitals at toks[i] are a code to type,
// as a sale names its coupon: "use code SAVE20", "the NOVDAILY coupon".
func codeName(tx *lint.Text, toks []lint.Token, i int) bool {
	if p := norm(tx, toks, i-1); (p == "code" || p == "coupon" || p == "promo") && sameSentence(toks, i-1, i) {
		return true
	}
	n := norm(tx, toks, i+1)
	return (n == "code" || n == "coupon" || n == "codes") && sameSentence(toks, i+1, i)
}

// labelNouns are the parts of a page or a shop a name in capitals labels.
var labelNouns = wordSet(`tab tabs section sections area areas page pages button buttons menu menus link links
field fields category categories column columns folder folders option options key box aisle shelf`)

// labelName reports whether the run of capitals that ends before
// toks[end] names a label, as an instruction copies it from the screen:
// "under the CLEARANCE tab", "press the SEND button".
func labelName(tx *lint.Text, toks []lint.Token, end int) bool {
	return end < len(toks) && end > 0 && sameSentence(toks, end, end-1) && labelNouns[tx.Word(&toks[end])]
}

// shoutRun returns the end of the run of capitals starting with the
// shouted word toks[i]: "BLACK FRIDAY BLOWOUT" is one shout. Words in
// capitals of any length (A, TO, 50%) go on with a run once it started.
//
// Numbers and punctuation inside a shouted line do not split it: "SALE
// ENDS OCTOBER 1, 2025 AT NOON (EASTERN TIME)" is one shout, and neither
// does one short word in lower case: "ON SALE at NOON today" is one line
// said loudly, not two shouts.
func (d *pitchDetector) shoutRun(tx *lint.Text, toks []lint.Token, i int) int {
	end := i + 1
	same := func(j int) bool {
		return j < len(toks) && toks[j].Block == toks[i].Block && sameSentence(toks, j, i)
	}
	for j := i + 1; same(j); j++ {
		switch tk := &toks[j]; {
		case tk.Kind == lint.Word && lint.AllUpper(tx.Word(tk)):
			end = j + 1
		case tk.Kind == lint.Number || tk.Kind == lint.Punct && !strings.ContainsAny(tx.Word(tk), "!?"):
			// go on while the line is still shouting
		case tk.Kind == lint.Word && len(tx.Word(tk)) <= 3 && same(j+1) && toks[j+1].Kind == lint.Word && lint.AllUpper(tx.Word(&toks[j+1])) && len(tx.Word(&toks[j+1])) >= 3:
			// one short word between two shouted ones: "ON SALE at NOON"
		default:
			return end
		}
	}
	return end
}

// capitalBlocks finds the blocks set in capitals: at least 12 words, and
// at least four in five of them written in capitals; or every block, when
// three in five of the piece's words are; or every line wholly in
// capitals of minCapitalLineWords words or more, when the piece has
// capitalLines of them: a piece that sets its headings and notice lines
// in capitals ("TICKETS GO ON SALE MAY 1 AT NOON" above "## HOW TO BUY")
// uses capitals as their typeface.
func capitalBlocks(tx *lint.Text, toks []lint.Token) map[int]bool {
	words, caps := map[int]int{}, map[int]int{}
	for i := range toks {
		tk := &toks[i]
		if tk.Kind != lint.Word {
			continue
		}
		words[int(tk.Block)]++
		if lint.AllUpper(tx.Word(tk)) {
			caps[int(tk.Block)]++
		}
	}
	out := map[int]bool{}
	total, totalCaps := 0, 0
	for b, n := range words {
		total += n
		totalCaps += caps[b]
		if n >= 12 && caps[b]*5 >= n*4 {
			out[b] = true
		}
	}
	if total >= 30 && totalCaps*5 >= total*3 {
		// most of the piece is in capitals: its headings are too
		for b := range words {
			out[b] = true
		}
	}
	var lines []int
	for b, n := range words {
		if n >= minCapitalLineWords && caps[b] == n {
			lines = append(lines, b)
		}
	}
	if len(lines) >= capitalLines {
		for _, b := range lines {
			out[b] = true
		}
	}
	return out
}

// capitalQuestions finds the blocks that open with a question typed in
// capitals, "WHEN DOES THE POOL OPEN? It opens in May.", or are one, "##
// HOW DO I JOIN?", and returns the end of each question by block, when the
// piece asks minCapitalQuestions of them or more. A page of questions and
// answers sets its questions in capitals as a heading's typeface: together
// they are one raised voice, as lines set in capitals are, not a shout per
// question. One such question is read as it stands.
func capitalQuestions(tx *lint.Text, toks []lint.Token) map[int]int {
	out := map[int]int{}
	for b := range tx.Blocks {
		blk := &tx.Blocks[b]
		if blk.Kind == lint.KindMeta {
			continue
		}
		words := 0
	scan:
		for k := blk.Tok0; k < blk.Tok1; k++ {
			tk := &toks[k]
			switch {
			case tk.Kind == lint.Word && lint.AllUpper(tx.Word(tk)):
				words++
			case tk.Kind == lint.Number:
			case tk.Kind == lint.Punct && strings.Contains(tx.Word(tk), "?"):
				if words >= minCapitalLineWords {
					out[b] = k
				}
				break scan
			case tk.Kind == lint.Punct && !strings.Contains(tx.Word(tk), "!"):
			default:
				break scan
			}
		}
	}
	if len(out) < minCapitalQuestions {
		return map[int]int{}
	}
	return out
}

// minCapitalQuestions is how many questions typed in capitals make them
// the typeface of a page's questions.
const minCapitalQuestions = 2

// calmSigns finds the blocks that calmSign reads as headings and notices.
func calmSigns(tx *lint.Text, toks []lint.Token) map[int]bool {
	out := map[int]bool{}
	for b := range tx.Blocks {
		if calmSign(tx, toks, b) {
			out[b] = true
		}
	}
	return out
}

// calmSign reports whether block b, wholly in capitals, is a heading or
// a notice set as a sign is: a heading ("## THE FINE PRINT", "## LITTLE
// WOMEN"), or a short line that announces, invites or thanks ("YOU'RE
// INVITED!", "CLOSED MONDAY", "THANK YOU"), with no word a sale shouts and
// no run of exclamation marks. Pages set their headings and notices in
// capitals as a typeface; "## HUGE SALE" and "THANK YOU!!!" still shout.
func calmSign(tx *lint.Text, toks []lint.Token, b int) bool {
	blk := &tx.Blocks[b]
	if blk.Kind == lint.KindMeta {
		return false
	}
	words, notice := 0, false
	for k := blk.Tok0; k < blk.Tok1; k++ {
		tk := &toks[k]
		w := tx.Word(tk)
		switch {
		case tk.Kind == lint.Word && !lint.AllUpper(w):
			return false
		case tk.Kind == lint.Punct && strings.Count(w, "!") >= 2:
			return false
		case tk.Kind != lint.Word:
		case salesShouts[w]:
			return false
		default:
			words++
			notice = notice || noticeWords[tx.Norm(tk)]
		}
	}
	if blk.Kind == lint.KindHeading {
		return words > 0
	}
	return notice && words <= maxSignWords
}

// maxSignWords is the longest line in capitals read as a notice.
const maxSignWords = 6

// noticeWords make a short line in capitals a notice: it announces,
// invites, greets or thanks, as a sign on a door does.
var noticeWords = wordSet(`invited invitation invite welcome thank thanks congratulations congrats happy merry
reminder notice update announcement closed closing cancelled canceled postponed rescheduled reopening open
rsvp`)

// minCapitalLineWords is how many words a line wholly in capitals needs
// to be a line set in capitals rather than a shouted phrase ("SO GOOD!").
const minCapitalLineWords = 3

// capitalLines is how many lines wholly in capitals make capitals the
// typeface of a piece's lines.
const capitalLines = 3

// phraseKey is the lower-case text of tokens, for telling signals apart.
func phraseKey(tx *lint.Text, toks []lint.Token) string {
	var b strings.Builder
	for i, tk := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(tx.Norm(&tk))
	}
	return b.String()
}

func label(list string) string {
	switch list {
	case "urgency":
		return string(famPressure)
	case "hardsell":
		return string(famHardSell)
	}
	return list
}

// claimEnd returns the end of a superlative claim starting at toks[i]: a
// tail within the next 8 words of the same sentence, or 0. Besides the
// listed tails, a scope names where the claim holds: "in Broadway
// history", "in theatre history" and, after "the", a named place, "the
// hottest pies in London". ("Most people in London" counts heads; it
// claims nothing.)
func claimEnd(tx *lint.Text, toks []lint.Token, i int) int {
	if n := norm(tx, toks, i+1); (n == "part" || n == "bit") && sameSentence(toks, i+1, i) {
		return 0 // "the best part of the season" picks a moment, it ranks no offer
	}
	ranked := i > 0 && (tx.Norm(&toks[i-1]) == "the" || possessive(tx, &toks[i-1]))
	for j := i + 1; j < len(toks) && j <= i+8 && sameSentence(toks, j, i); j++ {
		if toks[j].Kind == lint.Punct && tx.Word(&toks[j]) != "," {
			return 0
		}
		if n, _ := claimTails.Match(tx, toks, j); n > 0 {
			return j + n
		}
		if e := rankedForYou(tx, toks, i, j); ranked && e > 0 {
			return e
		}
		if tx.Norm(&toks[j]) != "in" || j+1 >= len(toks) || !sameSentence(toks, j+1, i) {
			continue
		}
		for k := j + 1; k <= j+3 && k < len(toks) && toks[k].Kind == lint.Word; k++ {
			if tx.Norm(&toks[k]) == "history" {
				return k + 1
			}
		}
		if c := tx.Word(&toks[j+1])[0]; ranked && c >= 'A' && c <= 'Z' && toks[j+1].Kind == lint.Word {
			return j + 2
		}
	}
	return 0
}

// rankedForYou returns the end of "you'll read", "you will ever hear",
// "you've tasted" starting at toks[j], or 0: after a superlative it ranks
// the thing above all the reader will meet, "the most important letter
// you'll read this year", "the best coffee you've ever tasted". A
// superlative of how often, "the most common question you'll hear", is
// a statistic, not a claim, and what the reader can do, "the cheapest
// way you can get there", is advice.
func rankedForYou(tx *lint.Text, toks []lint.Token, i, j int) int {
	k := j
	switch tx.Norm(&toks[k]) {
	case "you'll", "you've", "you'd":
		k++
	case "you":
		k++
		if a := norm(tx, toks, k); a == "will" || a == "have" || a == "would" {
			k++
		}
	default:
		return 0
	}
	if a := norm(tx, toks, k); a == "ever" || a == "likely" {
		k++
	}
	if k >= len(toks) || !sameSentence(toks, k, i) || !rankVerbs[tx.Norm(&toks[k])] {
		return 0
	}
	if tx.Norm(&toks[i]) == "most" && statisticWords[norm(tx, toks, i+1)] {
		return 0
	}
	return k + 1
}

// rankVerbs are what the reader does with a thing ranked above all:
// reads, hears, tastes, owns it.
var rankVerbs = wordSet(`read hear see watch taste tasted eat try tried buy bought own wear make made find found receive
heard seen watched eaten owned worn`)

// statisticWords after "most" count how often, not how good.
var statisticWords = wordSet(`common commonly frequent frequently likely usual typical often popular`)

// hedged reports whether the superlative toks[i] is softened to a place
// among many, "one of the biggest arenas in the country", "one of
// Leeds's oldest pubs": that reports a ranking, it does not claim the top
// of one, so news and calm copy use it freely.
func hedged(tx *lint.Text, toks []lint.Token, i int) bool {
	if i < 3 || (tx.Norm(&toks[i-1]) != "the" && !possessive(tx, &toks[i-1])) {
		return false
	}
	return tx.Norm(&toks[i-2]) == "of" && tx.Norm(&toks[i-3]) == "one" && sameSentence(toks, i-3, i)
}

// rankDeterminers rank what follows them: "the most", "our best".
var rankDeterminers = wordSet(`the our your their its his her my this that these`)

// countingMost reports whether "most" at toks[i] counts heads rather
// than ranks: "most manufacturers have not yet", "most of you". A
// superlative "most" follows a determiner or a name's possessive: "the
// most amazing blend ever", "our most popular class yet".
func countingMost(tx *lint.Text, toks []lint.Token, i int) bool {
	if tx.Norm(&toks[i]) != "most" || i > 0 && sameSentence(toks, i-1, i) && (rankDeterminers[tx.Norm(&toks[i-1])] || possessive(tx, &toks[i-1])) {
		return false
	}
	return true
}

// possessive reports whether a word is a name's possessive: "Broadway's".
func possessive(tx *lint.Text, tk *lint.Token) bool {
	return tk.Kind == lint.Word && (strings.HasSuffix(tx.Word(tk), "'s") || strings.HasSuffix(tx.Word(tk), "’s"))
}

// scopeOwner reports whether the superlative toks[i] follows a named
// owner that sets its scope, "Broadway's most unforgettable score",
// "America's greatest playwright": the claim ranks the thing against a
// whole field. "It's most", "there's most" are no owners.
func scopeOwner(tx *lint.Text, toks []lint.Token, i int) bool {
	if i == 0 || !possessive(tx, &toks[i-1]) || !sameSentence(toks, i-1, i) {
		return false
	}
	if n := tx.Norm(&toks[i-1]); scopeFields[n[:len(n)-2]] {
		return true // "the world's best coffee", "the town's biggest sale"
	}
	c := tx.Word(&toks[i-1])[0]
	return c >= 'A' && c <= 'Z' && !contractionOwners[tx.Norm(&toks[i-1])]
}

// scopeFields are the common nouns that own a superlative's whole field,
// as a named place does: "the world's best", "the country's favourite".
var scopeFields = wordSet(`world country nation town city county region planet universe industry market`)

// contractionOwners are "X's" words that shorten "X is" or "X has".
var contractionOwners = wordSet(`it's that's what's there's here's he's she's who's where's let's everyone's everybody's nobody's`)

// goneSomewhere reports whether a phrase that ends in "go" sends a
// thing somewhere or some way: "everything must go back on the shelf" is
// a tidying rule and "everything must go smoothly" a hope, not a
// clearance; "everything must go!" and "everything must go by Sunday"
// still press.
func goneSomewhere(tx *lint.Text, toks []lint.Token, i, n int) bool {
	j := i + n
	return tx.Norm(&toks[j-1]) == "go" && sameSentence(toks, j-1, j) && toks[j].Kind == lint.Word && !clauseTimes[tx.Norm(&toks[j])]
}

// closedWords returns the one-word phrases of lists, normalised: the
// compounds a list writes closed up.
func closedWords(lists ...[]lint.Phrase) map[string]bool {
	out := set(lists...)
	for w := range out {
		if strings.ContainsAny(w, " -<*") {
			delete(out, w)
		}
	}
	return out
}

// splitHype reports whether toks[i] and the word hyphened to it spell a
// hype word the list writes closed up: "breath-taking" is "breathtaking",
// as "jaw dropping" is "jaw-dropping". A name in capitals ("the
// Breath-Taking Tour") is a title, not praise.
func (d *pitchDetector) splitHype(tx *lint.Text, toks []lint.Token, i int) bool {
	return toks[i+1].Kind == lint.Word && d.closedHype[tx.Norm(&toks[i])+tx.Norm(&toks[i+1])] && !titledName(tx, toks, i)
}

// rankReference reports whether a matched "#1" numbers a thing rather
// than ranks the product: "rule #1", "Hall #1", "table #1" follow a noun;
// "our #1 seller", "voted #1" do not.
func rankReference(tx *lint.Text, toks []lint.Token, i, n int) bool {
	if n != 1 || !strings.HasPrefix(tx.Word(&toks[i]), "#") || i == 0 || rankClaim(tx, toks, i) {
		return false
	}
	prev := &toks[i-1]
	if prev.Kind != lint.Word || prev.Sentence != toks[i].Sentence {
		return false
	}
	return !rankLeads[tx.Norm(prev)]
}

// rankLeads come before a "#1" that ranks: "the #1 choice", "we're #1".
var rankLeads = wordSet(`the our your a is are was be been we're it's voted rated ranked named become became`)

// shortName reports whether a short capitalised word names a place or a
// group, as in "down to the ACT," or "see you at the BIG.": right after
// "the" and closing its clause, it is not said louder.
func shortName(tx *lint.Text, toks []lint.Token, i int) bool {
	if len(tx.Word(&toks[i])) > 3 || i == 0 || tx.Norm(&toks[i-1]) != "the" {
		return false
	}
	return i+1 == len(toks) || toks[i+1].Kind == lint.Punct || !sameSentence(toks, i+1, i)
}

// numberedLabel reports whether the word in capitals toks[i] numbers a
// part of the piece, as a heading or a step does: "PART 1:", "STEP 2:".
func numberedLabel(tx *lint.Text, toks []lint.Token, i int) bool {
	return i+2 < len(toks) && toks[i+1].Kind == lint.Number && norm(tx, toks, i+2) == ":" && sameSentence(toks, i, i+2)
}

// compoundTerm reports whether the word in capitals toks[i] is joined by
// a hyphen to a number or a word in lower case: "COVID-19",
// "EVOO-saturated", "DRM-free", "non-GMO" are terms written as they are
// spelt, not words said louder.
func compoundTerm(tx *lint.Text, toks []lint.Token, i int) bool {
	lowerOrNumber := func(tk *lint.Token) bool {
		if tk.Kind == lint.Number {
			return true
		}
		w := tx.Word(tk)
		return tk.Kind == lint.Word && w != "" && w[0] >= 'a' && w[0] <= 'z'
	}
	if i+1 < len(toks) && toks[i+1].Joined() && lowerOrNumber(&toks[i+1]) {
		return true
	}
	return toks[i].Joined() && i > 0 && lowerOrNumber(&toks[i-1])
}

// definedAbbreviation reports whether the word in capitals toks[i] is an
// abbreviation being defined: followed by its words in brackets, their
// initials spelling it ("FOMO (Fear Of Missing Out)", "NIMBY (Not In My
// Back Yard)"). Capitals followed by other words in brackets, "FREE (for
// everyone)", may still be a shout.
func definedAbbreviation(tx *lint.Text, toks []lint.Token, i int) bool {
	// brackets are not tokens: they sit in the gaps between them
	opens := func(a, b int) bool { return strings.HasSuffix(strings.TrimSpace(tx.Gap(&toks[a], &toks[b])), "(") }
	closes := func(a, b int) bool { return strings.HasPrefix(strings.TrimSpace(tx.Gap(&toks[a], &toks[b])), ")") }
	w := tx.Word(&toks[i])
	if i+1 >= len(toks) || !opens(i, i+1) || len(w) > 8 {
		return false
	}
	// the words in brackets, one per letter, each starting with it
	k := i + 1
	for _, r := range w {
		if k >= len(toks) || toks[k].Kind != lint.Word || !strings.EqualFold(tx.Word(&toks[k])[:1], string(r)) || k > i+1 && !sameSentence(toks, k, i) {
			return false
		}
		k++
	}
	return k < len(toks) && closes(k-1, k)
}

// shoutyShort are short capitalised words that are shouting, not acronyms.
var shoutyShort = map[string]bool{
	"NOW": true, "WOW": true, "NEW": true, "OFF": true, "YES": true, "ALL": true, "BIG": true,
	"HOT": true, "NO": true, "GO": true, "BUY": true, "ACT": true, "WIN": true, "OMG": true, "OUT": true,
	"YOU": true, "AND": true, "ONE": true, "TWO": true, "SIX": true, "TEN": true, "LOT": true,
}

// shoutedSpan reports whether a signal's words are written in capitals,
// at least one of them shouted rather than an acronym.
func (d *pitchDetector) shoutedSpan(tx *lint.Text, toks []lint.Token) bool {
	shout := false
	for i := range toks {
		tk := &toks[i]
		if tk.Kind != lint.Word {
			continue
		}
		if !lint.AllUpper(tx.Word(tk)) {
			return false
		}
		shout = shout || d.shouted(tx, tk)
	}
	return shout
}

// shouted reports whether a word is written in capitals for emphasis: 4 or
// more letters with a vowel (acronyms rarely have one), or a known short
// shouting word, and not a listed acronym.
func (d *pitchDetector) shouted(tx *lint.Text, tk *lint.Token) bool {
	s := tx.Word(tk)
	// Cheap test first: shouting starts with two capitals (or a capital
	// and an apostrophe), which rules out almost every word.
	if len(s) < 2 || s[0] < 'A' || s[0] > 'Z' || s[1] >= 'a' && s[1] <= 'z' || d.acronyms[s] {
		return false
	}
	letters, vowel := 0, false
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
			vowel = vowel || strings.ContainsRune("AEIOU", r)
		case r == '\'' || r == '’':
		default:
			return false
		}
	}
	if letters <= 3 {
		return shoutyShort[s]
	}
	return vowel
}

// quoteSignal writes a signal's words as they read, without Markdown: the
// tokens with single spaces, plus the currency signs and plus signs the
// tokenizer leaves out ("$120", "10,000+") and any run of "!".
func quoteSignal(tx *lint.Text, toks []lint.Token) string {
	return strings.TrimRight(tx.TokensText(toks), ",.;:")
}

// pieceExclaims returns whether the piece has a "!" anywhere, read once
// when first asked.
func pieceExclaims(t *lint.Text) func() bool {
	done, yes := false, false
	return func() bool {
		if !done {
			done = true
			for i := range t.Tokens {
				if exclaims(t, &t.Tokens[i]) {
					yes = true
					break
				}
			}
		}
		return yes
	}
}

package lint

// MissingNextStep flags pieces that end without inviting the reader to act.
var MissingNextStep = register(&Rule{
	ID:       "missing-next-step",
	Severity: SeverityWarning,
	Core:     true,
	Summary:  "The piece ends without a concrete next step for the reader",
	Doc: `Looks at the end of the piece (the last section, and the last two paragraphs)
for an invitation addressed to the reader: a sentence or link that starts with an
action verb (reply, try, book, read, download, join, pick, share, start, register…),
also after "so", "now", "then", "please", "feel free to", "why not", or after a
leading clause ("If you are stuck, reply…"); or "you can book…". A cta: in front
matter (the theme renders it as a button) or a closing section headed like "Next
step", "Try this", "What to do now" or "Your turn" also counts. Sign-offs
("Thanks for reading", "See you next week") and reflections do not, and neither
does a link buried in the middle of the piece. Pieces shorter than minWords are
not checked. Reported at the end of the piece. The verb list is extendable
(actions = [...]).`,
	Why: `A reader who finishes and agrees still has to decide what to do. Naming one
concrete step (with a link when there is one) turns attention into action and
tells them what you want from them.`,
	Before: "That's all for this week. Thanks for reading!",
	After:  "Try the two-draft habit on your next email, then hit reply and tell me how it went.",
	Settings: []Setting{
		{Name: "minWords", Default: 100, Doc: "pieces shorter than this are not checked"},
		{Name: "actions", Default: []string(nil), Doc: "extra verbs that invite the reader to act"},
	},
	build: buildNextStep,
})

type nextStep struct {
	verbs map[string]bool
}

func buildNextStep(s *Settings) (func(*Pass), error) {
	ns := &nextStep{verbs: set(wordList("actions"), extra(s.List("actions"), "actions"))}
	minWords := s.Int("minWords")
	return func(p *Pass) {
		t := p.Text
		if p.Page.CTA != nil && p.Page.CTA.Text != "" {
			return
		}
		body := bodyUnits(t)
		words := 0
		for _, u := range body {
			words += t.Units[u].Words
		}
		if len(body) == 0 || words < minWords {
			return
		}
		region := endRegion(t, body)
		for _, u := range region {
			if ns.invites(t, t.Units[u]) {
				return
			}
		}
		last := t.Units[body[len(body)-1]]
		lastSentence := t.Sentences[t.Tokens[last.Tok1-1].Sentence]
		p.ReportTokens(lastSentence.Tok0, lastSentence.Tok1,
			"The piece ends without a next step: the last section invites the reader to do nothing specific",
			`End with one concrete action for the reader, e.g. "Reply and tell me …", "Try … on your next …", "[Book a 15-minute call](…)", or add cta: {text: "…", url: "…"} to the front matter`)
	}, nil
}

// bodyUnits lists the indexes of the body's units (not front matter).
func bodyUnits(t *Text) []int {
	var out []int
	for i, u := range t.Units {
		if u.Kind != KindMeta {
			out = append(out, i)
		}
	}
	return out
}

// endRegion is the end of the piece: the last heading and the section
// after it (at most its last five units), plus the last two paragraphs.
func endRegion(t *Text, body []int) []int {
	lastHeading := -1
	for k, u := range body {
		if t.Units[u].Kind == KindHeading {
			lastHeading = k
		}
	}
	from := len(body) - 2
	paras := 0
	for k := len(body) - 1; k >= 0; k-- {
		if t.Units[body[k]].Kind != KindHeading {
			paras++
			if paras == 2 {
				from = min(from, k)
			}
		}
	}
	if lastHeading >= 0 && len(body)-1-lastHeading <= 5 {
		from = min(from, lastHeading)
	}
	return body[max(from, 0):]
}

// invites reports whether a unit invites the reader to act.
func (ns *nextStep) invites(t *Text, u Unit) bool {
	if u.Kind == KindHeading {
		return ns.nextStepHeading(t, u.Tok0, u.Tok1)
	}
	for k := u.Tok0; k < u.Tok1; {
		s := t.Sentences[t.Tokens[k].Sentence]
		if ns.imperative(t.Tokens[s.Tok0:s.Tok1]) {
			return true
		}
		k = s.Tok1
	}
	// a link whose text is an action: "… or [download the checklist](…)"
	for k := u.Tok0; k < u.Tok1; k++ {
		tk := &t.Tokens[k]
		if tk.Link && (k == u.Tok0 || !t.Tokens[k-1].Link) && ns.verbAt(t.Tokens[k:u.Tok1], 0) {
			return true
		}
	}
	return false
}

// nextStepHeadings name a closing section that holds the next step.
var nextStepHeadings = sharedMatcher(parseList(`next step
next steps
your next step
what to do now
what to do next
what you can do
your turn
your move
over to you
try this
try it
action items
action item
get started
call to action
how to join
how to take part`, "heading"))

func (ns *nextStep) nextStepHeading(t *Text, tok0, tok1 int) bool {
	toks := t.Tokens[tok0:tok1]
	for i, tk := range toks {
		if isSelf(tk.Norm) {
			return false // "What comes next for us" is about the sender
		}
		if n, _ := nextStepHeadings.match(toks, i); n > 0 {
			return true
		}
	}
	return ns.imperative(toks)
}

// Leads that may come before an imperative: "So, reply …", "Feel free to try …".
var imperativeLeads = sharedMatcher(parseList(`so
now
then
just
please
simply
first
next
finally
today
and
or
instead
go ahead and
why not
feel free to
be sure to
make sure to
don't forget to
remember to
if you like
if you want
in the meantime
meanwhile
until then`, "lead"))

// Subordinators start a leading clause: "If it still fails, reply …".
var subordinators = map[string]bool{
	"if": true, "when": true, "once": true, "before": true, "after": true, "whenever": true,
	"while": true, "whether": true, "since": true, "as": true, "now": true, "next": true, "until": true,
}

// imperative reports whether a sentence invites the reader to act.
func (ns *nextStep) imperative(toks []Token) bool {
	i := skipLeads(toks, 0)
	if ns.verbAt(toks, i) {
		return true
	}
	// after a leading clause: "Now that you know …, start with …"
	lead := skipPunct(toks, 0)
	if lead < len(toks) && !subordinators[toks[lead].Norm] {
		lead = i
	}
	if lead < len(toks) && subordinators[toks[lead].Norm] {
		for k := lead + 1; k < len(toks); k++ {
			if toks[k].Kind == Punct && toks[k].Text == "," {
				if ns.verbAt(toks, skipLeads(toks, k+1)) {
					return true
				}
				break
			}
		}
	}
	// "you can book …", "you could reply …"
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].Norm != "you" || !modal(toks[k+1].Norm) {
			continue
		}
		v := k + 2
		if v < len(toks) && (toks[v].Norm == "also" || toks[v].Norm == "now" || toks[v].Norm == "always" || toks[v].Norm == "just") {
			v++
		}
		if v < len(toks) && strongActions[toks[v].Norm] {
			return true
		}
	}
	return false
}

func modal(w string) bool { return w == "can" || w == "could" || w == "may" || w == "should" }

// strongActions count after "you can": they are invitations, not abilities.
var strongActions = map[string]bool{
	"reply": true, "book": true, "join": true, "download": true, "register": true, "subscribe": true,
	"try": true, "rsvp": true, "email": true, "schedule": true, "claim": true, "reserve": true,
	"sign": true, "grab": true, "enrol": true, "enroll": true, "apply": true, "watch": true,
}

func skipPunct(toks []Token, i int) int {
	for i < len(toks) && toks[i].Kind == Punct {
		i++
	}
	return i
}

func skipLeads(toks []Token, i int) int {
	for i < len(toks) {
		if toks[i].Kind == Punct {
			i++
			continue
		}
		n, _ := imperativeLeads.match(toks, i)
		if n == 0 {
			break
		}
		i += n
	}
	return i
}

// auxiliaries after a first word show it is a noun or a statement
// ("Support is open", "Reads are up"), not an imperative.
var auxiliaries = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true,
	"will": true, "can": true, "could": true, "would": true, "should": true, "may": true, "might": true,
	"do": true, "does": true, "did": true, "'s": true,
}

// verbAt reports whether toks[i] is an action verb used as an imperative.
func (ns *nextStep) verbAt(toks []Token, i int) bool {
	if i >= len(toks) || toks[i].Kind != Word || !ns.verbs[toks[i].Norm] || allUpper(toks[i].Text) && len(toks[i].Text) > 1 && toks[i].Norm != "rsvp" {
		return false
	}
	if i+1 < len(toks) {
		next := toks[i+1].Norm
		if auxiliaries[next] || toks[i+1].Joined {
			return false
		}
		if toks[i].Norm == "see" && (next == "you" || next == "ya") {
			return false // "See you next week" is a sign-off
		}
	}
	return true
}

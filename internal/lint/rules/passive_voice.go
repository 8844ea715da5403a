package rules

import (
	"fmt"
	"strings"

	"github.com/claritynotes/gen/internal/lint"
)

// PassiveVoice notes passive constructions that hide who acts.
var PassiveVoice = lint.Register(&lint.Rule{
	ID:       "passive-voice",
	Severity: lint.SeverityInfo,
	Summary:  "Passive voice hides who does what",
	Doc: `Notes a form of "to be" followed by a past participle ("was sent", "are being
reviewed", "has been fixed"), with an optional adverb between. Common adjectives
that end in -ed (tired, interested, pleased…) are not counted.`,
	Why: `"Your refund was processed" leaves the reader wondering by whom and when;
"The billing team refunded you on Monday" answers both. Active sentences are shorter too.`,
	Before: "Your request was received and will be reviewed.",
	After:  "Your request reached the support team; they answer within two working days.",
	Build: func(s *lint.Settings) (func(*lint.Pass), error) {
		irregular := set(wordList("passive"))
		return func(p *lint.Pass) {
			toks := p.Text.Tokens
			for i := 0; i < len(toks); i++ {
				if toks[i].Kind != lint.Word || !toks[i].Has(factBe) {
					continue
				}
				j := i + 1
				for j < len(toks) && j <= i+3 && toks[j].Kind == lint.Word && betweenBeAndParticiple(p.Text.Norm(&toks[j])) {
					j++
				}
				if j >= len(toks) || toks[j].Kind != lint.Word || !sameSentence(toks, j, i) || toks[j].Block != toks[i].Block {
					continue
				}
				w := p.Text.Norm(&toks[j])
				if !participle(w, irregular) {
					continue
				}
				if j+1 < len(toks) && p.Text.Norm(&toks[j+1]) == "to" && (w == "used" || w == "supposed") {
					continue
				}
				p.ReportTokens(i, j+1, fmt.Sprintf("Passive voice: %q does not say who acts", p.Text.PhraseText(toks[i:j+1])),
					activeHint(p.Text, toks, i, j))
				i = j
			}
		}, nil
	},
})

// factBe marks the forms of "to be".
var factBe = lint.SharedFact(keys(beVerbs)...)

var beVerbs = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"am": true, "isn't": true, "aren't": true, "wasn't": true, "weren't": true,
}

// edAdjectives end in -ed but describe a state, not an action done to someone.
var edAdjectives = map[string]bool{
	"tired": true, "excited": true, "interested": true, "pleased": true, "delighted": true,
	"worried": true, "bored": true, "married": true, "surprised": true, "scared": true,
	"ashamed": true, "concerned": true, "committed": true, "dedicated": true, "qualified": true,
	"advanced": true, "detailed": true, "supposed": true, "complicated": true, "sophisticated": true,
	"talented": true, "experienced": true, "crowded": true, "naked": true, "beloved": true,
	"wicked": true, "hundred": true, "sacred": true, "thrilled": true, "convinced": true,
	"prepared": true, "related": true, "based": true, "limited": true, "confused": true,
	"amazed": true, "impressed": true, "overwhelmed": true, "exhausted": true, "relieved": true,
	"satisfied": true, "disappointed": true, "determined": true, "involved": true, "skilled": true,
	"red": true, "bed": true, "need": true, "feed": true, "speed": true, "seed": true, "shed": true,
	"embed": true, "indeed": true, "proceed": true, "exceed": true, "succeed": true,
}

func participle(w string, irregular map[string]bool) bool {
	if irregular[w] {
		return w != "been"
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !edAdjectives[w]
}

// activeHint suggests the active sentence for the passive toks[be..part]:
// the doer after "by" becomes the subject ("was reviewed by the editor" →
// "the editor reviewed"); a sentence about the reader is turned to what
// the reader does or gets; otherwise the writer is asked to name the doer.
func activeHint(tx *lint.Text, toks []lint.Token, be, part int) string {
	past := pastTense(tx.Norm(&toks[part]))
	if k := part + 1; k < len(toks) && tx.Norm(&toks[k]) == "by" && sameSentence(toks, k, be) {
		end := k + 1
		for end < len(toks) && end <= k+5 && toks[end].Kind == lint.Word && sameSentence(toks, end, be) && !clauseWords[tx.Norm(&toks[end])] {
			end++
		}
		if end > k+1 {
			return fmt.Sprintf("Start with who acts: %q", tx.PhraseText(toks[k+1:end])+" "+past+" …")
		}
	}
	// the subject: the words of the clause before the verb "to be"
	from := be
	for from > 0 && be-from < 4 && toks[from-1].Kind == lint.Word && sameSentence(toks, from-1, be) && !clauseWords[tx.Norm(&toks[from-1])] {
		from--
	}
	subject := strings.ToLower(tx.PhraseText(toks[from:be]))
	switch {
	case subject == "you" || strings.HasPrefix(subject, "you ") || strings.HasPrefix(subject, "your "):
		return fmt.Sprintf("Tell the reader what they do or get, e.g. \"you'll get …\" or \"you can …\", or name who %s %s", past, subject)
	case subject != "" && subject != "it" && subject != "this" && subject != "that":
		return fmt.Sprintf("Name who acts: \"[who] %s %s\" (a person, a team or the product)", past, subject)
	}
	return fmt.Sprintf("Name who acts: \"[who] %s …\" (a person, a team or the product)", past)
}

// pastTenses are the irregular past participles whose simple past differs.
var pastTenses = map[string]string{
	"awoken": "woke", "been": "was", "begun": "began", "bitten": "bit", "blown": "blew", "born": "bore",
	"broken": "broke", "chosen": "chose", "done": "did", "drawn": "drew", "driven": "drove",
	"eaten": "ate", "fallen": "fell", "forgotten": "forgot", "forgiven": "forgave", "frozen": "froze",
	"given": "gave", "grown": "grew", "hidden": "hid", "known": "knew", "ridden": "rode", "run": "ran",
	"seen": "saw", "shaken": "shook", "shown": "showed", "spoken": "spoke", "stolen": "stole",
	"sung": "sang", "taken": "took", "thrown": "threw", "torn": "tore", "worn": "wore", "written": "wrote",
}

func pastTense(participle string) string {
	if p, ok := pastTenses[participle]; ok {
		return p
	}
	return participle
}

// clauseWords end a noun phrase: the doer after "by" stops before "on
// Monday", the subject before "is" starts after "when" or "which".
var clauseWords = map[string]bool{
	"on": true, "in": true, "at": true, "for": true, "to": true, "with": true, "from": true, "during": true,
	"after": true, "before": true, "and": true, "but": true, "or": true, "because": true, "since": true,
	"so": true, "when": true, "while": true, "which": true, "that": true, "who": true, "where": true,
	"if": true, "as": true, "until": true, "than": true, "last": true, "yesterday": true, "today": true,
}

// betweenBeAndParticiple reports a word that may stand between a form of
// "to be" and its participle: "was quickly sent", "has not been read".
func betweenBeAndParticiple(w string) bool {
	switch w {
	case "not", "been", "being", "also", "never":
		return true
	}
	return strings.HasSuffix(w, "ly")
}

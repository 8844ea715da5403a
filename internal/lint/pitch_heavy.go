package lint

import (
	"fmt"
	"strings"
)

// PitchHeavy flags clusters of hype, pressure and hard sell.
var PitchHeavy = register(&Rule{
	ID:       "pitch-heavy",
	Severity: SeverityError,
	Core:     true,
	Summary:  "Hype, pressure and hard sell cluster: the copy pushes instead of helping",
	Doc: `Finds pitch signals: hype superlatives (revolutionary, best-in-class, world-class,
"the biggest … ever"), pressure and urgency (act now, limited time, only 3 left,
hurry, last chance, don't miss out, today only, before it's gone), hard sell (buy
now, guaranteed, risk-free, 100%, #1), runs of exclamation marks (!!) and SHOUTED
words. It fires on a paragraph with 3 or more distinct signals, or on a piece with
about 2 signals per 100 words (and at least 3 in all). One mild word in calm copy
never fires. Each report lists every signal with its position. Word lists are
built in and extendable in gen.toml: hype, urgency, hardsell, and acronyms (capitals
that are names, not shouting).`,
	Why: `Pressure makes readers defensive, and superlatives they cannot check read as
noise. Facts, a real deadline and an honest offer earn more trust and more clicks.`,
	Before: "HURRY!!! Our revolutionary, best-in-class planner is 50% off — TODAY ONLY!",
	After:  "The planner is 50% off until Sunday at midnight (UTC). It syncs with your calendar in two clicks.",
	Settings: []Setting{
		{Name: "paragraphSignals", Default: 3, Doc: "distinct signals in one paragraph that make it pitch-heavy"},
		{Name: "density", Default: 2.0, Doc: "signals per 100 words over the whole piece that make it pitch-heavy"},
		{Name: "minSignals", Default: 3, Doc: "fewest signals in the whole piece for the density test"},
		{Name: "hype", Default: []string(nil), Doc: "extra hype words and phrases"},
		{Name: "urgency", Default: []string(nil), Doc: "extra pressure and urgency phrases"},
		{Name: "hardsell", Default: []string(nil), Doc: "extra hard-sell phrases"},
		{Name: "acronyms", Default: []string(nil), Doc: "extra capitalised names and acronyms that are not shouting"},
	},
	build: buildPitchHeavy,
})

// signal is one pitch signal: tokens [tok0, tok1) and what kind it is.
type signal struct {
	tok0, tok1 int
	kind, key  string
}

type pitchDetector struct {
	phrases  *matcher
	acronyms map[string]bool
}

func buildPitchHeavy(s *Settings) (func(*Pass), error) {
	d := &pitchDetector{
		phrases: s.lex.matcher(wordList("hype"), wordList("urgency"), wordList("hardsell"),
			extra(s.List("hype"), "hype"), extra(s.List("urgency"), "urgency"), extra(s.List("hardsell"), "hardsell")),
		acronyms: map[string]bool{},
	}
	for _, p := range append(wordList("acronyms"), extra(s.List("acronyms"), "acronyms")...) {
		d.acronyms[strings.ToUpper(p.Text)] = true
	}
	perPara, density, minSignals := s.Int("paragraphSignals"), s.Float("density"), s.Int("minSignals")
	return func(p *Pass) {
		t := p.Text
		sigs := d.signals(t)
		reported := false
		i := 0
		for _, u := range t.Units {
			var in []signal
			for i < len(sigs) && sigs[i].tok0 < u.Tok1 {
				if sigs[i].tok0 >= u.Tok0 {
					in = append(in, sigs[i])
				}
				i++
			}
			if u.Kind != KindParagraph || distinct(in) < perPara {
				continue
			}
			reported = true
			report(p, in, fmt.Sprintf("This paragraph pushes instead of helping: %d pitch signals", len(in)))
		}
		if reported || len(sigs) < minSignals || t.Words == 0 {
			return
		}
		per100 := float64(len(sigs)) / float64(t.Words) * 100
		if per100 >= density {
			report(p, sigs, fmt.Sprintf("The piece pushes instead of helping: %d pitch signals in %d words (%.1f per 100 words; limit %.1f)",
				len(sigs), t.Words, per100, density))
		}
	}, nil
}

func distinct(sigs []signal) int {
	seen := map[string]bool{}
	for _, s := range sigs {
		seen[s.key] = true
	}
	return len(seen)
}

// report records one finding spanning the signals, each of them related.
func report(p *Pass, sigs []signal, msg string) {
	t := p.Text
	var parts []string
	var related []Span
	for _, s := range sigs {
		start, end, _ := t.Span(s.tok0, s.tok1)
		related = append(related, Span{Offset: start, EndOffset: end, Label: s.kind})
		parts = append(parts, fmt.Sprintf("%q (%s)", strings.Join(strings.Fields(string(p.Page.Source[start:end])), " "), s.kind))
	}
	first, _, _ := t.Span(sigs[0].tok0, sigs[0].tok1)
	_, last, _ := t.Span(sigs[len(sigs)-1].tok0, sigs[len(sigs)-1].tok1)
	if t.Tokens[sigs[0].tok0].Block != t.Tokens[sigs[len(sigs)-1].tok0].Block {
		// signals across the piece: point at the first, list the rest
		_, last, _ = t.Span(sigs[0].tok0, sigs[0].tok1)
	}
	p.Report(first, last, msg+": "+strings.Join(parts, ", "),
		"Replace claims with facts the reader can check (what it does, what it costs, when it really ends) and drop the pressure; one calm deadline is enough")
	p.out[len(p.out)-1].Related = related
}

// superlatives start a claim like "the biggest sale ever".
var superlatives = map[string]bool{
	"most": true, "best": true, "biggest": true, "greatest": true, "lowest": true, "highest": true,
	"finest": true, "smartest": true, "fastest": true, "cheapest": true, "strongest": true,
	"softest": true, "hottest": true, "largest": true, "coolest": true, "boldest": true,
	"brightest": true, "smoothest": true, "freshest": true, "tastiest": true, "wildest": true,
}

// claimTails end a superlative claim: "… ever", "… in the world".
var claimTails = sharedMatcher(parseList(`ever
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
of the decade
of the century
of their career
of your career
of your life`, "tail"))

// signals finds every pitch signal in reading order; a token belongs to
// at most one signal.
func (d *pitchDetector) signals(t *Text) []signal {
	var out []signal
	toks := t.Tokens
	for i := 0; i < len(toks); i++ {
		tk := &toks[i]
		if tk.Kind == Punct {
			if strings.Count(tk.Text, "!") >= 2 {
				out = append(out, signal{i, i + 1, "exclamations", "!!"})
			}
			continue
		}
		// Most words start no phrase, claim or shouting: test their flags
		// and first letter before calling anything.
		if d.phrases.canStart(tk) {
			if n, ph := d.phrases.match(toks, i); n > 0 {
				out = append(out, signal{i, i + n, label(ph.List), ph.Text})
				i += n - 1
				continue
			}
		}
		if tk.Kind != Word {
			continue
		}
		if tk.flags&flagSuperlative != 0 {
			if end := claimEnd(toks, i); end > 0 {
				out = append(out, signal{i, end, "superlative claim", "superlative " + tk.Norm})
				i = end - 1
				continue
			}
		}
		if c := tk.Text[0]; c >= 'A' && c <= 'Z' && d.shouted(tk) {
			out = append(out, signal{i, i + 1, "shouting", "shout " + tk.Norm})
		}
	}
	return out
}

func label(list string) string {
	switch list {
	case "urgency":
		return "pressure"
	case "hardsell":
		return "hard sell"
	}
	return list
}

// claimEnd returns the end of a superlative claim starting at toks[i]: a
// tail within the next 8 words of the same sentence, or 0.
func claimEnd(toks []Token, i int) int {
	for j := i + 1; j < len(toks) && j <= i+8 && toks[j].Sentence == toks[i].Sentence; j++ {
		if toks[j].Kind == Punct && toks[j].Text != "," {
			return 0
		}
		if n, _ := claimTails.match(toks, j); n > 0 {
			return j + n
		}
	}
	return 0
}

// shoutyShort are short capitalised words that are shouting, not acronyms.
var shoutyShort = map[string]bool{
	"NOW": true, "WOW": true, "NEW": true, "OFF": true, "YES": true, "ALL": true, "BIG": true,
	"HOT": true, "NO": true, "GO": true, "BUY": true, "ACT": true, "WIN": true, "OMG": true, "OUT": true,
}

// shouted reports whether a word is written in capitals for emphasis: 4 or
// more letters with a vowel (acronyms rarely have one), or a known short
// shouting word, and not a listed acronym.
func (d *pitchDetector) shouted(tk *Token) bool {
	s := tk.Text
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

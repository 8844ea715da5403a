package rules

import (
	"fmt"
	"sort"
	"strings"

	"github.com/claritynotes/gen/internal/lint"
)

// WeCentric flags copy that talks about the sender more than the reader.
var WeCentric = lint.Register(&lint.Rule{
	ID:       "we-centric",
	Severity: lint.SeverityWarning,
	Core:     true,
	Summary:  "The copy talks about the sender (we, our, us) more than the reader (you, your)",
	Doc: `Counts self-references (we, us, our, ours, ourselves, their contractions, and the
site's brand names from lint.brands) against reader references (you, your, yours,
yourself, yourselves), over the whole piece and in every paragraph of 40 or more
words. It fires when there are at least 5 self-references and at least twice as
many self as reader references. I, me and my are a writer's personal voice and
are not counted, and neither are words in quotation marks: a quoted source's "we"
is not the sender, nor its "you" the reader. The message gives both counts and the customer-focus ratio,
reader ÷ (reader + self); the suggestion turns the most sender-centred sentence
toward the reader.`,
	Why: `Readers scan for what is in it for them. Copy about the company's pride, plans
and teams makes them do the translation; most will not.`,
	Before: "We are proud to announce that we have launched our new reporting engine.",
	After:  "You can now build a report in two clicks with the new reporting engine.",
	Settings: []lint.Setting{
		{Name: "minSelf", Default: 5, Doc: "fewest self-references before the rule can fire"},
		{Name: "ratio", Default: 2.0, Doc: "self-references must be at least this many times the reader references"},
		{Name: "paragraphWords", Default: 40, Doc: "paragraphs with at least this many words are also checked on their own"},
	},
	Build: buildWeCentric,
})

func buildWeCentric(s *lint.Settings) (func(*lint.Pass), error) {
	minSelf, ratio, paraWords := s.Int("minSelf"), s.Float("ratio"), s.Int("paragraphWords")
	centric := func(self, reader int) bool {
		return self >= minSelf && float64(self) >= ratio*float64(reader)
	}
	return func(p *lint.Pass) {
		t := p.Text
		// The piece-level finding comes first: a paragraph that holds its
		// most sender-centred sentence is the same place with the same
		// suggestion, and is not reported again.
		worst := -1
		if centric(p.Count(0, len(t.Tokens))) {
			self, reader, words := tally(p, 0, len(t.Tokens))
			worst = worstSentence(p, 0, len(t.Sentences))
			sen := t.Sentences[worst]
			p.ReportTokens(sen.Tok0, sen.Tok1,
				"The piece talks about the sender more than the reader: "+counts(self, reader, words)+
					"; this sentence is the most sender-centred",
				suggestWe(p, sen.Tok0, sen.Tok1))
		}
		for _, u := range t.Units {
			if u.Kind != lint.KindParagraph || u.Words < paraWords {
				continue
			}
			if worst >= 0 && t.Sentences[worst].Tok0 >= u.Tok0 && t.Sentences[worst].Tok0 < u.Tok1 {
				continue
			}
			if !centric(p.Count(u.Tok0, u.Tok1)) {
				continue
			}
			self, reader, words := tally(p, u.Tok0, u.Tok1)
			p.ReportTokens(u.Tok0, u.Tok1,
				"This paragraph talks about the sender more than the reader: "+counts(self, reader, words),
				suggestWe(p, u.Tok0, u.Tok1))
		}
	}, nil
}

// tally counts references and lists the self words used, most frequent first.
func tally(p *lint.Pass, tok0, tok1 int) (self, reader int, words []string) {
	t := p.Text
	self, reader = p.Count(tok0, tok1)
	if self == 0 {
		return self, reader, nil
	}
	seen := map[string]int{}
	for _, r := range p.Refs(tok0, tok1) {
		if !r.Self {
			continue
		}
		w := t.Norm(&t.Tokens[r.Tok])
		if r.N > 1 || !lint.IsSelf(w) {
			w = t.PhraseText(t.Tokens[r.Tok : r.Tok+r.N])
		}
		seen[w]++
	}
	for w := range seen {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if seen[words[i]] != seen[words[j]] {
			return seen[words[i]] > seen[words[j]]
		}
		return words[i] < words[j]
	})
	for i, w := range words {
		words[i] = fmt.Sprintf("%s ×%d", w, seen[w])
	}
	return self, reader, words
}

func counts(self, reader int, words []string) string {
	focus := 0.0
	if self+reader > 0 {
		focus = float64(reader) / float64(self+reader) * 100
	}
	refs := "references"
	if reader == 1 {
		refs = "reference"
	}
	return fmt.Sprintf("%d self-references (%s) and %d reader %s (you, your); customer focus %.0f%% (reader ÷ (reader + self))",
		self, strings.Join(words, ", "), reader, refs, focus)
}

// worstSentence is the sentence in [s0, s1) with the most self-references
// beyond reader references (the first on ties).
func worstSentence(p *lint.Pass, s0, s1 int) int {
	t := p.Text
	best, bestScore := s0, -1<<30
	for i := s0; i < s1; i++ {
		sen := t.Sentences[i]
		self, reader := p.Count(sen.Tok0, sen.Tok1)
		if self-reader > bestScore {
			best, bestScore = i, self-reader
		}
	}
	return best
}

// senderVerbs turn "we <verb>" into what the reader gets.
var senderVerbs = map[string]string{
	"offer": "you get", "offers": "you get", "provide": "you get", "provides": "you get",
	"deliver": "you receive", "give": "you get", "bring": "you get", "help": "you can",
	"built": "you can now use", "build": "you can use", "created": "you can now use",
	"made": "you can now use", "designed": "you can now use", "developed": "you can now use",
	"launched": "you can now try", "released": "you can now try", "shipped": "you can now use",
	"introduced": "you can now use", "added": "you can now use", "support": "you get help with",
}

// suggestWe rewrites the most sender-centred sentence's pattern toward the reader.
func suggestWe(p *lint.Pass, tok0, tok1 int) string {
	t := p.Text
	s := t.Sentences[worstSentence(p, int(t.Tokens[tok0].Sentence), int(t.Tokens[tok1-1].Sentence)+1)]
	toks := t.Tokens[s.Tok0:s.Tok1]
	for i := 0; i+1 < len(toks); i++ {
		if t.Norm(&toks[i]) != "we" {
			continue
		}
		v := i + 1
		for v < len(toks)-1 && (t.Norm(&toks[v]) == "also" || t.Norm(&toks[v]) == "now" || t.Norm(&toks[v]) == "have" || t.Norm(&toks[v]) == "are") {
			v++
		}
		repl, ok := senderVerbs[t.Norm(&toks[v])]
		if !ok {
			continue
		}
		end := min(len(toks), v+7)
		var rest []string
		for _, tk := range toks[v+1 : end] {
			if tk.Kind == lint.Punct {
				break
			}
			w := t.Word(&tk)
			if t.Norm(&tk) == "our" {
				w = "the"
			}
			rest = append(rest, w)
		}
		from := t.PhraseText(toks[i:end])
		return fmt.Sprintf("Say what the reader gets: %q → %q", from, strings.TrimSpace(repl+" "+strings.Join(rest, " ")))
	}
	quote := t.PhraseText(toks[:min(len(toks), 12)])
	if len(toks) > 12 {
		quote += " …"
	}
	return fmt.Sprintf(`Rewrite %q from the reader's side: start with "you" and what changes for them ("we offer X" → "you get X")`, quote)
}

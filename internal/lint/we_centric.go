package lint

import (
	"fmt"
	"sort"
	"strings"
)

// WeCentric flags copy that talks about the sender more than the reader.
var WeCentric = register(&Rule{
	ID:       "we-centric",
	Severity: SeverityWarning,
	Core:     true,
	Summary:  "The copy talks about the sender (we, our, us) more than the reader (you, your)",
	Doc: `Counts self-references (we, us, our, ours, ourselves, their contractions, and the
site's brand names from lint.brands) against reader references (you, your, yours,
yourself, yourselves), over the whole piece and in every paragraph of 40 or more
words. It fires when there are at least 5 self-references and at least twice as
many self as reader references. I, me and my are a writer's personal voice and
are not counted. The message gives both counts and the customer-focus ratio,
reader ÷ (reader + self); the suggestion turns the most sender-centred sentence
toward the reader.`,
	Why: `Readers scan for what is in it for them. Copy about the company's pride, plans
and teams makes them do the translation; most will not.`,
	Before: "We are proud to announce that we have launched our new reporting engine.",
	After:  "You can now build a report in two clicks with the new reporting engine.",
	Settings: []Setting{
		{Name: "minSelf", Default: 5, Doc: "fewest self-references before the rule can fire"},
		{Name: "ratio", Default: 2.0, Doc: "self-references must be at least this many times the reader references"},
		{Name: "paragraphWords", Default: 40, Doc: "paragraphs with at least this many words are also checked on their own"},
	},
	build: buildWeCentric,
})

func buildWeCentric(s *Settings) (func(*Pass), error) {
	minSelf, ratio, paraWords := s.Int("minSelf"), s.Float("ratio"), s.Int("paragraphWords")
	refs := s.refs
	centric := func(self, reader int) bool {
		return self >= minSelf && float64(self) >= ratio*float64(reader)
	}
	return func(p *Pass) {
		t := p.Text
		// The piece-level finding comes first: a paragraph that holds its
		// most sender-centred sentence is the same place with the same
		// suggestion, and is not reported again.
		worst := -1
		if centric(refs.count(t, 0, len(t.Tokens))) {
			self, reader, words := tally(refs, t, 0, len(t.Tokens))
			worst = worstSentence(refs, t, 0, len(t.Sentences))
			sen := t.Sentences[worst]
			p.ReportTokens(sen.Tok0, sen.Tok1,
				"The piece talks about the sender more than the reader: "+counts(self, reader, words)+
					"; this sentence is the most sender-centred",
				suggestWe(refs, t, sen.Tok0, sen.Tok1))
		}
		for _, u := range t.Units {
			if u.Kind != KindParagraph || u.Words < paraWords {
				continue
			}
			if worst >= 0 && t.Sentences[worst].Tok0 >= u.Tok0 && t.Sentences[worst].Tok0 < u.Tok1 {
				continue
			}
			if !centric(refs.count(t, u.Tok0, u.Tok1)) {
				continue
			}
			self, reader, words := tally(refs, t, u.Tok0, u.Tok1)
			p.ReportTokens(u.Tok0, u.Tok1,
				"This paragraph talks about the sender more than the reader: "+counts(self, reader, words),
				suggestWe(refs, t, u.Tok0, u.Tok1))
		}
	}, nil
}

// tally counts references and lists the self words used, most frequent first.
func tally(c *refCounter, t *Text, tok0, tok1 int) (self, reader int, words []string) {
	self, reader = c.count(t, tok0, tok1)
	if self == 0 {
		return self, reader, nil
	}
	seen := map[string]int{}
	for _, r := range c.within(t, tok0, tok1) {
		if !r.self {
			continue
		}
		w := t.Tokens[r.tok].Norm
		if r.n > 1 || !isSelf(w) {
			w = phraseText(t.Tokens[r.tok : r.tok+r.n])
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
func worstSentence(c *refCounter, t *Text, s0, s1 int) int {
	best, bestScore := s0, -1<<30
	for i := s0; i < s1; i++ {
		sen := t.Sentences[i]
		self, reader := c.count(t, sen.Tok0, sen.Tok1)
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
func suggestWe(c *refCounter, t *Text, tok0, tok1 int) string {
	s := t.Sentences[worstSentence(c, t, t.Tokens[tok0].Sentence, t.Tokens[tok1-1].Sentence+1)]
	toks := t.Tokens[s.Tok0:s.Tok1]
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Norm != "we" {
			continue
		}
		v := i + 1
		for v < len(toks)-1 && (toks[v].Norm == "also" || toks[v].Norm == "now" || toks[v].Norm == "have" || toks[v].Norm == "are") {
			v++
		}
		repl, ok := senderVerbs[toks[v].Norm]
		if !ok {
			continue
		}
		end := min(len(toks), v+7)
		var rest []string
		for _, tk := range toks[v+1 : end] {
			if tk.Kind == Punct {
				break
			}
			w := tk.Text
			if tk.Norm == "our" {
				w = "the"
			}
			rest = append(rest, w)
		}
		from := phraseText(toks[i:end])
		return fmt.Sprintf("Say what the reader gets: %q → %q", from, strings.TrimSpace(repl+" "+strings.Join(rest, " ")))
	}
	quote := phraseText(toks[:min(len(toks), 12)])
	if len(toks) > 12 {
		quote += " …"
	}
	return fmt.Sprintf(`Rewrite %q from the reader's side: start with "you" and what changes for them ("we offer X" → "you get X")`, quote)
}

// phraseText joins tokens as they read, without trailing punctuation.
func phraseText(toks []Token) string {
	var b strings.Builder
	for i, tk := range toks {
		if tk.Kind == Punct && i == len(toks)-1 {
			break
		}
		if i > 0 && tk.Kind != Punct && !tk.Joined {
			b.WriteByte(' ')
		}
		if tk.Joined {
			b.WriteByte('-')
		}
		if tk.Currency != 0 {
			b.WriteRune(tk.Currency)
		}
		b.WriteString(tk.Text)
		if tk.Plus {
			b.WriteByte('+')
		}
	}
	return b.String()
}

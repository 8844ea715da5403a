package lint

import "fmt"

// phraseCheck reports every occurrence of a listed phrase.
func phraseCheck(m *matcher, message func(found string, ph *phrase) (msg, suggestion string)) func(*Pass) {
	return func(p *Pass) {
		toks := p.Text.Tokens
		for i := 0; i < len(toks); i++ {
			if !m.canStart(&toks[i]) {
				continue
			}
			n, ph := m.match(toks, i)
			if n == 0 {
				continue
			}
			start, end, _ := p.Text.Span(i, i+n)
			// quote the words as they read, without Markdown
			msg, sug := message(phraseText(toks[i:i+n]), ph)
			p.Report(start, end, msg, sug)
			i += n - 1
		}
	}
}

// Jargon flags buzzwords that have plain alternatives.
var Jargon = register(&Rule{
	ID:       "jargon",
	Severity: SeverityWarning,
	Summary:  "Jargon or a buzzword has a plainer alternative",
	Doc: `Flags buzzwords and jargon (leverage, synergy, seamless, best practices, deep
dive, move the needle…) and suggests a plain alternative. Add your own with
words = ["phrase = alternative", ...] in [lint.rules.jargon].`,
	Why: `Buzzwords sound like every other company and make the reader translate. Plain
words are faster to read and easier to believe.`,
	Before: "Leverage our seamless platform to streamline your workflows.",
	After:  "Use one tool for the whole job, with no copying between apps.",
	Settings: []Setting{
		{Name: "words", Default: []string(nil), Doc: `extra entries, each "phrase" or "phrase = alternative"`},
	},
	build: func(s *Settings) (func(*Pass), error) {
		m := s.lex.matcher(wordList("jargon"), extra(s.List("words"), "jargon"))
		return phraseCheck(m, func(found string, ph *phrase) (string, string) {
			if ph.Note == "" {
				return fmt.Sprintf("%q is jargon", found), "Say what it means in plain words"
			}
			return fmt.Sprintf("%q is jargon", found), fmt.Sprintf("Try: %s", ph.Note)
		}), nil
	},
})

// Friction flags phrases that make the reader wait, hunt or ask.
var Friction = register(&Rule{
	ID:       "friction",
	Severity: SeverityWarning,
	Summary:  "A phrase makes the reader wait, hunt or ask for what they need",
	Doc: `Flags friction phrases: "contact us to learn more", "someone will be in touch",
"fill out the form", "request a quote", "please allow 5 business days", "click
here"… Each comes with what to do instead. Add your own with phrases = ["phrase =
fix", ...] in [lint.rules.friction].`,
	Why: `Every extra step between the reader and the answer loses readers. Give the
price, the date or the link here, and say exactly what happens next.`,
	Before: "Contact us to learn more about pricing, and someone will be in touch.",
	After:  "Plans start at $12 a month. Reply with your team size and you will get a quote within one working day.",
	Settings: []Setting{
		{Name: "phrases", Default: []string(nil), Doc: `extra entries, each "phrase" or "phrase = what to do instead"`},
	},
	build: func(s *Settings) (func(*Pass), error) {
		m := s.lex.matcher(wordList("friction"), extra(s.List("phrases"), "friction"))
		return phraseCheck(m, func(found string, ph *phrase) (string, string) {
			sug := "Give the reader the answer or the direct link here"
			if ph.Note != "" {
				sug = "Instead: " + ph.Note
			}
			return fmt.Sprintf("%q makes the reader wait or hunt", found), sug
		}), nil
	},
})

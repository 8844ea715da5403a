package rules

import (
	"github.com/claritynotes/gen/internal/lint"
)

// phraseCheck reports every occurrence of a listed phrase.
func phraseCheck(m *lint.Matcher, message func(found string, ph *lint.Phrase) (msg, suggestion string)) func(*lint.Pass) {
	return func(p *lint.Pass) {
		toks := p.Text.Tokens
		for i := 0; i < len(toks); i++ {
			if !m.CanStart(&toks[i]) {
				continue
			}
			n, ph := m.Match(p.Text, toks, i)
			if n == 0 {
				continue
			}
			start, end, _ := p.Text.Span(i, i+n)
			// quote the words as they read, without Markdown
			msg, sug := message(p.Text.PhraseText(toks[i:i+n]), ph)
			p.Report(start, end, msg, sug)
			i += n - 1
		}
	}
}

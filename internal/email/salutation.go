package email

import (
	"html"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"

	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/markdown"
)

// nameField is where newsletter.greeting puts the reader's first name: the
// tool's merge tag with "there" as the fallback, or "there" on the web.
const nameField = "{name}"

// salutations are the greeting and sign-off an issue's email adds around
// its body. Each is empty when the body already has its own or when the
// site or the issue turns it off.
type salutations struct {
	// Greeting is the greeting line as written, with {name} in it.
	Greeting string
	// Signoff is the closing phrase; SignoffName is the author's name on the
	// line below it, set only when the phrase ends with a comma
	// ("Warmly," then "Maya"), since "Thanks, Maya" already names someone.
	Signoff, SignoffName string
}

// salutationsFor decides the greeting and sign-off of an issue: the
// issue's front matter overrides gen.toml, and neither is added when the
// body opens with a greeting or ends with a sign-off of its own.
func (r *Renderer) salutationsFor(p *content.Page) salutations {
	var s salutations
	greeting, signoff := r.cfg.Newsletter.Greeting, r.cfg.Newsletter.Signoff
	if p.Greeting != nil {
		greeting = *p.Greeting
	}
	if p.Signoff != nil {
		signoff = *p.Signoff
	}
	if g := oneLine(greeting); g != "" && !opensWithGreeting(p) {
		s.Greeting = g
	}
	if so := oneLine(signoff); so != "" && !endsWithSignoff(p) {
		s.Signoff = so
		if strings.HasSuffix(so, ",") {
			s.SignoffName = p.Author
			if s.SignoffName == "" {
				s.SignoffName = r.cfg.Author.Name
			}
			s.SignoffName = oneLine(s.SignoffName)
		}
	}
	return s
}

// greeting is the greeting escaped for its format, with {name} replaced
// by the first-name token (which the merger turns into the tool's merge
// tag); the token is not escaped, so no format's escaping can break it.
func (s salutations) greeting(escape func(string) string) string {
	parts := strings.Split(s.Greeting, nameField)
	for i := range parts {
		parts[i] = escape(parts[i])
	}
	return strings.Join(parts, firstNameToken("there"))
}

// signoffLines are the sign-off phrase and the name below it, if any.
func (s salutations) signoffLines() []string {
	if s.Signoff == "" {
		return nil
	}
	if s.SignoffName == "" {
		return []string{s.Signoff}
	}
	return []string{s.Signoff, s.SignoffName}
}

func (s salutations) signoffHTML() string {
	lines := s.signoffLines()
	for i := range lines {
		lines[i] = html.EscapeString(lines[i])
	}
	return strings.Join(lines, "<br>")
}

// greetingWords open a greeting line ("Hi there,", "Dear Sam,", "Good
// morning, everyone").
var greetingWords = map[string]bool{
	"hi": true, "hello": true, "hey": true, "dear": true, "greetings": true, "howdy": true,
	"hiya": true, "morning": true, "evening": true, "afternoon": true, "good morning": true,
	"good afternoon": true, "good evening": true, "hallo": true, "bonjour": true, "hola": true,
}

// signoffWords open a closing line ("Thanks, Maya", "Talk soon", "Until
// next time,").
var signoffWords = map[string]bool{
	"warmly": true, "best": true, "thanks": true, "thank you": true, "cheers": true, "regards": true,
	"sincerely": true, "love": true, "yours": true, "take care": true, "talk soon": true, "until": true,
	"see you": true, "with gratitude": true, "gratefully": true, "all the best": true, "warm wishes": true,
	"kind regards": true, "best wishes": true, "onward": true, "speak soon": true, "ciao": true,
}

// opensWithGreeting reports whether the body's first block is a paragraph
// whose first line starts with a greeting word.
func opensWithGreeting(p *content.Page) bool {
	if p.AST == nil {
		return false
	}
	para, ok := p.AST.FirstChild().(*ast.Paragraph)
	if !ok {
		return false
	}
	words := lineWords(markdown.FirstLine(para, p.Body))
	return startsWith(words, greetingWords)
}

// endsWithSignoff reports whether the body ends with a sign-off: a short
// last paragraph that starts with a closing phrase ("Best,", "Thanks,
// Maya"), is a short line ending in a comma ("Until next time,"), or
// starts with a dash ("— Maya"); or a short name line after such a
// paragraph ("Warmly," then "Maya" as paragraphs of their own).
func endsWithSignoff(p *content.Page) bool {
	if p.AST == nil {
		return false
	}
	last, ok := p.AST.LastChild().(*ast.Paragraph)
	if !ok {
		return false
	}
	if isSignoffLine(markdown.FirstLine(last, p.Body)) {
		return true
	}
	prev, ok := last.PreviousSibling().(*ast.Paragraph)
	if !ok || !isNameLine(markdown.PlainText(last, p.Body)) {
		return false
	}
	return isSignoffLine(markdown.FirstLine(prev, p.Body))
}

// maxSignoffWords keeps a closing sentence ("Thanks for reading this far
// and for all your replies.") from counting as a sign-off.
const maxSignoffWords = 5

func isSignoffLine(line string) bool {
	line = strings.TrimSpace(line)
	for _, dash := range []string{"—", "–", "--", "-", "~"} {
		if rest, ok := strings.CutPrefix(line, dash); ok && rest != "" && len(strings.Fields(rest)) <= 3 {
			return true
		}
	}
	words := lineWords(line)
	if len(words) == 0 || len(words) > maxSignoffWords {
		return false
	}
	return startsWith(words, signoffWords) || strings.HasSuffix(line, ",")
}

// isNameLine reports whether a paragraph looks like a signature: at most
// three words and no sentence punctuation.
func isNameLine(text string) bool {
	words := strings.Fields(text)
	return len(words) > 0 && len(words) <= 3 && !strings.ContainsAny(text, ".?!:;,")
}

// startsWith reports whether the first one or two words are in set.
func startsWith(words []string, set map[string]bool) bool {
	if len(words) == 0 {
		return false
	}
	if set[words[0]] {
		return true
	}
	return len(words) > 1 && set[words[0]+" "+words[1]]
}

// lineWords splits a line into lower-case words without punctuation.
func lineWords(line string) []string {
	return strings.FieldsFunc(strings.ToLower(line), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}

// markdownSalutation writes a greeting or sign-off line for email.md: as
// it is when it holds only letters, digits, spaces and punctuation that
// Markdown reads as text ("Warmly,", "Thanks, Maya"), so the file stays
// readable in the tool's editor; otherwise fully escaped.
func markdownSalutation(s string) string {
	// A digit could start an ordered list ("1. Maya").
	plain := s == "" || !unicode.IsDigit(rune(s[0]))
	for _, c := range s {
		if c < 0x80 && !unicode.IsLetter(c) && !unicode.IsDigit(c) && !strings.ContainsRune(" ,.'?", c) {
			plain = false
		}
	}
	if plain {
		return s
	}
	return escapeMarkdownText(s)
}

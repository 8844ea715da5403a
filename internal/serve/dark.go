package serve

import (
	"bytes"
	"strings"

	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/css"
	"golang.org/x/net/html"

	"github.com/claritynotes/gen/internal/htmlcopy"
)

// forceDark makes the message's dark-mode styles apply unconditionally, as
// in a mail app set to dark mode; a frame cannot be asked for a colour
// scheme of its own. Only the media queries of <style> elements change:
// the same words in the message's text stay as they are.
func forceDark(b []byte) []byte {
	inStyle := false
	return htmlcopy.Copy(b, func(z *html.Tokenizer, tt html.TokenType) ([]byte, bool) {
		switch tt {
		case html.StartTagToken, html.EndTagToken:
			name, _ := z.TagName()
			inStyle = tt == html.StartTagToken && string(name) == "style"
		case html.TextToken:
			if inStyle {
				return schemeAlways(z.Raw()), true
			}
		}
		return nil, false
	})
}

// schemeQueries are what forceDark puts in place of a colour-scheme media
// feature: one always true for dark, one never true for light.
var schemeQueries = map[string]string{"dark": "(min-width: 0px)", "light": "(max-width: -1px)"}

// schemeAlways replaces every "(prefers-color-scheme: dark|light)" in a
// stylesheet, found with the CSS lexer, by a query whose outcome is fixed.
func schemeAlways(style []byte) []byte {
	type token struct {
		tt   css.TokenType
		text []byte
	}
	var toks []token
	// The lexer writes a terminating NUL past the end of its input when
	// there is room, which here is the tokenizer's buffer: a full slice
	// makes it copy.
	l := css.NewLexer(parse.NewInputBytes(style[:len(style):len(style)]))
	for {
		tt, text := l.Next()
		if tt == css.ErrorToken {
			break
		}
		toks = append(toks, token{tt, text})
	}
	var out bytes.Buffer
	for i := 0; i < len(toks); i++ {
		// "(", "prefers-color-scheme", ":", the scheme, ")", with any
		// whitespace between.
		want := []css.TokenType{css.LeftParenthesisToken, css.IdentToken, css.ColonToken, css.IdentToken, css.RightParenthesisToken}
		var words [][]byte
		j := i
		for k := 0; k < len(want) && j < len(toks); j++ {
			if toks[j].tt == css.WhitespaceToken && k > 0 {
				continue
			}
			if toks[j].tt != want[k] {
				break
			}
			words = append(words, toks[j].text)
			k++
		}
		if len(words) == len(want) && strings.EqualFold(string(words[1]), "prefers-color-scheme") {
			if q, ok := schemeQueries[strings.ToLower(string(words[3]))]; ok {
				out.WriteString(q)
				i = j - 1
				continue
			}
		}
		out.Write(toks[i].text)
	}
	return out.Bytes()
}

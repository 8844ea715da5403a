package markdown

import (
	"bytes"
	"strings"
	"testing"

	chromahtml "github.com/alecthomas/chroma/v2/formatters/html"
	"github.com/yuin/goldmark"
	highlighting "github.com/yuin/goldmark-highlighting/v2"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// TestCodeRendererMatchesHighlighting renders code blocks with the shared
// formatter and with goldmark-highlighting's own renderer, with classes
// and with inline styles, and wants the same HTML. The second pass reuses
// the tokens the first lexed (lexed), except for the block too large to
// keep.
func TestCodeRendererMatchesHighlighting(t *testing.T) {
	docs := []string{
		"```go\nfunc main() {\n\tfmt.Println(\"<hi> & bye\")\n}\n```\n",
		"```js\nconst a = `x`;\n```\n\n```html\n<p class=\"a\">x</p>\n```\n",
		"```sh\necho $HOME # a comment\n```\n",
		"```\nno language\n```\n",
		"```nosuchlanguage\nplain <b>text</b>\n```\n",
		"```go {linenos=true}\nx := 1\ny := 2\n```\n",
		"```go {hl_lines=[2]}\nx := 1\ny := 2\n```\n",
		"```python {nohl=true}\nprint('x')\n```\n",
		"~~~ruby\nputs 'tab\there'\n~~~\n",
		"    indented code\n",
		"```go\n```\n",
		"```go\n" + strings.Repeat("x := \"<y>\"\n", maxLexedCode/10) + "```\n",
	}
	for _, classes := range []bool{true, false} {
		opts := []chromahtml.Option{chromahtml.WithClasses(classes), chromahtml.TabWidth(4)}
		ours := goldmark.New(goldmark.WithParserOptions(parser.WithAttribute()),
			goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(newCodeRenderer(LightStyle, opts...), 200))))
		theirs := goldmark.New(goldmark.WithParserOptions(parser.WithAttribute()),
			goldmark.WithExtensions(highlighting.NewHighlighting(highlighting.WithStyle(LightStyle),
				highlighting.WithFormatOptions(opts...), highlighting.WithGuessLanguage(false))))
		for _, doc := range docs {
			var got, want bytes.Buffer
			if err := ours.Convert([]byte(doc), &got); err != nil {
				t.Fatal(err)
			}
			if err := theirs.Convert([]byte(doc), &want); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Errorf("classes %v, %q:\ngot  %s\nwant %s", classes, doc, got.String(), want.String())
			}
		}
	}
}

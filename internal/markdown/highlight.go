package markdown

import (
	"bytes"

	"github.com/alecthomas/chroma/v2"
	chromahtml "github.com/alecthomas/chroma/v2/formatters/html"
	"github.com/alecthomas/chroma/v2/lexers"
	"github.com/alecthomas/chroma/v2/styles"
	highlighting "github.com/yuin/goldmark-highlighting/v2"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"

	"github.com/claritynotes/gen/internal/memo"
)

// codeRenderer renders fenced code blocks as goldmark-highlighting does,
// with one chroma formatter for every block. goldmark-highlighting makes a
// new formatter per block, and a new formatter computes the whole style's
// CSS classes again: a tenth of the build time of a page with thousands
// of code blocks. A block with attributes ({linenos=true}) or a language
// chroma does not know is left to goldmark-highlighting itself.
type codeRenderer struct {
	inner     renderer.NodeRenderer
	fallback  renderer.NodeRendererFunc
	formatter *chromahtml.Formatter
	style     *chroma.Style
}

// newCodeRenderer is goldmark-highlighting's renderer for style and
// formatter options, without guessing languages.
func newCodeRenderer(style string, opts ...chromahtml.Option) *codeRenderer {
	st := styles.Get(style)
	if st == nil {
		st = styles.Fallback
	}
	return &codeRenderer{
		inner: highlighting.NewHTMLRenderer(highlighting.WithStyle(style),
			highlighting.WithFormatOptions(opts...), highlighting.WithGuessLanguage(false)),
		formatter: chromahtml.New(opts...),
		style:     st,
	}
}

// SetOption passes the renderer's options (unsafe HTML, XHTML) on to
// goldmark-highlighting's renderer, which writes the blocks left to it.
func (r *codeRenderer) SetOption(name renderer.OptionName, value any) {
	if s, ok := r.inner.(renderer.SetOptioner); ok {
		s.SetOption(name, value)
	}
}

// RegisterFuncs implements renderer.NodeRenderer.
func (r *codeRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	r.inner.RegisterFuncs(grabFunc{&r.fallback})
	reg.Register(ast.KindFencedCodeBlock, r.render)
}

// grabFunc keeps the fenced code block function a renderer registers.
type grabFunc struct{ fn *renderer.NodeRendererFunc }

func (g grabFunc) Register(k ast.NodeKind, fn renderer.NodeRendererFunc) {
	if k == ast.KindFencedCodeBlock {
		*g.fn = fn
	}
}

func (r *codeRenderer) render(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*ast.FencedCodeBlock)
	if !entering {
		return ast.WalkContinue, nil
	}
	var lexer chroma.Lexer
	if language := n.Language(source); language != nil {
		lexer = lexers.Get(string(language))
	}
	var info []byte
	if n.Info != nil {
		info = n.Info.Segment.Value(source)
	}
	if lexer == nil || n.Attributes() != nil || bytes.IndexByte(info, '{') > 0 {
		return r.fallback(w, source, node, entering)
	}
	var code bytes.Buffer
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		line := lines.At(i)
		code.Write(line.Value(source))
	}
	tokens, err := tokenise(lexer, code.String())
	if err != nil {
		return r.fallback(w, source, node, entering)
	}
	_ = r.formatter.Format(w, r.style, chroma.Literator(tokens...))
	return ast.WalkContinue, nil
}

// lexed holds the tokens of small code blocks by language and code. A
// newsletter issue's blocks are lexed for its page, its email and the
// newsletter feed, and sites repeat snippets; lexing was most of a code
// block's cost. The formatter copies the tokens it is given, so they are
// shared as they are.
var lexed = memo.New[lexedKey, lexResult](maxLexed)

type lexedKey struct{ lexer, code string }

type lexResult struct {
	tokens []chroma.Token
	err    error
}

// maxLexed and maxLexedCode bound what lexed holds: a thousand blocks of
// at most 4 KB, a few megabytes whatever the site.
const (
	maxLexed     = 1024
	maxLexedCode = 4 << 10
)

// tokenise lexes code with lexer, coalescing runs of one token type.
func tokenise(lexer chroma.Lexer, code string) ([]chroma.Token, error) {
	lex := func() lexResult {
		it, err := chroma.Coalesce(lexer).Tokenise(nil, code)
		if err != nil {
			return lexResult{err: err}
		}
		return lexResult{tokens: it.Tokens()}
	}
	var res lexResult
	if len(code) > maxLexedCode {
		res = lex()
	} else {
		res = lexed.Get(lexedKey{lexer.Config().Name, code}, lex)
	}
	return res.tokens, res.err
}

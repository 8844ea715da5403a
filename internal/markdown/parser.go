package markdown

import (
	"bytes"
	"reflect"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// newParser returns goldmark's default parser with two of its parts
// replaced by faster ones that build the same AST: linkRefs and headings,
// and with a limit on nesting (nestingGate).
// autoIDs gives headings generated IDs (parser.WithAutoHeadingID, which
// does not reach the replaced heading parser).
func newParser(autoIDs bool) parser.Parser {
	blocks := parser.DefaultBlockParsers()
	atx := reflect.TypeOf(parser.NewATXHeadingParser())
	for i, b := range blocks {
		if reflect.TypeOf(b.Value) == atx {
			blocks[i].Value = newHeadings(autoIDs)
		}
	}
	blocks = append(blocks, util.Prioritized(nestingGate{}, 0))
	return parser.NewParser(
		parser.WithBlockParsers(blocks...),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
		parser.WithParagraphTransformers(util.Prioritized(linkRefs{}, 100)),
	)
}

// linkRefs is goldmark's link reference definition transformer for
// paragraphs that can hold a definition: those whose first non-space byte
// is "[". Goldmark's own allocates a reader for every paragraph before it
// looks, a sixth of all a parse allocates.
type linkRefs struct{}

func (linkRefs) Transform(node *ast.Paragraph, reader text.Reader, pc parser.Context) {
	src, lines := reader.Source(), node.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i) // its padding, if any, is spaces
		for _, c := range src[seg.Start:seg.Stop] {
			if !util.IsSpace(c) {
				if c == '[' {
					parser.LinkReferenceParagraphTransformer.Transform(node, reader, pc)
				}
				return
			}
		}
	}
}

// headings is goldmark's ATX heading parser with attributes ("## Title
// {#id .class}"), which it looks for in every heading, byte by byte through
// a reader it allocates; headings looks for them only in headings that
// have a "{".
type headings struct {
	plain, attrs parser.BlockParser
}

func newHeadings(autoIDs bool) headings {
	var opts []parser.HeadingOption
	if autoIDs {
		opts = append(opts, parser.WithAutoHeadingID())
	}
	return headings{
		plain: parser.NewATXHeadingParser(opts...),
		attrs: parser.NewATXHeadingParser(append(opts, parser.WithHeadingAttribute())...),
	}
}

func (h headings) Trigger() []byte { return h.plain.Trigger() }

func (h headings) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	if line, _ := reader.PeekLine(); bytes.IndexByte(line, '{') >= 0 {
		return h.attrs.Open(parent, reader, pc)
	}
	return h.plain.Open(parent, reader, pc)
}

func (h headings) Continue(node ast.Node, reader text.Reader, pc parser.Context) parser.State {
	return h.plain.Continue(node, reader, pc)
}

func (h headings) Close(node ast.Node, reader text.Reader, pc parser.Context) {
	h.plain.Close(node, reader, pc)
}

func (h headings) CanInterruptParagraph() bool { return h.plain.CanInterruptParagraph() }

func (h headings) CanAcceptIndentedLine() bool { return h.plain.CanAcceptIndentedLine() }

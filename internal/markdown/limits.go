package markdown

import (
	"fmt"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// MaxNesting is how deep lists, block quotes and footnotes may nest
// inside each other. Goldmark's work per line grows with the depth of the
// blocks open on it, and a deeply indented list grows by the depth on
// every line, so a 10,000-deep list took minutes and gigabytes. Real
// writing rarely goes past five levels.
const MaxNesting = 32

// LimitError is a body that exceeds one of the parser's limits.
type LimitError struct {
	// Offset is the byte offset in the body where the limit was passed.
	Offset int
	Msg    string
	Hint   string
}

func (e *LimitError) Error() string { return e.Msg }

var limitKey = parser.NewContextKey()

// nestingGate stops blocks from opening deeper than MaxNesting. It is
// tried before every other block parser on every line and passes, at no
// cost, until the limit is reached. There it records the place for
// ParseChecked and ends the parse: it takes the rest of the body as an
// empty leaf block.
type nestingGate struct{}

// anyByte triggers the gate whatever a line starts with.
var anyByte = func() []byte {
	b := make([]byte, 0, 255)
	for c := 0; c < 256; c++ {
		if c != '\n' {
			b = append(b, byte(c))
		}
	}
	return b
}()

func (nestingGate) Trigger() []byte { return anyByte }

func (nestingGate) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	// The gate cannot tell whether the block about to open is a container,
	// so it lets one past the limit open and stops what opens inside it.
	if nesting(parent) <= MaxNesting {
		return nil, parser.NoChildren
	}
	if pc.Get(limitKey) == nil {
		_, seg := reader.PeekLine()
		pc.Set(limitKey, &LimitError{Offset: seg.Start + max(pc.BlockOffset(), 0),
			Msg:  fmt.Sprintf("lists, block quotes and footnotes nest more than %d deep here", MaxNesting),
			Hint: "flatten the structure: split the list, or use headings for the outer levels"})
	}
	// The body is refused, so the rest of it need not be parsed: skipping
	// it spares the enclosing blocks their work on every later line.
	reader.Advance(len(reader.Source()))
	return ast.NewTextBlock(), parser.NoChildren
}

func (nestingGate) Continue(ast.Node, text.Reader, parser.Context) parser.State { return parser.Close }

func (nestingGate) Close(ast.Node, text.Reader, parser.Context) {}

func (nestingGate) CanInterruptParagraph() bool { return true }

func (nestingGate) CanAcceptIndentedLine() bool { return true }

// nesting is how many containers enclose n's children: n and its
// ancestors, but for lists (a list item counts, not also its list) and the
// document. It looks no further than the limit, so the gate's cost per
// line stays bounded.
func nesting(n ast.Node) int {
	depth := 0
	for ; n != nil && n.Kind() != ast.KindDocument && depth <= MaxNesting; n = n.Parent() {
		if n.Kind() != ast.KindList {
			depth++
		}
	}
	return depth
}

// limitExceeded returns the first limit a parse with pc passed, or nil.
func limitExceeded(pc parser.Context) error {
	if e, ok := pc.Get(limitKey).(*LimitError); ok {
		return e
	}
	return nil
}

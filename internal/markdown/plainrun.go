package markdown

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// plainRuns speeds up parses without bare-URL links. Goldmark's inline
// parser looks at every byte of a paragraph, asking at each space and
// punctuation mark whether an inline parser starts there; in prose nearly
// none does, and that byte loop was the largest part of the parse.
//
// plainRuns triggers where goldmark asks the parsers registered for
// spaces, as GFM's bare-URL links do: at the start of a line, after an
// inline node and at spaces. It takes in one step the run of text up to
// the next byte that can start inline syntax (its stop table), and when
// the run reaches the end of the line it ends the line as goldmark does
// (trailing spaces trimmed, soft or hard line break). The AST is
// goldmark's, except that a line's text may be split into Text nodes at
// other places (where a run meets inline syntax, and not where goldmark
// asked the Typographer in vain): the text, every segment and the HTML
// are the same.
//
// It must be the only parser for spaces (so not with Linkify), and its
// stop table must stop it wherever another inline parser can start:
// plainStop for text-only parses, typographicStop for the rendering
// parse; see TestPlainStopHasEveryTrigger.
type plainRuns struct {
	stop *[256]uint8
}

func (plainRuns) Trigger() []byte { return []byte{' '} }

// How a run of plain text treats a byte (a stop table's entries).
const (
	runOn      = iota // the run takes the byte
	runStop           // the run stops before it
	runStopTwo        // the run stops before it when the next byte is the same
)

// plainStop is the stop table of text-only parses: the run stops before
// the line end, backslash escapes, and every ASCII punctuation mark
// except those common in prose that start no inline syntax there.
var plainStop = func() (stop [256]uint8) {
	for c := 0; c < 128; c++ {
		if isASCIIPunct(byte(c)) {
			stop[c] = runStop
		}
	}
	for _, c := range []byte(".,;:?'\"()-/%#+=$@&") {
		stop[c] = runOn
	}
	stop['\n'] = runStop
	return stop
}()

// typographicStop is the stop table of the parse of pages that are
// rendered, whose Typographer starts at quotes, dashes, periods, commas
// and angle brackets. It replaces quotes wherever they stand, but a dash
// or a period only when doubled ("--", "...") and a comma never: a run
// goes on past a lone dash, period or comma, where it gives nothing (and
// stops before a doubled comma all the same, which costs nothing).
var typographicStop = func() (stop [256]uint8) {
	stop = plainStop
	stop['\''], stop['"'] = runStop, runStop
	stop['.'], stop['-'], stop[','] = runStopTwo, runStopTwo, runStopTwo
	return stop
}()

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

func (r plainRuns) Parse(_ ast.Node, block text.Reader, _ parser.Context) ast.Node {
	line, seg := block.PeekLine()
	if seg.Padding != 0 || seg.Start > 0 && block.Source()[seg.Start-1] == '\\' {
		return nil // tab padding or an escaped space: goldmark's own loop decides
	}
	j := 0
	for stop := r.stop; j < len(line); j++ {
		if s := stop[line[j]]; s != runOn && (s == runStop || j+1 < len(line) && line[j+1] == line[j]) {
			break
		}
	}
	if j < len(line) && line[j] != '\n' {
		// stopped mid-line, before possible inline syntax
		if j == 0 {
			return nil
		}
		block.Advance(j)
		return ast.NewTextSegment(text.NewSegment(seg.Start, seg.Start+j))
	}
	// The run reaches the end of the line: the line breaks as in
	// goldmark's parseBlock (a backslash before the newline stops the run,
	// so only the space and plain cases remain).
	n := len(line)
	newline := n > 0 && line[n-1] == '\n'
	hard := newline && (n >= 3 && line[n-3] == ' ' && line[n-2] == ' ' ||
		n >= 4 && line[n-4] == ' ' && line[n-3] == ' ' && line[n-2] == '\r')
	s := text.NewSegment(seg.Start, seg.Start+j)
	t := ast.NewTextSegment(s.TrimRightSpace(block.Source()))
	t.SetSoftLineBreak(newline && !hard)
	t.SetHardLineBreak(hard)
	block.AdvanceLine()
	return t
}

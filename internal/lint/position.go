package lint

import (
	"bytes"
	"sort"
	"unicode/utf8"
)

// positions converts byte offsets in one file to 1-based lines and rune
// columns, like diag.LineCol, but in time proportional to the file once:
// line starts are found once and columns are counted from the nearest
// earlier offset on the same line.
type positions struct {
	src    []byte
	starts []int // byte offset of each line's first byte
	// the last answer, to count runes incrementally along a line
	lastOff, lastLine, lastCol int
}

func newPositions(src []byte) *positions {
	starts := make([]int, 1, len(src)/40+1)
	for i := 0; ; {
		k := bytes.IndexByte(src[i:], '\n')
		if k < 0 {
			break
		}
		i += k + 1
		starts = append(starts, i)
	}
	return &positions{src: src, starts: starts, lastOff: -1}
}

// at returns the line and column of byte offset off.
func (p *positions) at(off int) (line, col int) {
	off = min(max(off, 0), len(p.src))
	line = sort.Search(len(p.starts), func(i int) bool { return p.starts[i] > off })
	start := p.starts[line-1]
	if p.lastOff >= start && p.lastOff <= off && p.lastLine == line {
		col = p.lastCol + utf8.RuneCount(p.src[p.lastOff:off])
	} else {
		col = utf8.RuneCount(p.src[start:off]) + 1
	}
	p.lastOff, p.lastLine, p.lastCol = off, line, col
	return line, col
}

// Package diag defines the positioned error every stage reports to users:
// "path:line:col: message" plus a hint on how to fix it.
package diag

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// Error is a problem in a user's file. Path is relative to the site root
// (slash-separated); Line and Col are 1-based, Col counts runes; zero means unknown.
type Error struct {
	Path      string
	Line, Col int
	Msg       string
	Hint      string
	// Err is the underlying error, if any, for errors.Is.
	Err error
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

func (e *Error) Error() string {
	var b strings.Builder
	if pos := e.Pos(); pos != "" { // an error without a position is its message alone, never ": …"
		b.WriteString(pos)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	if e.Hint != "" {
		b.WriteString("\n  hint: ")
		b.WriteString(e.Hint)
	}
	return b.String()
}

// Pos formats the position as path:line:col (or less when unknown).
func (e *Error) Pos() string {
	switch {
	case e.Line > 0:
		return fmt.Sprintf("%s:%d:%d", e.Path, e.Line, max(e.Col, 1))
	default:
		return e.Path
	}
}

// Errorf returns an *Error at the given position.
func Errorf(path string, line, col int, hint, format string, args ...any) *Error {
	return &Error{Path: path, Line: line, Col: col, Msg: fmt.Sprintf(format, args...), Hint: hint}
}

// List is several errors reported together, in a stable order.
type List []error

func (l List) Error() string {
	parts := make([]string, len(l))
	for i, e := range l {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "\n")
}

// Join returns nil for no errors, the error itself for one, and a List otherwise.
func Join(errs []error) error {
	switch len(errs) {
	case 0:
		return nil
	case 1:
		return errs[0]
	}
	return List(errs)
}

// Flatten joins the errors of several files, one slot a file (nil where
// a file had none): a List's errors count one by one, so a file with
// several problems adds each of them to the one report.
func Flatten(errs []error) error {
	var all []error
	for _, e := range errs {
		var l List
		if errors.As(e, &l) {
			all = append(all, l...)
		} else if e != nil {
			all = append(all, e)
		}
	}
	return Join(all)
}

// All flattens err into its positioned errors, for reports and overlays.
func All(err error) []*Error {
	if err == nil {
		return nil
	}
	var out []*Error
	var l List
	if errors.As(err, &l) {
		for _, e := range l {
			out = append(out, All(e)...)
		}
		return out
	}
	var d *Error
	if errors.As(err, &d) {
		return []*Error{d}
	}
	return []*Error{{Msg: err.Error()}}
}

// Lines finds line and column numbers in one source by binary search over
// its line starts, so a page with many positioned findings (links, lint
// hits) costs one pass over the source, not one pass per position.
type Lines struct {
	src    []byte
	starts []int // byte offset of each line's first byte; starts[0] == 0
}

// NewLines indexes the line starts of src, which must not change while
// the index is in use.
func NewLines(src []byte) *Lines {
	starts := make([]int, 1, bytes.Count(src, []byte{'\n'})+1)
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &Lines{src: src, starts: starts}
}

// LineCol is LineCol(src, off) for the indexed src.
func (l *Lines) LineCol(off int) (line, col int) {
	off = min(max(off, 0), len(l.src))
	// The last line that starts at or before off.
	line = sort.SearchInts(l.starts, off+1)
	start := l.starts[line-1]
	return line, utf8.RuneCount(l.src[start:off]) + 1
}

// LineCol converts a byte offset in src to a 1-based line and rune column.
func LineCol(src []byte, off int) (line, col int) {
	off = min(max(off, 0), len(src))
	line = 1
	start := 0
	for i := 0; i < off; i++ {
		if src[i] == '\n' {
			line++
			start = i + 1
		}
	}
	return line, utf8.RuneCount(src[start:off]) + 1
}

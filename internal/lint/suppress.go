package lint

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// Suppression comments:
//
//	<!-- gen-lint disable RULE[, RULE] -->   … until enable (all rules when none is named)
//	<!-- gen-lint enable RULE[, RULE] -->
//	<!-- gen-lint disable-next RULE -->      the next block; inside a paragraph, the rest of it
const directivePrefix = "gen-lint"

type verb uint8

const (
	verbDisable verb = iota
	verbEnable
	verbDisableNext
)

// directive is one gen-lint comment.
type directive struct {
	verb  verb
	rules []string // empty means every rule
	// start and stop are the comment's byte offsets in Page.Source.
	start, stop int
	// end, for disable-next, is where the suppressed range ends; next is
	// the block after a block-level comment.
	end  int
	next ast.Node
	// bad holds a problem with the comment itself, reported as a diagnostic.
	bad string
}

// comments finds gen-lint directives in raw HTML that starts at body offset at.
func (e *extractor) comments(raw []byte, at int, inline bool) {
	for i := 0; ; {
		open := bytes.Index(raw[i:], []byte("<!--"))
		if open < 0 {
			return
		}
		open += i
		closeAt := bytes.Index(raw[open+4:], []byte("-->"))
		if closeAt < 0 {
			return
		}
		closeAt += open + 4
		d, ok := parseDirective(string(raw[open+4 : closeAt]))
		if ok {
			d.start, d.stop = e.off+at+open, e.off+at+closeAt+3
			if d.verb == verbDisableNext && inline {
				e.pending = append(e.pending, len(e.dirs))
			}
			e.dirs = append(e.dirs, d)
		}
		i = closeAt + 3
	}
}

func parseDirective(body string) (directive, bool) {
	f := strings.Fields(strings.ReplaceAll(body, ",", " "))
	if len(f) == 0 || f[0] != directivePrefix {
		return directive{}, false
	}
	d := directive{}
	if len(f) < 2 {
		d.bad = "gen-lint comment needs disable, enable or disable-next"
		return d, true
	}
	switch f[1] {
	case "disable":
		d.verb = verbDisable
	case "enable":
		d.verb = verbEnable
	case "disable-next", "disable-next-block", "disable-next-line":
		d.verb = verbDisableNext
	default:
		d.bad = fmt.Sprintf("unknown gen-lint command %q; use disable, enable or disable-next", f[1])
		return d, true
	}
	d.rules = f[2:]
	return d, true
}

// suppression answers whether a diagnostic is switched off by comments or
// front matter.
type suppression struct {
	all    bool // front matter disabled every rule ("all")
	page   map[string]bool
	ranges []suppressed
}

type suppressed struct {
	rule       string // "" = every rule
	start, end int
}

func (s *suppression) covers(rule string, off int) bool {
	if s.all || s.page[rule] {
		return true
	}
	for _, r := range s.ranges {
		if (r.rule == "" || r.rule == rule) && off >= r.start && off < r.end {
			return true
		}
	}
	return false
}

// buildSuppression turns directives into ranges. body maps AST nodes of the
// page to source offsets for disable-next.
func buildSuppression(dirs []directive, disabled []string, srcLen, bodyOff int, body []byte) *suppression {
	s := &suppression{page: map[string]bool{}}
	for _, r := range disabled {
		if r == "all" || r == "*" {
			s.all = true
		}
		s.page[r] = true
	}
	open := map[string]int{} // rule → start of the disabled range
	for _, d := range dirs {
		if d.bad != "" {
			continue
		}
		rules := d.rules
		if len(rules) == 0 {
			rules = []string{""}
		}
		switch d.verb {
		case verbDisable:
			for _, r := range rules {
				if _, ok := open[r]; !ok {
					open[r] = d.stop
				}
			}
		case verbEnable:
			for _, r := range rules {
				if r == "" {
					for k, start := range open {
						s.ranges = append(s.ranges, suppressed{k, start, d.start})
					}
					clear(open)
					continue
				}
				if start, ok := open[r]; ok {
					s.ranges = append(s.ranges, suppressed{r, start, d.start})
					delete(open, r)
				}
			}
		case verbDisableNext:
			start, end := d.stop, d.end
			if d.next != nil {
				start, end = nodeRange(d.next, body)
				start, end = start+bodyOff, end+bodyOff
			}
			if end > start {
				for _, r := range rules {
					s.ranges = append(s.ranges, suppressed{r, start, end})
				}
			}
		}
	}
	for r, start := range open {
		s.ranges = append(s.ranges, suppressed{r, start, srcLen})
	}
	return s
}

// nodeRange is the body byte range covered by a block node's lines and
// inline segments.
func nodeRange(n ast.Node, body []byte) (start, end int) {
	start, end = -1, -1
	grow := func(a, b int) {
		if start < 0 || a < start {
			start = a
		}
		if b > end {
			end = b
		}
	}
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		if c.Type() == ast.TypeBlock {
			l := c.Lines()
			for i := 0; i < l.Len(); i++ {
				grow(l.At(i).Start, l.At(i).Stop)
			}
		} else if t, ok := c.(*ast.Text); ok {
			grow(t.Segment.Start, t.Segment.Stop)
		}
		return ast.WalkContinue, nil
	})
	if start < 0 {
		return 0, 0
	}
	return start, end
}

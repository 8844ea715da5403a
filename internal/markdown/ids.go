package markdown

import (
	"fmt"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// headingIDs makes the IDs of a document's headings (parser.IDs) as
// goldmark's own generator does, the same ID for the same heading, but
// builds each in one allocation where goldmark's grows it byte by byte,
// and makes its table of used IDs only when a document has an ID.
type headingIDs struct {
	used map[string]bool
	// last is the last suffix number used for each base ID.
	last map[string]int
}

// Generate returns the ID for a heading whose text is value: its ASCII
// letters and digits in lower case, spaces, dashes and underscores as
// dashes, other bytes dropped; "heading" when nothing is left; and a
// suffix (-1, -2, …) when the ID is taken.
func (s *headingIDs) Generate(value []byte, kind ast.NodeKind) []byte {
	value = util.TrimRightSpace(util.TrimLeftSpace(value))
	result := make([]byte, 0, len(value))
	for i := 0; i < len(value); {
		v := value[i]
		l := util.UTF8Len(v)
		i += int(l)
		if l != 1 {
			continue
		}
		switch {
		case util.IsAlphaNumeric(v):
			if 'A' <= v && v <= 'Z' {
				v += 'a' - 'A'
			}
			result = append(result, v)
		case util.IsSpace(v) || v == '-' || v == '_':
			result = append(result, '-')
		}
	}
	if len(result) == 0 {
		if kind == ast.KindHeading {
			result = []byte("heading")
		} else {
			result = []byte("id")
		}
	}
	if s.used == nil {
		s.used = map[string]bool{}
	}
	key := util.BytesToReadOnlyString(result)
	if !s.used[key] {
		s.used[key] = true
		return result
	}
	if s.last == nil {
		s.last = map[string]int{}
	}
	for i := s.last[key] + 1; ; i++ {
		id := fmt.Sprintf("%s-%d", result, i)
		if !s.used[id] {
			s.used[id] = true
			s.last[key] = i
			return []byte(id)
		}
	}
}

// Put records an ID given in the source ({#id}) as used.
func (s *headingIDs) Put(value []byte) {
	if s.used == nil {
		s.used = map[string]bool{}
	}
	s.used[util.BytesToReadOnlyString(value)] = true
}

package markdown

import (
	"testing"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
)

// TestHeadingIDsMatchGoldmark gives headingIDs and goldmark's own
// generator the same headings, explicit IDs and repeats, and expects the
// same IDs in the same order.
func TestHeadingIDsMatchGoldmark(t *testing.T) {
	steps := []struct {
		put   bool
		value string
	}{
		{false, "Section 1: the plan"},
		{false, "  Padded\t heading  "},
		{false, "Section 1: the plan"},
		{true, "section-1-the-plan-2"},
		{false, "Section 1: the plan"},
		{false, "Café — naïve “quotes” 😀"},
		{false, "snake_case and kebab-case, UPPER"},
		{false, "—"},
		{false, ""},
		{false, "—"},
		{true, "heading-3"},
		{false, "…"},
		{false, "heading"},
		{false, "A\u00a0non-breaking space"},
		{false, "Ends with a digit 2"},
		{false, "Ends with a digit"},
		{false, "Ends with a digit"},
	}
	for _, kind := range []ast.NodeKind{ast.KindHeading, ast.KindParagraph} {
		ours, theirs := &headingIDs{}, parser.NewContext().IDs()
		for i, s := range steps {
			if s.put {
				ours.Put([]byte(s.value))
				theirs.Put([]byte(s.value))
				continue
			}
			got, want := ours.Generate([]byte(s.value), kind), theirs.Generate([]byte(s.value), kind)
			if string(got) != string(want) {
				t.Errorf("%s step %d %q: got %q, goldmark %q", kind, i, s.value, got, want)
			}
		}
	}
}

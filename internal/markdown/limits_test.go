package markdown

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// deepList is a list nested depth levels, one level per line.
func deepList(depth int) string {
	var b strings.Builder
	for i := range depth {
		b.WriteString(strings.Repeat("  ", i) + "- you\n")
	}
	return b.String()
}

func TestNestingLimit(t *testing.T) {
	r := New(Options{})
	tests := []struct {
		name, src string
		wantAt    int // byte offset of the error; -1 for none
	}{
		{"list at the limit", deepList(MaxNesting), -1},
		{"quotes at the limit", strings.Repeat(">", MaxNesting) + " you\n", -1},
		{"list in quotes at the limit", strings.Repeat("> ", MaxNesting-1) + "- you\n", -1},
		// Past the limit, the error points at the text of the first
		// block too deep.
		{"list past the limit", deepList(MaxNesting + 1), len(deepList(MaxNesting)) + 2*MaxNesting + 2},
		{"quotes past the limit", strings.Repeat(">", MaxNesting+1) + " you\n", MaxNesting + 2},
		{"markers on one line", "intro\n\n" + strings.Repeat("- ", 10000) + "you\n", len("intro\n\n") + 2*MaxNesting + 2},
		{"10,000-deep quotes", strings.Repeat(">", 10000) + " you\n", MaxNesting + 1},
		{"footnote in quotes", strings.Repeat(">", MaxNesting) + " [^1]: a note\n", MaxNesting + len(" [^1]: ")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := r.ParseChecked([]byte(tt.src))
			var le *LimitError
			switch {
			case tt.wantAt < 0 && err != nil:
				t.Fatalf("ParseChecked: %v, want no error", err)
			case tt.wantAt < 0:
			case !errors.As(err, &le):
				t.Fatalf("ParseChecked: %v, want a *LimitError", err)
			case le.Offset != tt.wantAt:
				t.Errorf("error at byte %d (%q), want %d", le.Offset, tt.src[le.Offset:min(le.Offset+10, len(tt.src))], tt.wantAt)
			case !strings.Contains(le.Msg, fmt.Sprint(MaxNesting)) || le.Hint == "":
				t.Errorf("message %q, hint %q: want the limit and a hint", le.Msg, le.Hint)
			}
		})
	}
}

// TestFootnotesAsGoldmark: the linear footnotes extension gives the HTML of
// goldmark's own, references in any order, repeated, nested in notes,
// quotes and lists, undefined or unused, and labels defined twice.
func TestFootnotesAsGoldmark(t *testing.T) {
	cases := []string{
		"No notes at all.",
		"One[^1].\n\n[^1]: The note.",
		"B first[^b], then a[^a], b again[^b], image-like ![^a], undefined [^zz].\n\n[^a]: Note A cites [^b].\n\n    A second paragraph.\n[^b]: Note B\n[^unused]: Never cited\n[^a]: Defined twice",
		"> Quoted[^q]\n>\n> [^q]: A note in a quote[^1].\n\n[^1]: Outer.",
		"- Item[^i]\n\n  [^i]: A note in a list item.",
		"Unused only.\n\n[^x]: Nobody cites me.",
		"Label with spaces[^a b] and [^ ].\n\n[^a b]: Spaced.",
	}
	ref := goldmark.New(goldmark.WithParser(newParser(true)), goldmark.WithExtensions(extension.Table,
		extension.Strikethrough, extension.TaskList, extension.Footnote, extension.DefinitionList, extension.Linkify,
		extension.Typographer))
	r := New(Options{})
	for _, src := range cases {
		var got, want bytes.Buffer
		if err := r.Render(&got, []byte(src), r.Parse([]byte(src))); err != nil {
			t.Fatal(err)
		}
		if err := ref.Renderer().Render(&want, []byte(src), ref.Parser().Parse(text.NewReader([]byte(src)))); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%q:\ngot  %s\nwant %s", src, got.String(), want.String())
		}
	}
}

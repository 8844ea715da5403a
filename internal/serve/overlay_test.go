package serve

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/claritynotes/gen/internal/diag"
)

func TestErrorViews(t *testing.T) {
	root := t.TempDir()
	src := "---\ntitle: [unclosed\ndate: 2024-01-01\n---\n\nBody one.\nBody two.\n"
	if err := os.MkdirAll(filepath.Join(root, "content"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "content/x.md"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	err := diag.List{
		diag.Errorf("content/x.md", 2, 8, "close the list with ]", "invalid front matter"),
		diag.Errorf("../outside.md", 1, 1, "", "refused"),
		errors.New("plain failure"),
	}
	got := errorViews(root, err)
	want := []ErrorView{
		{Pos: "content/x.md:2:8", Path: "content/x.md", Line: 2, Col: 8, Message: "invalid front matter",
			Hint: "close the list with ]", Excerpt: []ExcerptLine{
				{N: 1, Text: "---"}, {N: 2, Text: "title: [unclosed", Mark: true}, {N: 3, Text: "date: 2024-01-01"},
				{N: 4, Text: "---"}, {N: 5, Text: ""},
			}},
		{Pos: "../outside.md:1:1", Path: "../outside.md", Line: 1, Col: 1, Message: "refused"},
		{Message: "plain failure"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("errorViews:\n got %+v\nwant %+v", got, want)
	}
}

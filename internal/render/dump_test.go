package render

import (
	"fmt"
	"os"
	"testing"
)

func TestDumpTrees(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	r, v := benchSetup(t)
	if _, err := r.Page(v); err != nil {
		t.Fatal(err)
	}
	for name, tr := range r.T.Trees("single.html") {
		fmt.Printf("==== %s\n%s\n", name, tr.Root.String())
	}
}

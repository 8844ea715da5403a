package site

import (
	"fmt"
	"testing"

	"github.com/claritynotes/gen/internal/lint"
)

// TestLintSet: every version answers with its own results, before and
// after recent results are folded into a new base.
func TestLintSet(t *testing.T) {
	base := map[string]lint.Result{}
	for i := range 10 {
		base[fmt.Sprintf("/p%d/", i)] = lint.Result{Path: fmt.Sprintf("p%d.md", i), Score: 50}
	}
	sets := []*LintSet{newLintSet(base)}
	for i := range 2 * foldAt {
		url := fmt.Sprintf("/p%d/", i%20)
		prev := sets[len(sets)-1]
		next := prev.with(map[string]lint.Result{url: {Path: fmt.Sprintf("p%d.md", i%20), Score: i}})
		sets = append(sets, next)
		if r, _ := next.Get(url); r.Score != i {
			t.Fatalf("after edit %d, %s has score %d", i, url, r.Score)
		}
	}
	if r, _ := sets[0].Get("/p1/"); r.Score != 50 {
		t.Errorf("first set changed: %+v", r)
	}
	if r, _ := sets[1].Get("/p1/"); r.Score != 50 {
		t.Errorf("set before the edit of /p1/ changed: %+v", r)
	}
	if _, ok := sets[0].Get("/p15/"); ok {
		t.Error("first set sees a page added later")
	}
	last := sets[len(sets)-1]
	if len(last.recent) >= foldAt {
		t.Errorf("recent results never folded: %d", len(last.recent))
	}
	all := last.Results()
	if len(all) != 20 {
		t.Fatalf("%d results, want 20", len(all))
	}
	for i := 1; i < len(all); i++ {
		if all[i-1].Path > all[i].Path {
			t.Fatalf("results not ordered by path: %s before %s", all[i-1].Path, all[i].Path)
		}
	}
	var none *LintSet
	if _, ok := none.Get("/p1/"); ok {
		t.Error("nil set has results")
	}
}

package site

import (
	"html/template"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/render"
)

// TestBodiesBudget: bodies stay in their views up to the budget, the rest
// go to the temporary file, and each comes back whole from either.
func TestBodiesBudget(t *testing.T) {
	s := openBodies(10)
	defer s.close()
	bodies := []string{"<p>abcd</p>", "<p>ef</p>", "<p>ghijklm</p>", "<p>n</p>"}
	views := make([]*render.PageView, len(bodies))
	for i, body := range bodies {
		views[i] = &render.PageView{Content: template.HTML(body)}
		s.put(views[i])
	}
	// 11 bytes are over the budget of 10; 9 fit, and 8 do not fit after them.
	inMemory := []bool{false, true, false, false}
	for i, v := range views {
		if got := v.Content != ""; got != inMemory[i] {
			t.Errorf("body %d kept in memory = %v, want %v", i, got, inMemory[i])
		}
		if got := s.size(v); got != len(bodies[i]) {
			t.Errorf("body %d: size %d, want %d", i, got, len(bodies[i]))
		}
	}
	if s.f == nil {
		t.Fatal("no temporary file was made for the bodies over the budget")
	}
	filled, err := s.fillAll(views)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range filled {
		if string(v.Content) != bodies[i] {
			t.Errorf("body %d came back as %q, want %q", i, v.Content, bodies[i])
		}
		if (v == views[i]) != inMemory[i] {
			t.Errorf("body %d: the view itself returned = %v, want %v", i, v == views[i], inMemory[i])
		}
	}
}

// TestBodiesWithinBudgetMakeNoFile: a site whose bodies fit the budget
// makes no temporary file.
func TestBodiesWithinBudgetMakeNoFile(t *testing.T) {
	s := openBodies(1 << 20)
	defer s.close()
	v := &render.PageView{Content: template.HTML(strings.Repeat("<p>a</p>", 100))}
	s.put(v)
	if s.f != nil || v.Content == "" {
		t.Errorf("a body within the budget went to the file")
	}
}

package driver

import (
	"errors"
	"fmt"
	"iter"
	"reflect"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/lint"
	"github.com/claritynotes/gen/internal/lint/linttest"
)

var testMD = linttest.MD

func TestRunKeepsOrderAndErrors(t *testing.T) {
	l, _ := lint.New(config.Lint{})
	var paths []string
	for i := range 50 {
		paths = append(paths, fmt.Sprintf("f%02d.md", i))
	}
	load := func(p string, _ []byte) (*content.Page, error) {
		if p == "f07.md" {
			return nil, errors.New("cannot read")
		}
		return content.Parse(testMD, p, []byte("A zebra crossing in "+p))
	}
	// f13.md comes with an error of its own: it is never loaded.
	seq := walkOf(paths, map[string]error{"f13.md": errors.New("no such file")})
	for _, quote := range []bool{true, false} {
		res := Run(l, seq, load, quote)
		if len(res) != len(paths) {
			t.Fatalf("%d results for %d paths", len(res), len(paths))
		}
		for i, r := range res {
			if r.Path != paths[i] {
				t.Fatalf("result %d is %s, want %s", i, r.Path, paths[i])
			}
			if (r.Err != nil) != (i == 7 || i == 13) {
				t.Errorf("%s: err = %v", r.Path, r.Err)
			}
			if kept := r.Source != nil; r.Err == nil && kept != quote {
				t.Errorf("quote=%v: %s kept its source: %v", quote, r.Path, kept)
			}
		}
	}
}

// TestRunReusingSources: Run lends each page's source memory to the next
// load; every result must still be the page's own.
func TestRunReusingSources(t *testing.T) {
	l, _ := lint.New(config.Lint{})
	var paths []string
	texts := map[string]string{}
	for i := range 40 {
		p := fmt.Sprintf("f%02d.md", i)
		paths = append(paths, p)
		texts[p] = fmt.Sprintf("# Issue %d\n\nWe built our best-in-class %s platform, and we think our team %s is the BEST EVER!!! "+
			"We leverage synergy %d times. Contact us to learn more about our %s.\n", i, strings.Repeat("x", i), strings.Repeat("y", 40-i), i, p)
	}
	want := map[string][]lint.Diagnostic{}
	for _, p := range paths {
		page, err := content.Parse(testMD, p, []byte(texts[p]))
		if err != nil {
			t.Fatal(err)
		}
		want[p] = l.Check(page).Diagnostics
	}
	load := func(p string, buf []byte) (*content.Page, error) {
		return content.Parse(testMD, p, append(buf[:0], texts[p]...))
	}
	res := Run(l, walkOf(paths, nil), load, false)
	for _, r := range res {
		if len(r.Diagnostics) == 0 {
			t.Fatalf("%s: no findings", r.Path)
		}
		if !reflect.DeepEqual(r.Diagnostics, want[r.Path]) {
			t.Errorf("%s: findings changed when the source memory was reused:\n got %+v\nwant %+v", r.Path, r.Diagnostics, want[r.Path])
		}
	}
}

// walkOf yields paths as a folder walk would for Run, each with its error
// in errs, if any.
func walkOf(paths []string, errs map[string]error) iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		for _, p := range paths {
			if !yield(p, errs[p]) {
				return
			}
		}
	}
}

// TestCheckSharesNothing: a result from Check, which shares the page's
// source, keeps no string that changes when that memory is overwritten.
func TestCheckSharesNothing(t *testing.T) {
	l, err := lint.New(config.Lint{})
	if err != nil {
		t.Fatal(err)
	}
	src := []byte("We leverage our best-in-class synergy. Our team is the BEST EVER!!! We think our customers love us.\n")
	p, err := content.Parse(testMD, "x.md", src)
	if err != nil {
		t.Fatal(err)
	}
	res := Check(l, p)
	want := fmt.Sprintf("%+v", res.Diagnostics)
	for i := range p.Source {
		p.Source[i] = 'z'
	}
	if got := fmt.Sprintf("%+v", res.Diagnostics); got != want || len(res.Diagnostics) == 0 {
		t.Errorf("findings changed with the source memory:\n got %s\nwant %s", got, want)
	}
}

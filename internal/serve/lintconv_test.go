package serve

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/lint"
)

func TestLintView(t *testing.T) {
	src := []byte("---\ntitle: x\n---\n\nIt's **UNBEATABLE**. Hurry!!\n")
	at := func(s string) (int, int) { i := strings.Index(string(src), s); return i, i + len(s) }
	pStart, pEnd := at("It's **UNBEATABLE**. Hurry!!")
	hStart, hEnd := at("UNBEATABLE")
	res := lint.Result{Path: "content/x.md", Score: 71, Source: src, Diagnostics: []lint.Diagnostic{{
		Rule: "pitch-heavy", Severity: "warning", Line: 5, Column: 1, Message: "reads like a pitch", Suggestion: "say what it does",
		Offset: pStart, EndOffset: pEnd, Related: []lint.Span{{Offset: hStart, EndOffset: hEnd, Label: "hype"}},
	}}}
	results := map[string]lint.Result{"/x/": res, "/broken/": {Err: http.ErrAbortHandler}}
	v := lintLookup(func(url string) (lint.Result, bool) { r, ok := results[url]; return r, ok })
	if v("/broken/") != nil || v("/none/") != nil {
		t.Fatalf("lint for pages without results")
	}
	f := v("/x/").Findings[0]
	if f.Quote.Exact != "It's UNBEATABLE. Hurry!!" || f.Marks[0].Quote.Exact != "UNBEATABLE" || f.Marks[0].Label != "hype" {
		t.Fatalf("finding %+v", f)
	}

	// The endpoint serves it for the page's URL in any spelling.
	s, ts := testServer(t, map[string][]byte{"x/index.html": []byte("<p>x</p>")})
	s.apply(&Snapshot{Files: s.current().files, Lint: v}, nil)
	for _, p := range []string{"/x/", "/x/index.html", "/x"} {
		resp, err := http.Get(ts.URL + "/_gen/lint.json?path=" + p)
		if err != nil {
			t.Fatal(err)
		}
		var got PageLint
		err = json.NewDecoder(resp.Body).Decode(&got)
		resp.Body.Close()
		if err != nil || got.Score != 71 || got.Findings[0].Rule != "pitch-heavy" {
			t.Errorf("%s: %v %+v", p, err, got)
		}
	}
	resp, err := http.Get(ts.URL + "/_gen/lint.json?path=/other/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNoContent {
		t.Errorf("unlinted page: status %d", resp.StatusCode)
	}
}

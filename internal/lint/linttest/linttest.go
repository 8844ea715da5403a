// Package linttest holds what the linter's tests share: a page built from
// Markdown as gen lint builds it, a lint run that fails the test on an
// error, and the findings of one rule with their positions checked. It is
// for tests only.
package linttest

import (
	"testing"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/lint"
	"github.com/claritynotes/gen/internal/markdown"
)

// MD is the Markdown configuration gen lint parses with.
var MD = markdown.New(markdown.Options{})

// Parse builds a page from Markdown source, as gen lint does.
func Parse(t testing.TB, src string) *content.Page {
	t.Helper()
	p, err := content.Parse(MD, "test.md", []byte(src))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return p
}

// Lint lints src with cfg through check: (*lint.Linter).Check for the
// rules alone, or the driver's Check for suppressions too.
func Lint(t testing.TB, cfg config.Lint, src string, check func(*lint.Linter, *content.Page) lint.Result) lint.Result {
	t.Helper()
	l, err := lint.New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	res := check(l, Parse(t, src))
	if res.Err != nil {
		t.Fatalf("Check: %v", res.Err)
	}
	return res
}

// Only returns the diagnostics of one rule.
func Only(res lint.Result, rule string) []lint.Diagnostic {
	var out []lint.Diagnostic
	for _, d := range res.Diagnostics {
		if d.Rule == rule {
			out = append(out, d)
		}
	}
	return out
}

// SpanText is the source text a diagnostic points at.
func SpanText(res lint.Result, d lint.Diagnostic) string {
	return string(res.Source[d.Offset:d.EndOffset])
}

// Flagged returns the texts one rule flags in res, checking that each
// finding's start and end line and column agree with diag.LineCol.
func Flagged(t testing.TB, res lint.Result, rule string) []string {
	t.Helper()
	var out []string
	for _, d := range Only(res, rule) {
		line, col := diag.LineCol(res.Source, d.Offset)
		eline, ecol := diag.LineCol(res.Source, d.EndOffset)
		if line != d.Line || col != d.Column || eline != d.EndLine || ecol != d.EndColumn {
			t.Errorf("%q at %d:%d-%d:%d, diag.LineCol says %d:%d-%d:%d", SpanText(res, d), d.Line, d.Column, d.EndLine, d.EndColumn, line, col, eline, ecol)
		}
		out = append(out, SpanText(res, d))
	}
	return out
}

// Package report writes lint results as text for people, JSON for scripts,
// SARIF for code scanning and GitHub workflow annotations.
package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/lint"
)

// Formats are the output formats, the default first.
var Formats = []string{"text", "json", "sarif", "github"}

// Options tune the output.
type Options struct {
	// Color adds ANSI colours to the text format (for terminals only).
	Color bool
	// Version is gen's version, recorded in SARIF.
	Version string
}

// Write writes results in the named format.
func Write(w io.Writer, format string, results []lint.Result, opts Options) error {
	switch format {
	case "text", "":
		return Text(w, results, opts)
	case "json":
		return JSON(w, results)
	case "sarif":
		return SARIF(w, results, opts)
	case "github":
		return GitHub(w, results)
	}
	return fmt.Errorf("unknown format %q; use %s", format, strings.Join(Formats, ", "))
}

// Quotes reports whether a format quotes source lines, so its results
// must keep their Source (see lint.Linter.Run).
func Quotes(format string) bool { return format == "text" || format == "" }

// loadError is a file's load error, positioned when the error says where.
type loadError struct {
	Line, Col int
	Msg, Hint string
}

func loadErrors(r lint.Result) []loadError {
	var out []loadError
	for _, e := range diag.All(r.Err) {
		out = append(out, loadError{Line: e.Line, Col: e.Col, Msg: e.Msg, Hint: e.Hint})
	}
	if len(out) == 0 && r.Err != nil {
		out = append(out, loadError{Msg: r.Err.Error()})
	}
	return out
}

// errorText is a load error as one string: "line:col: message (hint: …)".
func errorText(r lint.Result) string {
	var parts []string
	for _, e := range loadErrors(r) {
		s := e.Msg
		if e.Line > 0 {
			s = fmt.Sprintf("%d:%d: %s", e.Line, max(e.Col, 1), s)
		}
		if e.Hint != "" {
			s += " (hint: " + e.Hint + ")"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

// summary counts files and findings by severity.
type summary struct {
	Files    int `json:"files"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
}

func summarize(results []lint.Result) summary {
	e, w, i := lint.Counts(results)
	return summary{Files: len(results), Errors: e, Warnings: w, Infos: i}
}

package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/claritynotes/gen/internal/lint"
	"github.com/claritynotes/gen/internal/plural"
)

// GitHub writes workflow commands that GitHub Actions shows as annotations
// on the pull request's changed lines.
func GitHub(w io.Writer, results []lint.Result) error {
	for _, r := range results {
		if r.Err != nil {
			for _, e := range loadErrors(r) {
				props := "file=" + escapeProperty(r.Path)
				if e.Line > 0 {
					props += fmt.Sprintf(",line=%d,col=%d", e.Line, max(e.Col, 1))
				}
				msg := e.Msg
				if e.Hint != "" {
					msg += "\nhint: " + e.Hint
				}
				if _, err := fmt.Fprintf(w, "::error %s,title=gen lint::%s\n", props, escapeData(msg)); err != nil {
					return err
				}
			}
			continue
		}
		for _, d := range r.Diagnostics {
			msg := d.Message
			if d.Suggestion != "" {
				msg += "\nsuggestion: " + d.Suggestion
			}
			_, err := fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n",
				githubLevel(d.Severity), escapeProperty(r.Path), d.Line, d.Column, d.EndLine, d.EndColumn,
				escapeProperty(d.Rule), escapeData(msg))
			if err != nil {
				return err
			}
		}
	}
	s := summarize(results)
	_, err := fmt.Fprintf(w, "gen lint: %s, %s, %s, %s\n", plural.Count(s.Files, "file", "files"),
		plural.Count(s.Errors, "error", "errors"), plural.Count(s.Warnings, "warning", "warnings"), plural.Count(s.Infos, "info", "info"))
	return err
}

func githubLevel(sev string) string {
	switch lint.Severity(sev) {
	case lint.SeverityError:
		return "error"
	case lint.SeverityWarning:
		return "warning"
	}
	return "notice"
}

// escapeData escapes a workflow command's message.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command property value.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

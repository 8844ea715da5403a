package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/claritynotes/gen/internal/lint"
	"github.com/claritynotes/gen/internal/plural"
)

// ANSI styles for terminals.
const (
	reset  = "\x1b[0m"
	bold   = "\x1b[1m"
	dim    = "\x1b[2m"
	red    = "\x1b[31m"
	yellow = "\x1b[33m"
	blue   = "\x1b[34m"
	green  = "\x1b[32m"
)

// maxShown is the widest source excerpt shown, in runes.
const maxShown = 120

type painter bool

func (p painter) paint(style, s string) string {
	if !p || s == "" {
		return s
	}
	return style + s + reset
}

func severityStyle(sev string) string {
	switch lint.Severity(sev) {
	case lint.SeverityError:
		return red
	case lint.SeverityWarning:
		return yellow
	}
	return blue
}

// Text writes findings grouped by file: each with its position, severity,
// message and rule, the source line with the span underlined, and the
// suggestion; files without findings are only counted. A summary line ends
// the report.
func Text(w io.Writer, results []lint.Result, opts Options) error {
	p := painter(opts.Color)
	var b bytes.Buffer
	scores, scored := 0, 0
	for _, r := range results {
		if r.Err != nil {
			fmt.Fprintf(&b, "%s\n", p.paint(bold, r.Path))
			for _, e := range loadErrors(r) {
				pos := "-"
				if e.Line > 0 {
					pos = fmt.Sprintf("%d:%d", e.Line, max(e.Col, 1))
				}
				fmt.Fprintf(&b, "  %s  %s  %s\n", pos, p.paint(red, "error"), e.Msg)
				if e.Hint != "" {
					fmt.Fprintf(&b, "      hint: %s\n", e.Hint)
				}
			}
			b.WriteByte('\n')
			continue
		}
		scores += r.Score
		scored++
		if len(r.Diagnostics) == 0 {
			continue
		}
		fmt.Fprintf(&b, "%s  %s\n", p.paint(bold, r.Path), p.paint(dim, fmt.Sprintf("reader-first score %d/100", r.Score)))
		lines := splitLines(r.Source)
		shown := map[int][]rune{} // the lines excerpted so far, ready to cut
		for _, d := range r.Diagnostics {
			style := severityStyle(d.Severity)
			fmt.Fprintf(&b, "  %d:%d  %s  %s  %s\n", d.Line, d.Column, p.paint(style, d.Severity), d.Message, p.paint(dim, d.Rule))
			if d.Line >= 1 && d.Line <= len(lines) {
				runes, ok := shown[d.Line]
				if !ok {
					runes = []rune(strings.ReplaceAll(string(lines[d.Line-1]), "\t", " "))
					shown[d.Line] = runes
				}
				excerpt(&b, p, style, runes, d)
			}
			if d.Suggestion != "" {
				fmt.Fprintf(&b, "      %s %s\n", p.paint(green, "suggestion:"), d.Suggestion)
			}
		}
		b.WriteByte('\n')
	}
	s := summarize(results)
	line := fmt.Sprintf("%s linted: %s, %s, %s", plural.Count(s.Files, "file", "files"),
		plural.Count(s.Errors, "error", "errors"), plural.Count(s.Warnings, "warning", "warnings"), plural.Count(s.Infos, "info", "info"))
	if scored > 0 {
		line += fmt.Sprintf("; average reader-first score %d/100", (scores+scored/2)/scored)
	}
	style := green
	if s.Errors > 0 {
		style = red
	} else if s.Warnings > 0 {
		style = yellow
	}
	fmt.Fprintln(&b, p.paint(style, line))
	_, err := w.Write(b.Bytes())
	return err
}

func splitLines(src []byte) [][]byte {
	lines := bytes.Split(src, []byte("\n"))
	for i, l := range lines {
		lines[i] = bytes.TrimSuffix(l, []byte("\r"))
	}
	return lines
}

// excerpt prints the source line, as runes with tabs made spaces so the
// underline lines up, with the diagnostic's span underlined. Long lines are
// cut to a window around the span, so each finding costs the same however
// long its line and however many findings share it.
func excerpt(b *bytes.Buffer, p painter, style string, runes []rune, d lint.Diagnostic) {
	start := min(max(d.Column-1, 0), len(runes))
	end := len(runes)
	if d.EndLine == d.Line {
		end = min(max(d.EndColumn-1, start), len(runes))
	}
	from, to := 0, len(runes)
	prefix, suffix := "", ""
	if to > maxShown {
		from = max(0, start-30)
		to = min(len(runes), from+maxShown)
		if from > 0 {
			prefix = "…"
		}
		if to < len(runes) {
			suffix = "…"
		}
	}
	shown := string(runes[from:to])
	fmt.Fprintf(b, "  %s %s%s%s\n", p.paint(dim, fmt.Sprintf("%5d │", d.Line)), prefix, shown, suffix)
	width := max(min(end, to)-start, 1)
	pad := strings.Repeat(" ", utf8.RuneCountInString(prefix)+start-from)
	fmt.Fprintf(b, "  %s %s%s\n", p.paint(dim, "      │"), pad, p.paint(style, strings.Repeat("^", width)))
}

// List writes one line per rule: ID, default severity, summary.
func List(w io.Writer, rules []*lint.Rule) error {
	var b bytes.Buffer
	for _, r := range rules {
		core := ""
		if r.Core {
			core = " (core)"
		}
		fmt.Fprintf(&b, "%-20s %-8s %s%s\n", r.ID, r.Severity, r.Summary, core)
	}
	b.WriteString("\nRun gen lint --explain RULE for what a rule looks for, why it matters and an example.\n")
	_, err := w.Write(b.Bytes())
	return err
}

// Explain writes a rule's documentation: what it looks for, why it matters
// to the reader, a before/after example and its settings. A rule with a
// brief shows the brief first and its full list of shapes last, under "In
// detail", so the gist and the fix come before the fine print.
func Explain(w io.Writer, r *lint.Rule) error {
	var b bytes.Buffer
	looks := r.Doc
	if r.Brief != "" {
		looks = r.Brief
	}
	fmt.Fprintf(&b, "%s (default severity: %s)\n\n%s.\n\nWhat it looks for\n%s\n\nWhy it matters to the reader\n%s\n\nBefore\n  %s\n\nAfter\n  %s\n",
		r.ID, r.Severity, r.Summary, indent(looks), indent(r.Why),
		strings.ReplaceAll(r.Before, "\n", "\n  "), strings.ReplaceAll(r.After, "\n", "\n  "))
	fmt.Fprintf(&b, "\nSettings in gen.toml, [lint.rules.%s]\n  %-18s error | warning | info | off\n", r.ID, "severity")
	for _, s := range r.Settings {
		def := fmt.Sprint(s.Default)
		if l, ok := s.Default.([]string); ok && len(l) == 0 {
			def = "[]"
		}
		fmt.Fprintf(&b, "  %-18s %s (default %s)\n", s.Name, s.Doc, def)
	}
	if r.Brief != "" {
		fmt.Fprintf(&b, "\nIn detail\n%s\n", indent(r.Doc))
	}
	_, err := w.Write(b.Bytes())
	return err
}

func indent(s string) string {
	return "  " + strings.ReplaceAll(strings.TrimSpace(s), "\n", "\n  ")
}

package report

import (
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/claritynotes/gen/internal/lint"
)

// SARIF 2.1.0 (OASIS), the subset gen writes; GitHub code scanning reads it.
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool         `json:"tool"`
	Invocations []sarifInvocation `json:"invocations"`
	// ColumnKind says columns count Unicode code points (runes), as gen does.
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Version        string      `json:"version,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string         `json:"id"`
	Name                 string         `json:"name"`
	ShortDescription     sarifText      `json:"shortDescription"`
	FullDescription      sarifText      `json:"fullDescription"`
	Help                 sarifText      `json:"help"`
	DefaultConfiguration sarifConfig    `json:"defaultConfiguration"`
	Properties           map[string]any `json:"properties,omitempty"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifResult struct {
	RuleID           string          `json:"ruleId"`
	RuleIndex        int             `json:"ruleIndex"`
	Level            string          `json:"level"`
	Message          sarifText       `json:"message"`
	Locations        []sarifLocation `json:"locations"`
	RelatedLocations []sarifLocation `json:"relatedLocations,omitempty"`
}

type sarifLocation struct {
	ID               *int                  `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifText            `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

// loadErrorRule reports files that could not be linted.
const loadErrorRule = "load-error"

// SARIF writes a SARIF 2.1.0 log: one run with every rule's documentation
// and one result per finding. Files that could not be linted become
// load-error results and tool notifications.
func SARIF(w io.Writer, results []lint.Result, opts Options) error {
	rules := lint.Rules()
	index := map[string]int{}
	driver := sarifDriver{Name: "gen", InformationURI: "https://github.com/claritynotes/gen", Version: opts.Version}
	for i, r := range rules {
		index[r.ID] = i
		driver.Rules = append(driver.Rules, sarifRule{
			ID:                   r.ID,
			Name:                 camel(r.ID),
			ShortDescription:     sarifText{Text: r.Summary},
			FullDescription:      sarifText{Text: oneLine(gist(r))},
			Help:                 sarifText{Text: helpText(r), Markdown: helpMarkdown(r)},
			DefaultConfiguration: sarifConfig{Level: sarifLevel(string(r.Severity))},
			Properties:           map[string]any{"tags": tags(r)},
		})
	}
	index[loadErrorRule] = len(driver.Rules)
	driver.Rules = append(driver.Rules, sarifRule{
		ID: loadErrorRule, Name: "LoadError",
		ShortDescription:     sarifText{Text: "The file could not be read or parsed"},
		FullDescription:      sarifText{Text: "The file is missing, not Markdown, not UTF-8, empty, too large, or its front matter is broken."},
		Help:                 sarifText{Text: "Fix the problem the message names; gen lints the file once it loads."},
		DefaultConfiguration: sarifConfig{Level: "error"},
	})
	run := sarifRun{Tool: sarifTool{Driver: driver}, ColumnKind: "unicodeCodePoints", Results: []sarifResult{}}
	inv := sarifInvocation{ExecutionSuccessful: true}
	for _, r := range results {
		art := artifact(r.Path)
		if r.Err != nil {
			for _, e := range loadErrors(r) {
				loc := sarifLocation{PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: art}}
				if e.Line > 0 {
					loc.PhysicalLocation.Region = &sarifRegion{StartLine: e.Line, StartColumn: max(e.Col, 1)}
				}
				msg := e.Msg
				if e.Hint != "" {
					msg += "\nhint: " + e.Hint
				}
				run.Results = append(run.Results, sarifResult{RuleID: loadErrorRule, RuleIndex: index[loadErrorRule],
					Level: "error", Message: sarifText{Text: msg}, Locations: []sarifLocation{loc}})
				inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications,
					sarifNotification{Level: "error", Message: sarifText{Text: msg}, Locations: []sarifLocation{loc}})
			}
			continue
		}
		for _, d := range r.Diagnostics {
			msg := d.Message
			if d.Suggestion != "" {
				msg += "\nSuggestion: " + d.Suggestion
			}
			res := sarifResult{RuleID: d.Rule, RuleIndex: index[d.Rule], Level: sarifLevel(d.Severity),
				Message: sarifText{Text: msg},
				Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: art,
					Region: &sarifRegion{StartLine: d.Line, StartColumn: d.Column, EndLine: d.EndLine, EndColumn: d.EndColumn}}}}}
			for i, rel := range d.Related {
				id := i + 1
				res.RelatedLocations = append(res.RelatedLocations, sarifLocation{ID: &id,
					PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: art,
						Region: &sarifRegion{StartLine: rel.Line, StartColumn: rel.Column, EndLine: rel.EndLine, EndColumn: rel.EndColumn}},
					Message: &sarifText{Text: rel.Label}})
			}
			run.Results = append(run.Results, res)
		}
	}
	run.Invocations = []sarifInvocation{inv}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{Schema: "https://json.schemastore.org/sarif-2.1.0.json", Version: "2.1.0", Runs: []sarifRun{run}})
}

// artifact locates a file: relative paths against the checkout root
// (%SRCROOT%), absolute ones as file URIs.
func artifact(path string) sarifArtifact {
	if filepath.IsAbs(path) {
		return sarifArtifact{URI: (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()}
	}
	segs := strings.Split(filepath.ToSlash(path), "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return sarifArtifact{URI: strings.Join(segs, "/"), URIBaseID: "%SRCROOT%"}
}

func sarifLevel(sev string) string {
	switch lint.Severity(sev) {
	case lint.SeverityError:
		return "error"
	case lint.SeverityWarning:
		return "warning"
	case lint.SeverityOff:
		return "none"
	}
	return "note"
}

func tags(r *lint.Rule) []string {
	if r.Core {
		return []string{"empathy", "core"}
	}
	return []string{"empathy", "readability"}
}

// camel turns "we-centric" into "WeCentric".
func camel(id string) string {
	var b strings.Builder
	up := true
	for _, r := range id {
		if r == '-' {
			up = true
			continue
		}
		if up {
			r = unicode.ToUpper(r)
			up = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// gist is what a rule looks for in short: its brief, or its whole
// documentation when that is short.
func gist(r *lint.Rule) string {
	if r.Brief != "" {
		return r.Brief
	}
	return r.Doc
}

func helpText(r *lint.Rule) string {
	return oneLine(r.Doc) + "\n\nWhy: " + oneLine(r.Why) + "\n\nBefore: " + r.Before + "\nAfter: " + r.After
}

func helpMarkdown(r *lint.Rule) string {
	return oneLine(r.Doc) + "\n\n**Why it matters:** " + oneLine(r.Why) +
		"\n\n**Before:** " + r.Before + "\n\n**After:** " + r.After
}

package report

import (
	"encoding/json"
	"io"

	"github.com/claritynotes/gen/internal/lint"
)

type jsonFile struct {
	Path  string `json:"path"`
	Score *int   `json:"score,omitempty"`
	// Error is set, and Score left out, when the file could not be linted.
	Error       string            `json:"error,omitempty"`
	Diagnostics []lint.Diagnostic `json:"diagnostics"`
}

type jsonReport struct {
	Files   []jsonFile `json:"files"`
	Summary summary    `json:"summary"`
}

// JSON writes the lint JSON of DESIGN §3: every file, with its score and
// diagnostics, or an error for a file that could not be linted; then a summary.
func JSON(w io.Writer, results []lint.Result) error {
	rep := jsonReport{Files: make([]jsonFile, 0, len(results)), Summary: summarize(results)}
	for _, r := range results {
		f := jsonFile{Path: r.Path, Diagnostics: r.Diagnostics}
		if f.Diagnostics == nil {
			f.Diagnostics = []lint.Diagnostic{}
		}
		if r.Err != nil {
			f.Error = errorText(r)
		} else {
			score := r.Score
			f.Score = &score
		}
		rep.Files = append(rep.Files, f)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(rep)
}

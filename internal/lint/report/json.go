package report

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/claritynotes/gen/internal/lint"
	"github.com/claritynotes/gen/internal/parallel"
)

type jsonFile struct {
	Path  string `json:"path"`
	Score *int   `json:"score,omitempty"`
	// Error is set, and Score left out, when the file could not be linted.
	Error       string            `json:"error,omitempty"`
	Diagnostics []lint.Diagnostic `json:"diagnostics"`
}

// JSON writes the lint report as JSON: every file, with its score and
// diagnostics, or an error for a file that could not be linted; then a summary.
//
// The output is what encoding/json's Encoder with a two-space indent
// writes for {"files": [...], "summary": {...}}, but the files are
// encoded in parallel chunks:
// a 10,000-file report otherwise takes a few percent of gen lint's time
// on one processor.
func JSON(w io.Writer, results []lint.Result) error {
	// More chunks than processors even out chunks of unequal cost.
	chunks := make([][]byte, min(len(results), parallel.IO()))
	if err := parallel.For(context.Background(), len(chunks), parallel.CPU(), func(c int) error {
		lo, hi := c*len(results)/len(chunks), (c+1)*len(results)/len(chunks)
		var err error
		chunks[c], err = encodeFiles(results[lo:hi])
		return err
	}); err != nil {
		return err
	}
	summary, err := json.MarshalIndent(summarize(results), "  ", "  ")
	if err != nil {
		return err
	}
	// The parts go to w as they are (callers buffer it), not joined first.
	write := func(b []byte) {
		if err == nil {
			_, err = w.Write(b)
		}
	}
	if len(results) == 0 {
		write([]byte("{\n  \"files\": [],\n  \"summary\": "))
	} else {
		write([]byte("{\n  \"files\": [\n    "))
		for c, chunk := range chunks {
			if c > 0 {
				write([]byte(",\n    "))
			}
			write(chunk)
		}
		write([]byte("\n  ],\n  \"summary\": "))
	}
	write(summary)
	write([]byte("\n}\n"))
	return err
}

// encodeFiles encodes results as elements of the report's files array,
// indented for their place in it and separated by commas.
func encodeFiles(results []lint.Result) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("    ", "  ")
	enc.SetEscapeHTML(false)
	for i, r := range results {
		if i > 0 {
			b.WriteString(",\n    ")
		}
		if writeClean(&b, r) {
			continue
		}
		if err := enc.Encode(fileOf(r)); err != nil {
			return nil, err
		}
		b.Truncate(b.Len() - 1) // the newline Encode adds
	}
	return b.Bytes(), nil
}

// writeClean writes the entry of a file linted without findings, most
// files of a large run, as the encoder would: directly, when its path needs
// no escaping. It reports whether it did.
func writeClean(b *bytes.Buffer, r lint.Result) bool {
	if r.Err != nil || len(r.Diagnostics) > 0 {
		return false
	}
	for i := 0; i < len(r.Path); i++ {
		if c := r.Path[i]; c < 0x20 || c == '"' || c == '\\' || c >= utf8.RuneSelf {
			return false
		}
	}
	b.WriteString("{\n      \"path\": \"")
	b.WriteString(r.Path)
	b.WriteString("\",\n      \"score\": ")
	b.WriteString(strconv.Itoa(r.Score))
	b.WriteString(",\n      \"diagnostics\": []\n    }")
	return true
}

// fileOf is a result as the report's files array holds it.
func fileOf(r lint.Result) jsonFile {
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
	return f
}

package serve

import (
	"context"
	"time"
)

// Site is the builder serve drives. NewSite adapts a *site.Builder; tests
// use fakes.
type Site interface {
	// Build renders the whole site into memory.
	Build(ctx context.Context) (*Snapshot, error)
	// Rebuild applies changes to site-relative files; on error the builder
	// keeps its last good state.
	Rebuild(ctx context.Context, changed []string) (*Snapshot, error)
	// WatchDirs lists the site-relative folders to watch recursively.
	WatchDirs() []string
	// Root is the absolute site root, for reading source lines into the
	// error overlay.
	Root() string
}

// Snapshot is one good build as serve needs it.
type Snapshot struct {
	// Files maps output paths ("articles/x/index.html") to bytes: the whole site.
	Files map[string][]byte
	// Changed and Removed are the output paths that differ from the
	// previous build.
	Changed, Removed []string
	// Lint returns a page's findings by page URL ("/articles/x/"), or nil.
	// It is called only when a tab asks, so a rebuild never pays for
	// preparing the findings of pages nobody looks at.
	Lint func(url string) *PageLint
	// Summary says what was built ("120 pages, 3 feeds, 4 emails").
	Summary  string
	Duration time.Duration
	Warnings []string
}

// PageLint is one page's reader-first score and findings.
type PageLint struct {
	Path     string    `json:"path"` // the source file, site-relative
	Score    int       `json:"score"`
	Findings []Finding `json:"findings"`
}

// Finding is one lint diagnostic, located both in the source and, through
// Quote, in the rendered page.
type Finding struct {
	Rule       string `json:"rule"`
	Severity   string `json:"severity"`
	Message    string `json:"message"`
	Suggestion string `json:"suggestion,omitempty"`
	Line       int    `json:"line"`
	Column     int    `json:"column"`
	Quote      Quote  `json:"quote"`
	// Marks are the words behind the finding (each pitch signal), which
	// the page highlights instead of the whole span when there are any.
	Marks []Mark `json:"marks,omitempty"`
}

// Mark is one labelled word or phrase of a finding.
type Mark struct {
	Label string `json:"label,omitempty"`
	Quote Quote  `json:"quote"`
}

// Quote finds flagged text in a rendered page the way the W3C Web
// Annotation TextQuoteSelector does: the text itself plus a little of what
// precedes and follows it, to pick the right one of several occurrences.
// All three are plain text with Markdown syntax removed and whitespace
// collapsed.
type Quote struct {
	Exact  string `json:"exact"`
	Prefix string `json:"prefix"`
	Suffix string `json:"suffix"`
}

package content

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestSummarySources: summary, then description, then the body (the
// blocks before <!--more-->, else the first paragraph).
func TestSummarySources(t *testing.T) {
	body := "Hi there,\n\nThis month is about endings.\n\n<!--more-->\n\nMore.\n"
	tests := []struct {
		name, front, body, want string
		fromBody                bool
	}{
		{"summary wins", "summary: The summary.\ndescription: The description.\n", body, "The summary.", false},
		{"description before the greeting", "description: The description.\n", body, "The description.", false},
		{"more marker", "", body, "Hi there, This month is about endings.", true},
		{"first paragraph", "", "## A heading\n\nFirst paragraph.\n\nSecond.\n", "First paragraph.", true},
		{"nothing", "", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse(md, "x.md", []byte("---\ntitle: T\n"+tt.front+"---\n"+tt.body))
			if err != nil {
				t.Fatal(err)
			}
			p.Derive()
			if p.SummaryText != tt.want {
				t.Errorf("summary = %q, want %q", p.SummaryText, tt.want)
			}
			if fromBody := p.SummaryEnd > 0; fromBody != tt.fromBody {
				t.Errorf("summary taken from the body = %v, want %v", fromBody, tt.fromBody)
			}
		})
	}
}

// TestDuplicateIssueNumbers: two issues with one number is an error
// naming both files, at the later file's issue: line.
func TestDuplicateIssueNumbers(t *testing.T) {
	cfg := testConfig(t)
	write(t, cfg.Root, "content/newsletter/first.md", "---\ntitle: First\ndate: 2026-05-01\nissue: 1\n---\nA.\n")
	write(t, cfg.Root, "content/newsletter/second.md", "---\ntitle: Second\ndate: 2026-05-02\nissue: 1\n---\nB.\n")
	write(t, cfg.Root, "content/newsletter/third.md", "---\ntitle: Third\ndate: 2026-05-03\nissue: 3\n---\nC.\n")
	_, err := Load(context.Background(), cfg, md, Options{Now: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)})
	if err == nil {
		t.Fatal("two issues numbered 1 were accepted")
	}
	if msg := err.Error(); !strings.Contains(msg, "content/newsletter/first.md") || !strings.Contains(msg, "content/newsletter/second.md") {
		t.Errorf("error does not name both files: %v", err)
	}
	assertDiag(t, err, 4, 8, "issue 1 is also the number of content/newsletter/first.md")

	// A draft with a taken number counts only when drafts are built.
	write(t, cfg.Root, "content/newsletter/second.md", "---\ntitle: Second\ndate: 2026-05-02\nissue: 1\ndraft: true\n---\nB.\n")
	if _, err := Load(context.Background(), cfg, md, Options{Now: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Errorf("a draft's number clashed with a published issue: %v", err)
	}
	if _, err := Load(context.Background(), cfg, md, Options{Drafts: true, Now: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)}); err == nil {
		t.Error("with drafts, two issues numbered 1 were accepted")
	}
}

package email

import (
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/email/check"
)

// TestRenderedIssueIsClean: the theme's email has no errors and nothing
// caniemail marks unsupported in Gmail or Outlook for Windows; the only
// warning is the test issue's SVG image.
func TestRenderedIssueIsClean(t *testing.T) {
	for _, tool := range Presets() {
		m := render(t, tool)
		for _, f := range m.Findings {
			if f.Feature == "image-svg" && f.Path != "" {
				continue // the fixture's loop.svg, reported at its source line
			}
			if f.Severity != check.SeverityInfo {
				t.Errorf("%s: %s", tool, f.Format("index.html"))
			}
			if strings.Contains(f.Message, "not supported in") && f.Severity != check.SeverityInfo {
				t.Errorf("%s: %s", tool, f.Message)
			}
		}
	}
}

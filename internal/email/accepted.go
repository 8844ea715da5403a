package email

import (
	"bufio"
	"bytes"
	"strings"

	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/email/check"
	"github.com/claritynotes/gen/internal/suggest"
)

// acceptedFile lists the caniemail features the email template uses
// knowingly, each with the fallback that covers clients without it.
const acceptedFile = "accepted.txt"

// parseAccepted reads the accepted features: one caniemail slug a line,
// then why it is fine; "#" starts a comment. A slug caniemail does not
// know is an error at its line, so a typo does not silence nothing.
func parseAccepted(path string, data []byte) (map[string]bool, error) {
	out := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		text, _, _ := strings.Cut(sc.Text(), "#")
		fields := strings.Fields(text)
		if len(fields) == 0 {
			continue
		}
		slug := fields[0]
		col := strings.Index(sc.Text(), slug) + 1
		if !check.KnownFeature(slug) {
			return nil, diag.Errorf(path, line, col, "use a feature slug from caniemail.com/features/<slug>/",
				"unknown email client feature %q%s", slug, suggest.Hint(slug, check.FeatureSlugs()))
		}
		if len(fields) == 1 {
			return nil, diag.Errorf(path, line, col, "write the feature, then what covers clients without it",
				"%s has no fallback: say why the theme can use it", slug)
		}
		out[slug] = true
	}
	return out, sc.Err()
}

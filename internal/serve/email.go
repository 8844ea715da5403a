package serve

import (
	"context"
	"net/http"
)

// EmailSource renders an issue's email for the preview page. A Site that
// implements it gets /_gen/email/<slug>/.
type EmailSource interface {
	EmailPreview(ctx context.Context, slug, tool string) (*EmailPreview, error)
}

// EmailPreview is one issue rendered for one newsletter tool.
type EmailPreview struct {
	Slug, Title, Subject, Preheader string
	Tool                            string   // the preset used
	Tools                           []string // every preset, for the picker
	HTML, Text                      []byte
	Findings                        []EmailFinding
}

// EmailFinding is one compatibility or rendering problem.
type EmailFinding struct {
	Severity, Message string
}

func (s *Server) serveEmail(w http.ResponseWriter, r *http.Request) {
	http.NotFound(w, r)
}

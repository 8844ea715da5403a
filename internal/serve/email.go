package serve

import (
	"bytes"
	"context"
	_ "embed"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strings"
)

// EmailSource renders an issue's email for the preview page. A Site that
// implements it gets /_gen/email/<slug>/.
type EmailSource interface {
	EmailPreview(ctx context.Context, slug, tool string) (*EmailPreview, error)
}

// EmailPreview is one issue rendered for one newsletter tool.
type EmailPreview struct {
	Slug, Subject string
	Tool          string   // the preset used
	Tools         []string // every preset, for the picker
	HTML, Text    []byte
	Findings      []EmailFinding
}

// EmailFinding is one compatibility or rendering problem (gen email --check).
type EmailFinding struct {
	Severity, Message, Feature string
	Path                       string // set when the finding is about a source file
	Line                       int
	URL                        string // the caniemail page for the feature
}

//go:embed email.html
var emailPageSource string

var emailPage = template.Must(template.New("email").Parse(emailPageSource))

// emailPageData feeds email.html.
type emailPageData struct {
	Issues  []string // slugs, for the index and for unknown slugs
	Preview *EmailPreview
	Error   string
	Frame   string // URL of the rendered message, without dark
	Dark    bool
}

// serveEmail serves the email preview:
//
//	/_gen/email/                          the issues
//	/_gen/email/<slug>/?tool=NAME&dark=1  desktop and phone widths, text, findings
//	/_gen/email/<slug>/message.html       the message itself, for the frames
func (s *Server) serveEmail(w http.ResponseWriter, r *http.Request) {
	rest := strings.TrimPrefix(r.URL.Path, "/_gen/email/")
	slug, file, _ := strings.Cut(rest, "/")
	st := s.current()
	data := emailPageData{Issues: issueSlugs(st.files)}
	status := http.StatusOK
	switch {
	case s.email == nil:
		data.Error, status = "This site has no email preview.", http.StatusNotFound
	case slug == "":
		// the index
	case !strings.HasSuffix(r.URL.Path, "/") && file == "":
		http.Redirect(w, r, r.URL.Path+"/?"+r.URL.RawQuery, http.StatusMovedPermanently)
		return
	case !slices.Contains(data.Issues, slug):
		data.Error, status = "There is no newsletter issue "+slug+" in the current build.", http.StatusNotFound
	default:
		tool := r.URL.Query().Get("tool")
		p, err := s.email.EmailPreview(r.Context(), slug, tool)
		if err != nil {
			data.Error, status = err.Error(), http.StatusBadRequest
			break
		}
		switch file {
		case "message.html":
			body := p.HTML
			if r.URL.Query().Get("dark") == "1" {
				body = forceDark(body)
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("Cache-Control", "no-store")
			// The message holds content from contributors: it may not run
			// script, even when opened on its own rather than in the
			// preview's sandboxed frames.
			w.Header().Set("Content-Security-Policy", messageCSP)
			w.Write(body)
			return
		case "":
			data.Preview = p
			data.Dark = r.URL.Query().Get("dark") == "1"
			data.Frame = "message.html?" + url.Values{"tool": {p.Tool}}.Encode()
		default:
			http.NotFound(w, r)
			return
		}
	}
	var buf bytes.Buffer
	if err := emailPage.Execute(&buf, data); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	outPath := "email/index.html"
	if slug != "" {
		outPath = "email/" + slug + "/index.html" // reload when the issue changes
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(injectScript(buf.Bytes(), s.id, st.gen, outPath))
}

// messageCSP sandboxes a previewed message like the frames that show it:
// no script; same origin, so the preview page can follow the message's
// size and colours; links may open in a new tab. Images and styles from
// anywhere are allowed, as a mail client allows them.
const messageCSP = "sandbox allow-same-origin allow-popups allow-popups-to-escape-sandbox; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'"

// issueSlugs lists the issues the build has emails for.
func issueSlugs(files map[string][]byte) []string {
	var out []string
	for name := range files {
		if rest, ok := strings.CutPrefix(name, "email/"); ok {
			if slug, ok := strings.CutSuffix(rest, "/index.html"); ok && !strings.Contains(slug, "/") {
				out = append(out, slug)
			}
		}
	}
	slices.Sort(out)
	return out
}

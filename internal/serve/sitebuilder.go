package serve

import (
	"bytes"
	"context"
	"fmt"
	"mime"
	"net/mail"
	"sync"

	"github.com/claritynotes/gen/internal/plural"
	"github.com/claritynotes/gen/internal/site"
)

// siteBuilder adapts *site.Builder to Site and EmailSource. The builder is
// not safe for concurrent use, and email previews are requested while
// rebuilds run, so every call takes the lock.
type siteBuilder struct {
	mu sync.Mutex
	b  *site.Builder
}

// NewSite returns the Site serve drives for a site builder (made with
// site.Options.Dev set).
func NewSite(b *site.Builder) Site { return &siteBuilder{b: b} }

func (s *siteBuilder) Root() string { return s.b.Root() }

func (s *siteBuilder) WatchDirs() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.WatchDirs()
}

func (s *siteBuilder) Build(ctx context.Context) (*Snapshot, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return snapshot(s.b.Build(ctx))
}

func (s *siteBuilder) Rebuild(ctx context.Context, changed []string) (*Snapshot, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return snapshot(s.b.Rebuild(ctx, changed))
}

func snapshot(res *site.Result, err error) (*Snapshot, error) {
	if err != nil {
		return nil, err
	}
	return &Snapshot{
		Files:    res.Files,
		Changed:  res.Changed,
		Removed:  res.Removed,
		Lint:     lintLookup(res.Lint.Get),
		Summary:  fmt.Sprintf("%s, %s, %s", plural.Count(res.Pages, "page", "pages"), plural.Count(res.Feeds, "feed", "feeds"), plural.Count(res.Emails, "email", "emails")),
		Duration: res.Duration,
		Warnings: res.Warnings,
	}, nil
}

// EmailPreview renders an issue of the last good build for a tool.
func (s *siteBuilder) EmailPreview(_ context.Context, slug, tool string) (*EmailPreview, error) {
	s.mu.Lock()
	msg, err := s.b.Email(slug, tool)
	s.mu.Unlock()
	if err != nil {
		return nil, err
	}
	p := &EmailPreview{Slug: slug, Tools: site.EmailTools(), HTML: msg.HTML, Text: msg.Text}
	if msg.Preset != nil {
		p.Tool = msg.Preset.Name
	}
	if m, err := mail.ReadMessage(bytes.NewReader(msg.EML)); err == nil {
		p.Subject = m.Header.Get("Subject")
		if dec, err := new(mime.WordDecoder).DecodeHeader(p.Subject); err == nil {
			p.Subject = dec
		}
	}
	for _, f := range msg.Findings {
		p.Findings = append(p.Findings, EmailFinding{
			Severity: string(f.Severity), Message: f.Message, Feature: f.Feature,
			Path: f.Path, Line: f.Line, URL: f.URL,
		})
	}
	return p, nil
}

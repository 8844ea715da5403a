package serve

import (
	"context"
	"fmt"

	"github.com/claritynotes/gen/internal/site"
)

// siteBuilder adapts *site.Builder to Site.
type siteBuilder struct {
	b *site.Builder
}

// NewSite returns the Site serve drives for a site builder (made with
// site.Options.Dev set).
func NewSite(b *site.Builder) Site { return &siteBuilder{b: b} }

func (s *siteBuilder) Root() string        { return s.b.Root() }
func (s *siteBuilder) WatchDirs() []string { return s.b.WatchDirs() }

func (s *siteBuilder) Build(ctx context.Context) (*Snapshot, error) {
	return s.snapshot(s.b.Build(ctx))
}

func (s *siteBuilder) Rebuild(ctx context.Context, changed []string) (*Snapshot, error) {
	return s.snapshot(s.b.Rebuild(ctx, changed))
}

func (s *siteBuilder) snapshot(res *site.Result, err error) (*Snapshot, error) {
	if err != nil {
		return nil, err
	}
	return &Snapshot{
		Files:    res.Files,
		Changed:  res.Changed,
		Removed:  res.Removed,
		Summary:  fmt.Sprintf("%s, %s, %s", plural(res.Pages, "page"), plural(res.Feeds, "feed"), plural(res.Emails, "email")),
		Duration: res.Duration,
		Warnings: res.Warnings,
		Lint:     lintLookup(res.Lint),
	}, nil
}

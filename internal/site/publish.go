package site

import (
	"context"

	"github.com/claritynotes/gen/internal/output"
)

// Errors of publishing that are the user's to fix in their setup rather
// than in their content: a destination gen will not replace, and one
// another build holds.
var (
	ErrRefused = output.ErrRefused
	ErrLocked  = output.ErrLocked
)

// PublishOptions tune Publish.
type PublishOptions = output.Options

// CheckDestination reports why publishing to the destination would destroy
// something gen did not write. Checked before a build, it makes a mistyped
// destination fail at once rather than after the work.
func (b *Builder) CheckDestination() error {
	return output.CheckDestination(b.root, b.Destination())
}

// Publish writes a build's files as the new content of the destination,
// replacing the previous site in one step; see output.Publish. The
// warnings are problems that did not stop it.
func (b *Builder) Publish(ctx context.Context, res *Result, opts PublishOptions) (warnings []string, err error) {
	return output.Publish(ctx, b.Destination(), res.Files, opts)
}

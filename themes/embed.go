// Package themes holds the themes built into the gen binary. Each folder
// beside this file (clarity/) is embedded as it is, so the folder in the
// repository is the one source of the built-in theme: layouts/, email/ and
// static/.
package themes

import "embed"

// FS holds every built-in theme, one top-level folder per theme.
//
//go:embed clarity
var FS embed.FS

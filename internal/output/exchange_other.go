//go:build !linux

package output

import "errors"

// exchange is unavailable here; swap falls back to two renames.
func exchange(a, b string) error { return errors.ErrUnsupported }

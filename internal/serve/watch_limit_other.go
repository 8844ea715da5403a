//go:build !linux

package serve

import (
	"errors"
	"syscall"
)

// isWatchLimit reports running out of file descriptors, which kqueue uses
// one of per watched file.
func isWatchLimit(err error) bool {
	return errors.Is(err, syscall.EMFILE)
}

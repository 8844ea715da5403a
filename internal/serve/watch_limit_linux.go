package serve

import (
	"errors"
	"syscall"
)

// isWatchLimit reports inotify's two limits: ENOSPC when adding a watch
// beyond max_user_watches, EMFILE when creating a watcher beyond
// max_user_instances.
func isWatchLimit(err error) bool {
	return errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EMFILE)
}

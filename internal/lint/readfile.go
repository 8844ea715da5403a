package lint

import "fmt"

// FileTooLargeError is ReadFile's error for a file over the size limit.
type FileTooLargeError struct {
	Path        string
	Size, Limit int64
}

func (e *FileTooLargeError) Error() string {
	return fmt.Sprintf("%s: file is too large to lint (%d MB; the limit is %d MB)", e.Path, e.Size>>20, e.Limit>>20)
}

// ReadFile reads a file to lint, refusing (with a *FileTooLargeError)
// files over limit bytes without reading them.
func ReadFile(path string, limit int64) ([]byte, error) {
	return readFile(path, limit)
}

package sitefs

import "fmt"

// FileTooLargeError is ReadFile's error for a file over the size limit.
type FileTooLargeError struct {
	Path        string
	Size, Limit int64
}

func (e *FileTooLargeError) Error() string {
	return fmt.Sprintf("%s: file is too large (%d MB; the limit is %d MB)", e.Path, e.Size>>20, e.Limit>>20)
}

// ReadFile reads a site's file, refusing (with a *FileTooLargeError)
// files over limit bytes without reading them. It reads into buf's memory
// when the file fits, else into new memory. Every content file of a build
// and a lint run is read through it.
func ReadFile(path string, limit int64, buf []byte) ([]byte, error) {
	return readFile(path, limit, buf[:0])
}

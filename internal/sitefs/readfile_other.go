//go:build !unix

package sitefs

import "os"

func readFile(path string, limit int64, _ []byte) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if st.Size() > limit {
		return nil, &FileTooLargeError{Path: path, Size: st.Size(), Limit: limit}
	}
	return os.ReadFile(path)
}

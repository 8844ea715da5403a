package output

import (
	"context"
	"os"
	"path/filepath"

	"github.com/claritynotes/gen/internal/parallel"
)

// FileStamps stamps the files named (slash-separated, under dir) as
// FileStamp stamps what os.Stat reports of them, without hashes: the zero
// Stamp for a file that cannot be read. A warm build stats every source
// of a site of tens of thousands of pages, so each is looked up by its
// name under dir, opened once, rather than by a path from the root, and
// without the file information os.Stat allocates.
func FileStamps(dir string, names []string) []Stamp {
	stamps := make([]Stamp, len(names))
	f := openFolder(dir)
	if f == nil {
		parallel.For(context.Background(), len(names), parallel.IO(), func(i int) error {
			if info, err := os.Stat(filepath.Join(dir, filepath.FromSlash(names[i]))); err == nil {
				stamps[i] = FileStamp(info)
			}
			return nil
		})
		return stamps
	}
	defer f.close()
	parallel.For(context.Background(), len(names), parallel.IO(), func(i int) error {
		if st, err := f.stat(names[i]); err == nil {
			stamps[i] = st
		}
		return nil
	})
	return stamps
}

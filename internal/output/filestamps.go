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
	// A folder that cannot be opened may still let its files be looked
	// up by path (search permission without read permission).
	stat := func(name string) (Stamp, error) {
		info, err := os.Stat(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			return Stamp{}, err
		}
		return FileStamp(info), nil
	}
	if f := openFolder(dir); f != nil {
		defer f.close()
		stat = f.stat
	}
	stamps := make([]Stamp, len(names))
	parallel.For(context.Background(), len(names), parallel.IO(), func(i int) error {
		if st, err := stat(names[i]); err == nil {
			stamps[i] = st
		}
		return nil
	})
	return stamps
}

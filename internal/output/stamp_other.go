//go:build !linux

package output

import "io/fs"

// stampOf is a file's stamp: its size and modification time, the facts
// every system reports.
func stampOf(info fs.FileInfo, sum Sum) Stamp {
	return Stamp{Sum: sum, Size: info.Size(), Mod: info.ModTime().UnixNano()}
}

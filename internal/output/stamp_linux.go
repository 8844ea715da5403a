package output

import (
	"io/fs"
	"syscall"
)

// stampOf is a file's stamp: with the status change time and inode, which
// no write, rename over or metadata change leaves as they were.
func stampOf(info fs.FileInfo, sum Sum) Stamp {
	st := Stamp{Sum: sum, Size: info.Size(), Mod: info.ModTime().UnixNano()}
	if sys, ok := info.Sys().(*syscall.Stat_t); ok {
		st.Change = sys.Ctim.Nano()
		st.Inode = sys.Ino
	}
	return st
}

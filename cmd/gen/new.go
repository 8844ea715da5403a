package main

import (
	"fmt"
	"io"
)

// cmdNew is being written in this session; it will replace this placeholder.
func cmdNew(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "gen new: not built yet")
	return exitUsage
}

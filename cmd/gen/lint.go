package main

import (
	"fmt"
	"io"
)

// cmdLint is being written in this session; it will replace this placeholder.
func cmdLint(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "gen lint: not built yet")
	return exitUsage
}

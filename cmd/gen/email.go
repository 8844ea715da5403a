package main

import (
	"fmt"
	"io"
)

// cmdEmail is being written in this session; it will replace this placeholder.
func cmdEmail(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "gen email: not built yet")
	return exitUsage
}

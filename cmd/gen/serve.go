package main

import (
	"fmt"
	"io"
)

// cmdServe is being written in this session; it will replace this placeholder.
func cmdServe(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "gen serve: not built yet")
	return exitUsage
}

package main

import (
	"fmt"
	"io"
)

// cmdBuild is being written in this session; it will replace this placeholder.
func cmdBuild(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "gen build: not built yet")
	return exitUsage
}

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/site"
)

func cmdNew(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("gen new", flag.ContinueOnError)
	fl.SetOutput(stderr)
	source := fl.String("source", "", "site root (default: current directory)")
	fl.Usage = func() {
		fmt.Fprintln(stderr, `usage: gen new article|issue "Title" [--source DIR]`)
		fl.PrintDefaults()
	}
	pos, err := parseFlags(fl, args, 2)
	if err != nil {
		return exitUsage
	}
	if len(pos) != 2 || (pos[0] != "article" && pos[0] != "issue") || strings.TrimSpace(pos[1]) == "" {
		fl.Usage()
		return exitUsage
	}
	root := *source
	if root == "" {
		root = "."
	}
	ctx, stop := stopOnSignal()
	defer stop()
	path, err := site.NewPage(ctx, root, pos[0], strings.TrimSpace(pos[1]), time.Now())
	var d *diag.Error
	switch {
	case isInterrupted(err):
		return interrupted(stderr, "gen new", "no page was written")
	case errors.As(err, &d):
		return report(stderr, err)
	case err != nil:
		fmt.Fprintln(stderr, "gen new:", err)
		return exitContent
	}
	fmt.Fprintf(stdout, "created %s (a draft: set draft: false to publish)\n", path)
	return exitOK
}

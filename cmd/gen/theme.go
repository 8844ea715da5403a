package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/claritynotes/gen/internal/plural"
	"github.com/claritynotes/gen/internal/site"
	"github.com/claritynotes/gen/internal/suggest"
)

const themeUsage = `usage: gen theme eject [FILE ...] [--force] [--source DIR]
       gen theme list [--source DIR]

eject copies files of the theme built into gen into your site (layouts/,
layouts/email/, static/) for you to edit; a copy replaces the built-in file.
With no FILE it copies every file. FILE is a site path such as
layouts/single.html, or a folder such as layouts/partials.
list shows the built-in files and which ones your site replaces.
`

func cmdTheme(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stderr, themeUsage)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	sub := args[0]
	if sub != "eject" && sub != "list" {
		fmt.Fprintf(stderr, "gen theme: unknown command %q%s\n  hint: use gen theme eject or gen theme list\n", sub, suggest.Hint(sub, []string{"eject", "list"}))
		return exitUsage
	}
	fl := flag.NewFlagSet("gen theme "+sub, flag.ContinueOnError)
	fl.SetOutput(stderr)
	source := fl.String("source", "", "site root (default: current directory)")
	force := fl.Bool("force", false, "overwrite files the site already has")
	fl.Usage = func() { fmt.Fprint(stderr, themeUsage); fl.PrintDefaults() }
	maxArgs := -1
	if sub == "list" {
		maxArgs = 0
	}
	names, err := parseFlags(fl, args[1:], maxArgs)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	root := *source
	if root == "" {
		root = "."
	}
	th, err := site.Theme(root)
	if err != nil {
		return printUsageErr(stderr, err)
	}
	builtin := th.BuiltinFiles()
	if len(builtin) == 0 {
		fmt.Fprintf(stderr, "gen theme: the theme %q is not built into gen; its files are already yours, in %s/\n", th.Name, th.Dir)
		return exitUsage
	}
	if sub == "list" {
		for _, f := range builtin {
			mark := ""
			if _, err := os.Lstat(filepath.Join(root, filepath.FromSlash(f))); err == nil {
				mark = "  (replaced by your site's file)"
			}
			fmt.Fprintf(stdout, "%s%s\n", f, mark)
		}
		return exitOK
	}
	files, err := th.SelectBuiltin(names)
	if err != nil {
		fmt.Fprintln(stderr, "gen theme eject:", err)
		return exitUsage
	}
	// Each file is written whole and the copy takes a moment: a signal
	// waits until it is done, so the list below says what was copied.
	_, stop := stopOnSignal()
	defer stop()
	if err := th.Eject(root, files, *force); err != nil {
		fmt.Fprintln(stderr, "gen theme eject:", err)
		return exitUsage
	}
	for _, f := range files {
		fmt.Fprintf(stdout, "copied %s\n", f)
	}
	fmt.Fprintf(stdout, "%d %s copied into your site: edit them there; delete one to go back to the built-in file\n",
		len(files), plural.Word(len(files), "file", "files"))
	return exitOK
}

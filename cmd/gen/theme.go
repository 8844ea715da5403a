package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/suggest"
	"github.com/claritynotes/gen/internal/theme"
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
	cfg, err := config.Load(root, "")
	if err != nil {
		return printUsageErr(stderr, err)
	}
	th, err := theme.ForConfig(cfg)
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
	files, err := selectThemeFiles(builtin, names)
	if err != nil {
		fmt.Fprintln(stderr, "gen theme eject:", err)
		return exitUsage
	}
	if err := eject(root, th, files, *force); err != nil {
		fmt.Fprintln(stderr, "gen theme eject:", err)
		return exitUsage
	}
	for _, f := range files {
		fmt.Fprintf(stdout, "copied %s\n", f)
	}
	fmt.Fprintf(stdout, "%d %s copied into your site: edit them there; delete one to go back to the built-in file\n",
		len(files), plural(len(files), "file", "files"))
	return exitOK
}

// selectThemeFiles picks the built-in files each name means: a site path
// (layouts/email/email.html), a theme path (email/email.html), or a folder
// of either. No names means every file.
func selectThemeFiles(builtin, names []string) ([]string, error) {
	if len(names) == 0 {
		return builtin, nil
	}
	var out []string
	for _, n := range names {
		n = path.Clean(filepath.ToSlash(n))
		if site, ok := theme.SitePath(n); ok && !slices.Contains(builtin, n) {
			n = site
		}
		found := false
		for _, f := range builtin {
			if f != n && !strings.HasPrefix(f, n+"/") {
				continue
			}
			found = true
			if !slices.Contains(out, f) {
				out = append(out, f)
			}
		}
		if !found {
			return nil, fmt.Errorf("the built-in theme has no file %s%s\n  hint: gen theme list shows its files", n, suggest.Hint(n, builtin))
		}
	}
	return out, nil
}

// eject copies the files, or none of them when one is already in the site
// and force is not set. A file is written beside its final name and then
// renamed, so an interrupted copy never leaves half a template, and a
// symbolic link in the way is replaced rather than followed.
func eject(root string, th *theme.Theme, files []string, force bool) error {
	var exist []string
	for _, f := range files {
		if _, err := os.Lstat(filepath.Join(root, filepath.FromSlash(f))); err == nil {
			exist = append(exist, f)
		} else if !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	if len(exist) > 0 && !force {
		return fmt.Errorf("your site already has %s; nothing was copied\n  hint: add --force to replace %s with the built-in %s",
			strings.Join(exist, ", "), plural(len(exist), "it", "them"), plural(len(exist), "file", "files"))
	}
	for _, f := range files {
		data, err := th.ReadBuiltin(f)
		if err != nil {
			return err
		}
		dest := filepath.Join(root, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
			return err
		}
		tmp, err := os.CreateTemp(filepath.Dir(dest), ".gen-eject-*")
		if err != nil {
			return err
		}
		_, werr := tmp.Write(data)
		cerr := tmp.Close()
		if err := errors.Join(werr, cerr); err != nil {
			os.Remove(tmp.Name())
			return err
		}
		if err := os.Chmod(tmp.Name(), 0o644); err != nil {
			os.Remove(tmp.Name())
			return err
		}
		if err := os.Rename(tmp.Name(), dest); err != nil {
			os.Remove(tmp.Name())
			return err
		}
	}
	return nil
}

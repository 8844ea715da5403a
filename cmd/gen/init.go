package main

import (
	"embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"
	"unicode"

	"github.com/claritynotes/gen/internal/email"
	"github.com/claritynotes/gen/internal/plural"
	"github.com/claritynotes/gen/internal/sitefs"
	"github.com/claritynotes/gen/internal/suggest"
)

// skeleton holds the files gen init writes, with @NAME@ placeholders.
//
//go:embed skeleton
var skeleton embed.FS

// skeletonFiles maps each skeleton file to its place in the new site.
var skeletonFiles = []struct{ src, dest string }{
	{"gen.toml", "gen.toml"},
	{"start-here.md", "content/articles/start-here.md"},
	{"welcome.md", "content/newsletter/welcome.md"},
	{"gitignore", ".gitignore"},
	{"pages.yml", ".github/workflows/pages.yml"},
}

func cmdInit(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("gen init", flag.ContinueOnError)
	fl.SetOutput(stderr)
	title := fl.String("title", "", "the site's title (default: from the folder name)")
	tool := fl.String("tool", "generic", "the newsletter tool: "+strings.Join(email.Presets(), ", "))
	force := fl.Bool("force", false, "add the missing files to a folder that is not empty; existing files are kept")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: gen init [DIR] [--title T] [--tool NAME] [--force]")
		fl.PrintDefaults()
	}
	pos, err := parseFlags(fl, args, 1)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	dir := "."
	if len(pos) == 1 {
		dir = pos[0]
	}
	if _, err := email.LookupPreset(*tool); err != nil {
		fmt.Fprintf(stderr, "gen init: --tool: unknown email tool %q%s\n  hint: use one of: %s\n",
			*tool, suggest.Hint(*tool, email.Presets()), strings.Join(email.Presets(), ", "))
		return exitUsage
	}
	if err := checkInitDir(dir, *force); err != nil {
		fmt.Fprintln(stderr, "gen init:", err)
		return exitUsage
	}
	if strings.TrimSpace(*title) == "" {
		*title = titleFromDir(dir)
	}
	v, released := releaseVersion()
	files, err := renderSkeleton(initValues{Title: *title, Tool: strings.ToLower(strings.TrimSpace(*tool)), Version: v, Released: released, Now: time.Now()})
	if err != nil {
		fmt.Fprintln(stderr, "gen init:", err)
		return exitUsage
	}
	// The files are small and written in a moment: a signal waits until
	// every one is written, so none is left cut short.
	_, stop := stopOnSignal()
	defer stop()
	var kept []string
	for _, f := range skeletonFiles {
		wrote, err := writeNew(filepath.Join(dir, filepath.FromSlash(f.dest)), files[f.dest])
		if err != nil {
			fmt.Fprintln(stderr, "gen init:", err)
			return exitUsage
		}
		if !wrote {
			kept = append(kept, f.dest)
		}
	}
	added := len(skeletonFiles) - len(kept)
	if len(kept) == 0 {
		fmt.Fprintf(stdout, "created the site %q in %s\n", *title, dir)
	} else {
		fmt.Fprintf(stdout, "added %d %s to %s; kept your %s (gen init never overwrites)\n",
			added, plural.Word(added, "file", "files"), dir, strings.Join(kept, ", "))
	}
	fmt.Fprintln(stdout, "\nNext:")
	if dir != "." {
		fmt.Fprintf(stdout, "  cd %s\n", shellQuote(dir))
	}
	fmt.Fprintln(stdout, "  gen serve    preview at http://127.0.0.1:4000, updated on every save")
	fmt.Fprintln(stdout, "  then edit content/articles/start-here.md, and push to GitHub to publish with .github/workflows/pages.yml")
	return exitOK
}

// checkInitDir refuses a folder with files in it unless force is set; a
// folder holding only .git (a fresh repository) counts as empty.
func checkInitDir(dir string, force bool) error {
	st, err := os.Stat(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if !st.IsDir() {
		return fmt.Errorf("%s is a file; give a folder to create the site in", dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if e.Name() != ".git" && !force {
			return fmt.Errorf("%s is not empty (it has %s)\n  hint: use a new or empty folder, or --force to add only the files that are missing (nothing is overwritten)", dir, e.Name())
		}
	}
	return nil
}

// writeNew creates a file with its folders, and reports false without
// touching it when something already exists at that path.
func writeNew(name string, data []byte) (bool, error) {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return false, err
	}
	return sitefs.CreateFile(name, data)
}

type initValues struct {
	Title, Tool string
	// Version is the gen version the workflow installs; Released says it
	// is a published version rather than a development build.
	Version  string
	Released bool
	Now      time.Time
}

// renderSkeleton fills in the skeleton files, keyed by their place in the site.
func renderSkeleton(v initValues) (map[string][]byte, error) {
	install := "        # The version of gen that made this site; raise it to upgrade.\n" +
		"        run: go install github.com/claritynotes/gen/cmd/gen@" + v.Version
	if !v.Released {
		install = "        # Written by a development build of gen, so it takes the latest release;\n" +
			"        # pin one (e.g. @v1.2.3) so every build uses the gen you tested with.\n" +
			"        run: go install github.com/claritynotes/gen/cmd/gen@latest"
	}
	unsubscribe := "# Where readers unsubscribe, for the generic tool (yours adds its own link).\n" +
		`# unsubscribeURL = "https://example.com/unsubscribe/"`
	if v.Tool == "generic" {
		// The generic tool has no merge tag for the link, so every email
		// needs this address; a placeholder beside baseURL's keeps the
		// first build clean and shows where the real one goes.
		unsubscribe = "# Where readers unsubscribe: the generic tool links to it from every email.\n" +
			"# Replace it, like baseURL, with your own address.\n" +
			`unsubscribeURL = "https://example.com/unsubscribe/"`
	}
	r := strings.NewReplacer(
		"@UNSUBSCRIBE@", unsubscribe,
		"@TITLE@", tomlString(v.Title),
		"@TOOL@", tomlString(v.Tool),
		"@TOOLS@", commentLines(strings.Join(email.Presets(), ", ")+"."),
		"@DATE@", v.Now.Format("2006-01-02"),
		"@INSTALL@", install,
	)
	out := map[string][]byte{}
	for _, f := range skeletonFiles {
		b, err := skeleton.ReadFile("skeleton/" + f.src)
		if err != nil {
			return nil, err
		}
		out[f.dest] = []byte(r.Replace(string(b)))
	}
	return out, nil
}

// releaseVersion is the version of this binary as go install knows it
// (v1.2.3 or a pseudo-version), and whether it is one: a binary built from
// a checkout is "dev", or carries "+dirty" for uncommitted changes, and
// cannot be installed by version.
func releaseVersion() (string, bool) {
	v := moduleVersion()
	if v != "" && v[0] >= '0' && v[0] <= '9' {
		v = "v" + v // a release name set at link time, such as 1.2.3
	}
	if strings.HasPrefix(v, "v") && !strings.Contains(v, "+") {
		return v, true
	}
	return "latest", false
}

// moduleVersion is the version set at link time, else the one the Go
// toolchain recorded (v1.2.3 after go install …@v1.2.3), else "dev".
func moduleVersion() string {
	if version != "dev" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return version
}

// tomlString quotes s as a TOML basic string: quotes, backslashes and
// control characters escaped, everything else as it is. gen new quotes
// YAML front matter with strconv.Quote instead, and neither serves for
// the other: strconv.Quote writes \a, \v and \x01, which TOML does not
// have, and this leaves C1 controls such as U+0085 as they are, which
// YAML refuses or reads as a line break.
func tomlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// commentLines wraps text into TOML comment lines of at most 76 characters.
func commentLines(text string) string {
	var lines []string
	line := "#"
	for _, w := range strings.Fields(text) {
		if len(line)+1+len(w) > 76 {
			lines = append(lines, line)
			line = "#"
		}
		line += " " + w
	}
	return strings.Join(append(lines, line), "\n")
}

// titleFromDir makes a title from a folder name: "my-notes" → "My Notes".
func titleFromDir(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		abs = dir
	}
	words := strings.FieldsFunc(filepath.Base(abs), func(r rune) bool { return r == '-' || r == '_' || r == '.' || unicode.IsSpace(r) })
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	if len(words) == 0 {
		return "My site"
	}
	return strings.Join(words, " ")
}

// shellQuote quotes a path for the "cd" line when it needs it.
func shellQuote(s string) string {
	if strings.ContainsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("-_./", r))
	}) {
		return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
	}
	return s
}

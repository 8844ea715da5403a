package main

import (
	"flag"
	"fmt"
	"strings"

	"github.com/claritynotes/gen/internal/suggest"
)

// commands are gen's subcommands, for "did you mean" on a mistyped one.
var commands = []string{"build", "serve", "lint", "email", "new", "init", "theme", "version", "help"}

// unknownCommand explains a command gen does not have, suggesting the
// closest one.
func unknownCommand(name string) string {
	return fmt.Sprintf("gen: unknown command %q%s\n  hint: run \"gen help\" for the commands\n", name, suggest.Hint(name, commands))
}

// checkFlagNames finds the first flag in args that fl does not define and
// describes it with the closest defined flag. It reads args as fl.Parse
// would: a non-boolean flag without "=" takes the next argument as its
// value, and "--" ends the flags.
func checkFlagNames(fl *flag.FlagSet, args []string) error {
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == "--" {
			return nil
		}
		if len(arg) < 2 || arg[0] != '-' {
			continue
		}
		name := strings.TrimPrefix(strings.TrimPrefix(arg, "-"), "-")
		name, _, hasValue := strings.Cut(name, "=")
		if name == "h" || name == "help" || name == "" {
			continue
		}
		f := fl.Lookup(name)
		if f == nil {
			var known []string
			fl.VisitAll(func(f *flag.Flag) { known = append(known, "--"+f.Name) })
			return fmt.Errorf("unknown flag --%s%s\n  hint: run \"%s -h\" for its flags", name, suggest.Hint("--"+name, known), fl.Name())
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); hasValue || ok && b.IsBoolFlag() {
			continue
		}
		i++ // the flag's value
	}
	return nil
}

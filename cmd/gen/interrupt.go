package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// stopOnSignal is how every command that runs for long or writes files
// hears Ctrl-C (SIGINT) and SIGTERM. The first signal cancels the returned
// context instead of ending gen: the command stops at its next step,
// writing each of its files whole or not at all, and says so with
// interrupted. The signals are then released, so a second one ends gen
// at once, for a user who does not want to wait for that step. stop
// releases them too.
func stopOnSignal() (ctx context.Context, stop context.CancelFunc) {
	ctx, stop = signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	context.AfterFunc(ctx, stop)
	return ctx, stop
}

// isInterrupted reports whether err is a command's stop on stopOnSignal's
// signal.
func isInterrupted(err error) bool { return errors.Is(err, context.Canceled) }

// interrupted prints that command was interrupted and what it left as
// it was, and returns the exit code of an interrupted command.
func interrupted(stderr io.Writer, command, left string) int {
	fmt.Fprintf(stderr, "%s: interrupted; %s\n", command, left)
	return exitUsage
}

package main

import (
	"flag"
	"fmt"
	"io"
	"net"

	"github.com/claritynotes/gen/internal/serve"
	"github.com/claritynotes/gen/internal/site"
)

// cmdServe builds the site into memory, serves it with live reload and
// rebuilds on every save until Ctrl-C.
func cmdServe(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("gen serve", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var source, bind string
	var port int
	var noDrafts, poll bool
	fl.StringVar(&source, "source", "", "site root (default: current directory)")
	fl.StringVar(&bind, "bind", "127.0.0.1", "address to listen on; anything but loopback shares drafts with the network")
	fl.IntVar(&port, "port", 4000, "port to listen on (0 picks a free one)")
	fl.BoolVar(&noDrafts, "no-drafts", false, "leave drafts out, as gen build does")
	fl.BoolVar(&poll, "poll", false, "poll for changes instead of file system events (network drives, some containers)")
	if _, err := parseFlags(fl, args, 0); err != nil {
		return exitUsage
	}
	if port < 0 || port > 65535 {
		fmt.Fprintf(stderr, "gen serve: --port %d is not a port number (0 to 65535)\n", port)
		return exitUsage
	}

	b, err := site.New(site.Options{Source: source, Drafts: !noDrafts, Dev: true})
	if err != nil {
		report(stderr, err)
		return exitUsage // no config or theme: nothing to serve
	}
	ln, err := serve.Listen(bind, port)
	if err != nil {
		fmt.Fprintf(stderr, "gen serve: %v\n", err)
		return exitUsage
	}
	if !serve.IsLoopback(bind) {
		fmt.Fprintf(stderr, "warning: listening on %s: every device that can reach this machine sees the site, drafts included;\n"+
			"  use --bind 127.0.0.1 (the default) to keep it to yourself\n", bind)
	}

	ctx, stop := stopOnSignal()
	defer stop()
	srv := serve.New(serve.NewSite(b), serve.Options{Poll: poll, Log: stdout, Errors: stderr})
	url := "http://" + displayAddr(bind, ln.Addr().String()) + "/"
	ready := make(chan struct{})
	go func() {
		select {
		case <-srv.Ready():
			fmt.Fprintf(stdout, "serving %s at %s (Ctrl-C to stop)\n", b.Config().Title, url)
		case <-ctx.Done():
		}
		close(ready)
	}()
	err = srv.Run(ctx, ln)
	<-ready
	if err != nil {
		fmt.Fprintf(stderr, "gen serve: %v\n", err)
		return exitUsage
	}
	fmt.Fprintln(stdout, "stopped")
	return exitOK
}

// displayAddr shows a wildcard bind as localhost, which a browser can open.
func displayAddr(bind, addr string) string {
	switch bind {
	case "0.0.0.0", "::", "":
		_, port, _ := net.SplitHostPort(addr)
		return "localhost:" + port
	}
	return addr
}

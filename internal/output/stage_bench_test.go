//go:build unix

package output

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/claritynotes/gen/internal/parallel"
)

// BenchmarkStageWrite stages a site shaped like a blog's (a folder per
// page under one section, with a file in each) from as many goroutines as
// a build renders with, and publishes it where there was none. It reports
// the kernel's time per build (sys-ms/op), which folder lock contention
// inflates, beside the wall time. Removing the site between builds is
// not measured.
func BenchmarkStageWrite(b *testing.B) {
	const pages = 2000
	page := bytes.Repeat([]byte("<p>a paragraph of a page</p>\n"), 400)
	dest := filepath.Join(b.TempDir(), "public")
	ctx := context.Background()
	var sys time.Duration
	for b.Loop() {
		b.StopTimer()
		if err := os.RemoveAll(dest); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		before := kernelTime()
		st, err := Begin(ctx, dest, Options{})
		if err != nil {
			b.Fatal(err)
		}
		err = parallel.For(ctx, pages, parallel.CPU(), func(i int) error {
			_, err := st.Write(fmt.Sprintf("posts/page-%05d/index.html", i), page)
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
		if _, _, err := st.Commit(ctx); err != nil {
			b.Fatal(err)
		}
		sys += kernelTime() - before
	}
	b.ReportMetric(float64(sys.Milliseconds())/float64(b.N), "sys-ms/op")
}

// kernelTime is the system time the process has used so far.
func kernelTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Stime.Nano())
}

package frontmatter

import (
	"math"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// TestIndexScales checks that finding keys stays linear in the block's
// size for the shapes that could make it quadratic: many keys on one long
// line, deep nesting, many TOML tables. Eight times the input may take at
// most 32 times as long: linear is eight (caches and the collector add
// some for larger inputs), quadratic would be 64. The flat shapes start at
// 4,000 keys: a thousand keys' index still fits in the processor's caches
// and runs about twice as fast per key as any larger one, which made a
// linear shape measure up to 24 times for eight times the keys.
func TestIndexScales(t *testing.T) {
	if testing.Short() {
		t.Skip("scaling check")
	}
	shapes := map[string]struct {
		n    int
		make func(n int) string
	}{
		"yaml keys on one line": {4000, func(n int) string {
			var b strings.Builder
			for i := range n {
				b.WriteString("k" + strconv.Itoa(i) + ": {é: v}, ")
			}
			return "---\nm: {" + b.String() + "z: 1}\n---\n"
		}},
		"yaml nesting": {1000, func(n int) string {
			return "---\nm: " + strings.Repeat("{a: ", n) + "1" + strings.Repeat("}", n) + "\n---\n"
		}},
		"toml tables": {4000, func(n int) string {
			var b strings.Builder
			for i := range n {
				b.WriteString("[t" + strconv.Itoa(i) + "]\nk = {a = [1, {b = 2}]}\n")
			}
			return "+++\n" + b.String() + "+++\n"
		}},
		"json keys": {4000, func(n int) string {
			var b strings.Builder
			for i := range n {
				b.WriteString(`"k` + strconv.Itoa(i) + `": {"a": [1, {"b": 2}]}, `)
			}
			return "{" + b.String() + `"z": 1}` + "\n"
		}},
	}
	for name, shape := range shapes {
		t.Run(name, func(t *testing.T) {
			small, large := indexTime(t, shape.make(shape.n)), indexTime(t, shape.make(8*shape.n))
			t.Logf("%v for 1x, %v for 8x", small, large)
			if large > 32*small {
				t.Errorf("8x the input took %.1fx as long (%v, %v)", float64(large)/float64(small), small, large)
			}
		})
	}
}

// indexTime is the best of nine times to index src's keys, in CPU time
// of the thread doing it, so other processes on a busy machine do not
// count.
func indexTime(t *testing.T, src string) time.Duration {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b, err := Split("x.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	d, err := Decode("x.md", []byte(src), b)
	if err != nil {
		t.Fatal(err)
	}
	best := time.Duration(math.MaxInt64)
	for range 9 {
		d.entries, d.named = nil, nil
		runtime.GC() // so indexing does not pay for the last run's garbage
		start := threadCPU(t)
		d.index()
		best = min(best, threadCPU(t)-start)
		if len(d.entries) == 0 {
			t.Fatal("no keys indexed")
		}
	}
	return max(best, time.Microsecond)
}

func threadCPU(t *testing.T) time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ts.Nano())
}

package site

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"iter"
	"maps"
	"slices"
	"sync"

	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/output"
)

type jobKind int

const (
	kindPage jobKind = iota
	kindList
	kindFeed
	kindStatic
	kindEmail
)

// job renders one or more output files from the pages it depends on. A
// rebuild re-runs a job only when its deps (page pointers: a reloaded page
// is a new pointer) or its key differ from the previous build's job.
type job struct {
	id   string
	kind jobKind
	deps []*content.Page
	// key captures inputs other than pages (list title, page numbers, ...).
	key string
	// render produces the files; they are minified by exec unless raw.
	render func() (map[string][]byte, error)
	// to, when its fn is set, is render for a job of one file that can render it
	// into a buffer of exec's: a staged build writes the file and drops
	// it, so the buffer serves the next job (see oneTo).
	to  renderTo
	raw bool
	// cached, when set, returns the hashes of the job's files from the
	// build cache; keep stores the hashes of what the job made there.
	// Both read the cache when the job runs, so a rebuild running the job
	// again uses neither.
	cached func() (map[string]output.Sum, bool)
	keep   func(map[string]output.Sum)
	// checked is set once the cache was asked before the jobs ran (see
	// upgradeStubs); reused then holds the files it placed, nil when
	// the job must render.
	checked bool
	reused  map[string]output.Sum
	// done, when set, reports the names of the files the build already
	// wrote for the job (nil bytes) before the job ran.
	done func() (map[string][]byte, bool)
	// out is the job's files, by name. A staged build (Builder.stage),
	// which writes them to disk as it goes, leaves out nil and keeps
	// their names alone in written (see settle); files reads either.
	out     map[string][]byte
	written []string
	// warnings are problems found while rendering that do not stop the build.
	warnings []string
	// writeErr is why a staged build could not write a file. It is
	// reported after the check of overlapping outputs, whose messages
	// say better why a file and a folder of one name clash.
	writeErr error

	// Who owns the files, for messages about two jobs writing one URL:
	// page is the page whose URL (or bundle) the files serve; otherwise
	// what names the generated file or list ("the RSS feed") and src, if
	// any, the site file it comes from.
	page      *content.Page
	what, src string
}

// reusable reports whether prev, the same job in the previous build, has
// the same inputs, so its output can be kept.
func (j *job) reusable(prev *job) bool {
	if prev.out == nil || j.key != prev.key || len(j.deps) != len(prev.deps) {
		return false
	}
	for i := range j.deps {
		if j.deps[i] != prev.deps[i] {
			return false
		}
	}
	return true
}

// exec makes the job's files: from the previous site when the cache
// knows them and the build is staged, else by rendering and minifying.
// A staged build writes them at once and keeps only their names.
func (j *job) exec(b *Builder) error {
	if j.checked && j.reused != nil {
		if b.stage != nil {
			j.settle(slices.Collect(maps.Keys(j.reused)))
			return nil
		}
		j.out = namesOnly(j.reused)
		return nil
	}
	if j.done != nil && b.stage != nil {
		if out, ok := j.done(); ok {
			j.settle(slices.Collect(maps.Keys(out)))
			return nil
		}
	}
	if j.cached != nil && b.stage != nil && !j.checked {
		if sums, ok := j.cached(); ok && b.stage.ReuseAll(sums) {
			j.settle(slices.Collect(maps.Keys(sums)))
			return nil
		}
	}
	var files map[string][]byte
	var body string
	var err error
	if j.to.fn != nil && b.stage != nil {
		buf := getPageBuf()
		defer putPageBuf(buf)
		if body, err = j.to.fn(buf); err != nil {
			return err
		}
		files = map[string][]byte{j.to.name: buf.Bytes()}
	} else if files, err = j.renderFiles(); err != nil {
		return err
	}
	if !j.raw && b.stage == nil {
		for name, data := range files {
			min, err := b.min.Minify(name, data)
			if err != nil {
				return fmt.Errorf("minify %s: %w", name, err)
			}
			files[name] = min
		}
	}
	if b.stage == nil {
		j.out = files
		if j.keep != nil {
			sums := make(map[string]output.Sum, len(files))
			for name, data := range files {
				sums[name] = sha256.Sum256(data)
			}
			j.keep(sums)
		}
		return nil
	}
	sums := make(map[string]output.Sum, len(files))
	// Named even when not written, for the overlap check.
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	keep := j.keep
	j.settle(names)
	for name, data := range files {
		var sum output.Sum
		var err error
		// The minified copy is written and dropped at once: it lives in
		// the minifier's reused buffer.
		write := func(min []byte) error {
			sum, err = b.stage.Write(name, min)
			return nil
		}
		var minErr error
		switch {
		case j.raw:
			sum, err = b.stage.Write(name, data)
		case body != "":
			minErr = b.min.MinifyPageTo(name, data, body, write)
		default:
			minErr = b.min.MinifyTo(name, data, write)
		}
		if minErr != nil {
			return fmt.Errorf("minify %s: %w", name, minErr)
		}
		if err != nil {
			if j.writeErr == nil {
				j.writeErr = &diag.Error{Path: b.Destination(), Msg: err.Error(), Err: err}
			}
			continue
		}
		sums[name] = sum
	}
	if keep != nil && j.writeErr == nil {
		keep(sums)
	}
	return nil
}

// settle records the names of the files a staged build's job made, and
// drops what made them: its render funcs (closures over pages, views and
// the planner), its cache hooks and its dependencies (reused stays, to
// tell which jobs took their files from the previous site). Only a rebuild
// would run the job again, and a staged build is never rebuilt from. At
// 100,000 pages the jobs that ran are about a sixth of the objects the
// build keeps alive, and every collection of the rest of the build would
// scan them (a file's name is its page's OutPath, kept anyway).
func (j *job) settle(names []string) {
	j.out, j.written = nil, names
	j.render, j.to, j.cached, j.keep, j.done = nil, renderTo{}, nil, nil, nil
	j.deps = nil
}

// files yields the job's files: their bytes, or nil bytes for those a
// staged build wrote and kept the names of.
func (j *job) files() iter.Seq2[string, []byte] {
	return func(yield func(string, []byte) bool) {
		if j.out != nil {
			for name, data := range j.out {
				if !yield(name, data) {
					return
				}
			}
			return
		}
		for _, name := range j.written {
			if !yield(name, nil) {
				return
			}
		}
	}
}

// fileCount is how many files files yields.
func (j *job) fileCount() int {
	if j.out != nil {
		return len(j.out)
	}
	return len(j.written)
}

// renderTo renders a job's one file into a buffer. fn returns the
// rendered Markdown body the file holds, if any, which the minifier then
// need not minify as part of the page (output.Minifier.MinifyPageTo).
type renderTo struct {
	name string
	fn   func(*bytes.Buffer) (body string, err error)
}

// oneTo sets j to render the one file name with fn: into a buffer exec
// reuses when the build is staged, else into a new one (renderFiles).
func (j *job) oneTo(name string, fn func(*bytes.Buffer) error) *job {
	return j.pageTo(name, func(b *bytes.Buffer) (string, error) { return "", fn(b) })
}

// pageTo is oneTo for a file that holds a page's rendered body, which fn
// returns.
func (j *job) pageTo(name string, fn func(*bytes.Buffer) (body string, err error)) *job {
	j.to = renderTo{name: name, fn: fn}
	return j
}

// renderFiles renders the job's files with render, or with to into a
// buffer of their own. A job of one file has no render func made for it
// when it is planned: a build plans one job per page, and keeps each
// until it runs.
func (j *job) renderFiles() (map[string][]byte, error) {
	if j.render != nil || j.to.fn == nil {
		return j.render()
	}
	var b bytes.Buffer
	if _, err := j.to.fn(&b); err != nil {
		return nil, err
	}
	return map[string][]byte{j.to.name: b.Bytes()}, nil
}

// pageBufs are the buffers staged jobs render their file into.
var pageBufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledPage bounds the buffers kept, so one huge page does not hold
// its size in memory for the rest of the build.
const maxPooledPage = 1 << 20

func getPageBuf() *bytes.Buffer { return pageBufs.Get().(*bytes.Buffer) }

func putPageBuf(b *bytes.Buffer) {
	if b.Cap() <= maxPooledPage {
		b.Reset()
		pageBufs.Put(b)
	}
}

// one is a render func for a single file.
func one(name string, fn func() ([]byte, error)) func() (map[string][]byte, error) {
	return func() (map[string][]byte, error) {
		data, err := fn()
		if err != nil {
			return nil, err
		}
		return map[string][]byte{name: data}, nil
	}
}

// output is the files the job wrote; j may be nil.
func (j *job) output() map[string][]byte {
	if j == nil {
		return nil
	}
	return j.out
}

// namesOnly is the files of a job taken from the previous site: their
// names, with nil bytes, as a staged build keeps what it wrote.
func namesOnly(sums map[string]output.Sum) map[string][]byte {
	out := make(map[string][]byte, len(sums))
	for name := range sums {
		out[name] = nil
	}
	return out
}

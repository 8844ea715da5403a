package site

import (
	"fmt"

	"github.com/claritynotes/gen/internal/content"
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
	raw    bool
	// cached, when set, returns the job's files from the build cache;
	// keep stores what the job made there. Both read the cache when the
	// job runs, so a rebuild running the job again uses neither.
	cached func() (map[string][]byte, bool)
	keep   func(map[string][]byte)
	out    map[string][]byte
	// warnings are problems found while rendering that do not stop the build.
	warnings []string

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

func (j *job) exec(m *output.Minifier) error {
	if j.cached != nil {
		if files, ok := j.cached(); ok {
			j.out = files
			return nil
		}
	}
	files, err := j.render()
	if err != nil {
		return err
	}
	if !j.raw {
		for name, data := range files {
			min, err := m.Minify(name, data)
			if err != nil {
				return fmt.Errorf("minify %s: %w", name, err)
			}
			files[name] = min
		}
	}
	j.out = files
	if j.keep != nil {
		j.keep(files)
	}
	return nil
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

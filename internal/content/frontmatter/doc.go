package frontmatter

import (
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/strpack"
)

// Span is a range of bytes in the file: src[Start:End].
type Span struct{ Start, End int }

// Doc is a decoded front matter block (or a whole TOML file) that knows
// where each key and value is written.
type Doc struct {
	Format Format
	// Values are the decoded keys: what yaml.v3, BurntSushi/toml or
	// encoding/json give for a map[string]any.
	Values map[string]any

	src        []byte
	start, end int
	yaml       *yaml.Node // the general YAML path's parse, for positions

	// entries are the keys in the order written, with their positions,
	// indexed on first use (the fast YAML path records them as it
	// decodes, for free).
	once    sync.Once
	entries []entry
	named   map[childName]int // entries by parent and name, for find
}

type childName struct {
	parent int
	name   string
}

// entry is one key of the block. Nested keys (cta.text, [newsletter]
// tool) point at their parent's index; top-level keys have parent -1.
type entry struct {
	parent     int
	name       string
	key, value Span
}

// Locate returns a Doc that only locates keys: src[start:end] is written in
// format f and was decoded elsewhere (gen.toml, decoded into its struct).
func Locate(f Format, src []byte, start, end int) *Doc {
	start = min(max(start, 0), len(src))
	end = min(max(end, start), len(src))
	return &Doc{Format: f, src: src, start: start, end: end}
}

// Rebase makes d read src, which holds the same bytes as the file d was
// decoded from up to the end of the block, instead of the file: a page
// that lets go of its body keeps a copy of its front matter alone. The
// decoded Values go too (the page's fields hold what it reads of them):
// what d keeps is only what locates keys, so a build of many pages holds
// a few spans per page rather than a map of every key's value.
func (d *Doc) Rebase(src []byte) {
	if d == nil {
		return
	}
	if len(src) >= d.end {
		d.src = src
	}
	d.once.Do(d.index) // the spans are all that is asked of d from now on
	d.Values, d.yaml = nil, nil
	// The names are packed into one string: a build keeps the Doc of
	// every page, and each name would otherwise be an object of its own
	// for every garbage collection to mark.
	names := make([]*string, len(d.entries))
	for i := range d.entries {
		names[i] = &d.entries[i].name
	}
	strpack.Pack(names...)
}

// ValueSpan returns where the value of the key at path is written, each
// path element one level of nesting ("cta", "text"; "newsletter",
// "tool"). Names are matched exactly, else ignoring case, as page keys
// are read. A TOML table's value is its [header]; a multi-line value's
// span ends where the next key begins, less trailing blanks.
func (d *Doc) ValueSpan(path ...string) (Span, bool) {
	e, ok := d.lookup(path)
	return e.value, ok
}

// KeySpan returns where the key at path is written, quotes included.
func (d *Doc) KeySpan(path ...string) (Span, bool) {
	e, ok := d.lookup(path)
	return e.key, ok
}

// Position returns the 1-based line and rune column of a byte offset.
func (d *Doc) Position(off int) (line, col int) {
	return diag.LineCol(d.src, off)
}

func (d *Doc) lookup(path []string) (entry, bool) {
	if d == nil || len(path) == 0 {
		return entry{}, false
	}
	d.once.Do(d.index)
	at := -1
	for _, name := range path {
		if at = d.child(at, name); at < 0 {
			return entry{}, false
		}
	}
	return d.entries[at], true
}

// child finds parent's key called name: the exact spelling first, then
// the first one that differs only in case.
func (d *Doc) child(parent int, name string) int {
	folded := -1
	for i, e := range d.entries {
		if e.parent != parent {
			continue
		}
		if e.name == name {
			return i
		}
		if folded < 0 && strings.EqualFold(e.name, name) {
			folded = i
		}
	}
	return folded
}

// index finds every key's position, with the parser of the block's format.
func (d *Doc) index() {
	switch d.Format {
	case FormatYAML:
		if d.yaml == nil {
			var n yaml.Node
			if yaml.Unmarshal(d.src[d.start:d.end], &n) != nil {
				return
			}
			d.yaml = &n
		}
		indexYAML(d)
	case FormatTOML:
		indexTOML(d)
	case FormatJSON:
		indexJSON(d)
	}
}

// add appends an entry, keeping its spans inside the block, and returns
// its index.
func (d *Doc) add(parent int, name string, key, value Span) int {
	clamp := func(s Span) Span {
		s.Start = min(max(s.Start, d.start), d.end)
		s.End = min(max(s.End, s.Start), d.end)
		return s
	}
	d.entries = append(d.entries, entry{parent: parent, name: name, key: clamp(key), value: clamp(value)})
	return len(d.entries) - 1
}

// find returns parent's child called name (exactly), adding it with the
// given spans when there is none: a TOML table or dotted key names its
// parents without writing them on a line of their own.
func (d *Doc) find(parent int, name string, key, value Span) int {
	if d.named == nil {
		d.named = map[childName]int{}
	}
	if i, ok := d.named[childName{parent, name}]; ok {
		return i
	}
	i := d.add(parent, name, key, value)
	d.named[childName{parent, name}] = i
	return i
}

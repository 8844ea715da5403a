package site

import (
	"maps"
	"slices"
	"sort"

	"github.com/claritynotes/gen/internal/buildcache"
	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/linkcheck"
	"github.com/claritynotes/gen/internal/lint"
	"github.com/claritynotes/gen/internal/output"
)

// The page index and the manifest are read and written on every build,
// so they are encoded field by field (buildcache.Encoder), in sorted
// order so that the same index is the same bytes.

// encodeIndex encodes idx; size is a guess of its length (the index
// it replaces). An entry that holds the bytes it was read from is
// written as those.
func encodeIndex(idx *pageIndex, size int) []byte {
	e := buildcache.NewEncoder(size + size/8)
	paths := slices.Sorted(maps.Keys(idx.Pages))
	e.Uint(uint64(len(paths)))
	for _, path := range paths {
		e.String(path)
		if ie := idx.Pages[path]; ie.raw != nil {
			e.Fixed(ie.raw)
		} else {
			encodeEntry(e, ie)
		}
	}
	keys := make([]buildcache.Key, 0, len(idx.Lists))
	for k := range idx.Lists {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return string(keys[i][:]) < string(keys[j][:]) })
	e.Uint(uint64(len(keys)))
	for _, k := range keys {
		e.Fixed(k[:])
		encodeOutput(e, idx.Lists[k])
	}
	return e.Bytes()
}

func decodeIndex(payload []byte) (*pageIndex, error) {
	d := buildcache.NewDecoder(payload)
	idx := &pageIndex{}
	n := d.Count()
	idx.Pages = make(map[string]*indexEntry, n)
	for range n {
		path := d.String()
		rest := d.Rest()
		ie := decodeEntry(d)
		ie.raw = rest[:len(rest)-len(d.Rest())]
		idx.Pages[path] = ie
	}
	n = d.Count()
	idx.Lists = make(map[buildcache.Key]*outputRecord, n)
	for range n {
		var k buildcache.Key
		d.Fixed(k[:])
		idx.Lists[k] = decodeOutput(d)
	}
	return idx, d.Done()
}

func encodeStamp(e *buildcache.Encoder, st output.Stamp) {
	e.Fixed(st.Sum[:])
	e.Int(st.Size)
	e.Int(st.Mod)
	e.Int(st.Change)
	e.Uint(st.Inode)
}

func decodeStamp(d *buildcache.Decoder) output.Stamp {
	var st output.Stamp
	d.Fixed(st.Sum[:])
	st.Size, st.Mod, st.Change, st.Inode = d.Int(), d.Int(), d.Int(), d.Uint()
	return st
}

func encodeEntry(e *buildcache.Encoder, ie *indexEntry) {
	encodeStamp(e, ie.Stat)
	e.Bool(ie.Racy)
	e.Fixed(ie.Key[:])
	m := ie.Meta
	for _, s := range []string{m.Section, m.Slug, m.URL, m.BundleDir, string(m.Kind), m.Title, m.FrontSlug, m.Description} {
		e.String(s)
	}
	e.Time(m.Date)
	e.Time(m.Updated)
	e.Time(m.ExpiryDate)
	e.Strings(m.Tags)
	e.Strings(m.TagSlugs)
	e.Bool(m.Draft)
	e.Int(int64(m.Issue))
	e.Int(int64(m.WordCount))
	e.Int(int64(m.ReadingTime))
	e.Bool(ie.Lint != nil)
	if ie.Lint != nil {
		e.Int(int64(ie.Lint.Score))
		e.Uint(uint64(len(ie.Lint.Diagnostics)))
		for _, dg := range ie.Lint.Diagnostics {
			encodeDiagnostic(e, dg)
		}
	}
	e.Bool(ie.Page != nil)
	if ie.Page != nil {
		encodeOutput(e, ie.Page)
	}
	e.Bool(ie.Mail != nil)
	if ie.Mail != nil {
		e.Fixed(ie.Mail.Key[:])
		encodeSums(e, ie.Mail.Sums)
		e.Strings(ie.Mail.Warnings)
	}
	e.Uint(uint64(len(ie.Refs)))
	for _, r := range ie.Refs {
		e.String(string(r.Kind))
		e.String(r.Dest)
		e.Int(int64(r.Line))
		e.Int(int64(r.Col))
	}
	e.Uint(uint64(len(ie.Warnings)))
	for _, w := range ie.Warnings {
		e.String(w.Path)
		e.Int(int64(w.Line))
		e.Int(int64(w.Col))
		e.String(w.Msg)
		e.String(w.Hint)
	}
	e.Int(ie.Parts)
}

func decodeEntry(d *buildcache.Decoder) *indexEntry {
	ie := &indexEntry{Stat: decodeStamp(d), Racy: d.Bool()}
	d.Fixed(ie.Key[:])
	m := &ie.Meta
	m.Section, m.Slug, m.URL, m.BundleDir = d.String(), d.String(), d.String(), d.String()
	m.Kind, m.Title, m.FrontSlug, m.Description = content.Kind(d.String()), d.String(), d.String(), d.String()
	m.Date, m.Updated, m.ExpiryDate = d.Time(), d.Time(), d.Time()
	m.Tags, m.TagSlugs = d.Strings(), d.Strings()
	m.Draft = d.Bool()
	m.Issue, m.WordCount, m.ReadingTime = int(d.Int()), int(d.Int()), int(d.Int())
	if d.Bool() {
		ie.Lint = &lintRecord{Score: int(d.Int())}
		if n := d.Count(); n > 0 {
			ie.Lint.Diagnostics = make([]lint.Diagnostic, n)
			for i := range n {
				ie.Lint.Diagnostics[i] = decodeDiagnostic(d)
			}
		}
	}
	if d.Bool() {
		ie.Page = decodeOutput(d)
	}
	if d.Bool() {
		ie.Mail = &mailRecord{}
		d.Fixed(ie.Mail.Key[:])
		ie.Mail.Sums = decodeSums(d)
		ie.Mail.Warnings = d.Strings()
	}
	if n := d.Count(); n > 0 {
		ie.Refs = make([]linkcheck.Ref, n)
		for i := range n {
			ie.Refs[i] = linkcheck.Ref{Kind: linkcheck.Kind(d.String()), Dest: d.String(), Line: int(d.Int()), Col: int(d.Int())}
		}
	}
	if n := d.Count(); n > 0 {
		ie.Warnings = make([]warningRecord, n)
		for i := range n {
			ie.Warnings[i] = warningRecord{Path: d.String(), Line: int(d.Int()), Col: int(d.Int()), Msg: d.String(), Hint: d.String()}
		}
	}
	ie.Parts = d.Int()
	return ie
}

func encodeDiagnostic(e *buildcache.Encoder, dg lint.Diagnostic) {
	e.String(dg.Rule)
	e.String(dg.Severity)
	for _, v := range []int{dg.Line, dg.Column, dg.EndLine, dg.EndColumn, dg.Offset, dg.EndOffset} {
		e.Int(int64(v))
	}
	e.String(dg.Message)
	e.String(dg.Suggestion)
	e.Uint(uint64(len(dg.Related)))
	for _, sp := range dg.Related {
		for _, v := range []int{sp.Offset, sp.EndOffset, sp.Line, sp.Column, sp.EndLine, sp.EndColumn} {
			e.Int(int64(v))
		}
		e.String(sp.Label)
	}
}

func decodeDiagnostic(d *buildcache.Decoder) lint.Diagnostic {
	dg := lint.Diagnostic{Rule: d.String(), Severity: d.String()}
	dg.Line, dg.Column, dg.EndLine, dg.EndColumn = int(d.Int()), int(d.Int()), int(d.Int()), int(d.Int())
	dg.Offset, dg.EndOffset = int(d.Int()), int(d.Int())
	dg.Message, dg.Suggestion = d.String(), d.String()
	if n := d.Count(); n > 0 {
		dg.Related = make([]lint.Span, n)
		for i := range n {
			sp := &dg.Related[i]
			sp.Offset, sp.EndOffset, sp.Line, sp.Column = int(d.Int()), int(d.Int()), int(d.Int()), int(d.Int())
			sp.EndLine, sp.EndColumn = int(d.Int()), int(d.Int())
			sp.Label = d.String()
		}
	}
	return dg
}

func encodeOutput(e *buildcache.Encoder, r *outputRecord) {
	e.Fixed(r.Key[:])
	encodeSums(e, r.Sums)
}

func decodeOutput(d *buildcache.Decoder) *outputRecord {
	r := &outputRecord{}
	d.Fixed(r.Key[:])
	r.Sums = decodeSums(d)
	return r
}

func encodeSums(e *buildcache.Encoder, sums map[string]output.Sum) {
	names := slices.Sorted(maps.Keys(sums))
	e.Uint(uint64(len(names)))
	for _, n := range names {
		s := sums[n]
		e.String(n)
		e.Fixed(s[:])
	}
}

func decodeSums(d *buildcache.Decoder) map[string]output.Sum {
	n := d.Count()
	sums := make(map[string]output.Sum, n)
	for range n {
		name := d.String()
		var s output.Sum
		d.Fixed(s[:])
		sums[name] = s
	}
	return sums
}

// encodeManifest encodes m in the order of its names. sorted, when not
// nil, is the previous manifest's names in order (see decodeManifest):
// a warm build's manifest has the same names, and taking their order
// spares sorting tens of thousands of paths.
func encodeManifest(m output.Manifest, sorted []string) []byte {
	// A file's entry is its name and its stamp: a hash and four numbers.
	e := buildcache.NewEncoder(len(m) * 96)
	e.Uint(uint64(len(m)))
	// Each name is looked up once: tens of thousands of lookups in a
	// table of as many names is most of the encoding. sorted holds each
	// name once, so as many of them in m as m has names are all of m's;
	// otherwise some are new, and the names are sorted after all.
	found := 0
	for _, n := range sorted {
		if st, ok := m[n]; ok {
			e.String(n)
			encodeStamp(e, st)
			found++
		}
	}
	if found == len(m) {
		return e.Bytes()
	}
	e = buildcache.NewEncoder(len(m) * 96)
	e.Uint(uint64(len(m)))
	for _, n := range slices.Sorted(maps.Keys(m)) {
		e.String(n)
		encodeStamp(e, m[n])
	}
	return e.Bytes()
}

// decodeManifest decodes a manifest and returns its names in order too,
// for encodeManifest; nil when they are not strictly increasing (it was
// not written by encodeManifest).
func decodeManifest(payload []byte) (output.Manifest, []string, error) {
	d := buildcache.NewDecoder(payload)
	n := d.Count()
	m := make(output.Manifest, n)
	names := make([]string, 0, n)
	for range n {
		name := d.String()
		if len(names) > 0 && names[len(names)-1] >= name {
			names = nil
		}
		if names != nil {
			names = append(names, name)
		}
		m[name] = decodeStamp(d)
	}
	if err := d.Done(); err != nil {
		return nil, nil, err
	}
	return m, names, nil
}

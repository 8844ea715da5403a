package site

import (
	"bytes"
	"maps"
	"slices"
	"testing"

	"github.com/claritynotes/gen/internal/buildcache"
	"github.com/claritynotes/gen/internal/output"
)

// TestManifestOrderFromPrevious: a manifest encoded in the order of the
// previous one's names is the same bytes as one sorted afresh, whatever
// names were added or removed since, and a manifest whose names are not
// in order gives none to take.
func TestManifestOrderFromPrevious(t *testing.T) {
	stamp := func(i int) output.Stamp { return output.Stamp{Size: int64(i), Mod: int64(i * 7), Inode: uint64(i)} }
	prev := output.Manifest{"./": stamp(1), "a/": stamp(2), "a/index.html": stamp(3), "b/index.html": stamp(4), "index.html": stamp(5)}
	_, names, err := decodeManifest(encodeManifest(prev, nil))
	if err != nil {
		t.Fatal(err)
	}
	if want := slices.Sorted(maps.Keys(prev)); !slices.Equal(names, want) {
		t.Fatalf("decoded names %q, want %q", names, want)
	}
	with := func(edit func(m output.Manifest)) output.Manifest {
		m := maps.Clone(prev)
		edit(m)
		return m
	}
	for _, tc := range []struct {
		name string
		m    output.Manifest
	}{
		{"same names", with(func(m output.Manifest) { m["a/index.html"] = stamp(9) })},
		{"one removed", with(func(m output.Manifest) { delete(m, "b/index.html") })},
		{"one added", with(func(m output.Manifest) { m["aa/index.html"] = stamp(10) })},
		{"one added, one removed", with(func(m output.Manifest) { delete(m, "a/index.html"); m["c.xml"] = stamp(11) })},
		{"empty", output.Manifest{}},
	} {
		got, want := encodeManifest(tc.m, names), encodeManifest(tc.m, nil)
		if !bytes.Equal(got, want) {
			t.Errorf("%s: encoded in the previous order differs from sorted", tc.name)
		}
		back, _, err := decodeManifest(got)
		if err != nil || !maps.Equal(back, tc.m) {
			t.Errorf("%s: decoded %v, %v; want %v", tc.name, back, err, tc.m)
		}
	}
	// Names out of order (not encodeManifest's) give no order to take.
	e := buildcache.NewEncoder(0)
	e.Uint(2)
	for _, n := range []string{"b", "a"} {
		e.String(n)
		encodeStamp(e, stamp(1))
	}
	if m, names, err := decodeManifest(e.Bytes()); err != nil || len(m) != 2 || names != nil {
		t.Errorf("unordered manifest: %d files, names %q, %v; want 2 files, no names", len(m), names, err)
	}
}

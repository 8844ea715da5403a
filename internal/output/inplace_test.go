package output

import (
	"context"
	"crypto/sha256"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// publishVia stages a site with the given journal and previous manifest:
// files are written, reuse names are taken from the previous site when
// they can be. It returns the new manifest and whether the destination
// folder is still the same folder (changed in place, not swapped).
func publishVia(t *testing.T, dest, journal string, prev Manifest, files, reuse map[string]string) (Manifest, bool) {
	t.Helper()
	before, _ := os.Stat(dest)
	ctx := context.Background()
	st, err := Begin(ctx, dest, Options{Journal: journal})
	if err != nil {
		t.Fatal(err)
	}
	st.Previous(prev)
	for name, data := range files {
		if _, err := st.Write(name, []byte(data)); err != nil {
			t.Fatal(err)
		}
	}
	for name, data := range reuse {
		if !st.Reuse(name, sha256.Sum256([]byte(data))) {
			if _, err := st.Write(name, []byte(data)); err != nil {
				t.Fatal(err)
			}
		}
	}
	m, _, err := st.Commit(ctx)
	if err != nil {
		t.Fatal(err)
	}
	after, err := os.Stat(dest)
	if err != nil {
		t.Fatal(err)
	}
	return m, before != nil && os.SameFile(before, after)
}

// stageOverPublished publishes site into a fresh destination, lets harm
// change it (when not nil), and begins the next build over it, which
// must publish in place. It returns the stage, the destination and the
// journal's path.
func stageOverPublished(t *testing.T, site map[string]string, harm func(*testing.T, string)) (*Stage, string, string) {
	t.Helper()
	dir := t.TempDir()
	dest, journal := filepath.Join(dir, "public"), filepath.Join(dir, "publish.journal")
	m, _ := publishVia(t, dest, journal, nil, site, nil)
	if harm != nil {
		harm(t, dest)
	}
	st, err := Begin(context.Background(), dest, Options{Journal: journal})
	if err != nil {
		t.Fatal(err)
	}
	st.Previous(m)
	if !st.InPlace() {
		t.Fatal("the published site is not published in place")
	}
	return st, dest, journal
}

func TestInPlacePublish(t *testing.T) {
	site := map[string]string{"index.html": "home", "a/index.html": "page a", "b/index.html": "page b", "c/d/index.html": "page d"}
	for _, tc := range []struct {
		name string
		// harm changes the published site or the journal before the
		// second build.
		harm    func(t *testing.T, dest, journal string)
		inPlace bool
	}{
		{"untouched", func(*testing.T, string, string) {}, true},
		{"a journal left", func(t *testing.T, _, journal string) {
			os.MkdirAll(filepath.Dir(journal), 0o755)
			if err := os.WriteFile(journal, []byte("replace \"a/index.html\"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}, false},
		{"a file added by hand", func(t *testing.T, dest, _ string) {
			if err := os.WriteFile(filepath.Join(dest, "c", "notes.txt"), []byte("mine"), 0o644); err != nil {
				t.Fatal(err)
			}
		}, false},
		{"a replaced file edited by hand", func(t *testing.T, dest, _ string) {
			name := filepath.Join(dest, "index.html")
			info, _ := os.Stat(name)
			os.WriteFile(name, []byte("HOME"), 0o644)
			os.Chtimes(name, info.ModTime(), info.ModTime())
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			dest, journal := filepath.Join(dir, "public"), filepath.Join(dir, "cache", "publish.journal")
			m, _ := publishVia(t, dest, journal, nil, site, nil)
			tc.harm(t, dest, journal)
			// Home changes, b goes (and with it its folder), e is new, a
			// and d are kept.
			m2, same := publishVia(t, dest, journal, m,
				map[string]string{"index.html": "home 2", "e/f/index.html": "page f"},
				map[string]string{"a/index.html": "page a", "c/d/index.html": "page d"})
			want := map[string]string{Marker: markerText, "index.html": "home 2", "a/index.html": "page a", "c/d/index.html": "page d", "e/f/index.html": "page f"}
			if got := readTree(t, dest); !reflect.DeepEqual(got, want) {
				t.Errorf("published %v, want %v", got, want)
			}
			if same != tc.inPlace {
				t.Errorf("published in place: %v, want %v", same, tc.inPlace)
			}
			if _, err := os.Stat(filepath.Join(dest, "b")); err == nil {
				t.Error("the emptied folder b/ is still there")
			}
			if _, err := os.Stat(journal); err == nil {
				t.Error("the journal is still there")
			}
			checkManifest(t, dest, m2)
			// The new manifest lets the next build publish in place again.
			m3, same := publishVia(t, dest, journal, m2, map[string]string{"index.html": "home 3"},
				map[string]string{"a/index.html": "page a", "c/d/index.html": "page d", "e/f/index.html": "page f"})
			if !same {
				t.Error("the build after was not in place")
			}
			checkManifest(t, dest, m3)
			if got := readTree(t, dest)["index.html"]; got != "home 3" {
				t.Errorf("index.html = %q", got)
			}
		})
	}
}

// TestInPlaceDestinationReplacedDuringBuild: files kept while the build
// ran are in place only if the destination is still the folder they
// were checked in; a site never goes out without them.
func TestInPlaceDestinationReplacedDuringBuild(t *testing.T) {
	st, dest, _ := stageOverPublished(t, map[string]string{"index.html": "home", "a/index.html": "page a"}, nil)
	for name, data := range map[string]string{"index.html": "home", "a/index.html": "page a"} {
		if !st.Reuse(name, sha256.Sum256([]byte(data))) {
			t.Fatalf("%s not kept", name)
		}
	}
	if _, err := st.Write("e/index.html", []byte("page e")); err != nil {
		t.Fatal(err)
	}
	// Someone puts another folder with gen's marker in its place.
	if err := os.Rename(dest, dest+".old"); err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(dest, 0o755)
	os.WriteFile(filepath.Join(dest, Marker), []byte(markerText), 0o644)
	os.WriteFile(filepath.Join(dest, "index.html"), []byte("home"), 0o644)
	if _, _, err := st.Commit(context.Background()); err == nil {
		want := map[string]string{Marker: markerText, "index.html": "home", "a/index.html": "page a", "e/index.html": "page e"}
		if got := readTree(t, dest); !reflect.DeepEqual(got, want) {
			t.Errorf("published %v, want %v", got, want)
		}
	}
}

// checkManifest fails unless m records every file and folder of dest
// (but the marker) as it now is, and nothing else.
func checkManifest(t *testing.T, dest string, m Manifest) {
	t.Helper()
	want := Manifest{}
	filepath.WalkDir(dest, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(dest, p)
		rel = filepath.ToSlash(rel)
		info, err := os.Lstat(p)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case d.IsDir():
			want[dirKey(rel)] = FileStamp(info)
		case rel != Marker:
			data, _ := os.ReadFile(p)
			want[rel] = stampOf(info, sha256.Sum256(data))
		}
		return nil
	})
	if !reflect.DeepEqual(m, want) {
		t.Errorf("manifest %v, want %v", m, want)
	}
}

// TestInPlaceKeepsFileTimes: a file the build made again with the same
// bytes is the previous one, untouched.
func TestInPlaceKeepsFileTimes(t *testing.T) {
	dir := t.TempDir()
	dest, journal := filepath.Join(dir, "public"), filepath.Join(dir, "publish.journal")
	m, _ := publishVia(t, dest, journal, nil, map[string]string{"index.html": "home", "feed.xml": "<rss/>"}, nil)
	before, _ := os.Stat(filepath.Join(dest, "feed.xml"))
	publishVia(t, dest, journal, m, map[string]string{"index.html": "home 2", "feed.xml": "<rss/>"}, nil)
	after, _ := os.Stat(filepath.Join(dest, "feed.xml"))
	if !os.SameFile(before, after) || !before.ModTime().Equal(after.ModTime()) {
		t.Error("a file written again with the same bytes was replaced")
	}
}

// TestReuseAll: publishing in place, a job's files are taken all
// together or not at all; a file that then has to be written is written,
// and the published site is the one asked for either way.
func TestReuseAll(t *testing.T) {
	site := map[string]string{"a/index.html": "page a", "a/x.txt": "text a", "b/index.html": "page b"}
	sum := func(s string) Sum { return sha256.Sum256([]byte(s)) }
	for _, tc := range []struct {
		name string
		// harm changes the published site before the second build.
		harm func(t *testing.T, dest string)
		job  map[string]string // the files the job wants
		want bool
	}{
		{"all as published", func(*testing.T, string) {}, map[string]string{"a/index.html": "page a", "a/x.txt": "text a"}, true},
		{"one with other bytes", func(*testing.T, string) {}, map[string]string{"a/index.html": "page a", "a/x.txt": "text A"}, false},
		{"one not published", func(*testing.T, string) {}, map[string]string{"a/index.html": "page a", "a/y.txt": "new"}, false},
		{"one edited by hand", func(t *testing.T, dest string) {
			name := filepath.Join(dest, "a", "x.txt")
			if err := os.WriteFile(name, []byte("text A"), 0o644); err != nil {
				t.Fatal(err)
			}
		}, map[string]string{"a/index.html": "page a", "a/x.txt": "text a"}, false},
		{"none", func(*testing.T, string) {}, map[string]string{}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st, dest, _ := stageOverPublished(t, site, tc.harm)
			sums := map[string]Sum{}
			for name, data := range tc.job {
				sums[name] = sum(data)
			}
			if got := st.ReuseAll(sums); got != tc.want {
				t.Fatalf("ReuseAll = %v, want %v", got, tc.want)
			}
			if !tc.want {
				if placed := st.Names(); len(placed) != 0 {
					t.Errorf("refused, yet placed %q", placed)
				}
				for name, data := range tc.job {
					if _, err := st.Write(name, []byte(data)); err != nil {
						t.Fatal(err)
					}
				}
			}
			if _, err := st.Write("b/index.html", []byte("page b")); err != nil {
				t.Fatal(err)
			}
			if _, _, err := st.Commit(context.Background()); err != nil {
				t.Fatal(err)
			}
			want := map[string]string{Marker: markerText, "b/index.html": "page b"}
			for name, data := range tc.job {
				want[name] = data
			}
			if got := readTree(t, dest); !reflect.DeepEqual(got, want) {
				t.Errorf("published %v, want %v", got, want)
			}
		})
	}
}

package buildcache

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"hash/crc32"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type record struct {
	Body  string
	Score int
}

func key(parts ...string) Key { return (&Hasher{}).AddString(parts...).Key() }

func TestRoundTrip(t *testing.T) {
	s := Open(t.TempDir())
	k := key("content/a.md", "# A")
	if err := s.Get(k, &record{}); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("Get before Put: %v, want fs.ErrNotExist", err)
	}
	want := record{Body: "<h1>A</h1>", Score: 92}
	if err := s.Put(k, &want); err != nil {
		t.Fatal(err)
	}
	var got record
	if err := s.Get(k, &got); err != nil || got != want {
		t.Fatalf("Get = %+v, %v; want %+v", got, err, want)
	}
}

func TestHasherSeparatesParts(t *testing.T) {
	if key("ab", "c") == key("a", "bc") || key("a") == key("a", "") {
		t.Error("different parts made the same key")
	}
	if a, b := key("a", "b"), (&Hasher{}).AddString("a").AddString("b").Key(); a != b {
		t.Error("the same parts, added in two calls, made different keys")
	}
}

// TestHasherIsSHA256OfTheParts: a key is SHA-256 of each part after its
// length as a varint, whether the parts fit the Hasher's buffer or
// overflow it (a page's source), however they are split across calls,
// and a Key taken midway leaves the Hasher able to go on.
func TestHasherIsSHA256OfTheParts(t *testing.T) {
	long := strings.Repeat("0123456789abcdef", 300) // several buffers
	tests := []struct {
		name  string
		parts []string
	}{
		{"none", nil},
		{"empty", []string{""}},
		{"short", []string{"page", "title", "/url/"}},
		{"just under a buffer", []string{strings.Repeat("x", hasherBuf-2)}},
		{"just over a buffer", []string{strings.Repeat("x", hasherBuf-1), "y"}},
		{"long", []string{"salt", long, "tail"}},
		{"many", strings.Split(long, "a")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want []byte
			for _, p := range tt.parts {
				want = binary.AppendUvarint(want, uint64(len(p)))
				want = append(want, p...)
			}
			sum := sha256.Sum256(want)
			if got := (&Hasher{}).AddString(tt.parts...).Key(); got != Key(sum) {
				t.Errorf("AddString: key %x, want %x", got, sum)
			}
			var h Hasher
			for _, p := range tt.parts {
				h.Add([]byte(p))
				h.Key() // midway: must not change what follows
			}
			if got := h.Key(); got != Key(sum) {
				t.Errorf("Add one by one: key %x, want %x", got, sum)
			}
		})
	}
}

// TestUntrustedEntries: every way an entry file can be wrong is refused as
// ErrInvalid before its payload is decoded.
func TestUntrustedEntries(t *testing.T) {
	k := key("content/a.md", "# A")
	other := key("content/b.md", "# B")
	good := func(t *testing.T) []byte {
		s := Open(t.TempDir())
		if err := s.Put(k, &record{Body: "x", Score: 1}); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(s.path(k))
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	// sealed wraps a payload in a valid header for k.
	sealed := func(payload []byte) []byte {
		h := append([]byte{}, magic[:]...)
		h = binary.LittleEndian.AppendUint32(h, formatVersion)
		h = append(h, k[:]...)
		h = binary.LittleEndian.AppendUint64(h, uint64(len(payload)))
		h = binary.LittleEndian.AppendUint32(h, crc32.Checksum(payload, crc32.MakeTable(crc32.Castagnoli)))
		return append(h, payload...)
	}
	for _, tc := range []struct {
		name string
		harm func(data []byte) []byte
	}{
		{"empty", func([]byte) []byte { return nil }},
		{"header cut short", func(d []byte) []byte { return d[:headerSize-1] }},
		{"payload cut short", func(d []byte) []byte { return d[:len(d)-1] }},
		{"bytes appended", func(d []byte) []byte { return append(d, 0) }},
		{"another magic", func(d []byte) []byte { d[0] = 'G'; return d }},
		{"another format version", func(d []byte) []byte { d[8]++; return d }},
		{"another key", func(d []byte) []byte { copy(d[12:], other[:]); return d }},
		{"a flipped payload byte", func(d []byte) []byte { d[len(d)-1] ^= 1; return d }},
		{"a flipped checksum byte", func(d []byte) []byte { d[headerSize-1] ^= 1; return d }},
		{"a huge length", func(d []byte) []byte {
			binary.LittleEndian.PutUint64(d[12+sha256.Size:], 1<<62)
			return d
		}},
		{"a sealed payload that is not gob", func([]byte) []byte { return sealed([]byte("not gob at all")) }},
		{"a sealed payload of another type", func([]byte) []byte {
			var b bytes.Buffer
			if err := gob.NewEncoder(&b).Encode("a string, not a record"); err != nil {
				t.Fatal(err)
			}
			return sealed(b.Bytes())
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := Open(t.TempDir())
			name := s.path(k)
			if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(name, tc.harm(good(t)), 0o644); err != nil {
				t.Fatal(err)
			}
			var got record
			if err := s.Get(k, &got); !errors.Is(err, ErrInvalid) {
				t.Errorf("Get = %+v, %v; want ErrInvalid", got, err)
			}
		})
	}
}

func TestPrune(t *testing.T) {
	root := t.TempDir()
	s := Open(root)
	keep, drop := key("keep"), key("drop")
	for _, k := range []Key{keep, drop} {
		if err := s.Put(k, &record{}); err != nil {
			t.Fatal(err)
		}
	}
	stray := filepath.Join(root, Dir, "ab", ".tmp-123")
	notOurs := filepath.Join(root, Dir, "README")
	for _, f := range []string{stray, notOurs} {
		os.MkdirAll(filepath.Dir(f), 0o755)
		os.WriteFile(f, []byte("x"), 0o644)
	}
	if err := s.Prune(map[Key]bool{keep: true}); err != nil {
		t.Fatal(err)
	}
	exists := func(name string) bool { _, err := os.Stat(name); return err == nil }
	if !exists(s.path(keep)) || exists(s.path(drop)) {
		t.Errorf("after Prune: kept entry present %v, dropped entry present %v", exists(s.path(keep)), exists(s.path(drop)))
	}
	if exists(stray) {
		t.Error("a temporary file of an interrupted build was left")
	}
	if !exists(notOurs) {
		t.Error("Prune removed a file it did not write")
	}
	if err := Open(t.TempDir()).Prune(nil); err != nil {
		t.Errorf("Prune without a cache folder: %v", err)
	}
}

// TestRawAndNamedEntries: an entry its caller encodes (PutRaw, PutNamed)
// is written header first, then its payload; it reads back as written,
// and is ErrInvalid once cut short or damaged. Asked for under another
// key, a raw entry is another file (absent) and a named one the same
// file holding the wrong key.
func TestRawAndNamedEntries(t *testing.T) {
	k, other := key("index", "salt"), key("index", "another salt")
	payload := bytes.Repeat([]byte("page entry;"), 1000)
	for _, tc := range []struct {
		name string
		put  func(s *Store) error
		get  func(s *Store, k Key) ([]byte, error)
		file func(s *Store) string
		// other is what reading under another key reports.
		other error
	}{
		{"raw", func(s *Store) error { return s.PutRaw(k, payload) },
			func(s *Store, k Key) ([]byte, error) { return s.GetRaw(k) },
			func(s *Store) string { return s.path(k) }, fs.ErrNotExist},
		{"named", func(s *Store) error { return s.PutNamed("pages.index", k, payload) },
			func(s *Store, k Key) ([]byte, error) { return s.GetNamed("pages.index", k) },
			func(s *Store) string { return filepath.Join(s.dir, "pages.index") }, ErrInvalid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := Open(t.TempDir())
			if err := tc.put(s); err != nil {
				t.Fatal(err)
			}
			got, err := tc.get(s, k)
			if err != nil || !bytes.Equal(got, payload) {
				t.Fatalf("read back %d bytes, %v; want the %d written", len(got), err, len(payload))
			}
			if _, err := tc.get(s, other); !errors.Is(err, tc.other) {
				t.Errorf("read under another key: %v, want %v", err, tc.other)
			}
			data, err := os.ReadFile(tc.file(s))
			if err != nil {
				t.Fatal(err)
			}
			for _, harm := range []struct {
				name string
				data []byte
			}{
				{"truncated", data[:len(data)-len(payload)/2]},
				{"header only", data[:headerSize]},
				{"a flipped payload byte", append(data[:headerSize:headerSize], append([]byte{data[headerSize] ^ 0x20}, data[headerSize+1:]...)...)},
			} {
				if err := os.WriteFile(tc.file(s), harm.data, 0o644); err != nil {
					t.Fatal(err)
				}
				if got, err := tc.get(s, k); !errors.Is(err, ErrInvalid) {
					t.Errorf("%s: read %d bytes, %v; want ErrInvalid", harm.name, len(got), err)
				}
			}
		})
	}
}

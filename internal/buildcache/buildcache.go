// Package buildcache keeps per-page build results between runs of gen
// build, one file per entry under .gen-cache/ in the site root. An entry is
// found by a key the caller derives from everything the result depends on,
// so a changed input is a different key, never a stale hit. Each file
// starts with a header (magic, format version, the key it holds, the
// payload's length and CRC-32C checksum); a file whose header or checksum
// does not match is treated as absent, never decoded.
package buildcache

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/gob"
	"encoding/hex"
	"errors"
	"hash"
	"hash/crc32"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Dir is the cache folder, relative to the site root.
const Dir = ".gen-cache"

// formatVersion changes whenever the header or a payload's encoding does,
// so a cache written by another layout is ignored.
const formatVersion = 2

// magic opens every entry file.
var magic = [8]byte{'g', 'e', 'n', 'c', 'a', 'c', 'h', 'e'}

// headerSize is magic, version, key, payload length and payload checksum.
const headerSize = 8 + 4 + sha256.Size + 8 + 4

// The payload's checksum is CRC-32C: it is there to catch a damaged file
// (a torn write, a flipped bit), which the key in the header cannot, not
// to stand for the payload as a key does. A warm build checks and writes
// several megabytes of index and manifest, which SHA-256 took milliseconds
// of to hash each time; the processor's CRC instruction takes a tenth of
// one.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

func checksum(payload []byte) uint32 { return crc32.Checksum(payload, castagnoli) }

// maxPayload bounds what one entry may claim to hold, so a damaged length
// cannot make a read allocate without limit.
const maxPayload = 1 << 30

// Key names one entry. Callers make it with a Hasher.
type Key [sha256.Size]byte

// String is the key in hex, the entry's file name.
func (k Key) String() string { return hex.EncodeToString(k[:]) }

// Hasher builds a key from length-prefixed parts, so ("ab", "c") and
// ("a", "bc") differ. The zero Hasher is ready to use.
//
// A warm build makes a key for every page and list of the site from a
// few short parts: they go into a buffer inside the Hasher (on the
// caller's stack when it does not keep the Hasher), hashed in one call at
// the end. Only what overflows the buffer (a page's source) streams
// through a digest, so no part is ever copied into a buffer its size.
type Hasher struct {
	// d is nil until the buffer first fills; spill is what the buffer
	// is copied to for it, so the digest never sees the Hasher's own
	// memory, which can then stay on the caller's stack.
	d     hash.Hash
	spill []byte
	n     int
	buf   [hasherBuf]byte
}

// hasherBuf holds the parts of the keys a build makes by the thousand: a
// list page's, the keys of its twenty-odd pages, among them.
const hasherBuf = 1024

// Add appends parts to the key.
func (h *Hasher) Add(parts ...[]byte) *Hasher {
	for _, p := range parts {
		h.length(len(p))
		h.write(p)
	}
	return h
}

// AddString appends string parts to the key.
func (h *Hasher) AddString(parts ...string) *Hasher {
	for _, p := range parts {
		h.length(len(p))
		h.writeString(p)
	}
	return h
}

// length appends a part's length, the prefix that keeps parts apart.
func (h *Hasher) length(n int) {
	if h.n+binary.MaxVarintLen64 > len(h.buf) {
		h.flush()
	}
	h.n += binary.PutUvarint(h.buf[h.n:], uint64(n))
}

func (h *Hasher) write(p []byte) {
	if h.n+len(p) <= len(h.buf) {
		h.n += copy(h.buf[h.n:], p)
		return
	}
	h.flush()
	if len(p) <= len(h.buf) {
		h.n = copy(h.buf[:], p)
		return
	}
	h.d.Write(p)
}

func (h *Hasher) writeString(p string) {
	for len(p) > 0 {
		if h.n == len(h.buf) {
			h.flush()
		}
		c := copy(h.buf[h.n:], p)
		h.n += c
		p = p[c:]
	}
}

// flush moves the buffer into the digest.
func (h *Hasher) flush() {
	if h.d == nil {
		h.d = sha256.New()
		h.spill = make([]byte, len(h.buf))
	}
	n := copy(h.spill, h.buf[:h.n])
	h.d.Write(h.spill[:n])
	h.n = 0
}

// Key is the hash of the parts added so far: SHA-256 of the parts, each
// after its length as a varint.
func (h *Hasher) Key() Key {
	if h.d == nil {
		return sha256.Sum256(h.buf[:h.n])
	}
	d := h.d
	// The digest is copied so that more parts may still be added.
	if m, ok := d.(interface{ MarshalBinary() ([]byte, error) }); ok {
		state, _ := m.MarshalBinary()
		d = sha256.New()
		d.(interface{ UnmarshalBinary([]byte) error }).UnmarshalBinary(state)
	}
	n := copy(h.spill, h.buf[:h.n])
	d.Write(h.spill[:n])
	return Key(d.Sum(nil))
}

// Store is the cache folder of one site.
type Store struct{ dir string }

// Open returns the store in root's cache folder. Nothing is created until
// the first Put.
func Open(root string) *Store { return &Store{dir: filepath.Join(root, Dir)} }

// path spreads entries over 256 folders so none grows to 100,000 files.
func (s *Store) path(k Key) string {
	name := k.String()
	return filepath.Join(s.dir, name[:2], name[2:])
}

// ErrInvalid is returned by Get for an entry that exists but is corrupt,
// truncated, from another format version or holds another key.
var ErrInvalid = errors.New("invalid cache entry")

// Get decodes the entry for k into v. It reports fs.ErrNotExist when there
// is none and ErrInvalid when the file cannot be trusted.
func (s *Store) Get(k Key, v any) error {
	payload, err := s.get(s.path(k), k)
	if err != nil {
		return err
	}
	if err := gob.NewDecoder(bytes.NewReader(payload)).Decode(v); err != nil {
		return ErrInvalid
	}
	return nil
}

// GetRaw is Get for an entry its caller encodes itself (see Encoder).
func (s *Store) GetRaw(k Key) ([]byte, error) { return s.get(s.path(k), k) }

// PutRaw is Put for an entry its caller encodes itself.
func (s *Store) PutRaw(k Key, payload []byte) error { return s.write(s.path(k), k, payload) }

// GetNamed returns the payload of an entry kept under a name of its own
// in the cache folder rather than under its key: one the caller rewrites
// on every build (a site-wide index), which keeps its name while its key
// changes, encoded by the caller (see Encoder). An entry holding another
// key is ErrInvalid.
func (s *Store) GetNamed(name string, k Key) ([]byte, error) {
	return s.get(filepath.Join(s.dir, name), k)
}

// PutNamed stores an entry read by GetNamed, as Put does.
func (s *Store) PutNamed(name string, k Key, payload []byte) error {
	return s.write(filepath.Join(s.dir, name), k, payload)
}

func (s *Store) get(file string, k Key) ([]byte, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	payload, ok := check(data, k)
	if !ok {
		return nil, ErrInvalid
	}
	return payload, nil
}

// check returns the payload of an entry file holding k, or false.
func check(data []byte, k Key) ([]byte, bool) {
	if len(data) < headerSize || !bytes.Equal(data[:8], magic[:]) {
		return nil, false
	}
	if binary.LittleEndian.Uint32(data[8:12]) != formatVersion || !bytes.Equal(data[12:12+sha256.Size], k[:]) {
		return nil, false
	}
	n := binary.LittleEndian.Uint64(data[12+sha256.Size:])
	payload := data[headerSize:]
	if n > maxPayload || uint64(len(payload)) != n {
		return nil, false
	}
	return payload, checksum(payload) == binary.LittleEndian.Uint32(data[headerSize-4:])
}

// Put stores v under k: written to a temporary file and renamed into
// place, so a reader never sees half an entry.
func (s *Store) Put(k Key, v any) error {
	file, err := encodeGob(make([]byte, headerSize, 4096), v)
	if err != nil {
		return err
	}
	return s.writeFile(s.path(k), k, file)
}

// write stores payload under k in the file name, through a temporary
// file renamed into place. The header is written before the payload
// rather than copied in front of it: the payloads written this way are
// the large ones (the index, the manifest).
func (s *Store) write(name string, k Key, payload []byte) error {
	var head [headerSize]byte
	fillHeader(head[:], k, payload)
	return s.writeParts(name, head[:], payload)
}

// writeFile is write for a file whose payload follows headerSize bytes
// left for the header, which writeFile fills in: the file is written
// in one piece.
func (s *Store) writeFile(name string, k Key, file []byte) error {
	fillHeader(file[:headerSize], k, file[headerSize:])
	return s.writeParts(name, file, nil)
}

// fillHeader writes the header of an entry holding k and payload into
// head, in the order check reads its fields back.
func fillHeader(head []byte, k Key, payload []byte) {
	// The fields are appended over the room left for them: they fill
	// headerSize exactly.
	h := append(head[:0], magic[:]...)
	h = binary.LittleEndian.AppendUint32(h, formatVersion)
	h = append(h, k[:]...)
	h = binary.LittleEndian.AppendUint64(h, uint64(len(payload)))
	_ = binary.LittleEndian.AppendUint32(h, checksum(payload))
}

// writeParts writes the file name as first followed by rest.
func (s *Store) writeParts(name string, first, rest []byte) error {

	// The folder is made only when it is missing: a build writes
	// thousands of entries into the same 256 folders.
	dir := filepath.Dir(name)
	tmp, err := os.CreateTemp(dir, ".tmp-*")
	if errors.Is(err, fs.ErrNotExist) {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		tmp, err = os.CreateTemp(dir, ".tmp-*")
	}
	if err != nil {
		return err
	}
	_, err = tmp.Write(first)
	if err == nil && len(rest) > 0 {
		_, err = tmp.Write(rest)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), name)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// Remove deletes the entry for k, if there is one.
func (s *Store) Remove(k Key) error {
	if err := os.Remove(s.path(k)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

// Prune removes the entries not in keep, and temporary files left by an
// interrupted build, so the folder holds what the last full build used.
// It removes only files whose names it would have written.
func (s *Store) Prune(keep map[Key]bool) error {
	return filepath.WalkDir(s.dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil
			}
			return err
		}
		if d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(s.dir, p)
		if err != nil {
			return err
		}
		dir, file := filepath.Split(rel)
		dir = strings.TrimSuffix(dir, string(filepath.Separator))
		if strings.HasPrefix(file, ".tmp-") {
			return os.Remove(p)
		}
		var k Key
		raw, err := hex.DecodeString(dir + file)
		if err != nil || len(dir) != 2 || len(raw) != len(k) {
			return nil // not ours
		}
		copy(k[:], raw)
		if !keep[k] {
			return os.Remove(p)
		}
		return nil
	})
}

package buildcache

import (
	"encoding/binary"
	"errors"
	"time"
	"unsafe"
)

// Encoder and Decoder write and read the payload of an entry field by
// field, for entries read on every build (a site-wide index of 10,000
// pages): gob's reflection costs several times the work of the build
// such an entry saves. A Decoder never trusts a length it reads: every
// read is bounded by what is left, so a damaged payload is an error, not
// a huge allocation or a panic.

// Encoder appends fields to a payload.
type Encoder struct{ buf []byte }

// NewEncoder returns an Encoder with room for size bytes: a payload
// about as large as the one it replaces is appended without regrowing.
func NewEncoder(size int) *Encoder { return &Encoder{buf: make([]byte, 0, size)} }

// Bytes is the payload so far.
func (e *Encoder) Bytes() []byte { return e.buf }

// Uint appends an unsigned number.
func (e *Encoder) Uint(v uint64) { e.buf = binary.AppendUvarint(e.buf, v) }

// Int appends a signed number.
func (e *Encoder) Int(v int64) { e.buf = binary.AppendVarint(e.buf, v) }

// Bool appends a flag.
func (e *Encoder) Bool(v bool) {
	if v {
		e.buf = append(e.buf, 1)
	} else {
		e.buf = append(e.buf, 0)
	}
}

// String appends a length-prefixed string.
func (e *Encoder) String(s string) {
	e.Uint(uint64(len(s)))
	e.buf = append(e.buf, s...)
}

// Strings appends a counted list of strings.
func (e *Encoder) Strings(ss []string) {
	e.Uint(uint64(len(ss)))
	for _, s := range ss {
		e.String(s)
	}
}

// Fixed appends bytes whose length the reader knows (a hash).
func (e *Encoder) Fixed(b []byte) { e.buf = append(e.buf, b...) }

// Time appends a time with its zone offset.
func (e *Encoder) Time(t time.Time) {
	b, err := t.MarshalBinary()
	if err != nil { // a zone offset that is not whole minutes: never from front matter
		b = nil
	}
	e.String(string(b))
}

// ErrCorrupt is what a Decoder reports for a payload it cannot read.
var ErrCorrupt = errors.New("corrupt cache payload")

// Decoder reads fields in the order they were written. The first
// problem sticks: later reads return zero values and Done reports it.
type Decoder struct {
	buf []byte
	err error
	// str is the payload seen as a string, and String's results are
	// parts of it: an index of 10,000 pages holds hundreds of thousands
	// of strings, each an allocation and a copy otherwise. They keep the
	// payload's memory while any is in use, which a caller that keeps
	// most of what it decodes holds anyway.
	str string
}

// NewDecoder reads payload, which the decoder then owns: the strings it
// returns share its memory, so nothing may change it afterwards (a
// payload read from a file for decoding, as GetRaw's and GetNamed's).
func NewDecoder(payload []byte) *Decoder {
	return &Decoder{buf: payload, str: unsafe.String(unsafe.SliceData(payload), len(payload))}
}

// off is where the unread part of the payload starts.
func (d *Decoder) off() int { return len(d.str) - len(d.buf) }

// Rest is the part of the payload not read yet. What a run of reads took
// is the difference between Rest before and after it: a caller may keep
// those bytes and append them to an Encoder unchanged (Fixed) when the
// value they encode has not changed.
func (d *Decoder) Rest() []byte { return d.buf }

// Done reports an error unless the whole payload was read.
func (d *Decoder) Done() error {
	if d.err == nil && len(d.buf) != 0 {
		d.err = ErrCorrupt
	}
	return d.err
}

func (d *Decoder) fail() { d.err, d.buf = ErrCorrupt, nil }

// Uint reads an unsigned number.
func (d *Decoder) Uint() uint64 { return readVarint(d, binary.Uvarint) }

// Int reads a signed number.
func (d *Decoder) Int() int64 { return readVarint(d, binary.Varint) }

// readVarint reads one number with read, binary.Uvarint or binary.Varint.
func readVarint[T uint64 | int64](d *Decoder, read func([]byte) (T, int)) T {
	v, n := read(d.buf)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.buf = d.buf[n:]
	return v
}

// Count reads a number of items that each take at least one byte, so a
// damaged count cannot exceed what is left.
func (d *Decoder) Count() int {
	n := d.Uint()
	if n > uint64(len(d.buf)) {
		d.fail()
		return 0
	}
	return int(n)
}

// Bool reads a flag.
func (d *Decoder) Bool() bool {
	if len(d.buf) == 0 || d.buf[0] > 1 {
		d.fail()
		return false
	}
	v := d.buf[0] == 1
	d.buf = d.buf[1:]
	return v
}

// String reads a length-prefixed string.
func (d *Decoder) String() string {
	n := d.Count()
	if n == 0 {
		return ""
	}
	off := d.off()
	d.buf = d.buf[n:]
	return d.str[off : off+n]
}

// Strings reads a counted list of strings; nil when empty.
func (d *Decoder) Strings() []string {
	n := d.Count()
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.String()
	}
	return out
}

// Fixed reads into b as many bytes as it holds.
func (d *Decoder) Fixed(b []byte) {
	if len(d.buf) < len(b) {
		d.fail()
		return
	}
	copy(b, d.buf)
	d.buf = d.buf[len(b):]
}

// Time reads a time written by Encoder.Time.
func (d *Decoder) Time() time.Time {
	var t time.Time
	n := d.Count()
	if n == 0 {
		return t
	}
	b := d.buf[:n]
	d.buf = d.buf[n:]
	if err := t.UnmarshalBinary(b); err != nil {
		d.fail()
	}
	return t
}

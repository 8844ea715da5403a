package buildcache

import (
	"bytes"
	"encoding/gob"
	"reflect"
	"sync"
)

// Each entry Put stores is a gob stream of its own: the descriptions of
// the value's types, then the value. A new gob.Encoder for every entry
// describes the same types again each time, which is most of the work of
// encoding a page's record, for ten thousand pages. A typeStream makes
// the descriptions once per type and keeps encoders that have sent them
// already; such an encoder writes the value alone, and the entry is the
// descriptions followed by that. The stream is the one a new encoder
// writes, so Get decodes it as before.

// typeStream encodes the values of one type.
type typeStream struct {
	// types is what a new encoder writes before the first value: the
	// descriptions of the type and of every type inside it.
	types []byte
	// primed holds *primedEncoder: encoders that have sent the types.
	primed sync.Pool
	base   reflect.Type
}

// primedEncoder is a gob encoder that has sent a typeStream's types,
// and the buffer it writes to.
type primedEncoder struct {
	buf bytes.Buffer
	enc *gob.Encoder
}

// streams holds a *typeStream for each type Put encoded, or nil for a
// type gob must describe afresh in every stream (see newTypeStream).
var streams sync.Map

// streamFor returns the typeStream for t, or nil when values of t must go
// through a new encoder each.
func streamFor(t reflect.Type) *typeStream {
	if s, ok := streams.Load(t); ok {
		return s.(*typeStream)
	}
	s, _ := streams.LoadOrStore(t, newTypeStream(t))
	return s.(*typeStream)
}

// newTypeStream makes the typeStream of t, or returns nil for a type that
// holds an interface (gob describes a concrete type the first time an
// encoder meets it in a value, so the descriptions depend on the values)
// or that gob cannot encode as it is.
func newTypeStream(t reflect.Type) *typeStream {
	base := t
	for base.Kind() == reflect.Pointer {
		base = base.Elem()
	}
	if holdsInterface(base, map[reflect.Type]bool{}) {
		return nil
	}
	s := &typeStream{base: base}
	// A new encoder writes the types and a zero value; the same encoder
	// then writes the zero value alone. What the first wrote before that
	// is the types.
	var first bytes.Buffer
	enc := gob.NewEncoder(&first)
	zero := reflect.New(base)
	if err := enc.EncodeValue(zero); err != nil {
		return nil
	}
	n := first.Len()
	if err := enc.EncodeValue(zero); err != nil {
		return nil
	}
	all := first.Bytes()
	value := all[n:]
	if !bytes.HasSuffix(all[:n], value) {
		return nil
	}
	s.types = bytes.Clone(all[:n-len(value)])
	return s
}

// holdsInterface reports whether a value of t can hold an interface value.
func holdsInterface(t reflect.Type, seen map[reflect.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch t.Kind() {
	case reflect.Interface:
		return true
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return holdsInterface(t.Elem(), seen)
	case reflect.Map:
		return holdsInterface(t.Key(), seen) || holdsInterface(t.Elem(), seen)
	case reflect.Struct:
		for i := range t.NumField() {
			if holdsInterface(t.Field(i).Type, seen) {
				return true
			}
		}
	}
	return false
}

// encodeGob appends to dst the gob stream a new encoder writes for v.
func encodeGob(dst []byte, v any) ([]byte, error) {
	var s *typeStream
	if t := reflect.TypeOf(v); t != nil {
		s = streamFor(t)
	}
	if s == nil {
		b := bytes.NewBuffer(dst)
		err := gob.NewEncoder(b).Encode(v)
		return b.Bytes(), err
	}
	pe, _ := s.primed.Get().(*primedEncoder)
	if pe == nil {
		pe = &primedEncoder{}
		pe.enc = gob.NewEncoder(&pe.buf)
		if err := pe.enc.EncodeValue(reflect.New(s.base)); err != nil {
			return dst, err
		}
	}
	pe.buf.Reset()
	if err := pe.enc.Encode(v); err != nil {
		// An encoder that failed midway is not reused.
		return dst, err
	}
	dst = append(append(dst, s.types...), pe.buf.Bytes()...)
	if pe.buf.Cap() <= maxPooledStream {
		s.primed.Put(pe)
	}
	return dst, nil
}

// maxPooledStream bounds the encoder buffers kept for reuse, so one large
// entry does not hold its size for the rest of the build.
const maxPooledStream = 1 << 20

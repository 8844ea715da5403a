package buildcache

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"reflect"
	"sync"
	"testing"
)

// Types shaped like the records the site caches: pointers to parts that
// may be nil, nested slices of structs, fixed arrays and strings.
type streamPart struct {
	Text  string
	Lines []int
}

type streamRecord struct {
	Title string
	Sum   [4]byte
	Part  *streamPart
	Parts []streamPart
	Skip  *streamPart
}

type streamWithMap struct {
	Files map[string][]byte
	Note  string
}

type streamWithAny struct {
	Name  string
	Value any
}

func freshGob(t *testing.T, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestEncodeGobIsANewEncodersStream checks that encodeGob writes, value
// after value and from several goroutines at once, the bytes a new gob
// encoder writes for each value.
func TestEncodeGobIsANewEncodersStream(t *testing.T) {
	values := []any{
		&streamRecord{},
		&streamRecord{Title: "A", Sum: [4]byte{1, 2, 3, 4}},
		&streamRecord{Title: "B", Part: &streamPart{Text: "x", Lines: []int{1, 2}}, Parts: []streamPart{{Text: "y"}, {}}},
		streamRecord{Title: "not a pointer", Parts: []streamPart{{Lines: []int{-3}}}},
		&streamPart{Text: "another type"},
		&streamWithAny{Name: "n", Value: 3},
		&streamWithAny{Name: "m", Value: "s"},
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8*len(values))
	for g := range 8 {
		wg.Go(func() {
			for i := range values {
				v := values[(i+g)%len(values)]
				got, err := encodeGob([]byte("head"), v)
				if err != nil {
					errs <- err
					return
				}
				if want := append([]byte("head"), freshGob(t, v)...); !bytes.Equal(got, want) {
					errs <- fmt.Errorf("encodeGob(%+v):\n got %x\nwant %x", v, got, want)
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestEncodeGobRoundTrip decodes what encodeGob wrote, for a type with a
// map (whose order gob does not fix, so the bytes may differ from
// another encoding's) and one with an interface (which goes through a
// new encoder each time).
func TestEncodeGobRoundTrip(t *testing.T) {
	gob.Register(streamPart{})
	for _, v := range []any{
		&streamWithMap{Files: map[string][]byte{"a.html": []byte("<p>a"), "b.txt": nil, "c.eml": []byte("c")}, Note: "n"},
		&streamWithMap{},
		&streamWithAny{Name: "part", Value: streamPart{Text: "t"}},
		&streamWithAny{Name: "int", Value: 7},
	} {
		for range 3 {
			b, err := encodeGob(nil, v)
			if err != nil {
				t.Fatal(err)
			}
			got := reflect.New(reflect.TypeOf(v).Elem())
			if err := gob.NewDecoder(bytes.NewReader(b)).DecodeValue(got); err != nil {
				t.Fatalf("decoding %+v: %v", v, err)
			}
			want := reflect.ValueOf(v).Elem().Interface()
			if !reflect.DeepEqual(normalize(got.Elem().Interface()), normalize(want)) {
				t.Errorf("decoded %+v, want %+v", got.Elem().Interface(), want)
			}
		}
	}
}

// normalize makes the nil and empty byte slices gob does not tell apart
// alike.
func normalize(v any) any {
	m, ok := v.(streamWithMap)
	if !ok {
		return v
	}
	for k, b := range m.Files {
		if len(b) == 0 {
			m.Files[k] = nil
		}
	}
	return m
}

// TestEncodeGobFailsAsGob checks that a value gob cannot encode is the
// error it was, not a panic or an entry.
func TestEncodeGobFailsAsGob(t *testing.T) {
	type hidden struct{ n int }
	for _, v := range []any{nil, &hidden{n: 1}, &streamRecord{Parts: make([]streamPart, 1)}, []*streamPart{nil}} {
		_, err := encodeGob(nil, v)
		var b bytes.Buffer
		want := gob.NewEncoder(&b).Encode(v)
		if (err == nil) != (want == nil) {
			t.Errorf("encodeGob(%#v) = %v, want %v", v, err, want)
		}
	}
}

// TestHoldsInterface checks which types get a new encoder per value.
func TestHoldsInterface(t *testing.T) {
	type node struct {
		Next *node
		Name string
	}
	for _, c := range []struct {
		v    any
		want bool
	}{
		{streamRecord{}, false},
		{streamWithMap{}, false},
		{streamWithAny{}, true},
		{node{}, false},
		{map[string][]any{}, true},
		{[2]fmt.Stringer{}, true},
	} {
		if got := holdsInterface(reflect.TypeOf(c.v), map[reflect.Type]bool{}); got != c.want {
			t.Errorf("holdsInterface(%T) = %v, want %v", c.v, got, c.want)
		}
	}
}

// benchRecord is shaped like a page's record in the site's cache: its
// rendered body, a few findings and the hashes of its files.
type benchRecord struct {
	View     *struct{ Content, Summary string }
	Findings []struct {
		Rule, Message string
		Line, Column  int
	}
	Sums map[string][32]byte
}

// BenchmarkPut stores page records as a build saves its cache.
func BenchmarkPut(b *testing.B) {
	s := Open(b.TempDir())
	rec := &benchRecord{
		View: &struct{ Content, Summary string }{Content: string(bytes.Repeat([]byte("<p>Some words.</p>\n"), 200)), Summary: "<p>Some words.</p>"},
		Findings: []struct {
			Rule, Message string
			Line, Column  int
		}{{"you-focus", "Say what the reader gets", 3, 1}},
		Sums: map[string][32]byte{"articles/a/index.html": {1}},
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		if err := s.Put(key(fmt.Sprint(i%2000)), rec); err != nil {
			b.Fatal(err)
		}
	}
}

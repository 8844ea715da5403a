package frontmatter

import (
	"bytes"
	"encoding/json"
)

// jsonIndexer walks encoding/json's tokens; the decoder's input offset
// after each token is where that token ends.
type jsonIndexer struct {
	d    *Doc
	data []byte
	dec  *json.Decoder
}

func indexJSON(d *Doc) {
	data := d.src[d.start:d.end]
	x := &jsonIndexer{d: d, data: data, dec: json.NewDecoder(bytes.NewReader(data))}
	if tok, err := x.dec.Token(); err == nil && tok == json.Delim('{') {
		x.object(-1)
	}
}

// object records an object's keys under parent (unless noRecord), from after its { to after
// its }. It reports false when the JSON is cut short or invalid.
func (x *jsonIndexer) object(parent int) bool {
	for x.dec.More() {
		keyStart := x.skip(int(x.dec.InputOffset()), ", \t\r\n")
		tok, err := x.dec.Token()
		if err != nil {
			return false
		}
		name, _ := tok.(string)
		keyEnd := int(x.dec.InputOffset())
		valueStart := x.skip(keyEnd, ": \t\r\n")
		at := noRecord
		if parent != noRecord {
			at = x.d.add(parent, name, x.span(keyStart, keyEnd), x.span(valueStart, valueStart))
		}
		if !x.value(at) {
			return false
		}
		if at != noRecord {
			x.d.entries[at].value = x.span(valueStart, int(x.dec.InputOffset()))
		}
	}
	_, err := x.dec.Token() // the closing }
	return err == nil
}

// value reads one value; an object's keys are recorded under at.
func (x *jsonIndexer) value(at int) bool {
	tok, err := x.dec.Token()
	if err != nil {
		return false
	}
	switch tok {
	case json.Delim('{'):
		return x.object(at)
	case json.Delim('['):
		for x.dec.More() {
			if !x.value(noRecord) {
				return false
			}
		}
		_, err := x.dec.Token() // the closing ]
		return err == nil
	}
	return true
}

// skip returns the offset of the first byte at or after off that is not
// in chars.
func (x *jsonIndexer) skip(off int, chars string) int {
	for off < len(x.data) && bytes.IndexByte([]byte(chars), x.data[off]) >= 0 {
		off++
	}
	return off
}

// span turns offsets in the block into offsets in the file.
func (x *jsonIndexer) span(start, end int) Span {
	return Span{x.d.start + start, x.d.start + end}
}

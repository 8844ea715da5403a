package email

import (
	"bytes"
	"hash/maphash"
	"io"
	"sync"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"

	"github.com/claritynotes/gen/internal/output"
)

// minifier minifies email HTML. Outlook's conditional comments are kept
// (KeepSpecialComments); so are end tags, quotes and document tags, which
// some email clients' sanitisers expect.
type minifier struct {
	m *minify.M
	// css holds minified stylesheets (css[0]) and style attributes
	// (css[1]). Inlining repeats the same few style attributes on every
	// paragraph of every issue, and head.css is the same in every message.
	mu  sync.RWMutex
	css [2]map[string]minified
	// pieces are the runs of messages that repeat, minified (see
	// htmlPiecesTo).
	pieces pieceCache
}

// maxMinified bounds each of minifier.css, as memo does.
const maxMinified = 4096

// minified is css.Minify's result; it writes to a buffer, so an error
// comes from the source and is as repeatable as the output.
type minified struct {
	out []byte
	err error
}

func newMinifier() *minifier {
	mf := &minifier{m: minify.New(), css: [2]map[string]minified{{}, {}},
		pieces: pieceCache{seed: maphash.MakeSeed(), seen: map[uint64]struct{}{}, runs: map[uint64]struct{}{},
			kept: map[string][]byte{}}}
	mf.m.Add("text/html", &html.Minifier{
		KeepSpecialComments: true,
		KeepDocumentTags:    true,
		KeepEndTags:         true,
		KeepQuotes:          true,
		KeepDefaultAttrVals: true,
		KeepWhitespace:      false,
	})
	mf.m.AddFunc("text/css", mf.minifyCSS)
	return mf
}

// minifyCSS is css.Minify with a cache: its output depends only on the
// source and on whether it is a style attribute.
func (mf *minifier) minifyCSS(m *minify.M, w io.Writer, r io.Reader, params map[string]string) error {
	var src []byte
	if br, ok := r.(interface{ Bytes() []byte }); ok { // the HTML minifier's readers: no copy
		src = br.Bytes()
	} else {
		var err error
		if src, err = io.ReadAll(r); err != nil {
			return err
		}
	}
	kind := 0
	if params != nil && params["inline"] == "1" {
		kind = 1
	}
	mf.mu.RLock()
	res, ok := mf.css[kind][string(src)]
	mf.mu.RUnlock()
	if !ok {
		var b bytes.Buffer
		err := css.Minify(m, &b, bytes.NewReader(src), params)
		res = minified{b.Bytes(), err}
		mf.mu.Lock()
		if len(mf.css[kind]) < maxMinified {
			mf.css[kind][string(src)] = res
		}
		mf.mu.Unlock()
	}
	if res.err != nil {
		return res.err
	}
	_, err := w.Write(res.out)
	return err
}

// html minifies a document, unless that would take more than linear time;
// src must not be used by anyone else meanwhile
// (the minifier's input puts a NUL after its end and restores it).
func (mf *minifier) html(src []byte) (string, error) {
	var b bytes.Buffer
	out, err := mf.htmlTo(&b, src)
	return string(out), err
}

// htmlTo is html writing into b; it returns b's bytes, or src when
// minifying would take more than linear time.
func (mf *minifier) htmlTo(b *bytes.Buffer, src []byte) ([]byte, error) {
	if output.HTMLTooCostly(src) {
		return src, nil
	}
	b.Grow(len(src))
	start := b.Len()
	if err := mf.m.Minify("text/html", b, bytes.NewBuffer(src)); err != nil {
		return nil, err
	}
	return b.Bytes()[start:], nil
}

// The template wraps every issue in the same markup (the head, the
// tables, the footer), which is most of a message's tags; the issue's own
// parts sit between. htmlPiecesTo cuts a message where the inliner says a
// block element's tag starts (outside <pre> and raw text; see
// inline.InlineLexedBlocks). Before such a tag the minifier is between
// tokens with nothing carried over: a space before the tag is dropped at
// the end of a piece as it is before the tag, the tag is never dropped
// and sets what follows as it would at the start of a document, so the
// pieces minified one after the other are the message minified whole.
// Runs of pieces that earlier messages had are minified once and copied.

// pieceCache holds the minified runs of pieces.
type pieceCache struct {
	mu   sync.RWMutex
	seed maphash.Seed
	// seen holds the hashes of the pieces met before, and runs those of
	// the runs of such pieces: a run is kept when it is met again, so the
	// runs a message shares with no other (pieces of the body that other
	// issues happen to have too, around its own) are minified with what
	// surrounds them, not on their own.
	seen, runs map[uint64]struct{}
	kept       map[string][]byte // minified runs met twice or more
	size       int               // bytes of kept's keys and values
}

const (
	maxSeenPieces = 1 << 16
	maxKeptBytes  = 8 << 20
	// minKeptRun is the shortest run of known pieces kept: a shorter one
	// (an end tag between two paragraphs of the body) is minified with
	// what surrounds it, in one call rather than three.
	minKeptRun = 256
)

// pieceBounds is htmlPiecesTo's scratch, pooled.
type pieceBounds struct {
	ends   []int    // the pieces' ends, the document's end last
	hashes []uint64 // of the pieces, then of the runs
	known  []bool
}

var pieceScratch = sync.Pool{New: func() any { return new(pieceBounds) }}

// htmlPiecesTo is htmlTo for src cut at cuts (ascending offsets where a
// block element's tag starts, see above).
func (mf *minifier) htmlPiecesTo(b *bytes.Buffer, src []byte, cuts []int) ([]byte, error) {
	if output.HTMLTooCostly(src) {
		return src, nil
	}
	pc := &mf.pieces
	pb := pieceScratch.Get().(*pieceBounds)
	defer pieceScratch.Put(pb)
	ends := pb.ends[:0]
	for _, c := range cuts {
		if c > 0 && c < len(src) && (len(ends) == 0 || c > ends[len(ends)-1]) {
			ends = append(ends, c)
		}
	}
	ends = append(ends, len(src))
	hashes := pb.hashes[:0]
	from := 0
	for _, end := range ends {
		hashes = append(hashes, maphash.Bytes(pc.seed, src[from:end]))
		from = end
	}
	known := pb.known[:0]
	pc.mu.Lock()
	for _, h := range hashes {
		_, ok := pc.seen[h]
		known = append(known, ok)
		if !ok && len(pc.seen) < maxSeenPieces {
			pc.seen[h] = struct{}{}
		}
	}
	pc.mu.Unlock()
	pb.ends, pb.hashes, pb.known = ends, hashes, known

	b.Grow(len(src))
	start := b.Len()
	// run is where the pieces not yet written start; from is where piece
	// i starts.
	run := 0
	from = 0
	for i := 0; i < len(ends); {
		if !known[i] {
			from = ends[i]
			i++
			continue
		}
		j := i
		for j < len(ends) && known[j] {
			j++
		}
		end := ends[j-1]
		ok, err := mf.keptRun(b, src, run, from, end)
		if err != nil {
			return nil, err
		}
		if ok {
			run = end
		}
		from, i = end, j
	}
	if err := mf.minifyRun(b, src[run:]); err != nil {
		return nil, err
	}
	return b.Bytes()[start:], nil
}

// keptRun writes src[run:from] minified, then the run of known pieces
// src[from:end] as kept, and reports ok, when that run is long enough and
// kept or met before; otherwise it writes nothing, and the run is minified
// with what follows.
func (mf *minifier) keptRun(b *bytes.Buffer, src []byte, run, from, end int) (ok bool, err error) {
	piece := src[from:end]
	if len(piece) < minKeptRun {
		return false, nil
	}
	pc := &mf.pieces
	pc.mu.RLock()
	out, ok := pc.kept[string(piece)]
	pc.mu.RUnlock()
	if !ok {
		h := maphash.Bytes(pc.seed, piece)
		pc.mu.Lock()
		_, again := pc.runs[h]
		if !again && len(pc.runs) < maxSeenPieces {
			pc.runs[h] = struct{}{}
		}
		full := pc.size+2*len(piece) > maxKeptBytes // the run and about as much minified
		pc.mu.Unlock()
		if !again || full {
			return false, nil
		}
	}
	if err := mf.minifyRun(b, src[run:from]); err != nil {
		return false, err
	}
	if ok {
		b.Write(out)
		return true, nil
	}
	key := string(piece) // the minifier rewrites its input in place
	at := b.Len()
	if err := mf.minifyRun(b, piece); err != nil {
		return false, err
	}
	pc.mu.Lock()
	if n := len(key) + b.Len() - at; pc.size+n <= maxKeptBytes {
		pc.kept[key] = bytes.Clone(b.Bytes()[at:])
		pc.size += n
	}
	pc.mu.Unlock()
	return true, nil
}

// minifyRun minifies piece into b.
func (mf *minifier) minifyRun(b *bytes.Buffer, piece []byte) error {
	if len(piece) == 0 {
		return nil
	}
	return mf.m.Minify("text/html", b, bytes.NewBuffer(piece))
}

// buffers holds the buffers of finished messages for the next ones: each
// message passes through four whole-document buffers, and growing new
// ones was a quarter of the bytes a message allocated.
var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooled keeps a huge issue's buffers from staying in the pool.
const maxPooled = 1 << 20

func getBuffer() *bytes.Buffer {
	b := buffers.Get().(*bytes.Buffer)
	b.Reset()
	return b
}

func putBuffer(b *bytes.Buffer) {
	if b.Cap() <= maxPooled {
		buffers.Put(b)
	}
}

package theme

import (
	"bytes"
	"html/template"
	"reflect"
	"sync"
)

// partialCache holds the partials partialCached rendered, by name and
// data, for one build (see ForgetCached). Every page of a site shows the
// same head links and footer: html/template spends most of a page's time
// on calls (each value goes through its escapers by reflection), and a
// fragment made once is copied on every other page instead.
type partialCache struct {
	mu sync.Mutex
	m  map[cachedKey]*cachedPartial
}

type cachedKey struct {
	name string
	data any
}

type cachedPartial struct {
	once sync.Once
	html template.HTML
	err  error
}

// maxCachedPartials bounds the cache within one build: data that is a
// key (a pointer per page) can make as many entries as there are pages.
const maxCachedPartials = 256

// partialCached is the template function {{ partialCached NAME DATA }}:
// the partial NAME executed with DATA, as {{ template NAME DATA }} does in
// HTML text, but once for each DATA in a build. DATA is the key: a
// pointer (.Site) keeps its result until the build ends (ForgetCached),
// so the partial must show nothing but what DATA holds. Data that is not a
// pointer, a string or a number is not a key; the partial is then
// executed every time. An error is a panic, which text/template reports
// as it reports an error result: a call with one result costs a page's
// three calls an allocation less each.
func (ts *Templates) partialCached(name string, data any) template.HTML {
	html, err := ts.partialCachedErr(name, data)
	if err != nil {
		panic(err)
	}
	return html
}

// partialCachedErr is partialCached returning its error.
func (ts *Templates) partialCachedErr(name string, data any) (template.HTML, error) {
	if !cacheable(data) {
		return ts.ExecutePartialHTML(name, data)
	}
	k := cachedKey{name: name, data: data}
	ts.cached.mu.Lock()
	if ts.cached.m == nil || len(ts.cached.m) >= maxCachedPartials {
		ts.cached.m = map[cachedKey]*cachedPartial{}
	}
	c := ts.cached.m[k]
	if c == nil {
		c = &cachedPartial{}
		ts.cached.m[k] = c
	}
	ts.cached.mu.Unlock()
	c.once.Do(func() { c.html, c.err = ts.ExecutePartialHTML(name, data) })
	return c.html, c.err
}

// ForgetCached drops what partialCached made. Each build starts with
// none: a rebuild's data may hold a pointer an earlier build held too,
// with new contents (a page edited in place under gen serve).
func (ts *Templates) ForgetCached() {
	ts.cached.mu.Lock()
	defer ts.cached.mu.Unlock()
	ts.cached.m = nil
}

// cacheable reports whether data can key the cache: a value compared by
// identity or by value without a panic.
func cacheable(data any) bool {
	switch reflect.ValueOf(data).Kind() {
	case reflect.Pointer, reflect.String, reflect.Bool,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return true
	}
	return false
}

// ExecutePartialHTML renders one partial on its own and returns it as
// HTML. The partial is rendered into a reused buffer and copied once at
// its size, not grown from nothing (a list entry for every page).
func (ts *Templates) ExecutePartialHTML(name string, data any) (template.HTML, error) {
	b := renderBufs.Get().(*bytes.Buffer)
	defer putRenderBuf(b)
	if err := ts.ExecutePartial(b, name, data); err != nil {
		return "", err
	}
	return template.HTML(b.String()), nil
}

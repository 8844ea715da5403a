// Package linkcheck finds the references in pages — Markdown links and
// images, the cover image and the next-step (cta) URL — that point at
// nothing a build produced: a missing page, file, bundle resource or
// heading id. A reference with a scheme or host (https://…, //host/…,
// mailto:) is another site's and is not fetched: a build for a preview
// address would judge links to the real one differently.
package linkcheck

import (
	"bytes"
	"fmt"
	"net/url"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"golang.org/x/net/html"

	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/suggest"
)

// Kind says what a reference is, for messages.
type Kind string

// The reference kinds.
const (
	KindLink  Kind = "link"
	KindImage Kind = "image"   // a Markdown image or the front matter image
	KindCTA   Kind = "cta.url" // the front matter next step
)

// Ref is one reference of a page, where it is written.
type Ref struct {
	Kind      Kind
	Dest      string // as written
	Line, Col int
}

// Refs lists page p's references with their positions in p.Source,
// leaving out those to other sites, which Check never resolves: a build
// keeps every page's references until its links are checked, and most
// of a page's links lead elsewhere. It reads only the page, so a caller
// can keep the result until p changes.
// rawHTML adds the links and images of raw HTML in the Markdown, which
// the site publishes only with [markdown] unsafe = true.
func Refs(p *content.Page, rawHTML bool) []Ref {
	var refs []Ref
	if p.Image != "" && !offSite([]byte(p.Image)) {
		line, col := p.KeyPos("image")
		refs = append(refs, Ref{Kind: KindImage, Dest: p.Image, Line: line, Col: col})
	}
	if p.CTA != nil && p.CTA.URL != "" && !offSite([]byte(p.CTA.URL)) {
		line, col := p.KeyPos("cta")
		if s, ok := p.ValueSpan("cta", "url"); ok {
			line, col = p.Position(s.Start)
		}
		refs = append(refs, Ref{Kind: KindCTA, Dest: p.CTA.URL, Line: line, Col: col})
	}
	if p.AST == nil {
		return refs
	}
	_ = ast.Walk(p.AST, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		var kind Kind
		var dest []byte
		switch n := n.(type) {
		case *ast.HTMLBlock:
			if rawHTML {
				lines := n.Lines()
				segs := lines.Sliced(0, lines.Len())
				// A block that ends at a closing tag (</pre>, -->, </div>
				// after <pre>…) keeps its last line apart from the others;
				// the page shows it, and a link can sit on it.
				if n.HasClosure() {
					segs = append(segs, n.ClosureLine)
				}
				refs = append(refs, htmlRefs(p, segs)...)
			}
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML:
			if rawHTML {
				refs = append(refs, htmlRefs(p, n.Segments.Sliced(0, n.Segments.Len()))...)
			}
			return ast.WalkSkipChildren, nil
		case *ast.Link:
			kind, dest = KindLink, n.Destination
		case *ast.Image:
			kind, dest = KindImage, n.Destination
		default:
			return ast.WalkContinue, nil
		}
		if len(dest) == 0 || offSite(dest) {
			return ast.WalkContinue, nil
		}
		line, col := p.Position(p.BodyOffset + offset(n, p.Body, dest))
		refs = append(refs, Ref{Kind: kind, Dest: string(dest), Line: line, Col: col})
		return ast.WalkContinue, nil
	})
	return refs
}

// htmlRefs lists the href of <a> and the src of <img> in raw HTML, whose
// text is the segments of p.Body, at their positions in p.Source.
func htmlRefs(p *content.Page, segs []text.Segment) []Ref {
	var buf []byte
	starts := make([]int, len(segs)) // where each segment begins in buf
	for i, s := range segs {
		starts[i] = len(buf)
		buf = append(buf, s.Value(p.Body)...)
	}
	// bodyOffset maps an offset in buf back to p.Body.
	bodyOffset := func(off int) int {
		i := sort.Search(len(starts), func(i int) bool { return starts[i] > off }) - 1
		return segs[max(i, 0)].Start + off - starts[max(i, 0)]
	}
	var refs []Ref
	z := html.NewTokenizer(bytes.NewReader(buf))
	at := 0 // where the current token starts in buf
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		tokenStart := at
		at += len(raw)
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, more := z.TagName()
		want, kind := "", KindLink
		switch string(name) {
		case "a":
			want = "href"
		case "img":
			want, kind = "src", KindImage
		default:
			continue
		}
		for more {
			var key, val []byte
			key, val, more = z.TagAttr()
			if string(key) != want || len(val) == 0 || offSite(val) {
				continue
			}
			off := tokenStart
			if i := bytes.Index(raw, val); i >= 0 {
				off += i
			}
			line, col := p.Position(p.BodyOffset + bodyOffset(off))
			refs = append(refs, Ref{Kind: kind, Dest: string(val), Line: line, Col: col})
		}
	}
	return refs
}

// offSite reports whether dest is a valid URL of another site (a scheme,
// a host or an opaque part), which resolve accepts without looking.
func offSite(dest []byte) bool {
	// Without a colon there is no scheme, and without a leading "//" no
	// host: most links on a site's own pages are settled without parsing.
	if bytes.IndexByte(dest, ':') < 0 && !bytes.HasPrefix(dest, []byte("//")) {
		return false
	}
	if plainExternal(dest) {
		return true
	}
	u, err := url.Parse(string(dest))
	return err == nil && (u.Scheme != "" || u.Host != "" || u.Opaque != "")
}

// destSlack is how far past a link's text its destination is looked for:
// room for "](", a title and spaces. The bound keeps a paragraph with
// many links linear.
const destSlack = 256

// offset is where in body a link's destination is written, or, when it
// cannot be found there (a reference-style link), where the link starts.
func offset(n ast.Node, body, dest []byte) int {
	start, end, textEnd := -1, -1, -1
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			if start < 0 {
				start = t.Segment.Start
			}
			textEnd = t.Segment.Stop
		}
		return ast.WalkContinue, nil
	})
	for b := n.Parent(); b != nil; b = b.Parent() {
		if b.Type() == ast.TypeBlock && b.Lines().Len() > 0 {
			if start < 0 {
				start = b.Lines().At(0).Start
			}
			end = b.Lines().At(b.Lines().Len() - 1).Stop
			break
		}
	}
	if start < 0 {
		return 0
	}
	// Step back over the "[" or "![" that opens the link.
	for k := 0; k < 2 && start > 0 && (body[start-1] == '[' || body[start-1] == '!'); k++ {
		start--
	}
	from := max(start, textEnd)
	end = min(end, from+len(dest)+destSlack, len(body))
	if end > from {
		if i := bytes.Index(body[from:end], dest); i >= 0 {
			return from + i
		}
	}
	return start
}

// Checker checks the pages of successive builds. It keeps each page's
// references and each HTML file's ids until the page or file changes, so
// a rebuild re-reads only what changed. It must not be used concurrently.
type Checker struct {
	// RawHTML checks the links of raw HTML in Markdown too: set it when
	// the site publishes raw HTML ([markdown] unsafe = true).
	RawHTML bool
	// Read, when set, returns the bytes of an output file that Check was
	// given without them (nil): a build that writes its files to disk as
	// it goes keeps only their names, and the ids of the few files a
	// link points into are read back.
	Read func(name string) ([]byte, error)
	mu   sync.Mutex // guards refs in Prepare
	refs map[*content.Page]pageRefs
	ids  map[string]fileIDs
}

// pageRefs are a page's references, read from the source they were taken from.
type pageRefs struct {
	src  *byte
	refs []Ref
	// given marks references a caller gave for a page without source.
	given bool
}

// fileIDs are the ids of an output file, read from the bytes they were taken from.
type fileIDs struct {
	data *byte
	ids  map[string]bool
}

// New returns an empty Checker.
func New() *Checker {
	return &Checker{refs: map[*content.Page]pageRefs{}, ids: map[string]fileIDs{}}
}

// Prepare reads p's references now, while its AST is at hand, so that
// Check needs no more than its source; a build that drops pages' ASTs
// once they are rendered calls it first. It may be called concurrently,
// but not with Check.
func (c *Checker) Prepare(p *content.Page) {
	c.Given(p, Refs(p, c.RawHTML))
}

// Given is Prepare with p's references already known (Refs of the same
// page, kept by a build cache): a page loaded without its source keeps
// them until Check is given another page.
func (c *Checker) Given(p *content.Page, refs []Ref) {
	pr := pageRefs{refs: refs, given: len(p.Source) == 0}
	if len(p.Source) > 0 {
		pr.src = &p.Source[0]
	}
	c.mu.Lock()
	c.refs[p] = pr
	c.mu.Unlock()
}

// Released tells c that p let go of its body (content.Page.ReleaseBody)
// after Prepare: the references read from it still stand, and c must not
// hold on to the source p no longer has.
func (c *Checker) Released(p *content.Page) {
	c.mu.Lock()
	defer c.mu.Unlock()
	pr, ok := c.refs[p]
	if !ok {
		return
	}
	pr.src = nil
	if len(p.Source) > 0 {
		pr.src = &p.Source[0]
	}
	c.refs[p] = pr
}

// Check resolves every reference of pages against files, the output of a
// build published at baseURL, and returns one error per broken reference
// at its position, in page order.
func (c *Checker) Check(baseURL string, files map[string][]byte, pages []*content.Page) []*diag.Error {
	s := &site{files: files, basePath: "/", ids: c.ids, read: c.Read}
	if u, err := url.Parse(baseURL); err == nil {
		s.basePath = strings.TrimSuffix(u.Path, "/") + "/"
	}
	kept := make(map[*content.Page]pageRefs, len(pages))
	var errs []*diag.Error
	for _, p := range pages {
		pr, ok := c.refs[p]
		if !ok || !pr.given && (len(p.Source) == 0 || pr.src != &p.Source[0]) {
			pr = pageRefs{refs: Refs(p, c.RawHTML)}
			if len(p.Source) > 0 {
				pr.src = &p.Source[0]
			}
		}
		kept[p] = pr
		for _, r := range pr.refs {
			if msg, hint := s.resolve(p.URL, r); msg != "" {
				errs = append(errs, &diag.Error{Path: p.Path, Line: r.Line, Col: r.Col, Msg: msg, Hint: hint})
			}
		}
	}
	c.refs = kept
	for name := range c.ids {
		if _, ok := files[name]; !ok {
			delete(c.ids, name)
		}
	}
	return errs
}

// site is one build's output, against which references are resolved.
type site struct {
	files    map[string][]byte
	basePath string // "/" or "/blog/"
	ids      map[string]fileIDs
	read     func(string) ([]byte, error)
	// urls are the build's paths, listed for the first hint; pathHints
	// counts the hints given.
	urls      []string
	pathHints int
}

// resolve returns what is wrong with reference r of the page at pageURL,
// or "" when it resolves or is absolute (another site's, not fetched).
func (s *site) resolve(pageURL string, r Ref) (msg, hint string) {
	u, err := url.Parse(r.Dest)
	if err != nil {
		return fmt.Sprintf("broken %s %q: not a valid URL (%v)", r.Kind, r.Dest, err),
			"fix the address; spaces in a path are written %20"
	}
	if u.Scheme != "" || u.Host != "" || u.Opaque != "" {
		return "", ""
	}
	target := (&url.URL{Path: pageURL}).ResolveReference(&url.URL{Path: u.Path, RawPath: u.RawPath})
	p := target.Path
	if strings.HasPrefix(u.Path, "/") {
		// A root-relative path may carry the base URL's path.
		if rest, ok := strings.CutPrefix(p, s.basePath); ok && s.basePath != "/" {
			p = "/" + rest
		}
	}
	if u.Path == "" {
		p = pageURL // "#id" or "?q" on the page itself
	}
	file, ok := s.file(p)
	if !ok {
		what := "page or file"
		switch r.Kind {
		case KindImage:
			return fmt.Sprintf("missing image %q: the build has no file %s", r.Dest, p),
				"put the image beside the page in a page bundle (content/…/NAME/index.md) or in static/, or fix the path" + s.pathHint(p)
		case KindCTA:
			what = "page or file for the next step"
		}
		hint := "fix the path, or link to another site with a full https:// URL"
		if ext := path.Ext(p); ext == ".md" || ext == ".markdown" {
			hint = "link to the page's URL (/articles/its-slug/), not to its Markdown file"
		}
		return fmt.Sprintf("broken %s %q: the build has no %s at %s", r.Kind, r.Dest, what, p), hint + s.pathHint(p)
	}
	if u.Fragment == "" || !strings.HasSuffix(file, ".html") {
		return "", ""
	}
	ids := s.idsOf(file)
	if ids[u.Fragment] {
		return "", ""
	}
	known := make([]string, 0, len(ids))
	for id := range ids {
		known = append(known, id)
	}
	sort.Strings(known)
	return fmt.Sprintf("broken %s %q: %s has no heading or element with id %q", r.Kind, r.Dest, p, u.Fragment),
		"link to a heading by its id: its text in lower case with dashes (## Next steps → #next-steps)" + suggest.Hint(u.Fragment, known)
}

// file returns the output file that serves site path p.
func (s *site) file(p string) (string, bool) {
	name := strings.TrimPrefix(path.Clean("/"+p), "/")
	if strings.HasSuffix(p, "/") || name == "" {
		name = strings.TrimPrefix(name+"/index.html", "/")
	}
	if _, ok := s.files[name]; ok {
		return name, true
	}
	// A folder linked without its slash is served by its index page.
	if alt := name + "/index.html"; !strings.HasSuffix(p, "/") {
		if _, ok := s.files[alt]; ok {
			return alt, true
		}
	}
	return "", false
}

// maxPathHints caps the did-you-mean hints for broken paths in one check:
// each compares the path with every path of the build, so a site with
// thousands of broken links stays linear.
const maxPathHints = 10

// pathHint is a did-you-mean for a path the build lacks.
func (s *site) pathHint(p string) string {
	if s.pathHints >= maxPathHints {
		return ""
	}
	s.pathHints++
	if s.urls == nil {
		s.urls = make([]string, 0, len(s.files))
		for name := range s.files {
			if name == "index.html" || strings.HasSuffix(name, "/index.html") {
				name = strings.TrimSuffix(name, "index.html")
			}
			s.urls = append(s.urls, "/"+name)
		}
		sort.Strings(s.urls)
	}
	return suggest.Hint(p, s.urls)
}

// idsOf returns the ids in an HTML file of the build, parsed once.
func (s *site) idsOf(file string) map[string]bool {
	data := s.files[file]
	if data == nil && s.read != nil {
		data, _ = s.read(file)
	}
	if len(data) == 0 {
		return nil
	}
	if f, ok := s.ids[file]; ok && f.data == &data[0] {
		return f.ids
	}
	ids := map[string]bool{}
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, more := z.TagName()
		for more {
			var key, val []byte
			key, val, more = z.TagAttr()
			if string(key) == "id" || string(key) == "name" && string(name) == "a" {
				ids[string(val)] = true
			}
		}
	}
	s.ids[file] = fileIDs{data: &data[0], ids: ids}
	return ids
}

// plainExternal reports whether dest is an http or https URL that
// url.Parse accepts, for certain, as one to another site: most of a
// site's links are such, and parsing each of them on every build is
// most of the work of sorting links. It holds no character that could
// make the URL invalid (an escape, a space, a bracket, a port), so any
// other URL is parsed.
func plainExternal(dest []byte) bool {
	rest, ok := bytes.CutPrefix(dest, []byte("https://"))
	if !ok {
		if rest, ok = bytes.CutPrefix(dest, []byte("http://")); !ok {
			return false
		}
	}
	if len(rest) == 0 || rest[0] == '/' {
		return false // no host: parsed, as any odd URL
	}
	for _, c := range rest {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case strings.IndexByte("-._~/?#&=+", c) >= 0:
		default:
			return false
		}
	}
	return true
}

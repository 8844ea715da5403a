package theme

import (
	"bytes"
	"fmt"
	"html/template"
	"io"
	"maps"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"text/template/parse"

	"github.com/claritynotes/gen/internal/diag"
)

// Templates is a parsed set of layouts. Each page layout (single.html,
// list.html, ...) is combined with baseof.html and every partial.
type Templates struct {
	base     *template.Template // baseof.html and the partials
	byLayout map[string]*template.Template
	paths    map[string]string // template name → site-relative file path
	builtin  map[string]bool   // template names read from the built-in theme
	// ownMain lists the layouts that define "main" and so render inside
	// baseof.html; any other layout is a whole page on its own.
	ownMain map[string]bool
	// cached holds partialCached's results.
	cached partialCache
	// fused has a layout's once: its first execution escapes the set,
	// and fuse then joins the escapers of its actions. Nil for a set
	// that runs on html/template alone (ParseFiles).
	fused map[string]*fusedRun
	// escaped, when set, is called with a layout's name once its first
	// execution has escaped its set and before fuse changes the trees.
	escaped func(layout string)
	// partials holds the set of each partial ExecutePartial ran, when
	// the sets fuse.
	partialsMu sync.Mutex
	partials   map[string]*partialSet
	// htmlFuncs names the template functions that return template.HTML.
	htmlFuncs map[string]bool
	// funcs are the set's functions by name (gen's, the caller's and the
	// fused escapers), as its templates find them.
	funcs template.FuncMap
}

// fusedRun is how a layout or partial runs once its set is fused: the
// once that escapes and fuses it, then its compiled program, if it has
// one and the program has not declined.
type fusedRun struct {
	once   sync.Once
	prog   atomic.Pointer[program]
	layout string // "" for a partial's run
}

// Templates parses the HTML layouts. Parse errors name the template file and line.
func (t *Theme) Templates(funcs template.FuncMap) (*Templates, error) {
	files, err := t.Layouts()
	if err != nil {
		return nil, err
	}
	ts, err := parseSet(t, files, funcs)
	if err != nil {
		return nil, err
	}
	ts.compiled()
	return ts, nil
}

// compiled makes each layout of the set run as a compiled program once
// its first execution has escaped it (see execute).
func (ts *Templates) compiled() {
	ts.fused = map[string]*fusedRun{}
	for name := range ts.byLayout {
		ts.fused[name] = &fusedRun{layout: name}
	}
}

// ParseFiles parses an arbitrary set of layout files, run by
// html/template alone.
func (t *Theme) ParseFiles(files []File, funcs template.FuncMap) (*Templates, error) {
	return parseSet(t, files, funcs)
}

// ParseCompiled parses a set of layout files (the email templates) that
// runs as Templates' layouts do: html/template escapes a layout on its
// first execution, and later ones run it as a compiled program. A caller
// that studies the escaped trees (Trees) passes escaped: it is called
// with the layout's name right after that first execution escaped them
// and before they change into the program's, while every other
// execution of the layout waits.
func (t *Theme) ParseCompiled(files []File, funcs template.FuncMap, escaped func(layout string)) (*Templates, error) {
	ts, err := parseSet(t, files, funcs)
	if err != nil {
		return nil, err
	}
	ts.compiled()
	ts.escaped = escaped
	return ts, nil
}

func parseSet(t *Theme, files []File, funcs template.FuncMap) (*Templates, error) {
	ts := &Templates{byLayout: map[string]*template.Template{}, paths: map[string]string{}, builtin: map[string]bool{}, ownMain: map[string]bool{}}
	own := template.FuncMap{"partialCached": ts.partialCached}
	base := template.New("").Funcs(funcs).Funcs(own).Funcs(fusedFuncs())
	ts.htmlFuncs = htmlFuncs(funcs)
	maps.Copy(ts.htmlFuncs, htmlFuncs(own))
	ts.funcs = template.FuncMap{}
	for _, m := range []template.FuncMap{funcs, own, fusedFuncs()} {
		maps.Copy(ts.funcs, m)
	}
	var layouts []File
	for _, f := range files {
		if !strings.HasSuffix(f.Name, ".html") {
			continue
		}
		ts.paths[f.Name] = f.Path
		ts.builtin[f.Name] = f.Builtin
		if strings.HasPrefix(f.Name, "partials/") || f.Name == "baseof.html" {
			if err := ts.parse(t, base, f); err != nil {
				return nil, err
			}
			continue
		}
		layouts = append(layouts, f)
	}
	for _, f := range layouts {
		set, err := base.Clone()
		if err != nil {
			return nil, err
		}
		if err := ts.parse(t, set, f); err != nil {
			return nil, err
		}
		ts.byLayout[f.Name] = set
	}
	ts.base = base
	return ts, nil
}

func (ts *Templates) parse(t *Theme, set *template.Template, f File) error {
	src, err := t.Read(f)
	if err != nil {
		return err
	}
	if _, err := set.New(f.Name).Parse(string(src)); err != nil {
		return ts.wrap(err)
	}
	ts.ownMain[f.Name] = definesMain(f.Name, string(src))
	return nil
}

// definesMain reports whether a template's own source defines "main".
// The set cannot tell: baseof.html's {{ block "main" }} defines it in
// every set. The source has parsed once already, so errors do not occur.
func definesMain(name, src string) bool {
	trees := map[string]*parse.Tree{}
	tree := parse.New(name)
	tree.Mode = parse.SkipFuncCheck
	if _, err := tree.Parse(src, "", "", trees); err != nil {
		return false
	}
	_, ok := trees["main"]
	return ok
}

// Has reports whether a layout exists.
func (ts *Templates) Has(layout string) bool { _, ok := ts.byLayout[layout]; return ok }

// Execute renders layout with data. A layout that defines "main" is
// rendered through baseof.html when it exists; a layout that does not is
// the whole page, so a site's own complete 404.html is not lost.
func (ts *Templates) Execute(w io.Writer, layout string, data any) error {
	set, ok := ts.byLayout[layout]
	if !ok {
		return &diag.Error{Path: path.Join("layouts", layout), Msg: "layout not found",
			Hint: "add " + layout + " to the theme's layouts/ or your site's layouts/"}
	}
	name := layout
	if set.Lookup("baseof.html") != nil && ts.ownMain[layout] {
		name = "baseof.html"
	}
	// The page is rendered into a reused buffer first, so a failed page
	// writes nothing to w, and a page costs one copy instead of a buffer
	// grown from zero (a tenth of a large build's time).
	b := renderBufs.Get().(*bytes.Buffer)
	defer putRenderBuf(b)
	if err := ts.execute(b, set, ts.fused[layout], name, data); err != nil {
		return ts.wrap(err)
	}
	_, err := w.Write(b.Bytes())
	return err
}

// execute runs set's template name. With a run, the first execution
// escapes the set (which runs that one template, so it is never escaped
// again), then fuses its escapers and compiles the template; executions
// waiting meanwhile run the fused set. Later ones run the program, and
// text/template when there is none or it declines.
func (ts *Templates) execute(w io.Writer, set *template.Template, run *fusedRun, name string, data any) error {
	if run == nil {
		return set.ExecuteTemplate(w, name, data)
	}
	first := false
	var err error
	run.once.Do(func() {
		first = true
		err = set.ExecuteTemplate(w, name, data)
		if err == nil && ts.escaped != nil && run.layout != "" {
			ts.escaped(run.layout)
		}
		funcs := maps.Clone(ts.funcs)
		j := fuse(set, ts.htmlFuncs)
		maps.Copy(funcs, j.funcs)
		// A set whose escaping failed has trees without their escapers;
		// html/template reports the failure on every execution.
		if err == nil {
			run.prog.Store(compile(set, name, funcs, j))
		}
	})
	if first {
		return err
	}
	if p := run.prog.Load(); p != nil {
		ok, err := p.write(w, data)
		if ok {
			return err
		}
		// What made it decline is likely in the next page too.
		run.prog.Store(nil)
	}
	return set.ExecuteTemplate(w, name, data)
}

var renderBufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// putRenderBuf returns b to the pool unless an unusually large page made
// it too big to keep around.
func putRenderBuf(b *bytes.Buffer) {
	if b.Cap() <= 4<<20 {
		b.Reset()
		renderBufs.Put(b)
	}
}

// ExecutePartial renders one partial (partials/card.html) on its own.
func (ts *Templates) ExecutePartial(w io.Writer, name string, data any) error {
	if ts.base.Lookup(name) == nil {
		return &diag.Error{Path: path.Join("layouts", name), Msg: "partial not found",
			Hint: "add " + name + " to the theme's layouts/ or your site's layouts/"}
	}
	set, once, err := ts.partialSet(name)
	if err != nil {
		return err
	}
	if err := ts.execute(w, set, once, name, data); err != nil {
		return ts.wrap(err)
	}
	return nil
}

// partialSet returns the set ExecutePartial runs name in. A set that
// fuses its escapers runs one template only, so each partial gets a
// clone of the base set of its own; base itself never executes, so it
// can still be cloned.
func (ts *Templates) partialSet(name string) (*template.Template, *fusedRun, error) {
	if ts.fused == nil {
		return ts.base, nil, nil
	}
	ts.partialsMu.Lock()
	defer ts.partialsMu.Unlock()
	if p, ok := ts.partials[name]; ok {
		return p.set, &p.run, nil
	}
	set, err := ts.base.Clone()
	if err != nil {
		return nil, nil, err
	}
	p := &partialSet{set: set}
	if ts.partials == nil {
		ts.partials = map[string]*partialSet{}
	}
	ts.partials[name] = p
	return p.set, &p.run, nil
}

// partialSet is the set one partial executes in, and how it runs.
type partialSet struct {
	set *template.Template
	run fusedRun
}

// template errors look like "template: single.html:12:3: executing ..." or
// "template: partials/head.html:4: unexpected ...".
var tmplErrRE = regexp.MustCompile(`template: ([^:\s]+):(\d+)(?::(\d+))?: (.*)`)

// wrap turns a text/template error into a *diag.Error at the template file.
func (ts *Templates) wrap(err error) error {
	m := tmplErrRE.FindStringSubmatch(err.Error())
	if m == nil {
		return &diag.Error{Path: "layouts", Msg: err.Error()}
	}
	p := ts.paths[m[1]]
	if p == "" {
		p = m[1]
	}
	line, _ := strconv.Atoi(m[2])
	col, _ := strconv.Atoi(m[3])
	msg := m[4]
	// Drop the repeated template name: executing "single.html" at <.X>: ...
	if i := strings.Index(msg, "> "); strings.HasPrefix(msg, "executing") && i > 0 {
		msg = fmt.Sprintf("in %s: %s", strings.TrimPrefix(msg[strings.Index(msg, " at ")+4:i+1], ""), strings.TrimPrefix(msg[i+2:], ": "))
	}
	hint := "fix the template; Go template syntax: https://pkg.go.dev/text/template"
	if ts.builtin[m[1]] {
		// The file is inside the binary: say how to get an editable copy.
		// p is themes/<name>/<layer>/<file>.
		if parts := strings.SplitN(p, "/", 3); len(parts) == 3 {
			site, _ := SitePath(parts[2])
			hint = "the template is built into gen; gen theme eject " + site + " copies it into your site to edit"
		}
	}
	return &diag.Error{Path: p, Line: line, Col: col, Msg: "template error " + msg, Hint: hint}
}

// Trees returns the parse tree of every template layout's set can run
// (the layout, baseof.html and the partials) by name, so a caller that
// studies the templates walks the trees parsed here rather than parsing
// their source again. They are as the files wrote them until the layout
// first executes: html/template's escaping then adds its escapers to
// their pipelines, which a compiled set (Templates, ParseCompiled) then
// fuses and joins. Nil if there is no such layout.
func (ts *Templates) Trees(layout string) map[string]*parse.Tree {
	set, ok := ts.byLayout[layout]
	if !ok {
		return nil
	}
	trees := map[string]*parse.Tree{}
	for _, t := range set.Templates() {
		if t.Tree != nil {
			trees[t.Name()] = t.Tree
		}
	}
	return trees
}

// Reads reports whether layout, or any template its set can run (baseof
// and the partials), names a field or method called name anywhere: a
// build that keeps some of the data out of memory passes it to the
// layouts that may show it.
func (ts *Templates) Reads(layout, name string) bool {
	set, ok := ts.byLayout[layout]
	if !ok {
		return false
	}
	for _, t := range set.Templates() {
		if t.Tree != nil && t.Tree.Root != nil && names(t.Tree.Root, name) {
			return true
		}
	}
	return false
}

// names reports whether the parse tree under n names field name.
func names(n parse.Node, name string) bool {
	switch n := n.(type) {
	case *parse.ListNode:
		return n != nil && anyNames(n.Nodes, name)
	case *parse.ActionNode:
		return names(n.Pipe, name)
	case *parse.PipeNode:
		return n != nil && anyNames(n.Cmds, name)
	case *parse.CommandNode:
		return anyNames(n.Args, name)
	case *parse.FieldNode:
		return slices.Contains(n.Ident, name)
	case *parse.VariableNode:
		return slices.Contains(n.Ident, name)
	case *parse.ChainNode:
		return slices.Contains(n.Field, name) || names(n.Node, name)
	case *parse.IfNode:
		return branchNames(&n.BranchNode, name)
	case *parse.RangeNode:
		return branchNames(&n.BranchNode, name)
	case *parse.WithNode:
		return branchNames(&n.BranchNode, name)
	case *parse.TemplateNode:
		return names(n.Pipe, name)
	}
	return false
}

// anyNames reports whether any of nodes names field name.
func anyNames[N parse.Node](nodes []N, name string) bool {
	return slices.ContainsFunc(nodes, func(c N) bool { return names(c, name) })
}

// branchNames is names for an if, range or with action: its pipeline
// and both of its lists.
func branchNames(b *parse.BranchNode, name string) bool {
	return names(b.Pipe, name) || names(b.List, name) || names(b.ElseList, name)
}

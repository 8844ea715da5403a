package theme

import (
	"reflect"
	"strconv"
	"sync"
	"text/template/parse"
)

// A range over a slice whose body only prints fields of the element,
// {{ range .TOCEntries }}<li><a href="#{{ .ID }}">{{ .Text }}</a></li>{{ end }},
// costs text/template a field lookup by name for each field and a call
// through reflection for each escaper, on every element. fuse gives such
// a range one function that writes the whole range: it finds each field
// of the element's type once, by index, and escapes the values as the
// fused escapers do. The range stays as it was behind it,
//
//	{{ with _gen_range_N .TOCEntries }}{{ . }}{{ else }}{{ range ... }}{{ end }}
//
// and runs whenever the function declines: a value that is not a slice,
// an element type whose field is a method, a map or an interface, a nil
// pointer on the way to a field, or an escaper's error. text/template
// then writes what it always wrote, errors included.

// rangeFunc is the function that writes a range: the body's parts in
// order, each text or a field path of the element with its escaper.
type rangeFunc struct {
	parts []rangePart
	// plans holds how to reach each part's field in an element type, by
	// type; a nil plan marks a type the function declines.
	mu    sync.Mutex
	plans map[reflect.Type]*rangePlan
}

type rangePart struct {
	text string
	// path names the fields from the element to the value printed; empty
	// for the element itself ({{ . }}). Nil for text.
	path []string
	esc  valueEscaper
}

// rangePlan is, for each part that prints, the index of each field on
// its path (text parts have none).
type rangePlan struct {
	steps [][][]int
}

// rangeBody returns the parts of a range's body, if every node of it is
// text or an action that prints a field path of dot (or dot) through a
// fused escaper.
func rangeBody(r *parse.RangeNode) ([]rangePart, bool) {
	if r.ElseList != nil || len(r.Pipe.Decl) != 0 || r.List == nil || !plainArg(r.Pipe) {
		return nil, false
	}
	var parts []rangePart
	for _, n := range r.List.Nodes {
		switch n := n.(type) {
		case *parse.TextNode:
			parts = append(parts, rangePart{text: string(n.Text)})
		case *parse.ActionNode:
			p := n.Pipe
			if len(p.Decl) != 0 || len(p.Cmds) != 2 || len(p.Cmds[0].Args) != 1 || len(p.Cmds[1].Args) != 1 {
				return nil, false
			}
			id, ok := p.Cmds[1].Args[0].(*parse.IdentifierNode)
			if !ok || escapers[id.Ident] == nil {
				return nil, false
			}
			var path []string
			switch a := p.Cmds[0].Args[0].(type) {
			case *parse.DotNode:
				path = []string{}
			case *parse.FieldNode:
				path = a.Ident
			default:
				return nil, false
			}
			parts = append(parts, rangePart{path: path, esc: valueEscapers[id.Ident]})
		default:
			return nil, false
		}
	}
	return parts, true
}

// plainArg reports whether a range's pipeline is a field, a variable or
// dot alone: evaluating it again when the function declines does
// nothing a first evaluation did not.
func plainArg(p *parse.PipeNode) bool {
	if len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 1 {
		return false
	}
	switch p.Cmds[0].Args[0].(type) {
	case *parse.FieldNode, *parse.VariableNode, *parse.DotNode:
		return true
	}
	return false
}

// joinRange replaces r with the with action that calls the range's
// function, the range itself its else.
func (j *joiner) joinRange(r *parse.RangeNode, parts []rangePart) parse.Node {
	name := "_gen_range_" + strconv.Itoa(len(j.funcs))
	f := &rangeFunc{parts: parts, plans: map[reflect.Type]*rangePlan{}}
	j.funcs[name] = f.write
	if j.rangeFuncs == nil {
		j.rangeFuncs = map[string]*rangeFunc{}
	}
	j.rangeFuncs[name] = f
	call := &parse.CommandNode{NodeType: parse.NodeCommand, Pos: r.Pos,
		Args: []parse.Node{parse.NewIdentifier(name).SetPos(r.Pos), r.Pipe.Cmds[0].Args[0]}}
	dot := &parse.CommandNode{NodeType: parse.NodeCommand, Pos: r.Pos, Args: []parse.Node{&parse.DotNode{NodeType: parse.NodeDot, Pos: r.Pos}}}
	print := &parse.ActionNode{NodeType: parse.NodeAction, Pos: r.Pos, Line: r.Line,
		Pipe: &parse.PipeNode{NodeType: parse.NodePipe, Pos: r.Pos, Line: r.Line, Cmds: []*parse.CommandNode{dot}}}
	return &parse.WithNode{BranchNode: parse.BranchNode{NodeType: parse.NodeWith, Pos: r.Pos, Line: r.Line,
		Pipe:     &parse.PipeNode{NodeType: parse.NodePipe, Pos: r.Pos, Line: r.Line, Cmds: []*parse.CommandNode{call}},
		List:     &parse.ListNode{NodeType: parse.NodeList, Pos: r.Pos, Nodes: []parse.Node{print}},
		ElseList: &parse.ListNode{NodeType: parse.NodeList, Pos: r.Pos, Nodes: []parse.Node{r}},
	}}
}

// write returns what the range writes over v, or nil when it declines.
func (f *rangeFunc) write(v any) *rangeOut {
	// The range is written to a pooled buffer and copied once at its
	// size, rather than grown from nothing on every page.
	bp := rangeBufs.Get().(*[]byte)
	b, ok := f.appendTo((*bp)[:0], reflect.ValueOf(v))
	defer func() {
		if cap(b) <= 64<<10 {
			*bp = b[:0]
			rangeBufs.Put(bp)
		}
	}()
	if !ok {
		return nil
	}
	return &rangeOut{string(b)}
}

// appendTo appends what the range writes over s to b, false when it
// declines; a compiled template calls it with the value it holds.
func (f *rangeFunc) appendTo(b []byte, s reflect.Value) ([]byte, bool) {
	if s.Kind() != reflect.Slice {
		return b, false
	}
	plan := f.plan(s.Type().Elem())
	if plan == nil {
		return b, false
	}
	for i := range s.Len() {
		e := s.Index(i)
		for k, p := range f.parts {
			if p.path == nil {
				b = append(b, p.text...)
				continue
			}
			x, ok := follow(e, plan.steps[k])
			if !ok {
				return b, false
			}
			out, err := p.esc(x)
			if err != nil {
				return b, false
			}
			b = append(b, out...)
		}
	}
	return b, true
}

// rangeOut is what a range function wrote: a pointer, so that the with
// around it is false only when it declined; the string and its pointer
// are one allocation.
type rangeOut struct{ s string }

// String is what text/template prints of the with's dot.
func (o *rangeOut) String() string { return o.s }

var rangeBufs = sync.Pool{New: func() any { return new([]byte) }}

// follow reaches the value at steps from e as text/template's field
// evaluation does, false at a nil pointer or a value it cannot hand on.
func follow(e reflect.Value, steps [][]int) (reflect.Value, bool) {
	for _, index := range steps {
		for e.Kind() == reflect.Pointer {
			if e.IsNil() {
				return reflect.Value{}, false
			}
			e = e.Elem()
		}
		var err error
		if e, err = e.FieldByIndexErr(index); err != nil {
			return reflect.Value{}, false
		}
	}
	if !e.CanInterface() {
		return reflect.Value{}, false
	}
	return e, true
}

// plan returns how to reach the parts' fields in elements of type t, nil
// if text/template would not find them as plain fields.
func (f *rangeFunc) plan(t reflect.Type) *rangePlan {
	f.mu.Lock()
	defer f.mu.Unlock()
	if p, ok := f.plans[t]; ok {
		return p
	}
	p := &rangePlan{steps: make([][][]int, len(f.parts))}
	for k, part := range f.parts {
		if part.path == nil {
			continue
		}
		steps, ok := fieldSteps(t, part.path)
		if !ok {
			p = nil
			break
		}
		p.steps[k] = steps
	}
	f.plans[t] = p
	return p
}

// fieldSteps finds path in type t as text/template does, declining when
// a name could be a method (text/template calls those first), or the
// value on the way is not a struct (a map, an interface) or the field is
// not exported.
func fieldSteps(t reflect.Type, path []string) ([][]int, bool) {
	steps := [][]int{}
	for _, name := range path {
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct {
			return nil, false
		}
		// A slice's elements and what pointers lead to are addressable:
		// text/template looks among the methods of *T.
		if _, ok := reflect.PointerTo(t).MethodByName(name); ok {
			return nil, false
		}
		sf, ok := t.FieldByName(name)
		if !ok || !sf.IsExported() {
			return nil, false
		}
		steps = append(steps, sf.Index)
		t = sf.Type
	}
	return steps, true
}

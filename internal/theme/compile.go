package theme

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"io"
	"maps"
	"reflect"
	"strings"
	"sync/atomic"
	"text/template/parse"
)

// text/template walks a layout's tree on every page: each field is found
// by name (a method search, then a field search that allocates), each
// function is looked up by name under a lock and called through
// reflection with its arguments in a new slice. Once a layout's set is
// escaped and fused, compile turns the tree a layout runs into Go
// closures: a field is found once per type, by index; the fused
// escapers, joins, ranges and partialCached are called as the Go
// functions they are; the builtins and, or, not, the comparisons, len
// and index are evaluated in place.
//
// A program is only a faster way to get what text/template writes. It
// covers the plain part of the template language, which is all a theme
// like the built-in one uses; a template with anything else (a variable
// other than $, break and continue, a chain on anything but a
// parenthesized pipeline, the builtins html, js, urlquery, slice and
// call, an unknown function) is not compiled. At run time, anything the
// program does not handle exactly as text/template does (a method, a map
// without the key, a nil pointer, an index out of range, a value of a
// kind it does not print, a function's error or panic, a comparison of
// other kinds) makes it decline: what it wrote is dropped and
// text/template runs the template, with its own output and errors. A
// program that declined once is not run again.

// program is a compiled template.
type program struct {
	body *tmplCode
}

// tmplCode is one template's compiled body; it is filled in after the
// template is entered in the compiler's table, so a template that calls
// itself compiles.
type tmplCode struct {
	run stmt
}

// stmt writes a node's output for dot, with $ set to dollar.
type stmt func(s *state, dot, dollar reflect.Value)

// expr evaluates an argument or a command; final is the previous
// command's value in a pipeline (invalid for the first command).
type expr func(s *state, dot, dollar, final reflect.Value) reflect.Value

// strExpr is expr for a command whose function returns a string: the
// action prints it without making a reflect.Value of it.
type strExpr func(s *state, dot, dollar, final reflect.Value) string

// state is one execution's output and template depth.
type state struct {
	b     *bytes.Buffer
	depth int
}

// maxDepth bounds template calls; a deeper recursion declines and
// text/template reports it.
const maxDepth = 1000

// declined is the panic a program raises when text/template must run
// the template instead.
type declined struct{}

func decline() { panic(declined{}) }

// errNotCompiled is what compile reports for a template that uses more
// of the language than programs cover.
var errNotCompiled = errors.New("not compiled")

// run executes the program with data, appending to b, and reports
// whether it did; when it did not, b is as it was.
func (p *program) run(b *bytes.Buffer, data any) (ok bool) {
	n := b.Len()
	defer func() {
		if r := recover(); r != nil {
			// Any panic, a function's included: text/template runs
			// the template again and reports it in its own words.
			b.Truncate(n)
			ok = false
		}
	}()
	v, isValue := data.(reflect.Value)
	if !isValue {
		v = reflect.ValueOf(data)
	}
	p.body.run(&state{b: b}, v, v)
	return true
}

// compiler compiles the templates of one escaped and fused set.
type compiler struct {
	set   *template.Template
	funcs template.FuncMap
	fused *joiner
	code  map[string]*tmplCode
}

// compile returns the program of set's template name, or nil when it or
// a template it calls uses more than programs cover. funcs are the set's
// functions, as the set's templates find them by name, and fused made
// the joins and range functions among them.
func compile(set *template.Template, name string, funcs template.FuncMap, fused *joiner) *program {
	c := &compiler{set: set, funcs: funcs, fused: fused, code: map[string]*tmplCode{}}
	code, err := c.template(name)
	if err != nil {
		return nil
	}
	return &program{body: code}
}

func (c *compiler) template(name string) (*tmplCode, error) {
	if code, ok := c.code[name]; ok {
		return code, nil
	}
	t := c.set.Lookup(name)
	if t == nil || t.Tree == nil || t.Tree.Root == nil {
		return nil, errNotCompiled
	}
	code := &tmplCode{}
	c.code[name] = code
	run, err := c.list(t.Tree.Root)
	if err != nil {
		return nil, err
	}
	code.run = run
	return code, nil
}

func (c *compiler) list(l *parse.ListNode) (stmt, error) {
	if l == nil {
		return func(*state, reflect.Value, reflect.Value) {}, nil
	}
	var stmts []stmt
	for _, n := range l.Nodes {
		st, err := c.node(n)
		if err != nil {
			return nil, err
		}
		stmts = append(stmts, st)
	}
	if len(stmts) == 1 {
		return stmts[0], nil
	}
	return func(s *state, dot, dollar reflect.Value) {
		for _, st := range stmts {
			st(s, dot, dollar)
		}
	}, nil
}

func (c *compiler) node(n parse.Node) (stmt, error) {
	switch n := n.(type) {
	case *parse.TextNode:
		text := string(n.Text)
		return func(s *state, _, _ reflect.Value) { s.b.WriteString(text) }, nil
	case *parse.CommentNode:
		return func(*state, reflect.Value, reflect.Value) {}, nil
	case *parse.ActionNode:
		if st, ok, err := c.joinedAction(n.Pipe); ok || err != nil {
			return st, err
		}
		val, str, err := c.pipe(n.Pipe)
		if err != nil {
			return nil, err
		}
		if str != nil {
			return func(s *state, dot, dollar reflect.Value) { s.b.WriteString(str(s, dot, dollar)) }, nil
		}
		return func(s *state, dot, dollar reflect.Value) { s.print(val(s, dot, dollar)) }, nil
	case *parse.IfNode:
		return c.ifOrWith(&n.BranchNode, false)
	case *parse.WithNode:
		if st, ok := c.rangeWith(n); ok {
			return st, nil
		}
		return c.ifOrWith(&n.BranchNode, true)
	case *parse.RangeNode:
		return c.rangeNode(n)
	case *parse.TemplateNode:
		return c.call(n)
	}
	return nil, errNotCompiled
}

// joinedAction compiles an action that is only a call of a joined run
// (see joiner.join) to write the run's parts and texts straight to the
// output, rather than make the run's string first: the run may hold a
// page's whole body. ok is false for any other action. A part whose
// escaper fails declines, and the program's output is dropped, as the
// run's function fails before writing anything.
func (c *compiler) joinedAction(p *parse.PipeNode) (st stmt, ok bool, err error) {
	if p == nil || len(p.Decl) != 0 || len(p.Cmds) != 1 {
		return nil, false, nil
	}
	args := p.Cmds[0].Args
	id, isIdent := args[0].(*parse.IdentifierNode)
	if !isIdent {
		return nil, false, nil
	}
	jn := c.fused.joins[id.Ident]
	if jn == nil || len(args)-1 != len(jn.vescs) {
		return nil, false, nil
	}
	if _, isFunc := c.funcs[id.Ident].(func(...any) string); !isFunc {
		return nil, false, nil
	}
	vals := make([]expr, len(args)-1)
	for i, a := range args[1:] {
		if vals[i], err = c.typedArg(a, anyType); err != nil {
			return nil, true, err
		}
	}
	return func(s *state, dot, dollar reflect.Value) {
		for i, val := range vals {
			out, err := jn.vescs[i](val(s, dot, dollar, reflect.Value{}))
			if err != nil {
				decline()
			}
			s.b.WriteString(out)
			if i < len(jn.texts) {
				s.b.WriteString(jn.texts[i])
			}
		}
	}, true, nil
}

// pipeVal evaluates a pipeline.
type pipeVal func(s *state, dot, dollar reflect.Value) reflect.Value

// pipeStr evaluates a pipeline whose last command returns a string.
type pipeStr func(s *state, dot, dollar reflect.Value) string

// pipe compiles a pipeline that declares no variable; str is set when
// its last command is a function that returns a string.
func (c *compiler) pipe(p *parse.PipeNode) (pipeVal, pipeStr, error) {
	if p == nil || len(p.Decl) != 0 || len(p.Cmds) == 0 {
		return nil, nil, errNotCompiled
	}
	cmds := make([]expr, len(p.Cmds))
	var last strExpr
	for i, cmd := range p.Cmds {
		e, str, err := c.command(cmd, i > 0)
		if err != nil {
			return nil, nil, err
		}
		cmds[i] = e
		if i == len(p.Cmds)-1 {
			last = str
		}
	}
	// All but the last command, each one's value the next one's final
	// argument; an interface{} value is the value inside it, as
	// text/template has it.
	prefix := func(s *state, dot, dollar reflect.Value) reflect.Value {
		var v reflect.Value
		for _, cmd := range cmds[:len(cmds)-1] {
			v = elemOfEmpty(cmd(s, dot, dollar, v))
		}
		return v
	}
	lastCmd := cmds[len(cmds)-1]
	var val pipeVal
	if len(cmds) == 1 {
		val = func(s *state, dot, dollar reflect.Value) reflect.Value {
			return elemOfEmpty(lastCmd(s, dot, dollar, reflect.Value{}))
		}
	} else {
		val = func(s *state, dot, dollar reflect.Value) reflect.Value {
			return elemOfEmpty(lastCmd(s, dot, dollar, prefix(s, dot, dollar)))
		}
	}
	var str pipeStr
	switch {
	case last == nil:
	case len(cmds) == 1:
		str = func(s *state, dot, dollar reflect.Value) string { return last(s, dot, dollar, reflect.Value{}) }
	default:
		str = func(s *state, dot, dollar reflect.Value) string { return last(s, dot, dollar, prefix(s, dot, dollar)) }
	}
	return val, str, nil
}

// elemOfEmpty is the value inside an interface{} value.
func elemOfEmpty(v reflect.Value) reflect.Value {
	if v.Kind() == reflect.Interface && v.Type().NumMethod() == 0 {
		return v.Elem()
	}
	return v
}

// command compiles one command of a pipeline; piped is set for every
// command but the first, which get the value before them as their last
// argument.
func (c *compiler) command(cmd *parse.CommandNode, piped bool) (expr, strExpr, error) {
	if id, ok := cmd.Args[0].(*parse.IdentifierNode); ok {
		return c.function(id.Ident, cmd.Args[1:], piped)
	}
	// Anything but a function takes no arguments.
	if piped || len(cmd.Args) != 1 {
		return nil, nil, errNotCompiled
	}
	e, err := c.operand(cmd.Args[0])
	return e, nil, err
}

// operand compiles a value that is not a function call: dot, a field
// path, $ and its fields, a parenthesized pipeline or a constant.
func (c *compiler) operand(n parse.Node) (expr, error) {
	switch n := n.(type) {
	case *parse.DotNode:
		return func(_ *state, dot, _, _ reflect.Value) reflect.Value { return dot }, nil
	case *parse.FieldNode:
		steps := fieldPath(n.Ident)
		return func(_ *state, dot, _, _ reflect.Value) reflect.Value { return followPath(dot, steps) }, nil
	case *parse.VariableNode:
		if n.Ident[0] != "$" {
			return nil, errNotCompiled
		}
		steps := fieldPath(n.Ident[1:])
		return func(_ *state, _, dollar, _ reflect.Value) reflect.Value { return followPath(dollar, steps) }, nil
	case *parse.PipeNode:
		val, _, err := c.pipe(n)
		if err != nil {
			return nil, err
		}
		return func(s *state, dot, dollar, _ reflect.Value) reflect.Value { return val(s, dot, dollar) }, nil
	case *parse.ChainNode:
		// (PIPELINE).Field: the fields of the pipeline's value.
		if _, ok := n.Node.(*parse.PipeNode); !ok {
			return nil, errNotCompiled
		}
		e, err := c.arg(n.Node)
		if err != nil {
			return nil, err
		}
		steps := fieldPath(n.Field)
		return func(s *state, dot, dollar, final reflect.Value) reflect.Value {
			return followPath(e(s, dot, dollar, final), steps)
		}, nil
	}
	if v, ok := constant(n); ok {
		return func(*state, reflect.Value, reflect.Value, reflect.Value) reflect.Value { return v }, nil
	}
	return nil, errNotCompiled
}

// constant is the value text/template gives a constant where any value
// is taken: a string, a bool, or an int written in decimal digits.
func constant(n parse.Node) (reflect.Value, bool) {
	switch n := n.(type) {
	case *parse.StringNode:
		return reflect.ValueOf(n.Text), true
	case *parse.BoolNode:
		return reflect.ValueOf(n.True), true
	case *parse.NumberNode:
		if n.IsInt && decimal(n.Text) && int64(int(n.Int64)) == n.Int64 {
			return reflect.ValueOf(int(n.Int64)), true
		}
	}
	return reflect.Value{}, false
}

func decimal(s string) bool {
	s = strings.TrimPrefix(s, "-")
	if s == "" {
		return false
	}
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// branch compiles the parts every branching action has: its pipeline,
// its list and its else list (nil when it has none).
func (c *compiler) branch(b *parse.BranchNode) (val pipeVal, list, elseList stmt, err error) {
	if val, _, err = c.pipe(b.Pipe); err != nil {
		return nil, nil, nil, err
	}
	if list, err = c.list(b.List); err != nil {
		return nil, nil, nil, err
	}
	if b.ElseList != nil {
		if elseList, err = c.list(b.ElseList); err != nil {
			return nil, nil, nil, err
		}
	}
	return val, list, elseList, nil
}

func (c *compiler) ifOrWith(b *parse.BranchNode, with bool) (stmt, error) {
	val, list, elseList, err := c.branch(b)
	if err != nil {
		return nil, err
	}
	return func(s *state, dot, dollar reflect.Value) {
		v := val(s, dot, dollar)
		if truth(v) {
			if with {
				list(s, v, dollar)
			} else {
				list(s, dot, dollar)
			}
		} else if elseList != nil {
			elseList(s, dot, dollar)
		}
	}, nil
}

// rangeWith compiles the with action fuse puts in place of a range that
// it gives a function, {{ with _gen_range_N X }}{{ . }}{{ else }}{{ range
// X }}...{{ end }}{{ end }}, as the function writing into the output
// and the range, compiled, where the function declines.
func (c *compiler) rangeWith(w *parse.WithNode) (stmt, bool) {
	p := w.Pipe
	if len(p.Decl) != 0 || len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 2 || w.ElseList == nil ||
		len(w.List.Nodes) != 1 || w.List.Nodes[0].String() != "{{.}}" {
		return nil, false
	}
	id, ok := p.Cmds[0].Args[0].(*parse.IdentifierNode)
	if !ok {
		return nil, false
	}
	f := c.fused.rangeFuncs[id.Ident]
	if f == nil {
		return nil, false
	}
	arg, err := c.typedArg(p.Cmds[0].Args[1], anyType)
	if err != nil {
		return nil, false
	}
	elseList, err := c.list(w.ElseList)
	if err != nil {
		return nil, false
	}
	return func(s *state, dot, dollar reflect.Value) {
		v := arg(s, dot, dollar, reflect.Value{})
		if v.Kind() == reflect.Interface {
			v = v.Elem()
		}
		if b, ok := f.appendTo(s.b.AvailableBuffer(), v); ok {
			s.b.Write(b)
			return
		}
		elseList(s, dot, dollar)
	}, true
}

var anyType = reflect.TypeFor[any]()

func (c *compiler) rangeNode(r *parse.RangeNode) (stmt, error) {
	val, list, elseList, err := c.branch(&r.BranchNode)
	if err != nil {
		return nil, err
	}
	return func(s *state, dot, dollar reflect.Value) {
		v := val(s, dot, dollar)
		for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
			if v.IsNil() {
				decline()
			}
			v = v.Elem()
		}
		switch v.Kind() {
		case reflect.Slice, reflect.Array:
			if n := v.Len(); n > 0 {
				for i := range n {
					list(s, v.Index(i), dollar)
				}
				return
			}
		case reflect.Invalid:
		default:
			decline()
		}
		if elseList != nil {
			elseList(s, dot, dollar)
		}
	}, nil
}

// call compiles {{ template NAME PIPELINE }}.
func (c *compiler) call(n *parse.TemplateNode) (stmt, error) {
	code, err := c.template(n.Name)
	if err != nil {
		return nil, err
	}
	var val pipeVal
	if n.Pipe != nil {
		if val, _, err = c.pipe(n.Pipe); err != nil {
			return nil, err
		}
	}
	return func(s *state, dot, dollar reflect.Value) {
		var v reflect.Value
		if val != nil {
			v = val(s, dot, dollar)
		}
		if s.depth++; s.depth > maxDepth {
			decline()
		}
		code.run(s, v, v)
		s.depth--
	}, nil
}

// print writes what text/template prints of v: a string as it is, and
// a range function's output.
func (s *state) print(v reflect.Value) {
	switch {
	case v.Kind() == reflect.String && (v.Type() == stringType || v.Type() == htmlType):
		s.b.WriteString(v.String())
	case v.Type() == rangeOutType && !v.IsNil():
		s.b.WriteString(v.Interface().(*rangeOut).s)
	default:
		decline()
	}
}

var (
	stringType   = reflect.TypeFor[string]()
	htmlType     = reflect.TypeFor[template.HTML]()
	rangeOutType = reflect.TypeFor[*rangeOut]()
	errorType    = reflect.TypeFor[error]()
)

// truth is text/template's truth of a value: if and with take the value
// inside an interface.
func truth(v reflect.Value) bool {
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return false
		}
		v = v.Elem()
	}
	if !v.IsValid() {
		return false
	}
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() > 0
	case reflect.Bool:
		return v.Bool()
	case reflect.Chan, reflect.Func, reflect.Pointer, reflect.UnsafePointer, reflect.Interface:
		return !v.IsNil()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() != 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() != 0
	case reflect.Float32, reflect.Float64:
		return v.Float() != 0
	case reflect.Complex64, reflect.Complex128:
		return v.Complex() != 0
	case reflect.Struct:
		return true
	}
	decline()
	return false
}

// fieldStep finds one field by name, as text/template does, in the types
// it meets: each type's way to the field is worked out once.
type fieldStep struct {
	name string
	last atomic.Pointer[fieldPlan]
}

// fieldPlan is how to reach a field in a type: by index in a struct, or
// by key in a map.
type fieldPlan struct {
	t     reflect.Type
	index []int
	key   reflect.Value // valid for a map
}

func fieldPath(idents []string) []*fieldStep {
	steps := make([]*fieldStep, len(idents))
	for i, name := range idents {
		steps[i] = &fieldStep{name: name}
	}
	return steps
}

// followPath reaches the value at steps from v.
func followPath(v reflect.Value, steps []*fieldStep) reflect.Value {
	for _, f := range steps {
		v = f.eval(v)
	}
	return v
}

func (f *fieldStep) eval(v reflect.Value) reflect.Value {
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			decline()
		}
		v = v.Elem()
	}
	if !v.IsValid() {
		decline()
	}
	t := v.Type()
	p := f.last.Load()
	if p == nil || p.t != t {
		if p = planField(t, f.name); p == nil {
			decline()
		}
		f.last.Store(p)
	}
	if p.key.IsValid() {
		r := v.MapIndex(p.key)
		if !r.IsValid() {
			decline()
		}
		return r
	}
	if len(p.index) == 1 {
		return v.Field(p.index[0])
	}
	r, err := v.FieldByIndexErr(p.index)
	if err != nil {
		decline()
	}
	return r
}

// planField finds name in t as text/template would, nil where a method
// could be named (text/template calls those first), the field is not
// exported, or t is neither a struct nor a map with string keys.
func planField(t reflect.Type, name string) *fieldPlan {
	if _, ok := reflect.PointerTo(t).MethodByName(name); ok {
		return nil
	}
	switch t.Kind() {
	case reflect.Struct:
		sf, ok := t.FieldByName(name)
		if !ok || !sf.IsExported() {
			return nil
		}
		return &fieldPlan{t: t, index: sf.Index}
	case reflect.Map:
		if stringType.AssignableTo(t.Key()) {
			return &fieldPlan{t: t, key: reflect.ValueOf(name)}
		}
	}
	return nil
}

// function compiles a call of name with args (and, when piped, the
// value before it).
func (c *compiler) function(name string, args []parse.Node, piped bool) (expr, strExpr, error) {
	if fn, ok := c.funcs[name]; ok {
		return c.userFunc(name, fn, args, piped)
	}
	n := len(args)
	if piped {
		n++
	}
	switch name {
	case "and", "or":
		if n < 1 {
			return nil, nil, errNotCompiled
		}
		e, err := c.andOr(name == "or", args, piped)
		return e, nil, err
	case "not":
		val, err := c.onlyArg(args, piped, n)
		if err != nil {
			return nil, nil, err
		}
		return func(s *state, dot, dollar, final reflect.Value) reflect.Value {
			return boolValue(!truth(valid(val(s, dot, dollar, final))))
		}, nil, nil
	case "eq", "ne", "lt", "le", "gt", "ge":
		if n < 2 || name != "eq" && n != 2 {
			return nil, nil, errNotCompiled
		}
		vals, err := c.anyArgs(args, piped)
		if err != nil {
			return nil, nil, err
		}
		cmp := comparisons[name]
		return func(s *state, dot, dollar, final reflect.Value) reflect.Value {
			// Every argument is evaluated before the comparison, as
			// text/template evaluates a call's arguments.
			var buf [4]reflect.Value
			vs := buf[:0]
			for _, e := range vals {
				vs = append(vs, valid(e(s, dot, dollar, final)))
			}
			return boolValue(cmp(vs))
		}, nil, nil
	case "len":
		val, err := c.onlyArg(args, piped, n)
		if err != nil {
			return nil, nil, err
		}
		return func(s *state, dot, dollar, final reflect.Value) reflect.Value {
			v := valid(val(s, dot, dollar, final))
			for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
				if v.IsNil() {
					decline()
				}
				v = v.Elem()
			}
			switch v.Kind() {
			case reflect.Array, reflect.Chan, reflect.Map, reflect.Slice, reflect.String:
				return reflect.ValueOf(v.Len())
			}
			decline()
			return v
		}, nil, nil
	case "index":
		if n < 2 {
			return nil, nil, errNotCompiled
		}
		vals, err := c.anyArgs(args, piped)
		if err != nil {
			return nil, nil, err
		}
		return func(s *state, dot, dollar, final reflect.Value) reflect.Value {
			item := valid(vals[0](s, dot, dollar, final))
			for _, e := range vals[1:] {
				item = index(item, valid(e(s, dot, dollar, final)))
			}
			return item
		}, nil, nil
	case "printf", "print", "println":
		return c.userFunc(name, map[string]any{"printf": fmt.Sprintf, "print": fmt.Sprint, "println": fmt.Sprintln}[name], args, piped)
	}
	return nil, nil, errNotCompiled
}

// onlyArg compiles the one argument of a builtin that takes one (not,
// len); n counts the piped value too.
func (c *compiler) onlyArg(args []parse.Node, piped bool, n int) (expr, error) {
	if n != 1 {
		return nil, errNotCompiled
	}
	vals, err := c.anyArgs(args, piped)
	if err != nil {
		return nil, err
	}
	return vals[0], nil
}

// anyArgs compiles arguments taken as any value; the piped value is the
// last.
func (c *compiler) anyArgs(args []parse.Node, piped bool) ([]expr, error) {
	var vals []expr
	for _, a := range args {
		e, err := c.arg(a)
		if err != nil {
			return nil, err
		}
		vals = append(vals, e)
	}
	if piped {
		vals = append(vals, func(_ *state, _, _, final reflect.Value) reflect.Value { return final })
	}
	return vals, nil
}

// arg compiles an argument: an operand or a function called without
// arguments.
func (c *compiler) arg(n parse.Node) (expr, error) {
	if id, ok := n.(*parse.IdentifierNode); ok {
		e, _, err := c.function(id.Ident, nil, false)
		return e, err
	}
	e, err := c.operand(n)
	if err != nil {
		return nil, err
	}
	// An argument is evaluated without the pipeline's value.
	return func(s *state, dot, dollar, _ reflect.Value) reflect.Value { return e(s, dot, dollar, reflect.Value{}) }, nil
}

// index is the builtin index for one key: an int within a slice or an
// array, or a string a map has; anything else declines.
func index(item, key reflect.Value) reflect.Value {
	for item.Kind() == reflect.Pointer || item.Kind() == reflect.Interface {
		if item.IsNil() {
			decline()
		}
		item = item.Elem()
	}
	if key.Kind() == reflect.Interface {
		key = key.Elem()
	}
	switch item.Kind() {
	case reflect.Slice, reflect.Array:
		if isInt(key) {
			if i := key.Int(); i >= 0 && i < int64(item.Len()) {
				return item.Index(int(i))
			}
		}
	case reflect.Map:
		if key.Kind() == reflect.String && key.Type().AssignableTo(item.Type().Key()) {
			if v := item.MapIndex(key); v.IsValid() {
				return v
			}
		}
	}
	decline()
	return item
}

// valid declines an invalid value, which text/template's builtins
// reject.
func valid(v reflect.Value) reflect.Value {
	if !v.IsValid() {
		decline()
	}
	return v
}

var trueValue, falseValue = reflect.ValueOf(true), reflect.ValueOf(false)

func boolValue(b bool) reflect.Value {
	if b {
		return trueValue
	}
	return falseValue
}

// andOr is and (or with or set): the first argument that is false (true),
// else the last, evaluating no argument after it.
func (c *compiler) andOr(or bool, args []parse.Node, piped bool) (expr, error) {
	vals, err := c.anyArgs(args, false)
	if err != nil {
		return nil, err
	}
	return func(s *state, dot, dollar, final reflect.Value) reflect.Value {
		var v reflect.Value
		for _, e := range vals {
			v = valid(e(s, dot, dollar, final))
			if truth(v) == or {
				return v
			}
		}
		if piped {
			v = valid(final)
		}
		return v
	}, nil
}

// comparisons are the builtin comparisons for the kinds a program
// compares: strings with strings, signed integers with signed integers,
// bools with bools (for eq and ne). Anything else declines.
var comparisons = map[string]func([]reflect.Value) bool{
	"eq": func(vs []reflect.Value) bool {
		for _, v := range vs[1:] {
			if compare(vs[0], v, true) == 0 {
				return true
			}
		}
		return false
	},
	"ne": func(vs []reflect.Value) bool { return compare(vs[0], vs[1], true) != 0 },
	"lt": func(vs []reflect.Value) bool { return compare(vs[0], vs[1], false) < 0 },
	"le": func(vs []reflect.Value) bool { return compare(vs[0], vs[1], false) <= 0 },
	"gt": func(vs []reflect.Value) bool { return compare(vs[0], vs[1], false) > 0 },
	"ge": func(vs []reflect.Value) bool { return compare(vs[0], vs[1], false) >= 0 },
}

// compare orders a and b, two strings or two signed integers (or, for
// equality, two bools, which are 0 when equal).
func compare(a, b reflect.Value, equality bool) int {
	if a.Kind() == reflect.Interface {
		a = a.Elem()
	}
	if b.Kind() == reflect.Interface {
		b = b.Elem()
	}
	switch {
	case a.Kind() == reflect.String && b.Kind() == reflect.String:
		return strings.Compare(a.String(), b.String())
	case isInt(a) && isInt(b):
		x, y := a.Int(), b.Int()
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	case equality && a.Kind() == reflect.Bool && b.Kind() == reflect.Bool:
		if a.Bool() == b.Bool() {
			return 0
		}
		return 1
	}
	decline()
	return 0
}

func isInt(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return true
	}
	return false
}

// userFunc compiles a call of a template function fn. The fused
// functions, partialCached and the range functions are called as what
// they are; any other through reflection, with its arguments checked as
// text/template checks them.
func (c *compiler) userFunc(name string, fn any, args []parse.Node, piped bool) (expr, strExpr, error) {
	fv := reflect.ValueOf(fn)
	t := fv.Type()
	if t.Kind() != reflect.Func {
		return nil, nil, errNotCompiled
	}
	n := len(args)
	if piped {
		n++
	}
	fixed := t.NumIn()
	if t.IsVariadic() {
		fixed--
		if n < fixed {
			return nil, nil, errNotCompiled
		}
	} else if n != fixed {
		return nil, nil, errNotCompiled
	}
	switch {
	case t.NumOut() == 1:
	case t.NumOut() == 2 && t.Out(1) == errorType:
	default:
		return nil, nil, errNotCompiled
	}
	// Each argument's type, the piped value's last.
	types := make([]reflect.Type, n)
	for i := range n {
		if t.IsVariadic() && i >= fixed {
			types[i] = t.In(fixed).Elem()
		} else {
			types[i] = t.In(i)
		}
	}
	vals := make([]expr, n)
	for i, a := range args {
		e, err := c.typedArg(a, types[i])
		if err != nil {
			return nil, nil, err
		}
		vals[i] = e
	}
	if piped {
		pt := types[n-1]
		vals[n-1] = func(_ *state, _, _, final reflect.Value) reflect.Value { return assign(final, pt) }
	}

	// A fused escaper or join gets its values as they are: a string is
	// escaped without being made an interface.
	if esc := valueEscapers[name]; esc != nil && len(vals) == 1 {
		a := vals[0]
		str := func(s *state, dot, dollar, final reflect.Value) string {
			out, err := esc(a(s, dot, dollar, final))
			if err != nil {
				decline()
			}
			return out
		}
		return strValue(str), str, nil
	}
	if jn := c.fused.joins[name]; jn != nil && len(vals) == len(jn.vescs) {
		str := func(s *state, dot, dollar, final reflect.Value) string {
			out, err := jn.write(func(i int) (string, error) { return jn.vescs[i](vals[i](s, dot, dollar, final)) })
			if err != nil {
				decline()
			}
			return out
		}
		return strValue(str), str, nil
	}
	switch f := fn.(type) {
	case func(any) string:
		a := vals[0]
		str := func(s *state, dot, dollar, final reflect.Value) string {
			return f(a(s, dot, dollar, final).Interface())
		}
		return strValue(str), str, nil
	case func(...any) string:
		str := func(s *state, dot, dollar, final reflect.Value) string {
			var buf [8]any
			xs := buf[:0]
			for _, e := range vals {
				xs = append(xs, e(s, dot, dollar, final).Interface())
			}
			return f(xs...)
		}
		return strValue(str), str, nil
	case func(string) string:
		a := vals[0]
		str := func(s *state, dot, dollar, final reflect.Value) string { return f(a(s, dot, dollar, final).String()) }
		return strValue(str), str, nil
	case func(string, ...any) string:
		// printf, and functions like it.
		format, rest := vals[0], vals[1:]
		str := func(s *state, dot, dollar, final reflect.Value) string {
			var buf [4]any
			xs := buf[:0]
			for _, e := range rest {
				xs = append(xs, e(s, dot, dollar, final).Interface())
			}
			return f(format(s, dot, dollar, final).String(), xs...)
		}
		return strValue(str), str, nil
	case func(string, any) template.HTML:
		a, b := vals[0], vals[1]
		return func(s *state, dot, dollar, final reflect.Value) reflect.Value {
			return reflect.ValueOf(f(a(s, dot, dollar, final).String(), b(s, dot, dollar, final).Interface()))
		}, nil, nil
	case func(any) *rangeOut:
		a := vals[0]
		return func(s *state, dot, dollar, final reflect.Value) reflect.Value {
			return reflect.ValueOf(f(a(s, dot, dollar, final).Interface()))
		}, nil, nil
	}
	return func(s *state, dot, dollar, final reflect.Value) reflect.Value {
		argv := make([]reflect.Value, len(vals))
		for i, e := range vals {
			argv[i] = e(s, dot, dollar, final)
		}
		out := fv.Call(argv)
		if len(out) == 2 && !out[1].IsNil() {
			decline()
		}
		if out[0].Type() == reflectValueType {
			decline()
		}
		return out[0]
	}, nil, nil
}

var reflectValueType = reflect.TypeFor[reflect.Value]()

// strValue is a string function's call as an expr.
func strValue(str strExpr) expr {
	return func(s *state, dot, dollar, final reflect.Value) reflect.Value {
		return reflect.ValueOf(str(s, dot, dollar, final))
	}
}

// typedArg compiles an argument for a parameter of type t.
func (c *compiler) typedArg(n parse.Node, t reflect.Type) (expr, error) {
	switch n := n.(type) {
	case *parse.StringNode:
		if t.Kind() == reflect.String {
			v := reflect.New(t).Elem()
			v.SetString(n.Text)
			return func(*state, reflect.Value, reflect.Value, reflect.Value) reflect.Value { return v }, nil
		}
	case *parse.NumberNode:
		if isIntKind(t.Kind()) && n.IsInt {
			v := reflect.New(t).Elem()
			if v.OverflowInt(n.Int64) {
				return nil, errNotCompiled
			}
			v.SetInt(n.Int64)
			return func(*state, reflect.Value, reflect.Value, reflect.Value) reflect.Value { return v }, nil
		}
	case *parse.BoolNode:
		if t.Kind() == reflect.Bool {
			v := reflect.New(t).Elem()
			v.SetBool(n.True)
			return func(*state, reflect.Value, reflect.Value, reflect.Value) reflect.Value { return v }, nil
		}
	}
	switch n.(type) {
	case *parse.StringNode, *parse.NumberNode, *parse.BoolNode:
		if t.Kind() != reflect.Interface || t.NumMethod() != 0 {
			return nil, errNotCompiled
		}
	}
	e, err := c.arg(n)
	if err != nil {
		return nil, err
	}
	return func(s *state, dot, dollar, final reflect.Value) reflect.Value {
		return assign(e(s, dot, dollar, final), t)
	}, nil
}

func isIntKind(k reflect.Kind) bool {
	switch k {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return true
	}
	return false
}

// assign is v as a value of type t, as text/template passes it; where
// text/template would convert it (an invalid value, a pointer to
// dereference) or fail, it declines.
func assign(v reflect.Value, t reflect.Type) reflect.Value {
	if !v.IsValid() {
		decline()
	}
	if v.Type().AssignableTo(t) {
		return v
	}
	if v.Kind() == reflect.Interface && !v.IsNil() {
		if e := v.Elem(); e.Type().AssignableTo(t) {
			return e
		}
	}
	decline()
	return v
}

// write executes p into w through a buffer of its own, for a writer
// that is not a buffer.
func (p *program) write(w io.Writer, data any) (bool, error) {
	if b, ok := w.(*bytes.Buffer); ok {
		return p.run(b, data), nil
	}
	b := renderBufs.Get().(*bytes.Buffer)
	defer putRenderBuf(b)
	if !p.run(b, data) {
		return false, nil
	}
	_, err := w.Write(b.Bytes())
	return true, err
}

// Program is a caller's own small template compiled as a layout is: the
// email renderer runs a block of its layout on its own for each message.
type Program struct {
	prog *program
}

// CompileEscaped fuses the escapers of t, an html/template that has
// executed (so html/template has escaped it) and is not parsed again,
// and compiles it; funcs are the functions t was parsed with. It returns
// nil when t uses more than programs cover. Either way t still executes
// as before, on the fused trees.
func CompileEscaped(t *template.Template, funcs template.FuncMap) *Program {
	t.Funcs(fusedFuncs())
	all := template.FuncMap{}
	maps.Copy(all, funcs)
	maps.Copy(all, fusedFuncs())
	j := fuse(t, htmlFuncs(funcs))
	maps.Copy(all, j.funcs)
	p := compile(t, t.Name(), all, j)
	if p == nil {
		return nil
	}
	return &Program{prog: p}
}

// Run appends what the template writes for data to b and reports
// whether it did; when it did not (see program), b is as it was and the
// caller executes the template instead.
func (p *Program) Run(b *bytes.Buffer, data any) bool { return p.prog.run(b, data) }

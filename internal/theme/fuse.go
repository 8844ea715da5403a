package theme

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"reflect"
	"strconv"
	"strings"
	"text/template/parse"
)

// html/template escapes every value a layout prints by adding escaper
// functions to the end of its pipeline; a URL in a quoted attribute gets
// three of them (filter, normalise, attribute-escape). Each is a call
// through reflection, the biggest part of a page's template time, and a
// page prints a dozen URLs. Once a layout's set is escaped, fuse replaces
// each such run of escapers with one function that writes what the run
// writes. A URL none of the run's escapers changes (one scan finds it)
// is returned as it is; text for HTML, an attribute or RCDATA goes
// through the replacement table their escaper uses, and an int through
// strconv; any other value goes through the run itself, in a template
// html/template escapes the same way. The tests compare each with
// html/template byte for byte.

// fusion is a run of html/template's escapers and the one function that
// stands for it.
type fusion struct {
	chain []string // the escapers' names, in pipeline order
	name  string   // the template function that replaces them
	fn    func(v any) (string, error)
	// str is fn for a string, which a caller holding a reflect.Value
	// of one passes without making an interface of it (an allocation).
	str func(s string) (string, error)
}

// A function the fused trees call returns its string alone and reports
// an error by panicking with it: text/template turns the panic into the
// same "error calling NAME: ..." an error result makes, and a call with
// one result costs an allocation less through reflection (a page makes
// dozens of these calls).

// mustEscape is fn as a template function: the string alone, panicking
// with the error.
func mustEscape(fn func(any) (string, error)) func(any) string {
	return func(v any) string {
		s, err := fn(v)
		if err != nil {
			panic(err)
		}
		return s
	}
}

var fusions = []fusion{
	{
		// href="{{ . }}", src="{{ . }}": the start of a URL in a quoted attribute.
		chain: []string{"_html_template_urlfilter", "_html_template_urlnormalizer", "_html_template_attrescaper"},
		name:  "_gen_url_attr",
		fn: func(v any) (string, error) {
			if s, ok := v.(string); ok && urlUnchanged(s, urlAttrKeeps, true) {
				return s, nil
			}
			return urlAttr.escape(v)
		},
		str: func(s string) (string, error) {
			if urlUnchanged(s, urlAttrKeeps, true) {
				return s, nil
			}
			return urlAttr.escape(s)
		},
	},
	{
		// href="#{{ . }}", href="/x/?q={{ . }}": a URL's later part in a
		// quoted attribute.
		chain: []string{"_html_template_urlescaper", "_html_template_attrescaper"},
		name:  "_gen_urlpart_attr",
		fn: func(v any) (string, error) {
			if s, ok := v.(string); ok && urlUnchanged(s, urlPartKeeps, false) {
				return s, nil
			}
			return urlPartAttr.escape(v)
		},
		str: func(s string) (string, error) {
			if urlUnchanged(s, urlPartKeeps, false) {
				return s, nil
			}
			return urlPartAttr.escape(s)
		},
	},
	{
		// <style>{{ . }}</style>: a CSS value in a stylesheet.
		chain: []string{"_html_template_cssvaluefilter"},
		name:  "_gen_css",
		fn: func(v any) (string, error) {
			switch s := v.(type) {
			case template.CSS:
				return string(s), nil
			case int:
				return strconv.Itoa(s), nil
			}
			return css.escape(v)
		},
	},
	{
		// style="width:{{ . }}px": a CSS value in a quoted attribute
		// (before _gen_attr, whose chain ends this one).
		chain: []string{"_html_template_cssvaluefilter", "_html_template_attrescaper"},
		name:  "_gen_css_attr",
		fn: func(v any) (string, error) {
			// Digits and a minus sign pass the filter and the attribute
			// escaper alike; typed CSS is still escaped for the attribute.
			if n, ok := v.(int); ok {
				return strconv.Itoa(n), nil
			}
			return cssAttr.escape(v)
		},
	},
	{
		// <title>{{ . }}</title>, and textarea's text.
		chain: []string{"_html_template_rcdataescaper"},
		name:  "_gen_rcdata",
		fn:    func(v any) (string, error) { return escapeText(v, rcdata) },
		str:   replaceString,
	},
	{
		// title="{{ . }}": a quoted attribute that is not a URL.
		chain: []string{"_html_template_attrescaper"},
		name:  "_gen_attr",
		fn:    func(v any) (string, error) { return escapeText(v, attr) },
		str:   replaceString,
	},
	{
		// <p>{{ . }}</p>: HTML text.
		chain: []string{"_html_template_htmlescaper"},
		name:  "_gen_html",
		fn: func(v any) (string, error) {
			switch s := v.(type) {
			case string:
				return htmlReplace(s), nil
			case template.HTML:
				return string(s), nil
			case int:
				return strconv.Itoa(s), nil
			}
			return html.escape(v)
		},
		str: replaceString,
	},
}

// replaceString is htmlReplace as an escaper of a string.
func replaceString(s string) (string, error) { return htmlReplace(s), nil }

// valueEscaper escapes a reflect.Value as a fused escaper or printHTML
// escapes its interface value: a string, or template.HTML in HTML text,
// without making the interface.
type valueEscaper func(v reflect.Value) (string, error)

// errUnexported is the error of a value that cannot be made an
// interface; text/template does not hand such values on either.
var errUnexported = errors.New("value of an unexported field")

// valueEscaperOf returns the valueEscaper of esc, whose string form is
// str (nil if it has none); with str nil and esc printHTML, a
// template.HTML is printed as it is.
func valueEscaperOf(esc func(any) (string, error), str func(string) (string, error), html bool) valueEscaper {
	return func(v reflect.Value) (string, error) {
		switch t := v.Type(); {
		case str != nil && t == stringType:
			return str(v.String())
		case html && t == htmlType:
			return v.String(), nil
		case !v.CanInterface():
			return "", errUnexported
		}
		return esc(v.Interface())
	}
}

// escapeText escapes a string or an int for RCDATA or a quoted
// attribute, whose escapers treat both the same way, and any other value
// through the run it stands for.
func escapeText(v any, run *escapeRun) (string, error) {
	switch s := v.(type) {
	case string:
		return htmlReplace(s), nil
	case int:
		return strconv.Itoa(s), nil
	}
	return run.escape(v)
}

// htmlReplace escapes text for HTML text, a quoted attribute or RCDATA,
// as the escapers of those escape a string: NUL becomes U+FFFD, and
// " & ' + < > their character references. Every other byte stays,
// invalid UTF-8 included; none of these bytes occurs inside a multi-byte
// character, so a byte scan finds them.
func htmlReplace(s string) string {
	i := 0
	for i < len(s) && htmlReplacement[s[i]] == "" {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		if r := htmlReplacement[s[i]]; r != "" {
			b.WriteString(r)
		} else {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

var htmlReplacement = [256]string{
	0:    "\uFFFD",
	'"':  "&#34;",
	'&':  "&amp;",
	'\'': "&#39;",
	'+':  "&#43;",
	'<':  "&lt;",
	'>':  "&gt;",
}

// fusedFuncs are the fused functions, for the template sets' FuncMap.
func fusedFuncs() template.FuncMap {
	m := template.FuncMap{}
	for name, fn := range escapers {
		m[name] = mustEscape(fn)
	}
	return m
}

// urlAttrKeeps marks the bytes none of a URL's escapers in an attribute
// changes: letters, digits, the unreserved -._~ and the reserved
// characters the normaliser leaves, but for &, + and ' which the
// attribute escaper encodes. The normaliser also keeps a % before two hex
// digits (an escape already made), which urlUnchanged checks.
var urlAttrKeeps = byteSet("!#$*,/:;=?@[]-._~")

// urlPartKeeps marks the bytes the URL escaper keeps: letters, digits and
// the unreserved -._~. It encodes every %.
var urlPartKeeps = byteSet("-._~")

func byteSet(punct string) (set [256]bool) {
	for c := '0'; c <= '9'; c++ {
		set[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		set[c] = true
		set[c-'a'+'A'] = true
	}
	for i := range len(punct) {
		set[punct[i]] = true
	}
	return set
}

// urlUnchanged reports whether s has only bytes keep marks (or, with
// escapes, a % that starts an escape) and, if it has
// a scheme, that is one the URL filter lets through (http, https, mailto):
// then the escapers return s as it is.
func urlUnchanged(s string, keep [256]bool, escapes bool) bool {
	for i := range len(s) {
		if !keep[s[i]] && !(escapes && s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2])) {
			return false
		}
	}
	scheme, _, ok := strings.Cut(s, ":")
	return !ok || strings.Contains(scheme, "/") ||
		strings.EqualFold(scheme, "http") || strings.EqualFold(scheme, "https") || strings.EqualFold(scheme, "mailto")
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// escapeRun executes a value through a run of escapers: a template whose
// one action html/template escapes with that run, between prefix and
// suffix text.
type escapeRun struct {
	t              *template.Template
	prefix, suffix string
}

var (
	urlAttr     = newEscapeRun(`<a href="`, `">`)
	urlPartAttr = newEscapeRun(`<a href="#`, `">`)
	rcdata      = newEscapeRun(`<title>`, `</title>`)
	attr        = newEscapeRun(`<a title="`, `">`)
	html        = newEscapeRun(`<p>`, `</p>`)
	css         = newEscapeRun(`<style>`, `</style>`)
	cssAttr     = newEscapeRun(`<b style="`, `">`)
)

func newEscapeRun(prefix, suffix string) *escapeRun {
	return &escapeRun{t: template.Must(template.New("").Parse(prefix + "{{ . }}" + suffix)), prefix: prefix, suffix: suffix}
}

// escape returns what the run makes of v. The template gets v as a
// reflect.Value, so it is its dot exactly as the pipeline's value was.
func (e *escapeRun) escape(v any) (string, error) {
	var b bytes.Buffer
	if err := e.t.Execute(&b, reflect.ValueOf(v)); err != nil {
		return "", err
	}
	out := b.String()
	return out[len(e.prefix) : len(out)-len(e.suffix)], nil
}

// fuse replaces the runs of escapers in the trees of set, which must be
// escaped and must not be escaped again: html/template would add the run
// once more after the fused function. htmlFuncs names the functions that
// return template.HTML: HTML text's escaper returns what they return as
// it is, so a call of one in HTML text needs no escaper at all.
func fuse(set *template.Template, htmlFuncs map[string]bool) *joiner {
	j := joiner{funcs: template.FuncMap{}, htmlFuncs: htmlFuncs}
	for _, t := range set.Templates() {
		if t.Tree != nil {
			fuseTree(t.Tree.Root, htmlFuncs)
			eachList(t.Tree.Root, j.list)
		}
	}
	set.Funcs(j.funcs)
	return &j
}

// escapers are the fused functions by name.
var escapers = func() map[string]func(any) (string, error) {
	m := map[string]func(any) (string, error){}
	for _, f := range fusions {
		m[f.name] = f.fn
	}
	return m
}()

// valueEscapers are the fused functions as valueEscapers, by name.
var valueEscapers = func() map[string]valueEscaper {
	m := map[string]valueEscaper{}
	for _, f := range fusions {
		m[f.name] = valueEscaperOf(f.fn, f.str, false)
	}
	return m
}()

// joiner joins the actions of a run of them with only text between, each
// ending with a fused escaper or a call of a function that returns
// template.HTML in HTML text, into one action that calls a function of
// the run: one call instead of one per action, for a table of contents'
// link and title, or a page's og: tags. The function gets the value each
// action's pipeline makes, evaluated by text/template as before, escapes
// it as the action did and writes the text between them.
type joiner struct {
	funcs     template.FuncMap // the runs' functions, by name
	joins     map[string]*joined
	htmlFuncs map[string]bool
	ranges    map[*parse.RangeNode]bool // the ranges given a function
	// rangeFuncs and joins are the functions of ranges and of joined
	// runs, by name, for compile.
	rangeFuncs map[string]*rangeFunc
}

// printHTML writes what a function that returns template.HTML returned,
// as text/template prints it.
func printHTML(v any) (string, error) {
	h, ok := v.(template.HTML)
	if !ok {
		return "", fmt.Errorf("want template.HTML, got %T", v)
	}
	return string(h), nil
}

func (j *joiner) list(l *parse.ListNode) {
	for i, n := range l.Nodes {
		if r, ok := n.(*parse.RangeNode); ok && !j.ranges[r] {
			// The range stays as the else of its replacement, where
			// this walk meets it again.
			if parts, ok := rangeBody(r); ok {
				if j.ranges == nil {
					j.ranges = map[*parse.RangeNode]bool{}
				}
				j.ranges[r] = true
				l.Nodes[i] = j.joinRange(r, parts)
			}
		}
	}
	out := l.Nodes[:0:0]
	for i := 0; i < len(l.Nodes); {
		end := i
		if p, _ := j.part(l.Nodes[i]); p != nil {
			for end+2 < len(l.Nodes) && l.Nodes[end+1].Type() == parse.NodeText && j.joinable(l.Nodes[end+2]) {
				end += 2
			}
		}
		if end == i {
			out = append(out, l.Nodes[i])
			i++
			continue
		}
		out = append(out, j.join(l.Nodes[i:end+1]))
		i = end + 1
	}
	l.Nodes = out
}

func (j *joiner) joinable(n parse.Node) bool {
	p, _ := j.part(n)
	return p != nil
}

// part returns how n's value is printed, if n is an action that prints
// (declares no variable) and ends with a fused escaper (escaped) or a
// call of a function that returns template.HTML in HTML text (not).
func (j *joiner) part(n parse.Node) (out func(any) (string, error), escaped bool) {
	out, _, escaped = j.valuePart(n)
	return out, escaped
}

// valuePart is part, with the valueEscaper of out.
func (j *joiner) valuePart(n parse.Node) (out func(any) (string, error), vout valueEscaper, escaped bool) {
	a, ok := n.(*parse.ActionNode)
	if !ok || len(a.Pipe.Decl) != 0 || len(a.Pipe.Cmds) == 0 {
		return nil, nil, false
	}
	last := a.Pipe.Cmds[len(a.Pipe.Cmds)-1]
	id, ok := last.Args[0].(*parse.IdentifierNode)
	switch {
	case !ok:
		return nil, nil, false
	case len(last.Args) == 1 && len(a.Pipe.Cmds) >= 2 && escapers[id.Ident] != nil:
		return escapers[id.Ident], valueEscapers[id.Ident], true
	case j.htmlFuncs[id.Ident]:
		return printHTML, printHTMLValue, false
	}
	return nil, nil, false
}

// printHTMLValue is printHTML as a valueEscaper.
var printHTMLValue = valueEscaperOf(printHTML, nil, true)

// joined is a joined run's parts: how to escape each action's value and
// the texts between them.
type joined struct {
	escs    []func(any) (string, error)
	vescs   []valueEscaper
	texts   []string
	textLen int
}

// write escapes the values (one per action) and writes the run; s is
// an action's value as a string, or the escape's error.
func (jn *joined) write(escape func(i int) (string, error)) (string, error) {
	// The parts are escaped first and the result made once at its
	// size: a part may be a page's whole body.
	var parts [8]string
	escaped := parts[:0]
	n := jn.textLen
	for i := range jn.escs {
		s, err := escape(i)
		if err != nil {
			return "", err
		}
		escaped = append(escaped, s)
		n += len(s)
	}
	var b strings.Builder
	b.Grow(n)
	for i, s := range escaped {
		b.WriteString(s)
		if i < len(jn.texts) {
			b.WriteString(jn.texts[i])
		}
	}
	return b.String(), nil
}

// join makes one action of nodes: actions with a text between each two.
func (j *joiner) join(nodes []parse.Node) parse.Node {
	first := nodes[0].(*parse.ActionNode)
	name := "_gen_join_" + strconv.Itoa(len(j.funcs))
	call := &parse.CommandNode{NodeType: parse.NodeCommand, Pos: first.Pos,
		Args: []parse.Node{parse.NewIdentifier(name).SetPos(first.Pos)}}
	jn := &joined{}
	for i, n := range nodes {
		if i%2 == 1 {
			jn.texts = append(jn.texts, string(n.(*parse.TextNode).Text))
			continue
		}
		a := n.(*parse.ActionNode)
		out, vout, escaped := j.valuePart(a)
		jn.escs = append(jn.escs, out)
		jn.vescs = append(jn.vescs, vout)
		// The action's own pipeline, without its escaper, is the call's
		// argument: text/template evaluates it as it did the action.
		if escaped {
			a.Pipe.Cmds = a.Pipe.Cmds[:len(a.Pipe.Cmds)-1]
		}
		call.Args = append(call.Args, a.Pipe)
	}
	for _, t := range jn.texts {
		jn.textLen += len(t)
	}
	j.funcs[name] = func(vs ...any) string {
		s, err := jn.write(func(i int) (string, error) { return jn.escs[i](vs[i]) })
		if err != nil {
			panic(err)
		}
		return s
	}
	if j.joins == nil {
		j.joins = map[string]*joined{}
	}
	j.joins[name] = jn
	return &parse.ActionNode{NodeType: parse.NodeAction, Pos: first.Pos, Line: first.Line,
		Pipe: &parse.PipeNode{NodeType: parse.NodePipe, Pos: first.Pos, Line: first.Line, Cmds: []*parse.CommandNode{call}}}
}

// fuseTree replaces the runs of escapers that end the actions of the
// tree at root.
func fuseTree(root *parse.ListNode, htmlFuncs map[string]bool) {
	eachList(root, func(l *parse.ListNode) {
		for _, n := range l.Nodes {
			if a, ok := n.(*parse.ActionNode); ok {
				fusePipe(a.Pipe, htmlFuncs)
			}
		}
	})
}

// eachList calls f with every list of statements in n's tree, each
// before the lists inside it (so f may replace a list's actions).
func eachList(n parse.Node, f func(*parse.ListNode)) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		f(n)
		for _, c := range n.Nodes {
			eachList(c, f)
		}
	case *parse.IfNode:
		eachList(n.List, f)
		eachList(n.ElseList, f)
	case *parse.RangeNode:
		eachList(n.List, f)
		eachList(n.ElseList, f)
	case *parse.WithNode:
		eachList(n.List, f)
		eachList(n.ElseList, f)
	}
}

// htmlEscaper is HTML text's escaper.
const htmlEscaper = "_html_template_htmlescaper"

// fusePipe replaces a run of escapers that ends an action's pipeline.
func fusePipe(p *parse.PipeNode, htmlFuncs map[string]bool) {
	if p == nil {
		return
	}
	if n := len(p.Cmds); n >= 2 && endsWith(p.Cmds[n-1:], []string{htmlEscaper}) {
		if id, ok := p.Cmds[n-2].Args[0].(*parse.IdentifierNode); ok && htmlFuncs[id.Ident] {
			p.Cmds = p.Cmds[:n-1]
			return
		}
	}
	for _, f := range fusions {
		start := len(p.Cmds) - len(f.chain)
		if start < 1 || !endsWith(p.Cmds[start:], f.chain) {
			continue
		}
		p.Cmds[start].Args[0].(*parse.IdentifierNode).Ident = f.name
		p.Cmds = p.Cmds[:start+1]
		return
	}
}

// htmlFuncs returns the names of the functions in funcs whose first
// result is template.HTML.
func htmlFuncs(funcs template.FuncMap) map[string]bool {
	names := map[string]bool{}
	htmlType := reflect.TypeFor[template.HTML]()
	for name, fn := range funcs {
		if t := reflect.TypeOf(fn); t != nil && t.Kind() == reflect.Func && t.NumOut() > 0 && t.Out(0) == htmlType {
			names[name] = true
		}
	}
	return names
}

// endsWith reports whether cmds are the bare escapers of chain.
func endsWith(cmds []*parse.CommandNode, chain []string) bool {
	for i, c := range cmds {
		if len(c.Args) != 1 {
			return false
		}
		id, ok := c.Args[0].(*parse.IdentifierNode)
		if !ok || id.Ident != chain[i] {
			return false
		}
	}
	return true
}

package email

import "text/template/parse"

// The email template gets email.css as .InlineCSS. When the template only
// prints it, as {{ .InlineCSS }}, it can print the inliner's plan
// placeholder instead (a short comment standing for the parsed
// stylesheet), so the stylesheet's text is not read again for every
// message. Any other use (a function of it, a with or if on it, the view
// itself printed or passed on in a way that reaches it) could show its
// text, so it then gets the text.

// printsInlineCSSOnly reports whether the email template set, given as
// its parse trees (theme.Templates.Trees, before it first executes), uses
// .InlineCSS only in plain {{ .InlineCSS }} actions.
func printsInlineCSSOnly(trees map[string]*parse.Tree) bool {
	// The layout runs inside baseof.html when it defines "main" and the
	// set has one (theme.Templates.Execute): walking both covers either.
	u := fieldUses{trees: trees, seen: map[string]bool{}, field: "InlineCSS",
		allowed: func(n parse.Node, dotIsView bool) bool {
			a, ok := n.(*parse.ActionNode)
			return ok && dotIsView && isPlainField(a.Pipe, "InlineCSS")
		}}
	_, hasBase := trees["baseof.html"]
	return u.template(layoutFile, true) && (!hasBase || u.template("baseof.html", true))
}

// fieldUses walks templates, knowing whether dot (and $) is the view, to
// tell whether any of them can see the view's field other than in the
// nodes allowed accepts (which the walk does not enter).
type fieldUses struct {
	trees   map[string]*parse.Tree
	seen    map[string]bool // templates walked with the view as data
	field   string
	allowed func(n parse.Node, dotIsView bool) bool
}

func (u *fieldUses) template(name string, dataIsView bool) bool {
	key := name
	if dataIsView {
		key += "\x00view"
	}
	if u.seen[key] {
		return true
	}
	u.seen[key] = true
	t, ok := u.trees[name]
	if !ok || t.Root == nil {
		return false
	}
	return u.list(t.Root, dataIsView, dataIsView)
}

func (u *fieldUses) list(l *parse.ListNode, dotIsView, dollarIsView bool) bool {
	if l == nil {
		return true
	}
	for _, n := range l.Nodes {
		if !u.node(n, dotIsView, dollarIsView) {
			return false
		}
	}
	return true
}

func (u *fieldUses) node(n parse.Node, dotIsView, dollarIsView bool) bool {
	if u.allowed(n, dotIsView) {
		return true
	}
	switch n := n.(type) {
	case *parse.ActionNode:
		return u.pipe(n.Pipe, dotIsView, dollarIsView)
	case *parse.IfNode:
		return u.branch(&n.BranchNode, dotIsView, dotIsView, dollarIsView)
	case *parse.WithNode:
		return u.branch(&n.BranchNode, false, dotIsView, dollarIsView)
	case *parse.RangeNode:
		return u.branch(&n.BranchNode, false, dotIsView, dollarIsView)
	case *parse.TemplateNode:
		if n.Pipe == nil {
			return u.template(n.Name, false)
		}
		if len(n.Pipe.Decl) == 0 && len(n.Pipe.Cmds) == 1 && len(n.Pipe.Cmds[0].Args) == 1 {
			switch a := n.Pipe.Cmds[0].Args[0].(type) {
			case *parse.DotNode:
				return u.template(n.Name, dotIsView)
			case *parse.VariableNode:
				if len(a.Ident) == 1 && a.Ident[0] == "$" {
					return u.template(n.Name, dollarIsView)
				}
			}
		}
		return u.pipe(n.Pipe, dotIsView, dollarIsView) && u.template(n.Name, false)
	case *parse.ListNode:
		return u.list(n, dotIsView, dollarIsView)
	case *parse.TextNode, *parse.CommentNode, *parse.BreakNode, *parse.ContinueNode:
		return true
	}
	return false // a node this walk does not know
}

// branch walks an if, with or range: its pipeline with the outer dot, its
// body with bodyDotIsView, its else with the outer dot.
func (u *fieldUses) branch(b *parse.BranchNode, bodyDotIsView, dotIsView, dollarIsView bool) bool {
	return u.pipe(b.Pipe, dotIsView, dollarIsView) && u.list(b.List, bodyDotIsView, dollarIsView) &&
		u.list(b.ElseList, dotIsView, dollarIsView)
}

// pipe reports whether a pipeline can neither see the field nor hand the
// view to something that could.
func (u *fieldUses) pipe(p *parse.PipeNode, dotIsView, dollarIsView bool) bool {
	if p == nil {
		return true
	}
	for _, c := range p.Cmds {
		for _, a := range c.Args {
			if !u.arg(a, dotIsView, dollarIsView) {
				return false
			}
		}
	}
	return true
}

func (u *fieldUses) arg(a parse.Node, dotIsView, dollarIsView bool) bool {
	switch a := a.(type) {
	case *parse.DotNode:
		return !dotIsView
	case *parse.FieldNode:
		return !dotIsView || a.Ident[0] != u.field
	case *parse.VariableNode:
		if a.Ident[0] != "$" {
			return true // a variable holds what a pipeline gave it, checked there
		}
		return !dollarIsView || len(a.Ident) > 1 && a.Ident[1] != u.field
	case *parse.ChainNode:
		return u.arg(a.Node, dotIsView, dollarIsView)
	case *parse.PipeNode:
		return u.pipe(a, dotIsView, dollarIsView)
	case *parse.IdentifierNode, *parse.StringNode, *parse.NumberNode, *parse.BoolNode, *parse.NilNode:
		return true
	}
	return false
}

// isPlainField reports whether a pipeline is just the field of dot.
func isPlainField(p *parse.PipeNode, field string) bool {
	if p == nil || len(p.Decl) != 0 || len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 1 {
		return false
	}
	f, ok := p.Cmds[0].Args[0].(*parse.FieldNode)
	return ok && len(f.Ident) == 1 && f.Ident[0] == field
}

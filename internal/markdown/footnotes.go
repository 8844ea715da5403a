package markdown

import (
	"cmp"
	"slices"

	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// footnotes is goldmark's footnote extension with the same syntax, AST and
// HTML, in linear time. Goldmark's looks up every reference by walking the
// list of definitions and sorts the list with an insertion sort, so a page
// with 20,000 footnotes took minutes. footnotes keeps goldmark's
// definition parser and renderer, finds references in a map and sorts with
// slices.SortFunc.
type footnotes struct{}

func (footnotes) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(
		parser.WithBlockParsers(util.Prioritized(footnoteDefs{extension.NewFootnoteBlockParser()}, 999)),
		parser.WithInlineParsers(util.Prioritized(footnoteRefs{}, 101)),
		parser.WithASTTransformers(util.Prioritized(footnoteList{}, 999)),
	)
	m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(extension.NewFootnoteHTMLRenderer(), 500)))
}

// footnoteLabelLimit is the longest label goldmark looks for, in bytes.
const footnoteLabelLimit = 999

var footnoteKey = parser.NewContextKey()

// footnoteState is one parse's footnotes: the list goldmark's definition
// parser builds, the first definition of each label, and the references in
// the order they were found.
type footnoteState struct {
	list    *ast.FootnoteList
	byLabel map[string]*ast.Footnote
	links   []*ast.FootnoteLink
}

func footnotesOf(pc parser.Context) *footnoteState {
	st, _ := pc.Get(footnoteKey).(*footnoteState)
	return st
}

// footnoteDefs is goldmark's definition parser; it also indexes each
// definition by its label once goldmark has moved it into the list.
type footnoteDefs struct{ parser.BlockParser }

func (d footnoteDefs) Close(node gast.Node, reader text.Reader, pc parser.Context) {
	d.BlockParser.Close(node, reader, pc)
	fn, ok := node.(*ast.Footnote)
	list, isList := node.Parent().(*ast.FootnoteList)
	if !ok || !isList {
		return
	}
	st := footnotesOf(pc)
	if st == nil {
		st = &footnoteState{byLabel: map[string]*ast.Footnote{}}
		pc.Set(footnoteKey, st)
	}
	st.list = list
	if _, dup := st.byLabel[string(fn.Ref)]; !dup {
		st.byLabel[string(fn.Ref)] = fn
	}
}

// footnoteRefs parses references, "[^label]", as goldmark's does.
type footnoteRefs struct{}

func (footnoteRefs) Trigger() []byte { return []byte{'!', '['} }

func (footnoteRefs) Parse(parent gast.Node, block text.Reader, pc parser.Context) gast.Node {
	st := footnotesOf(pc)
	if st == nil {
		return nil
	}
	line, segment := block.PeekLine()
	pos := 1
	if len(line) > 0 && line[0] == '!' {
		pos++
	}
	if pos+1 >= len(line) || line[pos] != '^' {
		return nil
	}
	pos++
	//lint:ignore SA1019 goldmark's footnote parser finds labels this way; the same call finds the same labels
	closure := util.FindClosure(line[pos:min(len(line), pos+footnoteLabelLimit)], '[', ']', false, false)
	if closure < 0 {
		return nil
	}
	def := st.byLabel[string(block.Value(text.NewSegment(segment.Start+pos, segment.Start+pos+closure)))]
	if def == nil {
		return nil
	}
	block.Advance(pos + closure + 1)
	if def.Index < 0 {
		st.list.Count++
		def.Index = st.list.Count
	}
	link := ast.NewFootnoteLink(def.Index)
	st.links = append(st.links, link)
	if line[0] == '!' {
		parent.AppendChild(parent, gast.NewTextSegment(text.NewSegment(segment.Start, segment.Start+1)))
	}
	return link
}

// footnoteList numbers the references, adds the back links, drops the
// definitions nothing refers to and moves the list, in reference order, to
// the end of the document: what goldmark's transformer does.
type footnoteList struct{}

func (footnoteList) Transform(doc *gast.Document, _ text.Reader, pc parser.Context) {
	st := footnotesOf(pc)
	if st == nil || st.list == nil {
		return
	}
	pc.Set(footnoteKey, nil)
	list := st.list
	refs := map[int]int{}
	for _, l := range st.links {
		refs[l.Index]++
	}
	seen := map[int]int{}
	for _, l := range st.links {
		l.RefCount = refs[l.Index]
		l.RefIndex = seen[l.Index]
		seen[l.Index]++
	}
	var kept []*ast.Footnote
	for c := list.FirstChild(); c != nil; c = c.NextSibling() {
		fn := c.(*ast.Footnote)
		if fn.Index < 0 {
			continue
		}
		kept = append(kept, fn)
		var container gast.Node = fn
		if last := fn.LastChild(); last != nil && gast.IsParagraph(last) {
			container = last
		}
		for i := range max(refs[fn.Index], 1) {
			back := ast.NewFootnoteBacklink(fn.Index)
			back.RefCount, back.RefIndex = refs[fn.Index], i
			container.AppendChild(container, back)
		}
	}
	if list.Count <= 0 {
		list.Parent().RemoveChild(list.Parent(), list)
		return
	}
	slices.SortFunc(kept, func(a, b *ast.Footnote) int { return cmp.Compare(a.Index, b.Index) })
	list.RemoveChildren(list)
	for _, fn := range kept {
		list.AppendChild(list, fn)
	}
	doc.AppendChild(doc, list)
}

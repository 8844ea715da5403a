package markdown

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// tableCellRenderer renders table cells as goldmark's table renderer
// does, but writes an aligned cell's style as it goes. Goldmark's sets
// the style on the cell first, an attribute allocated for every aligned
// cell and kept by the tree (a large table's render spent a quarter of
// its time there), and a tree rendered a second time, as an issue's is
// for its email, got the style twice. A cell that has attributes of its
// own is left to goldmark's renderer, which merges the style into them.
type tableCellRenderer struct {
	table *extension.TableHTMLRenderer
	cell  renderer.NodeRendererFunc
}

func newTableCellRenderer() *tableCellRenderer {
	t := &tableCellRenderer{table: extension.NewTableHTMLRenderer().(*extension.TableHTMLRenderer)}
	t.table.RegisterFuncs(t)
	return t
}

// Register keeps the table renderer's cell func, for cells with
// attributes (tableCellRenderer is the registerer it is given).
func (t *tableCellRenderer) Register(kind ast.NodeKind, f renderer.NodeRendererFunc) {
	if kind == east.KindTableCell {
		t.cell = f
	}
}

// SetOption passes the renderer's options (XHTML picks the align
// attribute over the style) on to the table renderer.
func (t *tableCellRenderer) SetOption(name renderer.OptionName, value any) {
	t.table.SetOption(name, value)
}

func (t *tableCellRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(east.KindTableCell, t.render)
}

func (t *tableCellRenderer) render(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*east.TableCell)
	if n.Attributes() != nil {
		return t.cell(w, src, node, entering)
	}
	tag := "td"
	if n.Parent().Kind() == east.KindTableHeader {
		tag = "th"
	}
	if !entering {
		_, _ = w.WriteString("</" + tag + ">\n")
		return ast.WalkContinue, nil
	}
	_, _ = w.WriteString("<" + tag)
	if n.Alignment != east.AlignNone {
		method := t.table.TableCellAlignMethod
		if method == extension.TableCellAlignDefault {
			method = extension.TableCellAlignStyle
			if t.table.XHTML {
				method = extension.TableCellAlignAttribute
			}
		}
		switch method {
		case extension.TableCellAlignAttribute:
			_, _ = w.WriteString(` align="` + n.Alignment.String() + `"`)
		case extension.TableCellAlignStyle:
			_, _ = w.WriteString(` style="text-align:` + n.Alignment.String() + `"`)
		}
	}
	_ = w.WriteByte('>')
	return ast.WalkContinue, nil
}

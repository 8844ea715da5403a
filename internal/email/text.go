package email

import (
	"fmt"
	"html"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/claritynotes/gen/internal/content"
)

// TextWidth is the column plain-text email is wrapped at.
const TextWidth = 72

// plainText writes the text/plain alternative from the Markdown AST, not
// by stripping HTML: headings underlined, lists and quotes indented, code
// kept as is, links as numbered references, wrapped at 72 columns, ending
// with the next step and the unsubscribe line.
func (r *Renderer) plainText(p *content.Page, is *issue) string {
	tw := &textWriter{src: p.Body, links: is.links, refs: map[string]int{}}
	var out []string
	add := func(lines ...string) { out = append(out, lines...) }

	meta := []string{r.cfg.Newsletter.Name}
	if p.Issue > 0 {
		meta = append(meta, fmt.Sprintf("Issue %d", p.Issue))
	}
	if !p.Date.IsZero() {
		meta = append(meta, p.Date.Format("January 2, 2006"))
	}
	add(wrap(strings.Join(meta, " · "), TextWidth)...)
	add("View online: "+tokenWebVersion, "")
	title := wrap(p.Title, TextWidth)
	add(title...)
	add(strings.Repeat("=", min(maxWidth(title), TextWidth)), "")
	if is.sal.Greeting != "" {
		add(wrap(is.sal.greeting(func(s string) string { return s }), TextWidth)...)
		add("")
	}

	for n := p.AST.FirstChild(); n != nil; n = n.NextSibling() {
		if lines := tw.block(n, TextWidth); len(lines) > 0 {
			add(lines...)
			add("")
		}
	}
	if lines := is.sal.signoffLines(); len(lines) > 0 {
		add(lines...)
		add("")
	}
	if len(tw.urls) > 0 {
		add("Links:")
		for i, u := range tw.urls {
			add(fmt.Sprintf("[%d] %s", i+1, u))
		}
		add("")
	}
	if is.cta != nil {
		add(wrap("Next step: "+is.cta.Text, TextWidth)...)
		add(is.cta.URL, "")
	} else {
		add("Read this issue on the web:", tokenWebVersion, "")
	}
	add("-- ")
	add(wrap(fmt.Sprintf("You are receiving %s because you subscribed. Replies reach a person.", r.cfg.Newsletter.Name), TextWidth)...)
	add("Unsubscribe: " + tokenUnsubscribe)
	return strings.Join(out, "\n") + "\n"
}

type textWriter struct {
	src   []byte
	links *linker
	refs  map[string]int
	urls  []string
}

// ref numbers a URL for the reference list, reusing numbers for repeats.
func (tw *textWriter) ref(u string) int {
	if n, ok := tw.refs[u]; ok {
		return n
	}
	tw.urls = append(tw.urls, u)
	tw.refs[u] = len(tw.urls)
	return len(tw.urls)
}

// block renders one block node as lines no wider than width (code and
// long words excepted).
func (tw *textWriter) block(n ast.Node, width int) []string {
	switch n := n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		return wrapLines(tw.inline(n), width)
	case *ast.Heading:
		lines := wrapLines(tw.inline(n), width)
		switch n.Level {
		case 1:
			return append(lines, strings.Repeat("=", maxWidth(lines)))
		case 2:
			return append(lines, strings.Repeat("-", maxWidth(lines)))
		}
		return lines
	case *ast.ThematicBreak:
		return []string{"* * *"}
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		var lines []string
		for i := 0; i < n.Lines().Len(); i++ {
			s := n.Lines().At(i)
			lines = append(lines, strings.TrimRight("    "+string(s.Value(tw.src)), " \t\r\n"))
		}
		return lines
	case *ast.Blockquote:
		var lines []string
		for i, l := range tw.children(n, width-2) {
			_ = i
			if l == "" {
				lines = append(lines, ">")
			} else {
				lines = append(lines, "> "+l)
			}
		}
		return lines
	case *ast.List:
		return tw.list(n, width)
	case *ast.HTMLBlock:
		return nil // raw HTML has no plain-text form; <!--more--> and the like
	case *east.Table:
		return tw.table(n)
	case *east.DefinitionList:
		var lines []string
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c.(type) {
			case *east.DefinitionTerm:
				lines = append(lines, wrapLines(tw.inline(c), width)...)
			case *east.DefinitionDescription:
				lines = append(lines, indent(tw.children(c, width-4), "    ", "    ")...)
			}
		}
		return lines
	case *east.FootnoteList:
		lines := []string{"Notes:"}
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			fn, ok := c.(*east.Footnote)
			if !ok {
				continue
			}
			mark := fmt.Sprintf("[^%d] ", fn.Index)
			lines = append(lines, indent(tw.children(fn, width-len(mark)), mark, strings.Repeat(" ", len(mark)))...)
		}
		return lines
	}
	return tw.children(n, width)
}

// children renders a container's blocks separated by blank lines.
func (tw *textWriter) children(n ast.Node, width int) []string {
	var lines []string
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		b := tw.block(c, width)
		if len(b) == 0 {
			continue
		}
		if len(lines) > 0 {
			lines = append(lines, "")
		}
		lines = append(lines, b...)
	}
	return lines
}

func (tw *textWriter) list(l *ast.List, width int) []string {
	var lines []string
	num := l.Start
	if num == 0 {
		num = 1
	}
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		mark := "- "
		if l.IsOrdered() {
			mark = fmt.Sprintf("%d. ", num)
			num++
		}
		body := tw.children(item, width-len(mark))
		if !l.IsTight && len(lines) > 0 {
			lines = append(lines, "")
		}
		lines = append(lines, indent(body, mark, strings.Repeat(" ", len(mark)))...)
	}
	return lines
}

func (tw *textWriter) table(t *east.Table) []string {
	var lines []string
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []string
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, strings.TrimSpace(tw.inline(c)))
		}
		line := strings.Join(cells, " | ")
		lines = append(lines, line)
		if _, ok := row.(*east.TableHeader); ok {
			lines = append(lines, strings.Repeat("-", utf8.RuneCountInString(line)))
		}
	}
	return lines
}

// inline renders inline content; "\n" marks a hard line break.
func (tw *textWriter) inline(n ast.Node) string {
	var b strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Segment.Value(tw.src))
			switch {
			case c.HardLineBreak():
				b.WriteByte('\n')
			case c.SoftLineBreak():
				b.WriteByte(' ')
			}
		case *ast.String:
			// The typographer's quotes and dashes arrive as HTML entities.
			b.WriteString(html.UnescapeString(string(c.Value)))
		case *ast.CodeSpan:
			b.WriteString(tw.inline(c))
		case *ast.Emphasis:
			mark := "_"
			if c.Level == 2 {
				mark = "*"
			}
			b.WriteString(mark + tw.inline(c) + mark)
		case *ast.Link:
			u := tw.links.link(string(c.Destination))
			text := tw.inline(c)
			if u == "" { // no destination, or one that could run script
				b.WriteString(text)
			} else if text == string(c.Destination) || text == u {
				b.WriteString(u)
			} else {
				fmt.Fprintf(&b, "%s [%d]", text, tw.ref(u))
			}
		case *ast.AutoLink:
			u := string(c.URL(tw.src))
			if c.AutoLinkType == ast.AutoLinkEmail {
				b.WriteString(u)
			} else {
				b.WriteString(tw.links.link(u))
			}
		case *ast.Image:
			alt := tw.inline(c)
			if alt == "" {
				alt = "image"
			}
			if u := tw.links.abs(string(c.Destination)); u != "" {
				fmt.Fprintf(&b, "[Image: %s] [%d]", alt, tw.ref(u))
			} else {
				fmt.Fprintf(&b, "[Image: %s]", alt)
			}
		case *ast.RawHTML:
			// inline HTML tags have no text of their own
		case *east.FootnoteLink:
			fmt.Fprintf(&b, "[^%d]", c.Index)
		case *east.FootnoteBacklink:
		case *east.TaskCheckBox:
			if c.IsChecked {
				b.WriteString("[x] ")
			} else {
				b.WriteString("[ ] ")
			}
		default:
			b.WriteString(tw.inline(c))
		}
	}
	return b.String()
}

// wrapLines wraps text that may hold hard line breaks.
func wrapLines(s string, width int) []string {
	var out []string
	for _, part := range strings.Split(strings.TrimSpace(s), "\n") {
		out = append(out, wrap(part, width)...)
	}
	return out
}

// wrap fills words greedily into lines of at most width runes; a word
// longer than the width (a URL) gets a line of its own.
func wrap(s string, width int) []string {
	width = max(width, 20)
	var lines []string
	var line strings.Builder
	n := 0
	for w := range strings.FieldsSeq(s) {
		wl := utf8.RuneCountInString(w)
		if n > 0 && n+1+wl > width {
			lines = append(lines, line.String())
			line.Reset()
			n = 0
		}
		if n > 0 {
			line.WriteByte(' ')
			n++
		}
		line.WriteString(w)
		n += wl
	}
	if n > 0 {
		lines = append(lines, line.String())
	}
	return lines
}

// indent prefixes the first line with first and the others with rest
// (blank lines stay blank).
func indent(lines []string, first, rest string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		switch {
		case i == 0:
			out[i] = first + l
		case l == "":
			out[i] = ""
		default:
			out[i] = rest + l
		}
	}
	return out
}

func maxWidth(lines []string) int {
	w := 0
	for _, l := range lines {
		w = max(w, utf8.RuneCountInString(l))
	}
	return w
}

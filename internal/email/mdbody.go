package email

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"

	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/urlsafe"
)

// Markdown link syntaxes whose destinations markdownBody rewrites:
// [text](dest and ![alt](dest with plain text, a bare ](dest for nested
// brackets, reference definitions and <autolinks>. None can match across
// a line break (see findInLines).
var (
	mdLinkRE    = regexp.MustCompile(`(!?)\[([^\[\]\n]*)\]\(([ \t]*)(<[^>\n]*>|[^\s)]+)`)
	mdLinkAtRE  = regexp.MustCompile(`^` + mdLinkRE.String()) // see findLinks
	mdBareRE    = regexp.MustCompile(`\]\(([ \t]*)(<[^>\n]*>|[^\s)]+)`)
	mdRefDefRE  = regexp.MustCompile(`(?m)^ {0,3}\[[^\]\n]+\]:([ \t]*)(<[^>\n]*>|\S+)`)
	mdAutoURLRE = regexp.MustCompile(`<(https?://[^>\s]+)>`)
)

// markdownBody returns the issue's Markdown body without front matter,
// with absolute, UTM-tagged link destinations, SVG images turned into
// links and the next step appended: what Buttondown imports best.
func (r *Renderer) markdownBody(p *content.Page, is *issue) []byte {
	src := string(p.Body)
	skip := codeRanges(p)
	inCode := func(i int) bool {
		k := sort.Search(len(skip), func(k int) bool { return skip[k][1] > i })
		return k < len(skip) && skip[k][0] <= i
	}
	images := map[string]bool{}
	for _, img := range imagesIn(p) {
		images[img] = true
	}

	type edit struct {
		start, end int
		text       string
	}
	var edits []edit
	covered := map[int]bool{} // start of "](" already handled by mdLinkRE
	for _, m := range findLinks(src) {
		if inCode(m[0]) {
			continue
		}
		bang, dest := src[m[2]:m[3]], unbracket(src[m[8]:m[9]])
		covered[m[5]] = true
		if end := linkEnd(src, m[8], m[9]); end > 0 && urlsafe.Dangerous(dest) {
			// A link that could run script keeps only its text (an image its alt).
			edits = append(edits, edit{m[0], end, src[m[4]:m[5]]})
			continue
		}
		switch {
		case bang == "!" && isSVG(dest):
			// [alt](url): Gmail and Outlook cannot show SVG.
			edits = append(edits, edit{m[0], m[9], "[" + src[m[4]:m[5]] + "](" + src[m[6]:m[7]] + is.links.link(dest)})
		case bang == "!":
			edits = append(edits, edit{m[8], m[9], is.links.abs(dest)})
		default:
			edits = append(edits, edit{m[8], m[9], is.links.link(dest)})
		}
	}
	for _, m := range mdBareRE.FindAllStringSubmatchIndex(src, -1) {
		if covered[m[0]] || inCode(m[0]) {
			continue
		}
		dest := unbracket(src[m[4]:m[5]])
		if images[dest] {
			edits = append(edits, edit{m[4], m[5], is.links.abs(dest)})
		} else {
			edits = append(edits, edit{m[4], m[5], is.links.link(dest)})
		}
	}
	for _, m := range findInLines(mdRefDefRE, src, "]:") {
		if inCode(m[0]) || strings.HasPrefix(strings.TrimLeft(src[m[0]:m[1]], " "), "[^") {
			continue // [^1]: is a footnote's text, not a link definition
		}
		dest := unbracket(src[m[4]:m[5]])
		if images[dest] {
			edits = append(edits, edit{m[4], m[5], is.links.abs(dest)})
		} else {
			edits = append(edits, edit{m[4], m[5], is.links.link(dest)})
		}
	}
	for _, m := range mdAutoURLRE.FindAllStringSubmatchIndex(src, -1) {
		if !inCode(m[0]) {
			edits = append(edits, edit{m[2], m[3], is.links.link(src[m[2]:m[3]])})
		}
	}
	for _, s := range unsafeSpans(p.AST, p.Body, !r.cfg.Markdown.Unsafe) {
		edits = append(edits, edit{s.start, s.stop, ""})
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].start < edits[j].start })

	var b strings.Builder
	last := 0
	for _, e := range edits {
		if e.start < last {
			continue // overlapping match; the first one wins
		}
		b.WriteString(src[last:e.start])
		b.WriteString(e.text)
		last = e.end
	}
	b.WriteString(src[last:])
	out := strings.TrimSpace(b.String()) + "\n"
	if is.sal.Greeting != "" {
		out = is.sal.greeting(markdownSalutation) + "\n\n" + out
	}
	if is.cta != nil {
		out += "\n[**" + escapeMarkdownText(oneLine(is.cta.Text)) + " →**](" + markdownDestination(is.cta.URL) + ")\n"
	}
	if lines := is.sal.signoffLines(); len(lines) > 0 {
		for i := range lines {
			lines[i] = markdownSalutation(lines[i])
		}
		// A backslash at the end of a line is a hard line break.
		out += "\n" + strings.Join(lines, "\\\n") + "\n"
	}
	return []byte(r.safeMarkdown(out))
}

// findLinks is mdLinkRE.FindAllStringSubmatchIndex(src, -1), found from
// each "](" instead of trying the pattern at every byte. A match holds
// exactly one "](" outside its destination, and its "[" is the last
// bracket or line break before it; a "!" just before that "[" belongs to
// the match unless an earlier match ends after it.
func findLinks(src string) [][]int {
	var out [][]int
	end := 0 // of the last match: matches do not overlap
	for from := 0; ; {
		k := strings.Index(src[from:], "](")
		if k < 0 {
			return out
		}
		k += from
		from = k + 1
		open := strings.LastIndexAny(src[:k], "[]\n")
		if open < end || src[open] != '[' {
			continue
		}
		start := open
		if open > end && src[open-1] == '!' {
			start = open - 1
		}
		m := mdLinkAtRE.FindStringSubmatchIndex(src[start:])
		if m == nil {
			continue
		}
		for i := range m {
			if m[i] >= 0 {
				m[i] += start
			}
		}
		out = append(out, m)
		end = m[1]
	}
}

// findInLines is re.FindAllStringSubmatchIndex(src, -1) for a pattern
// that cannot match across a line break and whose every match contains
// lit: it runs re only on the lines that contain lit. Go's regexp tries a
// pattern without a literal prefix at every byte of the input, and most
// lines of an issue have no link.
func findInLines(re *regexp.Regexp, src, lit string) [][]int {
	var out [][]int
	for from := 0; from < len(src); {
		i := strings.Index(src[from:], lit)
		if i < 0 {
			break
		}
		i += from
		start := strings.LastIndexByte(src[:i], '\n') + 1
		end := len(src)
		if n := strings.IndexByte(src[i:], '\n'); n >= 0 {
			end = i + n
		}
		for _, m := range re.FindAllStringSubmatchIndex(src[start:end], -1) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += start
				}
			}
			out = append(out, m)
		}
		from = end + 1
	}
	return out
}

// linkEnd returns the offset just past the ")" that closes an inline
// link whose destination is src[start:end], or -1 when a title or
// anything else comes first. A destination keeps balanced parentheses, so
// "(javascript:alert(1))" has its first ")" in the destination.
func linkEnd(src string, start, end int) int {
	open := strings.Count(src[start:end], "(") - strings.Count(src[start:end], ")")
	if strings.HasPrefix(src[start:end], "<") {
		open = 0
	}
	i := end
	for ; open > 0 && i < len(src) && src[i] == ')'; open-- {
		i++
	}
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	if open > 0 || i >= len(src) || src[i] != ')' {
		return -1
	}
	return i + 1
}

func unbracket(s string) string {
	return strings.TrimSuffix(strings.TrimPrefix(s, "<"), ">")
}

// escapeMarkdownText makes s literal text in Markdown: every ASCII
// punctuation character is backslash-escaped, so none can start markup,
// raw HTML ("<img onerror=…>") or a character reference.
func escapeMarkdownText(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c < 0x80 && (unicode.IsPunct(c) || unicode.IsSymbol(c)) {
			b.WriteByte('\\')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// markdownDestination writes a URL as a Markdown link destination: as it
// is when it has nothing Markdown would read differently, otherwise in
// angle brackets with the characters those cannot hold percent-encoded.
func markdownDestination(u string) string {
	if !strings.ContainsAny(u, " ()<>\\\t\r\n") {
		return u
	}
	return "<" + strings.NewReplacer("<", "%3C", ">", "%3E", "\\", "%5C", "\t", "%09", "\r", "", "\n", "").Replace(u) + ">"
}

// codeRanges lists the byte ranges of code blocks, code spans and raw HTML
// blocks in the body, sorted; link syntax inside them is left alone.
func codeRanges(p *content.Page) [][2]int {
	var out [][2]int
	_ = ast.Walk(p.AST, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.(type) {
		case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock:
			if n.Lines().Len() > 0 {
				out = append(out, [2]int{n.Lines().At(0).Start, n.Lines().At(n.Lines().Len() - 1).Stop})
			}
			return ast.WalkSkipChildren, nil
		case *ast.CodeSpan:
			start, stop := -1, -1
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				if t, ok := c.(*ast.Text); ok {
					if start < 0 {
						start = t.Segment.Start
					}
					stop = t.Segment.Stop
				}
			}
			if start >= 0 {
				out = append(out, [2]int{start, stop})
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// imagesIn lists the destinations of the body's Markdown images.
func imagesIn(p *content.Page) []string {
	var out []string
	for _, img := range images(p) {
		out = append(out, img.dest)
	}
	return out
}

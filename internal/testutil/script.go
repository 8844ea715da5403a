package testutil

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// LiveScript parses doc as a browser does and lists what could run
// script: <script> elements, on* attributes, and javascript:, vbscript:
// or data: URLs in href, src and the like. The content of each Outlook
// conditional comment is parsed too, as Outlook reads it as markup.
func LiveScript(doc []byte) []string {
	root, err := html.Parse(bytes.NewReader(doc))
	if err != nil {
		return []string{err.Error()}
	}
	var out []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.ElementNode:
			if n.DataAtom == atom.Script || n.Data == "script" {
				out = append(out, "<script> element")
			}
			for _, a := range n.Attr {
				key := strings.ToLower(a.Key)
				if strings.HasPrefix(key, "on") {
					out = append(out, "<"+n.Data+" "+a.Key+"=…>")
				}
				switch key {
				case "href", "src", "action", "formaction", "xlink:href", "poster", "background":
					if ScriptURL(a.Val) {
						out = append(out, "<"+n.Data+" "+a.Key+"="+a.Val+">")
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	// Comments as written: the parser decodes character references in
	// comment text, which neither browsers nor Outlook do.
	z := html.NewTokenizer(bytes.NewReader(doc))
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
		if tt != html.CommentToken {
			continue
		}
		if inner, ok := conditionalContent(string(z.Raw())); ok {
			for _, p := range LiveScript([]byte(inner)) {
				out = append(out, "in a conditional comment: "+p)
			}
		}
	}
	return out
}

// conditionalContent returns what Outlook reads as markup in a
// downlevel-hidden comment, "<!--[if mso]>…<![endif]-->".
func conditionalContent(raw string) (string, bool) {
	if !strings.HasPrefix(raw, "<!--[if") {
		return "", false
	}
	_, inner, ok := strings.Cut(raw, ">")
	if !ok {
		return "", false
	}
	inner, _, _ = strings.Cut(inner, "<![endif]")
	return inner, true
}

// ScriptURL is an independent reading of a dangerous URL for the tests:
// spaces and controls removed, lower-cased, a script or data scheme.
func ScriptURL(v string) bool {
	v = strings.ToLower(strings.Map(func(r rune) rune {
		if r <= ' ' || r == 0x7f || r == 0x200b {
			return -1
		}
		return r
	}, v))
	return strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "vbscript:") ||
		(strings.HasPrefix(v, "data:") && !strings.HasPrefix(v, "data:image/png") && !strings.HasPrefix(v, "data:image/jpeg"))
}

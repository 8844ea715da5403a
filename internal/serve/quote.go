package serve

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// quoteContext is how much plain text a Quote keeps on each side.
const quoteContext = 48

// Markers that bracket the flagged span while Markdown syntax is removed
// around it; they are control characters no Markdown file contains.
const (
	markStart = "\x01"
	markEnd   = "\x02"
)

var (
	mdImage     = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	mdLink      = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	mdRefLink   = regexp.MustCompile(`\[([^\]]*)\]\[[^\]]*\]`)
	mdAutolink  = regexp.MustCompile(`<((?:https?|mailto):[^>\s]*)>`)
	mdTag       = regexp.MustCompile(`</?[a-zA-Z][^>]*>`)
	mdLineStart = regexp.MustCompile(`(?m)^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)+`)
	mdFence     = regexp.MustCompile("(?m)^[ \t]*(```|~~~).*$")
	mdEmphasis  = regexp.MustCompile(`\*+|~~|` + "`+" + `|(^|[^\p{L}\p{N}])_+|_+([^\p{L}\p{N}]|$)`)
	spaces      = regexp.MustCompile(`\s+`)
)

// typography maps what the Markdown typographer prints to what the client
// compares: straight quotes and plain hyphens, one character for one.
var typography = strings.NewReplacer(
	"...", "…", "---", "-", "--", "-",
	"\u2018", "'", "\u2019", "'", "\u201c", `"`, "\u201d", `"`, "\u2014", "-", "\u2013", "-", "\u00a0", " ",
)

// plainMarkdown removes Markdown syntax well enough to compare with the text
// a browser shows; it leaves the span markers alone.
func plainMarkdown(s string) string {
	s = mdFence.ReplaceAllString(s, " ")
	s = mdImage.ReplaceAllString(s, "$1")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdRefLink.ReplaceAllString(s, "$1")
	s = mdAutolink.ReplaceAllString(s, "$1")
	s = mdTag.ReplaceAllString(s, "")
	s = mdLineStart.ReplaceAllString(s, "")
	s = mdEmphasis.ReplaceAllString(s, "$1$2")
	s = strings.NewReplacer(`\`+"*", "*", `\_`, "_", `\[`, "[", `\]`, "]").Replace(s)
	s = typography.Replace(s)
	return spaces.ReplaceAllString(s, " ")
}

// quoteAt describes src[start:end] as plain text with some context.
func quoteAt(src []byte, start, end int) Quote {
	start = min(max(start, 0), len(src))
	end = min(max(end, start), len(src))
	from := max(0, start-4*quoteContext)
	to := min(len(src), end+4*quoteContext)
	window := string(src[from:start]) + markStart + string(src[start:end]) + markEnd + string(src[end:to])
	plain := plainMarkdown(window)
	i := strings.Index(plain, markStart)
	j := strings.Index(plain, markEnd)
	if i < 0 || j < i {
		return Quote{Exact: strings.TrimSpace(plainMarkdown(string(src[start:end])))}
	}
	prefix, exact, suffix := plain[:i], plain[i+1:j], plain[j+1:]
	// Spaces at the span's edges belong to the context.
	if t := strings.TrimLeft(exact, " "); t != exact {
		prefix += " "
		exact = t
	}
	if t := strings.TrimRight(exact, " "); t != exact {
		suffix = " " + suffix
		exact = t
	}
	return Quote{Exact: exact, Prefix: lastRunes(prefix, quoteContext), Suffix: firstRunes(suffix, quoteContext)}
}

func lastRunes(s string, n int) string {
	for i := len(s); i > 0; {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if n--; n == 0 {
			return s[i:]
		}
	}
	return s
}

func firstRunes(s string, n int) string {
	for i := 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if n--; n == 0 {
			return s[:i]
		}
	}
	return s
}

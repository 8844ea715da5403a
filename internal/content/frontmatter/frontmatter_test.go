package frontmatter

import (
	"errors"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/diag"
)

// mustSplit splits src, failing the test on an error.
func mustSplit(t *testing.T, src []byte) Block {
	t.Helper()
	b, err := Split("x.md", src)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name, src string
		format    Format
		data      string // src[Start:End]
		body      string // src[Body:]
	}{
		{"yaml", "---\ntitle: x\n---\nBody\n", FormatYAML, "title: x\n", "Body\n"},
		{"blank lines and spaces around delimiters", "\n\n  ---  \ntitle: x\n  ---\nBody", FormatYAML, "title: x\n", "Body"},
		{"closer on the last line", "---\ntitle: x\n---", FormatYAML, "title: x\n", ""},
		{"crlf", "--- \r\ntitle: x\r\n---\r\n\r\nBody\r\n", FormatYAML, "title: x\r\n", "\r\nBody\r\n"},
		{"byte order mark", "\uFEFF---\ntitle: x\n---\nBody\n", FormatYAML, "title: x\n", "Body\n"},
		{"byte order mark, no front matter", "\uFEFFJust text.\n", FormatNone, "", "Just text.\n"},
		{"toml", "+++\ntitle = \"x\"\n+++\nBody\n", FormatTOML, "title = \"x\"\n", "Body\n"},
		{"json between semicolons", ";;;\n{\"title\": \"x\"}\n;;;\nBody\n", FormatJSON, "{\"title\": \"x\"}\n", "Body\n"},
		{"json on one line", "{\"title\": \"x\", \"date\": \"2026-01-01\"}\nBody\n", FormatJSON, "{\"title\": \"x\", \"date\": \"2026-01-01\"}", "Body\n"},
		{"json on one line, blank line after", "{\"title\": \"x\"}  \n\nBody\n", FormatJSON, "{\"title\": \"x\"}", "Body\n"},
		{"json on several lines", "{\n  \"title\": \"x\"\n}\n\nBody\n", FormatJSON, "{\n  \"title\": \"x\"\n}", "Body\n"},
		{"json alone", "{\"title\": \"x\"}", FormatJSON, "{\"title\": \"x\"}", ""},
		{"braces that are not json", "{.lead} A paragraph.\n", FormatNone, "", "{.lead} A paragraph.\n"},
		{"json followed by text", "{\"a\": 1} is how you write it\n", FormatNone, "", "{\"a\": 1} is how you write it\n"},
		{"no front matter", "Just text.\n---\n", FormatNone, "", "Just text.\n---\n"},
		{"empty", "", FormatNone, "", ""},
		{"no-break spaces around a delimiter are trimmed", "\u00a0---\ntitle: x\n---\nBody", FormatYAML, "title: x\n", "Body"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.src)
			b := mustSplit(t, src)
			if b.Format != tt.format || string(src[b.Start:b.End]) != tt.data || string(src[b.Body:]) != tt.body {
				t.Errorf("Split = %s %q body %q; want %s %q body %q",
					b.Format, src[b.Start:b.End], src[b.Body:], tt.format, tt.data, tt.body)
			}
		})
	}
}

func TestSplitErrors(t *testing.T) {
	tests := []struct {
		name, src string
		line, col int
		msg       string
	}{
		{"unclosed yaml", "---\ntitle: x\n\nBody that never closes.\n", 1, 1, "opened with --- is never closed"},
		{"unclosed yaml on the last line", "---", 1, 1, "never closed"},
		{"unclosed toml after a blank line", "\n+++\ntitle = \"x\"\n", 2, 1, "opened with +++ is never closed"},
		{"lone brace", "{\n\"title\": \"x\",\n\"date\": 2026-05-01\n}\n", 3, 13, "invalid JSON"},
		{"one-line json with a missing quote", "{\"title\": \"x, \"date\": 1}\n", 1, 16, "invalid JSON"},
		{"json cut short", "{\"title\": \"x\",\n", 2, 1, "invalid JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Split("x.md", []byte(tt.src))
			var d *diag.Error
			if !errors.As(err, &d) {
				t.Fatalf("error = %v, want a *diag.Error", err)
			}
			if d.Line != tt.line || d.Col != tt.col || !strings.Contains(d.Msg, tt.msg) || d.Hint == "" {
				t.Errorf("got %d:%d %q (hint %q); want %d:%d %q with a hint", d.Line, d.Col, d.Msg, d.Hint, tt.line, tt.col, tt.msg)
			}
		})
	}
}

// TestValueSpan checks that each key's value and name are found where they
// are written, in every format and on both YAML paths.
func TestValueSpan(t *testing.T) {
	type want struct {
		path       string // dotted
		key, value string // the text at KeySpan and ValueSpan
	}
	tests := []struct {
		name  string
		src   string
		wants []want
	}{
		{"flat yaml (fast path)", "---\ntitle: \"Hello\"\ndate: 2026-05-01\ntags: [a, b]\n---\n", []want{
			{"title", "title", `"Hello"`}, {"date", "date", "2026-05-01"}, {"tags", "tags", "[a, b]"},
		}},
		{"yaml with nesting and comments", "---\ntitle: 'It''s here' # note\ncta:\n  text: Reply now\n  url: \"mailto:x@example.com\"\nlint: {disable: [passive-voice], other: x}\nsummary: |\n  Two\n  lines\nempty:\n---\n", []want{
			{"title", "title", `'It''s here'`},
			{"cta.text", "text", "Reply now"},
			{"cta.url", "url", `"mailto:x@example.com"`},
			{"lint", "lint", "{disable: [passive-voice], other: x}"},
			{"lint.disable", "disable", "[passive-voice]"},
			{"lint.other", "other", "x"},
			{"summary", "summary", "|\n  Two\n  lines"},
			{"CTA.Text", "text", "Reply now"},
		}},
		{"yaml with non-ASCII before a value", "---\nnaïve: café\ntitle: x\n---\n", []want{{"naïve", "naïve", "café"}, {"title", "title", "x"}}},
		{"toml", "+++\ntitle = \"Hello\" # note\ndate = 2026-05-01T10:00:00Z\nsite.name = 'N'\ntags = [\"a\",\n  \"b\"]\ncta = {text = \"Reply\", url = \"mailto:x\"}\nnote = \"\"\"\nmany\nlines\"\"\"\n[lint]\ndisable = [\"x\"]\n[\"quoted key\"]\nv = 1\n+++\n", []want{
			{"title", "title", `"Hello"`},
			{"date", "date", "2026-05-01T10:00:00Z"},
			{"site.name", "name", "'N'"},
			{"tags", "tags", "[\"a\",\n  \"b\"]"},
			{"cta.text", "text", `"Reply"`},
			{"cta.url", "url", `"mailto:x"`},
			{"note", "note", "\"\"\"\nmany\nlines\"\"\""},
			{"lint", "lint", "[lint]"},
			{"lint.disable", "disable", `["x"]`},
			{"quoted key.v", "v", "1"},
		}},
		{"json", "{\"title\": \"Hello\", \"cta\": {\"text\": \"Reply\", \"url\": \"x\"}, \"tags\": [{\"title\": 1}], \"n\": 3}\n", []want{
			{"title", `"title"`, `"Hello"`},
			{"cta", `"cta"`, `{"text": "Reply", "url": "x"}`},
			{"cta.text", `"text"`, `"Reply"`},
			{"n", `"n"`, "3"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.src)
			b := mustSplit(t, src)
			d, err := Decode("x.md", src, b)
			if err != nil {
				t.Fatal(err)
			}
			check := func(when string, src []byte) {
				for _, w := range tt.wants {
					path := strings.Split(w.path, ".")
					v, ok := d.ValueSpan(path...)
					k, _ := d.KeySpan(path...)
					if !ok || string(src[v.Start:v.End]) != w.value || string(src[k.Start:k.End]) != w.key {
						t.Errorf("%s: %s: key %q value %q (found %v); want %q %q", when, w.path, src[k.Start:k.End], src[v.Start:v.End], ok, w.key, w.value)
					}
				}
				if _, ok := d.ValueSpan("missing"); ok {
					t.Errorf("%s: a key that is not written was found", when)
				}
				if _, ok := d.ValueSpan("title", "deeper"); ok {
					t.Errorf("%s: a scalar was found to have keys", when)
				}
			}
			check("decoded", src)
			// A page that lets go of its body keeps a copy of its front
			// matter alone; the spans still locate every key in it, and
			// the decoded values are no longer held.
			front := append([]byte(nil), src[:b.End]...)
			clear(src)
			d.Rebase(front)
			if d.Values != nil {
				t.Errorf("rebased, the Doc still holds %d decoded values", len(d.Values))
			}
			check("rebased", front)
		})
	}
}

// TestLocateTOML checks positions in a whole TOML file, as gen.toml uses them.
func TestLocateTOML(t *testing.T) {
	src := []byte("title = \"x\"\n\n[newsletter]\n  tool = \"mailchip\"\n[newsletter.utm]\nlinks = \"most\"\n")
	d := Locate(FormatTOML, src, 0, len(src))
	for _, c := range []struct {
		path      []string
		line, col int
	}{
		{[]string{"title"}, 1, 9},
		{[]string{"newsletter"}, 3, 1},
		{[]string{"newsletter", "tool"}, 4, 10},
		{[]string{"newsletter", "utm", "links"}, 6, 9},
	} {
		s, ok := d.ValueSpan(c.path...)
		line, col := d.Position(s.Start)
		if !ok || line != c.line || col != c.col {
			t.Errorf("%v at %d:%d (found %v), want %d:%d", c.path, line, col, ok, c.line, c.col)
		}
	}
	k, _ := d.KeySpan("newsletter", "utm")
	if line, col := d.Position(k.Start); line != 5 || col != 13 {
		t.Errorf("[newsletter.utm] key at %d:%d, want 5:13", line, col)
	}
}

// FuzzValueSpan checks that every span of a decoded block lies inside the
// block, and so inside the file, whatever the file holds.
func FuzzValueSpan(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: x\ncta: {text: a, url: b}\n---\n",
		"---\na: &x {b: 1}\nc: *x\nd:\n  - e: 1\n---\n",
		"+++\na.b = 1\n[c]\nd = {e = [1, {f = 2}]}\n+++\n",
		"{\"a\": {\"b\": [1, {\"c\": 2}]}}\n",
		"\uFEFF---\nk: 'v'\n---\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		b, err := Split("x.md", src)
		if err != nil || b.Format == FormatNone {
			return
		}
		if !(0 <= b.Start && b.Start <= b.End && b.End <= b.Body && b.Body <= len(src)) {
			t.Fatalf("block %+v outside a file of %d bytes", b, len(src))
		}
		d, err := Decode("x.md", src, b)
		if err != nil {
			return
		}
		checkSpans(t, d, d.Values, nil, b)
		// gen.toml's way: the whole file located as TOML.
		whole := Locate(FormatTOML, src, 0, len(src))
		whole.once.Do(whole.index)
		for _, e := range whole.entries {
			for _, s := range []Span{e.key, e.value} {
				if s.Start < 0 || s.Start > s.End || s.End > len(src) {
					t.Fatalf("TOML span %+v of %q outside the file (%d bytes)", s, e.name, len(src))
				}
			}
		}
	})
}

func checkSpans(t *testing.T, d *Doc, m map[string]any, path []string, b Block) {
	t.Helper()
	for k, v := range m {
		p := append(append([]string{}, path...), k)
		for _, find := range []func(...string) (Span, bool){d.ValueSpan, d.KeySpan} {
			if s, ok := find(p...); ok && (s.Start < b.Start || s.Start > s.End || s.End > b.End) {
				t.Fatalf("%v: span %+v outside the block %d..%d", p, s, b.Start, b.End)
			}
		}
		if sub, ok := v.(map[string]any); ok && len(path) < 8 {
			checkSpans(t, d, sub, p, b)
		}
	}
}

package serve

import (
	"strings"
	"testing"
)

func TestQuoteAt(t *testing.T) {
	tests := []struct {
		name, src, flagged string
		want               Quote
	}{
		{
			name:    "plain word picks context",
			src:     "We ship fast. Then we rest.\n",
			flagged: "we",
			want:    Quote{Exact: "we", Prefix: "We ship fast. Then ", Suffix: " rest. "},
		},
		{
			name:    "inside a link",
			src:     "Ask [our team](https://example.com/team) today.",
			flagged: "our team",
			want:    Quote{Exact: "our team", Prefix: "Ask ", Suffix: " today."},
		},
		{
			name:    "emphasis and typography",
			src:     "## Why\n\n**Our** product's best -- really...\n",
			flagged: "**Our** product's best -- really...",
			want:    Quote{Exact: "Our product's best - really…", Prefix: "Why ", Suffix: " "},
		},
		{
			name:    "list item and snake_case kept",
			src:     "- buy _now_ with code_name\n- second\n",
			flagged: "buy _now_ with code_name",
			want:    Quote{Exact: "buy now with code_name", Prefix: "", Suffix: " second "},
		},
		{
			name:    "image alt, reference link, autolink and tags",
			src:     "See ![a chart](c.png) and [the guide][g] at <https://x.example/> <b>now</b>.\n\n[g]: /guide/\n",
			flagged: "the guide",
			want:    Quote{Exact: "the guide", Prefix: "See a chart and ", Suffix: " at https://x.example/ now. "},
		},
		{
			name:    "code fence keeps its code, not its fence",
			src:     "Run:\n\n```sh\nmake we-ship\n```\n\nThen rest.\n",
			flagged: "we-ship",
			want:    Quote{Exact: "we-ship", Prefix: "Run: make ", Suffix: " Then rest. "},
		},
		{
			name:    "escapes read as the page shows them",
			src:     "Use \\*stars\\* and \\_under\\_ for *us*.\n",
			flagged: "*us*",
			want:    Quote{Exact: "us", Prefix: "Use *stars* and _under_ for ", Suffix: ". "},
		},
		{
			name:    "curly quotes become straight",
			src:     "He said “hello” to ‘you’.",
			flagged: "“hello” to ‘you’",
			want:    Quote{Exact: `"hello" to 'you'`, Prefix: "He said ", Suffix: "."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := strings.LastIndex(tt.src, tt.flagged)
			if tt.flagged == "we" {
				start = strings.Index(tt.src, " we ") + 1
			}
			got := newQuoter([]byte(tt.src)).quote(start, start+len(tt.flagged))
			if got != tt.want {
				t.Errorf("quoteAt = %#v\n          want %#v", got, tt.want)
			}
		})
	}
}

func TestQuoteContextIsBounded(t *testing.T) {
	src := strings.Repeat("word ", 200) + "flagged" + strings.Repeat(" word", 200)
	i := strings.Index(src, "flagged")
	q := newQuoter([]byte(src)).quote(i, i+len("flagged"))
	if q.Exact != "flagged" || len([]rune(q.Prefix)) != quoteContext || len([]rune(q.Suffix)) != quoteContext {
		t.Fatalf("quote = %#v", q)
	}
}

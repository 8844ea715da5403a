package rules

import (
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/lint/linttest"
)

// markers makes the jargon rule flag chosen words, to test positions.
var markers = config.Lint{Rules: map[string]map[string]any{
	"jargon": {"words": []any{"zebra", "naïve café", "don't panic", "quartz fox", "日本語"}},
}}

// flagged lints src and returns the texts the jargon rule flags, their
// positions checked.
func flagged(t *testing.T, src string) []string {
	t.Helper()
	return linttest.Flagged(t, lintWith(t, markers, src), "jargon")
}

func TestExtractPositions(t *testing.T) {
	cases := []struct {
		name string
		src  string
		want string // flagged spans joined by |
	}{
		{"paragraph", "A zebra here.", "zebra"},
		{"emphasis", "A *zebra* and **naïve café**.", "zebra|naïve café"},
		{"emphasis splits a phrase", "A **quartz** fox.", "quartz** fox"},
		{"link text, not URL", "[a zebra](https://zebra.example/zebra) here.", "zebra"},
		{"list", "- one zebra\n- two\n  1. nested naïve café", "zebra|naïve café"},
		{"table", "| a | b |\n|---|---|\n| zebra | x naïve café |", "zebra|naïve café"},
		{"heading", "## The zebra", "zebra"},
		{"CRLF", "First line.\r\nA zebra\r\nand naïve café.\r\n\r\n- zebra\r\n", "zebra|naïve café|zebra"},
		{"UTF-8 columns", "Ünïcödé — 日本語 then zebra.", "日本語|zebra"},
		{"typographer apostrophe", "Don't panic, it's a zebra.", "Don't panic|zebra"},
		{"curly apostrophe", "Don’t panic.", "Don’t panic"},
		{"typographer quotes and dashes", "\"A zebra\" -- and --- 'zebra'...", "zebra|zebra"},
		{"code is skipped", "`zebra` and\n\n```\nzebra\n```\n\n    zebra indented", ""},
		{"block quote is skipped", "> a zebra\n\nnone", ""},
		{"raw HTML is skipped", "<div>zebra</div>\n\nA <span title=\"zebra\">x</span> <!-- zebra --> y.", ""},
		{"autolink and image skipped", "<https://zebra.example> ![a zebra](z.png) end.", ""},
		{"hard break", "A zebra  \nnaïve café\\\nend", "zebra|naïve café"},
		{"YAML title", "---\ntitle: \"A zebra \\\"quoted\\\"\"\ndescription: plain zebra # comment\n---\n\nBody.", "zebra|zebra"},
		{"YAML single quotes", "---\ntitle: 'It''s a zebra'\n---\n", "zebra"},
		{"YAML cta", "---\ntitle: T\ncta:\n  url: https://x\n  text: Meet the zebra\n---\n", "zebra"},
		{"YAML flow cta", "---\ntitle: T\ncta: {text: \"Meet the zebra\", url: \"https://x\"}\n---\n", "zebra"},
		{"YAML escapes before the word", "---\ntitle: \"caf\\u00e9 \\t zebra\"\n---\n", "zebra"},
		{"TOML", "+++\ntitle = \"A zebra\"\npreheader = 'naïve café'\n[cta]\ntext = \"zebra time\"\nurl = \"https://x\"\n+++\n\nBody zebra.", "zebra|naïve café|zebra|zebra"},
		{"JSON", "{\n  \"title\": \"A zebra\",\n  \"description\": \"naïve café\"\n}\n\nBody.", "zebra|naïve café"},
		{"other front matter keys are not copy", "---\ntitle: T\nsummary: a zebra\ntags: [zebra]\n---\n", ""},
		{"CRLF front matter", "---\r\ntitle: A zebra\r\n---\r\n\r\nA zebra.\r\n", "zebra|zebra"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := strings.Join(flagged(t, c.src), "|")
			if got != c.want {
				t.Errorf("flagged %q, want %q", got, c.want)
			}
		})
	}
}

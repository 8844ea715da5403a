package lint

import (
	"fmt"
	"strings"
	"testing"
)

// TestExtractRecordsDirectives checks that extraction records each
// gen-lint comment with its raw text, its own span and the span that
// follows it, and ignores other comments; applying them is the driver's.
func TestExtractRecordsDirectives(t *testing.T) {
	cases := []struct {
		name string
		src  string
		want string // per directive: raw|comment text|following text, joined by " ; "
	}{
		{"none", "A zebra <!-- note --> here.\n\n<!-- gen-lintx disable -->\n", ""},
		{"block, next block", "<!-- gen-lint disable-next jargon -->\nA zebra.\n\nB.", " gen-lint disable-next jargon |<!-- gen-lint disable-next jargon -->|A zebra."},
		{"block, nothing follows", "A.\n\n<!-- gen-lint disable -->\n", " gen-lint disable |<!-- gen-lint disable -->|"},
		{"inline, rest of paragraph", "A zebra <!--gen-lint,disable-next jargon--> then zebra.\n\nB.", "gen-lint,disable-next jargon|<!--gen-lint,disable-next jargon-->| then zebra."},
		{"two in one block", "<!-- gen-lint disable a --><!-- gen-lint enable a -->\n\nNext.", " gen-lint disable a |<!-- gen-lint disable a -->|Next. ;  gen-lint enable a |<!-- gen-lint enable a -->|Next."},
		{"after front matter", "---\ntitle: T\n---\n\n<!-- gen-lint silence -->\n\nBody.", " gen-lint silence |<!-- gen-lint silence -->|Body."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := parse(t, c.src)
			var got []string
			for _, d := range Extract(p).Directives {
				got = append(got, fmt.Sprintf("%s|%s|%s", d.Raw, p.Source[d.Start:d.Stop], p.Source[d.NextStart:d.NextEnd]))
			}
			if s := strings.Join(got, " ; "); s != c.want {
				t.Errorf("directives\n got %q\nwant %q", s, c.want)
			}
		})
	}
}

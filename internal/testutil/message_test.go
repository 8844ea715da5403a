package testutil

import (
	"reflect"
	"testing"
)

func TestMarkdownScript(t *testing.T) {
	for _, tc := range []struct {
		md        string
		allowHTML bool
		want      []string
	}{
		{"[a](/x/) and ![b](c.png) and <https://example.org>", false, nil},
		{"[a](javascript:alert(1))", false, []string{"link to javascript:alert(1)"}},
		{"![a](javascript:x)", true, []string{"image from javascript:x"}},
		{"<b>x</b> text", false, []string{"raw HTML <b>", "raw HTML </b>"}},
		{"<div>\nx\n</div>\n", false, []string{"raw HTML <div>\nx\n</div>\n"}},
		{"<b>x</b> text", true, nil},
		{"`[a](javascript:x)`", false, nil},
	} {
		if got := MarkdownScript([]byte(tc.md), tc.allowHTML); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("MarkdownScript(%q, %v) = %q, want %q", tc.md, tc.allowHTML, got, tc.want)
		}
	}
}

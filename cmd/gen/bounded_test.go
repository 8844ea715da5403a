package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/testutil"
)

// TestDeepNestingFailsFast: lists and quotes nested far past the limit
// fail gen build and gen lint with the file, line and column, instead of
// parsing for minutes; public/ is not written.
func TestDeepNestingFailsFast(t *testing.T) {
	var indented strings.Builder // 3,000 levels, 9 MB
	for i := range 3000 {
		indented.WriteString(strings.Repeat("  ", i) + "- you\n")
	}
	bodies := map[string]string{
		"10,000 markers on a line": strings.Repeat("- ", 10000) + "you\n",
		"10,000 quotes":            strings.Repeat(">", 10000) + " you\n",
		"3,000 indented levels":    indented.String(),
	}
	want := regexp.MustCompile(`content/articles/deep\.md:\d+:\d+: lists, block quotes and footnotes nest more than 32 deep here`)
	for name, body := range bodies {
		t.Run(name, func(t *testing.T) {
			root := sampleSite(t)
			testutil.WriteFile(t, root, "content/articles/deep.md",
				"---\ntitle: \"Deep\"\ndate: 2026-05-20\ndescription: \"Deep.\"\n---\n\nYou can read this.\n\n"+body)
			_, stderr, code := runGen(t, root, "build", "--quiet")
			if code != 1 || !want.MatchString(stderr) || !strings.Contains(stderr, "hint:") {
				t.Errorf("gen build: exit %d, stderr %q; want 1 and %s with a hint", code, stderr, want)
			}
			if _, err := os.Stat(filepath.Join(root, "public")); !os.IsNotExist(err) {
				t.Errorf("public/ was written: %v", err)
			}
			stdout, _, code := runGen(t, root, "lint", "content/articles/deep.md")
			if code != 1 || !strings.Contains(stdout, "nest more than 32 deep here") {
				t.Errorf("gen lint: exit %d, stdout %q; want 1 and the nesting error", code, stdout)
			}
		})
	}
}

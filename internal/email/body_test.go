package email

import (
	"strings"
	"testing"
)

// TestUntouchedLinkKeepsEntities: a link that needs no rewriting is copied
// as written, escaped query separators included (the tokenizer unescapes
// values in the buffer the raw tag points into).
func TestUntouchedLinkKeepsEntities(t *testing.T) {
	issue := strings.Replace(testIssue, "(https://elsewhere.example/story?id=3#top)", "(https://elsewhere.example/story?id=3&page=2#top)", 1)
	m := renderIssue(t, issue, "generic")
	if want := `href="https://elsewhere.example/story?id=3&amp;page=2#top"`; !strings.Contains(string(m.HTML), want) {
		i := strings.Index(string(m.HTML), "elsewhere")
		t.Errorf("HTML has %s, want %s", m.HTML[i-10:i+60], want)
	}
}

package email

import (
	"bytes"
	"strings"
	"testing"
)

// TestKeepComments: comments come back byte for byte wherever they were,
// and text that spells a placeholder is not replaced.
func TestKeepComments(t *testing.T) {
	doc := `<p title="&lt;!--#gen-0-0--&gt;">a<!--[if mso]><center>x --&gt;&lt;img&gt;</center><![endif]-->b` +
		`<!--[if !mso]><!--><i>c</i><!--<![endif]--></p><style>/* <!-- not a comment --> */</style>`
	kept, kc := keepComments(new(bytes.Buffer), []byte(doc))
	if strings.Contains(string(kept), "--&gt;&lt;img") || len(kc.comments) != 3 {
		t.Fatalf("comments not set aside (%d): %s", len(kc.comments), kept)
	}
	if got := kc.restore(kept); got != doc {
		t.Errorf("restore changed the document:\n got %s\nwant %s", got, doc)
	}
	// A placeholder of another document's marker stays as it is.
	forged := "<!--#gen-0000000000000000-0-->"
	if got := kc.restore([]byte(forged)); got != forged {
		t.Errorf("restore replaced a forged placeholder: %s", got)
	}
}

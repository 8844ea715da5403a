package htmlcopy

import (
	"bytes"
	"testing"

	"golang.org/x/net/html"
)

func TestCopy(t *testing.T) {
	// Source quirks the copy keeps: unquoted and oddly spaced attributes,
	// entities, comments, a doctype, raw text and a stray "<".
	doc := "<!DOCTYPE html><P class=x  id='y'>a &amp; b <!-- c --> 1 < 2<br/><style>p>q{}</style><a href=\"/u?a=1&amp;b=2\">l</a>"
	unchanged := func(*html.Tokenizer, html.TokenType) ([]byte, bool) { return nil, false }
	if got := string(Copy([]byte(doc), unchanged)); got != doc {
		t.Errorf("an edit that changes nothing changed the document:\n got %q\nwant %q", got, doc)
	}
	upperText := func(z *html.Tokenizer, tt html.TokenType) ([]byte, bool) {
		if tt == html.TextToken {
			return bytes.ToUpper(z.Raw()), true
		}
		return nil, false
	}
	want := "<!DOCTYPE html><P class=x  id='y'>A &AMP; B <!-- c --> 1 < 2<br/><style>P>Q{}</style><a href=\"/u?a=1&amp;b=2\">L</a>"
	if got := string(Copy([]byte(doc), upperText)); got != want {
		t.Errorf("text edit:\n got %q\nwant %q", got, want)
	}
}

// TestCopyKeepsTagsEditReads: reading a tag's name and attributes
// lower-cases and unescapes them in the tokenizer's buffer; a tag the edit
// keeps is still copied as written.
func TestCopyKeepsTagsEditReads(t *testing.T) {
	doc := `<DIV Title="a &amp; b"><A HREF="x">y</A></DIV>`
	read := func(z *html.Tokenizer, tt html.TokenType) ([]byte, bool) {
		for _, more := z.TagName(); more; {
			_, _, more = z.TagAttr()
		}
		return nil, false
	}
	if got := string(Copy([]byte(doc), read)); got != doc {
		t.Errorf("got %q, want %q", got, doc)
	}
}

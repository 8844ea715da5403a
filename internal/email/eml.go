package email

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"net/url"
	"strings"
	"time"
	"unicode"

	"github.com/claritynotes/gen/internal/content"
)

// emlInput is what an .eml file is made of.
type emlInput struct {
	From, Subject string
	Date          time.Time
	MessageID     string
	Unsubscribe   string // List-Unsubscribe URL, or ""
	Text, HTML    []byte
}

// buildEML writes an RFC 5322 message: multipart/alternative with the
// text part first (clients show the last part they can render), UTF-8
// bodies in quoted-printable so no line exceeds 76 bytes, and header
// values with any control characters (CR/LF from front matter) replaced,
// so no value can start a header of its own.
func buildEML(in emlInput) ([]byte, error) {
	var b bytes.Buffer
	from := headerValue(in.From)
	if from != "" {
		addr, err := mail.ParseAddress(from)
		if err != nil {
			return nil, fmt.Errorf("newsletter.from %q is not an email address (%v); use \"Name <address@example.com>\"", in.From, err)
		}
		from = addr.String() // RFC 2047-encodes a non-ASCII name
	}
	date := in.Date
	if date.IsZero() {
		date = time.Unix(0, 0).UTC()
	}
	// The boundary is derived from the content so output is reproducible.
	h := sha256.New()
	h.Write(in.Text)
	h.Write(in.HTML)
	boundary := "gen-" + hex.EncodeToString(h.Sum(nil)[:12])
	// Quoted-printable adds a few percent to mostly-ASCII text; growing
	// once saves copying the message as it grows.
	b.Grow(len(in.Text) + len(in.HTML) + (len(in.Text)+len(in.HTML))/8 + 1024)

	header := func(k, v string) { fmt.Fprintf(&b, "%s: %s\r\n", k, v) }
	if from != "" {
		header("From", from)
	}
	b.WriteString(foldHeader("Subject", encodeUnstructured(headerValue(in.Subject))))
	header("Date", date.Format(time.RFC1123Z))
	header("Message-ID", in.MessageID)
	header("MIME-Version", "1.0")
	if u := headerValue(in.Unsubscribe); u != "" {
		header("List-Unsubscribe", "<"+u+">")
		// One-click unsubscribe: mail clients POST to an https address
		// without opening it, which large mailbox providers require.
		if strings.HasPrefix(u, "https://") {
			header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
		}
	}
	header("Content-Type", `multipart/alternative; boundary="`+boundary+`"`)
	b.WriteString("\r\n")

	mw := multipart.NewWriter(&b)
	if err := mw.SetBoundary(boundary); err != nil {
		return nil, err
	}
	for _, part := range []struct {
		typ  string
		body []byte
	}{{"text/plain", in.Text}, {"text/html", in.HTML}} {
		h := textproto.MIMEHeader{}
		h.Set("Content-Type", part.typ+"; charset=utf-8")
		h.Set("Content-Transfer-Encoding", "quoted-printable")
		w, err := mw.CreatePart(h)
		if err != nil {
			return nil, err
		}
		qp := quotedprintable.NewWriter(w)
		if _, err := qp.Write(crlf(part.body)); err != nil {
			return nil, err
		}
		if err := qp.Close(); err != nil {
			return nil, err
		}
	}
	if err := mw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// headerValue flattens a value for a header: control characters, CR and
// LF included, become spaces, and runs of space collapse.
func headerValue(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// crlf normalises line ends to CRLF, as MIME text parts require: every
// LF gets a CR before it unless it has one.
func crlf(b []byte) []byte {
	n := bytes.Count(b, []byte("\n")) - bytes.Count(b, []byte("\r\n"))
	if n == 0 {
		return b
	}
	out := make([]byte, 0, len(b)+n)
	for i, c := range b {
		if c == '\n' && (i == 0 || b[i-1] != '\r') {
			out = append(out, '\r')
		}
		out = append(out, c)
	}
	return out
}

// messageID is stable for an issue, so rebuilding does not change it.
func messageID(baseURL string, p *content.Page) string {
	host := "localhost"
	if u, err := url.Parse(baseURL); err == nil && u.Hostname() != "" {
		host = u.Hostname()
	}
	id := strings.Map(func(r rune) rune {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '.' || r == '_') {
			return r
		}
		return '-'
	}, p.Slug)
	if !p.Date.IsZero() {
		id += "." + p.Date.Format("20060102")
	}
	return "<" + id + "@" + host + ">"
}

// listUnsubscribe is the List-Unsubscribe URL: only when it is a real URL
// (the generic preset's); tools that use merge tags add the header themselves.
func listUnsubscribe(p *Preset, configured string) string {
	if p.Unsubscribe != "" {
		return ""
	}
	// Tabs and line breaks are no part of a URL (browsers drop them too);
	// left in, they would make the URL unparsable and the header vanish.
	configured = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\r' || r == '\n' {
			return -1
		}
		return r
	}, strings.TrimSpace(configured))
	if u, err := url.Parse(configured); err == nil && (u.Scheme == "https" || u.Scheme == "http" || u.Scheme == "mailto") {
		return u.String() // spaces percent-encoded: the header holds one URL
	}
	return ""
}

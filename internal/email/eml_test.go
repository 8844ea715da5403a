package email

import (
	"bytes"
	"math/rand/v2"
	"mime"
	"net/mail"
	"strings"
	"testing"
)

// TestCRLF compares crlf with its definition: CRLF to LF, then LF to CRLF.
func TestCRLF(t *testing.T) {
	inputs := [][]byte{nil, []byte("a"), []byte("\n"), []byte("\r"), []byte("\r\n"), []byte("\r\r\n\n"), []byte("a\nb\r\nc\rd\n")}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 2000 {
		b := make([]byte, rng.IntN(20))
		for i := range b {
			b[i] = "\r\nab"[rng.IntN(4)]
		}
		inputs = append(inputs, b)
	}
	for _, in := range inputs {
		want := bytes.ReplaceAll(bytes.ReplaceAll(in, []byte("\r\n"), []byte("\n")), []byte("\n"), []byte("\r\n"))
		if got := crlf(in); !bytes.Equal(got, want) {
			t.Fatalf("crlf(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSubjectFolded: a long subject is folded into lines of at most 78
// characters and decodes to the words it was made of, ASCII or not.
func TestSubjectFolded(t *testing.T) {
	long := strings.Repeat("Listening before launching, and then listening again ", 4) // 224 characters
	for _, subject := range []string{
		strings.TrimSpace(long),
		strings.TrimSpace(strings.Repeat("Écouter avant de lancer — puis écouter encore ", 5)),
		strings.Repeat("x", 200), // one word too long for a line
		"Looks like =?utf-8?q?an_encoded_word?= but is not",
		"Short",
	} {
		eml, err := buildEML(emlInput{Subject: subject, MessageID: "<id@example>", Text: []byte("t"), HTML: []byte("<p>h</p>")})
		if err != nil {
			t.Fatal(err)
		}
		head, _, _ := bytes.Cut(eml, []byte("\r\n\r\n"))
		for _, line := range bytes.Split(head, []byte("\r\n")) {
			if len(line) > 78 {
				t.Errorf("header line of %d characters: %q", len(line), line)
			}
		}
		msg, err := mail.ReadMessage(bytes.NewReader(eml))
		if err != nil {
			t.Fatal(err)
		}
		got, err := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
		if err != nil || got != subject {
			t.Errorf("Subject decodes to %q, %v; want %q", got, err, subject)
		}
	}
}

// TestListUnsubscribeWithLineBreak: CR/LF inside newsletter.unsubscribeURL
// neither injects a header nor silently drops List-Unsubscribe.
func TestListUnsubscribeWithLineBreak(t *testing.T) {
	u := listUnsubscribe(presets["generic"], "https://notes.example/unsub\r\nBcc: victim@example.com")
	eml, err := buildEML(emlInput{Subject: "s", MessageID: "<id@example>", Unsubscribe: u, Text: []byte("t"), HTML: []byte("h")})
	if err != nil {
		t.Fatal(err)
	}
	msg, err := mail.ReadMessage(bytes.NewReader(eml))
	if err != nil {
		t.Fatal(err)
	}
	if msg.Header.Get("Bcc") != "" {
		t.Fatalf("the unsubscribe URL added a header: %v", msg.Header)
	}
	if got := msg.Header.Get("List-Unsubscribe"); got != "<https://notes.example/unsubBcc:%20victim@example.com>" {
		t.Errorf("List-Unsubscribe = %q", got)
	}
}

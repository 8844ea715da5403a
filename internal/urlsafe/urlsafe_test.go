package urlsafe

import "testing"

func TestDangerous(t *testing.T) {
	for _, tc := range []struct {
		ref  string
		want bool
	}{
		{"javascript:alert(1)", true},
		{"JavaScript:alert(1)", true},
		{"  javascript:alert(1)", true},
		{"\x00\x01javascript:alert(1)", true},
		{"java\tscript:alert(1)", true},
		{"java\nscript:alert(1)", true},
		{"java\r\nscript:alert(1)", true},
		{"jav\u200bascript:alert(1)", true},
		{"vbscript:msgbox(1)", true},
		{"VBScript:msgbox(1)", true},
		{"livescript:x", true},
		{"file:///etc/passwd", true},
		{"data:text/html,<script>alert(1)</script>", true},
		{"DATA:text/html;base64,PHNjcmlwdD4=", true},
		{"data:image/svg+xml,<svg onload=alert(1)>", true},
		{"data: image/png;base64,iVBOR", false},
		{"data:image/png;base64,iVBOR", false},
		{"data:IMAGE/JPEG;base64,/9j/", false},
		{"https://example.com/", false},
		{"HTTP://example.com/", false},
		{"mailto:me@example.com", false},
		{"tel:+15551234", false},
		{"/articles/x/", false},
		{"../x/javascript:alert(1)", false},
		{"./javascript:alert(1)", false},
		{"#javascript:alert(1)", false},
		{"?q=javascript:alert(1)", false},
		{"javascript%3Aalert(1)", false}, // a relative path to a browser
		{"*|UNSUB|*", false},
		{"{{ unsubscribe_url }}", false},
		{"", false},
		{":", false},
		{"1javascript:x", false},
	} {
		if got := Dangerous(tc.ref); got != tc.want {
			t.Errorf("Dangerous(%q) = %v, want %v", tc.ref, got, tc.want)
		}
		if got := Clean(tc.ref); (got == "") != (tc.want || tc.ref == "") {
			t.Errorf("Clean(%q) = %q", tc.ref, got)
		}
	}
}

// FuzzDangerous checks Dangerous agrees with a direct reading of the
// rules on any input: what remains of the text before the first colon,
// once spaces, controls and non-ASCII bytes are dropped and letters lower-
// cased, is the scheme.
func FuzzDangerous(f *testing.F) {
	for _, s := range []string{"javascript:alert(1)", " \tJaVaScRiPt:x", "data:text/html,x", "data:image/png,x", "https://e.x/", "/a:b", "vbscript:", "\x00file:x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, ref string) {
		got := Dangerous(ref)
		var scheme []byte
		colon := -1
		for i := 0; i < len(ref); i++ {
			c := ref[i]
			if c == ':' {
				colon = i
				break
			}
			if c > ' ' && c < 0x7f {
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				scheme = append(scheme, c)
			}
		}
		if colon < 0 {
			if got {
				t.Fatalf("Dangerous(%q) = true without a colon", ref)
			}
			return
		}
		s := string(scheme)
		if (s == "javascript" || s == "vbscript" || s == "livescript" || s == "file") && !got {
			t.Fatalf("Dangerous(%q) = false for scheme %q", ref, s)
		}
		if got && s != "javascript" && s != "vbscript" && s != "livescript" && s != "file" && s != "data" {
			t.Fatalf("Dangerous(%q) = true for scheme %q", ref, s)
		}
	})
}

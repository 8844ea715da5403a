package email

import (
	"math/rand/v2"
	"regexp"
	"testing"
)

// tokenRE is the definition findToken implements.
var tokenRE = regexp.MustCompile(regexp.QuoteMeta(tokenPrefix) + `(UNSUBSCRIBE|WEBVERSION|FIRSTNAME_([0-9a-f]*))__`)

func TestFindToken(t *testing.T) {
	p := tokenPrefix
	inputs := []string{
		"", tokenUnsubscribe, "x" + tokenWebVersion + "y" + firstNameToken("there"),
		p + "_" + p + "UNSUBSCRIBE__", p + "FIRSTNAME___", p + "FIRSTNAME_0A__",
		p + "FIRSTNAME_7468__x", p + "WEBVERSION_", p + "UNSUBSCRIBE",
		// Content cannot guess the random part.
		"__GENMERGE_UNSUBSCRIBE__", "__GENMERGE_FIRSTNAME_7468__",
	}
	rng := rand.New(rand.NewPCG(3, 4))
	parts := []string{p, "__GENMERGE_", "UNSUBSCRIBE", "WEBVERSION", "FIRSTNAME_", "__", "_", "0a", "G", "x"}
	for range 3000 {
		s := ""
		for range rng.IntN(8) {
			s += parts[rng.IntN(len(parts))]
		}
		inputs = append(inputs, s)
	}
	for _, in := range inputs {
		start, end, kind, fallback := findToken(in)
		m := tokenRE.FindStringSubmatchIndex(in)
		if m == nil {
			if start >= 0 {
				t.Fatalf("findToken(%q) found [%d:%d], the regexp nothing", in, start, end)
			}
			continue
		}
		wantKind := in[m[2]:m[3]]
		if m[4] >= 0 {
			wantKind = "FIRSTNAME"
		}
		wantFallback := ""
		if m[4] >= 0 {
			wantFallback = in[m[4]:m[5]]
		}
		if start != m[0] || end != m[1] || kind != wantKind || fallback != wantFallback {
			t.Fatalf("findToken(%q) = %d, %d, %q, %q; the regexp finds %v", in, start, end, kind, fallback, m)
		}
	}
}

// TestHTMLCut: merging a page less a cut is merging the page made without
// the cut, a token running across the cut included, for a preset with
// merge tags and for the web copy's plain values.
func TestHTMLCut(t *testing.T) {
	preset, err := LookupPreset("mailchimp")
	if err != nil {
		t.Fatal(err)
	}
	mergers := []merger{
		{preset: preset, unsubscribe: "https://x.example/u?a=1&b=2", webVersion: "https://x.example/w"},
		{preset: webPreset, unsubscribe: "https://x.example/u?a=1&b=2", webVersion: "https://x.example/w"},
	}
	cut := `<link rel="canonical" href="https://x.example/w">`
	half := len(tokenUnsubscribe) / 2
	pages := []cutPage{
		{page: "<head>" + cut + "</head><a href=\"" + tokenUnsubscribe + "\">" + firstNameToken("you & me") + "</a>", at: 6, n: len(cut)},
		{page: tokenWebVersion + cut + tokenWebVersion, at: len(tokenWebVersion), n: len(cut)},
		{page: tokenUnsubscribe[:half] + cut + tokenUnsubscribe[half:], at: half, n: len(cut)}, // a token across the cut
		{page: "a" + cut + "b", at: 1, n: len(cut)},
		{page: cut + tokenUnsubscribe, at: 0, n: len(cut)},
		{page: tokenUnsubscribe + cut, at: len(tokenUnsubscribe), n: len(cut)},
		{page: "no cut " + tokenUnsubscribe},
	}
	for _, m := range mergers {
		for _, c := range pages {
			if got, want := string(m.htmlCut(c)), string(m.html(c.String())); got != want {
				t.Errorf("%s: htmlCut(%q less [%d:+%d]) = %q, want %q", m.preset.Name, c.page, c.at, c.n, got, want)
			}
		}
	}
}

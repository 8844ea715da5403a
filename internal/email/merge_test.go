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

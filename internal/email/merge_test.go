package email

import (
	"math/rand/v2"
	"regexp"
	"testing"
)

// tokenRE is the definition findToken implements.
var tokenRE = regexp.MustCompile(`__GENMERGE_(UNSUBSCRIBE|WEBVERSION|FIRSTNAME_([0-9a-f]*))__`)

func TestFindToken(t *testing.T) {
	inputs := []string{
		"", tokenUnsubscribe, "x" + tokenWebVersion + "y" + firstNameToken("there"),
		"__GENMERGE___GENMERGE_UNSUBSCRIBE__", "__GENMERGE_FIRSTNAME___", "__GENMERGE_FIRSTNAME_0A__",
		"__GENMERGE_FIRSTNAME_7468__x", "__GENMERGE_WEBVERSION_", "__GENMERGE_UNSUBSCRIBE",
	}
	rng := rand.New(rand.NewPCG(3, 4))
	parts := []string{"__GENMERGE_", "UNSUBSCRIBE", "WEBVERSION", "FIRSTNAME_", "__", "_", "0a", "G", "x"}
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

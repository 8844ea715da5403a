package serve

import "testing"

func TestForceDark(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`<style>@media (prefers-color-scheme: dark) { a { color: #fff } }</style>`,
			`<style>@media (min-width: 0px) { a { color: #fff } }</style>`},
		{`<style>@media(prefers-color-scheme:dark){a{}}@media ( Prefers-Color-Scheme : LIGHT ){b{}}</style>`,
			`<style>@media(min-width: 0px){a{}}@media (max-width: -1px){b{}}</style>`},
		{`<style>@media (prefers-color-scheme: dim) {} @media (max-width: 600px) {}</style>`,
			`<style>@media (prefers-color-scheme: dim) {} @media (max-width: 600px) {}</style>`},
		{`<p>Try (prefers-color-scheme: dark) in <code>&lt;style&gt;</code></p><style>x{}</style>`,
			`<p>Try (prefers-color-scheme: dark) in <code>&lt;style&gt;</code></p><style>x{}</style>`},
	} {
		if got := string(forceDark([]byte(tc.in))); got != tc.want {
			t.Errorf("forceDark(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

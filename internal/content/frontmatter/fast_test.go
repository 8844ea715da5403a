package frontmatter

import (
	"reflect"
	"testing"

	"go.yaml.in/yaml/v3"
)

// yamlCases are front matter blocks; fast says whether the fast path must
// take them (the rest must fall back or agree with yaml.v3).
var yamlCases = []struct {
	src  string
	fast bool
}{
	{"title: \"An a/b test #1\"\ndate: 2020-01-02\ntags: [retention, content, ecommerce]\ndescription: \"Your team ([read more](https://example.com/219))\"\n", true},
	{"title: 'It is done'\nissue: 12\ndraft: false\n", false},
	{"title: Plain words: with a colon\n", false},
	{"title: Plain words, commas] and brackets\n", true},
	{"title: naïve café 日本語\n# a comment\n\nsubject: Hi\n", true},
	{"n: 0\nm: 012\n", false},
	{"zero: 0\nseven: 7\nbig: 123456789012345678\n", true},
	{"n: 1\n", false},
	{"d: 2020-02-30\n", false},
	{"d: 2020-1-2\n", false},
	{"t: yes\n", false},
	{"t: Yesterday\n", true},
	{"a: []\nb: [x]\nc: [\"a, b\", 'c', d e]\n", true},
	{"a: [x, ]\n", false},
	{"a: [x, 2]\n", false},
	{"a: [x\n", false},
	{"s: \"esc \\\" aped\"\n", false},
	{"s: 'it''s'\n", false},
	{"s: \"x\" # comment\n", false},
	{"s: x # comment\n", false},
	{"s: x#y\n", true},
	{"s: \"a\u2028b\"\n", false},
	{"s: a\u00a0b\n", true},
	{"s: \"\"\nt: ''\n", true},
	{"title: x\ntitle: y\n", false},
	{"cta:\n  text: Reply\n  url: x\n", false},
	{"cta: {text: Reply, url: x}\n", false},
	{"title: x\r\n", false},
	{"title:\tx\n", false},
	{"true: x\n", false},
	{"my-key_2: value\n", true},
	{"title: ends with colon:\n", false},
	{"title: trailing space \n", false},
	{"  indented: x\n", false},
	{"", true},
	{"# only a comment\n", true},
}

func TestYAMLFastAgreesWithYAML(t *testing.T) {
	for _, c := range yamlCases {
		got, _, ok := decodeYAMLFast([]byte(c.src), 0)
		if ok != c.fast {
			t.Errorf("%q: fast path took it = %v, want %v", c.src, ok, c.fast)
		}
		if ok {
			checkYAML(t, []byte(c.src), got)
		}
	}
}

func checkYAML(t *testing.T, src []byte, got map[string]any) {
	t.Helper()
	want := map[string]any{}
	if err := yaml.Unmarshal(src, &want); err != nil {
		t.Fatalf("%q: fast path accepted what yaml.v3 rejects: %v", src, err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%q:\nfast  %#v\nyaml  %#v", src, got, want)
	}
}

func FuzzYAMLFast(f *testing.F) {
	for _, c := range yamlCases {
		f.Add([]byte(c.src))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if got, _, ok := decodeYAMLFast(src, 0); ok {
			checkYAML(t, src, got)
		}
	})
}

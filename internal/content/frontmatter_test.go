package content

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestParseTolerates covers front matter that gen build once refused
// while gen lint read it: both now go through the same reader.
func TestParseTolerates(t *testing.T) {
	tests := []struct {
		name, src string
		format    Format
		body      string
	}{
		{"byte order mark before ---", "\uFEFF---\ntitle: \"x\"\ndate: 2026-01-01\n---\nBody.\n", FormatYAML, "Body.\n"},
		{"byte order mark before +++", "\uFEFF+++\ntitle = \"x\"\ndate = 2026-01-01\n+++\nBody.\n", FormatTOML, "Body.\n"},
		{"one-line JSON", "{\"title\": \"x\", \"date\": \"2026-01-01\"}\nBody.\n", FormatJSON, "Body.\n"},
		{"one-line JSON after a byte order mark", "\uFEFF{\"title\": \"x\", \"date\": \"2026-01-01\"}\n\nBody.\n", FormatJSON, "Body.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := testConfig(t)
			write(t, cfg.Root, "content/articles/x.md", tt.src)
			p, err := LoadFile(cfg, md, "content/articles/x.md")
			if err != nil {
				t.Fatal(err)
			}
			if p.Format != tt.format || p.Title != "x" || p.Date.Format("2006-01-02") != "2026-01-01" || string(p.Body) != tt.body {
				t.Errorf("got %s %q %v body %q", p.Format, p.Title, p.Date, p.Body)
			}
		})
	}
}

// TestMisspeltKeys checks that a key close to a known one is a warning at
// the key, with the suggestion, and is still kept as a parameter; keys
// that are close to nothing stay parameters without a word.
func TestMisspeltKeys(t *testing.T) {
	tests := []struct {
		name, front string
		want        string // the warning, "" for none
	}{
		{"preheder", "preheder: \"Two words\"\n", `content/newsletter/x.md:4:1: unknown front matter key "preheder"; did you mean "preheader"?`},
		{"descripton", "descripton: \"One sentence\"\n", `content/newsletter/x.md:4:1: unknown front matter key "descripton"; did you mean "description"?`},
		{"subjet", "subjet: \"Hi\"\n", `content/newsletter/x.md:4:1: unknown front matter key "subjet"; did you mean "subject"?`},
		{"greting", "greting: false\n", `content/newsletter/x.md:4:1: unknown front matter key "greting"; did you mean "greeting"?`},
		{"sign-off", "signof: \"Best,\"\n", `content/newsletter/x.md:4:1: unknown front matter key "signof"; did you mean "signoff"?`},
		{"no other key", "", ""},
		{"a parameter", "hero_color: teal\n", ""},
		{"a known key in another case", "Preheader: \"Two words\"\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "---\ntitle: x\ndate: 2026-01-01\n" + tt.front + "---\nBody.\n"
			p, err := Parse(md, "content/newsletter/x.md", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, w := range p.Warnings {
				got = append(got, strings.SplitN(w.Error(), "\n", 2)[0])
			}
			switch {
			case tt.want == "" && len(got) > 0:
				t.Errorf("warnings %q, want none", got)
			case tt.want != "" && (len(got) != 1 || got[0] != tt.want):
				t.Errorf("warnings %q, want %q", got, tt.want)
			}
			key, _, _ := strings.Cut(tt.front, ":")
			if key != "" && !strings.EqualFold(key, "preheader") && p.Params[key] == nil {
				t.Errorf("%s not kept as a page parameter: %v", key, p.Params)
			}
		})
	}
	// The same in TOML, where the column is the key's.
	p, err := Parse(md, "x.md", []byte("+++\ntitle = \"x\"\n  preheder = \"y\"\n+++\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Warnings) != 1 || p.Warnings[0].Line != 3 || p.Warnings[0].Col != 3 {
		t.Errorf("TOML warnings = %v, want one at 3:3", p.Warnings)
	}
}

// TestFolderLinkStopsTheBuild: a link to a folder in content/ is an error
// at the link's path that says how to fix it, as the README says.
func TestFolderLinkStopsTheBuild(t *testing.T) {
	cfg := testConfig(t)
	write(t, cfg.Root, "content/articles/a.md", "---\ntitle: A\ndate: 2026-05-01\n---\n")
	write(t, cfg.Root, "drafts/b.md", "---\ntitle: B\ndate: 2026-05-01\n---\n")
	if err := os.Symlink(filepath.Join(cfg.Root, "drafts"), filepath.Join(cfg.Root, "content", "linked")); err != nil {
		t.Skip("cannot make symbolic links here:", err)
	}
	_, err := Files(cfg.Root)
	if err == nil {
		t.Fatal("a folder link in content/ was passed over")
	}
	if msg := err.Error(); !strings.HasPrefix(msg, "content/linked: symbolic link to a folder") || !strings.Contains(msg, "hint: ") {
		t.Errorf("error = %q, want it at content/linked with a hint", msg)
	}
}

// TestSalutationKeys: greeting and signoff take a text or false; true
// keeps the site's; anything else is an error at the value.
func TestSalutationKeys(t *testing.T) {
	for _, tt := range []struct {
		front   string
		want    *string
		wantErr string
	}{
		{"greeting: false\n", ptr(""), ""},
		{"greeting: true\n", nil, ""},
		{"greeting: \"Hello {name},\"\n", ptr("Hello {name},"), ""},
		{"", nil, ""},
		{"greeting: [a]\n", nil, "content/newsletter/x.md:4:11: greeting must be text or false"},
	} {
		src := "---\ntitle: x\ndate: 2026-01-01\n" + tt.front + "---\nBody.\n"
		p, err := Parse(md, "content/newsletter/x.md", []byte(src))
		if tt.wantErr != "" {
			if err == nil || !strings.HasPrefix(err.Error(), tt.wantErr) {
				t.Errorf("%q: error %v, want %q", tt.front, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if (p.Greeting == nil) != (tt.want == nil) || p.Greeting != nil && *p.Greeting != *tt.want {
			t.Errorf("%q: greeting %v, want %v", tt.front, p.Greeting, tt.want)
		}
	}
}

func ptr(s string) *string { return &s }

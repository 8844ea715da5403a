package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/diag"
)

func load(t *testing.T, toml string) (*Config, error) {
	t.Helper()
	root := t.TempDir()
	if err := os.WriteFile(filepath.Join(root, FileName), []byte(toml), 0o644); err != nil {
		t.Fatal(err)
	}
	return Load(root, "")
}

func TestLoadDefaultsAndValues(t *testing.T) {
	cfg, err := load(t, "title = \"Notes\"\nbaseURL = \"https://notes.example/blog\"\nmystery = 1\n[newsletter]\nname = \"Letter\"\n[params]\nanything = true\n")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.BaseURL != "https://notes.example/blog/" || cfg.BasePath() != "/blog/" {
		t.Errorf("baseURL = %q, base path %q", cfg.BaseURL, cfg.BasePath())
	}
	if cfg.Paginate != 10 || cfg.Theme != "clarity" || cfg.Newsletter.Section != "newsletter" || cfg.Lint.FailOn != "error" {
		t.Errorf("defaults not applied: %+v", cfg)
	}
	if cfg.AbsURL("/articles/x/") != "https://notes.example/blog/articles/x/" {
		t.Errorf("AbsURL = %q", cfg.AbsURL("/articles/x/"))
	}
	if len(cfg.Warnings) != 1 || !strings.Contains(cfg.Warnings[0], "mystery") {
		t.Errorf("unknown key warnings = %v", cfg.Warnings)
	}
	if line, col := cfg.ValuePos("baseURL"); line != 2 || col != 11 {
		t.Errorf("ValuePos(baseURL) = %d:%d", line, col)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, toml, want string
		line             int
	}{
		{"syntax", "title = \"x\"\nbaseURL = \n", "gen.toml:2:", 2},
		{"relative baseURL", "baseURL = \"/blog/\"\n", "not an absolute URL", 1},
		{"bad failOn", "baseURL = \"https://x.example/\"\n[lint]\nfailOn = \"sometimes\"\n", "lint.failOn", 3},
		{"bad utm links", "baseURL = \"https://x.example/\"\n[newsletter.utm]\nlinks = \"most\"\n", "newsletter.utm.links", 0},
		{"section clash", "baseURL = \"https://x.example/\"\n[newsletter]\nsection = \"articles\"\n", "cannot be \"articles\"", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := load(t, tt.toml)
			var d *diag.Error
			if !errors.As(err, &d) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want %q", err, tt.want)
			}
			if tt.line != 0 && d.Line != tt.line {
				t.Errorf("line = %d, want %d", d.Line, tt.line)
			}
		})
	}
	if _, err := Load(t.TempDir(), ""); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing gen.toml: %v", err)
	}
}

// TestUnknownKeys: an unknown key or section is a warning at its line in
// gen.toml, with a suggestion when one is close; in [lint] it is an error.
func TestUnknownKeys(t *testing.T) {
	const base = "title = \"Notes\"\nbaseURL = \"https://notes.example/\"\n"
	tests := []struct {
		name, toml string
		warnings   []string
		err        string
	}{
		{"misspelt section", base + "\n[newsleter]\nname = \"Letter\"\nsection = \"letters\"\n",
			[]string{`gen.toml:4:2: unknown section [newsleter] is ignored; did you mean "newsletter"?`}, ""},
		{"misspelt key", base + "descripton = \"x\"\n",
			[]string{`gen.toml:3:1: unknown key "descripton" is ignored; did you mean "description"?`}, ""},
		{"misspelt key in a table", base + "[newsletter.utm]\ncampain = \"x\"\n",
			[]string{`gen.toml:4:1: unknown key "campain" in [newsletter.utm] is ignored; did you mean "campaign"?`}, ""},
		{"unknown key, nothing close", base + "mystery = 1\n",
			[]string{"gen.toml:3:1: unknown key \"mystery\" is ignored\n  hint: remove it, or check it against the README's gen.toml reference"}, ""},
		{"params are free", base + "[params]\nanything = true\n", nil, ""},
		{"lint rules are the linter's", base + "[lint.rules.pitch-heavy]\nseverity = \"info\"\n", nil, ""},
		{"unknown key in [lint]", base + "[lint]\nbrand = [\"Notes\"]\n", nil,
			`gen.toml:4:1: unknown key "brand" in [lint]; did you mean "brands"?`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := load(t, tt.toml)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("error = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(cfg.Warnings, "|") != strings.Join(tt.warnings, "|") {
				t.Errorf("warnings = %q, want %q", cfg.Warnings, tt.warnings)
			}
		})
	}
}

// TestNewsletterHeaders: the values that go into every issue's mail
// headers are checked once, at their line in gen.toml.
func TestNewsletterHeaders(t *testing.T) {
	const base = "baseURL = \"https://x.example/\"\n[newsletter]\n"
	tests := []struct {
		name, toml string
		want       string // the error's first line, "" for none
	}{
		{"from without an address", base + "from = \"Clarity Notes\"\n", `gen.toml:3:8: newsletter.from "Clarity Notes" is not an email address`},
		{"from with a line break", base + "from = \"Notes <a@x.example>\\r\\nBcc: b@x.example\"\n", `gen.toml:3:8: newsletter.from "Notes <a@x.example>\r\nBcc: b@x.example" is not an email address`},
		{"good from", base + "from = \"Clarity Notes <notes@x.example>\"\n", ""},
		{"unsubscribe URL with CR LF", base + "unsubscribeURL = \"https://x.example/u\\r\\nBcc: b@x.example\"\n",
			`gen.toml:3:18: newsletter.unsubscribeURL "https://x.example/u\r\nBcc: b@x.example" contains a line break or control character, which would end the List-Unsubscribe mail header`},
		{"good unsubscribe URL", base + "unsubscribeURL = \"https://x.example/u\"\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := load(t, tt.toml)
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil {
				t.Fatalf("accepted; want %q", tt.want)
			}
			first, hint, _ := strings.Cut(err.Error(), "\n")
			if first != tt.want || !strings.Contains(hint, "hint: ") {
				t.Errorf("error = %q, want %q and a hint", err, tt.want)
			}
		})
	}
}

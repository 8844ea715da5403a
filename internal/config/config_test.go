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
		{"relative baseURL", "baseURL = \"/blog/\"\n", "not an absolute URL", 0},
		{"bad failOn", "baseURL = \"https://x.example/\"\n[lint]\nfailOn = \"sometimes\"\n", "lint.failOn", 0},
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

// Package config loads and validates a site's gen.toml and fills in defaults.
package config

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/claritynotes/gen/internal/diag"
)

// FileName is the name of the site configuration file in the site root.
const FileName = "gen.toml"

// Config is a site's configuration, decoded from gen.toml.
type Config struct {
	Title    string `toml:"title"`
	BaseURL  string `toml:"baseURL"`
	Language string `toml:"language"`
	Theme    string `toml:"theme"`
	// Paginate is the number of entries per list page.
	Paginate    int            `toml:"paginate"`
	Description string         `toml:"description"`
	Author      Author         `toml:"author"`
	Newsletter  Newsletter     `toml:"newsletter"`
	Markdown    Markdown       `toml:"markdown"`
	Lint        Lint           `toml:"lint"`
	Build       Build          `toml:"build"`
	Params      map[string]any `toml:"params"`

	// Root is the site root directory (where gen.toml lives). Not read from the file.
	Root string `toml:"-"`
	// Warnings lists non-fatal problems found while loading, such as unknown keys.
	Warnings []string `toml:"-"`
	// File is gen.toml's path relative to Root, and raw its bytes, for
	// pointing at a key in messages.
	File     string `toml:"-"`
	raw      []byte
	basePath string
}

// Author is the site's default author.
type Author struct {
	Name  string `toml:"name"`
	Email string `toml:"email"`
}

// Newsletter configures the newsletter section and email export.
type Newsletter struct {
	Name           string `toml:"name"`
	Section        string `toml:"section"`
	From           string `toml:"from"`
	Tool           string `toml:"tool"`
	UnsubscribeURL string `toml:"unsubscribeURL"`
	UTM            UTM    `toml:"utm"`
	// Subscribe is where the site's subscribe form sends a reader's
	// address; unset, the theme shows no form.
	Subscribe Subscribe `toml:"subscribe"`
}

// Subscribe configures the subscribe form. In gen.toml it is either the
// form's URL as a string or a table with url and the optional keys.
type Subscribe struct {
	URL string `toml:"url"`
	// List is the list a form subscribes to when the URL does not say
	// (listmonk's list UUID).
	List string `toml:"list"`
	// Privacy replaces the line under the form that says how the address is used.
	Privacy string `toml:"privacy"`
}

// UnmarshalTOML accepts subscribe = "URL" as well as a table.
func (s *Subscribe) UnmarshalTOML(v any) error {
	switch v := v.(type) {
	case string:
		s.URL = v
		return nil
	case map[string]any:
		for key, val := range v {
			str, ok := val.(string)
			if !ok {
				return fmt.Errorf("newsletter.subscribe.%s must be a string", key)
			}
			switch key {
			case "url":
				s.URL = str
			case "list":
				s.List = str
			case "privacy":
				s.Privacy = str
			default:
				return fmt.Errorf("newsletter.subscribe has no key %q; use url, list or privacy", key)
			}
		}
		return nil
	}
	return fmt.Errorf("newsletter.subscribe must be a URL string or a table with url")
}

// Build configures what fails a build.
type Build struct {
	// BrokenLinks says how a link to nothing the build produced counts:
	// error (the build fails) or warning.
	BrokenLinks string `toml:"brokenLinks"`
}

// UTM holds the campaign parameters added to links in emails.
type UTM struct {
	Source   string `toml:"source"`
	Medium   string `toml:"medium"`
	Campaign string `toml:"campaign"`
	// Links selects which links get UTM parameters: site, all or none.
	Links string `toml:"links"`
}

// Markdown configures the Markdown renderer.
type Markdown struct {
	// Unsafe keeps raw HTML from the Markdown source in the output.
	Unsafe bool `toml:"unsafe"`
}

// Lint configures the empathy linter. Rule settings are validated by the
// lint package, which knows the rules.
type Lint struct {
	Brands []string `toml:"brands"`
	// FailOn is the lowest severity that fails a build: error, warning or never.
	FailOn string                    `toml:"failOn"`
	Rules  map[string]map[string]any `toml:"rules"`
}

// ArticlesSection is the content folder that holds articles.
const ArticlesSection = "articles"

// Default returns the configuration used when gen.toml leaves a key out.
func Default() *Config {
	return &Config{
		Title:    "My site",
		BaseURL:  "http://localhost:4000/",
		Language: "en",
		Theme:    "clarity",
		Paginate: 10,
		Newsletter: Newsletter{
			Section: "newsletter",
			Tool:    "generic",
			UTM:     UTM{Medium: "email", Campaign: "{slug}", Links: "site"},
		},
		Lint:  Lint{FailOn: "error"},
		Build: Build{BrokenLinks: "error"},
	}
}

// Load reads gen.toml from the site root. A missing file is an error that
// says how to create one. path, when not empty, names another config file.
func Load(root, path string) (*Config, error) {
	if path == "" {
		path = filepath.Join(root, FileName)
	}
	cfg := Default()
	cfg.Root = root
	data, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, &diag.Error{Path: path, Msg: "no site configuration found", Err: err,
				Hint: "run gen in a site root (the folder with gen.toml and content/), or pass --source DIR"}
		}
		return nil, &diag.Error{Path: path, Msg: err.Error(), Err: err}
	}
	rel := relPath(root, path)
	cfg.File, cfg.raw = rel, data
	md, err := toml.Decode(string(data), cfg)
	if err != nil {
		var perr toml.ParseError
		if errors.As(err, &perr) {
			return nil, &diag.Error{Path: rel, Line: perr.Position.Line, Col: perr.Position.Col,
				Msg: perr.Message, Hint: "check the TOML syntax at this spot (strings need quotes, tables need [brackets])"}
		}
		return nil, &diag.Error{Path: rel, Msg: err.Error(), Hint: "check the value types against the README's gen.toml reference"}
	}
	for _, k := range md.Undecoded() {
		if len(k) > 0 && (k[0] == "params" || (len(k) > 2 && k[0] == "lint" && k[1] == "rules")) {
			continue
		}
		cfg.Warnings = append(cfg.Warnings, fmt.Sprintf("%s: unknown key %q is ignored", rel, k.String()))
	}
	if err := cfg.validate(rel); err != nil {
		return nil, err
	}
	return cfg, nil
}

func (c *Config) validate(rel string) error {
	u, err := url.Parse(c.BaseURL)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return &diag.Error{Path: rel, Msg: fmt.Sprintf("baseURL %q is not an absolute URL", c.BaseURL),
			Hint: `set baseURL = "https://example.com/" (scheme and host)`}
	}
	c.BaseURL = strings.TrimRight(c.BaseURL, "/") + "/"
	c.basePath = strings.TrimRight(u.Path, "/") + "/"
	if c.Paginate <= 0 {
		return &diag.Error{Path: rel, Msg: fmt.Sprintf("paginate = %d must be at least 1", c.Paginate)}
	}
	if c.Newsletter.Section == "" || strings.ContainsAny(c.Newsletter.Section, `/\.`) {
		return &diag.Error{Path: rel, Msg: fmt.Sprintf("newsletter.section %q must be a single folder name under content/", c.Newsletter.Section)}
	}
	if c.Newsletter.Section == ArticlesSection {
		return &diag.Error{Path: rel, Msg: `newsletter.section cannot be "articles": that folder holds articles`}
	}
	switch c.Newsletter.UTM.Links {
	case "", "site", "all", "none":
	default:
		return &diag.Error{Path: rel, Msg: fmt.Sprintf("newsletter.utm.links = %q; use site, all or none", c.Newsletter.UTM.Links)}
	}
	switch c.Lint.FailOn {
	case "error", "warning", "never":
	default:
		return &diag.Error{Path: rel, Msg: fmt.Sprintf("lint.failOn = %q; use error, warning or never", c.Lint.FailOn)}
	}
	switch c.Build.BrokenLinks {
	case "error", "warning":
	default:
		line, col := c.PositionIn("build", "brokenLinks")
		return &diag.Error{Path: rel, Line: line, Col: col, Msg: fmt.Sprintf("build.brokenLinks = %q; use error or warning", c.Build.BrokenLinks)}
	}
	if c.Newsletter.Name == "" {
		c.Newsletter.Name = c.Title
	}
	return nil
}

// Position returns the 1-based line and column of a top-level key's value
// in gen.toml, or 0, 0 when the key is not written there.
func (c *Config) Position(key string) (line, col int) {
	for i, l := range strings.Split(string(c.raw), "\n") {
		trimmed := strings.TrimLeft(l, " \t")
		if strings.HasPrefix(trimmed, "[") {
			return 0, 0 // past the top-level keys
		}
		rest, ok := strings.CutPrefix(trimmed, key)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, " \t")
		if v, ok := strings.CutPrefix(rest, "="); ok {
			v = strings.TrimLeft(v, " \t")
			return i + 1, len([]rune(l)) - len([]rune(v)) + 1
		}
	}
	return 0, 0
}

// PositionIn returns the 1-based line and column of a key's value in a
// table of gen.toml ([newsletter] subscribe = …), or of the table header
// [table.key] when the key is a table, or 0, 0 when neither is written.
func (c *Config) PositionIn(table, key string) (line, col int) {
	current := ""
	for i, l := range strings.Split(string(c.raw), "\n") {
		trimmed := strings.TrimLeft(l, " \t")
		if strings.HasPrefix(trimmed, "[") {
			header := strings.TrimSpace(strings.Trim(strings.SplitN(trimmed, "#", 2)[0], " \t[]"))
			if header == table+"."+key {
				return i + 1, len(l) - len(trimmed) + 1
			}
			current = header
			continue
		}
		if current != table {
			continue
		}
		rest, ok := strings.CutPrefix(trimmed, key)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, " \t")
		if v, ok := strings.CutPrefix(rest, "="); ok {
			v = strings.TrimLeft(v, " \t")
			return i + 1, len([]rune(l)) - len([]rune(v)) + 1
		}
	}
	return 0, 0
}

// WithBaseURL returns a copy of c whose baseURL is replaced, for preview deploys.
func (c *Config) WithBaseURL(raw string) (*Config, error) {
	cp := *c
	cp.BaseURL = raw
	if err := cp.validate("--base-url"); err != nil {
		return nil, err
	}
	return &cp, nil
}

// AbsURL joins a site-relative path ("/articles/x/") to the base URL.
func (c *Config) AbsURL(p string) string {
	if strings.Contains(p, "://") {
		return p
	}
	return c.BaseURL + strings.TrimPrefix(p, "/")
}

// BasePath is the path part of the base URL ("/" or "/blog/"), used to build
// root-relative links that work when a site is served from a sub-path.
func (c *Config) BasePath() string {
	if c.basePath == "" {
		return "/"
	}
	return c.basePath
}

func relPath(root, p string) string {
	if r, err := filepath.Rel(root, p); err == nil && !strings.HasPrefix(r, "..") {
		return filepath.ToSlash(r)
	}
	return p
}

// Package config loads and validates a site's gen.toml and fills in defaults.
package config

import (
	"errors"
	"fmt"
	"net/mail"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"unicode"

	"github.com/BurntSushi/toml"

	"github.com/claritynotes/gen/internal/content/frontmatter"
	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/suggest"
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
	// File is gen.toml's path relative to Root, and doc finds its keys,
	// for pointing at a key in messages.
	File     string `toml:"-"`
	doc      *frontmatter.Doc
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
	// Greeting opens every email ("{name}" becomes the tool's first-name
	// merge tag) and Signoff closes it; "" leaves either out. An issue
	// whose body already greets or signs off gets neither added.
	Greeting string `toml:"greeting"`
	Signoff  string `toml:"signoff"`
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
	// file and doc locate [lint] keys in gen.toml, so that the linter's
	// errors about its settings point at the line that sets them.
	file string
	doc  *frontmatter.Doc
}

// Where returns the file that sets the [lint] key at path ("rules",
// "pitch-heavy", "severity") and the line and column of its value, or of
// its key when key is true. Line and column are 0 when the key is not
// written in a file (a default, or a configuration made in code).
func (l Lint) Where(key bool, path ...string) (file string, line, col int) {
	file = l.file
	if file == "" {
		file = FileName
	}
	full := append([]string{"lint"}, path...)
	span, ok := l.doc.ValueSpan(full...)
	if key {
		span, ok = l.doc.KeySpan(full...)
	}
	if ok {
		line, col = l.doc.Position(span.Start)
	}
	return file, line, col
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
			Section:  "newsletter",
			Tool:     "generic",
			Greeting: "Hi {name},",
			Signoff:  "Warmly,",
			UTM:      UTM{Medium: "email", Campaign: "{slug}", Links: "site"},
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
	cfg.File, cfg.doc = rel, frontmatter.Locate(frontmatter.FormatTOML, data, 0, len(data))
	md, err := toml.Decode(string(data), cfg)
	if err != nil {
		var perr toml.ParseError
		if errors.As(err, &perr) {
			return nil, &diag.Error{Path: rel, Line: perr.Position.Line, Col: perr.Position.Col,
				Msg: perr.Message, Hint: "check the TOML syntax at this spot (strings need quotes, tables need [brackets])"}
		}
		return nil, &diag.Error{Path: rel, Msg: err.Error(), Hint: "check the value types against the README's gen.toml reference"}
	}
	cfg.Lint.file, cfg.Lint.doc = rel, cfg.doc
	if err := cfg.unknownKeys(md); err != nil {
		return nil, err
	}
	if err := cfg.validate(""); err != nil {
		return nil, err
	}
	return cfg, nil
}

// unknownKeys warns about keys and sections gen does not read, suggesting
// the known one a typo was meant to be. In [lint] an unknown key is an
// error: a misspelt setting there would quietly change what fails a build.
func (c *Config) unknownKeys(md toml.MetaData) error {
	var errs []error
	reported := map[string]bool{}
	for _, k := range md.Undecoded() {
		if len(k) == 0 || k[0] == "params" || len(k) > 2 && k[0] == "lint" && k[1] == "rules" {
			continue // free-form tables; the linter checks its rules itself
		}
		if reported[k[:len(k)-1].String()] {
			continue // inside an unknown table, already reported
		}
		reported[k.String()] = true
		table, name := k[:len(k)-1], k[len(k)-1]
		what := fmt.Sprintf("key %q", name)
		if md.Type(k...) == "Hash" {
			what = fmt.Sprintf("section [%s]", k.String())
		} else if len(table) > 0 {
			what += fmt.Sprintf(" in [%s]", table.String())
		}
		known := knownKeys(table)
		line, col := 0, 0
		if s, ok := c.doc.KeySpan(k...); ok {
			line, col = c.doc.Position(s.Start)
		}
		d := &diag.Error{Path: c.File, Line: line, Col: col}
		hint := suggest.Hint(name, known)
		if k[0] == "lint" {
			d.Msg = "unknown " + what + hint
			if hint == "" {
				d.Hint = "[lint] takes " + strings.Join(known, ", ")
			}
			errs = append(errs, d)
			continue
		}
		d.Msg = "unknown " + what + " is ignored" + hint
		if hint == "" {
			d.Hint = "remove it, or check it against the README's gen.toml reference"
		}
		c.Warnings = append(c.Warnings, d.Error())
	}
	return diag.Join(errs)
}

// knownKeys lists the keys gen reads in a table of gen.toml (the top level
// when table is empty), from the toml tags of the struct it decodes into.
func knownKeys(table toml.Key) []string {
	t := reflect.TypeFor[Config]()
	for _, name := range table {
		f, ok := fieldByTag(t, name)
		if !ok || f.Type.Kind() != reflect.Struct {
			return nil
		}
		t = f.Type
	}
	var keys []string
	for i := range t.NumField() {
		if tag := t.Field(i).Tag.Get("toml"); tag != "" && tag != "-" {
			keys = append(keys, tag)
		}
	}
	return keys
}

func fieldByTag(t reflect.Type, tag string) (reflect.StructField, bool) {
	for i := range t.NumField() {
		if f := t.Field(i); f.Tag.Get("toml") == tag {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

// validate checks the values and fills in those derived from others.
// Errors point at the key in gen.toml, or name flag when a flag set the
// value.
func (c *Config) validate(flag string) error {
	bad := func(key []string, hint, format string, args ...any) error {
		if flag != "" {
			return &diag.Error{Path: flag, Msg: fmt.Sprintf(format, args...), Hint: hint}
		}
		line, col := c.ValuePos(key...)
		return diag.Errorf(c.File, line, col, hint, format, args...)
	}
	u, err := url.Parse(c.BaseURL)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return bad([]string{"baseURL"}, `set baseURL = "https://example.com/" (scheme and host)`,
			"baseURL %q is not an absolute URL", c.BaseURL)
	}
	c.BaseURL = strings.TrimRight(c.BaseURL, "/") + "/"
	c.basePath = strings.TrimRight(u.Path, "/") + "/"
	if c.Paginate <= 0 {
		return bad([]string{"paginate"}, "", "paginate = %d must be at least 1", c.Paginate)
	}
	nl := c.Newsletter
	if nl.Section == "" || strings.ContainsAny(nl.Section, `/\.`) {
		return bad([]string{"newsletter", "section"}, "", "newsletter.section %q must be a single folder name under content/", nl.Section)
	}
	if nl.Section == ArticlesSection {
		return bad([]string{"newsletter", "section"}, "", `newsletter.section cannot be "articles": that folder holds articles`)
	}
	switch nl.UTM.Links {
	case "", "site", "all", "none":
	default:
		return bad([]string{"newsletter", "utm", "links"}, "", "newsletter.utm.links = %q; use site, all or none", nl.UTM.Links)
	}
	// Both land in mail headers of every issue: checked here once, not
	// once per issue when the messages are written.
	if nl.From != "" {
		if _, err := mail.ParseAddress(nl.From); err != nil || hasControl(nl.From) {
			return bad([]string{"newsletter", "from"}, `write it as "Name <address@example.com>" on one line`,
				"newsletter.from %q is not an email address", nl.From)
		}
	}
	if hasControl(nl.UnsubscribeURL) {
		return bad([]string{"newsletter", "unsubscribeURL"}, "write the URL on one line, without line breaks or control characters",
			"newsletter.unsubscribeURL %q contains a line break or control character, which would end the List-Unsubscribe mail header", nl.UnsubscribeURL)
	}
	switch c.Lint.FailOn {
	case "error", "warning", "never":
	default:
		return bad([]string{"lint", "failOn"}, "", "lint.failOn = %q; use error, warning or never", c.Lint.FailOn)
	}
	switch c.Build.BrokenLinks {
	case "error", "warning":
	default:
		return bad([]string{"build", "brokenLinks"}, "", "build.brokenLinks = %q; use error or warning", c.Build.BrokenLinks)
	}
	if c.Newsletter.Name == "" {
		c.Newsletter.Name = c.Title
	}
	return nil
}

// hasControl reports whether s holds a control character, such as the CR
// or LF that would end a mail header.
func hasControl(s string) bool { return strings.ContainsFunc(s, unicode.IsControl) }

// ValuePos returns the 1-based line and column of a key's value in
// gen.toml, each path element one table level ("newsletter", "tool"), or
// 0, 0 when the key is not written there.
func (c *Config) ValuePos(path ...string) (line, col int) {
	if s, ok := c.doc.ValueSpan(path...); ok {
		return c.doc.Position(s.Start)
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

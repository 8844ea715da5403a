package content

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/suggest"
)

// knownKeys are the front matter keys gen reads, as the README spells
// them; a page's other keys are its parameters.
var knownKeys = []string{"title", "date", "updated", "lastmod", "expiryDate", "description", "summary",
	"tags", "draft", "slug", "author", "image", "issue", "subject", "preheader", "greeting", "signoff", "cta", "lint"}

// fields maps the decoded keys onto FrontMatter. Value errors point at the
// value. A key that is not known but close to one is kept as a parameter
// and warned about, since it is most likely a typo whose value is lost.
func (p *Page) fields(m map[string]any) (FrontMatter, error) {
	var fm FrontMatter
	// Most keys are a text, a date or a salutation written to one field.
	texts := map[string]*string{"title": &fm.Title, "description": &fm.Description, "summary": &fm.Summary,
		"slug": &fm.Slug, "author": &fm.Author, "image": &fm.Image, "subject": &fm.Subject, "preheader": &fm.Preheader}
	dates := map[string]*time.Time{"date": &fm.Date, "updated": &fm.Updated, "lastmod": &fm.Updated, "expirydate": &fm.ExpiryDate}
	salutations := map[string]**string{"greeting": &fm.Greeting, "signoff": &fm.Signoff}
	// A structured value's error says which part is wrong; the hint shows
	// the whole value written right.
	structured := func(key, hint string, err error) error {
		if err != nil {
			return p.badValue(key, hint, "%s: %v", strings.ToLower(key), err)
		}
		return nil
	}
	var err error
	for k, v := range m {
		switch key := strings.ToLower(k); {
		case texts[key] != nil:
			*texts[key], err = p.textValue(k, v)
		case dates[key] != nil:
			*dates[key], err = p.dateValue(k, v)
		case salutations[key] != nil:
			*salutations[key], err = p.salutationValue(k, v)
		case key == "draft":
			b, ok := v.(bool)
			if !ok {
				err = p.badValue(k, "write draft: true or draft: false", "draft must be true or false, not %s", quote(v))
			}
			fm.Draft = b
		case key == "issue":
			n, ok := toInt(v)
			if !ok || n < 0 {
				err = p.badValue(k, "write the issue number without quotes: issue: 12", "issue must be a whole number, not %s", quote(v))
			}
			fm.Issue = n
		case key == "tags":
			fm.Tags, err = toStrings(v)
			err = structured(k, `write tags as a list: tags: [email, leadership]`, err)
		case key == "cta":
			fm.CTA, err = toCTA(v)
			err = structured(k, `write cta: {text: "Reply and tell me", url: "mailto:…"}`, err)
		case key == "lint":
			fm.Lint, err = toLint(v)
			err = structured(k, `write lint: {disable: [pitch-heavy]}`, err)
		default:
			if fm.Params == nil {
				fm.Params = map[string]any{}
			}
			fm.Params[k] = v
			p.warnUnknown(k)
		}
		if err != nil {
			return fm, err
		}
	}
	slices.SortFunc(p.Warnings, func(a, b *diag.Error) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
	return fm, nil
}

// badValue is the error for key's value, positioned at the value.
func (p *Page) badValue(key, hint, format string, args ...any) error {
	line, col := p.valuePos(key)
	return diag.Errorf(p.Path, line, col, hint, format, args...)
}

// textValue reads a text key; a number or boolean is taken as written.
func (p *Page) textValue(key string, v any) (string, error) {
	switch s := v.(type) {
	case string:
		return s, nil
	case int, int64, float64, bool:
		return fmt.Sprint(s), nil
	}
	return "", p.badValue(key, `write it as a quoted string: `+key+`: "…"`, "%s must be text, not %s", key, describe(v))
}

// dateValue reads a date key.
func (p *Page) dateValue(key string, v any) (time.Time, error) {
	t, ok := toTime(v)
	if !ok {
		return time.Time{}, p.badValue(key, "use 2006-01-02 or RFC 3339 (2006-01-02T15:04:05Z07:00)",
			"%s %s is not a date", key, quote(v))
	}
	return t, nil
}

// salutationValue reads greeting or signoff: a text, or false to leave
// it out; true (nil) keeps the site's.
func (p *Page) salutationValue(key string, v any) (*string, error) {
	switch s := v.(type) {
	case bool:
		if s {
			return nil, nil
		}
		off := ""
		return &off, nil
	case string:
		return &s, nil
	}
	return nil, p.badValue(key, `write `+key+`: "…" or `+key+`: false`, "%s must be text or false, not %s", key, describe(v))
}

// warnUnknown warns about an unknown key that is close to a known one.
func (p *Page) warnUnknown(key string) {
	known, ok := suggest.Closest(key, knownKeys)
	if !ok {
		return
	}
	line, col := 1, 1
	if s, ok := p.front.KeySpan(key); ok {
		line, col = lineCol(p.Source, s.Start)
	}
	p.Warnings = append(p.Warnings, diag.Errorf(p.Path, line, col,
		fmt.Sprintf("rename it to %s; a key gen does not read is kept as a page parameter for templates", known),
		"unknown front matter key %q%s", key, suggest.Hint(key, knownKeys)))
}

// valuePos is the line and column of key's value, or of the front
// matter's first line when the key is not written there.
func (p *Page) valuePos(path ...string) (line, col int) {
	if s, ok := p.front.ValueSpan(path...); ok {
		return lineCol(p.Source, s.Start)
	}
	line, _ = lineCol(p.Source, p.FrontStart)
	return line, 1
}

var dateLayouts = []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02"}

func toTime(v any) (time.Time, bool) {
	switch t := v.(type) {
	case time.Time:
		return t, true
	case string:
		s := strings.TrimSpace(t)
		for _, l := range dateLayouts {
			if d, err := time.Parse(l, s); err == nil {
				return d, true
			}
		}
	}
	return time.Time{}, false
}

func toInt(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case int64:
		return int(n), true
	case uint64:
		return int(n), true
	case float64:
		return int(n), n == float64(int(n))
	}
	return 0, false
}

func toStrings(v any) ([]string, error) {
	switch t := v.(type) {
	case nil:
		return nil, nil
	case string:
		return []string{t}, nil
	case []any:
		out := make([]string, 0, len(t))
		for _, e := range t {
			s, ok := e.(string)
			if !ok {
				return nil, fmt.Errorf("every entry must be text, found %s", describe(e))
			}
			out = append(out, s)
		}
		return out, nil
	case []string:
		return t, nil
	}
	return nil, fmt.Errorf("must be a list of text, not %s", describe(v))
}

func toMap(v any) (map[string]any, bool) {
	switch t := v.(type) {
	case map[string]any:
		return t, true
	case map[any]any:
		m := make(map[string]any, len(t))
		for k, e := range t {
			m[fmt.Sprint(k)] = e
		}
		return m, true
	}
	return nil, false
}

func toCTA(v any) (*CTA, error) {
	m, ok := toMap(v)
	if !ok {
		return nil, fmt.Errorf("must be a table with text and url, not %s", describe(v))
	}
	c := &CTA{}
	for k, e := range m {
		s, ok := e.(string)
		if !ok {
			return nil, fmt.Errorf("%s must be text", k)
		}
		switch strings.ToLower(k) {
		case "text":
			c.Text = strings.TrimSpace(s)
		case "url":
			c.URL = strings.TrimSpace(s)
		default:
			return nil, fmt.Errorf("unknown key %q (use text and url)", k)
		}
	}
	if c.Text == "" || c.URL == "" {
		return nil, errors.New("needs both text and url")
	}
	return c, nil
}

func toLint(v any) (LintSettings, error) {
	m, ok := toMap(v)
	if !ok {
		return LintSettings{}, fmt.Errorf("must be a table, not %s", describe(v))
	}
	var ls LintSettings
	for k, e := range m {
		if strings.ToLower(k) != "disable" {
			return ls, fmt.Errorf("unknown key %q (use disable)", k)
		}
		ids, err := toStrings(e)
		if err != nil {
			return ls, fmt.Errorf("disable %v", err)
		}
		ls.Disable = ids
	}
	return ls, nil
}

func describe(v any) string {
	switch v.(type) {
	case nil:
		return "an empty value"
	case string:
		return "text"
	case bool:
		return "true/false"
	case int, int64, uint64, float64:
		return "a number"
	case []any:
		return "a list"
	case map[string]any, map[any]any:
		return "a table"
	case time.Time:
		return "a date"
	}
	return fmt.Sprintf("%T", v)
}

func quote(v any) string {
	if s, ok := v.(string); ok {
		return strconv.Quote(s)
	}
	return fmt.Sprint(v)
}

func lineCol(src []byte, off int) (int, int) { return diag.LineCol(src, off) }

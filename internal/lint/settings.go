package lint

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/diag"
)

// Settings are one rule's resolved options: defaults overlaid with gen.toml.
type Settings struct {
	rule     *Rule
	Severity Severity
	values   map[string]any
	all      map[string]*Settings
	// lex is the linter's lexicon; rules build their matchers through it.
	lex *lexicon
	// refs finds self and reader references, the site's brands included.
	refs *refCounter
}

// Matcher builds a phrase matcher for the rule, with its own word facts
// in the linter's lexicon (see Fact).
func (s *Settings) Matcher(lists ...[]Phrase) *Matcher { return s.lex.Matcher(lists...) }

// Other returns another rule's settings, for rules that divide work.
func (s *Settings) Other(id string) *Settings { return s.all[id] }

// Int returns an integer setting.
func (s *Settings) Int(name string) int { return s.values[name].(int) }

// Float returns a number setting.
func (s *Settings) Float(name string) float64 { return s.values[name].(float64) }

// List returns a list setting: the words a site adds to the built-in list.
func (s *Settings) List(name string) []string { return s.values[name].([]string) }

func defaults(r *Rule) *Settings {
	s := &Settings{rule: r, Severity: r.Severity, values: map[string]any{}}
	for _, st := range r.Settings {
		s.values[st.Name] = st.Default
	}
	return s
}

// configError is an error about the [lint] setting at path, pointing at
// its key (unknown names) or its value (bad values) in gen.toml.
func configError(cfg config.Lint, key bool, path []string, msg, hint string) error {
	file, line, col := cfg.Where(key, path...)
	return &diag.Error{Path: file, Line: line, Col: col, Msg: msg, Hint: hint}
}

func ruleIDs() string {
	ids := make([]string, 0, len(registry))
	for _, r := range Rules() {
		ids = append(ids, r.ID)
	}
	return strings.Join(ids, ", ")
}

// resolve validates [lint.rules] in gen.toml against the registry. The
// rules will build their matchers into lex.
func resolve(cfg config.Lint, lex *lexicon, refs *refCounter) (map[string]*Settings, error) {
	out := map[string]*Settings{}
	for _, r := range registry {
		out[r.ID] = defaults(r)
		out[r.ID].all = out
		out[r.ID].lex = lex
		out[r.ID].refs = refs
	}
	ids := make([]string, 0, len(cfg.Rules))
	for id := range cfg.Rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var errs []error
	for _, id := range ids {
		s, ok := out[id]
		if !ok {
			errs = append(errs, configError(cfg, true, []string{"rules", id}, fmt.Sprintf("[lint.rules.%s]: unknown lint rule %q", id, id),
				"known rules: "+ruleIDs()+" (gen lint --list)"))
			continue
		}
		keys := make([]string, 0, len(cfg.Rules[id]))
		for k := range cfg.Rules[id] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if err := s.set(cfg, k, cfg.Rules[id][k]); err != nil {
				errs = append(errs, err)
			}
		}
	}
	switch cfg.FailOn {
	case "", "error", "warning", "never":
	default:
		errs = append(errs, configError(cfg, false, []string{"failOn"}, fmt.Sprintf("lint.failOn = %q", cfg.FailOn), "use error, warning or never"))
	}
	if len(errs) > 0 {
		return nil, diag.Join(errs)
	}
	return out, nil
}

func (s *Settings) set(cfg config.Lint, key string, v any) error {
	where := fmt.Sprintf("[lint.rules.%s] %s", s.rule.ID, key)
	path := []string{"rules", s.rule.ID, key}
	badKey := func(msg, hint string) error { return configError(cfg, true, path, msg, hint) }
	badValue := func(msg, hint string) error { return configError(cfg, false, path, msg, hint) }
	if key == "severity" {
		str, _ := v.(string)
		sev, ok := parseSeverity(str)
		if !ok {
			return badValue(fmt.Sprintf("%s = %v is not a severity", where, v), `use "error", "warning", "info" or "off"`)
		}
		s.Severity = sev
		return nil
	}
	var st *Setting
	names := []string{"severity"}
	for i := range s.rule.Settings {
		names = append(names, s.rule.Settings[i].Name)
		if s.rule.Settings[i].Name == key {
			st = &s.rule.Settings[i]
		}
	}
	if hint, ok := s.rule.Retired[key]; st == nil && ok {
		return badKey(fmt.Sprintf("%s: rule %s no longer has this setting", where, s.rule.ID), hint)
	}
	if st == nil {
		return badKey(fmt.Sprintf("%s: unknown setting for rule %s", where, s.rule.ID),
			"settings of "+s.rule.ID+": "+strings.Join(names, ", ")+" (gen lint --explain "+s.rule.ID+")")
	}
	switch st.Default.(type) {
	case int:
		n, ok := toFloat(v)
		if !ok || n != math.Trunc(n) || n < 0 {
			return badValue(fmt.Sprintf("%s = %v must be a whole number", where, v), "")
		}
		s.values[key] = int(n)
	case float64:
		n, ok := toFloat(v)
		if !ok || n < 0 {
			return badValue(fmt.Sprintf("%s = %v must be a number", where, v), "")
		}
		s.values[key] = n
	case []string:
		list, ok := toStrings(v)
		if !ok {
			return badValue(fmt.Sprintf("%s must be a list of text", where), fmt.Sprintf(`%s = ["…", "…"]`, key))
		}
		s.values[key] = list
	}
	return nil
}

func toFloat(v any) (float64, bool) {
	switch n := v.(type) {
	case int:
		return float64(n), true
	case int64:
		return float64(n), true
	case float64:
		return n, true
	}
	return 0, false
}

func toStrings(v any) ([]string, bool) {
	switch l := v.(type) {
	case []string:
		return l, true
	case []any:
		out := make([]string, 0, len(l))
		for _, e := range l {
			s, ok := e.(string)
			if !ok {
				return nil, false
			}
			out = append(out, s)
		}
		return out, true
	}
	return nil, false
}

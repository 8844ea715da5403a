package check

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// caniemailJSON is a dated, trimmed snapshot of caniemail's data (MIT); see
// caniemail/README.md for where and when it came from.
//
//go:embed caniemail/data.json
var caniemailJSON []byte

// client is one email client the checker reports on.
type client struct {
	key  string // family/platform in the data
	name string
}

// clients are the clients most newsletters reach: Gmail, Outlook (Windows, macOS,
// Outlook.com), Apple Mail and Yahoo, on each platform caniemail tests.
var clients = []client{
	{"gmail/desktop-webmail", "Gmail (web)"},
	{"gmail/ios", "Gmail (iOS)"},
	{"gmail/android", "Gmail (Android)"},
	{"gmail/mobile-webmail", "Gmail (mobile web)"},
	{"outlook/windows", "Outlook (Windows)"},
	{"outlook/macos", "Outlook (macOS)"},
	{"outlook/outlook-com", "Outlook.com"},
	{"apple-mail/macos", "Apple Mail (macOS)"},
	{"apple-mail/ios", "Apple Mail (iOS)"},
	{"yahoo/desktop-webmail", "Yahoo (web)"},
	{"yahoo/ios", "Yahoo (iOS)"},
	{"yahoo/android", "Yahoo (Android)"},
}

type feature struct {
	Slug     string            `json:"slug"`
	Title    string            `json:"title"`
	URL      string            `json:"url"`
	Notes    map[string]string `json:"notes"`
	Stats    map[string]stat   `json:"stats"`
	Category string            `json:"category"`

	// support lists the clients without (or with partial) support, for
	// every client and for all but Outlook for Windows; see gaps.
	support [2]clientGaps
}

type clientGaps struct {
	unsupported, partial []string
	summary              string // "not supported in …; partly supported in …", or ""
}

type stat struct {
	Version string `json:"version"`
	Support string `json:"support"` // "y", "n", "a" or "u", then note refs like "#1"
}

type dataset struct {
	Updated  string     `json:"last_update_date"`
	Features []*feature `json:"features"`
}

var (
	dataOnce sync.Once
	data     dataset
	bySlug   map[string]*feature
	// featureIDs numbers the features in the order of their slugs, so the
	// checker counts uses in a slice and lists them sorted without sorting.
	featureIDs   map[string]int
	featuresByID []*feature
)

func features() map[string]*feature {
	dataOnce.Do(func() {
		if err := json.Unmarshal(caniemailJSON, &data); err != nil {
			panic(fmt.Sprintf("embedded caniemail data: %v", err)) // a build-time asset; tests catch it
		}
		bySlug = make(map[string]*feature, len(data.Features))
		for _, f := range data.Features {
			bySlug[f.Slug] = f
			f.support[0] = f.clientGaps(nil)
			f.support[1] = f.clientGaps(func(k string) bool { return k == "outlook/windows" })
		}
		slugs := make([]string, 0, len(bySlug))
		for s := range bySlug {
			slugs = append(slugs, s)
		}
		sort.Strings(slugs)
		featureIDs = make(map[string]int, len(slugs))
		for i, s := range slugs {
			featureIDs[s] = i
			featuresByID = append(featuresByID, bySlug[s])
		}
	})
	return bySlug
}

// featureID returns the number of a caniemail feature; ok is false when
// caniemail has no such feature.
func featureID(slug string) (id int, ok bool) {
	features()
	id, ok = featureIDs[slug]
	return id, ok
}

// DataDate is when the embedded caniemail snapshot was last updated.
func DataDate() string { features(); return data.Updated }

// gaps lists the clients where a feature is unsupported (n) or partly
// supported (a), leaving out Outlook for Windows when it never sees the
// use. caniemail's notes are long; findings link to its page.
func (f *feature) gaps(skipOutlookWindows bool) clientGaps {
	if skipOutlookWindows {
		return f.support[1]
	}
	return f.support[0]
}

func (f *feature) clientGaps(skip func(key string) bool) clientGaps {
	var unsupported, partial []string
	for _, c := range clients {
		if skip != nil && skip(c.key) {
			continue
		}
		s, ok := f.Stats[c.key]
		if !ok {
			continue
		}
		fields := strings.Fields(s.Support)
		if len(fields) == 0 {
			continue
		}
		switch fields[0] {
		case "n":
			unsupported = append(unsupported, c.name)
		case "a":
			name := c.name
			partial = append(partial, name)
		}
	}
	var parts []string
	if len(unsupported) > 0 {
		parts = append(parts, "not supported in "+strings.Join(unsupported, ", "))
	}
	if len(partial) > 0 {
		parts = append(parts, "partly supported in "+strings.Join(partial, "; "))
	}
	return clientGaps{unsupported, partial, strings.Join(parts, "; ")}
}

// KnownFeature reports whether slug names a feature in the caniemail data.
func KnownFeature(slug string) bool {
	_, ok := featureID(slug)
	return ok
}

// FeatureSlugs lists every caniemail feature slug, sorted.
func FeatureSlugs() []string {
	var out []string
	for slug := range features() {
		out = append(out, slug)
	}
	sort.Strings(out)
	return out
}

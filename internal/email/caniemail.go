package email

import (
	_ "embed"
	"encoding/json"
	"fmt"
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

// clients are the clients issue #4 names: Gmail, Outlook (Windows, macOS,
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
)

func features() map[string]*feature {
	dataOnce.Do(func() {
		if err := json.Unmarshal(caniemailJSON, &data); err != nil {
			panic(fmt.Sprintf("embedded caniemail data: %v", err)) // a build-time asset; tests catch it
		}
		bySlug = make(map[string]*feature, len(data.Features))
		for _, f := range data.Features {
			bySlug[f.Slug] = f
		}
	})
	return bySlug
}

// DataDate is when the embedded caniemail snapshot was last updated.
func DataDate() string { features(); return data.Updated }

// gaps lists the clients where a feature is unsupported (n) or partly
// supported (a). caniemail's notes are long; findings link to its page.
func (f *feature) gaps(skip func(key string) bool) (unsupported, partial []string) {
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
	return unsupported, partial
}

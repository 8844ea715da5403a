package email

import (
	"net/url"
	"regexp"
	"strings"

	"golang.org/x/net/html"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/urlsafe"
)

// linker makes URLs absolute against a page and adds UTM parameters to
// the links [newsletter.utm] selects.
type linker struct {
	base     *url.URL // the page's absolute URL
	siteHost string
	mode     string // site | all | none
	params   [][2]string
}

func newLinker(cfg *config.Config, pageURL, slug string) *linker {
	return newLinkSettings(cfg).linker(cfg, pageURL, slug)
}

// linkSettings are what the linkers of a site's issues share, read from
// gen.toml once rather than for each issue.
type linkSettings struct {
	siteHost string
	mode     string
	// params are the UTM parameters; a campaign's {slug} is filled in
	// for each issue.
	params [][2]string
}

func newLinkSettings(cfg *config.Config) *linkSettings {
	site, _ := url.Parse(cfg.BaseURL)
	u := cfg.Newsletter.UTM
	campaign := u.Campaign
	if campaign == "" {
		campaign = "{slug}"
	}
	mode := u.Links
	if mode == "" {
		mode = "site"
	}
	source := u.Source
	if source == "" {
		// Analytics group visits by source; the newsletter's name is
		// what a reader subscribed to.
		source = content.Slugify(cfg.Newsletter.Name)
	}
	return &linkSettings{siteHost: strings.ToLower(site.Host), mode: mode,
		params: [][2]string{{"utm_source", source}, {"utm_medium", u.Medium}, {"utm_campaign", campaign}}}
}

// linker returns the linker of the page at pageURL, an issue whose slug
// is slug.
func (s *linkSettings) linker(cfg *config.Config, pageURL, slug string) *linker {
	base, _ := url.Parse(cfg.AbsURL(pageURL))
	l := &linker{base: base, siteHost: s.siteHost, mode: s.mode}
	for _, kv := range s.params {
		if kv[0] == "utm_campaign" {
			kv[1] = strings.ReplaceAll(kv[1], "{slug}", slug)
		}
		if kv[1] != "" {
			l.params = append(l.params, kv)
		}
	}
	return l
}

// abs resolves ref against the page URL. Merge tags, mailto: and other
// non-web schemes are returned unchanged; a URL that could run script
// (urlsafe.Dangerous) becomes "", so no output links to it.
func (l *linker) abs(ref string) string {
	ref = strings.TrimSpace(ref)
	if urlsafe.Dangerous(ref) {
		return ""
	}
	if ref == "" || isMergeToken(ref) || isMergeTag(ref) {
		return ref
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	if u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https" {
		return ref
	}
	return l.base.ResolveReference(u).String()
}

// link returns the absolute, UTM-tagged form of an href.
func (l *linker) link(ref string) string {
	a := l.abs(ref)
	u, err := url.Parse(a)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || !l.tags(u) {
		return a
	}
	q := u.Query()
	var add []string
	for _, kv := range l.params {
		if q.Get(kv[0]) == "" { // the writer's own campaign wins
			add = append(add, url.QueryEscape(kv[0])+"="+url.QueryEscape(kv[1]))
		}
	}
	if len(add) == 0 {
		return a
	}
	// Append to the raw query so existing parameters keep their order and encoding.
	if u.RawQuery != "" {
		u.RawQuery += "&"
	}
	u.RawQuery += strings.Join(add, "&")
	return u.String()
}

func (l *linker) tags(u *url.URL) bool {
	switch l.mode {
	case "all":
		return true
	case "site":
		return strings.EqualFold(u.Host, l.siteHost)
	}
	return false
}

// rewriteAttrs makes href and src attributes absolute and tags the hrefs,
// and removes any URL attribute that could run script (raw HTML when
// [markdown] unsafe = true); it reports whether any changed.
func (l *linker) rewriteAttrs(attrs *[]html.Attribute) bool {
	changed := false
	kept := (*attrs)[:0]
	for _, a := range *attrs {
		v := a.Val
		switch {
		case a.Key == "href" && a.Namespace == "":
			v = l.link(a.Val)
		case a.Key == "src" && a.Namespace == "":
			v = l.abs(a.Val)
		case urlAttrs[a.Key] && urlsafe.Dangerous(a.Val):
			v = ""
		}
		if v == "" && a.Val != "" && urlsafe.Dangerous(a.Val) {
			changed = true
			continue
		}
		if v != a.Val {
			a.Val, changed = v, true
		}
		kept = append(kept, a)
	}
	*attrs = kept
	return changed
}

// urlAttrs are the other attributes whose value a browser or mail client
// may follow as a URL.
var urlAttrs = map[string]bool{"action": true, "formaction": true, "poster": true, "background": true,
	"cite": true, "xlink:href": true, "data": true, "lowsrc": true, "dynsrc": true}

// mergeTagRE matches the merge-tag syntaxes of the supported tools:
// *|TAG|*, {{ … }}, {{{ … }}}, {$tag}, %tag%.
var mergeTagRE = regexp.MustCompile(`^(\*\|[^|]+\|\*|\{\{.+\}\}|\{\$[^}]+\}|%[a-z_.]+%)$`)

// isMergeTag reports whether s is a tool's merge tag rather than a URL.
func isMergeTag(s string) bool {
	s = strings.TrimSpace(s)
	// Every syntax starts with one of these; most URLs are ruled out
	// before the expression runs.
	if s == "" || s[0] != '*' && s[0] != '{' && s[0] != '%' {
		return false
	}
	return mergeTagRE.MatchString(s)
}

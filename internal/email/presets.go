package email

import (
	"fmt"
	"sort"
	"strings"

	"github.com/claritynotes/gen/internal/email/check"
	"github.com/claritynotes/gen/internal/suggest"
)

// Preset maps the template's neutral functions (unsubscribeURL,
// webVersionURL, firstName) to one newsletter tool's merge tags, and names
// the file that tool imports best.
type Preset struct {
	Name  string // the --tool value
	Title string // the tool's name as people write it
	// Unsubscribe and WebVersion are the tool's merge tags; empty means the
	// tool has none and the renderer uses the configured unsubscribe URL or
	// the web URL instead.
	Unsubscribe string
	WebVersion  string
	// FirstName returns the merge tag for the subscriber's first name that
	// falls back to the given word; nil means the tool has no first-name
	// field every account has, so the fallback word is written as is.
	FirstName func(fallback string) string
	// Import is the file to hand the tool (see README-section.md).
	Import string
	// Docs is where the merge tags were checked.
	Docs []string
}

// presets are the tools `gen email --tool` knows. Each merge tag was
// checked against the tool's documentation, listed in Docs.
var presets = map[string]*Preset{
	"mailchimp": {
		Name: "mailchimp", Title: "Mailchimp",
		Unsubscribe: "*|UNSUB|*", WebVersion: "*|ARCHIVE|*",
		// Conditional merge tags give FNAME a fallback.
		FirstName: func(f string) string { return "*|IF:FNAME|**|FNAME|**|ELSE:|*" + f + "*|END:IF|*" },
		Import:    "index.html",
		// *|UNSUB|* is documented at the first URL; *|ARCHIVE|* and the
		// *|IF:|*/*|ELSE:|*/*|END:IF|* conditionals are Mailchimp's standard
		// merge language.
		Docs: []string{
			"https://mailchimp.com/help/about-forwarded-campaigns-and-unsubscribes/",
			"https://kb.mailchimp.com/tag/unsubscribe",
		},
	},
	"buttondown": {
		Name: "buttondown", Title: "Buttondown",
		Unsubscribe: "{{ unsubscribe_url }}", WebVersion: "{{ email_url }}",
		FirstName: func(f string) string {
			return "{% if subscriber.metadata.first_name %}{{ subscriber.metadata.first_name }}{% else %}" + f + "{% endif %}"
		},
		Import: "email.md",
		Docs:   []string{"https://github.com/buttondown/docs/blob/main/pages/odds-and-ends/template-variables.mdx"},
	},
	"listmonk": {
		Name: "listmonk", Title: "listmonk",
		Unsubscribe: "{{ UnsubscribeURL }}", WebVersion: "{{ MessageURL }}",
		// listmonk templates are Go templates with Sprig's default function.
		FirstName: func(f string) string {
			return `{{ .Subscriber.FirstName | default "` + strings.ReplaceAll(f, `"`, `\"`) + `" }}`
		},
		Import: "index.html",
		Docs:   []string{"https://listmonk.app/docs/templating"},
	},
	"kit": {
		Name: "kit", Title: "Kit (ConvertKit)",
		Unsubscribe: "{{ unsubscribe_url }}",
		// Kit's templates are Liquid (subscriber.first_name); default is a
		// standard Liquid filter. {{ unsubscribe_url }} is Kit's
		// unsubscribe tag.
		FirstName: func(f string) string {
			return `{{ subscriber.first_name | default: "` + strings.ReplaceAll(f, `"`, "") + `" }}`
		},
		Import: "index.html",
	},
	"mailerlite": {
		Name: "mailerlite", Title: "MailerLite",
		Unsubscribe: "{$unsubscribe}", WebVersion: "{$url}",
		// Both tags appear in public MailerLite templates. MailerLite has
		// no documented fallback syntax, so firstName writes the fallback.
		Import: "index.html",
	},
	"mailgun": {
		Name: "mailgun", Title: "Mailgun",
		Unsubscribe: "%unsubscribe_url%",
		Import:      "message.eml",
		Docs:        []string{"https://documentation.mailgun.com/docs/mailgun/user-manual/tracking-messages"},
	},
	"sendgrid": {
		Name: "sendgrid", Title: "SendGrid",
		Unsubscribe: "{{{unsubscribe}}}",
		Import:      "index.html",
		// SendGrid's unsubscribe module uses href="{{{unsubscribe}}}".
		Docs: []string{"https://support.sendgrid.com/hc/en-us/articles/1260806604209-Unsubscribe-Methods"},
	},
	"postmark": {
		Name: "postmark", Title: "Postmark",
		Unsubscribe: "{{{ pm:unsubscribe }}}",
		Import:      "index.html",
		Docs:        []string{"https://postmarkapp.com/support/article/1208-how-to-add-an-unsubscribe-link"},
	},
	"generic": {
		Name: "generic", Title: "any other tool",
		Import: "message.eml",
	},
}

// webPreset renders the copy the site publishes: no merge tags at all, so
// the first name falls back to its word and links use the configured URLs.
var webPreset = &Preset{Name: "web", Title: "the web"}

// Presets lists the --tool names, sorted.
func Presets() []string {
	names := make([]string, 0, len(presets))
	for n := range presets {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// LookupPreset returns the preset for a --tool name.
func LookupPreset(name string) (*Preset, error) {
	p, ok := presets[strings.ToLower(strings.TrimSpace(name))]
	if !ok {
		if hint := suggest.Hint(name, Presets()); hint != "" {
			return nil, fmt.Errorf("unknown email tool %q%s", name, hint)
		}
		return nil, fmt.Errorf("unknown email tool %q; use one of: %s", name, strings.Join(Presets(), ", "))
	}
	return p, nil
}

// unsubscribeTags lists every preset's unsubscribe merge tag, so the checker
// recognises an unsubscribe link whichever tool the HTML was made for.
func unsubscribeTags() []string {
	var tags []string
	for _, p := range presets {
		if p.Unsubscribe != "" {
			tags = append(tags, p.Unsubscribe)
		}
	}
	return tags
}

// mergeTags is what the checker needs to know of every preset's merge
// tags, so HTML made for any tool checks the same.
var mergeTags = check.MergeTags{
	Unsubscribe: unsubscribeTags(),
	IsTag:       func(s string) bool { return isMergeTag(s) || isMergeToken(s) },
}

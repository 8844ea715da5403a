// Package subscribe turns [newsletter] subscribe into the HTML form a
// newsletter tool accepts: where the form posts, the name of its email
// field and the fields the tool expects beside it. Each tool documents a
// plain HTML form that works without JavaScript; a URL of no known tool
// gets a form posting a field named email.
package subscribe

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/claritynotes/gen/internal/config"
)

// Form is a subscribe form as the theme renders it.
type Form struct {
	// Tool names the service, for messages ("Buttondown"); empty for a plain URL.
	Tool       string
	Action     string
	EmailField string
	// Hidden are the fields the tool expects beside the address.
	Hidden []Field
	// Privacy is the line under the form saying how the address is used.
	Privacy string
}

// Field is a hidden form field.
type Field struct{ Name, Value string }

// DefaultPrivacy is the privacy line when gen.toml sets none.
const DefaultPrivacy = "Your address is used only to send this newsletter. Every issue has a link to unsubscribe."

// Error is a subscribe setting the tool cannot use, with how to fix it.
type Error struct{ Msg, Hint string }

func (e *Error) Error() string { return e.Msg }

// convention is how one tool's public form works.
type convention struct {
	title string
	// example is a form URL of the right shape, shown in hints.
	example string
	// matches reports whether u is this tool's form endpoint.
	matches func(u *url.URL) bool
	// form fills in the tool's field names; it may reject a setting.
	form func(u *url.URL, s config.Subscribe) (*Form, error)
}

// pathIs reports whether a URL path has the given segments, where "*"
// stands for a name of letters, digits, - and _ and "#" for a number.
func pathIs(p string, pattern ...string) bool {
	segs := strings.Split(strings.Trim(p, "/"), "/")
	if len(segs) != len(pattern) {
		return false
	}
	for i, want := range pattern {
		switch want {
		case "*":
			if !isName(segs[i], "-_") {
				return false
			}
		case "#":
			if !isName(segs[i], "") || strings.Trim(segs[i], "0123456789") != "" {
				return false
			}
		default:
			if segs[i] != want {
				return false
			}
		}
	}
	return true
}

// isName reports whether s is non-empty and made of ASCII letters, digits
// and the given punctuation.
func isName(s, punct string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || strings.ContainsRune(punct, r)) {
			return false
		}
	}
	return true
}

// isUUID reports whether s is a UUID in its 8-4-4-4-12 hex form.
func isUUID(s string) bool {
	parts := strings.Split(s, "-")
	if len(parts) != 5 {
		return false
	}
	for i, n := range []int{8, 4, 4, 4, 12} {
		if len(parts[i]) != n || strings.Trim(strings.ToLower(parts[i]), "0123456789abcdef") != "" {
			return false
		}
	}
	return true
}

// conventions are the tools whose forms gen knows, by newsletter.tool name.
var conventions = map[string]convention{
	"buttondown": {
		title:   "Buttondown",
		example: "https://buttondown.com/api/emails/embed-subscribe/YOUR-USERNAME",
		matches: func(u *url.URL) bool {
			return (u.Host == "buttondown.com" || u.Host == "buttondown.email") && pathIs(u.Path, "api", "emails", "embed-subscribe", "*")
		},
		form: func(u *url.URL, _ config.Subscribe) (*Form, error) {
			return &Form{EmailField: "email", Hidden: []Field{{"embed", "1"}}}, nil
		},
	},
	"mailchimp": {
		title:   "Mailchimp",
		example: "https://YOURNAME.us1.list-manage.com/subscribe/post?u=USER-ID&id=LIST-ID",
		matches: func(u *url.URL) bool {
			q := u.Query()
			return strings.HasSuffix(u.Host, ".list-manage.com") && strings.TrimSuffix(u.Path, "/") == "/subscribe/post" &&
				q.Get("u") != "" && q.Get("id") != ""
		},
		form: func(u *url.URL, _ config.Subscribe) (*Form, error) {
			return &Form{EmailField: "EMAIL"}, nil
		},
	},
	"kit": {
		title:   "Kit",
		example: "https://app.kit.com/forms/FORM-ID/subscriptions",
		matches: func(u *url.URL) bool {
			return (u.Host == "app.kit.com" || u.Host == "app.convertkit.com") && pathIs(u.Path, "forms", "#", "subscriptions")
		},
		form: func(u *url.URL, _ config.Subscribe) (*Form, error) {
			return &Form{EmailField: "email_address"}, nil
		},
	},
	"listmonk": {
		title:   "listmonk",
		example: "https://lists.example.com/subscription/form (with list = \"LIST-UUID\")",
		matches: func(u *url.URL) bool {
			// listmonk is self-hosted, possibly under a sub-path.
			return strings.HasSuffix(strings.TrimSuffix(u.Path, "/"), "/subscription/form")
		},
		form: func(u *url.URL, s config.Subscribe) (*Form, error) {
			if !isUUID(s.List) {
				return nil, &Error{Msg: fmt.Sprintf("newsletter.subscribe.list = %q is not a listmonk list UUID", s.List),
					Hint: `listmonk's form needs the list's UUID: subscribe = { url = "https://lists.example.com/subscription/form", list = "LIST-UUID" } (Lists → the list → UUID)`}
			}
			return &Form{EmailField: "email", Hidden: []Field{{"l", s.List}}}, nil
		},
	},
	"mailerlite": {
		title:   "MailerLite",
		example: "https://assets.mailerlite.com/jsonp/ACCOUNT-ID/forms/FORM-ID/subscribe",
		matches: func(u *url.URL) bool {
			return u.Host == "assets.mailerlite.com" && pathIs(u.Path, "jsonp", "#", "forms", "#", "subscribe")
		},
		form: func(u *url.URL, _ config.Subscribe) (*Form, error) {
			return &Form{EmailField: "fields[email]", Hidden: []Field{{"ml-submit", "1"}, {"anticsrf", "true"}}}, nil
		},
	},
}

// New returns the subscribe form for the configured tool, or nil when s
// sets no URL. A URL that is not the tool's form endpoint is an error
// showing the endpoint's shape; tools without a known form (and generic)
// accept any https URL and post a field named email.
func New(tool string, s config.Subscribe) (*Form, error) {
	if s.URL == "" {
		if s.List != "" || s.Privacy != "" {
			return nil, &Error{Msg: "newsletter.subscribe has no url", Hint: `add url = "https://…" (where the form posts)`}
		}
		return nil, nil
	}
	u, err := url.Parse(s.URL)
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") || u.User != nil {
		return nil, &Error{Msg: fmt.Sprintf("newsletter.subscribe = %q is not an absolute https URL", s.URL),
			Hint: hint(tool)}
	}
	u.Host = strings.ToLower(u.Host)
	var f *Form
	if c, ok := conventions[tool]; ok {
		if !c.matches(u) {
			return nil, &Error{Msg: fmt.Sprintf("newsletter.subscribe = %q is not %s's subscribe form URL", s.URL, c.title),
				Hint: hint(tool)}
		}
		if f, err = c.form(u, s); err != nil {
			return nil, err
		}
		f.Tool = c.title
	} else {
		f = &Form{EmailField: "email"}
	}
	f.Action = s.URL
	f.Privacy = s.Privacy
	if f.Privacy == "" {
		f.Privacy = DefaultPrivacy
	}
	return f, nil
}

func hint(tool string) string {
	if c, ok := conventions[tool]; ok {
		return fmt.Sprintf("newsletter.tool is %s: set subscribe = %q (from %s's embed form)", tool, c.example, c.title)
	}
	return `set subscribe = "https://…", the address your sign-up form posts to`
}

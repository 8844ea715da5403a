package subscribe

import (
	"errors"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/config"
)

func TestNew(t *testing.T) {
	const uuid = "b1f7a4c2-3d5e-4f60-8a9b-0c1d2e3f4a5b"
	tests := []struct {
		name, tool string
		s          config.Subscribe
		field      string
		hidden     []Field
		err        string // "" means valid
	}{
		{"buttondown", "buttondown", config.Subscribe{URL: "https://buttondown.com/api/emails/embed-subscribe/claritynotes"},
			"email", []Field{{"embed", "1"}}, ""},
		{"buttondown old host", "buttondown", config.Subscribe{URL: "https://buttondown.email/api/emails/embed-subscribe/claritynotes"},
			"email", []Field{{"embed", "1"}}, ""},
		{"buttondown profile page", "buttondown", config.Subscribe{URL: "https://buttondown.com/claritynotes"},
			"", nil, "not Buttondown's subscribe form URL"},
		{"mailchimp", "mailchimp", config.Subscribe{URL: "https://notes.us21.list-manage.com/subscribe/post?u=abc123&id=def456"},
			"EMAIL", nil, ""},
		{"mailchimp without list", "mailchimp", config.Subscribe{URL: "https://notes.us21.list-manage.com/subscribe/post?u=abc123"},
			"", nil, "not Mailchimp's"},
		{"kit", "kit", config.Subscribe{URL: "https://app.kit.com/forms/1234567/subscriptions"}, "email_address", nil, ""},
		{"kit form name", "kit", config.Subscribe{URL: "https://app.kit.com/forms/my-form/subscriptions"}, "", nil, "not Kit's"},
		{"buttondown extra path", "buttondown", config.Subscribe{URL: "https://buttondown.com/api/emails/embed-subscribe/a/b"}, "", nil, "not Buttondown's"},
		{"kit legacy host", "kit", config.Subscribe{URL: "https://app.convertkit.com/forms/1234567/subscriptions"}, "email_address", nil, ""},
		{"listmonk", "listmonk", config.Subscribe{URL: "https://lists.example.com/subscription/form", List: uuid},
			"email", []Field{{"l", uuid}}, ""},
		{"listmonk without list", "listmonk", config.Subscribe{URL: "https://lists.example.com/subscription/form"},
			"", nil, "not a listmonk list UUID"},
		{"mailerlite", "mailerlite", config.Subscribe{URL: "https://assets.mailerlite.com/jsonp/123456/forms/987654321/subscribe"},
			"fields[email]", []Field{{"ml-submit", "1"}, {"anticsrf", "true"}}, ""},
		{"plain URL", "generic", config.Subscribe{URL: "https://example.com/join"}, "email", nil, ""},
		{"plain URL, transactional tool", "postmark", config.Subscribe{URL: "https://example.com/join"}, "email", nil, ""},
		{"relative", "generic", config.Subscribe{URL: "/join/"}, "", nil, "not an absolute https URL"},
		{"script", "generic", config.Subscribe{URL: "javascript:alert(1)"}, "", nil, "not an absolute https URL"},
		{"list without url", "listmonk", config.Subscribe{List: uuid}, "", nil, "has no url"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := New(tt.tool, tt.s)
			if tt.err != "" {
				var se *Error
				if !errors.As(err, &se) || !strings.Contains(se.Msg, tt.err) || se.Hint == "" {
					t.Fatalf("error = %v, want one containing %q with a hint", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if f.Action != tt.s.URL || f.EmailField != tt.field || f.Privacy != DefaultPrivacy {
				t.Errorf("form = %+v", f)
			}
			if len(f.Hidden) != len(tt.hidden) {
				t.Fatalf("hidden = %v, want %v", f.Hidden, tt.hidden)
			}
			for i := range f.Hidden {
				if f.Hidden[i] != tt.hidden[i] {
					t.Errorf("hidden = %v, want %v", f.Hidden, tt.hidden)
				}
			}
		})
	}
	if f, err := New("buttondown", config.Subscribe{}); f != nil || err != nil {
		t.Errorf("no subscribe setting: %v, %v; want no form", f, err)
	}
}

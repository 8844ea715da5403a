package check

import (
	"strings"
	"testing"
)

const okFooter = `<a href="*|UNSUB|*">Unsubscribe</a>`

// testTags stands for the merge tags of two tools: the checker must take
// their unsubscribe tags as unsubscribe links and their tags as no URLs.
var testTags = MergeTags{
	Unsubscribe: []string{"*|UNSUB|*", "{{{ pm:unsubscribe }}}"},
	IsTag: func(s string) bool {
		return strings.HasPrefix(s, "{") && strings.HasSuffix(s, "}") || strings.HasPrefix(s, "*|") && strings.HasSuffix(s, "|*")
	},
}

func doc(head, body string) []byte {
	return []byte("<!DOCTYPE html><html><head>" + head + "</head><body>" + body + okFooter + "</body></html>")
}

func find(fs []Finding, feature string) *Finding {
	for i := range fs {
		if fs[i].Feature == feature {
			return &fs[i]
		}
	}
	return nil
}

func TestCheckFindings(t *testing.T) {
	big := strings.Repeat("<p>words</p>\n", 8200)
	for _, tc := range []struct {
		name, feature string
		html          []byte
		severity      Severity // "" means the feature must not be reported
		contains      string
	}{
		{"clean", "unsubscribe", doc("", "<p>Hi</p>"), "", ""},
		{"no unsubscribe", "unsubscribe", []byte("<html><body><p>Hi</p></body></html>"), SeverityError, "no unsubscribe link"},
		{"unsubscribe by URL", "unsubscribe", []byte(`<html><body><a href="https://x.example/unsubscribe/">Leave</a></body></html>`), "", ""},
		{"unsubscribe tag of another tool", "unsubscribe", []byte(`<html><body><a href="{{{ pm:unsubscribe }}}">Leave</a></body></html>`), "", ""},
		{"size warning", "size", doc("", strings.Repeat("<p>words</p>\n", 7300)), SeverityWarning, "KB"},
		{"size error", "size", doc("", big), SeverityError, "102 KB"},
		{"img without alt", "img-alt", doc("", `<img src="https://x.example/a.png" width="100">`), SeverityWarning, "no alt"},
		{"img with empty alt", "img-alt", doc("", `<img src="https://x.example/a.png" alt="" width="100">`), SeverityWarning, "empty alt"},
		{"img with alt", "img-alt", doc("", `<img src="https://x.example/a.png" alt="A chart" width="100">`), "", ""},
		{"img without width", "img-width", doc("", `<img src="https://x.example/a.png" alt="A chart">`), SeverityWarning, "Outlook"},
		{"relative href", "relative-url", doc("", `<a href="/articles/x/">x</a>`), SeverityError, "relative"},
		{"relative src", "relative-url", doc("", `<img src="cover.png" alt="c" width="1">`), SeverityError, "relative"},
		{"merge tag is not relative", "relative-url", doc("", `<a href="{$url}">web</a>`), "", ""},
		{"fragment link", "html-anchor-links", doc("", `<a href="#fn1">1</a>`), SeverityWarning, "Gmail (iOS)"},
		{"svg image", "image-svg", doc("", `<img src="https://x.example/a.svg" alt="a" width="1">`), SeverityWarning, "Gmail"},
		{"inline svg", "html-svg", doc("", `<svg width="10"></svg>`), SeverityWarning, "Outlook (Windows)"},
		{"flexbox in body", "css-display-flex", doc("", `<div style="display:flex">x</div>`), SeverityWarning, "Outlook (Windows)"},
		{"grid in body", "css-display-grid", doc("", `<div style="display: grid">x</div>`), SeverityWarning, "not supported"},
		{"position", "css-position", doc("", `<div style="position:absolute">x</div>`), SeverityWarning, "not supported"},
		{"css variables", "css-variables", doc("", `<p style="color:var(--ink)">x</p>`), SeverityWarning, "not supported"},
		{"calc", "css-unit-calc", doc("", `<p style="width:calc(100% - 2px)">x</p>`), SeverityWarning, "not supported"},
		{"form", "html-form", doc("", `<form action="https://x.example/"></form>`), SeverityWarning, "not supported"},
		{"video", "html-video", doc("", `<video src="https://x.example/v.mp4"></video>`), SeverityWarning, "not supported"},
		{"script", "script", doc("", `<script>alert(1)</script>`), SeverityError, "remove it"},
		{"media query in head", "css-at-media", doc(`<style>@media (max-width:600px){.a{color:red}}</style>`, ""), SeverityInfo, "head"},
		{"dark mode in head", "css-at-media-prefers-color-scheme", doc(`<style>@media (prefers-color-scheme: dark){.a{color:#fff}}</style>`, ""), SeverityInfo, "Gmail"},
		{"partial support is info", "css-padding", doc("", `<p style="padding:4px">x</p>`), SeverityInfo, "partly supported in Outlook (Windows)"},
		{"supported feature", "html-table", doc("", `<table><tr><td>x</td></tr></table>`), "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := Check(tc.html, testTags)
			f := find(fs, tc.feature)
			switch {
			case tc.severity == "" && f != nil:
				t.Fatalf("unexpected finding: %+v", *f)
			case tc.severity == "":
			case f == nil:
				t.Fatalf("no %s finding in %v", tc.feature, fs)
			case f.Severity != tc.severity:
				t.Fatalf("severity %s, want %s: %s", f.Severity, tc.severity, f.Message)
			case !strings.Contains(f.Message, tc.contains):
				t.Fatalf("message %q lacks %q", f.Message, tc.contains)
			}
		})
	}
}

// TestCheckLineAndElement reports where a feature is used.
func TestCheckLineAndElement(t *testing.T) {
	fs := Check([]byte("<html><body>\n<p>a</p>\n\n<div style=\"display:flex\">x</div>"+okFooter+"</body></html>"), testTags)
	f := find(fs, "css-display-flex")
	if f == nil || f.Line != 4 || f.Element != "display:flex" || f.URL == "" {
		t.Fatalf("finding = %+v, want line 4, element display:flex and a caniemail URL", f)
	}
}

// TestCheckOutlookOnlyRegions: markup hidden from Outlook by a downlevel-
// revealed comment is not held against it, and VML in a downlevel-hidden
// comment is not checked at all.
func TestCheckOutlookOnlyRegions(t *testing.T) {
	fs := Check(doc("", `<!--[if mso]><v:roundrect style="position:absolute"></v:roundrect><![endif]--><!--[if !mso]><!--><a href="https://x.example/" style="border-radius:6px">Go</a><!--<![endif]-->`), testTags)
	if f := find(fs, "css-position"); f != nil {
		t.Errorf("VML inside <!--[if mso]> was checked: %s", f.Message)
	}
	f := find(fs, "css-border-radius")
	if f == nil {
		t.Fatal("border-radius not reported at all")
	}
	if strings.Contains(f.Message, "Outlook (Windows)") || f.Severity == SeverityWarning {
		t.Errorf("border-radius outside Outlook's view: %s %s", f.Severity, f.Message)
	}
}

// TestCheckActionable: CheckActionable is Check without the info
// findings, the others in the same order.
func TestCheckActionable(t *testing.T) {
	html := doc(`<style>@media (max-width:600px){p{display:flex}}</style><link rel="stylesheet" href="https://x.example/a.css">`,
		"\n<p style=\"display:flex\">Hi</p>\n<img src=\"a.png\">\n<a href=\"/rel/\">x</a>\n<div style=\"position:absolute\">y</div>")
	all := Check(html, testTags)
	var want []Finding
	infos := 0
	for _, f := range all {
		if f.Severity == SeverityInfo {
			infos++
			continue
		}
		want = append(want, f)
	}
	if infos == 0 || len(want) < 3 {
		t.Fatalf("the fixture should have info findings and several others: %v", all)
	}
	got := CheckActionable(html, testTags)
	if len(got) != len(want) {
		t.Fatalf("got %d findings, want %d:\n%v\n%v", len(got), len(want), got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("finding %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}

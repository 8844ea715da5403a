package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/claritynotes/gen/internal/testutil"
)

// lighthouseCategories are the scores the theme promises at 1.00.
// Performance is left out: it measures the machine running the test as
// much as the page.
var lighthouseCategories = []string{"accessibility", "best-practices", "seo"}

// lighthouseChromeFlags run Chromium headless as root in a container, and
// keep it off the network beyond the test's own server: no update checks,
// sync, QUIC probes or background fetches.
var lighthouseChromeFlags = []string{
	"--headless",
	"--no-sandbox",
	"--disable-gpu",
	"--disable-quic",
	"--no-first-run",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
	"--disable-dev-shm-usage",
}

// TestLighthouse builds the sample site (its subscribe box posts to
// Buttondown), serves public/ on localhost and runs Lighthouse's
// accessibility, best practices and SEO audits on the home page, an
// article and a newsletter issue. Every category must score 1.00; a lower
// one fails the test with each failing audit and the elements it names.
func TestLighthouse(t *testing.T) {
	lighthouse := requireTool(t, "lighthouse")
	chromium := testutil.ChromiumPath(t)

	// The site is built for the address it is served from, as a preview
	// deploy is with --base-url: its canonical links, og:url and sitemap
	// then name the pages Lighthouse loads, as they do in production.
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + listener.Addr().String() + "/"
	root := sampleSite(t)
	if _, stderr, code := runGen(t, root, "build", "--base-url", base); code != 0 {
		listener.Close()
		t.Fatalf("build failed: %s", stderr)
	}
	public := filepath.Join(root, "public")
	server := &http.Server{Handler: http.FileServer(http.Dir(public))}
	go server.Serve(listener)
	t.Cleanup(func() { server.Close() })

	pages := []struct{ name, path string }{
		{"home", ""},
		// An article with a table of contents, a task list, a quote and
		// tags.
		{"article", "articles/the-one-question-customer-interview/"},
		// An issue with a task list, a call to action, the subscribe box
		// under it and the link to its email version.
		{"issue", "newsletter/leading-a-team-that-writes-to-customers/"},
		// A list: its cards' headings must follow the page's own.
		{"list", "articles/"},
	}
	for _, page := range pages {
		t.Run(page.name, func(t *testing.T) {
			if _, err := os.Stat(filepath.Join(public, filepath.FromSlash(page.path), "index.html")); err != nil {
				t.Fatalf("the sample site has no page /%s to audit: %v", page.path, err)
			}
			report := runLighthouse(t, lighthouse, chromium, base+page.path)
			if failures := report.failures(); len(failures) > 0 {
				t.Errorf("Lighthouse %s on %s:\n%s", report.Version, report.URL, strings.Join(failures, "\n"))
			}
		})
	}
}

// runLighthouse audits url and returns the parsed JSON report.
func runLighthouse(t *testing.T, lighthouse, chromium, url string) lighthouseReport {
	t.Helper()
	out := filepath.Join(t.TempDir(), "report.json")
	// A guard against a hung browser, not a timing assertion: an audit
	// takes well under a minute even on a busy machine.
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, lighthouse, url,
		"--only-categories="+strings.Join(lighthouseCategories, ","),
		"--output=json",
		"--output-path="+out,
		"--chrome-flags="+strings.Join(lighthouseChromeFlags, " "),
		"--no-enable-error-reporting",
		"--quiet",
	)
	cmd.Env = append(os.Environ(), "CHROME_PATH="+chromium)
	if output, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("lighthouse %s: %v\n%s", url, err, output)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var report lighthouseReport
	if err := json.Unmarshal(data, &report); err != nil {
		t.Fatalf("lighthouse report for %s: %v", url, err)
	}
	if report.RuntimeError != nil {
		t.Fatalf("lighthouse could not audit %s: %s: %s", url, report.RuntimeError.Code, report.RuntimeError.Message)
	}
	for _, warning := range report.RunWarnings {
		t.Logf("lighthouse warning on %s: %s", url, warning)
	}
	return report
}

// lighthouseReport is the part of Lighthouse's JSON report the test reads.
type lighthouseReport struct {
	Version      string `json:"lighthouseVersion"`
	URL          string `json:"finalDisplayedUrl"`
	RuntimeError *struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"runtimeError"`
	RunWarnings []string                      `json:"runWarnings"`
	Categories  map[string]lighthouseCategory `json:"categories"`
	Audits      map[string]lighthouseAudit    `json:"audits"`
}

type lighthouseCategory struct {
	Title string   `json:"title"`
	Score *float64 `json:"score"`
	Refs  []struct {
		ID     string  `json:"id"`
		Weight float64 `json:"weight"`
	} `json:"auditRefs"`
}

type lighthouseAudit struct {
	Title        string   `json:"title"`
	Score        *float64 `json:"score"`
	Mode         string   `json:"scoreDisplayMode"`
	DisplayValue string   `json:"displayValue"`
	ErrorMessage string   `json:"errorMessage"`
	Details      struct {
		Items []struct {
			Node *struct {
				Selector string `json:"selector"`
				Snippet  string `json:"snippet"`
				Label    string `json:"nodeLabel"`
			} `json:"node"`
		} `json:"items"`
	} `json:"details"`
}

// failures lists each category below 1.00 (or missing, or unscored) with
// the audits that brought it down: every audit of the category that
// scored below 1 or could not run, with up to five elements it names.
func (r lighthouseReport) failures() []string {
	var lines []string
	for _, id := range lighthouseCategories {
		category, ok := r.Categories[id]
		if !ok {
			lines = append(lines, fmt.Sprintf("%s: missing from the report", id))
			continue
		}
		if category.Score != nil && *category.Score >= 1 {
			continue
		}
		score := "no score"
		if category.Score != nil {
			score = fmt.Sprintf("%.2f", *category.Score)
		}
		lines = append(lines, fmt.Sprintf("%s: %s", category.Title, score))
		var failing []string
		for _, ref := range category.Refs {
			audit, ok := r.Audits[ref.ID]
			if !ok {
				failing = append(failing, fmt.Sprintf("  %s: missing from the report", ref.ID))
				continue
			}
			if line, failed := audit.failure(ref.ID); failed {
				failing = append(failing, line)
			}
		}
		sort.Strings(failing)
		if len(failing) == 0 {
			failing = append(failing, "  (no single audit failed: see the report's category weights)")
		}
		lines = append(lines, failing...)
	}
	return lines
}

// failure describes an audit that scored below 1 or errored. Informative,
// manual and not-applicable audits carry no score and never fail.
func (a lighthouseAudit) failure(id string) (string, bool) {
	var head string
	switch {
	case a.Mode == "error":
		head = fmt.Sprintf("  %s (%s): could not run: %s", id, a.Title, a.ErrorMessage)
	case a.Score != nil && *a.Score < 1:
		head = fmt.Sprintf("  %s (%s): score %.2f", id, a.Title, *a.Score)
		if a.DisplayValue != "" {
			head += ", " + a.DisplayValue
		}
	default:
		return "", false
	}
	var b strings.Builder
	b.WriteString(head)
	var nodes []string
	for _, item := range a.Details.Items {
		if item.Node != nil {
			nodes = append(nodes, item.Node.Selector+" "+item.Node.Snippet)
		}
	}
	for i, node := range nodes {
		if i == 5 {
			fmt.Fprintf(&b, "\n    … and %d more", len(nodes)-i)
			break
		}
		b.WriteString("\n    " + node)
	}
	return b.String(), true
}

// TestLighthouseReportFailures reads real Lighthouse reports (trimmed to the
// fields the test reads): one of the sample article before its task list
// checkboxes had names and its table of contents was spaced for touch, and
// one of the home page at 1.00. Written reports cover an audit that could
// not run and a category missing from the report.
func TestLighthouseReportFailures(t *testing.T) {
	tests := []struct {
		name   string
		report string // a file under testdata/lighthouse, or the JSON itself
		want   []string
	}{
		{"failing.json", "failing.json", []string{
			"Accessibility: 0.92",
			"  label (Form elements do not have associated labels): score 0.00\n    div.prose > ul > li > input <input disabled=\"\" type=\"checkbox\">",
			"  target-size (Touch targets do not have sufficient size or spacing.): score 0.00\n    nav.toc > ol > li > a <a href=\"#the-question\">",
		}},
		{"passing.json", "passing.json", nil},
		{"errored audit", `{"categories": {
			"accessibility": {"title": "Accessibility", "score": null, "auditRefs": [{"id": "color-contrast", "weight": 7}]},
			"best-practices": {"score": 1}, "seo": {"score": 1}},
			"audits": {"color-contrast": {"title": "Contrast", "score": null, "scoreDisplayMode": "error", "errorMessage": "protocol timeout"}}}`,
			[]string{"Accessibility: no score", "  color-contrast (Contrast): could not run: protocol timeout"}},
		{"missing category", `{"categories": {"accessibility": {"score": 1}, "seo": {"score": 1}}, "audits": {}}`,
			[]string{"best-practices: missing from the report"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := []byte(tt.report)
			if strings.HasSuffix(tt.report, ".json") {
				var err error
				if data, err = os.ReadFile(filepath.Join("testdata", "lighthouse", tt.report)); err != nil {
					t.Fatal(err)
				}
			}
			var report lighthouseReport
			if err := json.Unmarshal(data, &report); err != nil {
				t.Fatal(err)
			}
			got := strings.Join(report.failures(), "\n")
			if tt.want == nil && got != "" {
				t.Errorf("failures = %q, want none", got)
			}
			for _, want := range tt.want {
				if !strings.Contains(got, want) {
					t.Errorf("failures =\n%s\nwant them to contain\n%s", got, want)
				}
			}
		})
	}
}

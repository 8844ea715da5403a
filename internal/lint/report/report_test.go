package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/claritynotes/gen/internal/config"
	"github.com/claritynotes/gen/internal/content"
	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/lint"
	_ "github.com/claritynotes/gen/internal/lint/driver" // the rules the reports show, and the driver's suppression rule
	"github.com/claritynotes/gen/internal/markdown"
)

var update = flag.Bool("update", false, "rewrite golden files")

// results lints the inputs under testdata/input and adds a file that
// failed to load.
func results(t *testing.T) []lint.Result {
	t.Helper()
	l, err := lint.New(config.Lint{})
	if err != nil {
		t.Fatal(err)
	}
	md := markdown.New(markdown.Options{})
	var out []lint.Result
	for _, name := range []string{"clean.md", "crlf.md", "pitchy.md"} {
		src, err := os.ReadFile(filepath.Join("testdata", "input", name))
		if err != nil {
			t.Fatal(err)
		}
		p, err := content.Parse(md, "content/articles/"+name, src)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, l.Check(p))
	}
	out = append(out, lint.Result{Path: "content/broken, 100%.md", Err: diag.Errorf("content/broken, 100%.md", 3, 7,
		"quote values that contain a colon", "invalid YAML front matter: mapping values are not allowed here")})
	return out
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it)\n--- got\n%s", name, got)
	}
}

func TestFormatsGolden(t *testing.T) {
	res := results(t)
	for _, c := range []struct {
		format, file string
		opts         Options
	}{
		{"text", "golden.txt", Options{}},
		{"text", "golden.color.txt", Options{Color: true}},
		{"json", "golden.json", Options{}},
		{"sarif", "golden.sarif", Options{Version: "test"}},
		{"github", "golden.github.txt", Options{}},
	} {
		t.Run(c.file, func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, c.format, res, c.opts); err != nil {
				t.Fatal(err)
			}
			golden(t, c.file, b.Bytes())
		})
	}
	if err := Write(&bytes.Buffer{}, "xml", res, Options{}); err == nil {
		t.Error("unknown format accepted")
	}
}

func TestJSONContract(t *testing.T) {
	var b bytes.Buffer
	if err := JSON(&b, results(t)); err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Files   []map[string]json.RawMessage `json:"files"`
		Summary map[string]int               `json:"summary"`
	}
	if err := json.Unmarshal(b.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Files) != 4 || rep.Summary["files"] != 4 {
		t.Fatalf("every file must appear: %d files, summary %v", len(rep.Files), rep.Summary)
	}
	for _, f := range rep.Files {
		if _, ok := f["diagnostics"]; !ok {
			t.Errorf("file without diagnostics key: %s", f["path"])
		}
		_, hasErr := f["error"]
		_, hasScore := f["score"]
		if hasErr == hasScore {
			t.Errorf("%s: want either a score or an error", f["path"])
		}
	}
	var d []map[string]any
	if err := json.Unmarshal(rep.Files[2]["diagnostics"], &d); err != nil {
		t.Fatalf("diagnostics of %s: %v", rep.Files[2]["path"], err)
	}
	if len(d) == 0 {
		t.Fatalf("%s has no diagnostics to check", rep.Files[2]["path"])
	}
	required := []string{"rule", "severity", "line", "column", "endLine", "endColumn", "message"}
	allowed := map[string]bool{"suggestion": true}
	for _, k := range required {
		allowed[k] = true
		if _, ok := d[0][k]; !ok {
			t.Errorf("diagnostic lacks %q: %v", k, d[0])
		}
	}
	for k := range d[0] {
		if !allowed[k] {
			t.Errorf("diagnostic has extra key %q", k)
		}
	}
}

func TestSARIFValidatesAgainstSchema(t *testing.T) {
	var b bytes.Buffer
	if err := SARIF(&b, results(t), Options{Version: "test"}); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join("testdata", "sarif-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	schemaDoc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("sarif-2.1.0.json", schemaDoc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile("sarif-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(doc); err != nil {
		t.Fatalf("SARIF output is not valid SARIF 2.1.0: %v", err)
	}
	// The validator must be able to fail: a result without a message is invalid.
	var log map[string]any
	_ = json.Unmarshal(b.Bytes(), &log)
	res := log["runs"].([]any)[0].(map[string]any)["results"].([]any)[0].(map[string]any)
	delete(res, "message")
	if err := schema.Validate(log); err == nil {
		t.Fatal("schema accepted a result without a message")
	}
}

func TestGitHubEscaping(t *testing.T) {
	for in, want := range map[string]string{"a%b\r\nc": "a%25b%0D%0Ac"} {
		if got := escapeData(in); got != want {
			t.Errorf("escapeData(%q) = %q", in, got)
		}
	}
	if got := escapeProperty("dir/a,b:c%.md"); got != "dir/a%2Cb%3Ac%25.md" {
		t.Errorf("escapeProperty = %q", got)
	}
}

func TestExplainAndList(t *testing.T) {
	var b bytes.Buffer
	if err := Explain(&b, lint.Lookup("pitch-heavy")); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"What it looks for", "Why it matters to the reader", "Before", "After", "paragraphSignals"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("explain lacks %q", want)
		}
	}
	b.Reset()
	if err := List(&b, lint.Rules()); err != nil {
		t.Fatal(err)
	}
	for _, r := range lint.Rules() {
		if !strings.Contains(b.String(), r.ID) {
			t.Errorf("list lacks %s", r.ID)
		}
	}
}

// TestExplainBriefFirst: a rule with a brief shows it under "What it
// looks for", before why, the example and the settings, and its full
// documentation last, under "In detail"; a rule without one shows its
// documentation where the brief would stand.
func TestExplainBriefFirst(t *testing.T) {
	r := &lint.Rule{ID: "demo", Severity: lint.SeverityWarning, Summary: "A demo", Brief: "the gist", Doc: "every shape", Why: "because", Before: "b", After: "a"}
	var b bytes.Buffer
	if err := Explain(&b, r); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	order := []string{"What it looks for\n  the gist", "Why it matters", "Before", "Settings in gen.toml", "In detail\n  every shape"}
	at := 0
	for _, want := range order {
		i := strings.Index(out[at:], want)
		if i < 0 {
			t.Fatalf("explain lacks %q after offset %d:\n%s", want, at, out)
		}
		at += i + len(want)
	}
	r.Brief = ""
	b.Reset()
	if err := Explain(&b, r); err != nil {
		t.Fatal(err)
	}
	if out := b.String(); !strings.Contains(out, "What it looks for\n  every shape") || strings.Contains(out, "In detail") {
		t.Errorf("without a brief, the documentation is what the rule looks for, once:\n%s", out)
	}
}

// TestJSONIsTheEncodersOutput: JSON encodes files in parallel chunks; the
// bytes must be what one json.Encoder writes for the whole report, for
// any number of files.
func TestJSONIsTheEncodersOutput(t *testing.T) {
	base := results(t)
	// clean files, written without the encoder when their paths allow
	for i, path := range []string{"content/plain-page.md", `content/quote"d.md`, `content/back\slash.md`,
		"content/café.md", "content/tab\there.md", "content/<b>&amp;.md", "content/line\u2028sep.md"} {
		base = append(base, lint.Result{Path: path, Score: 100 - 37*i%101})
	}
	for _, n := range []int{0, 1, 2, 3, 7, 11, 50} {
		var rs []lint.Result
		for i := range n {
			rs = append(rs, base[i%len(base)])
		}
		var got bytes.Buffer
		if err := JSON(&got, rs); err != nil {
			t.Fatal(err)
		}
		files := make([]jsonFile, 0, n)
		for _, r := range rs {
			files = append(files, fileOf(r))
		}
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		err := enc.Encode(struct {
			Files   []jsonFile `json:"files"`
			Summary summary    `json:"summary"`
		}{files, summarize(rs)})
		if err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%d files: JSON wrote\n%s\nthe encoder writes\n%s", n, got.String(), want.String())
		}
	}
}

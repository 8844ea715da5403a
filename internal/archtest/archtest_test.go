package archtest

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/claritynotes/gen/"

// allowed lists, for every package of the module, the module packages it
// may import (tests aside); ARCHITECTURE.md explains the layers. A package
// listed here that does not exist yet is let be, so a branch that adds it
// can land in either order with this table.
var allowed = map[string][]string{
	// Leaves: no imports from the module.
	"internal/diag":              nil,
	"internal/suggest":           nil,
	"internal/plural":            nil,
	"internal/parallel":          nil,
	"internal/buildcache":        nil,
	"internal/memo":              nil,
	"internal/strpack":           nil,
	"internal/urlsafe":           nil,
	"internal/htmlcopy":          nil,
	"internal/serve/browsertest": nil,
	"internal/testutil":          {"internal/markdown"},
	"internal/archtest":          nil,
	"themes":                     nil,

	// The goldmark configuration keeps lexed code blocks in a memo.
	"internal/markdown": {"internal/memo"},

	// Sources: settings, files and pages.
	"internal/sitefs":              {"internal/diag"},
	"internal/content/frontmatter": {"internal/diag", "internal/strpack"},
	"internal/config":              {"internal/content/frontmatter", "internal/diag", "internal/suggest"},
	"internal/content": {"internal/config", "internal/content/frontmatter", "internal/diag", "internal/markdown",
		"internal/parallel", "internal/sitefs", "internal/strpack", "internal/suggest"},
	"internal/theme":     {"internal/config", "internal/diag", "internal/plural", "internal/sitefs", "internal/suggest", "themes"},
	"internal/subscribe": {"internal/config", "internal/diag"},
	"internal/imagesize": {"internal/content"},

	// Stages: each reads pages and makes one kind of result.
	"internal/lint":          {"internal/config", "internal/content", "internal/diag"},
	"internal/lint/rules":    {"internal/config", "internal/content", "internal/diag", "internal/lint", "internal/suggest"},
	"internal/lint/driver":   {"internal/content", "internal/diag", "internal/lint", "internal/lint/rules", "internal/parallel", "internal/suggest"},
	"internal/lint/linttest": {"internal/config", "internal/content", "internal/diag", "internal/lint", "internal/markdown"},
	"internal/lint/report":   {"internal/diag", "internal/lint", "internal/parallel", "internal/plural"},
	"internal/linkcheck":     {"internal/config", "internal/content", "internal/diag", "internal/suggest"},
	"internal/render":        {"internal/config", "internal/content", "internal/htmlcopy", "internal/markdown", "internal/strpack", "internal/subscribe", "internal/theme"},
	"internal/email": {"internal/config", "internal/content", "internal/diag", "internal/email/check", "internal/email/inline", "internal/email/lex",
		"internal/htmlcopy", "internal/imagesize", "internal/markdown", "internal/memo", "internal/output", "internal/suggest", "internal/theme", "internal/urlsafe"},
	"internal/email/lex":    nil,
	"internal/email/inline": {"internal/email/lex", "internal/memo"},
	"internal/email/check":  {"internal/email/lex", "internal/memo"},
	"internal/feed":         {"internal/htmlcopy", "internal/urlsafe"},
	"internal/output":       {"internal/diag", "internal/memo", "internal/parallel"},

	// The orchestrator, and what drives it.
	"internal/site": {"internal/buildcache", "internal/config", "internal/content", "internal/diag", "internal/email", "internal/email/check", "internal/feed", "internal/imagesize",
		"internal/linkcheck", "internal/lint", "internal/lint/driver", "internal/markdown", "internal/output",
		"internal/parallel", "internal/render", "internal/sitefs", "internal/subscribe", "internal/theme"},
	"internal/serve": {"internal/config", "internal/diag", "internal/htmlcopy", "internal/markdown", "internal/plural", "internal/site", "internal/sitefs"},
	"cmd/gen": {"internal/diag", "internal/email", "internal/email/check", "internal/lint", "internal/lint/rules",
		"internal/lint/report", "internal/plural", "internal/serve",
		"internal/site", "internal/sitefs", "internal/suggest"},

	// Benchmarks' tools.
	"bench/bigpage": {"internal/testutil"},
}

// violations checks a graph of direct imports (module-relative paths)
// against rules and says what breaks them.
func violations(graph map[string][]string, rules map[string][]string) []string {
	var out []string
	for pkg, imports := range graph {
		ok, known := rules[pkg]
		if !known {
			out = append(out, fmt.Sprintf("%s has no import rules: add it to the table in this test and to ARCHITECTURE.md", pkg))
			continue
		}
		for _, imp := range imports {
			if !slices.Contains(ok, imp) {
				out = append(out, fmt.Sprintf("%s imports %s, which it may not (see ARCHITECTURE.md)", pkg, imp))
			}
		}
	}
	slices.Sort(out)
	return out
}

// moduleGraph lists every package of the module with its direct module
// imports, from go list -deps.
func moduleGraph(t *testing.T) map[string][]string {
	t.Helper()
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH to list the packages' imports")
	}
	cmd := exec.Command(gobin, "list", "-deps", "-f", "{{.ImportPath}}{{range .Imports}} {{.}}{{end}}", "./...")
	cmd.Dir = "../.."
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	graph := map[string][]string{}
	for line := range strings.Lines(string(out)) {
		fields := strings.Fields(line)
		if len(fields) == 0 || !strings.HasPrefix(fields[0], module) {
			continue
		}
		pkg := strings.TrimPrefix(fields[0], module)
		graph[pkg] = []string{}
		for _, imp := range fields[1:] {
			if rel, ok := strings.CutPrefix(imp, module); ok {
				graph[pkg] = append(graph[pkg], rel)
			}
		}
	}
	if len(graph) < 10 {
		t.Fatalf("go list found only %d packages of the module:\n%s", len(graph), out)
	}
	return graph
}

func TestImportRules(t *testing.T) {
	for _, v := range violations(moduleGraph(t), allowed) {
		t.Error(v)
	}
}

// TestArchitectureNamesEveryPackage keeps ARCHITECTURE.md's package list
// in step with the code.
func TestArchitectureNamesEveryPackage(t *testing.T) {
	doc, err := os.ReadFile("../../ARCHITECTURE.md")
	if err != nil {
		t.Fatal(err)
	}
	for pkg := range moduleGraph(t) {
		if !bytes.Contains(doc, []byte("`"+pkg+"`")) {
			t.Errorf("ARCHITECTURE.md does not describe `%s`", pkg)
		}
	}
}

func TestViolationsFindsBadImports(t *testing.T) {
	rules := map[string][]string{"internal/a": nil, "internal/b": {"internal/a"}}
	graph := map[string][]string{
		"internal/a": {"internal/b"}, // a leaf importing upwards
		"internal/b": {"internal/a"},
		"internal/c": nil, // a package nobody placed
	}
	want := []string{
		"internal/a imports internal/b, which it may not (see ARCHITECTURE.md)",
		"internal/c has no import rules: add it to the table in this test and to ARCHITECTURE.md",
	}
	if got := violations(graph, rules); !slices.Equal(got, want) {
		t.Errorf("violations:\n got %q\nwant %q", got, want)
	}
}

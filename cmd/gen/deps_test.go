package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestOneYAMLLibrary: front matter and everything else read YAML with one
// library, so gen links no second parser with its own quirks.
func TestOneYAMLLibrary(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	var yaml []string
	for _, pkg := range strings.Fields(string(out)) {
		if strings.Contains(strings.ToLower(pkg), "yaml") {
			yaml = append(yaml, pkg)
		}
	}
	if len(yaml) != 1 || yaml[0] != "go.yaml.in/yaml/v3" {
		t.Errorf("YAML packages linked into gen: %v, want only go.yaml.in/yaml/v3", yaml)
	}
}

package cli

import (
	"io"
	"os"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestWatchWorkflow checks the README's scheduled workflow: its YAML parses,
// and every claimdiff command in it names a command and flags claimdiff has.
func TestWatchWorkflow(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var body string
	for _, m := range regexp.MustCompile("(?s)```yaml\n(.*?)```").FindAllStringSubmatch(string(b), -1) {
		if strings.Contains(m[1], "name: watch-story") {
			body = m[1]
		}
	}
	if body == "" {
		t.Fatal("README: no watch-story workflow")
	}
	var v map[string]any
	if err := yaml.Unmarshal([]byte(body), &v); err != nil {
		t.Fatalf("the workflow: %v", err)
	}
	var lines []string
	var walk func(any)
	walk = func(x any) {
		switch x := x.(type) {
		case string:
			for _, l := range strings.Split(strings.ReplaceAll(x, "\\\n", " "), "\n") {
				if i := strings.Index(l, "claimdiff "); i >= 0 && (i == 0 || l[i-1] == ' ') && !strings.Contains(l, "go install") && !strings.Contains(l, "git ") {
					lines = append(lines, l[i:])
				}
			}
		case map[string]any:
			for _, y := range x {
				walk(y)
			}
		case []any:
			for _, y := range x {
				walk(y)
			}
		}
	}
	walk(v)
	seen := map[string]bool{}
	for _, l := range lines {
		l, _, _ = strings.Cut(l, "||")
		l, _, _ = strings.Cut(l, "#")
		l, _, _ = strings.Cut(l, ";")
		args := strings.Fields(strings.NewReplacer(`"`, "", "'", "").Replace(l))
		root := NewRootCmd(&IOStreams{In: strings.NewReader(""), Out: io.Discard, ErrOut: io.Discard})
		cmd, rest, err := root.Find(args[1:])
		if err != nil || cmd == root {
			t.Errorf("%q: no such command", l)
			continue
		}
		if err := cmd.ParseFlags(rest); err != nil {
			t.Errorf("%q: %v", l, err)
		}
		seen[cmd.Name()] = true
	}
	for _, want := range []string{"import", "check", "ingest", "export"} {
		if !seen[want] {
			t.Errorf("the workflow runs no claimdiff %s (got %v)", want, seen)
		}
	}
}

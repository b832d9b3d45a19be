package check_test

import (
	"encoding/json"
	"io"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/internal/cli"
	"go.yaml.in/yaml/v3"
)

var fence = regexp.MustCompile("(?s)```(yaml|sh|json)\n(.*?)```")

// TestDocsCI checks docs/ci.md: its YAML and JSON blocks parse, and every
// claimdiff check command in it has only flags the command knows.
func TestDocsCI(t *testing.T) {
	b, err := os.ReadFile("../../docs/ci.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := fence.FindAllStringSubmatch(string(b), -1)
	if len(blocks) < 4 {
		t.Fatalf("got %d code blocks, want the usage, the baseline and two CI files", len(blocks))
	}
	var commands []string
	for _, bl := range blocks {
		lang, body := bl[1], bl[2]
		switch lang {
		case "yaml":
			var v map[string]any
			if err := yaml.Unmarshal([]byte(body), &v); err != nil {
				t.Errorf("yaml block: %v\n%s", err, body)
			}
			walkStrings(v, func(s string) {
				if strings.HasPrefix(s, "claimdiff check") {
					commands = append(commands, s)
				}
			})
		case "json":
			var v map[string]any
			if err := json.Unmarshal([]byte(body), &v); err != nil {
				t.Errorf("json block: %v", err)
			}
		case "sh":
			for _, line := range strings.Split(body, "\n") {
				if strings.HasPrefix(line, "claimdiff check") {
					line, _, _ = strings.Cut(line, "#")
					commands = append(commands, line)
				}
			}
		}
	}
	if len(commands) < 5 {
		t.Fatalf("got %d claimdiff check commands, want at least 5", len(commands))
	}
	for _, c := range commands {
		args := strings.Fields(strings.NewReplacer(`"`, "", "'", "").Replace(c))
		cmd := cli.NewCheckCmd(&cli.IOStreams{In: strings.NewReader(""), Out: io.Discard, ErrOut: io.Discard})
		if err := cmd.ParseFlags(args[2:]); err != nil {
			t.Errorf("%q: %v", c, err)
		}
	}
}

func walkStrings(v any, f func(string)) {
	switch v := v.(type) {
	case string:
		f(v)
	case map[string]any:
		for _, x := range v {
			walkStrings(x, f)
		}
	case []any:
		for _, x := range v {
			walkStrings(x, f)
		}
	}
}

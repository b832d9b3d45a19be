package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Files claimdiff wrote into the folder of articles are not read as
// articles when the folder is: reports, Markdown tables, the check's
// summary, plain rows piped to a file. Named on the command line they are.
func TestOwnOutputIsSkipped(t *testing.T) {
	dir := t.TempDir()
	for _, f := range ferry {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		writeFiles(t, dir, map[string]string{filepath.Base(f): string(b)})
	}
	before, _, code := run(t, []string{"compare", "--format", "json", dir}, false, false, "")
	if code != 0 {
		t.Fatalf("compare: exit %d", code)
	}
	outputs := map[string][]string{
		"report.md":      {"report", dir},
		"compare.md":     {"compare", "--format", "markdown", "--explain", dir},
		"compare.txt":    {"compare", "--explain", dir},
		"claims.txt":     {"extract", dir},
		"mentions.txt":   {"extract", "--mentions", dir},
		"summary.md":     {"check", "--format", "summary", "--fail-on", "any", filepath.Join(dir, "sea-wire.txt"), "--against", dir},
		"summary-ok.md":  {"check", "--format", "summary", filepath.Join(dir, "sea-wire.txt"), "--against", dir},
		"check-text.txt": {"check", "--fail-on", "any", filepath.Join(dir, "sea-wire.txt"), "--against", dir},
	}
	for name, args := range outputs {
		out, errOut, _ := run(t, args, false, false, "")
		if out == "" {
			t.Fatalf("%s: no output (%s)", name, errOut)
		}
		writeFiles(t, dir, map[string]string{name: out})
	}
	after, errOut, code := run(t, []string{"compare", "--format", "json", dir}, false, false, "")
	if code != 0 || after != before {
		t.Errorf("compare after writing its outputs into the folder: exit %d, %s\ngot\n%s\nwant\n%s", code, errOut, after, before)
	}
	// Named, a report is read.
	out, _, _ := run(t, []string{"extract", "--format", "json", filepath.Join(dir, "report.md")}, false, false, "")
	if !strings.Contains(out, `"id": "report"`) {
		t.Errorf("a report named on the command line was not read:\n%s", out)
	}
}

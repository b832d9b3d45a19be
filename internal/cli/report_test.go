package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReportCommand runs `claimdiff report` end to end on the ferry story;
// the report's content is pinned by internal/report's goldens, this test
// pins the flags.
func TestReportCommand(t *testing.T) {
	plain, _, code := run(t, args("report"), false, false, "")
	if code != ExitOK || !strings.HasPrefix(plain, "# Where the sources agree and disagree\n") {
		t.Fatalf("got code %d and report %.80q, want code 0 and a report", code, plain)
	}
	tests := []struct {
		name   string
		args   []string
		code   int
		has    string // a substring stdout must hold
		hasNot string // a substring stdout must not hold
		stderr string // a substring stderr must hold ("" means stderr is empty)
	}{
		{"title is escaped", args("report", "--title", "Ferry | <b>x</b>"), ExitOK, "# Ferry \\| \\<b\\>x\\</b\\>\n", "", ""},
		{"no date by default", args("report"), ExitOK, "## Method", "Report date", ""},
		{"date", args("report", "--date", "2025-07-15"), ExitOK, "\nReport date: 2025-07-15\n", "", ""},
		{"bad date", args("report", "--date", "15/07/2025"), ExitError, "", "#", "--date"},
		{"negative max-bytes", args("report", "--max-bytes", "-1"), ExitError, "", "#", "--max-bytes"},
		{"max-bytes too small", args("report", "--max-bytes", "200"), ExitError, "", "#", "the report needs at least"},
		{"max-bytes roomy", args("report", "--max-bytes", "1048576"), ExitOK, "## Method", "[!NOTE]", ""},
		{"bad tolerance", args("report", "--tolerance", "-0.5"), ExitError, "", "#", "--tolerance"},
		{"tolerance in the method note", args("report", "--tolerance", "0.25"), ExitOK, "widened by 25%", "", ""},
		{"no sources", []string{"report"}, ExitError, "", "#", "no sources given"},
		{"missing file still reports", args("report", "testdata/ferry/missing.txt"), ExitError, "# Where", "", "missing.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := run(t, tt.args, false, false, "")
			if code != tt.code {
				t.Errorf("got code %d, want %d (stderr %q)", code, tt.code, errOut)
			}
			if !strings.Contains(out, tt.has) {
				t.Errorf("got stdout %.200q, want it to hold %q", out, tt.has)
			}
			if tt.hasNot != "" && strings.Contains(out, tt.hasNot) {
				t.Errorf("got stdout %.200q, want it without %q", out, tt.hasNot)
			}
			if (tt.stderr == "") != (errOut == "") || !strings.Contains(errOut, tt.stderr) {
				t.Errorf("got stderr %q, want %q", errOut, tt.stderr)
			}
		})
	}

	t.Run("output file", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "report.md")
		out, errOut, code := run(t, args("report", "-o", path), false, false, "")
		if code != ExitOK || out != "" || errOut != "" {
			t.Fatalf("got code %d, stdout %q, stderr %q; want 0 and nothing printed", code, out, errOut)
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		// The same report as on standard output; compared by shape, as the
		// two runs each compare the claims afresh.
		if !strings.HasPrefix(string(got), "# Where the sources agree and disagree\n") || !strings.HasSuffix(string(got), "may be a correction.\n") {
			t.Errorf("got file %.200q, want the whole report", got)
		}
	})
}

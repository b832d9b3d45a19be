package cli

import (
	"bytes"
	"encoding/json"
	goldenfile "github.com/claimdiff/claimdiff/internal/golden"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

// someConflicts matches a summary line that counts one conflict or more.
var someConflicts = regexp.MustCompile(`(^|\n)[1-9][0-9]* conflicts?,`)

func TestMain(m *testing.M) {
	// Table widths must not depend on the locale of the machine running the
	// tests (tablewriter widens ambiguous characters under CJK locales).
	twwidth.SetEastAsian(false)
	os.Exit(m.Run())
}

// run executes claimdiff with captured streams.
func run(t *testing.T, args []string, tty, color bool, stdin string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	io := &IOStreams{In: strings.NewReader(stdin), Out: &out, ErrOut: &errOut, OutTTY: tty, NoColor: !color}
	code = Run(args, io)
	return out.String(), errOut.String(), code
}

// golden compares got with testdata/golden/name, or rewrites it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	goldenfile.Check(t, filepath.Join("testdata", "golden", name), []byte(got))
}

var ferry = []string{
	"testdata/ferry/harbour-times.txt",
	"testdata/ferry/island-post.txt",
	"testdata/ferry/sea-wire.txt",
}

func args(cmd string, extra ...string) []string {
	return append(append([]string{cmd}, extra...), ferry...)
}

// TestCommands runs extract and compare end to end and compares their
// output with golden files.
func TestCommands(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		tty    bool
		color  bool
		stdin  string
		cols   string // $COLUMNS: the terminal's width
		code   int
		stderr string // a substring stderr must hold ("" means stderr is empty)
	}{
		{name: "extract_tty", args: args("extract"), tty: true},
		{name: "extract_piped", args: args("extract")},
		{name: "extract_json", args: args("extract", "--format", "json")},
		{name: "extract_jsonl", args: args("extract", "--format", "jsonl")},
		{name: "extract_mentions", args: args("extract", "--mentions"), tty: true},
		{name: "extract_mentions_json", args: args("extract", "--mentions", "-f", "json")},
		{name: "extract_stdin", args: []string{"extract", "-"}, stdin: "Floods killed 23 people and displaced 4,000 in the valley on 2 May 2024.\n"},
		{name: "extract_missing_file", args: args("extract", "testdata/ferry/no-such-story.txt"), code: ExitError, stderr: "no-such-story.txt"},
		{name: "extract_bad_format", args: args("extract", "--format", "yaml"), code: ExitError, stderr: `unknown format "yaml"`},
		{name: "compare_tty", args: args("compare"), tty: true},
		{name: "compare_tty_80_columns", args: args("compare"), tty: true, cols: "80"},
		{name: "compare_piped_columns_ignored", args: args("compare"), cols: "80"},
		{name: "compare_tty_color", args: args("compare"), tty: true, color: true},
		{name: "compare_piped", args: args("compare")},
		{name: "compare_only_conflicts", args: args("compare", "--only-conflicts"), tty: true},
		{name: "compare_explain", args: args("compare", "--explain"), tty: true},
		{name: "compare_explain_color", args: args("compare", "--explain"), tty: true, color: true},
		{name: "compare_explain_piped", args: args("compare", "--explain")},
		{name: "compare_json", args: args("compare", "--format", "json")},
		{name: "compare_markdown", args: args("compare", "--format", "markdown", "--explain")},
		{name: "compare_missing_file", args: args("compare", "testdata/ferry/no-such-story.txt"), code: ExitError, stderr: "no-such-story.txt"},
		{name: "compare_threshold_unused", args: args("compare", "--threshold", "0.5"), stderr: "threshold is no longer used"},
		{name: "compare_bad_tolerance", args: args("compare", "--tolerance", "-1"), code: ExitError, stderr: "--tolerance"},
		{name: "compare_no_sources", args: []string{"compare"}, code: ExitError, stderr: "no sources given"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("COLUMNS", tt.cols)
			stdout, stderr, code := run(t, tt.args, tt.tty, tt.color, tt.stdin)
			if code != tt.code {
				t.Errorf("exit code: got %d, want %d (stderr %q)", code, tt.code, stderr)
			}
			if tt.stderr == "" && stderr != "" {
				t.Errorf("stderr: got %q, want nothing", stderr)
			}
			if !strings.Contains(stderr, tt.stderr) {
				t.Errorf("stderr: got %q, want it to hold %q", stderr, tt.stderr)
			}
			// Colour only on a colour terminal, and there at least on a
			// conflict's status.
			hasColor := strings.Contains(stdout, "\x1b[")
			if want := tt.tty && tt.color; hasColor && !want {
				t.Errorf("colour: got %v, want %v", hasColor, want)
			}
			if tt.tty && tt.color && someConflicts.MatchString(stdout) && !hasColor {
				t.Errorf("colour: got none, want some")
			}
			if strings.Contains(tt.name, "json") && tt.code == 0 {
				checkJSON(t, stdout, strings.Contains(tt.name, "jsonl"))
			}
			golden(t, tt.name+".golden", stdout)
		})
	}
}

// checkJSON checks that output parses and never holds a null.
func checkJSON(t *testing.T, out string, lines bool) {
	t.Helper()
	docs := []string{out}
	if lines {
		docs = strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if out == "" {
			docs = nil
		}
	}
	for _, d := range docs {
		var v any
		if err := json.Unmarshal([]byte(d), &v); err != nil {
			t.Fatalf("invalid JSON: %v\n%s", err, d)
		}
		if strings.Contains(d, "null") {
			t.Errorf("JSON holds null:\n%s", d)
		}
	}
}

// TestStable checks that output does not depend on the order the sources
// are named in, for the bundled stories and the seed articles.
func TestStable(t *testing.T) {
	seeds, _ := filepath.Glob("../../../shared/seeds/*.txt")
	sets := map[string][]string{"ferry": ferry, "seeds": seeds}
	for name, files := range sets {
		t.Run(name, func(t *testing.T) {
			t.Setenv("COLUMNS", "")
			if len(files) == 0 {
				t.Skip("no files (../shared is absent)")
			}
			rev := slices.Clone(files)
			slices.Reverse(rev)
			for _, cmd := range [][]string{{"extract", "--format", "json"}, {"compare", "--format", "json"}, {"compare", "--explain"}} {
				a, _, _ := run(t, append(slices.Clone(cmd), files...), false, false, "")
				b, _, _ := run(t, append(slices.Clone(cmd), rev...), false, false, "")
				if a != b {
					t.Errorf("%v: output depends on the order of the sources", cmd)
				}
			}
		})
	}
}

// TestTolerance checks that --tolerance reaches the comparison, in compare
// and in report: "about $25 million" and "$27 million" agree within 10% and
// not within 5% or 0.
func TestTolerance(t *testing.T) {
	tests := []struct {
		tolerance string
		want      string
	}{
		{"0.1", "agree"},
		{"0.05", "conflict"},
		{"0", "conflict"},
	}
	for _, tt := range tests {
		t.Run(tt.tolerance, func(t *testing.T) {
			stdout, stderr, code := run(t, []string{"compare", "--tolerance", tt.tolerance, "testdata/tolerance"}, false, false, "")
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if got, _, _ := strings.Cut(stdout, "\t"); got != tt.want {
				t.Errorf("got %q, want %q (output %q)", got, tt.want, stdout)
			}
			// report reads --tolerance the same way
			md, stderr, code := run(t, []string{"report", "--tolerance", tt.tolerance, "testdata/tolerance"}, false, false, "")
			if code != ExitOK {
				t.Fatalf("report: exit %d: %s", code, stderr)
			}
			conflicts := "**0** in conflict"
			if tt.want == "conflict" {
				conflicts = "**1** in conflict"
			}
			if !strings.Contains(md, conflicts) {
				t.Errorf("report --tolerance %s: want %q in %q", tt.tolerance, conflicts, md)
			}
		})
	}
}

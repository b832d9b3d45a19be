package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/internal/buildinfo"
)

func TestColorRules(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		tty  bool
		mode string
		want bool
	}{
		{"terminal", nil, true, "", true},
		{"piped", nil, false, "", false},
		{"NO_COLOR set", map[string]string{"NO_COLOR": "1"}, true, "", false},
		{"NO_COLOR empty is not set", map[string]string{"NO_COLOR": ""}, true, "", true},
		{"CLICOLOR=0", map[string]string{"CLICOLOR": "0"}, true, "", false},
		{"CLICOLOR=1", map[string]string{"CLICOLOR": "1"}, true, "", true},
		{"TERM=dumb", map[string]string{"TERM": "dumb"}, true, "", false},
		{"CLICOLOR_FORCE when piped", map[string]string{"CLICOLOR_FORCE": "1"}, false, "", true},
		{"CLICOLOR_FORCE=0", map[string]string{"CLICOLOR_FORCE": "0"}, false, "", false},
		{"CLICOLOR_FORCE empty", map[string]string{"CLICOLOR_FORCE": ""}, false, "", false},
		{"NO_COLOR over CLICOLOR_FORCE", map[string]string{"NO_COLOR": "1", "CLICOLOR_FORCE": "1"}, true, "", false},
		{"--color always over NO_COLOR, piped", map[string]string{"NO_COLOR": "1"}, false, ColorAlways, true},
		{"--color never on a terminal", nil, true, ColorNever, false},
		{"--color never over CLICOLOR_FORCE", map[string]string{"CLICOLOR_FORCE": "1"}, true, ColorNever, false},
		{"--color auto", nil, true, ColorAuto, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			getenv := func(k string) string { return tt.env[k] }
			s := &IOStreams{OutTTY: tt.tty, NoColor: noColorEnv(getenv), ForceColor: forceColorEnv(getenv), ColorMode: tt.mode}
			if got := s.Color(); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// --color reaches the output, and takes only its three values.
func TestColorFlag(t *testing.T) {
	has := func(s string) bool { return strings.Contains(s, "\x1b[") }
	stdout, _, code := run(t, args("compare", "--color", "always"), false, false, "")
	if code != ExitOK || !has(stdout) {
		t.Errorf("--color always, piped: exit %d, colour %v, want some", code, has(stdout))
	}
	stdout, _, _ = run(t, args("compare", "--color", "never"), true, true, "")
	if has(stdout) {
		t.Errorf("--color never on a colour terminal: got colour")
	}
	_, stderr, code := run(t, args("compare", "--color", "sometimes"), false, false, "")
	if code != ExitError || !strings.Contains(stderr, `--color "sometimes": want auto, always or never`) {
		t.Errorf("--color sometimes: exit %d, %q", code, stderr)
	}
}

func TestVersion(t *testing.T) {
	want := "claimdiff " + buildinfo.Version() + "\n"
	if buildinfo.Version() == "" || buildinfo.Version() == "dev" {
		t.Fatalf("version %q", buildinfo.Version())
	}
	for _, a := range [][]string{{"--version"}, {"version"}} {
		stdout, stderr, code := run(t, a, false, false, "")
		if code != ExitOK || stdout != want || stderr != "" {
			t.Errorf("%v: got %q, %q, exit %d, want %q", a, stdout, stderr, code, want)
		}
	}
}

// The SARIF of check names the tool's version from the build information.
func TestSARIFVersion(t *testing.T) {
	top := inDir(t, "", "threshold")
	stdout, _, _ := run(t, []string{"check", "threshold/union-bulletin.txt", "--against", "threshold", "--root", top, "--format", "sarif"}, false, false, "")
	if want := fmt.Sprintf(`"version": %q`, buildinfo.Version()); !strings.Contains(stdout, want) || strings.Contains(stdout, `"version": "dev"`) {
		t.Errorf("want %s in the SARIF:\n%.600s", want, stdout)
	}
}

// Flags with a fixed set of values complete them.
func TestCompletions(t *testing.T) {
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"compare", "--format", ""}, []string{"table", "json", "markdown"}},
		{[]string{"extract", "--format", ""}, []string{"table", "json", "jsonl"}},
		{[]string{"check", "--format", ""}, []string{"text", "json", "sarif", "github", "summary", "codequality"}},
		{[]string{"check", "--fail-on", ""}, []string{"conflict", "rising", "revised", "single", "any"}},
		{[]string{"claims", "--kind", ""}, []string{"count", "money", "percent", "date"}},
		{[]string{"claims", "--format", ""}, []string{"table", "json"}},
		{[]string{"sources", "--format", ""}, []string{"table", "json"}},
		{[]string{"compare", "--color", ""}, []string{"auto", "always", "never"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			stdout, stderr, code := run(t, append([]string{"__complete"}, tt.args...), false, false, "")
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			lines := strings.Split(strings.TrimSpace(stdout), "\n")
			got := lines[:len(lines)-1] // the last line is the directive
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if lines[len(lines)-1] != ":4" {
				t.Errorf("directive %q, want :4 (no file completion)", lines[len(lines)-1])
			}
		})
	}
}

// runTTY runs claimdiff with standard error on a terminal.
func runTTY(t *testing.T, args []string, outTTY bool) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = Run(args, &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut, OutTTY: outTTY, ErrTTY: true, NoColor: true})
	return out.String(), errOut.String(), code
}

// With standard output piped and standard error on a terminal, the
// summary line goes to standard error; -q drops it.
func TestSummaryOnStderr(t *testing.T) {
	const summary = "1 conflict (1 rising total), 2 agreements, 5 single-source facts across 3 sources\n"
	tests := []struct {
		name   string
		args   []string
		outTTY bool
		want   string
	}{
		{"compare piped", args("compare"), false, summary},
		{"compare json piped", args("compare", "--format", "json"), false, summary},
		{"compare on a terminal: in the table", args("compare"), true, ""},
		{"compare -q", args("compare", "-q"), false, ""},
		{"report piped", args("report"), false, summary},
		{"extract piped", args("extract"), false, "14 claims from 3 sources\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := runTTY(t, tt.args, tt.outTTY)
			if code != ExitOK || stderr != tt.want {
				t.Errorf("got exit %d, stderr %q, want %q", code, stderr, tt.want)
			}
		})
	}
	// piped to a log, standard error stays quiet
	if _, stderr, _ := run(t, args("compare"), false, false, ""); stderr != "" {
		t.Errorf("stderr piped: got %q, want nothing", stderr)
	}
	out := filepath.Join(t.TempDir(), "r.md")
	if _, stderr, _ := runTTY(t, args("report", "-o", out), true); stderr != "wrote "+out+": "+summary {
		t.Errorf("report -o: got %q", stderr)
	}
}

// compare, report and check draw progress over many sources on a
// terminal; -q turns it off.
func TestProgress(t *testing.T) {
	dir := t.TempDir()
	for i := range progressMin {
		p := filepath.Join(dir, fmt.Sprintf("s%02d.txt", i))
		if err := os.WriteFile(p, []byte(fmt.Sprintf("Officials said %d people were hurt in the flood.\n", 10+i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, a := range [][]string{{"compare", dir}, {"report", dir}, {"check", filepath.Join(dir, "s00.txt"), "--against", dir, "--root", dir}} {
		_, stderr, _ := runTTY(t, a, false)
		for _, want := range []string{"\rextracting [", fmt.Sprintf("%d/%d sources", progressMin, progressMin), "\r\033[K"} {
			if !strings.Contains(stderr, want) {
				t.Errorf("%s: stderr %q, want it to hold %q", a[0], stderr, want)
			}
		}
		if a[0] != "check" && !strings.Contains(stderr, fmt.Sprintf("comparing %d claims of %d sources", progressMin, progressMin)) {
			t.Errorf("%s: stderr %q, want the comparing note", a[0], stderr)
		}
		if _, stderr, _ := runTTY(t, append(a, "-q"), false); strings.Contains(stderr, "extracting") {
			t.Errorf("%s -q: stderr %q, want no progress", a[0], stderr)
		}
	}
}

// -q leaves only errors and warnings on standard error.
func TestQuiet(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.db")
	if _, stderr, code := runTTY(t, append([]string{"ingest", "-q", "--store", db}, ferry...), false); code != ExitOK || stderr != "" {
		t.Errorf("ingest -q: exit %d, stderr %q, want nothing", code, stderr)
	}
	top := inDir(t, "", "threshold")
	if _, stderr, code := runTTY(t, []string{"check", "-q", "threshold/union-bulletin.txt", "--against", "threshold", "--root", top}, false); code != ExitFindings || stderr != "" {
		t.Errorf("check -q: exit %d, stderr %q, want nothing", code, stderr)
	}
	if _, stderr, _ := runTTY(t, []string{"compare", "-q", "no-such-file.txt"}, false); !strings.Contains(stderr, "no-such-file.txt") {
		t.Errorf("compare -q: stderr %q, want the error", stderr)
	}
}

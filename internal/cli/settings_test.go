package cli

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/internal/check"
)

// inDir runs the test in a fresh directory holding a copy of the given
// testdata directories and, when cfg is not "", a .claimdiff.yaml.
func inDir(t *testing.T, cfg string, dirs ...string) string {
	t.Helper()
	top := t.TempDir()
	for _, d := range dirs {
		files, err := filepath.Glob(filepath.Join("testdata", d, "*"))
		if err != nil || len(files) == 0 {
			t.Fatalf("testdata/%s: %v", d, err)
		}
		if err := os.MkdirAll(filepath.Join(top, d), 0o755); err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(top, d, filepath.Base(f)), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	if cfg != "" {
		if err := os.WriteFile(filepath.Join(top, ".claimdiff.yaml"), []byte(cfg), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(top)
	return top
}

// The configuration file is found from the working directory up; flags
// override it; --config names another and --no-config reads none.
func TestConfigPrecedence(t *testing.T) {
	tests := []struct {
		name string
		cfg  string // .claimdiff.yaml at the top
		sub  string // the working directory, under the top
		args []string
		want string // the first status compare prints
	}{
		{"default", "", "", nil, "agree"},
		{"file", "tolerance: 0.05\n", "", nil, "conflict"},
		{"file found from a directory below", "tolerance: 0.05\n", "tolerance", nil, "conflict"},
		{"flag over file", "tolerance: 0.05\n", "", []string{"--tolerance", "0.1"}, "agree"},
		{"flag over default", "", "", []string{"--tolerance", "0.05"}, "conflict"},
		{"no-config", "tolerance: 0.05\n", "", []string{"--no-config"}, "agree"},
		{"config names another", "tolerance: 0.05\n", "", []string{"--config", "other.yaml"}, "agree"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			top := inDir(t, tt.cfg, "tolerance")
			if err := os.WriteFile(filepath.Join(top, "other.yaml"), []byte("tolerance: 0.2\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			dir := filepath.Join(top, "tolerance")
			if tt.sub != "" {
				t.Chdir(filepath.Join(top, tt.sub))
				dir = "."
			}
			stdout, stderr, code := run(t, append(append([]string{"compare"}, tt.args...), dir), false, false, "")
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if got, _, _ := strings.Cut(stdout, "\t"); got != tt.want {
				t.Errorf("got %q, want %q (output %q)", got, tt.want, stdout)
			}
		})
	}
}

func TestConfigErrors(t *testing.T) {
	tests := []struct {
		name, cfg string
		args      []string
		want      string
	}{
		{"unknown key", "tolerance: 0.1\ntreshold: 0.3\n", nil, `.claimdiff.yaml:2: unknown key "treshold"`},
		{"bad value", "threshold: 3\n", nil, ".claimdiff.yaml:1: threshold: 3: want a number above 0, at most 1"},
		{"missing --config", "", []string{"--config", "nowhere.yaml"}, "nowhere.yaml: no such file or directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inDir(t, tt.cfg, "tolerance")
			_, stderr, code := run(t, append(append([]string{"compare"}, tt.args...), "tolerance"), false, false, "")
			if code != ExitError || !strings.Contains(stderr, tt.want) {
				t.Errorf("got exit %d, stderr %q, want %d and %q", code, stderr, ExitError, tt.want)
			}
		})
	}
}

// check compares with the same settings as compare: its flags, and the
// configuration file's tolerance, threshold and fail-on.
func TestCheckSettings(t *testing.T) {
	tests := []struct {
		name string
		cfg  string
		args []string
		code int
	}{
		{"tolerance default: about 25 agrees with 27", "", []string{"tolerance/river-news.txt", "--against", "tolerance"}, ExitOK},
		{"tolerance flag", "", []string{"tolerance/river-news.txt", "--against", "tolerance", "--tolerance", "0.05"}, ExitFindings},
		{"tolerance in the file", "tolerance: 0.05\n", []string{"tolerance/river-news.txt", "--against", "tolerance"}, ExitFindings},
		// the threshold is no longer used: claims are one fact when they
		// share a frame, and a flag or file that sets it changes nothing
		{"one fact", "", []string{"threshold/union-bulletin.txt", "--against", "threshold"}, ExitFindings},
		{"threshold flag: still one fact", "", []string{"threshold/union-bulletin.txt", "--against", "threshold", "--threshold", "0.8"}, ExitFindings},
		{"threshold in the file: still one fact", "threshold: 0.8\n", []string{"threshold/union-bulletin.txt", "--against", "threshold"}, ExitFindings},
		{"fail-on in the file", "fail-on: any\n", []string{"tolerance/river-news.txt", "--against", "tolerance"}, ExitFindings},
		{"fail-on flag over the file", "fail-on: any\n", []string{"tolerance/river-news.txt", "--against", "tolerance", "--fail-on", "conflict"}, ExitOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			top := inDir(t, tt.cfg, "tolerance", "threshold")
			stdout, stderr, code := run(t, append(append([]string{"check"}, tt.args...), "--root", top), false, false, "")
			if code != tt.code {
				t.Errorf("got exit %d, want %d\nstdout %s\nstderr %s", code, tt.code, stdout, stderr)
			}
		})
	}
}

// The configuration file's exclude patterns leave files and directories
// out of directory walks, in every command that reads sources.
func TestConfigExclude(t *testing.T) {
	top := inDir(t, "exclude:\n  - drafts/\n  - \"*-draft.txt\"\n", "ferry")
	for _, p := range []string{"ferry/drafts/old.txt", "ferry/sea-wire-draft.txt"} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(top, p)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(top, p), []byte("Officials said 99 people were hurt.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, cmd := range [][]string{{"extract"}, {"compare", "--format", "json"}, {"ingest", "--store", filepath.Join(top, "c.db")}} {
		stdout, stderr, code := run(t, append(cmd, "ferry"), false, false, "")
		if code != ExitOK || strings.Contains(stdout+stderr, "draft") || strings.Contains(stdout+stderr, "old") {
			t.Errorf("%s: exit %d, output mentions an excluded file:\n%s\n%s", cmd[0], code, stdout, stderr)
		}
		if cmd[0] == "ingest" && !strings.Contains(stderr, "ingested 3 sources") {
			t.Errorf("ingest: %q, want 3 sources", stderr)
		}
	}
	// named on the command line, a file is read all the same
	stdout, _, _ := run(t, []string{"extract", "ferry/sea-wire-draft.txt"}, false, false, "")
	if !strings.Contains(stdout, "99") {
		t.Errorf("a named excluded file: got %q, want its claim", stdout)
	}
}

// --published gives a date to the sources that have none, and leaves the
// others' own.
func TestPublishedFillsMissingDates(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "dated.md"), []byte("---\npublished: 2024-12-29\n---\nOfficials said 12 people were hurt.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "undated.txt"), []byte("Officials said 12 people were hurt.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := run(t, []string{"extract", "--format", "json", "--published", "2025-07-15", dir}, false, false, "")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{`"id": "dated",`, `"published": "2024-12-29"`, `"id": "undated",`, `"published": "2025-07-15"`} {
		if !strings.Contains(stdout, want) {
			t.Errorf("want %s in\n%s", want, stdout)
		}
	}
	if strings.Count(stdout, `"published": "2025-07-15"`) != 1 {
		t.Errorf("--published overwrote a source's own date:\n%s", stdout)
	}
}

// A cancelled context (Ctrl-C) stops a command: exit 130, nothing printed
// on standard output, nothing stored.
func TestInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	db := filepath.Join(t.TempDir(), "c.db")
	for _, args := range [][]string{args("compare"), {"ingest", "--store", db, "testdata/ferry"}} {
		var out, errOut bytes.Buffer
		code := RunContext(ctx, args, &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut})
		if code != ExitInterrupted || out.Len() != 0 || !strings.HasSuffix(errOut.String(), "claimdiff: interrupted\n") {
			t.Errorf("%s: got exit %d, stdout %q, stderr %q, want %d, nothing and \"interrupted\"", args[0], code, out.String(), errOut.String(), ExitInterrupted)
		}
	}
	if stdout, _, _ := storeRun(t, "", "sources", "--store", db, "--format", "json"); strings.Contains(stdout, "harbour") {
		t.Errorf("an interrupted ingest stored sources: %s", stdout)
	}
}

// check --new-from-rev leaves out the changed files that exclude patterns
// name, like a directory walk does.
func TestCheckNewFromRevExclude(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	top := inDir(t, "exclude:\n  - drafts/\n", "threshold")
	gitRun := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false"}, args...)...)
		cmd.Dir = top
		cmd.Env = check.GitEnv() // never the repository a "git rebase --exec" runs the tests in
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	// the repository holds the mill report; a draft brings the union's figure
	if err := os.Rename(filepath.Join(top, "threshold", "union-bulletin.txt"), filepath.Join(top, "union.tmp")); err != nil {
		t.Fatal(err)
	}
	gitRun("init", "-q")
	gitRun("add", ".")
	gitRun("commit", "-q", "-m", "base")
	if err := os.MkdirAll(filepath.Join(top, "threshold", "drafts"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(filepath.Join(top, "union.tmp"), filepath.Join(top, "threshold", "drafts", "union-bulletin.txt")); err != nil {
		t.Fatal(err)
	}
	args := []string{"check", "--new-from-rev", "HEAD", "threshold"}
	if stdout, stderr, code := run(t, args, false, false, ""); code != ExitOK {
		t.Errorf("the draft excluded: got exit %d, want 0\n%s\n%s", code, stdout, stderr)
	}
	if stdout, stderr, code := run(t, append(args, "--no-config"), false, false, ""); code != ExitFindings || !strings.Contains(stdout, "union-bulletin.txt") {
		t.Errorf("without the configuration: got exit %d, want %d and the draft's conflict\n%s\n%s", code, ExitFindings, stdout, stderr)
	}
}

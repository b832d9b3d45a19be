package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

// maxLine bounds every line claimdiff prints (but export's, which is data):
// a quote is cut around its figure, a title to a line.
const maxLine = 16 << 10

// hostileDir lays out the hostile articles of testdata/hostile in a fresh
// directory, with what cannot be committed: a line of a megabyte, and files
// named like a CI workflow command, with a line break and with a
// right-to-left override.
func hostileDir(t *testing.T) (dir string, named []string) {
	t.Helper()
	dir = t.TempDir()
	entries, err := os.ReadDir("testdata/hostile")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join("testdata/hostile", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		files[e.Name()] = string(b)
	}
	var long strings.Builder
	long.WriteString("One long line\n\n")
	for i := 0; long.Len() < 1<<20; i++ {
		long.WriteString("the crowd moved along the quay past the burnt sheds and ")
		if i%2500 == 0 {
			long.WriteString("about 12 people were hurt \x1b[2K and ")
		}
	}
	files["long-line.txt"] = long.String()
	named = []string{"::error title=X::a.txt", "line\n::add-mask::x.txt", "evil\u202etxt.md"}
	for i, n := range named {
		files[n] = fmt.Sprintf("The warehouse fire at Port Ellis killed %d people on Tuesday, the fire service said.\n", 20+i)
	}
	writeFiles(t, dir, files)
	return dir, named
}

// TestHostileArticles runs every command and every format over articles
// that carry terminal escapes (CSI, OSC, OSC 8), workflow commands, "%0A",
// Markdown and HTML, a line of a megabyte and hostile file names, and
// checks what reaches a terminal, a CI log or a report: no escape byte, no
// line that starts a workflow command, no line past maxLine, and tables
// whose every line has the table's width.
func TestHostileArticles(t *testing.T) {
	if testing.Short() {
		t.Skip("forty runs over a megabyte line; skipped with -short")
	}
	dir, named := hostileDir(t)
	t.Setenv("COLUMNS", "100")
	st := filepath.Join(t.TempDir(), "claims.db")
	if _, errOut, code := storeRun(t, "", "ingest", "--store", st, dir); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errOut)
	}
	// A second revision of the escape wire, its toll changed, for history.
	wire := filepath.Join(dir, "escape-wire.md")
	b, err := os.ReadFile(wire)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(wire, []byte(strings.Replace(string(b), "killed 9 people", "killed 11 \x1b]0;x\x07people", 1)), 0o644)
	if _, errOut, code := storeRun(t, "", "ingest", "--store", st, wire); code != 0 {
		t.Fatalf("ingest of the second revision: exit %d: %s", code, errOut)
	}
	os.WriteFile(wire, b, 0o644)
	fresh := filepath.Join(dir, named[0])
	type job struct {
		name string
		args []string
		tty  bool
	}
	var runs []job
	for _, tty := range []bool{true, false} {
		suffix := map[bool]string{true: " (terminal)", false: " (piped)"}[tty]
		for _, a := range [][]string{
			{"extract", dir},
			{"extract", "--mentions", dir},
			{"compare", dir},
			{"compare", "--explain", dir},
			{"compare", "--explain", "--store", st},
			{"sources", "--store", st},
			{"claims", "--store", st},
			{"check", "--fail-on", "any", fresh, "--against", dir},
			{"history", "--store", st, "escape-wire"},
		} {
			runs = append(runs, job{strings.Join(a[:1], " ") + " " + strings.Join(a[1:len(a)-1], " ") + suffix, a, tty})
		}
	}
	for _, a := range [][]string{
		{"extract", "--format", "json", dir},
		{"extract", "--format", "jsonl", dir},
		{"extract", "--mentions", "--format", "json", dir},
		{"compare", "--format", "json", "--explain", dir},
		{"compare", "--format", "markdown", "--explain", dir},
		{"report", dir},
		{"report", "--store", st},
		{"sources", "--format", "json", "--store", st},
		{"claims", "--format", "json", "--store", st},
		{"export", "--store", st},
		{"history", "--format", "json", "--store", st, "escape-wire"},
		{"history", "--format", "markdown", "--store", st, "escape-wire"},
	} {
		runs = append(runs, job{strings.Join(a, " "), a, false})
	}
	for _, f := range []string{"text", "json", "sarif", "github", "summary", "codequality"} {
		runs = append(runs, job{"check --format " + f, []string{"check", "--fail-on", "any", "--format", f, fresh, "--against", dir}, false})
	}
	for _, r := range runs {
		r := r
		t.Run(r.name, func(t *testing.T) {
			out, errOut, code := run(t, r.args, r.tty, false, "")
			if code == ExitError {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if out == "" {
				t.Fatalf("no output (%s)", errOut)
			}
			json := strings.Contains(r.name, "json") || strings.Contains(r.name, "export") ||
				strings.Contains(r.name, "sarif") || strings.Contains(r.name, "codequality")
			for stream, text := range map[string]string{"stdout": out, "stderr": errOut} {
				checkPrintable(t, stream, text, !json)
				checkNoCommands(t, stream, text, strings.HasSuffix(r.name, "github") && stream == "stdout")
				if !strings.HasPrefix(r.name, "export") {
					checkLineLength(t, stream, text)
				}
			}
			if r.tty {
				checkTableWidth(t, out, 100)
			}
			// The escape sequence after "a crew of 6" is not a figure.
			if strings.Contains(out, "2K") || strings.Contains(out, "2,000") {
				t.Errorf("an escape sequence was read as a figure:\n%s", out)
			}
		})
	}
}

// checkPrintable: no control character but line breaks and tabs; outside
// JSON, no character that reorders text either.
func checkPrintable(t *testing.T, stream, s string, bidi bool) {
	t.Helper()
	for i, r := range s {
		switch {
		case r == '\n' || r == '\t':
		case r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f:
			t.Errorf("%s: control character %U at %d: %q", stream, r, i, around(s, i))
			return
		case bidi && (r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069):
			t.Errorf("%s: bidirectional control %U at %d: %q", stream, r, i, around(s, i))
			return
		case r == utf8.RuneError:
			t.Errorf("%s: invalid UTF-8 at %d", stream, i)
			return
		}
	}
}

// githubCommand is a workflow command claimdiff writes: its properties hold
// no "::", so the message starts where claimdiff says it does.
var githubCommand = regexp.MustCompile(`^::(error|warning|notice) ((file|line|col|title)=[^:,]*,?)+::[^\n]*$`)

// checkNoCommands: no line starts a workflow command, unless it is one of
// claimdiff's own annotations (github).
func checkNoCommands(t *testing.T, stream, s string, github bool) {
	t.Helper()
	for _, line := range strings.Split(s, "\n") {
		trimmed := strings.TrimLeftFunc(line, unicode.IsSpace)
		if !strings.HasPrefix(trimmed, "::") && !strings.HasPrefix(trimmed, "##[") {
			continue
		}
		if github && githubCommand.MatchString(line) {
			continue
		}
		t.Errorf("%s: a line starts a workflow command: %q", stream, line)
	}
}

func checkLineLength(t *testing.T, stream, s string) {
	t.Helper()
	for _, line := range strings.Split(s, "\n") {
		if len(line) > maxLine {
			t.Errorf("%s: a line of %d bytes, over %d: %q…", stream, len(line), maxLine, line[:120])
		}
	}
}

// checkTableWidth: every line of a bordered table is as wide as its top
// border, and that fits the terminal.
func checkTableWidth(t *testing.T, s string, columns int) {
	t.Helper()
	width := -1
	for _, line := range strings.Split(s, "\n") {
		if !strings.HasPrefix(line, "┌") && !strings.HasPrefix(line, "│") && !strings.HasPrefix(line, "├") && !strings.HasPrefix(line, "└") {
			width = -1
			continue
		}
		w := twwidth.Width(line)
		if strings.HasPrefix(line, "┌") {
			width = w
			if w > columns {
				t.Errorf("a table %d columns wide, on a terminal of %d", w, columns)
			}
		}
		if w != width {
			t.Errorf("a table line %d columns wide in a table of %d: %q", w, width, line)
		}
	}
}

func around(s string, i int) string {
	return s[max(0, i-40):min(len(s), i+40)]
}

// An unreadable directory is reported and the others are read, through the
// real binary: run as another user when the tests run as root, since root
// reads every directory.
func TestUnreadableDirectoryBinary(t *testing.T) {
	bin := claimdiffBinary(t)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt":           "The warehouse fire killed 9 people on Tuesday.\n",
		"b/locked.txt":    "The warehouse fire killed 10 people on Tuesday.\n",
		"c/later.txt":     "The warehouse fire killed 11 people on Tuesday.\n",
		"lost+found/x.md": "Nothing here.\n",
	})
	if err := os.Chmod(filepath.Join(dir, "b"), 0); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(filepath.Join(dir, "b"), 0o755)
	out, errOut, code := runAsUser(t, bin, "extract", "--format", "json", dir)
	if code != ExitError {
		t.Errorf("exit %d, want %d", code, ExitError)
	}
	if !strings.Contains(errOut, filepath.Join(dir, "b")+": permission denied") {
		t.Errorf("stderr: got %q, want the unreadable directory named", errOut)
	}
	for _, want := range []string{`"id": "a"`, `"id": "later"`, `"id": "x"`} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %s: the walk stopped at the unreadable directory\n%s", want, out)
		}
	}
}

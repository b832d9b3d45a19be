package cli

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// storeRun runs claimdiff with captured, piped streams.
func storeRun(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = Run(args, &IOStreams{In: strings.NewReader(stdin), Out: &out, ErrOut: &errOut, NoColor: true})
	return out.String(), errOut.String(), code
}

// storeLocations are fresh stores of each back-end: a SQLite file, and a
// PostgreSQL schema when CLAIMDIFF_TEST_POSTGRES names a server.
func storeLocations(t *testing.T) map[string]func(t *testing.T) string {
	return map[string]func(t *testing.T) string{
		"sqlite": func(t *testing.T) string { return filepath.Join(t.TempDir(), "claims.db") },
		"postgres": func(t *testing.T) string {
			base := os.Getenv("CLAIMDIFF_TEST_POSTGRES")
			if base == "" {
				t.Skip("CLAIMDIFF_TEST_POSTGRES is not set: the PostgreSQL store tests need a server (see README)")
			}
			var b [6]byte
			rand.Read(b[:])
			name := "claimdiff_cli_" + hex.EncodeToString(b[:])
			db, err := sql.Open("pgx", base)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := db.Exec(`CREATE SCHEMA ` + name); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { db.Exec(`DROP SCHEMA ` + name + ` CASCADE`); db.Close() })
			u, _ := url.Parse(base)
			q := u.Query()
			q.Set("search_path", name)
			u.RawQuery = q.Encode()
			return u.String()
		},
	}
}

// TestCompareFromStore checks that comparing stored sources finds exactly
// what comparing the files does.
func TestCompareFromStore(t *testing.T) {
	sets := map[string][]string{"ferry": ferry}
	if seeds, _ := filepath.Glob("../../../shared/seeds/*.txt"); len(seeds) > 0 {
		sets["seeds"] = seeds
	}
	for backend, location := range storeLocations(t) {
		for set, files := range sets {
			t.Run(backend+"/"+set, func(t *testing.T) {
				st := location(t)
				if _, errOut, code := storeRun(t, "", append([]string{"ingest", "--store", st}, files...)...); code != 0 {
					t.Fatalf("ingest: exit %d: %s", code, errOut)
				}
				cases := []struct {
					name      string
					files     []string
					storeArgs []string
				}{
					{"all", files, []string{"--source", "*"}},
					{"two sources", files[:2], []string{"--source", sourceID(files[0]) + "," + sourceID(files[1])}},
				}
				for _, c := range cases {
					// The claims compare works on are the same...
					fromFiles, err := load(context.Background(), &IOStreams{ErrOut: &bytes.Buffer{}}, c.files, inputOptions{})
					if err != nil {
						t.Fatal(err)
					}
					fromStore, err := load(context.Background(), &IOStreams{ErrOut: &bytes.Buffer{}}, nil, inputOptions{Store: st, Sources: strings.Split(c.storeArgs[1], ",")})
					if err != nil {
						t.Fatal(err)
					}
					if !reflect.DeepEqual(fromStore.Claims, fromFiles.Claims) {
						t.Errorf("%s: the stored claims differ from the files' claims", c.name)
					}
					// ...and so are the findings, as a set. Subject labels (and
					// so the order) are left out: the engine words them
					// differently from run to run.
					want, _, wantCode := storeRun(t, "", append([]string{"compare", "--format", "json"}, c.files...)...)
					got, errOut, code := storeRun(t, "", append([]string{"compare", "--format", "json", "--store", st}, c.storeArgs...)...)
					if !strings.Contains(want, `"status"`) {
						t.Errorf("%s: compare of the files found nothing, so the comparison proves nothing:\n%s", c.name, want)
					}
					if code != wantCode || findingSet(t, got) != findingSet(t, want) {
						t.Errorf("%s: got exit %d\n%s%s\nwant exit %d\n%s", c.name, code, got, errOut, wantCode, want)
					}
				}
			})
		}
	}
}

// findingSet is compare's JSON findings without their subject labels, one
// per line, sorted.
func findingSet(t *testing.T, out string) string {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	findings, _ := doc["findings"].([]any)
	lines := make([]string, 0, len(findings))
	for _, f := range findings {
		m, _ := f.(map[string]any)
		delete(m, "subject")
		b, _ := json.Marshal(m)
		lines = append(lines, string(b))
	}
	delete(doc, "findings")
	b, _ := json.Marshal(doc)
	slices.Sort(lines)
	return string(b) + "\n" + strings.Join(lines, "\n")
}

func sourceID(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

func TestStoreCommands(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "claims.db")
	notes := filepath.Join(dir, "notes.txt")
	os.WriteFile(notes, []byte(strings.Repeat("not a database\n", 20)), 0o644)
	if _, errOut, code := storeRun(t, "", append([]string{"ingest", "--store", db}, ferry...)...); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errOut)
	}
	tests := []struct {
		name   string
		args   []string
		env    string // CLAIMDIFF_STORE
		code   int
		stdin  string
		stdout []string // substrings, in order
		stderr []string
		noOut  string // must not appear in stdout
	}{
		{name: "ingest stdin with an id", args: []string{"ingest", "--store", db, "--stdin-id", "wire-1", "-"},
			stdin: "Officials said 40 people were rescued.\n", stderr: []string{"ingested 1 source (1 new"}},
		{name: "the stdin source is listed", args: []string{"sources", "--store", db, "--source", "wire-*"},
			stdout: []string{"wire-1\t1\t"}},
		{name: "ingest again is a no-op", args: append([]string{"ingest", "--store", db}, ferry...),
			stderr: []string{"ingested 3 sources (0 new, 0 changed, 3 unchanged), 0 claims into " + db}},
		{name: "empty stdin id", args: []string{"ingest", "--store", db, "--stdin-id", "", "-"}, code: ExitError,
			stderr: []string{"--stdin-id"}},
		{name: "sources piped", args: []string{"sources", "--store", db},
			stdout: []string{"harbour-times\t1\t", "island-post\t1\t", "sea-wire\t1\t"}, noOut: "ID"},
		{name: "sources from the environment", args: []string{"sources"}, env: db, stdout: []string{"harbour-times\t1\t"}},
		{name: "sources glob", args: []string{"sources", "--store", db, "--source", "*-post"},
			stdout: []string{"island-post\t"}, noOut: "harbour"},
		{name: "sources json", args: []string{"sources", "--store", db, "--format", "json"},
			stdout: []string{`"sources": [`, `"id": "harbour-times"`, `"revision": 1`, `"path": "testdata/ferry/harbour-times.txt"`}},
		{name: "sources since tomorrow", args: []string{"sources", "--store", db, "--since", "2999-01-01", "--format", "json"},
			stdout: []string{`"sources": []`}},
		{name: "claims of one kind", args: []string{"claims", "--store", db, "--kind", "money"}, noOut: "\tcount\t"},
		{name: "claims json", args: []string{"claims", "--store", db, "--source", "sea-wire", "--format", "json"},
			stdout: []string{`"claims": [`, `"source": "sea-wire"`}, noOut: "harbour-times"},
		{name: "unknown source", args: []string{"claims", "--store", db, "--source", "nope"}, code: ExitError,
			stderr: []string{`--source "nope": no stored source matches`}},
		{name: "bad kind", args: []string{"claims", "--store", db, "--kind", "weight"}, code: ExitError, stderr: []string{"--kind"}},
		{name: "bad since", args: []string{"sources", "--store", db, "--since", "yesterday"}, code: ExitError, stderr: []string{"--since"}},
		{name: "missing store", args: []string{"sources", "--store", filepath.Join(dir, "none.db")}, code: ExitError,
			stderr: []string{"none.db: no store here (run claimdiff ingest to make one)"}},
		{name: "foreign file", args: []string{"ingest", "--store", notes, ferry[0]}, code: ExitError,
			stderr: []string{"notes.txt: not a claimdiff store: not a SQLite database"}},
		{name: "compare a foreign file", args: []string{"compare", "--store", notes}, code: ExitError,
			stderr: []string{"not a claimdiff store"}},
		{name: "store and files", args: []string{"compare", "--store", db, ferry[0]}, code: ExitError,
			stderr: []string{"either --store or source files"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("CLAIMDIFF_STORE", tt.env)
			before, _ := os.ReadFile(notes)
			out, errOut, code := storeRun(t, tt.stdin, tt.args...)
			if code != tt.code {
				t.Fatalf("got exit %d, want %d\n%s%s", code, tt.code, out, errOut)
			}
			inOrder(t, "stdout", out, tt.stdout)
			inOrder(t, "stderr", errOut, tt.stderr)
			if tt.noOut != "" && strings.Contains(out, tt.noOut) {
				t.Errorf("stdout holds %q:\n%s", tt.noOut, out)
			}
			if after, _ := os.ReadFile(notes); !bytes.Equal(before, after) {
				t.Errorf("a foreign file was written")
			}
		})
	}
}

func inOrder(t *testing.T, name, s string, subs []string) {
	t.Helper()
	rest := s
	for _, sub := range subs {
		i := strings.Index(rest, sub)
		if i < 0 {
			t.Errorf("%s: got\n%s\nwant it to hold %q (in order)", name, s, sub)
			return
		}
		rest = rest[i+len(sub):]
	}
}

func TestExportImportCommands(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	storeRun(t, "", append([]string{"ingest", "--store", a}, ferry...)...)
	dump, errOut, code := storeRun(t, "", "export", "--store", a)
	if code != 0 || strings.Count(dump, "\n") != 3 {
		t.Fatalf("export: exit %d, %d lines: %s", code, strings.Count(dump, "\n"), errOut)
	}
	var rec struct {
		ID        string `json:"id"`
		Revisions []struct {
			Claims []json.RawMessage `json:"claims"`
		} `json:"revisions"`
	}
	if err := json.Unmarshal([]byte(strings.SplitN(dump, "\n", 2)[0]), &rec); err != nil || rec.ID != "harbour-times" || len(rec.Revisions) != 1 {
		t.Errorf("first line: got %+v, %v, want harbour-times with one revision", rec, err)
	}
	for i, want := range []string{"3 new", "3 unchanged"} {
		_, errOut, code := storeRun(t, dump, "import", "--store", b, "-")
		if code != 0 || !strings.Contains(errOut, want) {
			t.Errorf("import %d: exit %d, %q, want %q", i+1, code, errOut, want)
		}
	}
	again, _, _ := storeRun(t, "", "export", "--store", b)
	if again != dump {
		t.Errorf("export of the imported store differs")
	}
	file := filepath.Join(dir, "dump.jsonl")
	if _, errOut, code := storeRun(t, "", "export", "--store", b, "-o", file); code != 0 {
		t.Fatalf("export -o: %s", errOut)
	}
	if got, _ := os.ReadFile(file); string(got) != dump {
		t.Errorf("export -o wrote something else")
	}
	if fi, err := os.Stat(file); err != nil || fi.Mode().Perm() != 0o644 {
		t.Errorf("export -o: got mode %v, want -rw-r--r--", fi.Mode())
	}
	if _, errOut, code := storeRun(t, "not json\n", "import", "--store", b, "-"); code != ExitError || !strings.Contains(errOut, "stdin:1:") {
		t.Errorf("bad import: exit %d, %q, want exit %d and stdin:1:", code, errOut, ExitError)
	}
}

func TestIngestOutput(t *testing.T) {
	dir := t.TempDir()
	var many []string
	for i := range progressMin {
		p := filepath.Join(dir, "many", fmt.Sprintf("s%02d.txt", i))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(fmt.Sprintf("Officials said %d people were hurt.\n", i+2)), 0o644)
		many = append(many, p)
	}
	twin := filepath.Join(dir, "twin", "s00.txt")
	os.MkdirAll(filepath.Dir(twin), 0o755)
	os.WriteFile(twin, []byte("Another article that happens to share a name.\n"), 0o644)
	tests := []struct {
		name   string
		args   []string
		errTTY bool
		code   int
		stderr []string
		noErr  string
	}{
		{name: "progress on a terminal", args: many, errTTY: true,
			stderr: []string{"\ringesting [", "1/20 sources", "20/20 sources", "\r\033[K", "ingested 20 sources (20 new, 0 changed, 0 unchanged)"}},
		{name: "no progress when piped", args: many, noErr: "\r",
			stderr: []string{"ingested 20 sources (20 new"}},
		{name: "no progress for a few files", args: many[:3], errTTY: true, noErr: "\r",
			stderr: []string{"ingested 3 sources (3 new"}},
		{name: "unreadable file: the others are stored", args: []string{many[0], filepath.Join(dir, "none.txt"), many[1]}, code: ExitError,
			stderr: []string{"none.txt", "ingested 2 sources (2 new"}},
		// Two files of one name are two sources, told apart by their directories.
		{name: "two files with one name", args: []string{many[0], twin},
			stderr: []string{"ingested 2 sources (2 new"}},
		{name: "standard input named like a file", args: []string{"--stdin-id", "s01", "-", many[1]}, code: ExitError,
			stderr: []string{`source id "s01" is also the id of`, "ingested 1 source (1 new"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			io := &IOStreams{In: strings.NewReader("Standard input says 7 people were hurt.\n"), Out: &out, ErrOut: &errOut, ErrTTY: tt.errTTY, NoColor: true}
			st := filepath.Join(t.TempDir(), "claims.db")
			code := Run(append([]string{"ingest", "--store", st}, tt.args...), io)
			if code != tt.code {
				t.Fatalf("got exit %d, want %d\n%s", code, tt.code, errOut.String())
			}
			inOrder(t, "stderr", errOut.String(), tt.stderr)
			if tt.noErr != "" && strings.Contains(errOut.String(), tt.noErr) {
				t.Errorf("stderr holds %q: %q", tt.noErr, errOut.String())
			}
			if out.Len() != 0 {
				t.Errorf("stdout: got %q, want nothing", out.String())
			}
		})
	}
}

// Claims stored by another claimdiff are stale: compare --store warns,
// and ingest extracts their files again.
func TestStaleStore(t *testing.T) {
	dir := t.TempDir()
	fresh, old := filepath.Join(dir, "fresh.db"), filepath.Join(dir, "old.db")
	if _, errOut, code := storeRun(t, "", append([]string{"ingest", "--store", fresh}, ferry...)...); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errOut)
	}
	export, errOut, code := storeRun(t, "", "export", "--store", fresh)
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, errOut)
	}
	// the same store as an older claimdiff would have left it, two sources stale
	lines := strings.Split(strings.TrimSuffix(export, "\n"), "\n")
	for i := range lines[:2] {
		var r map[string]any
		if err := json.Unmarshal([]byte(lines[i]), &r); err != nil {
			t.Fatal(err)
		}
		r["revisions"].([]any)[0].(map[string]any)["extractor"] = "v0.1.0+vocab.0123456789abcdef"
		b, _ := json.Marshal(r)
		lines[i] = string(b)
	}
	if _, errOut, code := storeRun(t, strings.Join(lines, "\n")+"\n", "import", "--store", old, "-"); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	warning := `claimdiff: warning: 2 of 3 stored sources ("harbour-times", "island-post") hold claims extracted by another version of claimdiff; ingest their files again to re-extract them`
	for _, cmd := range []string{"compare", "report"} {
		out, errOut, code := storeRun(t, "", cmd, "--store", old)
		if code != 0 || !strings.Contains(errOut, warning) || out == "" {
			t.Errorf("%s --store of a stale store: exit %d, stderr %q, want exit 0 and %q", cmd, code, errOut, warning)
		}
		if _, errOut, _ := storeRun(t, "", cmd, "--store", fresh); strings.Contains(errOut, "warning") {
			t.Errorf("%s --store of a fresh store: stderr %q, want no warning", cmd, errOut)
		}
	}
	_, errOut, code = storeRun(t, "", append([]string{"ingest", "--store", old}, ferry...)...)
	if want := "ingested 3 sources (0 new, 0 changed, 1 unchanged, 2 re-extracted)"; code != 0 || !strings.Contains(errOut, want) {
		t.Errorf("ingest of the stale store: exit %d, stderr %q, want %q", code, errOut, want)
	}
	if _, errOut, _ := storeRun(t, "", "compare", "--store", old); strings.Contains(errOut, "warning") {
		t.Errorf("compare --store after ingest: stderr %q, want no warning", errOut)
	}
}

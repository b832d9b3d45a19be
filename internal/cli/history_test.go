package cli

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/store"
	"github.com/claimdiff/claimdiff/sources"
)

// gazetteDir holds the revisions of the Harbour Gazette's ferry story
// (r1.md, r2.md, r3.md) and the Island Post's article on it.
var gazetteDir = filepath.Join("..", "history", "testdata", "gazette")

// stored is one source to put in a test store: its id, the file it is read
// from as it was ingested (path), and the fixture file of each revision.
type stored struct {
	id, path string
	files    []string
}

// storeOf makes a SQLite store holding the sources, each revision stored
// at noon UTC a day after the one before from 2 March 2025, so that the
// output of commands over it is stable.
func storeOf(t *testing.T, srcs ...stored) string {
	t.Helper()
	ctx := context.Background()
	loc := filepath.Join(t.TempDir(), "claims.db")
	st, err := store.Open(ctx, loc, store.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, s := range srcs {
		rec := store.Record{ID: s.id}
		for i, f := range s.files {
			data, err := os.ReadFile(filepath.Join(gazetteDir, f))
			if err != nil {
				t.Fatal(err)
			}
			d, err := sources.Parse(s.path, data, sources.Options{})
			if err != nil {
				t.Fatal(err)
			}
			d.ID = s.id
			rec.Revisions = append(rec.Revisions, store.Revision{Revision: i + 1, Ingested: time.Date(2025, 3, 2+i, 12, 0, 0, 0, time.UTC),
				Document: d, Claims: claims.Extract(d, claims.ExtractOptions{})})
		}
		if _, err := st.PutRecord(ctx, rec); err != nil {
			t.Fatal(err)
		}
	}
	return loc
}

const gazetteURL = "https://harbour-gazette.example/news/ferry-sinks"

// TestHistory prints the three revisions of the gazette's story in each
// format, found by its id, by the URL it was fetched from, and by its file.
func TestHistory(t *testing.T) {
	id, _ := sources.URLID(gazetteURL)
	st := storeOf(t, stored{id, "ferry-sinks.md", []string{"r1.md", "r2.md", "r3.md"}},
		stored{"island-post", "island-post.md", []string{"island-post.md"}})
	tests := []struct {
		name   string
		args   []string
		tty    bool
		color  bool
		code   int
		stderr string
	}{
		{name: "history_table", args: []string{"history", "--store", st, id}},
		{name: "history_tty_color", args: []string{"history", "--store", st, gazetteURL}, tty: true, color: true},
		{name: "history_json", args: []string{"history", "--store", st, "--format", "json", gazetteURL + "/"}},
		{name: "history_markdown", args: []string{"history", "--store", st, "-f", "markdown", id}},
		{name: "history_one_revision", args: []string{"history", "--store", st, "articles/island-post.md"}},
		{name: "history_unknown", args: []string{"history", "--store", st, "sea-wire"}, code: ExitError, stderr: `no source "sea-wire" in ` + st},
		{name: "history_bad_format", args: []string{"history", "--store", st, "-f", "yaml", id}, code: ExitError, stderr: `unknown format "yaml"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := run(t, tt.args, tt.tty, tt.color, "")
			if code != tt.code {
				t.Errorf("exit code: got %d, want %d (stderr %q)", code, tt.code, stderr)
			}
			if !strings.Contains(stderr, tt.stderr) || tt.stderr == "" && stderr != "" {
				t.Errorf("stderr: got %q, want %q", stderr, tt.stderr)
			}
			if strings.Contains(tt.name, "json") {
				checkJSON(t, stdout, false)
			}
			if tt.code == 0 {
				golden(t, tt.name+".golden", stdout)
			}
		})
	}
}

// TestRevisedEndToEnd compares two outlets where one, the gazette, revised
// its toll from 38 to 41, the Island Post's figure: the toll is one fact
// the sources agree on, revised by the gazette, and not a conflict with the
// gazette's own earlier text; the report lists it under "Changed after
// publication", and check --fail-on revised fails on it.
func TestRevisedEndToEnd(t *testing.T) {
	st := storeOf(t, stored{"harbour-gazette", "harbour-gazette.md", []string{"r1.md", "r2.md"}},
		stored{"island-post", "island-post.md", []string{"island-post.md"}})

	for _, tt := range []struct{ name, format string }{{"revised_compare", "table"}, {"revised_compare_markdown", "markdown"}} {
		out, errOut, code := run(t, []string{"compare", "--store", st, "--explain", "--format", tt.format}, false, false, "")
		if code != 0 {
			t.Fatalf("compare: exit %d: %s", code, errOut)
		}
		golden(t, tt.name+".golden", out)
	}

	out, errOut, code := run(t, []string{"compare", "--store", st, "--format", "json"}, false, false, "")
	if code != 0 {
		t.Fatalf("compare --format json: exit %d: %s", code, errOut)
	}
	var doc struct {
		Findings []struct {
			Metric  string   `json:"metric"`
			Status  string   `json:"status"`
			Sources []string `json:"sources"`
			Revised []struct {
				Source string   `json:"source"`
				Values []string `json:"values"`
			} `json:"revised"`
			Superseded []struct {
				Display string `json:"display"`
				Earlier string `json:"earlier"`
			} `json:"superseded"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, f := range doc.Findings {
		if f.Metric != "deaths" {
			continue
		}
		found = true
		if f.Status != "agree" || strings.Join(f.Sources, ",") != "harbour-gazette,island-post" {
			t.Errorf("the toll: got %s between %v, want agree between the gazette and the Island Post", f.Status, f.Sources)
		}
		if len(f.Revised) != 1 || f.Revised[0].Source != "harbour-gazette" || strings.Join(f.Revised[0].Values, " → ") != "38 → 41" {
			t.Errorf("the toll's revisions: got %+v, want harbour-gazette 38 → 41", f.Revised)
		}
		if len(f.Superseded) != 1 || f.Superseded[0].Display != "38" || f.Superseded[0].Earlier != "2025-03-02T12:00:00Z" {
			t.Errorf("the toll's earlier figures: got %+v, want 38 of the revision stored 2025-03-02T12:00:00Z", f.Superseded)
		}
	}
	if !found {
		t.Fatalf("no toll in\n%s", out)
	}
	for _, f := range doc.Findings {
		if f.Status == "conflict" {
			t.Errorf("a conflict: %+v; the gazette's earlier figures must not conflict with anything", f)
		}
	}

	// Without its revisions the store holds two outlets that agree, and
	// nothing says the gazette changed its toll.
	out, _, _ = run(t, []string{"compare", "--store", st, "--revisions=false"}, false, false, "")
	if strings.Contains(out, "revised") || !regexp.MustCompile(`(?m)^agree\t[^\t]*\tdeaths\t41 — harbour-gazette, island-post$`).MatchString(out) {
		t.Errorf("compare --revisions=false: got\n%s", out)
	}

	out, errOut, code = run(t, []string{"report", "--store", st}, false, false, "")
	if code != 0 {
		t.Fatalf("report: exit %d: %s", code, errOut)
	}
	i, j := strings.Index(out, "## Changed after publication\n"), strings.Index(out, "## Timeline")
	if i < 0 || j < i {
		t.Fatalf("report: no Changed after publication section before the timeline:\n%s", out)
	}
	golden(t, "revised_report_section.golden", out[i:j])
	for _, want := range []string{
		" | harbour-gazette | 38 → 41 | 2025-03-02 | agreed: **41** (harbour-gazette, island-post) |",
		"killed ~~38~~ **41** people",
	} {
		if !strings.Contains(out[i:j], want) {
			t.Errorf("report section lacks %q:\n%s", want, out[i:j])
		}
	}
}

// TestCheckFailOnRevised checks a new version of a stored article: its
// figures changed, so check --fail-on revised fails; the default level,
// conflict, does not, since the new figures agree with the other outlet.
func TestCheckFailOnRevised(t *testing.T) {
	st := storeOf(t, stored{"harbour-gazette", "harbour-gazette.md", []string{"r1.md"}},
		stored{"island-post", "island-post.md", []string{"island-post.md"}})
	dir := t.TempDir()
	data, err := os.ReadFile(filepath.Join(gazetteDir, "r2.md"))
	if err != nil {
		t.Fatal(err)
	}
	fresh := filepath.Join(dir, "harbour-gazette.md")
	os.WriteFile(fresh, data, 0o644)

	tests := []struct {
		name    string
		args    []string
		code    int
		summary string
		want    []string
	}{
		{"default level", []string{"--root", dir}, ExitOK, "0 new conflicts", nil},
		{"revised", []string{"--root", dir, "--fail-on", "revised"}, ExitFindings, "2 new conflicts or revised figures", []string{
			`harbour-gazette.md:9:42: revised: deaths \([^)]*\): harbour-gazette revised its figure: 38 → 41\n`,
			`harbour-gazette.md:13:21: revised: survivors \([^)]*\): harbour-gazette revised its figure: 64 → 61\n`,
		}},
		{"revisions not read", []string{"--root", dir, "--fail-on", "revised", "--revisions=false"}, ExitOK, "0 new conflicts or revised figures", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := run(t, append([]string{"check", fresh, "--store", st}, tt.args...), false, false, "")
			if code != tt.code {
				t.Errorf("exit %d, want %d: %s%s", code, tt.code, out, errOut)
			}
			if !strings.Contains(errOut, "claimdiff: "+tt.summary) {
				t.Errorf("stderr: got %q, want %q", errOut, tt.summary)
			}
			for _, w := range tt.want {
				if !regexp.MustCompile(w).MatchString(out) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			if tt.want == nil && out != "" {
				t.Errorf("output: got %q, want none", out)
			}
		})
	}
}

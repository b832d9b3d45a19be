package config

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func write(t *testing.T, p, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func float(x float64) *float64 { return &x }

func TestParse(t *testing.T) {
	tests := []struct {
		name, data string
		want       *File
		err        string
	}{
		{"every setting", "# team settings\ntolerance: 0.2\nthreshold: 0.3\nfail-on: single\nexclude:\n  - drafts/\n  - \"*.draft.md\"\n",
			&File{Path: "c.yaml", Tolerance: float(0.2), Threshold: float(0.3), FailOn: "single", Exclude: []string{"drafts/", "*.draft.md"}}, ""},
		{"empty", "", &File{Path: "c.yaml"}, ""},
		{"only comments", "# nothing yet\n", &File{Path: "c.yaml"}, ""},
		{"zero tolerance", "tolerance: 0\n", &File{Path: "c.yaml", Tolerance: float(0)}, ""},
		{"one pattern", "exclude: old/\n", &File{Path: "c.yaml", Exclude: []string{"old/"}}, ""},
		{"unknown key", "tolerance: 0.1\ntolerence: 0.2\n", nil, `c.yaml:2: unknown key "tolerence": want tolerance, threshold, fail-on or exclude`},
		{"tolerance below 0", "tolerance: -1\n", nil, "c.yaml:1: tolerance: -1: want 0 or more"},
		{"tolerance not a number", "\ntolerance: lots\n", nil, "c.yaml:2: tolerance: want a number, like 0.1"},
		{"threshold above 1", "threshold: 1.5\n", nil, "c.yaml:1: threshold: 1.5: want a number above 0, at most 1"},
		{"threshold 0", "threshold: 0\n", nil, "c.yaml:1: threshold: 0: want a number above 0, at most 1"},
		{"bad level", "fail-on: sometimes\n", nil, `c.yaml:1: fail-on: "sometimes": want one of conflict, rising, revised, single, any`},
		{"bad pattern", "exclude:\n  - \"[a\"\n", nil, `c.yaml:2: exclude: "[a": syntax error in pattern`},
		{"absolute pattern", "exclude: [/etc]\n", nil, `c.yaml:1: exclude: "/etc": want a path relative to the configuration file`},
		{"set twice", "fail-on: any\nfail-on: single\n", nil, "c.yaml:2: fail-on is set already on line 1"},
		{"not a mapping", "- tolerance\n", nil, "c.yaml:1: want a mapping of settings (tolerance, threshold, fail-on, exclude)"},
		{"bad yaml", "tolerance: 0.1\n  threshold: 0.2\n", nil, "c.yaml:2: mapping values are not allowed in this context"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse("c.yaml", []byte(tt.data))
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("got error %v, want %s", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

// Find looks in the directory, then each one above it, and takes the
// nearest file.
func TestFind(t *testing.T) {
	top := t.TempDir()
	deep := filepath.Join(top, "a", "b", "c")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if got, err := Find(deep); err != nil || got != "" {
		t.Errorf("no file: got %q, %v", got, err)
	}
	write(t, filepath.Join(top, ".claimdiff.yaml"), "tolerance: 0.2\n")
	write(t, filepath.Join(top, "a", ".claimdiff.yml"), "tolerance: 0.3\n")
	tests := []struct{ dir, want string }{
		{top, filepath.Join(top, ".claimdiff.yaml")},
		{filepath.Join(top, "a"), filepath.Join(top, "a", ".claimdiff.yml")},
		{deep, filepath.Join(top, "a", ".claimdiff.yml")},
	}
	for _, tt := range tests {
		if got, err := Find(tt.dir); err != nil || got != tt.want {
			t.Errorf("Find(%s): got %q, %v, want %q", tt.dir, got, err, tt.want)
		}
	}
	write(t, filepath.Join(top, "a", ".claimdiff.yaml"), "tolerance: 0.4\n")
	f, err := Discover(deep)
	if err != nil || f.Path != filepath.Join(top, "a", ".claimdiff.yaml") || *f.Tolerance != 0.4 {
		t.Errorf("Discover: got %+v, %v, want .yaml before .yml", f, err)
	}
	write(t, filepath.Join(top, "bad", ".claimdiff.yaml"), "fail-on: never\n")
	if _, err := Discover(filepath.Join(top, "bad")); err == nil || err.Error() != filepath.Join(top, "bad", ".claimdiff.yaml")+`:1: fail-on: "never": want one of conflict, rising, revised, single, any` {
		t.Errorf("a bad file: got error %v", err)
	}
}

func TestExclude(t *testing.T) {
	top := t.TempDir()
	f := &File{Path: filepath.Join(top, ".claimdiff.yaml"), Exclude: []string{"drafts/", "*.draft.md", "archive/2019", "./notes.txt"}}
	ex := f.Excluder()
	tests := []struct {
		p    string
		dir  bool
		want bool
	}{
		{"drafts", true, true},
		{"articles/drafts", true, true},
		{"articles/drafts", false, false}, // a file named drafts: the pattern is for directories
		{"articles/a.draft.md", false, true},
		{"articles/a.md", false, false},
		{"archive/2019", true, true},
		{"archive/2020", true, false},
		{"articles/archive/2019", true, false}, // a pattern with a slash starts at the file's directory
		{"notes.txt", false, true},
		{"articles/notes.txt", false, false},
	}
	for _, tt := range tests {
		if got := ex(filepath.Join(top, tt.p), tt.dir); got != tt.want {
			t.Errorf("%s (dir %v): got %v, want %v", tt.p, tt.dir, got, tt.want)
		}
	}
	outside := filepath.Join(filepath.Dir(top), "elsewhere")
	if !ex(filepath.Join(outside, "b.draft.md"), false) || ex(filepath.Join(outside, "notes.txt"), false) {
		t.Error("outside the configuration's directory only name patterns apply")
	}
	if (&File{}).Excluder() != nil {
		t.Error("no patterns: want a nil Excluder")
	}
	under := []struct {
		p    string
		want bool
	}{
		{"articles/drafts/x.md", true},
		{"articles/x.md", false},
		{"drafts/x.md", false}, // the root itself was named
	}
	for _, tt := range under {
		root := filepath.Join(top, "articles")
		if tt.p == "drafts/x.md" {
			root = filepath.Join(top, "drafts")
		}
		if got := f.ExcludedUnder(root, filepath.Join(top, tt.p)); got != tt.want {
			t.Errorf("ExcludedUnder(%s): got %v, want %v", tt.p, got, tt.want)
		}
	}
}

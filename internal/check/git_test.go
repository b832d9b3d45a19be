package check_test

import (
	"path/filepath"
	"reflect"
	"sort"
	"testing"

	"github.com/claimdiff/claimdiff/internal/check"
)

// TestGitChanges: since the fork from main, a.txt was modified, b.md
// deleted, d.txt added and committed, e.txt added and not committed;
// f.txt is ignored, g.json is no source, and h.txt landed on main after
// the fork, so it is no change of this branch.
func TestGitChanges(t *testing.T) {
	r := newRepo(t)
	r.write(".gitignore", "articles/f.txt\n")
	r.write("articles/a.txt", "A: 12 people.\n")
	r.write("articles/b.md", "B: 12 people.\n")
	r.write("articles/c.txt", "C: 12 people.\n")
	r.write("other/x.txt", "X: 99 people.\n")
	r.commit("base")
	r.git("checkout", "-q", "-b", "pr")
	r.write("articles/a.txt", "A: 14 people.\n")
	r.git("rm", "-q", "articles/b.md")
	r.write("articles/d.txt", "D: 12 people.\n")
	r.write("other/x.txt", "X: 98 people.\n")
	r.commit("pr")
	r.git("checkout", "-q", "main")
	r.write("articles/h.txt", "H: on main.\n")
	r.commit("main moves on")
	r.git("checkout", "-q", "pr")
	r.write("articles/e.txt", "E: 13 people.\n")
	r.write("articles/f.txt", "F: ignored.\n")
	r.write("articles/g.json", "{}\n")

	ch, err := check.GitChanges(t.Context(), "main", filepath.Join(r.dir, "articles"))
	if err != nil {
		t.Fatal(err)
	}
	files, err := check.GitSources(t.Context(), ch, filepath.Join(r.dir, "articles"))
	if err != nil {
		t.Fatal(err)
	}
	rel := func(paths []string) []string {
		var out []string
		for _, p := range paths {
			x, _ := filepath.Rel(ch.Top, p)
			out = append(out, filepath.ToSlash(x))
		}
		sort.Strings(out)
		return out
	}
	var old []string
	for p := range ch.Old {
		old = append(old, p)
	}
	tests := []struct {
		name      string
		got, want []string
	}{
		{"changed", rel(ch.Changed), []string{"articles/a.txt", "articles/d.txt", "articles/e.txt", "articles/g.json"}},
		{"old versions", rel(old), []string{"articles/a.txt", "articles/b.md"}},
		{"sources now", rel(files), []string{"articles/a.txt", "articles/c.txt", "articles/d.txt", "articles/e.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !reflect.DeepEqual(tt.got, tt.want) {
				t.Errorf("got %v, want %v", tt.got, tt.want)
			}
		})
	}
	if got, want := string(ch.Old[filepath.Join(ch.Top, "articles", "a.txt")]), "A: 12 people.\n"; got != want {
		t.Errorf("old a.txt: got %q, want %q", got, want)
	}
}

func TestGitChangesErrors(t *testing.T) {
	r := newRepo(t)
	r.write("articles/a.txt", "A.\n")
	r.commit("base")
	tests := []struct {
		name string
		rev  string
		dir  string
	}{
		{"no such revision", "nope", filepath.Join(r.dir, "articles")},
		{"not a work tree", "HEAD", t.TempDir()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := check.GitChanges(t.Context(), tt.rev, tt.dir); err == nil {
				t.Errorf("got no error, want one")
			}
		})
	}
}

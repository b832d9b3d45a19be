package sources

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Options.Published fills in the date of a source that gives none, and
// leaves the others' own.
func TestPublishedFillsOnlyMissingDates(t *testing.T) {
	given := time.Date(2025, 7, 15, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, path, text string
		want             time.Time
	}{
		{"no date", "a.txt", "Officials said 12 people were hurt.\n", given},
		{"front matter", "b.md", "---\npublished: 2024-12-29\n---\nOfficials said 12 people were hurt.\n", time.Date(2024, 12, 29, 0, 0, 0, 0, time.UTC)},
		{"date line", "c.txt", "Flood toll rises\n\nMarch 3, 2025\n\nOfficials said 12 people were hurt in the flood on Sunday.\n", time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)},
		{"page metadata", "d.html", `<html><head><title>Flood</title><meta property="article:published_time" content="2023-09-12T08:00:00Z"></head>` +
			`<body><article><p>Officials said 12 people were hurt when the river rose over the town's walls during the night.</p>` +
			`<p>Rescuers worked through the morning to reach the homes cut off by the water.</p></article></body></html>`, time.Date(2023, 9, 12, 0, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse(tt.path, []byte(tt.text), Options{Published: given})
			if err != nil {
				t.Fatal(err)
			}
			if !d.Published.Equal(tt.want) {
				t.Errorf("got %v, want %v", d.Published.Format(time.DateOnly), tt.want.Format(time.DateOnly))
			}
		})
	}
}

// Options.Exclude leaves files and whole directories out of a walk, but
// not what is named.
func TestLoadExclude(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"a.txt", "drafts/b.txt", "drafts/deep/c.txt", "d.draft.txt", "e.txt"} {
		full := filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte("Officials said 12 people were hurt.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var asked []string
	exclude := func(p string, isDir bool) bool {
		rel, _ := filepath.Rel(dir, p)
		asked = append(asked, filepath.ToSlash(rel))
		return isDir && filepath.Base(p) == "drafts" || strings.HasSuffix(p, ".draft.txt")
	}
	ids := func(docs []*Document) string {
		var out []string
		for _, d := range docs {
			out = append(out, d.ID)
		}
		return strings.Join(out, " ")
	}
	docs, errs := Load([]string{dir}, nil, Options{Exclude: exclude})
	if len(errs) > 0 || ids(docs) != "a e" {
		t.Errorf("got %q, %v, want a e", ids(docs), errs)
	}
	for _, p := range asked {
		if strings.HasPrefix(p, "drafts/") {
			t.Errorf("asked about %s, under a skipped directory", p)
		}
	}
	docs, errs = Load([]string{filepath.Join(dir, "drafts"), filepath.Join(dir, "d.draft.txt")}, nil, Options{Exclude: exclude})
	if len(errs) > 0 || ids(docs) != "b c d.draft" {
		t.Errorf("named: got %q, %v, want b c d.draft", ids(docs), errs)
	}
}

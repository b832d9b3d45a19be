package sources

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWrittenByClaimdiff(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"an article", "Ferry sinks\n\nThe ferry sank on Tuesday, killing 12 people.\n", false},
		{"a heading about a check", "## Claimdiff check: why we verify\n\nText.\n", false},
		{"a sentence with a colon", "Officials said: 12 died.\n", false},
		{"a report", "# Where the sources agree and disagree\n\nCompared **3** sources.\n\n## Method\n\nclaimdiff found the figures and dates in each source (counts).\n", true},
		{"compare --format markdown", "| Status | Subject | Metric | Values — sources |\n|---|---|---|---|\n", true},
		{"check summary", "## ❌ claimdiff check: 1 new conflict\n\n", true},
		{"plain rows", "conflict\tferry\tdeaths\t12 — a | 14 — b\n", true},
		{"check text", "articles/new.txt:5:31: conflict: deaths (ferry): new says 14, but 12 in a\n", true},
	} {
		if got := WrittenByClaimdiff([]byte(tc.text)); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}

// No bundled article looks like claimdiff's own output.
func TestNoArticleLooksWrittenByClaimdiff(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "*", "*"))
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "shared", "seeds", "*"))
	for _, p := range append(files, seeds...) {
		if _, ok := formats[filepath.Ext(p)]; !ok || filepath.Ext(p) == "" {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if WrittenByClaimdiff(data) {
			t.Errorf("%s is taken for claimdiff's own output", p)
		}
	}
}

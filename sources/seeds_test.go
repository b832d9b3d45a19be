package sources

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const seeds = "../../shared/seeds"

// On the seed articles (real pages saved as text): the page furniture is
// not mined and 000's date line sets the publication date.
func TestSeeds(t *testing.T) {
	if _, err := os.Stat(seeds); err != nil {
		t.Skip("no seeds at", seeds)
	}
	docs, errs := Load([]string{seeds}, nil, Options{})
	if errs.Err() != nil {
		t.Fatal(errs)
	}
	byID := map[string]*Document{}
	for _, d := range docs {
		byID[d.ID[:3]] = d
	}
	furniture := []struct{ id, line string }{
		{"000", "07/15/2025"},
		{"000", "By Robbin Laird"},
		{"000", "The featured image was created by an AI program."},
		{"001", "top of page"},
		{"001", "2 days ago"},
		{"001", "5 min read"},
		{"001", "Source: The Jamestown Foundation"},
		{"001", "Comments"},
		{"001", "bottom of page"},
		{"003", "Related post"},
		{"003", "Leave a Comments"},
		{"003", "Review"},
		{"004", "War Without End"},
		{"004", "Read More"},
		{"004", "Learn More"},
		{"004", "CEPA Forum 2025"},
	}
	for _, tt := range furniture {
		t.Run(tt.id+"/"+tt.line, func(t *testing.T) {
			d := byID[tt.id]
			if d == nil {
				t.Skip("seed missing")
			}
			for i := 0; ; {
				j := strings.Index(d.Text[i:], tt.line)
				if j < 0 {
					break
				}
				i += j
				if b, ok := d.BlockAt(i); ok && b.Kind.Mined() {
					t.Errorf("%s: %q is in a mined %v block", d.Position(i), tt.line, b.Kind)
				}
				if _, ok := d.SentenceAt(i); ok {
					t.Errorf("%s: %q is in a sentence", d.Position(i), tt.line)
				}
				i += len(tt.line)
			}
		})
	}
	if d := byID["000"]; d != nil {
		want := time.Date(2025, 7, 15, 0, 0, 0, 0, time.UTC)
		if !d.Published.Equal(want) {
			t.Errorf("000 published: got %v, want %v", d.Published, want)
		}
	}
	// the article text itself is mined
	for id, d := range byID {
		n := 0
		for _, b := range d.Blocks {
			if b.Kind == Paragraph {
				n++
			}
		}
		if n < 5 {
			t.Errorf("%s: got %v paragraphs, want at least 5", id, n)
		}
	}
}

// benchCorpus is the fixtures, text and Markdown, repeated.
func benchCorpus(b *testing.B) [][]byte {
	var out [][]byte
	for _, name := range []string{"page.txt", "column.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, data)
	}
	if files, _ := filepath.Glob(filepath.Join(seeds, "*.txt")); len(files) > 0 {
		for _, p := range files {
			if data, err := os.ReadFile(p); err == nil {
				out = append(out, data)
			}
		}
	}
	return out
}

package render

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
)

// TestJSONObjectMatchesWriteJSON holds the streamed writer to the bytes
// that encoding the whole document at once gives.
func TestJSONObjectMatchesWriteJSON(t *testing.T) {
	type item struct {
		Name  string   `json:"name"`
		Tags  []string `json:"tags"`
		Score float64  `json:"score,omitempty"`
	}
	type doc struct {
		Items   []item   `json:"items"`
		Sources []Source `json:"sources"`
		Summary Counts   `json:"summary"`
	}
	long := make([]item, 1000) // long enough to be encoded in parallel batches
	for i := range long {
		long[i] = item{Name: strings.Repeat("é<", i%7), Tags: []string{strconv.Itoa(i)}, Score: float64(i) / 3}
	}
	tests := []struct {
		name string
		doc  doc
	}{
		{"long list", doc{Items: long, Sources: []Source{}}},
		{"empty lists", doc{Items: []item{}, Sources: []Source{}}},
		{"one item", doc{Items: []item{{Name: "a", Tags: []string{}}}, Sources: []Source{{ID: "x", Path: "x.txt"}}}},
		{"nested and escaped", doc{
			Items: []item{
				{Name: "<b>&\"quoted\"</b>\n", Tags: []string{"one", "two"}, Score: 1.5},
				{Name: "ünïcode \u2028", Tags: []string{}},
			},
			Sources: []Source{{ID: "a", Path: "a.md", Title: "A & B <c>"}, {ID: "b", Path: "b.md", Published: "2025-01-02"}},
			Summary: Counts{Conflicts: 2, Agreements: 1, Sources: 2},
		}},
	}
	for _, tt := range tests {
		var want, got bytes.Buffer
		if err := writeJSON(&want, tt.doc); err != nil {
			t.Fatal(err)
		}
		o := newJSONObject(&got)
		jsonList(o, "items", tt.doc.Items, same)
		jsonList(o, "sources", tt.doc.Sources, same)
		o.field("summary", tt.doc.Summary)
		if err := o.close(); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%s: got\n%s\nwant\n%s", tt.name, got.String(), want.String())
		}
	}
}

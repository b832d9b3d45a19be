package store

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/sources"
)

// figures is an extractor for the tests: a claim for each word that starts
// with a digit.
func figures(d *sources.Document) []claims.Claim {
	var out []claims.Claim
	for _, w := range strings.Fields(d.Text) {
		if w[0] >= '0' && w[0] <= '9' {
			out = append(out, claimAt(d, w, mention.KindCount, "count", "", 1))
		}
	}
	return out
}

func TestIngest(t *testing.T) {
	a := doc("a", "12 dead and 30 hurt")
	a2 := doc("a", "13 dead and 30 hurt")
	other := doc("a", "a different article, also named a")
	other.Path = "elsewhere/a.txt"
	b := doc("b", "5 missing")
	cases := []struct {
		name   string
		runs   [][]*sources.Document
		want   Summary // of the last run
		errs   []string
		stored string // claims in the store after the last run
	}{
		{"new sources", [][]*sources.Document{{a, b}},
			Summary{Sources: 2, New: 2, Claims: 3}, nil, "a:12 a:30 b:5"},
		{"again: nothing to do", [][]*sources.Document{{a, b}, {a, b}},
			Summary{Sources: 2, Unchanged: 2}, nil, "a:12 a:30 b:5"},
		{"one changed", [][]*sources.Document{{a, b}, {a2, b}},
			Summary{Sources: 2, Changed: 1, Unchanged: 1, Claims: 2}, nil, "a:13 a:30 b:5"},
		{"one file given twice", [][]*sources.Document{{a, b, a}},
			Summary{Sources: 2, New: 2, Claims: 3}, nil, "a:12 a:30 b:5"},
		{"two files with one id", [][]*sources.Document{{a, other, b}},
			Summary{Sources: 2, New: 2, Claims: 3}, []string{`elsewhere/a.txt: source id "a" is also the id of a.txt; rename one of them`}, "a:12 a:30 b:5"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			st, _ := openNew(t, sqliteBackend)
			var sum Summary
			var done []int
			for _, docs := range c.runs {
				done = done[:0]
				var err error
				sum, err = Ingest(context.Background(), st, docs, figures, func(n int) { done = append(done, n) })
				if err != nil {
					t.Fatal(err)
				}
			}
			var errs []string
			for _, e := range sum.Errs {
				errs = append(errs, e.Error())
			}
			sum.Errs = nil
			if !reflect.DeepEqual(sum, c.want) {
				t.Errorf("got %v, want %v", sum, c.want)
			}
			if strings.Join(errs, "\n") != strings.Join(c.errs, "\n") {
				t.Errorf("errors: got %q, want %q", errs, c.errs)
			}
			if len(done) != c.want.Sources || (len(done) > 0 && done[len(done)-1] != c.want.Sources) {
				t.Errorf("progress: got %v, want 1..%d", done, c.want.Sources)
			}
			cl, _ := st.Claims(context.Background(), Query{})
			if got := claimTexts(cl); got != c.stored {
				t.Errorf("stored: got %v, want %v", got, c.stored)
			}
		})
	}
}

// TestIngestBatchRefused: when SQLite refuses one source of a batch, the
// batch is stored a source at a time: the error names the refused source,
// the sources stored are whole, and the refused one is not stored at all.
func TestIngestBatchRefused(t *testing.T) {
	st, loc := openNew(t, sqliteBackend)
	// A trigger stands in for a write that fails: the disk, a constraint.
	if _, err := st.(*sqlStore).db.Exec(`CREATE TRIGGER refuse BEFORE INSERT ON sources
		WHEN NEW.id = 'refused' BEGIN SELECT RAISE(ABORT, 'write failed'); END`); err != nil {
		t.Fatal(err)
	}
	var docs []*sources.Document
	for i := range 80 {
		id := fmt.Sprintf("s%02d", i)
		if i == 60 {
			id = "refused"
		}
		docs = append(docs, doc(id, fmt.Sprintf("%d dead and %d hurt", i+1, i+2)))
	}
	_, err := Ingest(context.Background(), st, docs, figures, nil)
	if err == nil || !strings.Contains(err.Error(), "refused") {
		t.Fatalf("got error %v, want one naming the refused source", err)
	}
	st.Close()
	stored := consistency(t, loc)
	if stored == 0 || stored >= len(docs) {
		t.Errorf("got %d sources stored, want some but not all %d", stored, len(docs))
	}
	again, err := Open(context.Background(), loc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	cl, err := again.Claims(context.Background(), Query{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cl {
		if c.Source == "refused" {
			t.Fatalf("the refused source has claims stored: %v", c)
		}
	}
	if len(cl) != 2*stored {
		t.Errorf("got %d claims for %d sources, want two each", len(cl), stored)
	}
}

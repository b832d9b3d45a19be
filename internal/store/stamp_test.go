package store

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/sources"
)

// oldExtractor stands for the stamp of an older claimdiff.
const oldExtractor = "v0.9.0+vocab.0000000000000000"

// putOld stores d with claims cl as an older claimdiff would have, through
// PutRecord, which keeps a record's stamp.
func putOld(t *testing.T, st Store, d *sources.Document, cl []claims.Claim) {
	t.Helper()
	r := Record{ID: d.ID, Revisions: []Revision{{Revision: 1, Ingested: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC),
		Document: d, Claims: cl, Extractor: oldExtractor}}}
	if _, err := st.PutRecord(context.Background(), r); err != nil {
		t.Fatal(err)
	}
}

// After an upgrade, ingest extracts an unchanged source again: its claims
// are replaced in the current revision, which keeps its number and time.
func TestIngestReextractsStaleClaims(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		st, _ := openNew(t, b)
		a, c := doc("a", "12 dead and 30 hurt"), doc("c", "7 boats")
		old := []claims.Claim{claimAt(a, "12", "count", "count", "", 11)} // what the old rules read
		putOld(t, st, a, old)
		if _, err := st.Put(ctx, c, figures(c)); err != nil {
			t.Fatal(err)
		}
		cur, err := st.Current(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]Stored{"a": {Hash: a.Hash, Extractor: oldExtractor}, "c": {Hash: c.Hash, Extractor: claims.ExtractorStamp()}}
		if !reflect.DeepEqual(cur, want) {
			t.Fatalf("Current: got %v, want %v", cur, want)
		}
		var extracted []string
		count := func(d *sources.Document) []claims.Claim { extracted = append(extracted, d.ID); return figures(d) }
		sum, err := Ingest(ctx, st, []*sources.Document{a, c}, count, nil)
		if err != nil {
			t.Fatal(err)
		}
		if want := (Summary{Sources: 2, Unchanged: 1, Reextracted: 1, Claims: 2}); !reflect.DeepEqual(sum, want) {
			t.Errorf("summary: got %+v, want %+v", sum, want)
		}
		if got := sum.String(); got != "2 sources (0 new, 0 changed, 1 unchanged, 1 re-extracted), 2 claims" {
			t.Errorf("summary line: got %q", got)
		}
		if strings.Join(extracted, " ") != "a" {
			t.Errorf("extracted %q, want only a", extracted)
		}
		cl, _ := st.Claims(ctx, Query{})
		if got := claimTexts(cl); got != "a:12 a:30 c:7" {
			t.Errorf("stored claims: got %v, want a:12 a:30 c:7", got)
		}
		srcs, _ := st.Sources(ctx, Filter{IDs: []string{"a"}})
		if len(srcs) != 1 || srcs[0].Revision != 1 || srcs[0].Claims != 2 || srcs[0].Extractor != claims.ExtractorStamp() ||
			!srcs[0].Ingested.Equal(time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)) {
			t.Errorf("source a: got %+v, want revision 1 of 2025-01-02 with 2 claims of this extractor", srcs)
		}
		// and again: nothing to do
		extracted = nil
		if sum, _ := Ingest(ctx, st, []*sources.Document{a, c}, count, nil); sum.Unchanged != 2 || len(extracted) != 0 {
			t.Errorf("a second ingest: got %+v, extracted %q", sum, extracted)
		}
	})
}

// Put of unchanged content says what it did with the claims.
func TestPutReextracted(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		st, _ := openNew(t, b)
		a := doc("a", "12 dead and 30 hurt")
		putOld(t, st, a, nil)
		a2 := *a
		a2.Title = "Read again"
		for i, want := range []Outcome{Reextracted, Unchanged} {
			got, err := st.Put(ctx, &a2, figures(&a2))
			if err != nil || got != want {
				t.Errorf("put %d: got %v, %v, want %v", i+1, got, err, want)
			}
		}
		docs, cl, _ := st.Load(ctx, Filter{})
		if len(docs) != 1 || docs[0].Title != "Read again" || len(cl) != 2 {
			t.Errorf("got %d documents (title %q) and %d claims, want the document read again and 2 claims", len(docs), docs[0].Title, len(cl))
		}
	})
}

// The stamp goes out with an export and comes back with an import.
func TestExportKeepsTheStamp(t *testing.T) {
	ctx := context.Background()
	st, _ := openNew(t, sqliteBackend)
	a := doc("a", "12 dead")
	putOld(t, st, a, figures(a))
	var out bytes.Buffer
	if _, err := Export(ctx, st, Filter{}, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `"extractor":"`+oldExtractor+`"`) {
		t.Errorf("the export has no extractor stamp: %.300s", out.String())
	}
	st2, _ := openNew(t, sqliteBackend)
	if _, err := Import(ctx, st2, &out, "in.jsonl"); err != nil {
		t.Fatal(err)
	}
	if cur, _ := st2.Current(ctx); cur["a"].Extractor != oldExtractor {
		t.Errorf("imported stamp: got %q, want %q", cur["a"].Extractor, oldExtractor)
	}
}

// A store made before stamps is migrated: its claims have no stamp and are
// extracted again on the next ingest.
func TestSchema1StoreIsStale(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	stmts := append([]string{fmt.Sprintf("PRAGMA application_id = %d", applicationID), `CREATE TABLE schema_version (version INTEGER PRIMARY KEY, note TEXT NOT NULL)`,
		`INSERT INTO schema_version VALUES (1, 'sources, revisions and claims')`}, migrations[0].stmts...)
	a := doc("a", "12 dead")
	stmts = append(stmts,
		`INSERT INTO sources VALUES ('a', 1, '`+a.Hash+`', '2025-01-02T03:04:05Z')`,
		`INSERT INTO revisions VALUES ('a', 1, '`+a.Hash+`', 'a.txt', 'text', '', '', '', '', '', '2025-01-02T03:04:05Z', 0, '12 dead', '{}')`)
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	st, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if cur, err := st.Current(ctx); err != nil || cur["a"] != (Stored{Hash: a.Hash}) {
		t.Fatalf("Current: got %v, %v, want a with no stamp", cur, err)
	}
	sum, err := Ingest(ctx, st, []*sources.Document{a}, figures, nil)
	if err != nil || sum.Reextracted != 1 {
		t.Errorf("ingest: got %+v, %v, want 1 re-extracted", sum, err)
	}
}

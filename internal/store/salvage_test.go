package store

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// A store with damaged pages: Open refuses it, Export fails, Salvage
// writes what can be read, which import takes into a new store, and says
// which sources it could not read whole.
func TestSalvage(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := storeFile(t, dir)
	st, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var whole bytes.Buffer
	if _, err := Export(ctx, st, Filter{}, &whole); err != nil {
		t.Fatal(err)
	}
	st.Close()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const page = 4096
	pages := len(b) / page
	for i := pages / 2 * page; i < (pages/2+2)*page; i++ {
		b[i] = byte(i * 7)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if st, err := Open(ctx, path, Options{}); err == nil {
		_, err = Export(ctx, st, Filter{}, &bytes.Buffer{})
		st.Close()
		if err == nil {
			t.Fatalf("the damaged store exports whole: the damage did not land")
		}
	}
	var out bytes.Buffer
	got, err := Salvage(ctx, path, &out)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d whole, partial %v, lost %v", got.Sources, got.Partial, got.Lost)
	if got.Sources < 30 || len(got.Partial)+len(got.Lost) == 0 {
		t.Errorf("got %d whole, %d partial, %d lost; want most whole and the damage reported", got.Sources, len(got.Partial), len(got.Lost))
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(after, b) {
		t.Errorf("salvage wrote to the store")
	}
	// What was salvaged whole is what the store held.
	fresh, err := Open(ctx, filepath.Join(dir, "new.db"), Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	sum, err := Import(ctx, fresh, bytes.NewReader(out.Bytes()), "salvaged")
	if err != nil || len(sum.Errs) > 0 {
		t.Fatalf("import of the salvage: %v %v", err, sum.Errs)
	}
	if sum.Sources != got.Sources+len(got.Partial) {
		t.Errorf("imported %d sources, salvaged %d", sum.Sources, got.Sources+len(got.Partial))
	}
	orig := map[string]Record{}
	for _, line := range bytes.Split(bytes.TrimSpace(whole.Bytes()), []byte("\n")) {
		var r Record
		if err := r.UnmarshalJSON(line); err != nil {
			t.Fatal(err)
		}
		orig[r.ID] = r
	}
	n := 0
	fresh.Records(ctx, Filter{}, func(r Record) error {
		o := orig[r.ID]
		if len(r.Revisions) > 0 && len(o.Revisions) > 0 && !reflect.DeepEqual(r.Revisions[0].Document.Text, o.Revisions[0].Document.Text) {
			t.Errorf("%s: the salvaged text differs from the stored one", r.ID)
		}
		n++
		return nil
	})
	if n != sum.Sources {
		t.Errorf("the new store holds %d sources, want %d", n, sum.Sources)
	}
}

// Salvage refuses what is not a claimdiff store.
func TestSalvageRefusesOtherFiles(t *testing.T) {
	dir := t.TempDir()
	notes := filepath.Join(dir, "notes.txt")
	os.WriteFile(notes, []byte("my notes, not a database, long enough to hold a header of a hundred bytes or so, and more words"), 0o644)
	other := filepath.Join(dir, "other.db")
	sqliteFile(t, other, `PRAGMA application_id = 1234`, `CREATE TABLE t (x)`)
	for _, p := range []string{notes, other, filepath.Join(dir, "none.db")} {
		if _, err := Salvage(context.Background(), p, &bytes.Buffer{}); err == nil {
			t.Errorf("%s: salvaged, want an error", p)
		}
	}
}

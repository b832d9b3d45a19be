package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sqliteFile makes a SQLite database at path with the given statements.
func sqliteFile(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatal(err)
		}
	}
}

// storeFile makes a real store with a few sources and returns its path.
func storeFile(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "real.db")
	st, err := Open(context.Background(), path, Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 40 {
		d := doc(fmt.Sprintf("s%02d", i), strings.Repeat(fmt.Sprintf("Line %d of a long article. ", i), 200))
		if _, err := st.Put(context.Background(), d, nil); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	return path
}

func TestBadSQLiteStore(t *testing.T) {
	cases := []struct {
		name   string
		make   func(t *testing.T, dir string) string // returns the store path
		create bool
		want   error
		msg    string
	}{
		{"missing, reading", func(t *testing.T, dir string) string { return filepath.Join(dir, "none.db") }, false, ErrNotExist, "run claimdiff ingest"},
		{"empty file, reading", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "empty.db")
			os.WriteFile(p, nil, 0o644)
			return p
		}, false, ErrNotExist, "empty"},
		{"text file", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "notes.txt")
			os.WriteFile(p, []byte(strings.Repeat("These are my notes, not a database.\n", 10)), 0o644)
			return p
		}, true, ErrNotStore, "not a SQLite database"},
		{"short file", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "short.db")
			os.WriteFile(p, []byte("SQLite format 3\x00"), 0o644)
			return p
		}, true, ErrNotStore, "not a SQLite database"},
		{"directory", func(t *testing.T, dir string) string { return dir }, true, ErrNotStore, "directory"},
		{"another application's database", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "app.db")
			sqliteFile(t, p, `CREATE TABLE users (name TEXT)`, `INSERT INTO users VALUES ('ann')`)
			return p
		}, true, ErrNotStore, "no schema_version"},
		{"another application's id", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "other.db")
			sqliteFile(t, p, `PRAGMA application_id = 1234`, `CREATE TABLE t (x)`)
			return p
		}, true, ErrNotStore, "another application"},
		{"damaged pages", func(t *testing.T, dir string) string {
			p := storeFile(t, dir)
			b, _ := os.ReadFile(p)
			for i := 4096 * 3; i < len(b)-4096; i++ {
				b[i] = byte(i * 7)
			}
			os.WriteFile(p, b, 0o644)
			return p
		}, true, ErrNotStore, "damaged"},
		{"truncated", func(t *testing.T, dir string) string {
			p := storeFile(t, dir)
			b, _ := os.ReadFile(p)
			os.WriteFile(p, b[:len(b)/3], 0o644)
			return p
		}, true, ErrNotStore, "damaged"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			path := c.make(t, dir)
			before, _ := os.ReadFile(path)
			st, err := Open(context.Background(), path, Options{Create: c.create})
			if err == nil {
				st.Close()
				t.Fatalf("got no error, want %v", c.want)
			}
			if !errors.Is(err, c.want) || !strings.Contains(err.Error(), c.msg) || !strings.Contains(err.Error(), path) {
				t.Errorf("got %v, want %v saying %q and naming %s", err, c.want, c.msg, path)
			}
			after, _ := os.ReadFile(path)
			if string(before) != string(after) {
				t.Errorf("the file changed")
			}
		})
	}
}

func TestFreshStores(t *testing.T) {
	cases := []struct {
		name string
		make func(t *testing.T, dir string) string
	}{
		{"missing, in a new directory", func(t *testing.T, dir string) string { return filepath.Join(dir, ".claimdiff", "claims.db") }},
		{"empty file", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "empty.db")
			os.WriteFile(p, nil, 0o644)
			return p
		}},
		{"empty SQLite database", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "blank.db")
			sqliteFile(t, p, `PRAGMA user_version = 0`, `VACUUM`)
			return p
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := c.make(t, t.TempDir())
			st, err := Open(context.Background(), path, Options{Create: true})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := st.Put(context.Background(), doc("a", "12 people"), nil); err != nil {
				t.Fatal(err)
			}
			st.Close()
			// Opened again, for reading: the store is ours.
			st, err = Open(context.Background(), path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			srcs, err := st.Sources(context.Background(), Filter{})
			if err != nil || len(srcs) != 1 {
				t.Errorf("got %v, %v, want one source", srcs, err)
			}
		})
	}
}

func TestForeignPostgres(t *testing.T) {
	loc := postgresBackend.location(t)
	db, err := sql.Open("pgx", loc)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := Open(context.Background(), loc, Options{}); !errors.Is(err, ErrNotExist) {
		t.Errorf("empty schema, reading: got %v, want %v", err, ErrNotExist)
	}
	if _, err := db.Exec(`CREATE TABLE sources (url TEXT)`); err != nil {
		t.Fatal(err)
	}
	_, err = Open(context.Background(), loc, Options{Create: true})
	if !errors.Is(err, ErrNotStore) {
		t.Errorf("foreign tables: got %v, want %v", err, ErrNotStore)
	}
	if strings.Contains(err.Error(), "password") {
		t.Errorf("message shows the URL's password: %v", err)
	}
}

package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"
)

// postgresEnv names the PostgreSQL server the tests use; .ci/run starts one.
const postgresEnv = "CLAIMDIFF_TEST_POSTGRES"

// backend makes fresh, empty stores of one kind for a test.
type backend struct {
	name string
	// location returns where a new store lives: a file path or a URL to a
	// schema of its own, dropped when the test ends.
	location func(t testing.TB) string
}

var sqliteBackend = backend{"sqlite", func(t testing.TB) string {
	return filepath.Join(t.TempDir(), "claims.db")
}}

var postgresBackend = backend{"postgres", func(t testing.TB) string {
	base := os.Getenv(postgresEnv)
	if base == "" {
		t.Skip(postgresEnv + " is not set: the PostgreSQL store tests need a server (see README, \"Testing the store on PostgreSQL\")")
	}
	return postgresSchema(t, base)
}}

var backends = []backend{sqliteBackend, postgresBackend}

// postgresSchema creates a schema of its own for one test and returns a URL
// whose search_path points at it.
func postgresSchema(t testing.TB, base string) string {
	t.Helper()
	var b [6]byte
	rand.Read(b[:])
	name := "claimdiff_test_" + hex.EncodeToString(b[:])
	db, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE SCHEMA ` + name); err != nil {
		db.Close()
		t.Fatalf("%s: %v", postgresEnv, err)
	}
	t.Cleanup(func() {
		db.Exec(`DROP SCHEMA ` + name + ` CASCADE`)
		db.Close()
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", name)
	u.RawQuery = q.Encode()
	return u.String()
}

// forEachBackend runs a test on every back-end.
func forEachBackend(t *testing.T, fn func(t *testing.T, b backend)) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) { fn(t, b) })
	}
}

func openNew(t testing.TB, b backend) (Store, string) {
	t.Helper()
	loc := b.location(t)
	st, err := Open(context.Background(), loc, Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st, loc
}

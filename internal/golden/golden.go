// Package golden compares test output with golden files kept in testdata/,
// and rewrites them when the tests run with -update (review the diff before
// committing it).
//
//	golden.Check(t, filepath.Join("testdata", "table.golden"), got)
package golden

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

// Update is the -update flag of every test binary that imports this package.
var Update = flag.Bool("update", false, "rewrite the golden files in testdata/ (review the diff)")

// Check compares got with the file at path, or writes it there under -update.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *Update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it, then review it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs (run go test -update and review the diff); got\n%s\nwant\n%s", path, got, want)
	}
}

package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/worddiff"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("report differs from %s (run go test -update and review the diff):\n%s", path, got)
	}
}

func render(t *testing.T, in Input, opt Options) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, in, opt); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestGoldenFixture(t *testing.T) {
	got := render(t, ferry(), Options{Title: "Maren ferry sinking", Tolerance: claims.DefaultTolerance})
	golden(t, "ferry.golden.md", []byte(got))
}

func worddiffWords(a, b string) []worddiff.Chunk { return worddiff.Words(a, b) }

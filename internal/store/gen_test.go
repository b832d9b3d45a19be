package store

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimdiff/claimdiff/internal/corpus"
)

// writeArticles writes n generated articles into dir and returns their paths.
func writeArticles(t testing.TB, dir string, n int, seed int64) []string {
	t.Helper()
	paths := make([]string, 0, n)
	for _, a := range corpus.Generate(n, seed) {
		p := filepath.Join(dir, a.ID+".txt")
		if err := os.WriteFile(p, []byte(a.Text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

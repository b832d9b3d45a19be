package claims

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/internal/buildinfo"
	"github.com/claimdiff/claimdiff/internal/wordlist"
)

func TestExtractorStamp(t *testing.T) {
	s := ExtractorStamp()
	if s != ExtractorStamp() {
		t.Fatal("the stamp is not stable")
	}
	if !strings.HasPrefix(s, buildinfo.Version()+"+vocab.") || len(s) != len(buildinfo.Version()+"+vocab.")+16 {
		t.Errorf("got %q, want the version, +vocab. and 16 hex digits", s)
	}
	if !strings.HasSuffix(s, wordlist.Hash()[:16]) {
		t.Errorf("got %q: it does not end with the hash of the word lists", s)
	}
}

// The stamp covers the word lists of every package that reads claims: each
// data file in the module (a .txt file in a words/ or data/ folder of a
// package) is a registered file, which wordlist.Hash sums.
func TestExtractorStampCoversTheWordLists(t *testing.T) {
	got := strings.Join(wordlist.Registered(), " ")
	for _, p := range []string{"sources", "claims/mention", "claims"} {
		if !strings.Contains(" "+got+" ", " "+p+" ") {
			t.Errorf("registered word lists %q: %s is missing", got, p)
		}
	}
	registered := map[string]bool{}
	for _, n := range wordlist.Names() {
		registered[n] = true
	}
	n := 0
	err := filepath.WalkDir("..", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && p != ".." {
			return filepath.SkipDir
		}
		dir := filepath.Base(filepath.Dir(p))
		if d.IsDir() || filepath.Ext(p) != ".txt" || dir != "words" && dir != "data" {
			return nil
		}
		n++
		name := filepath.ToSlash(strings.TrimPrefix(p, ".."+string(filepath.Separator)))
		if !registered[name] {
			t.Errorf("%s is not registered with wordlist: the extractor stamp does not cover it", name)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < len(registered) {
		t.Errorf("found %d data files in the module, fewer than the %d registered", n, len(registered))
	}
}

// Each data file has a test that shows what one more entry in it does: a
// test file of its package names it.
func TestEveryWordListIsTested(t *testing.T) {
	tests := map[string]string{} // package folder -> its test files' text
	for _, name := range wordlist.Names() {
		dir, file, ok := strings.Cut(name, "/words/")
		sub := "words/"
		if !ok {
			dir, file, ok = strings.Cut(name, "/data/")
			sub = "data/"
		}
		if !ok {
			continue
		}
		if _, read := tests[dir]; !read {
			paths, _ := filepath.Glob(filepath.Join("..", dir, "*_test.go"))
			var b strings.Builder
			for _, p := range paths {
				data, err := os.ReadFile(p)
				if err != nil {
					t.Fatal(err)
				}
				b.Write(data)
			}
			tests[dir] = b.String()
		}
		if !strings.Contains(tests[dir], `"`+sub+file+`"`) {
			t.Errorf("%s: no test of package %s names it", name, dir)
		}
	}
}

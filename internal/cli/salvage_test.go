package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A damaged store has a way out: export refuses it and names
// --salvage, which writes what can be read and lists what could not;
// import takes the result into a new store.
func TestExportSalvage(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := range 40 {
		files[fmt.Sprintf("s%02d.txt", i)] = strings.Repeat(fmt.Sprintf("Report %d says the toll rose to %d. ", i, i+10), 150)
	}
	writeFiles(t, filepath.Join(dir, "articles"), files)
	st := filepath.Join(dir, "claims.db")
	if _, errOut, code := storeRun(t, "", "ingest", "--store", st, filepath.Join(dir, "articles")); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	b, err := os.ReadFile(st)
	if err != nil {
		t.Fatal(err)
	}
	pages := len(b) / 4096
	for i := pages / 2 * 4096; i < (pages/2+2)*4096; i++ {
		b[i] = byte(i * 7)
	}
	os.WriteFile(st, b, 0o644)

	_, errOut, code := storeRun(t, "", "export", "--store", st)
	if code != ExitError || !strings.Contains(errOut, "export --salvage") {
		t.Errorf("export of a damaged store: exit %d, %q; want exit %d naming --salvage", code, errOut, ExitError)
	}
	out := filepath.Join(dir, "rescued.jsonl")
	_, errOut, code = storeRun(t, "", "export", "--salvage", "--store", st, "-o", out)
	if code != ExitError || !strings.Contains(errOut, "claimdiff: source s") || !strings.Contains(errOut, "salvaged 3") {
		t.Errorf("export --salvage: exit %d, %q; want exit %d, the lost sources and a count", code, errOut, ExitError)
	}
	fresh := filepath.Join(dir, "new.db")
	_, errOut, code = storeRun(t, "", "import", "--store", fresh, out)
	if code != 0 || !strings.Contains(errOut, "imported 3") && !strings.Contains(errOut, "imported 40") {
		t.Errorf("import of the salvage: exit %d, %q", code, errOut)
	}
	if _, _, code := storeRun(t, "", "export", "--salvage", "--source", "s01", "--store", st); code != ExitError {
		t.Errorf("--salvage with --source: exit %d, want a usage error", code)
	}
}

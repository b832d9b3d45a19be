package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// writeFiles writes name → text under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// Three files of one name in three directories are three sources in every
// command and in the store, with the same ids: never "1 source", never a
// false (self) conflict.
func TestDuplicateNamesAreSources(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"2024-12-29/wire.txt": "The ferry Maren sank off Kelso Point on Sunday, killing 12 people, the coastguard said.\n",
		"2024-12-30/wire.txt": "The ferry Maren sank off Kelso Point on Sunday, killing 12 people, the coastguard said on Monday.\n",
		"2024-12-31/wire.txt": "The ferry Maren sank off Kelso Point on Sunday, killing 14 people, the coastguard said on Tuesday.\n",
	})
	want := []string{"2024-12-29/wire", "2024-12-30/wire", "2024-12-31/wire"}
	out, errOut, code := run(t, []string{"compare", "--format", "json", dir}, false, false, "")
	if code != 0 {
		t.Fatalf("compare: exit %d: %s", code, errOut)
	}
	var doc struct {
		Findings []struct {
			Status            string   `json:"status"`
			Sources           []string `json:"sources"`
			SelfContradictory []string `json:"self_contradictory"`
		} `json:"findings"`
		Sources []struct {
			ID string `json:"id"`
		} `json:"sources"`
		Summary struct {
			Sources int `json:"sources"`
		} `json:"summary"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, s := range doc.Sources {
		ids = append(ids, s.ID)
	}
	if !slices.Equal(ids, want) || doc.Summary.Sources != 3 {
		t.Errorf("compare: got sources %v (%d), want %v", ids, doc.Summary.Sources, want)
	}
	for _, f := range doc.Findings {
		if len(f.SelfContradictory) > 0 {
			t.Errorf("compare: a false self-contradiction %v", f.SelfContradictory)
		}
		if f.Status == "conflict" && len(f.Sources) != 3 {
			t.Errorf("compare: conflict between %v, want the three sources", f.Sources)
		}
	}
	if out, _, _ := run(t, []string{"compare", dir}, true, false, ""); !strings.Contains(out, "across 3 sources") {
		t.Errorf("compare table: got\n%s\nwant it to count 3 sources", out)
	}
	if out, _, _ := run(t, []string{"report", dir}, false, false, ""); !strings.Contains(out, "Compared **3** sources") {
		t.Errorf("report: want 3 sources, got\n%s", out)
	}
	// The store keeps them apart under the same ids.
	st := filepath.Join(t.TempDir(), "claims.db")
	if _, errOut, code := storeRun(t, "", "ingest", "--store", st, dir); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errOut)
	}
	out, _, _ = storeRun(t, "", "sources", "--store", st)
	var stored []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		stored = append(stored, strings.Split(line, "\t")[0])
	}
	if !slices.Equal(stored, want) {
		t.Errorf("stored ids: got %v, want %v", stored, want)
	}
	fromStore, _, _ := run(t, []string{"compare", "--format", "json", "--store", st}, false, false, "")
	var again struct {
		Findings []struct {
			Sources []string `json:"sources"`
		} `json:"findings"`
	}
	json.Unmarshal([]byte(fromStore), &again)
	if len(again.Findings) != len(doc.Findings) {
		t.Errorf("compare --store: %d findings, from files %d", len(again.Findings), len(doc.Findings))
	}
	// check: a new file of the same name is a new source, not the old one.
	fresh := filepath.Join(t.TempDir(), "2025-01-02", "wire.txt")
	writeFiles(t, filepath.Dir(fresh), map[string]string{"wire.txt": "The ferry Maren sank off Kelso Point on Sunday, killing 15 people.\n"})
	out, errOut, code = run(t, []string{"check", "--format", "json", "--root", "/", fresh, "--against", dir}, false, false, "")
	if code != ExitFindings || !strings.Contains(out, `: 2025-01-02/wire says 15`) {
		t.Errorf("check --against: exit %d, want %d and a conflict of 2025-01-02/wire:\n%s%s", code, ExitFindings, out, errOut)
	}
	out, errOut, code = run(t, []string{"check", "--format", "json", "--root", "/", fresh, "--store", st}, false, false, "")
	if code != ExitFindings || !strings.Contains(out, `: 2025-01-02/wire says 15`) {
		t.Errorf("check --store: exit %d, want %d and a conflict of 2025-01-02/wire:\n%s%s", code, ExitFindings, out, errOut)
	}
}

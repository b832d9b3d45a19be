package check

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestReadBaseline(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name        string
		path        string
		wantEntries int
		wantErr     string
	}{
		{"missing is empty", filepath.Join(dir, "none.json"), 0, ""},
		{"empty list", write("empty.json", `{"version": 1, "accepted": []}`), 0, ""},
		{"one entry", write("one.json", "{\"version\": 1,\n\"accepted\": [\n{\"fingerprint\": \"abc\", \"status\": \"conflict\", \"kind\": \"count\", \"values\": []}]}"), 1, ""},
		{"syntax error at its line", write("bad.json", "{\"version\": 1,\n\"accepted\": [\n}"), 0, "bad.json:3:"},
		{"wrong type at its line", write("type.json", "{\"version\": 1,\n\"accepted\": 7}"), 0, "type.json:2:"},
		{"unknown field", write("field.json", `{"version": 1, "accepted": [], "extra": 1}`), 0, "unknown field"},
		{"other version", write("v2.json", `{"version": 2, "accepted": []}`), 0, "version 2"},
		{"no fingerprint", write("nofp.json", `{"version": 1, "accepted": [{"status": "conflict"}]}`), 0, "no fingerprint"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := ReadBaseline(tt.path)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("got error %v, want one holding %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(b.Entries) != tt.wantEntries {
				t.Errorf("got %d entries, want %d", len(b.Entries), tt.wantEntries)
			}
		})
	}
}

func TestBaselineUpdate(t *testing.T) {
	res := handResult(t, LevelConflict, nil)
	old := &Baseline{Path: filepath.Join(t.TempDir(), DefaultBaseline), Entries: []Entry{
		{Fingerprint: fingerprint(homes), Note: "two counts of different streets"},
		{Fingerprint: fingerprint(oldOnly), Note: "kept: still matches"},
		{Fingerprint: "0123456789abcdef", Note: "stale"},
	}}
	nb := old.Update(res)
	var got []string
	for _, e := range nb.Entries {
		got = append(got, e.Metric+"|"+e.Note)
	}
	want := []string{"deaths|", "homes destroyed|two counts of different streets", "rescuers|kept: still matches"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if err := nb.Write(); err != nil {
		t.Fatal(err)
	}
	back, err := ReadBaseline(nb.Path)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range back.Entries {
		if e.Line == 0 {
			t.Errorf("entry %d: got line 0, want its line", i)
		}
		e.Line = 0
		if !reflect.DeepEqual(e, nb.Entries[i]) {
			t.Errorf("entry %d: got %+v, want %+v", i, e, nb.Entries[i])
		}
	}
	// Accepting everything makes the next run pass, with nothing stale.
	next := handResultWith(t, LevelConflict, nil, back)
	if next.Failed() || len(next.Stale) > 0 {
		t.Errorf("after the update: got failed %v, %d stale, want false, 0", next.Failed(), len(next.Stale))
	}
	data, _ := os.ReadFile(nb.Path)
	again, _ := back.Marshal()
	if string(data) != string(again) {
		t.Errorf("got a different rendering after a round trip:\n%s\nwant\n%s", again, data)
	}
}

package cli

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/claimdiff/claimdiff/internal/corpus"
)

// findingsJSON is what the story tests read of compare's JSON.
type findingsJSON struct {
	Findings []struct {
		Fingerprint string `json:"fingerprint"`
		Values      []struct {
			Sources []string `json:"sources"`
		} `json:"values"`
	} `json:"findings"`
}

// generatedStory is the generator's story of a source id ("s0003-a02": s0003).
func generatedStory(id string) string { s, _, _ := strings.Cut(id, "-"); return s }

// TestStoreOfManyStories ingests 50 generated stories (300 sources) into
// one store: no finding of compare --store mixes stories, stories lists the
// 50, and each story compared alone (--story) gives the findings it has
// inside the whole store.
func TestStoreOfManyStories(t *testing.T) {
	dir := t.TempDir()
	arts := corpus.Generate(300, 11)
	for _, a := range arts {
		text := "---\npublished: " + a.Published.Format("2006-01-02") + "\n---\n\n" + a.Text
		if err := os.WriteFile(filepath.Join(dir, a.ID+".md"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "claims.db")
	if _, stderr, code := run(t, []string{"ingest", "-q", "--store", db, dir}, false, false, ""); code != ExitOK {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	out, stderr, code := run(t, []string{"compare", "--format", "json", "--store", db}, false, false, "")
	if code != ExitOK {
		t.Fatalf("compare: exit %d: %s", code, stderr)
	}
	var whole findingsJSON
	if err := json.Unmarshal([]byte(out), &whole); err != nil {
		t.Fatal(err)
	}
	byStory := map[string][]string{} // generator's story -> fingerprints
	for _, f := range whole.Findings {
		of := map[string]bool{}
		for _, v := range f.Values {
			for _, s := range v.Sources {
				of[generatedStory(s)] = true
			}
		}
		if len(of) != 1 {
			t.Errorf("finding %s mixes stories %v", f.Fingerprint, of)
			continue
		}
		for s := range of {
			byStory[s] = append(byStory[s], f.Fingerprint)
		}
	}
	out, stderr, code = run(t, []string{"stories", "--format", "json", "--store", db}, false, false, "")
	if code != ExitOK {
		t.Fatalf("stories: exit %d: %s", code, stderr)
	}
	var ss struct {
		Stories []storyJSON `json:"stories"`
	}
	if err := json.Unmarshal([]byte(out), &ss); err != nil {
		t.Fatal(err)
	}
	if len(ss.Stories) != 50 {
		t.Errorf("got %d stories, want 50", len(ss.Stories))
	}
	for i, s := range ss.Stories {
		if testing.Short() && i%10 != 0 {
			continue
		}
		truth := generatedStory(s.Sources[0])
		for _, src := range s.Sources {
			if generatedStory(src) != truth {
				t.Errorf("story %s holds %s and %s", s.ID, s.Sources[0], src)
			}
		}
		out, stderr, code := run(t, []string{"compare", "--format", "json", "--store", db, "--story", s.ID}, false, false, "")
		if code != ExitOK {
			t.Fatalf("compare --story %s: exit %d: %s", s.ID, code, stderr)
		}
		var alone findingsJSON
		if err := json.Unmarshal([]byte(out), &alone); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range alone.Findings {
			got = append(got, f.Fingerprint)
		}
		want := byStory[truth]
		sort.Strings(got)
		sort.Strings(want)
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("story %s alone: got findings %v, want %v (as in the whole store)", s.ID, got, want)
		}
	}
	if testing.Short() {
		return
	}
	// Stories as the unit of work: two worker processes share the stories
	// (even and odd places in the list) and compare them against the one
	// store at the same time; together they give every finding of the
	// whole store, each once.
	bin := claimdiffBinary(t)
	var mu sync.Mutex
	var union []string
	var wg sync.WaitGroup
	for w := range 2 {
		wg.Go(func() {
			for i := w; i < len(ss.Stories); i += 2 {
				out, err := exec.Command(bin, "compare", "--format", "json", "--store", db, "--story", ss.Stories[i].ID).Output()
				if err != nil {
					t.Errorf("worker %d, story %s: %v", w, ss.Stories[i].ID, err)
					return
				}
				var part findingsJSON
				if err := json.Unmarshal(out, &part); err != nil {
					t.Errorf("worker %d: %v", w, err)
					return
				}
				mu.Lock()
				for _, f := range part.Findings {
					union = append(union, f.Fingerprint)
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	var all []string
	for _, f := range whole.Findings {
		all = append(all, f.Fingerprint)
	}
	sort.Strings(all)
	sort.Strings(union)
	if strings.Join(union, " ") != strings.Join(all, " ") {
		t.Errorf("two workers: got %d findings, want the whole store's %d", len(union), len(all))
	}
}

// TestStoryFlag: --story picks one story of a mixed folder, an unknown id
// is a usage error naming it, and stories lists both stories.
func TestStoryFlag(t *testing.T) {
	dir := t.TempDir()
	for _, story := range []string{"example", "quake"} {
		files, _ := filepath.Glob(filepath.Join("../../testdata", story, "*"))
		for _, f := range files {
			if strings.HasSuffix(f, ".json") || strings.HasSuffix(f, ".yaml") {
				continue
			}
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644)
		}
	}
	out, stderr, code := run(t, []string{"stories", "--format", "json", dir}, false, false, "")
	if code != ExitOK {
		t.Fatalf("stories: exit %d: %s", code, stderr)
	}
	var ss struct {
		Stories []storyJSON `json:"stories"`
	}
	if err := json.Unmarshal([]byte(out), &ss); err != nil {
		t.Fatal(err)
	}
	if len(ss.Stories) != 2 {
		t.Fatalf("got %d stories, want 2: %s", len(ss.Stories), out)
	}
	for _, c := range []struct {
		story string
		want  string // the golden of the story alone
	}{
		{ss.Stories[0].ID, "quake"},
		{ss.Stories[1].ID, "example"},
	} {
		got, _, code := run(t, []string{"compare", "--format", "json", "--story", c.story, dir}, false, false, "")
		alone, _, _ := run(t, []string{"compare", "--format", "json", filepath.Join("../../testdata", c.want)}, false, false, "")
		if code != ExitOK || fingerprints(t, got) != fingerprints(t, alone) {
			t.Errorf("--story %s: exit %d, findings %s; want those of %s alone, %s", c.story, code, fingerprints(t, got), c.want, fingerprints(t, alone))
		}
	}
	_, stderr, code = run(t, []string{"compare", "--story", "s0000000000", dir}, false, false, "")
	if code != ExitError || !strings.Contains(stderr, `--story "s0000000000": no such story`) {
		t.Errorf("unknown story: got exit %d, stderr %q; want %d and a message naming it", code, stderr, ExitError)
	}
}

func fingerprints(t *testing.T, out string) string {
	t.Helper()
	var fs findingsJSON
	if err := json.Unmarshal([]byte(out), &fs); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	var got []string
	for _, f := range fs.Findings {
		got = append(got, f.Fingerprint)
	}
	sort.Strings(got)
	return strings.Join(got, " ")
}

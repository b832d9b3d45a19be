package cli

import (
	"os"
	"path/filepath"
	"testing"
)

// TestStories runs compare over each bundled story in ../../testdata and
// compares the terminal table, the --explain view and the JSON with golden
// files: the real pipeline, end to end. Rewrite them with -update after a
// change to extraction or comparison, and read the diff.
func TestStories(t *testing.T) {
	dirs, _ := filepath.Glob("../../testdata/*")
	var stories []string
	for _, d := range dirs {
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			stories = append(stories, d)
		}
	}
	if len(stories) == 0 {
		t.Skip("no stories in ../../testdata")
	}
	t.Setenv("COLUMNS", "")
	for _, dir := range stories {
		name := filepath.Base(dir)
		for _, v := range []struct {
			suffix string
			args   []string
			tty    bool
		}{
			{"compare_tty", []string{"compare", dir}, true},
			{"compare_explain", []string{"compare", "--explain", dir}, false},
			{"compare_json", []string{"compare", "--format", "json", dir}, false},
		} {
			t.Run(name+"/"+v.suffix, func(t *testing.T) {
				stdout, stderr, code := run(t, v.args, v.tty, false, "")
				if code != ExitOK || stderr != "" {
					t.Errorf("got exit %d, stderr %q; want 0 and nothing", code, stderr)
				}
				if v.suffix == "compare_json" {
					checkJSON(t, stdout, false)
				}
				golden(t, "story_"+name+"_"+v.suffix+".golden", stdout)
			})
		}
	}
}

// TestStoreRoundTrip checks that compare reads the same findings from a
// claim store as from the files that were ingested into it.
func TestStoreRoundTrip(t *testing.T) {
	db := filepath.Join(t.TempDir(), "claims.db")
	if _, stderr, code := run(t, append([]string{"ingest", "--store", db}, ferry...), false, false, ""); code != ExitOK {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	fromFiles, _, _ := run(t, args("compare", "--format", "json"), false, false, "")
	fromStore, stderr, code := run(t, []string{"compare", "--format", "json", "--store", db}, false, false, "")
	if code != ExitOK {
		t.Fatalf("compare --store: exit %d: %s", code, stderr)
	}
	if fromStore != fromFiles {
		t.Errorf("compare --store: got\n%s\nwant (as from the files)\n%s", fromStore, fromFiles)
	}
}

package story_test

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/story"
	"github.com/claimdiff/claimdiff/internal/corpus"
	"github.com/claimdiff/claimdiff/sources"
)

// profilesOf loads the directories' articles together and profiles them;
// truth maps each source id to its directory.
func profilesOf(t *testing.T, dirs []string) ([]story.Profile, map[string]string) {
	t.Helper()
	var args []string
	for _, d := range dirs {
		fs, _ := filepath.Glob(filepath.Join(d, "*"))
		for _, f := range fs {
			switch strings.ToLower(filepath.Ext(f)) {
			case ".txt", ".md", ".html", ".htm":
				if !strings.HasPrefix(strings.ToLower(filepath.Base(f)), "readme") {
					args = append(args, f)
				}
			}
		}
	}
	docs, errs := sources.Load(args, nil, sources.Options{})
	if len(errs) > 0 {
		t.Fatalf("load: %v", errs)
	}
	cl := claims.ExtractAll(docs, claims.ExtractOptions{})
	by := map[string][]claims.Claim{}
	for _, c := range cl {
		by[c.Source] = append(by[c.Source], c)
	}
	truth := map[string]string{}
	var ps []story.Profile
	for _, d := range docs {
		ps = append(ps, story.NewProfile(d, by[d.ID]))
		truth[d.ID] = filepath.Base(filepath.Dir(d.Path))
	}
	return ps, truth
}

// checkPooled groups the pooled folders and wants one story a folder;
// merged lists folders known to come out as one story.
func checkPooled(t *testing.T, dirs []string, merged ...string) {
	ps, truth := profilesOf(t, dirs)
	got := story.GroupChosen(ps)
	for _, s := range got {
		t.Logf("%s %-50q %s..%s %v", s.ID, s.Label, s.From, s.To, s.Sources)
	}
	if want := len(dirs) - max(len(merged)-1, 0); len(got) != want {
		t.Errorf("got %d stories, want %d", len(got), want)
	}
	for _, s := range got {
		folders := map[string]bool{}
		for _, id := range s.Sources {
			folders[truth[id]] = true
		}
		if len(folders) != 1 {
			var fs []string
			for f := range folders {
				fs = append(fs, f)
			}
			sort.Strings(fs)
			if strings.Join(fs, " ") != strings.Join(merged, " ") {
				t.Errorf("story %s mixes folders %v", s.ID, fs)
			}
		}
	}
}

// TestPooledBundled pools the bundled stories: each folder is one story,
// but for the two stories of China's trade in 2023 (with Russia, with the
// EU), published in the same weeks, whose sources name the same country,
// ministries and year: they come out as one.
func TestPooledBundled(t *testing.T) {
	dirs := dirsUnder(t, "../../testdata")
	checkPooled(t, dirs, "eutrade", "trade")
}

// TestEachFolder groups each bundled story, each devset event and the seeds
// alone, as files named together (GroupChosen): each is one story, so compare, report and check over it behave
// as they did before stories.
func TestEachFolder(t *testing.T) {
	dirs := dirsUnder(t, "../../testdata")
	if _, err := os.Stat("../../../shared/devset"); err == nil {
		dirs = append(dirs, dirsUnder(t, "../../../shared/devset")...)
	}
	if _, err := os.Stat("../../../shared/seeds"); err == nil {
		dirs = append(dirs, "../../../shared/seeds")
	}
	for _, d := range dirs {
		t.Run(filepath.Base(d), func(t *testing.T) {
			ps, _ := profilesOf(t, []string{d})
			if got := story.GroupChosen(ps); len(got) != 1 {
				t.Errorf("got %d stories, want 1: %+v", len(got), got)
			}
		})
	}
}

// TestPooledDevset pools the devset's five events (../shared/devset,
// skipped when absent): five stories.
func TestPooledDevset(t *testing.T) {
	dirs := dirsUnder(t, "../../../shared/devset")
	checkPooled(t, dirs)
}

func dirsUnder(t *testing.T, root string) []string {
	t.Helper()
	ents, err := os.ReadDir(root)
	if err != nil {
		t.Skipf("no %s", root)
	}
	var dirs []string
	for _, e := range ents {
		if e.IsDir() {
			dirs = append(dirs, filepath.Join(root, e.Name()))
		}
	}
	return dirs
}

// generated profiles n generated articles (internal/corpus); truth maps
// each source id to its story.
func generated(t testing.TB, n int) ([]story.Profile, map[string]int) {
	arts := corpus.Generate(n, 1)
	docs := make([]*sources.Document, len(arts))
	truth := map[string]int{}
	for i, a := range arts {
		d, err := sources.Parse(a.ID+".txt", []byte(a.Text), sources.Options{Published: a.Published})
		if err != nil {
			t.Fatal(err)
		}
		d.ID = a.ID
		docs[i] = d
		truth[a.ID] = a.Story
	}
	cl := claims.ExtractAll(docs, claims.ExtractOptions{})
	by := map[string][]claims.Claim{}
	for _, c := range cl {
		by[c.Source] = append(by[c.Source], c)
	}
	ps := make([]story.Profile, len(docs))
	for i, d := range docs {
		ps[i] = story.NewProfile(d, by[d.ID])
	}
	return ps, truth
}

// TestGenerated groups a few hundred generated stories and measures the
// grouping against the generator's truth: purity (sources in a found story
// that belong to its main true story) and completeness (sources of a true
// story in its main found story).
func TestGenerated(t *testing.T) {
	n := 1998 // 333 stories of six articles; STORY_GEN_N=10000 for more
	if testing.Short() {
		n = 300
	}
	if v, err := strconv.Atoi(getenv("STORY_GEN_N")); err == nil {
		n = v
	}
	ps, truth := generated(t, n)
	got := story.Group(ps)
	found := map[string]string{}
	var pure int
	for _, s := range got {
		k := map[int]int{}
		best := 0
		for _, id := range s.Sources {
			found[id] = s.ID
			k[truth[id]]++
			best = max(best, k[truth[id]])
		}
		pure += best
	}
	byTrue := map[int]map[string]int{}
	for id, tr := range truth {
		if byTrue[tr] == nil {
			byTrue[tr] = map[string]int{}
		}
		byTrue[tr][found[id]]++
	}
	var complete int
	for _, m := range byTrue {
		best := 0
		for _, c := range m {
			best = max(best, c)
		}
		complete += best
	}
	purity, completeness := float64(pure)/float64(len(ps)), float64(complete)/float64(len(ps))
	t.Logf("%d sources, %d true stories, %d found; purity %.3f, completeness %.3f", len(ps), len(byTrue), len(got), purity, completeness)
	if purity < 0.97 || completeness < 0.97 {
		t.Errorf("got purity %.3f, completeness %.3f; want both at least 0.97", purity, completeness)
	}
}

func getenv(k string) string { return os.Getenv(k) }

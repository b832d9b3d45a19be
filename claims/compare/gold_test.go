package compare_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/internal/goldscore"
	"github.com/claimdiff/claimdiff/sources"
)

// floor is the least a corpus must score. The floors hold today; raise them
// as the engine improves so that a change that loses ground fails.
type floor struct {
	Recall, Precision float64 // extraction, on required gold claims / in-scope claims
	Flagged           int     // required disagreements flagged, at least
	Kept              int     // agreements not split, at least
	Unmatched         int     // conflicts matching no gold disagreement, at most
}

// goldFloors are keyed by corpus: a story folder of the repository's testdata, or "seeds".
var goldFloors = map[string]floor{
	"derna":    {Recall: 0.95, Precision: 0.95, Flagged: 1, Kept: 6, Unmatched: 1},
	"example":  {Recall: 0.90, Precision: 0.95, Flagged: 2, Kept: 8, Unmatched: 0},
	"et302":    {Recall: 0.95, Precision: 0.95, Flagged: 2, Kept: 4, Unmatched: 0},
	"eutrade":  {Recall: 0.95, Precision: 0.95, Flagged: 1, Kept: 4, Unmatched: 0},
	"quake":    {Recall: 0.95, Precision: 0.95, Flagged: 2, Kept: 9, Unmatched: 0},
	"trade":    {Recall: 0.90, Precision: 0.95, Flagged: 3, Kept: 13, Unmatched: 0},
	"ukvote":   {Recall: 0.95, Precision: 0.95, Flagged: 1, Kept: 8, Unmatched: 2},
	"wildfire": {Recall: 0.95, Precision: 0.95, Flagged: 2, Kept: 13, Unmatched: 0},
	// The two checks written by someone who did not read the engine, scored
	// as they stand (testdata/README.md has their first scores).
	"balasore":  {Recall: 0.90, Precision: 0.95, Flagged: 3, Kept: 14, Unmatched: 7},
	"sudanconf": {Recall: 0.85, Precision: 0.95, Flagged: 3, Kept: 10, Unmatched: 8},
	// A ferry sinking, written by a helper who did not read the engine and
	// scored once before any change (testdata/README.md has the first score).
	"sewol": {Recall: 0.88, Precision: 0.95, Flagged: 2, Kept: 16, Unmatched: 0},
	// the acceptance bar on the seeds: recall 0.95, precision 0.90,
	// all three gold disagreements, all nine agreements, at most 2 false alarms
	"seeds": {Recall: 0.95, Precision: 0.90, Flagged: 3, Kept: 9, Unmatched: 0},
}

// TestGold runs the real pipeline (sources.Load, Extract, Compare) on every
// bundled story and on the seeds, scores it against the gold file the way
// ../shared/eval/score.py does, logs the figures and checks the floors.
// `go test -run TestGold -v ./claims/compare/` prints every miss.
func TestGold(t *testing.T) {
	type corpus struct{ name, dir, gold string }
	var cases []corpus
	golds, err := filepath.Glob("../../testdata/*/gold.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range golds {
		dir := filepath.Dir(g)
		cases = append(cases, corpus{filepath.Base(dir), dir, g})
	}
	cases = append(cases, corpus{"seeds", "../../../shared/seeds", "../../../shared/eval/seeds.gold.json"})

	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data, err := os.ReadFile(c.gold)
			if os.IsNotExist(err) && c.name == "seeds" {
				t.Skip("../shared is absent")
			}
			if err != nil {
				t.Fatal(err)
			}
			gold, err := goldscore.ParseGold(data)
			if err != nil {
				t.Fatalf("%s: %v", c.gold, err)
			}
			x, cmp := runPipeline(t, c.dir)
			r := goldscore.Score(gold, x, &cmp)
			for _, l := range r.Lines() {
				t.Log(l)
			}
			f, ok := goldFloors[c.name]
			if !ok {
				t.Logf("no floors for %s: add it to goldFloors", c.name)
				return
			}
			checks := []struct {
				what      string
				got, want float64
				atMost    bool
			}{
				{"extraction recall", r.Recall, f.Recall, false},
				{"extraction precision", r.Precision, f.Precision, false},
				{"disagreements flagged", float64(r.Flagged), float64(f.Flagged), false},
				{"agreements kept", float64(r.Kept), float64(f.Kept), false},
				{"unmatched conflicts", float64(r.Unmatched), float64(f.Unmatched), true},
			}
			for _, ch := range checks {
				if (!ch.atMost && ch.got < ch.want) || (ch.atMost && ch.got > ch.want) {
					bound := "at least"
					if ch.atMost {
						bound = "at most"
					}
					t.Errorf("%s: got %v, want %s %v", ch.what, ch.got, bound, ch.want)
				}
			}
		})
	}
}

// TestGoldFiles checks every bundled gold file against the text the loader
// reads: each quote is in its source, each disagreement side and agreement
// pair names a claim of the gold.
func TestGoldFiles(t *testing.T) {
	golds, err := filepath.Glob("../../testdata/*/gold.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range golds {
		t.Run(filepath.Base(filepath.Dir(path)), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			g, err := goldscore.ParseGold(data)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			docs, errs := sources.Load([]string{filepath.Dir(path)}, strings.NewReader(""), sources.Options{})
			if len(errs) > 0 {
				t.Fatalf("load: %v", errs)
			}
			texts := map[string]string{}
			for _, d := range docs {
				texts[d.ID] = d.Text
			}
			for _, p := range g.Check(texts) {
				t.Errorf("%s: %s", path, p)
			}
			if len(docs) != len(g.Sources) {
				t.Errorf("%s: got %d sources in the folder, want %d (the gold's)", path, len(docs), len(g.Sources))
			}
		})
	}
}

// runPipeline reads a story folder as the CLI does and returns the extract
// and compare documents in the shapes of FORMAT.md.
func runPipeline(t *testing.T, dir string) (goldscore.Extract, goldscore.Compare) {
	t.Helper()
	docs, errs := sources.Load([]string{dir}, strings.NewReader(""), sources.Options{})
	if len(errs) > 0 {
		t.Fatalf("load %s: %v", dir, errs)
	}
	var all []claims.Claim
	for _, d := range docs {
		all = append(all, claims.Extract(d, claims.ExtractOptions{})...)
	}
	findings := compare.Compare(all, compare.Options{Tolerance: &compare.DefaultTolerance})
	return extractJSON(docs, compare.Resolve(all)), compareJSON(findings)
}

// extractJSON is the `extract --format json` document the scorer reads.
func extractJSON(docs []*sources.Document, cl []claims.Claim) goldscore.Extract {
	var x goldscore.Extract
	for _, d := range docs {
		x.Sources = append(x.Sources, goldscore.ExtractSource{ID: d.ID, Path: d.Path})
	}
	for _, c := range cl {
		x.Claims = append(x.Claims, goldscore.Claim{
			Source: c.Source, Kind: string(c.Kind), Value: c.Value.JSONValue(),
			Unit: c.Value.Unit, Text: c.Text, Start: c.Start, End: c.End,
		})
	}
	return x
}

// compareJSON is the `compare --format json` document the scorer reads.
func compareJSON(fs []compare.Finding) goldscore.Compare {
	var out goldscore.Compare
	for _, f := range fs {
		gf := goldscore.Finding{Kind: string(f.Kind), Subject: f.Subject, Status: string(f.Status)}
		for _, s := range f.Sides {
			gs := goldscore.Side{Value: s.Value.JSONValue(), Sources: s.Sources}
			for _, c := range s.Claims {
				gs.Claims = append(gs.Claims, goldscore.SideClaim{Source: c.Source, Value: c.Value.JSONValue()})
			}
			gf.Values = append(gf.Values, gs)
		}
		out.Findings = append(out.Findings, gf)
	}
	return out
}

// TestDevset runs the pipeline over the real coverage of ../shared/devset
// (five events, six articles each, gold made by hand by someone else) and
// checks the totals against the bar the grouping was rebuilt for: at least
// 19 of the 23 required disagreements flagged, every agreement kept, at
// most 6 conflicts that match no gold disagreement, extraction recall 0.92
// and precision 0.80. It skips without ../shared.
func TestDevset(t *testing.T) {
	golds, err := filepath.Glob("../../../shared/devset/*/gold.json")
	if err != nil || len(golds) == 0 {
		t.Skip("../shared/devset is absent")
	}
	var tot goldscore.Report
	for _, g := range golds {
		data, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		gold, err := goldscore.ParseGold(data)
		if err != nil {
			t.Fatalf("%s: %v", g, err)
		}
		x, cmp := runPipeline(t, filepath.Dir(g))
		r := goldscore.Score(gold, x, &cmp)
		t.Log(r.Summary())
		tot.Found += r.Found
		tot.Required += r.Required
		tot.Matched += r.Matched
		tot.InScope += r.InScope
		tot.Flagged += r.Flagged
		tot.Disagreements += r.Disagreements
		tot.Kept += r.Kept
		tot.Agreements += r.Agreements
		tot.Unmatched += r.Unmatched
	}
	recall := float64(tot.Found) / float64(max(tot.Required, 1))
	precision := float64(tot.Matched) / float64(max(tot.InScope, 1))
	t.Logf("devset total: recall %.2f (%d/%d) precision %.2f (%d/%d); flagged %d/%d; kept %d/%d; unmatched %d",
		recall, tot.Found, tot.Required, precision, tot.Matched, tot.InScope, tot.Flagged, tot.Disagreements, tot.Kept, tot.Agreements, tot.Unmatched)
	if tot.Flagged < 19 || tot.Kept < tot.Agreements || tot.Unmatched > 6 || recall < 0.92 || precision < 0.80 {
		t.Errorf("below the bar: flagged %d (want 19+), kept %d of %d, unmatched %d (want 6 at most), recall %.3f (0.92), precision %.3f (0.80)",
			tot.Flagged, tot.Kept, tot.Agreements, tot.Unmatched, recall, precision)
	}
}

// measureLabels are the measures' names that need not be read in the text
// (what "killed" and "aboard" are counted as).
var measureLabels = map[string]bool{"deaths": true, "injured": true, "survivors": true, "aboard": true,
	"missing": true, "displaced": true, "evacuated": true, "arrested": true, "detained": true, "people": true,
	"date": true, "of": true, "change": true, "amount": true, "percent": true, "affected": true, "aid": true,
	"damage": true, "trade": true, "exports": true, "imports": true, "deficit": true, "surplus": true,
	"casualties": true, "cases": true, "deployed": true, "workers": true, "residents": true, "votes": true,
	"total": true, "funding": true, "cost": true, "compensation": true, "passengers": true, "crew": true,
	"share": true, "turnout": true, "approval": true, "support": true, "territory": true, "interest": true,
	"inflation": true, "unemployment": true, "identified": true, "recovered": true,
	// units, as readers write them
	"km": true, "mph": true, "mm": true, "ft": true, "l": true, "m": true, "kg": true, "tonnes": true}

// TestLabels: every finding of the bundled stories is named, and its
// measure in words a reader knows: whole words of the story's sentences or
// a measure's name, never a stem such as "hous" or "femal".
func TestLabels(t *testing.T) {
	golds, err := filepath.Glob("../../testdata/*/gold.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range golds {
		dir := filepath.Dir(g)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			docs, errs := sources.Load([]string{dir}, strings.NewReader(""), sources.Options{})
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			cl := claims.ExtractAll(docs, claims.ExtractOptions{})
			words := map[string]bool{}
			for _, c := range cl {
				for _, w := range strings.FieldsFunc(strings.ToLower(c.Sentence), func(r rune) bool { return !unicode.IsLetter(r) }) {
					words[w] = true
				}
			}
			for _, f := range compare.Compare(cl, compare.Options{}) {
				if strings.TrimSpace(f.Subject) == "" || strings.TrimSpace(f.Metric) == "" {
					t.Errorf("a finding without a name: subject %q, metric %q", f.Subject, f.Metric)
					continue
				}
				for _, w := range strings.Fields(f.Metric) {
					if !measureLabels[w] && !words[w] {
						t.Errorf("%s / %s: %q is no word of its sentences nor a measure's name", f.Subject, f.Metric, w)
					}
				}
			}
		})
	}
}

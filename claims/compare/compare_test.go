package compare_test

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/sources"
)

// article is one source of a compare case: an id, a publication date
// ("" for none) and its text.
type article struct{ id, published, text string }

func compareArticles(t *testing.T, arts []article) []compare.Finding {
	t.Helper()
	var all []claims.Claim
	for _, a := range arts {
		var opt sources.Options
		if a.published != "" {
			p, err := time.Parse("2006-01-02", a.published)
			if err != nil {
				t.Fatal(err)
			}
			opt.Published = p
		}
		doc, err := sources.Parse(a.id+".txt", []byte(a.text+"\n"), opt)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, claims.Extract(doc, claims.ExtractOptions{})...)
	}
	return compare.Compare(all, compare.Options{})
}

// sideValues renders the sides of a finding, sorted, each as its
// claims' "source=value", sorted.
func sideValues(f compare.Finding) []string {
	var sides []string
	for _, s := range f.Sides {
		var vals []string
		for _, c := range s.Claims {
			vals = append(vals, fmt.Sprintf("%s=%v", c.Source, c.Value.JSONValue()))
		}
		sort.Strings(vals)
		sides = append(sides, strings.Join(vals, " "))
	}
	sort.Strings(sides)
	return sides
}

// describe renders a finding as "status metric: value[src src] | value[src]".
func describe(f compare.Finding) string {
	sides := sideValues(f)
	status := string(f.Status)
	if f.Evolving {
		status += " (rising)"
	}
	return fmt.Sprintf("%s %s: %s", status, f.Metric, strings.Join(sides, " | "))
}

func findMetric(fs []compare.Finding, metric string) []string {
	var out []string
	for _, f := range fs {
		if f.Metric == metric {
			out = append(out, describe(f))
		}
	}
	sort.Strings(out)
	return out
}

func TestCompare(t *testing.T) {
	crash := []article{
		{"a", "", "A passenger jet of Coastal Air crashed near Port Vale on 3 March 2024, killing 38 people. Officials said 29 were injured."},
		{"b", "", "The Coastal Air plane went down at Port Vale on March 3, 2024, and 39 people died in the crash."},
		{"c", "", "At least 38 people were killed when a Coastal Air airliner crashed at Port Vale in March 2024."},
	}
	for _, tc := range []struct {
		name   string
		arts   []article
		metric string
		want   []string
	}{
		{"38 and 39 dead disagree; at least 38 fits the larger side", crash, "deaths",
			[]string{"conflict deaths: a=38 c=38 | b=39"}},
		{"a day and its month agree", crash, "date",
			[]string{"agree date: a=2024-03-03 b=2024-03-03 c=2024-03"}},
		{"figures of two events in one article are two facts", []article{
			{"a", "", "The Coastal Air jet crashed at Port Vale, killing 38 people."},
			{"b", "", "The Coastal Air crash at Port Vale killed 39 people."},
			{"c", "", "In 1997, when a Korean Air jet flew into a hillside on Guam, 228 people died."},
		}, "deaths", []string{"conflict deaths: a=38 | b=39", "single deaths: c=228"}},
		{"a hedged amount agrees within the tolerance", []article{
			{"a", "", "Bilateral trade between Norland and Suvia reached about $3.7 billion in 2024."},
			{"b", "", "Trade between Norland and Suvia was $3.65 billion in 2024."},
		}, "trade", []string{"agree trade: a=3.7e+09 b=3.65e+09"}},
		{"exact amounts far apart disagree", []article{
			{"a", "", "Bilateral trade between Norland and Suvia reached $3.7 billion in 2024."},
			{"b", "", "Trade between Norland and Suvia reached $5bn in 2024."},
		}, "trade", []string{"conflict trade: a=3.7e+09 | b=5e+09"}},
		{"figures for other periods are other facts", []article{
			{"a", "", "Trade between Norland and Suvia reached $3.7 billion in 2023."},
			{"b", "", "Trade between Norland and Suvia reached $5bn in 2024."},
		}, "trade", []string{"single trade: a=3.7e+09", "single trade: b=5e+09"}},
		{"a target is not compared with a reported figure", []article{
			{"a", "", "Trade between Norland and Suvia reached $3.7 billion in 2024."},
			{"b", "", "Norland and Suvia hope to reach $8bn in trade between them."},
		}, "trade", []string{"single trade: a=3.7e+09", "single trade: b=8e+09"}},
		{"one amount in two currencies agrees", []article{
			{"a", "", "Trade between Norland and Suvia came to €2 billion in 2024."},
			{"b", "", "Trade between Norland and Suvia came to $2.2 billion in 2024."},
		}, "trade", []string{"agree trade: a=2e+09 b=2.2e+09"}},
		{"a rising toll from later sources is a conflict that says it rose", []article{
			{"a", "2023-02-07", "The earthquake in Marash province has killed 5,000 people, officials said."},
			{"b", "2023-02-20", "The earthquake in Marash province has killed 41,000 people."},
		}, "deaths", []string{"conflict (rising) deaths: a=5000 | b=41000"}},
		{"a falling toll from later sources stays a conflict", []article{
			{"a", "2023-02-20", "The earthquake in Marash province has killed 41,000 people."},
			{"b", "2023-02-27", "The earthquake in Marash province has killed 5,000 people."},
		}, "deaths", []string{"conflict deaths: a=41000 | b=5000"}},
		{"a date with no year conflicts on month and day", []article{
			{"a", "", "The Coastal Air jet crashed at Port Vale on 25 December 2024."},
			{"b", "", "The Coastal Air jet crashed at Port Vale on 25 December 2024, officials confirmed."},
			{"c", "", "The Coastal Air jet crashed at Port Vale on July 7."},
		}, "date", []string{"conflict date: a=2024-12-25 b=2024-12-25 | c=XXXX-07-07"}},
		{"one source's two dated events stay two facts", []article{
			{"a", "", "Storm Nara came ashore near Port Vale on 10 May 2024 and flooded the valley. Two dams above Port Vale burst on 11 May 2024 and flooded the valley."},
			{"b", "", "Two dams above Port Vale burst on 11 May 2024 and flooded the valley after Storm Nara."},
			{"c", "", "Two dams above Port Vale burst on 12 May 2024 after Storm Nara flooded the valley."},
		}, "date", []string{"conflict date: a=2024-05-11 b=2024-05-11 | c=2024-05-12", "single date: a=2024-05-10"}},
		{"the same weekday a week apart is two days, not a disagreement", []article{
			{"a", "2024-05-13", "Crowds marched through Port Vale on Sunday to protest against the new dam."},
			{"b", "2024-05-20", "Crowds marched through Port Vale on Sunday to protest against the new dam."},
		}, "date", []string{"single date: a=2024-05-12", "single date: b=2024-05-19"}},
		{"a bound is not the day of an event", []article{
			{"a", "", "Two dams above Port Vale burst on 11 May 2024 and flooded the valley. The two dams above Port Vale have been neglected since 2014 and the valley flooded."},
			{"b", "", "Two dams above Port Vale burst on 11 May 2024 and flooded the valley."},
		}, "date", []string{"agree date: a=2024-05-11 b=2024-05-11", "single date: a=2014"}},
		{"one source's dated event and a date without a year may still conflict", []article{
			{"a", "", "The Coastal Air jet crashed at Port Vale in December 2024. The July 7 crash of the Coastal Air jet at Port Vale shocked the region."},
			{"b", "", "The Coastal Air jet crashed at Port Vale on 25 December 2024."},
		}, "date", []string{"conflict date: a=2024-12 b=2024-12-25 | a=XXXX-07-07"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := findMetric(compareArticles(t, tc.arts), tc.metric)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestCompareFingerprintIgnoresPlace(t *testing.T) {
	a := []article{
		{"a", "", "The Coastal Air jet crashed at Port Vale, killing 38 people."},
		{"b", "", "The Coastal Air crash at Port Vale killed 39 people."},
	}
	moved := []article{a[0], {"b", "", "Some new opening paragraph.\n\nThe Coastal Air crash at Port Vale killed 39 people."}}
	changed := []article{a[0], {"b", "", "The Coastal Air crash at Port Vale killed 40 people."}}
	fp := func(arts []article) string {
		for _, f := range compareArticles(t, arts) {
			if f.Metric == "deaths" {
				return f.Fingerprint
			}
		}
		t.Fatal("no deaths finding")
		return ""
	}
	if got, want := fp(moved), fp(a); got != want {
		t.Errorf("moving a line changed the fingerprint: got %s, want %s", got, want)
	}
	if fp(changed) == fp(a) {
		t.Errorf("changing the figure kept the fingerprint %s", fp(a))
	}
}

func TestCompareOrder(t *testing.T) {
	fs := compareArticles(t, []article{
		{"a", "", "The Coastal Air jet crashed at Port Vale, killing 38 people. The airline's trade body reported revenue of $2 billion."},
		{"b", "", "The Coastal Air crash at Port Vale killed 39 people. Some 12 people were injured."},
		{"c", "", "The Coastal Air crash at Port Vale killed 38 people."},
	})
	if len(fs) == 0 || fs[0].Status != compare.Conflict || fs[0].Metric != "deaths" {
		t.Fatalf("got first finding %v, want the deaths conflict", fs)
	}
	rank := map[compare.Status]int{compare.Conflict: 0, compare.Agree: 1, compare.Single: 2}
	for i := 1; i < len(fs); i++ {
		if rank[fs[i].Status] < rank[fs[i-1].Status] {
			t.Errorf("finding %d (%s) after %s", i, fs[i].Status, fs[i-1].Status)
		}
	}
}

// TestCompareDeterministic runs the engine several times over the bundled
// stories: findings, their order, subjects and fingerprints must not move
// (maps are iterated in random order; nothing may depend on it).
func TestCompareDeterministic(t *testing.T) {
	files, err := filepath.Glob("../../testdata/*/*.*")
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, f := range files {
		if filepath.Ext(f) != ".json" && filepath.Base(f) != "README.md" {
			paths = append(paths, f)
		}
	}
	docs, errs := sources.Load(paths, nil, sources.Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	run := func() string {
		var all []claims.Claim
		for _, d := range docs {
			all = append(all, claims.Extract(d, claims.ExtractOptions{})...)
		}
		var b strings.Builder
		for _, f := range compare.Compare(all, compare.Options{}) {
			fmt.Fprintf(&b, "%s %s %s %v\n", f.Fingerprint, f.Subject, describe(f), f.Severity)
		}
		return b.String()
	}
	first := run()
	for i := 0; i < 4; i++ {
		if got := run(); got != first {
			t.Fatalf("run %d differs from the first:\n%s\nwant\n%s", i+2, got, first)
		}
	}
}

// FuzzCompare runs extraction and comparison over any pair of texts: no
// panic, and every claim lands in exactly one finding, on a side or among
// its superseded figures.
func FuzzCompare(f *testing.F) {
	f.Add("The crash killed 38 people on 25 December 2024.", "The crash killed 39 people on July 7.")
	f.Add("Trade reached $3.7 billion in 2024, up 2.5%.", "Last year, trade reached a $5bn, officials said on Monday.")
	f.Add("At least 55 died; the toll rose to 93, up from 80.", "Thirty-eight of the 67 people on board were killed.")
	f.Fuzz(func(t *testing.T, a, b string) {
		var all []claims.Claim
		for i, text := range []string{a, b} {
			doc, err := sources.Parse(fmt.Sprintf("s%d.txt", i), []byte(text), sources.Options{})
			if err != nil {
				continue
			}
			all = append(all, claims.Extract(doc, claims.ExtractOptions{})...)
		}
		seen := 0
		for _, f := range compare.Compare(all, compare.Options{}) {
			if len(f.Sides) == 0 && len(f.Superseded) == 0 {
				t.Fatalf("finding %s has no claims", f.Fingerprint)
			}
			seen += len(f.Claims()) + len(f.Superseded)
		}
		if seen != len(all) {
			t.Fatalf("got %d claims in findings, want %d", seen, len(all))
		}
	})
}

package compare_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/claims/mention"
)

// claim builds a count claim directly: the grouping rules are pinned here
// without extraction in between.
func claim(src string, n float64, metric string, mod func(*claims.Claim)) claims.Claim {
	c := claims.Claim{Source: src, Kind: mention.KindCount, Metric: metric,
		Value: mention.NewNumber(n, "", mention.Exact, 0), Text: fmt.Sprint(n), Sentence: src + " " + metric}
	if mod != nil {
		mod(&c)
	}
	return c
}

func money(src string, n float64, metric string, mod func(*claims.Claim)) claims.Claim {
	c := claim(src, 0, metric, mod)
	c.Kind, c.Value = mention.KindMoney, mention.NewNumber(n, "USD", mention.Exact, 0)
	return c
}

func day(src string, y, m, d int, mod func(*claims.Claim)) claims.Claim {
	dt := mention.Date{Year: y, Month: m, Day: d}
	lo, hi := dt.Interval()
	c := claims.Claim{Source: src, Kind: mention.KindDate, Metric: "date", Text: dt.String(),
		Value: mention.Value{Low: lo, High: hi, Date: &dt}, Sentence: src + " date"}
	if mod != nil {
		mod(&c)
	}
	return c
}

func place(p string) func(*claims.Claim) {
	return func(c *claims.Claim) { c.Scope = claims.Scope{Kind: claims.ScopePlace, Name: p} }
}

func happening(h string) func(*claims.Claim) {
	return func(c *claims.Claim) {
		c.Happening = h
		c.Scope = claims.Scope{Kind: claims.ScopeHappening, Name: h}
	}
}

func concept(k string) func(*claims.Claim) {
	return func(c *claims.Claim) { c.Concept = k }
}

func partner(p string) func(*claims.Claim) {
	return func(c *claims.Claim) { c.Scope = claims.Scope{Kind: claims.ScopePartner, Name: p} }
}

// facts renders findings as "status measure[scope]: src=value ... | ...",
// sorted, single-source facts included.
func facts(fs []compare.Finding) []string {
	var out []string
	for _, f := range fs {
		sides := sideValues(f)
		scope := ""
		if f.Scope != "" {
			scope = "[" + f.Scope + "]"
		}
		out = append(out, fmt.Sprintf("%s %s%s: %s", f.Status, f.Metric, scope, strings.Join(sides, " | ")))
	}
	sort.Strings(out)
	return out
}

// TestFrames pins the rule that makes claims one fact: the same event,
// measure, scope and period, with the joins for claims whose own phrase
// leaves a slot empty.
func TestFrames(t *testing.T) {
	for _, tc := range []struct {
		name string
		cl   []claims.Claim
		want []string
	}{
		{"one measure of one event is one fact, whatever the words around it", []claims.Claim{
			claim("a", 38, "deaths", nil), claim("b", 39, "deaths", nil), claim("c", 38, "deaths", nil),
		}, []string{"conflict deaths: a=38 c=38 | b=39"}},
		{"a value never chooses its group: two measures stay apart", []claims.Claim{
			claim("a", 38, "deaths", nil), claim("b", 38, "injured", nil),
		}, []string{"single deaths: a=38", "single injured: b=38"}},
		{"deaths in a place are a part, not a rival to the toll", []claims.Claim{
			claim("a", 64, "deaths", nil), claim("a", 11, "deaths", place("Florida")),
			claim("b", 69, "deaths", nil), claim("b", 13, "deaths", place("Florida")),
		}, []string{"conflict deaths: a=64 | b=69", "conflict deaths[in Florida]: a=11 | b=13"}},
		{"a place no source sets beside the whole is the event's own", []claims.Claim{
			claim("a", 179, "deaths", place("South Korea")), claim("b", 180, "deaths", nil),
		}, []string{"conflict deaths[in South Korea]: a=179 | b=180"}},
		{"generic words of a place meet: Al Haouz and the Al Haouz province", []claims.Claim{
			claim("a", 1293, "deaths", place("Al Haouz")), claim("b", 1591, "deaths", place("Al Haouz province")),
			claim("a", 2012, "deaths", nil), claim("b", 2681, "deaths", nil),
		}, []string{"conflict deaths: a=2012 | b=2681", "conflict deaths[in Al Haouz]: a=1293 | b=1591"}},
		{"a background event bound by name is another fact", []claims.Claim{
			claim("a", 165, "deaths", nil),
			claim("a", 1200, "deaths", func(c *claims.Claim) { c.Event = "Hurricane Katrina"; c.Value.Qualifier = mention.AtLeast }),
		}, []string{"single deaths: a=1200", "single deaths: a=165"}},
		{"a figure its sentence dates years from the story is another event's", []claims.Claim{
			day("a", 2024, 12, 29, nil), claim("a", 179, "deaths", nil),
			claim("b", 228, "deaths", func(c *claims.Claim) { c.EventYear = 1997 }),
		}, []string{"single date: a=2024-12-29", "single deaths: a=179", "single deaths: b=228"}},
		{"figures for two periods are two facts; one with none joins the story's", []claims.Claim{
			money("a", 240.1e9, "trade", func(c *claims.Claim) { c.Period = "2023" }),
			money("b", 190.27e9, "trade", func(c *claims.Claim) { c.Period = "2022" }),
			money("c", 240e9, "trade", nil),
			money("d", 240.1e9, "trade", func(c *claims.Claim) { c.Period = "2023" }),
		}, []string{"agree trade: a=2.401e+11 c=2.4e+11 d=2.401e+11", "single trade: b=1.9027e+11"}},
		{"a target is not set against a reported figure", []claims.Claim{
			money("a", 3.7e9, "trade", nil), money("b", 8e9, "trade", func(c *claims.Claim) { c.Target = true }),
		}, []string{"single trade: a=3.7e+09", "single trade: b=8e+09"}},
		{"a superseded figure is kept with its fact, never a side", []claims.Claim{
			claim("a", 97, "deaths", nil), claim("a", 115, "deaths", func(c *claims.Claim) { c.Superseded = true }),
			claim("b", 97, "deaths", nil),
		}, []string{"agree deaths: a=97 b=97"}},
		{"counts that say only 'people' never conflict", []claims.Claim{
			claim("a", 500000, "people", nil), claim("a", 2000000, "people", nil),
		}, []string{"single people: a=2e+06", "single people: a=500000"}},
		{"an amount that names no measure takes its event's only one", []claims.Claim{
			money("a", 160e9, "damage", nil), money("b", 145e9, "damage", nil), money("b", 160e9, "amount", nil),
		}, []string{"conflict damage: a=1.6e+11 b=1.6e+11 | b=1.45e+11"}},
		{"a party's unnamed sum takes the measure of its other sums", []claims.Claim{
			money("a", 244e6, "aid", partner("Germany")), money("b", 224e6, "amount", partner("Germany")),
			money("c", 50e9, "trade", partner("Germany")), money("c", 60e9, "amount", partner("France")),
		}, []string{"conflict aid[with Germany]: a=2.44e+08 | b=2.24e+08", "single amount[with France]: c=6e+10", "single trade[with Germany]: c=5e+10"}},
		{"a train story's accident is its crash, whichever word a source uses", []claims.Claim{
			day("a", 2023, 6, 2, concept("rail")), day("b", 2023, 6, 2, concept("rail")),
			day("c", 2023, 6, 3, concept("crash")),
		}, []string{"conflict date: a=2023-06-02 b=2023-06-02 | c=2023-06-03"}},
		{"a date of what the story counts dates the event", []claims.Claim{
			money("a", 2e9, "aid", nil), money("b", 2.1e9, "aid", nil),
			day("a", 2024, 4, 15, nil),
			day("b", 2024, 4, 16, happening("pledged in Paris")),
			day("b", 2024, 3, 2, happening("visited the camps")),
		}, []string{"agree aid: a=2e+09 b=2.1e+09", "conflict date: a=2024-04-15 | b=2024-04-16", "single date[visited the camps]: b=2024-03-02"}},
		{"a part only its sentence names is a fact of its own, and says so", []claims.Claim{
			claim("a", 2681, "deaths", nil), claim("b", 2681, "deaths", nil),
			claim("a", 2530, "deaths", func(c *claims.Claim) { c.Scope = claims.Scope{Kind: claims.ScopeSubgroup, Name: claims.UnnamedPart} }),
			claim("b", 1900, "deaths", func(c *claims.Claim) { c.Scope = claims.Scope{Kind: claims.ScopeSubgroup, Name: claims.UnnamedPart} }),
		}, []string{"agree deaths: a=2681 b=2681", "single deaths[part]: a=2530", "single deaths[part]: b=1900"}},
		{"one source's two days of one event are two happenings", []claims.Claim{
			day("a", 2024, 5, 10, nil), day("a", 2024, 5, 11, nil), day("b", 2024, 5, 11, nil),
		}, []string{"agree date: a=2024-05-11 b=2024-05-11", "single date[another day]: a=2024-05-10"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := facts(compare.Compare(tc.cl, compare.Options{}))
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestRisingTotal: a running total whose values rise with their sources'
// publication dates is a conflict that says so; one that falls is not.
func TestRisingTotal(t *testing.T) {
	pub := func(d string) func(*claims.Claim) { return func(c *claims.Claim) { c.Published = d } }
	fs := compare.Compare([]claims.Claim{
		claim("a", 5000, "deaths", pub("2023-02-07")), claim("b", 41000, "deaths", pub("2023-02-20")),
		claim("a", 29, "injured", pub("2023-02-07")), claim("b", 20, "injured", pub("2023-02-20")),
	}, compare.Options{})
	rising := map[string]bool{}
	for _, f := range fs {
		if f.Status != compare.Conflict {
			t.Errorf("%s: got %s, want conflict", f.Metric, f.Status)
		}
		rising[f.Metric] = f.Evolving
	}
	if !rising["deaths"] || rising["injured"] {
		t.Errorf("got rising %v, want deaths rising (5,000 then 41,000) and injured not (29 then 20)", rising)
	}
}

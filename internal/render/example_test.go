package render_test

import (
	"os"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/internal/render"
)

// Two sources disagree on a death toll; piped output is one tab-separated
// row per fact, and --explain adds the evidence with a word diff.
func ExampleFindings() {
	a := claims.Claim{Source: "north-star", Path: "north-star.txt", Line: 4, Kind: mention.KindCount, Metric: "deaths",
		Value: mention.NewNumber(9, "", mention.Exact, 0), Text: "nine", Sentence: "The landslide killed nine people."}
	b := claims.Claim{Source: "valley-news", Path: "valley-news.txt", Line: 2, Kind: mention.KindCount, Metric: "deaths",
		Value: mention.NewNumber(11, "", mention.Exact, 0), Text: "11", Sentence: "The landslide killed 11 people."}
	f := compare.Finding{Kind: mention.KindCount, Metric: "deaths", Subject: "landslide", Status: compare.Conflict, Severity: 0.2,
		Sides: []compare.Side{
			{Value: a.Value, Sources: []string{a.Source}, Claims: []claims.Claim{a}},
			{Value: b.Value, Sources: []string{b.Source}, Claims: []claims.Claim{b}},
		},
		Sources: []string{a.Source, b.Source}}
	render.Findings(os.Stdout, render.FindingSet{Findings: []compare.Finding{f}}, render.Options{Explain: true})
	// Output:
	// conflict	landslide	deaths	9 — north-star | 11 — valley-news
	//
	// Conflict 1 of 1: deaths — landslide
	//   9 — north-star
	//     north-star.txt:4  “The landslide killed nine people.”
	//   11 — valley-news
	//     valley-news.txt:2  “The landslide killed 11 people.”
	//   closest sentences: north-star.txt:4 vs valley-news.txt:2
	//     The landslide killed [-nine-] {+11+} people.
}

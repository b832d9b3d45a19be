package check_test

import (
	"os"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/internal/check"
)

// A new article gives 14 deaths where the repository's articles give 12.
// Compare stands in for the engine here; by default Run calls compare.Compare.
func ExampleRun() {
	old := claims.Claim{Source: "001", Path: "articles/001.txt", Kind: mention.KindCount, Metric: "deaths",
		Value: mention.NewNumber(12, "", mention.Exact, 0), Text: "12", Line: 5, Col: 22, Sentence: "The landslide killed 12 people."}
	fresh := claims.Claim{Source: "005", Path: "articles/005.txt", Kind: mention.KindCount, Metric: "deaths",
		Value: mention.NewNumber(14, "", mention.Exact, 0), Text: "14", Line: 7, Col: 31, Sentence: "It killed 14 people."}
	engine := func(cl []claims.Claim) []compare.Finding {
		if len(cl) < 2 {
			return nil
		}
		return []compare.Finding{{Fingerprint: "26b85dc0323d2a9b", Kind: mention.KindCount, Metric: "deaths", Subject: "Kallen landslide", Status: compare.Conflict,
			Sides: []compare.Side{
				{Value: old.Value, Sources: []string{"001"}, Claims: []claims.Claim{old}},
				{Value: fresh.Value, Sources: []string{"005"}, Claims: []claims.Claim{fresh}},
			}}}
	}
	in := check.Inputs{Before: []claims.Claim{old}, After: []claims.Claim{old, fresh}, Changed: []string{"articles/005.txt"}}
	res := check.Run(in, check.Options{FailOn: check.LevelConflict, Engine: engine})
	check.Write(os.Stdout, check.FormatText, res)
	check.Write(os.Stdout, check.FormatGitHub, res)
	// Output:
	// articles/005.txt:7:31: conflict: deaths (Kallen landslide): 005 says 14, but 12 in 001
	// ::error file=articles/005.txt,line=7,col=31,title=claimdiff conflict%3A deaths (Kallen landslide)::deaths (Kallen landslide): 005 says 14, but 12 in 001%0A12 in 001 (articles/001.txt:5): “The landslide killed 12 people.”%0A14 in 005 (articles/005.txt:7): “It killed 14 people.”%0Afingerprint 26b85dc0323d2a9b
}

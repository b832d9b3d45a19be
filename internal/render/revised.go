package render

import (
	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/internal/history"
	"github.com/claimdiff/claimdiff/internal/worddiff"
)

// A fact a source revised (its earlier revision gave another value: see
// history.Revisions) says so under its values, "revised by gazette: 38 →
// 41"; its earlier figures are not listed one by one, and --explain shows
// the sentence before and after.

// revisedLines are the "revised by" lines of a fact.
func revisedLines(f compare.Finding, ids map[string]string) []string {
	var out []string
	for _, r := range history.Revisions(f) {
		out = append(out, "revised by "+shortID(ids, r.Source)+": "+r.Values())
	}
	return out
}

// revisedSources are the sources that revised their figure on a fact.
func revisedSources(f compare.Finding) map[string]bool {
	out := map[string]bool{}
	for _, s := range history.RevisedBy(f) {
		out[s] = true
	}
	return out
}

// revision is one "revised by" of --explain: the source's last earlier
// sentence and its current one, and their word diff.
type revision struct {
	r      history.Revised
	before quote
	after  quote
	diffs  []worddiff.Chunk
}

func revisionsOf(f compare.Finding) []revision {
	var out []revision
	for _, r := range history.Revisions(f) {
		last := r.From[len(r.From)-1]
		rv := revision{r: r, before: newQuote(last), after: newQuote(r.To)}
		rv.diffs, _ = wordDiff(rv.before.sentence, rv.after.sentence)
		out = append(out, rv)
	}
	return out
}

// earlierNote is how a claim of an earlier revision is marked: "revision
// of 2025-03-02T12:00:00Z".
func earlierNote(c claims.Claim) string {
	if c.Earlier == "" {
		return ""
	}
	return "revision of " + c.Earlier
}

type revisedJSON struct {
	Source string   `json:"source"` // the source that changed its figure
	Values []string `json:"values"` // its values, oldest first; the last is its figure now
}

func newRevisedJSON(f compare.Finding) []revisedJSON {
	var out []revisedJSON
	for _, r := range history.Revisions(f) {
		rj := revisedJSON{Source: r.Source}
		for _, c := range r.From {
			rj.Values = append(rj.Values, c.Value.String())
		}
		rj.Values = append(rj.Values, r.To.Value.String())
		out = append(out, rj)
	}
	return out
}

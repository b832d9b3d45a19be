// Package history follows a source through its stored revisions: between
// each revision and the next, which figures changed (38 → 41 deaths, with
// the word diff of their sentence), which were removed or added, and how
// much of the rest of the text changed.
//
//	h := history.Build("harbour-gazette", revs) // revs oldest first
//	for _, s := range h.Steps {
//		for _, c := range s.Changes {
//			fmt.Println(c.Op, c.Old, c.New)
//		}
//	}
//
// Two claims of consecutive revisions are one figure when they measure the
// same thing (kind and metric) and their sentences share most of their
// words (pair.go holds the rule).
//
// The package also carries revisions into comparison: a Trail gives
// compare the earlier figures (claims.Claim.Earlier set) and places each
// on the fact of the figure it became, and Revisions tells which sources
// revised their figure on a fact: what compare, report and check show as
// "revised by <source>".
package history

// Package compare groups claims from several sources into facts and says
// for each whether the sources agree: a Finding, its claims put on Sides of
// mutually compatible values (mention.Compatible), with a Status (conflict,
// agree, single), a severity and a fingerprint that leaves out
// line numbers.
//
// Basic use:
//
//	cl := claims.ExtractAll(docs, claims.ExtractOptions{})
//	findings := compare.Compare(cl, compare.Options{})
//	for _, f := range findings {
//		fmt.Println(f.Status, f.Metric, f.Subject, len(f.Sides))
//	}
package compare

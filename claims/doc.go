// Package claims reads each figure and date that package mention finds in
// its sentence and makes it a Claim: what it measures, what it is about,
// whose figure it is, the period it covers and whether it is a target or a
// superseded figure. It also compares claims from several sources.
//
// Basic use:
//
//	doc, _ := sources.Parse("a.txt", data, sources.Options{})
//	cl := claims.Extract(doc, claims.ExtractOptions{})
//	findings := claims.Compare(cl, claims.CompareOptions{})
package claims

// Package claims reads each figure and date that package mention finds in
// its sentence and makes it a Claim: what it measures, what it is about,
// whose figure it is, the period it covers and whether it is a target or a
// superseded figure. Comparing claims from several sources is package
// compare's work.
//
// Basic use:
//
//	doc, _ := sources.Parse("a.txt", data, sources.Options{})
//	cl := claims.Extract(doc, claims.ExtractOptions{})
//	for _, c := range cl {
//		fmt.Println(c.Position(), c.Metric, c.Value) // a.txt:3:14 deaths at least 38
//	}
package claims

// Package claims reads each figure and date that package mention finds in
// its sentence and makes it a Claim: what it measures, what it is about,
// whose figure it is, the period it covers and whether it is a target or a
// superseded figure. Comparing claims from several sources is package
// compare's work.
//
// The words it reads figures by are data: the files of words/ (metric cues,
// event concepts, people nouns, target and attribution words ...) and
// data/ (countries, regions), embedded and read by package wordlist at
// their first use (words.go). Adding a word is a line in a file.
//
// Basic use:
//
//	doc, _ := sources.Parse("a.txt", data, sources.Options{})
//	cl := claims.Extract(doc, claims.ExtractOptions{})
//	for _, c := range cl {
//		fmt.Println(c.Position(), c.Metric, c.Value) // a.txt:3:14 deaths at least 38
//	}
package claims

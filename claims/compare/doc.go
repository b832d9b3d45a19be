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
//
// An archive of many stories is compared story by story, on all the
// processors, each story's findings handed over in order as they are ready:
//
//	err := compare.CompareStories(groups, compare.Options{}, func(i int, fs []compare.Finding) error {
//		return print(w, fs)
//	})
package compare

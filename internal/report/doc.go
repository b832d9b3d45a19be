// Package report renders claimdiff's findings as a GitHub-flavoured Markdown
// report that a person can read and publish: a summary, the disagreements
// most serious first with their evidence and a word diff, a timeline of the
// dated events, an inventory of the sources, the agreed facts and a method
// note.
//
// Every piece of text that comes from an article (sentences, titles, paths,
// subjects) goes through Text or HTML first, so an article cannot break the
// report's tables or inject links, images or HTML into it.
//
//	err := report.Write(w, report.Input{Docs: docs, Claims: cl, Findings: fs},
//		report.Options{Tolerance: compare.DefaultTolerance, MaxBytes: 1 << 20})
package report

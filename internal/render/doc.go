// Package render prints claims and findings: a bordered table on a terminal,
// plain tab-separated rows when piped, JSON, JSON lines and Markdown. Each
// format is a small function over the same data and an io.Writer, picked by
// one switch.
//
// Basic use:
//
//	set := render.FindingSet{Sources: render.SourcesOf(docs), Findings: compare.Compare(cl, opt)}
//	err := render.Findings(os.Stdout, set, render.Options{Format: render.Table, TTY: true})
package render

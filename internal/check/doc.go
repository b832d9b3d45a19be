// Package check is the CI side of claimdiff: it finds the findings that a new
// or changed source brings to a repository of sources, sets aside those a
// reviewed baseline file accepts, and renders the rest as text, JSON, SARIF,
// GitHub workflow commands or a Markdown job summary.
//
// A finding is new when one of its claims is new (a new or changed source
// makes it, and did not before the change) and the repository before the
// change had no finding with its line-independent fingerprint, nor a
// disagreement of the same kind and metric between the same values. Basic
// use:
//
//	in := check.Inputs{Before: old, After: now, Changed: []string{"articles/005.txt"}}
//	res := check.Run(in, check.Options{FailOn: check.LevelConflict, Baseline: bl})
//	check.Write(os.Stdout, check.FormatGitHub, res)
//	if res.Failed() { os.Exit(1) }
package check

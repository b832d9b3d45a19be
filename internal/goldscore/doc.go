// Package goldscore scores claimdiff's JSON output against a gold file, the
// way ../shared/eval/score.py does, so that Go tests can measure the real
// pipeline without a Python step.
//
// It reads the JSON documents themselves (gold, extract and compare output in
// the shapes of FORMAT.md), not claimdiff's internal types, so a change in
// those types cannot change what a score means.
//
// Basic use:
//
//	g, _ := goldscore.ParseGold(goldJSON)
//	x, _ := goldscore.ParseExtract(extractJSON)
//	c, _ := goldscore.ParseCompare(compareJSON)
//	r := goldscore.Score(g, x, &c)
//	fmt.Println(r.Summary())
package goldscore

// Package corpus generates synthetic news articles for benchmarks.
//
// The articles are made up from templates: stories about a plane crash, an
// earthquake, a flood, a mine collapse or a trade deal, each told by several
// outlets with varied wording (digits or words, "$3.7 billion" or
// "$3.7bn", "6 percent" or "6%"), qualifiers ("at least", "about"), dates
// in several orders, things that look like figures but are not (flight
// numbers, aircraft models, clock times, ages), and now and then a figure
// that disagrees with the other articles of the same story. Each article is
// 2-4 KB and holds about twenty claims. The same (n, seed) always gives the
// same articles.
//
// Basic use:
//
//	for _, a := range corpus.Generate(10000, 1) {
//		doc, err := sources.Parse(a.ID+".txt", []byte(a.Text), sources.Options{})
//		...
//	}
package corpus

package claims

import (
	"runtime"
	"sync"

	"github.com/claimdiff/claimdiff/sources"
)

// ExtractAll returns the claims of every document, document by document in
// the order given, as Extract would one after the other. The documents are
// read on all the processors: each is independent of the others, and
// Extract gives the same claims whatever ran before or beside it.
func ExtractAll(docs []*sources.Document, opt ExtractOptions) []Claim {
	per := make([][]Claim, len(docs))
	workers := min(runtime.GOMAXPROCS(0), len(docs))
	if workers <= 1 {
		for i, d := range docs {
			per[i] = Extract(d, opt)
		}
	} else {
		next := make(chan int)
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				for i := range next {
					per[i] = Extract(docs[i], opt)
				}
			})
		}
		for i := range docs {
			next <- i
		}
		close(next)
		wg.Wait()
	}
	n := 0
	for _, cl := range per {
		n += len(cl)
	}
	out := make([]Claim, 0, n)
	for _, cl := range per {
		out = append(out, cl...)
	}
	return out
}

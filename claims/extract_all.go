package claims

import (
	"context"
	"runtime"
	"sync"

	"github.com/claimdiff/claimdiff/sources"
)

// ExtractAll returns the claims of every document, document by document in
// the order given, as Extract would one after the other. The documents are
// read on all the processors: each is independent of the others, and
// Extract gives the same claims whatever ran before or beside it.
func ExtractAll(docs []*sources.Document, opt ExtractOptions) []Claim {
	cl, _ := ExtractAllContext(context.Background(), docs, opt, nil)
	return cl
}

// ExtractAllContext is ExtractAll that stops once ctx is cancelled,
// returning its error, and calls progress, when not nil, after each
// document with the number done (from one goroutine at a time, in
// increasing order).
func ExtractAllContext(ctx context.Context, docs []*sources.Document, opt ExtractOptions, progress func(done int)) ([]Claim, error) {
	per := make([][]Claim, len(docs))
	var mu sync.Mutex
	done := 0
	finished := func() {
		if progress == nil {
			return
		}
		mu.Lock()
		done++
		progress(done)
		mu.Unlock()
	}
	workers := min(runtime.GOMAXPROCS(0), len(docs))
	if workers <= 1 {
		for i, d := range docs {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			per[i] = Extract(d, opt)
			finished()
		}
	} else {
		next := make(chan int)
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				for i := range next {
					per[i] = Extract(docs[i], opt)
					finished()
				}
			})
		}
	send:
		for i := range docs {
			select {
			case next <- i:
			case <-ctx.Done():
				break send
			}
		}
		close(next)
		wg.Wait()
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	n := 0
	for _, cl := range per {
		n += len(cl)
	}
	out := make([]Claim, 0, n)
	for _, cl := range per {
		out = append(out, cl...)
	}
	return out, nil
}

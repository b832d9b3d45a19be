package store

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/sources"
)

// Summary counts what an ingest or import did.
type Summary struct {
	Sources   int               // sources stored or found unchanged
	New       int               // sources that were not stored
	Changed   int               // sources stored again with new content (a new revision)
	Unchanged int               // sources stored already with the same content
	Claims    int               // claims written
	Errs      sources.ErrorList // inputs skipped: a second source with an id already given
}

func (s *Summary) add(o Outcome, claims int) {
	s.Sources++
	switch o {
	case New:
		s.New++
	case Changed:
		s.Changed++
	default:
		s.Unchanged++
		return
	}
	s.Claims += claims
}

// String is the one-line summary: "ingested 5 sources (3 new, 1 changed, 1 unchanged), 48 claims".
func (s Summary) String() string {
	return fmt.Sprintf("%s (%d new, %d changed, %d unchanged), %s", plural(s.Sources, "source"), s.New, s.Changed, s.Unchanged, plural(s.Claims, "claim"))
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// Extractor gives the claims of one document.
type Extractor func(*sources.Document) []claims.Claim

// Ingest extracts and stores docs, each source in its own transaction.
// Extraction runs on every CPU while one writer stores the results; a source
// whose content is stored already is not extracted again. progress, when not
// nil, is called after each source with the number done.
//
// Two documents with one id in the same run are an input error: the second
// is skipped and reported in Summary.Errs. A store error stops the run; what
// was stored before it stays stored.
func Ingest(ctx context.Context, st Store, docs []*sources.Document, extract Extractor, progress func(done int)) (Summary, error) {
	var sum Summary
	seen := make(map[string]*sources.Document, len(docs))
	var todo []*sources.Document
	for _, d := range docs {
		if first, ok := seen[d.ID]; ok {
			if first.Hash != d.Hash {
				sum.Errs = append(sum.Errs, &sources.FileError{Path: d.Path,
					Err: fmt.Errorf("source id %q is also the id of %s; rename one of them", d.ID, first.Path)})
			}
			continue
		}
		seen[d.ID] = d
		todo = append(todo, d)
	}

	type result struct {
		doc    *sources.Document
		claims []claims.Claim
		same   bool // stored already with this content
		err    error
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan *sources.Document)
	results := make(chan result)
	var wg sync.WaitGroup
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range jobs {
				r := result{doc: d}
				h, err := st.Hash(ctx, d.ID)
				switch {
				case err != nil:
					r.err = err
				case h == d.Hash:
					r.same = true
				default:
					r.claims = extract(d)
				}
				select {
				case results <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for _, d := range todo {
			select {
			case jobs <- d:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()

	done := 0
	for r := range results {
		if r.err != nil {
			cancel()
			return sum, r.err
		}
		if r.same {
			sum.add(Unchanged, 0)
		} else {
			o, err := st.Put(ctx, r.doc, r.claims)
			if err != nil {
				cancel()
				return sum, err
			}
			sum.add(o, len(r.claims))
		}
		done++
		if progress != nil {
			progress(done)
		}
	}
	return sum, ctx.Err()
}

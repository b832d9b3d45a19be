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
	Sources     int               // sources stored or found unchanged
	New         int               // sources that were not stored
	Changed     int               // sources stored again with new content (a new revision)
	Unchanged   int               // sources stored already with the same content, by this extractor
	Reextracted int               // sources stored already with the same content, extracted again
	Claims      int               // claims written
	Errs        sources.ErrorList // inputs skipped: a second source with an id already given
}

func (s *Summary) add(o Outcome, claims int) {
	s.Sources++
	switch o {
	case New:
		s.New++
	case Changed:
		s.Changed++
	case Reextracted:
		s.Reextracted++
	default:
		s.Unchanged++
		return
	}
	s.Claims += claims
}

// String is the one-line summary: "5 sources (3 new, 1 changed, 1
// unchanged), 48 claims", with ", 2 re-extracted" after "unchanged" when
// some were.
func (s Summary) String() string {
	re := ""
	if s.Reextracted > 0 {
		re = fmt.Sprintf(", %d re-extracted", s.Reextracted)
	}
	return fmt.Sprintf("%s (%d new, %d changed, %d unchanged%s), %s", plural(s.Sources, "source"), s.New, s.Changed, s.Unchanged, re, plural(s.Claims, "claim"))
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
// whose content is stored already, with claims of this extractor
// (claims.ExtractorStamp), is not extracted again; one whose claims another
// extractor made is (Reextracted). progress, when not nil, is called after
// each source with the number done.
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

	// One query for what is stored already, so that unchanged sources are
	// not extracted again. Put checks again inside its transaction.
	stored, err := st.Current(ctx)
	if err != nil {
		return sum, err
	}
	extractor := claims.ExtractorStamp()
	type result struct {
		doc    *sources.Document
		claims []claims.Claim
		same   bool // stored already with this content
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	jobs := make(chan *sources.Document)
	results := make(chan result)
	var extractors sync.WaitGroup
	for range max(1, runtime.GOMAXPROCS(0)) {
		extractors.Go(func() {
			for d := range jobs {
				r := result{doc: d, same: stored[d.ID] == Stored{Hash: d.Hash, Extractor: extractor}}
				if !r.same {
					r.claims = extract(d)
				}
				select {
				case results <- r:
				case <-ctx.Done():
					return
				}
			}
		})
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
	go func() { extractors.Wait(); close(results) }()

	// Writers: one for SQLite, which has one writer at a time anyway; more
	// for a server, whose commits wait on the network and the disk.
	var mu sync.Mutex
	done := 0
	var writers sync.WaitGroup
	for range writersOf(st) {
		writers.Go(func() {
			for r := range results {
				o, n := Unchanged, 0
				if !r.same {
					var err error
					if o, err = st.Put(ctx, r.doc, r.claims); err != nil {
						cancel(err)
						return
					}
					n = len(r.claims)
				}
				mu.Lock()
				sum.add(o, n)
				done++
				if progress != nil {
					progress(done)
				}
				mu.Unlock()
			}
		})
	}
	writers.Wait()
	if err := context.Cause(ctx); err != nil {
		return sum, err
	}
	return sum, nil
}

func writersOf(st Store) int {
	if s, ok := st.(*sqlStore); ok {
		return s.d.writers()
	}
	return 1
}

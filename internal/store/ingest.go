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

// Ingest extracts and stores docs. Extraction runs on every CPU while
// writers store the results: on a server, each source in its own
// transaction; on SQLite, the one writer stores the sources extracted
// while it stored the ones before in one transaction (up to maxBatch),
// placing each in its story in turn, as it would one at a time. A source
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
	results := make(chan result, maxBatch)
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
	// for a server, whose commits wait on the network and the disk. The
	// SQLite writer stores the results waiting for it together (putBatch).
	var mu sync.Mutex
	done := 0
	record := func(rs []result, outs []Outcome) {
		mu.Lock()
		defer mu.Unlock()
		for i, r := range rs {
			n := 0
			if !r.same {
				n = len(r.claims)
			}
			sum.add(outs[i], n)
			done++
			if progress != nil {
				progress(done)
			}
		}
	}
	// put stores rs, in one transaction when the store can: when that
	// fails, one at a time, so that those before the one that fails are
	// stored, and the error is its own
	put := func(rs []result) error {
		outs := make([]Outcome, len(rs))
		var at []int // rs's positions of docs
		var docs []*sources.Document
		var cls [][]claims.Claim
		for i, r := range rs {
			outs[i] = Unchanged
			if !r.same {
				at, docs, cls = append(at, i), append(docs, r.doc), append(cls, r.claims)
			}
		}
		if b, ok := st.(*sqlStore); ok && len(docs) > 1 {
			if os, err := b.putBatch(ctx, docs, cls); err == nil {
				for j, o := range os {
					outs[at[j]] = o
				}
				record(rs, outs)
				return nil
			}
		}
		for j, d := range docs {
			o, err := st.Put(ctx, d, cls[j])
			if err != nil {
				record(rs[:at[j]], outs[:at[j]])
				return err
			}
			outs[at[j]] = o
		}
		record(rs, outs)
		return nil
	}
	batch := batchOf(st)
	var writers sync.WaitGroup
	for range writersOf(st) {
		writers.Go(func() {
			for r := range results {
				rs := []result{r}
			more:
				for len(rs) < batch {
					select {
					case r, ok := <-results:
						if !ok {
							break more
						}
						rs = append(rs, r)
					default:
						break more
					}
				}
				if err := put(rs); err != nil {
					cancel(err)
					return
				}
			}
		})
	}
	writers.Wait()
	if err := context.Cause(ctx); err != nil {
		return sum, err
	}
	return sum, nil
}

// maxBatch is how many sources the SQLite writer stores in one
// transaction at most: those extracted while it stored the ones before.
const maxBatch = 64

// batchOf is how many sources one transaction of st's writers stores at
// most: one on a server, whose writers run side by side and take the
// lock of each source they store.
func batchOf(st Store) int {
	if writersOf(st) == 1 {
		return maxBatch
	}
	return 1
}

func writersOf(st Store) int {
	if s, ok := st.(*sqlStore); ok {
		return s.d.writers()
	}
	return 1
}

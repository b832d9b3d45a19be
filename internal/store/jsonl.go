package store

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/claimdiff/claimdiff/sources"
)

// The JSON Lines form of a store: one line per source, sorted by id, each a
// record with every revision (oldest first, the last current) holding its
// document, text included, and its claims. Fields are written in a fixed
// order, so an export of the same store is byte-identical and a git diff
// of two exports shows the sources that changed. Keys are lower case with
// underscores (keys.go).

type recordJSON struct {
	ID        string         `json:"id"`
	Revisions []revisionJSON `json:"revisions"`
}

type revisionJSON struct {
	Revision  int            `json:"revision"`
	Ingested  string         `json:"ingested"`
	Extractor string         `json:"extractor,omitempty"`
	Document  *plainDocument `json:"document"`
	Claims    []claimJSON    `json:"claims"`
}

// MarshalJSON writes the record in its export form.
func (r Record) MarshalJSON() ([]byte, error) {
	out := recordJSON{ID: r.ID, Revisions: make([]revisionJSON, len(r.Revisions))}
	for i, rev := range r.Revisions {
		d := plainDocument(*rev.Document)
		cl := make([]claimJSON, len(rev.Claims))
		for j, c := range rev.Claims {
			cl[j] = toClaimJSON(c)
		}
		out.Revisions[i] = revisionJSON{Revision: rev.Revision, Ingested: formatTime(rev.Ingested), Extractor: rev.Extractor, Document: &d, Claims: cl}
	}
	b, err := json.Marshal(out)
	if err != nil {
		return nil, err
	}
	return renameKeys(b, snakeKey), nil
}

// UnmarshalJSON reads the export form.
func (r *Record) UnmarshalJSON(b []byte) error {
	var in recordJSON
	dec := json.NewDecoder(bytes.NewReader(renameKeys(b, goKey)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		return err
	}
	r.ID = in.ID
	r.Revisions = make([]Revision, len(in.Revisions))
	for i, rev := range in.Revisions {
		if rev.Document == nil {
			return fmt.Errorf("revision %d has no document", rev.Revision)
		}
		t, err := parseTime(rev.Ingested)
		if err != nil {
			return fmt.Errorf("revision %d: ingested: %w", rev.Revision, err)
		}
		d := sources.Document(*rev.Document)
		out := Revision{Revision: rev.Revision, Ingested: t, Document: &d, Extractor: rev.Extractor}
		for _, c := range rev.Claims {
			out.Claims = append(out.Claims, c.claim())
		}
		r.Revisions[i] = out
	}
	return nil
}

// Export writes the selected sources as JSON Lines.
func Export(ctx context.Context, st Store, f Filter, w io.Writer) (n int, err error) {
	bw := bufio.NewWriter(w)
	err = st.Records(ctx, f, func(r Record) error {
		b, err := json.Marshal(r)
		if err != nil {
			return fmt.Errorf("export %s: %w", r.ID, err)
		}
		bw.Write(b)
		n++
		return bw.WriteByte('\n')
	})
	if err != nil {
		return n, err
	}
	return n, bw.Flush()
}

// Import reads JSON Lines written by Export from r (named name in messages)
// and stores each record in its own transaction. Importing what the store
// holds already changes nothing. A line that cannot be read is reported in
// Summary.Errs as name:line and skipped; a store error stops the import.
func Import(ctx context.Context, st Store, r io.Reader, name string) (Summary, error) {
	var sum Summary
	br := bufio.NewReaderSize(r, 1<<20)
	// Lines are read in batches, decoded on every CPU (decoding is most of
	// the work) and stored in file order.
	type line struct {
		n    int
		data []byte
		rec  Record
		err  error
	}
	const batchSize = 64
	workers := max(1, runtime.GOMAXPROCS(0))
	n := 0
	for {
		var batch []line
		var readErr error
		for len(batch) < batchSize {
			b, err := br.ReadBytes('\n')
			n++
			if len(bytes.TrimSpace(b)) > 0 {
				batch = append(batch, line{n: n, data: b})
			}
			if err != nil {
				readErr = err
				break
			}
		}
		var wg sync.WaitGroup
		for w := range workers {
			wg.Go(func() {
				for i := w; i < len(batch); i += workers {
					l := &batch[i]
					if l.err = json.Unmarshal(l.data, &l.rec); l.err == nil {
						l.err = l.rec.check()
					}
					l.data = nil
				}
			})
		}
		wg.Wait()
		for _, l := range batch {
			if l.err != nil {
				sum.Errs = append(sum.Errs, &sources.FileError{Path: name, Line: l.n, Err: l.err})
				continue
			}
			o, err := st.PutRecord(ctx, l.rec)
			if err != nil {
				return sum, err
			}
			sum.add(o, len(l.rec.Revisions[len(l.rec.Revisions)-1].Claims))
		}
		if errors.Is(readErr, io.EOF) {
			return sum, nil
		}
		if readErr != nil {
			return sum, fmt.Errorf("read %s: %w", name, readErr)
		}
	}
}

package store

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/internal/corpus"
	"github.com/claimdiff/claimdiff/sources"
)

// benchSources is how many generated sources the benchmarks ingest.
const benchSources = 10000

var (
	benchOnce   sync.Once
	benchDocs   []*sources.Document
	benchClaims [][]claims.Claim
)

// benchCorpus parses and extracts the generated sources once: stories of
// several articles each (internal/corpus), so compare finds facts to group.
func benchCorpus(b *testing.B) ([]*sources.Document, [][]claims.Claim) {
	benchOnce.Do(func() {
		for _, a := range corpus.Generate(benchSources, 42) {
			d, err := sources.Parse("gen/"+a.ID+".txt", []byte(a.Text), sources.Options{Published: a.Published})
			if err != nil {
				b.Fatal(err)
			}
			benchDocs = append(benchDocs, d)
			benchClaims = append(benchClaims, claims.Extract(d, claims.ExtractOptions{}))
		}
	})
	return benchDocs, benchClaims
}

func countClaims(cl [][]claims.Claim) int {
	n := 0
	for _, c := range cl {
		n += len(c)
	}
	return n
}

func benchLocation(b *testing.B, be backend) string {
	if be.name == "sqlite" {
		return filepath.Join(b.TempDir(), "claims.db")
	}
	return be.location(b)
}

// BenchmarkIngest is `claimdiff ingest` of 10,000 sources into an empty
// store: extraction on every CPU and one writer, a transaction per source.
func BenchmarkIngest(b *testing.B) {
	docs, cl := benchCorpus(b)
	extract := func(d *sources.Document) []claims.Claim { return claims.Extract(d, claims.ExtractOptions{}) }
	benchWrites(b, cl, func(st Store) error {
		_, err := Ingest(context.Background(), st, docs, extract, nil)
		return err
	})
}

// BenchmarkPut is the store's part alone: the claims extracted beforehand.
func BenchmarkPut(b *testing.B) {
	docs, cl := benchCorpus(b)
	benchWrites(b, cl, func(st Store) error {
		for i, d := range docs {
			if _, err := st.Put(context.Background(), d, cl[i]); err != nil {
				return err
			}
		}
		return nil
	})
}

// benchWrites times write into a new, empty store of each backend, and
// reports the sources and claims written per second.
func benchWrites(b *testing.B, cl [][]claims.Claim, write func(Store) error) {
	for _, be := range backends {
		b.Run(be.name, func(b *testing.B) {
			var elapsed time.Duration
			for range b.N {
				b.StopTimer()
				st, err := Open(context.Background(), benchLocation(b, be), Options{Create: true})
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				t0 := time.Now()
				if err := write(st); err != nil {
					b.Fatal(err)
				}
				elapsed += time.Since(t0)
				b.StopTimer()
				st.Close()
			}
			b.ReportMetric(float64(b.N*len(cl))/elapsed.Seconds(), "sources/s")
			b.ReportMetric(float64(b.N*countClaims(cl))/elapsed.Seconds(), "claims/s")
		})
	}
}

// BenchmarkCompareStore is `compare --store` on the 10,000-source store:
// loading every document and claim, then comparing them.
func BenchmarkCompareStore(b *testing.B) {
	docs, cl := benchCorpus(b)
	for _, be := range backends {
		b.Run(be.name, func(b *testing.B) {
			st, err := Open(context.Background(), benchLocation(b, be), Options{Create: true})
			if err != nil {
				b.Fatal(err)
			}
			defer st.Close()
			for i, d := range docs {
				if _, err := st.Put(context.Background(), d, cl[i]); err != nil {
					b.Fatal(err)
				}
			}
			var load time.Duration
			b.ResetTimer()
			for range b.N {
				t0 := time.Now()
				_, all, err := st.Load(context.Background(), Filter{})
				if err != nil {
					b.Fatal(err)
				}
				load += time.Since(t0)
				compare.Compare(all, compare.Options{})
			}
			b.ReportMetric(load.Seconds()/float64(b.N), "load-s/op")
		})
	}
}

// BenchmarkLoad is reading every stored document and claim back, on a store
// of 2,000 generated sources.
func BenchmarkLoad(b *testing.B) {
	docs, cl := benchCorpus(b)
	docs, cl = docs[:2000], cl[:2000]
	for _, be := range backends {
		b.Run(be.name, func(b *testing.B) {
			st, err := Open(context.Background(), benchLocation(b, be), Options{Create: true})
			if err != nil {
				b.Fatal(err)
			}
			defer st.Close()
			for i, d := range docs {
				if _, err := st.Put(context.Background(), d, cl[i]); err != nil {
					b.Fatal(err)
				}
			}
			b.ResetTimer()
			for range b.N {
				if _, _, err := st.Load(context.Background(), Filter{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N*len(docs))/b.Elapsed().Seconds(), "sources/s")
		})
	}
}

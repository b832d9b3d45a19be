package compare_test

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/compare"
	"github.com/claimdiff/claimdiff/internal/corpus"
	"github.com/claimdiff/claimdiff/sources"
)

// benchClaims extracts n generated sources once.
func benchClaims(b *testing.B, n int) []claims.Claim {
	b.Helper()
	var all []claims.Claim
	for _, a := range corpus.Generate(n, 1) {
		doc, err := sources.Parse(a.ID+".txt", []byte(a.Text), sources.Options{})
		if err != nil {
			b.Fatal(err)
		}
		all = append(all, claims.Extract(doc, claims.ExtractOptions{})...)
	}
	return all
}

// BenchmarkCompare measures grouping and comparing the claims of 1,000 and
// 10,000 generated sources; claims/op tells the size, and the two sizes show
// how the time grows with the number of sources.
func BenchmarkCompare(b *testing.B) {
	for _, n := range benchSizes {
		cl := benchClaims(b, n)
		b.Run(itoa(n)+"-sources", func(b *testing.B) {
			b.ReportAllocs()
			b.ReportMetric(float64(len(cl)), "claims/op")
			for b.Loop() {
				compare.Compare(cl, compare.Options{})
			}
		})
	}
}

func itoa(n int) string {
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}

// benchSizes are the numbers of sources BenchmarkCompare runs with.
var benchSizes = []int{1000, 10000}

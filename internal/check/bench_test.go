package check

import (
	"fmt"
	"io"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/compare"
)

// benchFindings are n conflicts between an old source and the new one.
func benchFindings(n int) []compare.Finding {
	out := make([]compare.Finding, n)
	for i := range out {
		out[i] = finding(compare.Conflict, fmt.Sprintf("metric %d", i),
			side(claim("001", i+1, 1, float64(i), "x", "An old sentence with a figure in it.")),
			side(claim("005", i+1, 1, float64(i+1), "y", "A new sentence with another figure in it.")))
	}
	return out
}

func BenchmarkRun(b *testing.B) {
	all := benchFindings(1000)
	in := Inputs{Before: []claims.Claim{{Source: "before"}}, After: []claims.Claim{{Source: "after"}},
		Changed: []string{"/repo/articles/005.txt"}, Root: "/repo"}
	compare := func(cl []claims.Claim) []compare.Finding {
		if cl[0].Source == "before" {
			return nil
		}
		return all
	}
	b.ReportAllocs()
	for b.Loop() {
		Run(in, Options{FailOn: LevelConflict, Engine: compare})
	}
}

func BenchmarkWrite(b *testing.B) {
	in := Inputs{Before: []claims.Claim{{Source: "before"}}, After: []claims.Claim{{Source: "after"}},
		Changed: []string{"/repo/articles/005.txt"}, Root: "/repo"}
	all := benchFindings(1000)
	res := Run(in, Options{Engine: func(cl []claims.Claim) []compare.Finding {
		if cl[0].Source == "before" {
			return nil
		}
		return all
	}})
	for _, f := range []Format{FormatText, FormatJSON, FormatSARIF, FormatGitHub, FormatSummary, FormatCodeQuality} {
		b.Run(string(f), func(b *testing.B) {
			var n countWriter
			if err := Write(&n, f, res); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				if err := Write(io.Discard, f, res); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

type countWriter int

func (c *countWriter) Write(p []byte) (int, error) {
	*c += countWriter(len(p))
	return len(p), nil
}

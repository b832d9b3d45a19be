package report

import (
	"io"
	"testing"

	"github.com/claimdiff/claimdiff/claims/compare"
)

// BenchmarkWrite renders a report of 600 facts (200 conflicts with their
// evidence and word diffs); bytes/s is report bytes written.
func BenchmarkWrite(b *testing.B) {
	in := bigInput(200)
	opt := Options{Tolerance: compare.DefaultTolerance}
	n := len(renderB(b, in, opt))
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		if err := Write(io.Discard, in, opt); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteFolded is the same report folded to a quarter of its size.
func BenchmarkWriteFolded(b *testing.B) {
	in := bigInput(200)
	opt := Options{Tolerance: compare.DefaultTolerance}
	opt.MaxBytes = len(renderB(b, in, opt)) / 4
	b.SetBytes(int64(opt.MaxBytes))
	b.ResetTimer()
	for b.Loop() {
		if err := Write(io.Discard, in, opt); err != nil {
			b.Fatal(err)
		}
	}
}

func renderB(b *testing.B, in Input, opt Options) string {
	var w stringsWriter
	if err := Write(&w, in, opt); err != nil {
		b.Fatal(err)
	}
	return string(w)
}

type stringsWriter []byte

func (w *stringsWriter) Write(p []byte) (int, error) { *w = append(*w, p...); return len(p), nil }

package claims

import (
	"testing"

	"github.com/claimdiff/claimdiff/internal/corpus"
)

// benchCorpus is 200 generated articles (about 450 KB).
func benchCorpus() ([]string, int64) {
	var texts []string
	var n int64
	for _, a := range corpus.Generate(200, 1) {
		texts = append(texts, a.Text)
		n += int64(len(a.Text))
	}
	return texts, n
}

// BenchmarkFindMentions measures every recogniser with overlap resolution,
// in bytes of article text per second on one goroutine.
func BenchmarkFindMentions(b *testing.B) {
	texts, n := benchCorpus()
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			FindMentions(t, RecognizeOptions{})
		}
	}
}

// BenchmarkNumberRecognizer measures the number, money and percent
// recogniser alone.
func BenchmarkNumberRecognizer(b *testing.B) {
	texts, n := benchCorpus()
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			(numberRecognizer{}).Recognize(t, RecognizeOptions{})
		}
	}
}

// BenchmarkQualify measures the qualifier reader over found mentions.
func BenchmarkQualify(b *testing.B) {
	texts, n := benchCorpus()
	ms := make([][]Mention, len(texts))
	for i, t := range texts {
		ms[i] = FindMentions(t, RecognizeOptions{})
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for i, t := range texts {
			Qualify(t, ms[i])
		}
	}
}

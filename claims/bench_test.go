package claims

import (
	"strings"
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

// BenchmarkFindMentionsBlocks is BenchmarkFindMentions one paragraph at a
// time, as extraction calls it: the cost per call shows here.
func BenchmarkFindMentionsBlocks(b *testing.B) {
	texts, n := benchCorpus()
	var blocks []string
	for _, t := range texts {
		blocks = append(blocks, strings.Split(t, "\n\n")...)
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range blocks {
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

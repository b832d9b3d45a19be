package mention

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/internal/corpus"
	"github.com/claimdiff/claimdiff/internal/cputime"
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
	benchBlocks(b, blocks, n)
}

// BenchmarkFindMentionsNews is BenchmarkFindMentionsBlocks over the
// paragraphs of news articles (corpus.GenerateNews): most hold no figure
// nor date, as in real reporting, so the cost of finding nothing shows here.
func BenchmarkFindMentionsNews(b *testing.B) {
	blocks, n := newsBlocks()
	benchBlocks(b, blocks, n)
}

// newsBlocks returns the paragraphs of 200 news articles and their size.
func newsBlocks() ([]string, int64) { return corpus.NewsParagraphs(200, 1) }

// BenchmarkFindAnchorsNews measures the prescan of FindMentions alone, on
// the paragraphs of news.
func BenchmarkFindAnchorsNews(b *testing.B) {
	blocks, n := newsBlocks()
	cputime.Loop(b, n, func() {
		for _, t := range blocks {
			findAnchors(t)
		}
	})
}

// benchBlocks runs FindMentions over blocks, which hold n bytes, and
// reports the throughput per CPU second too, steadier on a busy machine.
func benchBlocks(b *testing.B, blocks []string, n int64) {
	cputime.Loop(b, n, func() {
		for _, t := range blocks {
			FindMentions(t, RecognizeOptions{})
		}
	})
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

package claims

import (
	"testing"

	"github.com/claimdiff/claimdiff/internal/corpus"
)

// newsBlocks returns the paragraphs of 200 news articles and their size.
func newsBlocks() ([]string, int64) { return corpus.NewsParagraphs(200, 1) }

// BenchmarkScanNews measures the tokeniser of claim reading (vocab.scan)
// over the paragraphs of news, its words known from earlier runs.
func BenchmarkScanNews(b *testing.B) {
	blocks, n := newsBlocks()
	v := getVocab()
	defer v.release()
	b.SetBytes(n)
	for b.Loop() {
		for _, t := range blocks {
			for range v.scan(t) {
			}
		}
	}
}

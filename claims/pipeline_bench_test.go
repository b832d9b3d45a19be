package claims_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/corpus"
	"github.com/claimdiff/claimdiff/internal/cputime"
	"github.com/claimdiff/claimdiff/sources"
)

// benchCorpora are the corpora of BenchmarkExtract and BenchmarkClaims.
//
// "news" is articles with the density of figures of real reporting (one
// claim every 700 bytes or so, as in the seed articles); "dense" is the same
// stories with nothing but figures (one claim every 110 bytes), the worst
// case, where reading claims in context costs most.
//
// "seeds" is the five real articles of ../shared/seeds, when they are at
// hand, each read 40 times over.
func benchCorpora() []benchCorpus {
	out := []benchCorpus{
		{"news", corpus.GenerateNews(200, 1)},
		{"dense", corpus.Generate(200, 1)},
	}
	files, _ := filepath.Glob("../../shared/seeds/*.txt")
	var seeds []corpus.Article
	for range 40 {
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				continue
			}
			seeds = append(seeds, corpus.Article{ID: strings.TrimSuffix(filepath.Base(f), ".txt"), Text: string(data)})
		}
	}
	if len(seeds) > 0 {
		out = append(out, benchCorpus{"seeds", seeds})
	}
	return out
}

type benchCorpus struct {
	name string
	arts []corpus.Article
}

// parseArticles reads generated articles as documents, and their size.
func parseArticles(tb testing.TB, arts []corpus.Article) ([]*sources.Document, int64) {
	tb.Helper()
	docs := make([]*sources.Document, len(arts))
	var n int64
	for i, a := range arts {
		d, err := sources.Parse(a.ID+".txt", []byte(a.Text), sources.Options{})
		if err != nil {
			tb.Fatal(err)
		}
		docs[i] = d
		n += int64(len(a.Text))
	}
	return docs, n
}

// BenchmarkExtract measures the whole extraction of one article on one
// goroutine: reading it (sources.Parse), finding every expression and
// reading the claims in context. Run with -cpu 1 for the per-core figure.
func BenchmarkExtract(b *testing.B) {
	for _, c := range benchCorpora() {
		b.Run(c.name, func(b *testing.B) {
			var n int64
			files := make([][]byte, len(c.arts)) // as read from disk
			for i, a := range c.arts {
				n += int64(len(a.Text))
				files[i] = []byte(a.Text)
			}
			cputime.Loop(b, n, func() {
				for i, a := range c.arts {
					doc, err := sources.Parse(a.ID+".txt", files[i], sources.Options{})
					if err != nil {
						b.Fatal(err)
					}
					claims.Extract(doc, claims.ExtractOptions{})
				}
			})
		})
	}
}

// BenchmarkClaims measures claims.Extract alone, on documents read already:
// BenchmarkExtract without sources.Parse.
func BenchmarkClaims(b *testing.B) {
	for _, c := range benchCorpora() {
		b.Run(c.name, func(b *testing.B) {
			docs, n := parseArticles(b, c.arts)
			cputime.Loop(b, n, func() {
				for _, d := range docs {
					claims.Extract(d, claims.ExtractOptions{})
				}
			})
		})
	}
}

// TestNewsCorpusDensity keeps BenchmarkExtract/news honest: its articles
// must carry figures about as densely as real reporting does, measured on
// the seed articles when they are at hand (one claim every 700 bytes or so).
func TestNewsCorpusDensity(t *testing.T) {
	perClaim := func(docs []*sources.Document) float64 {
		var n, c int
		for _, d := range docs {
			n += len(d.Text)
			c += len(claims.Extract(d, claims.ExtractOptions{}))
		}
		return float64(n) / float64(c)
	}
	gen, _ := parseArticles(t, corpus.GenerateNews(100, 1))
	want := 700.0
	if seeds, errs := sources.Load([]string{"../../shared/seeds"}, nil, sources.Options{}); len(errs) == 0 && len(seeds) > 0 {
		want = perClaim(seeds)
	}
	got := perClaim(gen)
	t.Logf("bytes per claim: generated news %.0f, real news %.0f", got, want)
	if got < 0.8*want || got > 1.25*want {
		t.Errorf("generated news has a claim every %.0f bytes, real news every %.0f", got, want)
	}
}

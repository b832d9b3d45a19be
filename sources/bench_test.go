package sources

import (
	"bytes"
	"testing"

	"github.com/claimdiff/claimdiff/internal/cputime"
)

// BenchmarkParse measures text and Markdown parsing: blocks, furniture,
// metadata and sentences.
func BenchmarkParse(b *testing.B) {
	corpus := benchCorpus(b)
	// One large file of each kind made of the corpus repeated: the text
	// as it is; the Markdown with front matter, and each article's first
	// line made a "#" heading.
	var txt, md bytes.Buffer
	md.WriteString("---\ntitle: Benchmark\npublished: 2025-07-15\n---\n\n")
	for txt.Len() < 1<<20 {
		for _, c := range corpus {
			txt.Write(c)
			txt.WriteString("\n\n")
			md.WriteString("# ")
			md.Write(c)
			md.WriteString("\n\n")
		}
	}
	for _, in := range []struct {
		name, path string
		data       []byte
	}{
		{"text", "a.txt", txt.Bytes()},
		{"markdown", "a.md", md.Bytes()},
	} {
		b.Run(in.name, func(b *testing.B) {
			cputime.Loop(b, int64(len(in.data)), func() {
				if _, err := Parse(in.path, in.data, Options{}); err != nil {
					b.Fatal(err)
				}
			})
		})
	}
}

// BenchmarkParseHTML measures the article extraction of one page.
func BenchmarkParseHTML(b *testing.B) {
	data := readFixture(b, "bridge.html")
	cputime.Loop(b, int64(len(data)), func() {
		if _, err := Parse("a.html", data, Options{}); err != nil {
			b.Fatal(err)
		}
	})
}

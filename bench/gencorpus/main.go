// Command gencorpus writes generated news articles (internal/corpus) as
// files, for the benchmarks of bench/scale.sh: one Markdown file an
// article, with its title, outlet and publication date in front matter.
//
//	go run ./bench/gencorpus -n 10000 -stories 300 -o /tmp/corpus-10k
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/claimdiff/claimdiff/internal/corpus"
)

func main() {
	n := flag.Int("n", 1000, "number of articles")
	stories := flag.Int("stories", 300, "number of stories they tell")
	seed := flag.Int64("seed", 1, "random seed: the same seed gives the same articles")
	dir := flag.String("o", "", "directory to write into (made if missing)")
	flag.Parse()
	if *dir == "" {
		fmt.Fprintln(os.Stderr, "gencorpus: -o DIR is required")
		os.Exit(2)
	}
	if err := write(*dir, corpus.GenerateStories(*n, *stories, *seed)); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}

func write(dir string, arts []corpus.Article) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, a := range arts {
		text := fmt.Sprintf("---\ntitle: %q\noutlet: %q\npublished: %s\n---\n\n%s",
			a.Title, a.Outlet, a.Published.Format("2006-01-02"), a.Text)
		if err := os.WriteFile(filepath.Join(dir, a.ID+".md"), []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

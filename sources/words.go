package sources

import (
	"embed"

	"github.com/claimdiff/claimdiff/internal/wordlist"
)

// The word lists of package sources, one file each in words/: page
// furniture (furniture.go) and the abbreviations and sentence starters of
// the sentence splitter (sentences.go). Each file says in its comments what
// its words do.
//
//go:embed words
var wordFiles embed.FS

// wordLists are the files of words/.
var wordLists = wordlist.Register("sources", wordFiles)

// setOf makes a set of words.
func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

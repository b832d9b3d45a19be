package mention

import (
	"embed"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/internal/wordlist"
)

// The word lists of package mention, one file each in words/; each file
// says in its comments what its words do: the calendar (months, weekdays,
// the count nouns after a year, here) and the currencies, units and
// qualifier phrases of the number recogniser (words_number.go). The small
// words the grammars read (in, since, ago, early, the number words and
// scales) are keywords in Go (date_words.go, recognize_vocab.go), not lists.
//
//go:embed words
var wordFiles embed.FS

// wordLists are the files of words/.
var wordLists = wordlist.Register("claims/mention", wordFiles)

// dateWordLists are the date recogniser's word lists.
type dateWordLists struct {
	months   [13][]string // by number, January at 1: the full name, then abbreviations
	weekdays [8][]string  // by number, Monday at 1: the full name, then abbreviations
	// countNouns make a four-digit number before them a count, not a year.
	countNouns map[string]bool
	// longestCountNoun is the length of the longest of countNouns.
	longestCountNoun int
}

// dateLists are the word lists the recognisers use.
var dateLists = wordlist.Must(loadDateWordLists(wordLists))

// loadDateWordLists reads the months, the weekdays and the count nouns.
func loadDateWordLists(f *wordlist.Files) (*dateWordLists, error) {
	l := &dateWordLists{}
	if err := readCalendar(f, "words/months.txt", "month", l.months[:]); err != nil {
		return nil, err
	}
	if err := readCalendar(f, "words/weekdays.txt", "day", l.weekdays[:]); err != nil {
		return nil, err
	}
	var err error
	if l.countNouns, err = f.Set("words/year-count-nouns.txt"); err != nil {
		return nil, err
	}
	for w := range l.countNouns {
		l.longestCountNoun = max(l.longestCountNoun, len(w))
	}
	return l, nil
}

// readCalendar reads records "N: name abbreviation..." into names[N], for
// N from 1 to len(names)-1, each of which must be given. A name must be
// lower-case ASCII letters, and belong to one N only.
func readCalendar(f *wordlist.Files, file, what string, names [][]string) error {
	rs, err := f.Records(file)
	if err != nil {
		return err
	}
	seen := map[string]int{}
	for _, r := range rs {
		n, err := strconv.Atoi(r.Key)
		if err != nil || n < 1 || n >= len(names) {
			return r.Errorf("%s %q: want a number from 1 to %d", what, r.Key, len(names)-1)
		}
		for _, w := range strings.Fields(r.Value) {
			if !asciiLower(w) {
				return r.Errorf("%q: want lower-case letters a to z", w)
			}
			if m, ok := seen[w]; ok {
				return r.Errorf("%q is a name of %s %d already", w, what, m)
			}
			seen[w] = n
			names[n] = append(names[n], w)
		}
	}
	for n := 1; n < len(names); n++ {
		if len(names[n]) == 0 {
			return &wordlist.Error{File: "claims/mention/" + file, Msg: what + " " + strconv.Itoa(n) + " has no name"}
		}
	}
	return nil
}

func asciiLower(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

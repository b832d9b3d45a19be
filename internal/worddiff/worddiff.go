package worddiff

import (
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// Op says which text a run of words belongs to.
type Op int

// Ops of a chunk.
const (
	Equal  Op = iota // in both texts
	Delete           // only in the first text
	Insert           // only in the second text
)

func (o Op) String() string {
	switch o {
	case Delete:
		return "delete"
	case Insert:
		return "insert"
	}
	return "equal"
}

// Chunk is a run of words with one op.
type Chunk struct {
	Op    Op       // equal, delete or insert
	Words []string // the words, in order; never empty
}

// Text is the chunk's words joined by single spaces.
func (c Chunk) Text() string { return strings.Join(c.Words, " ") }

// Words returns the word-level edit from a to b. Words are runs of non-space
// characters, so punctuation stays with its word ("38," differs from "38").
// A delete run comes before the insert run that replaces it.
func Words(a, b string) []Chunk { return diff(strings.Fields(a), strings.Fields(b), true) }

// Exact is Words without go-diff's semantic clean-up: every word the texts
// share shows as equal, at the price of more and shorter runs. It suits two
// sentences from different articles, whose few shared words ("trade",
// "reached") are the point of the diff.
func Exact(a, b string) []Chunk { return diff(strings.Fields(a), strings.Fields(b), false) }

// Units is Exact over any sequence of units: lines, paragraphs. A chunk's
// Words are then its units.
func Units(a, b []string) []Chunk { return diff(a, b, false) }

func diff(wa, wb []string, semantic bool) []Chunk {
	index := map[string]rune{}
	var vocab []string
	encode := func(words []string) []rune {
		rs := make([]rune, len(words))
		for i, w := range words {
			r, ok := index[w]
			if !ok {
				r = toRune(len(vocab))
				index[w] = r
				vocab = append(vocab, w)
			}
			rs[i] = r
		}
		return rs
	}
	ra, rb := encode(wa), encode(wb)

	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0 // sentences are short; a deadline would make output depend on the machine
	diffs := dmp.DiffMainRunes(ra, rb, false)
	if semantic {
		diffs = dmp.DiffCleanupSemantic(diffs)
	}

	var out []Chunk
	add := func(op Op, words []string) {
		if len(words) == 0 {
			return
		}
		if n := len(out); n > 0 && out[n-1].Op == op {
			out[n-1].Words = append(out[n-1].Words, words...)
			return
		}
		out = append(out, Chunk{Op: op, Words: words})
	}
	for _, d := range diffs {
		var words []string
		for _, r := range d.Text {
			words = append(words, vocab[fromRune(r)])
		}
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			add(Delete, words)
		case diffmatchpatch.DiffInsert:
			add(Insert, words)
		default:
			add(Equal, words)
		}
	}
	return order(out)
}

// order puts each delete run before the insert run next to it, so that a
// replacement always reads "old, then new".
func order(cs []Chunk) []Chunk {
	for i := 0; i+1 < len(cs); i++ {
		if cs[i].Op == Insert && cs[i+1].Op == Delete {
			cs[i], cs[i+1] = cs[i+1], cs[i]
		}
	}
	return cs
}

// toRune maps a word's index to a rune, stepping over the surrogate block so
// every rune survives a round trip through a Go string.
func toRune(i int) rune {
	if i >= 0xD800 {
		return rune(i + 0x800)
	}
	return rune(i)
}

func fromRune(r rune) int {
	if r >= 0xE000 {
		return int(r) - 0x800
	}
	return int(r)
}

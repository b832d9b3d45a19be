package render

import (
	"strings"

	"github.com/claimdiff/claimdiff/internal/worddiff"
)

// wordDiff diffs two sentences word by word (internal/worddiff, over
// go-diff) and returns the edit and its distance in words: a replaced run
// costs the longer of its two sides, an inserted or deleted run its length.
func wordDiff(a, b string) ([]worddiff.Chunk, int) {
	cs := worddiff.Words(a, b)
	dist := 0
	for i := 0; i < len(cs); i++ {
		switch cs[i].Op {
		case worddiff.Delete:
			n := len(cs[i].Words)
			if i+1 < len(cs) && cs[i+1].Op == worddiff.Insert {
				n = max(n, len(cs[i+1].Words))
				i++
			}
			dist += n
		case worddiff.Insert:
			dist += len(cs[i].Words)
		}
	}
	return cs, dist
}

// sharesWords reports whether the two texts of a diff have enough words in
// common (a third of the shorter text) for one merged line to read better
// than the two sentences one above the other.
func sharesWords(cs []worddiff.Chunk) bool {
	var equal, a, b int
	for _, c := range cs {
		n := len(c.Words)
		switch c.Op {
		case worddiff.Equal:
			equal += n
			a += n
			b += n
		case worddiff.Delete:
			a += n
		case worddiff.Insert:
			b += n
		}
	}
	return equal > 0 && 3*equal >= min(a, b)
}

// diffLines prints the closest pair: one merged word diff when the
// sentences share enough words, else the two sentences one above the other
// with the disagreeing figures marked, since a diff of two unrelated
// phrasings marks everything and shows nothing.
func diffLines(c *closestPair, p palette) []string {
	if sharesWords(c.diffs) {
		return []string{renderDiff(c.diffs, p)}
	}
	return []string{
		"- " + markIn(c.a, func(s string) string { return renderDiff(one(worddiff.Delete, s), p) }, asIs),
		"+ " + markIn(c.b, func(s string) string { return renderDiff(one(worddiff.Insert, s), p) }, asIs),
	}
}

// markIn is the quote's sentence with its claim's text passed through mark
// and the rest through plain.
func markIn(q quote, mark, plain func(string) string) string {
	i := strings.Index(q.sentence, q.text)
	if q.text == "" || i < 0 {
		return plain(q.sentence)
	}
	return plain(q.sentence[:i]) + mark(q.text) + plain(q.sentence[i+len(q.text):])
}

func asIs(s string) string { return s }

// one is a text as a single chunk of a diff.
func one(op worddiff.Op, s string) []worddiff.Chunk {
	return []worddiff.Chunk{{Op: op, Words: strings.Fields(s)}}
}

// renderDiff prints a word diff: deleted words red and inserted green on a
// colour terminal, [-old-]{+new+} otherwise. (go-diff's DiffPrettyText
// always emits colour, so it is not used.)
func renderDiff(cs []worddiff.Chunk, p palette) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		t := c.Text()
		switch c.Op {
		case worddiff.Delete:
			if p {
				t = p.red(t)
			} else {
				t = "[-" + t + "-]"
			}
		case worddiff.Insert:
			if p {
				t = p.green(t)
			} else {
				t = "{+" + t + "+}"
			}
		}
		parts[i] = t
	}
	return strings.Join(parts, " ")
}

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

// sharesWords reports whether the two texts of a diff have words in common;
// when they have none a merged line reads worse than the two sentences.
func sharesWords(cs []worddiff.Chunk) bool {
	for _, c := range cs {
		if c.Op == worddiff.Equal {
			return true
		}
	}
	return false
}

// diffLines is a word diff as printed: one merged line when the sentences
// share words, else the old sentence above the new.
func diffLines(cs []worddiff.Chunk, p palette) []string {
	if sharesWords(cs) {
		return []string{renderDiff(cs, p)}
	}
	var out []string
	for _, c := range cs {
		out = append(out, renderDiff([]worddiff.Chunk{c}, p))
	}
	return out
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

// markdownDiff prints a word diff for Markdown: ~~old~~ **new**.
func markdownDiff(cs []worddiff.Chunk) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		t := escapeMarkdown(c.Text())
		switch c.Op {
		case worddiff.Delete:
			t = "~~" + t + "~~"
		case worddiff.Insert:
			t = "**" + t + "**"
		}
		parts[i] = t
	}
	return strings.Join(parts, " ")
}

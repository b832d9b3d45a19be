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

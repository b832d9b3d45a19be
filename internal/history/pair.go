package history

import (
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/worddiff"
)

// Two claims of two revisions of one source are the same figure when they
// measure the same thing (kind and metric) and stand in sentences that are
// mostly the same words. The rule is here, in pair, and nowhere else.

// minSimilarity is how much of their words two sentences must share
// (2·shared / (words of one + words of the other)) for their figures to
// be paired on the sentences alone.
const minSimilarity = 0.5

// Bonuses that break ties between candidates of about the same similarity:
// a figure that kept its value (a paragraph moved), and the n-th figure of
// a metric in its sentence against the n-th of the other.
const (
	sameValueBonus   = 0.1
	sameOrdinalBonus = 0.05
)

// measure is what two claims must share to be paired at all.
func measure(c claims.Claim) string {
	return string(c.Kind) + "\x00" + strings.ToLower(c.Metric)
}

// pair matches the claims of an earlier revision (a) with those of the next
// one (b): best-scored pairs first, then, of a measure that both revisions
// give exactly one figure left unpaired, those two (a sentence rewritten
// around a revised toll). It returns, for each claim of a, the index of its
// partner in b, or -1.
func pair(a, b []claims.Claim) []int {
	out := make([]int, len(a))
	for i := range out {
		out[i] = -1
	}
	used := make([]bool, len(b))
	ordA, ordB := ordinals(a), ordinals(b)
	type cand struct {
		i, j  int
		score float64
	}
	var cands []cand
	sims := map[[2]string]float64{}
	for i, x := range a {
		for j, y := range b {
			if measure(x) != measure(y) {
				continue
			}
			k := [2]string{x.Sentence, y.Sentence}
			s, ok := sims[k]
			if !ok {
				s = similarity(x.Sentence, y.Sentence)
				sims[k] = s
			}
			if s < minSimilarity {
				continue
			}
			if x.Value.String() == y.Value.String() {
				s += sameValueBonus
			}
			if ordA[i] == ordB[j] {
				s += sameOrdinalBonus
			}
			cands = append(cands, cand{i, j, s})
		}
	}
	sort.SliceStable(cands, func(p, q int) bool { return cands[p].score > cands[q].score })
	for _, c := range cands {
		if out[c.i] < 0 && !used[c.j] {
			out[c.i], used[c.j] = c.j, true
		}
	}
	// One figure of a measure left on each side: the same figure, reworded.
	leftA, leftB := map[string][]int{}, map[string][]int{}
	for i, x := range a {
		if out[i] < 0 {
			leftA[measure(x)] = append(leftA[measure(x)], i)
		}
	}
	for j, y := range b {
		if !used[j] {
			leftB[measure(y)] = append(leftB[measure(y)], j)
		}
	}
	for m, is := range leftA {
		js := leftB[m]
		if len(is) != 1 || len(js) != 1 {
			continue
		}
		if ya, yb := a[is[0]].EventYear, b[js[0]].EventYear; ya != 0 && yb != 0 && ya != yb {
			continue // a figure of another year's event took its place
		}
		out[is[0]] = js[0]
	}
	return out
}

// ordinals numbers each claim among the claims of its measure in its
// sentence: 0 for the first.
func ordinals(cl []claims.Claim) []int {
	out := make([]int, len(cl))
	seen := map[string]int{}
	for i, c := range cl {
		k := c.Sentence + "\x00" + measure(c)
		out[i] = seen[k]
		seen[k]++
	}
	return out
}

// similarity is 2·shared / (words of a + words of b), the shared words
// found by a word diff that keeps every one of them (worddiff.Exact): 1 for
// the same sentence, 0 for two with nothing in common.
func similarity(a, b string) float64 {
	if a == b {
		return 1
	}
	var equal, total int
	for _, c := range worddiff.Exact(a, b) {
		n := len(c.Words)
		if c.Op == worddiff.Equal {
			equal += 2 * n
			total += 2 * n
		} else {
			total += n
		}
	}
	if total == 0 {
		return 0
	}
	return float64(equal) / float64(total)
}

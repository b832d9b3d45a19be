package goldscore

import (
	"fmt"
	"strings"
)

// KindGroups maps a claim kind to the group scored together: counts and
// quantities are one group. Kinds not listed are out of scope.
var KindGroups = map[string]string{
	"count": "count", "quantity": "count", "money": "money",
	"percent": "percent", "date": "date",
}

// Report holds the figures of one scoring and the items behind them.
type Report struct {
	Corpus string

	Recall, Precision float64
	Found, Required   int // required gold claims found, required gold claims
	Matched, InScope  int // extracted claims that match gold, extracted claims in scope

	HasCompare     bool
	Flagged        int // required disagreements flagged
	Disagreements  int // required disagreements
	Kept           int // agreements no conflict splits
	Agreements     int // agreements
	Unmatched      int // conflicts that match no gold disagreement
	Conflicts      int // conflicts in the compare output
	NotFlagged     []Disagreement
	Broken         []BrokenAgreement
	UnmatchedFinds []Finding

	Missed   []GoldClaim
	Spurious []Claim
}

// BrokenAgreement is an agreement and the conflict that splits it.
type BrokenAgreement struct {
	Agreement Agreement
	Finding   Finding
}

// Score scores extract output, and compare output when cmp is not nil.
func Score(g Gold, x Extract, cmp *Compare) Report {
	r := Report{Corpus: g.Corpus}
	if r.Corpus == "" {
		r.Corpus = "gold"
	}
	scoreExtract(&r, g, x)
	if cmp != nil {
		r.HasCompare = true
		scoreCompare(&r, g, *cmp)
	}
	return r
}

func scoreExtract(r *Report, g Gold, x Extract) {
	in := map[string]bool{}
	for _, s := range g.Sources {
		in[s] = true
	}
	var scope []Claim
	for _, c := range x.Claims {
		if in[c.Source] && KindGroups[c.Kind] != "" {
			scope = append(scope, c)
		}
	}
	matchedGold := make([]bool, len(g.Claims))
	matchedGot := make([]bool, len(scope))
	for gi, gc := range g.Claims {
		for ci, c := range scope {
			if c.Source == gc.Source && KindGroups[c.Kind] == KindGroups[gc.Kind] &&
				SameValue(c.Value, gc.Value, gc.Accept...) {
				matchedGold[gi] = true
				matchedGot[ci] = true
			}
		}
	}
	for gi, gc := range g.Claims {
		if !gc.IsRequired() {
			continue
		}
		r.Required++
		if matchedGold[gi] {
			r.Found++
		} else {
			r.Missed = append(r.Missed, gc)
		}
	}
	for ci, c := range scope {
		if matchedGot[ci] {
			r.Matched++
		} else {
			r.Spurious = append(r.Spurious, c)
		}
	}
	r.InScope = len(scope)
	r.Recall = 1
	if r.Required > 0 {
		r.Recall = float64(r.Found) / float64(r.Required)
	}
	if r.InScope > 0 {
		r.Precision = float64(r.Matched) / float64(r.InScope)
	}
}

// sideHolds reports whether a side holds the claim (source, value): one of
// its claims does, or, for a side listing no claims, its sources and value.
func sideHolds(s Side, source string, value any, accept []any) bool {
	for _, c := range s.Claims {
		if c.Source == source && SameValue(c.Value, value, accept...) {
			return true
		}
	}
	if len(s.Claims) == 0 {
		for _, src := range s.Sources {
			if src == source {
				return SameValue(s.Value, value, accept...)
			}
		}
	}
	return false
}

// distinctSides is how many gold sides can be given distinct finding sides
// that hold every listed source with the side's value.
func distinctSides(gold []GoldSide, sides []Side) int {
	holders := make([][]int, len(gold))
	for k, g := range gold {
		for i, s := range sides {
			all := true
			for _, src := range g.Sources {
				if !sideHolds(s, src, g.Value, g.Accept) {
					all = false
					break
				}
			}
			if all {
				holders[k] = append(holders[k], i)
			}
		}
	}
	best := 0
	taken := map[int]bool{}
	var walk func(k, n int)
	walk = func(k, n int) {
		best = max(best, n)
		if k == len(holders) {
			return
		}
		for _, i := range holders[k] {
			if !taken[i] {
				taken[i] = true
				walk(k+1, n+1)
				taken[i] = false
			}
		}
		walk(k+1, n)
	}
	walk(0, 0)
	return best
}

func scoreCompare(r *Report, g Gold, out Compare) {
	var conflicts []Finding
	for _, f := range out.Findings {
		if f.Status == "conflict" {
			conflicts = append(conflicts, f)
		}
	}
	used := make([]bool, len(conflicts))
	for _, d := range g.Disagreements {
		hit := -1
		for fi, f := range conflicts {
			if distinctSides(d.Sides, f.Values) >= 2 {
				hit = fi
				break
			}
		}
		if hit >= 0 {
			used[hit] = true
		}
		if d.Optional {
			continue
		}
		r.Disagreements++
		if hit < 0 {
			r.NotFlagged = append(r.NotFlagged, d)
		} else {
			r.Flagged++
		}
	}
	for _, a := range g.Agreements {
		for _, f := range conflicts {
			if splits(a.NotSplit, f.Values) {
				r.Broken = append(r.Broken, BrokenAgreement{Agreement: a, Finding: f})
				break
			}
		}
	}
	r.Agreements = len(g.Agreements)
	r.Kept = r.Agreements - len(r.Broken)
	for fi, f := range conflicts {
		if !used[fi] {
			r.UnmatchedFinds = append(r.UnmatchedFinds, f)
		}
	}
	r.Unmatched = len(r.UnmatchedFinds)
	r.Conflicts = len(conflicts)
}

// splits reports whether two of the pairs sit on different sides, each side
// holding one pair and not the other.
func splits(pairs [][]any, sides []Side) bool {
	for i, pa := range pairs {
		sa, va := pair(pa)
		for _, pb := range pairs[i+1:] {
			sb, vb := pair(pb)
			for x, s1 := range sides {
				for y, s2 := range sides {
					if x != y && sideHolds(s1, sa, va, nil) && sideHolds(s2, sb, vb, nil) &&
						!sideHolds(s1, sb, vb, nil) && !sideHolds(s2, sa, va, nil) {
						return true
					}
				}
			}
		}
	}
	return false
}

func pair(p []any) (string, any) {
	if len(p) < 2 {
		return "", nil
	}
	s, _ := p[0].(string)
	return s, p[1]
}

// Summary is score.py's last line.
func (r Report) Summary() string {
	s := fmt.Sprintf("%s: extraction recall %.2f (%d/%d) precision %.2f (%d/%d)",
		r.Corpus, r.Recall, r.Found, r.Required, r.Precision, r.Matched, r.InScope)
	if r.HasCompare {
		s += fmt.Sprintf("; disagreements flagged %d/%d; agreements kept %d/%d; unmatched conflicts %d of %d",
			r.Flagged, r.Disagreements, r.Kept, r.Agreements, r.Unmatched, r.Conflicts)
	}
	return s
}

// Lines are score.py's output lines, in its order, ending with the summary.
func (r Report) Lines() []string {
	var out []string
	for _, g := range r.Missed {
		out = append(out, fmt.Sprintf("missed   %s %s %s  (%s)", g.Source, g.Kind, pyRepr(g.Value), g.Quote))
	}
	for _, c := range r.Spurious {
		out = append(out, fmt.Sprintf("spurious %s %s %s  (%s)", c.Source, c.Kind, pyRepr(c.Value), c.Text))
	}
	if r.HasCompare {
		for _, d := range r.NotFlagged {
			out = append(out, fmt.Sprintf("not flagged   %s (%s)", d.ID, d.About))
		}
		for _, b := range r.Broken {
			out = append(out, fmt.Sprintf("false conflict %s (%s): %s", b.Agreement.ID, b.Agreement.About, b.Finding.Subject))
		}
		for _, f := range r.UnmatchedFinds {
			vals := make([]string, len(f.Values))
			for i, s := range f.Values {
				vals[i] = pyRepr(s.Value)
			}
			out = append(out, fmt.Sprintf("unmatched conflict: %s [%s]", f.Subject, strings.Join(vals, ", ")))
		}
	}
	return append(out, r.Summary())
}

// OK reports whether the figures meet the bounds score.py checks: recall and
// precision floors, every required disagreement flagged, no agreement broken,
// and at most maxFalse unmatched conflicts (negative: no limit).
func (r Report) OK(minRecall, minPrecision float64, maxFalse int) bool {
	ok := r.Recall >= minRecall && r.Precision >= minPrecision
	if r.HasCompare {
		if r.Flagged < r.Disagreements || len(r.Broken) > 0 {
			ok = false
		}
		if maxFalse >= 0 && r.Unmatched > maxFalse {
			ok = false
		}
	}
	return ok
}

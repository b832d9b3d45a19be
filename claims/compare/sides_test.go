package compare

import (
	"reflect"
	"sort"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// naiveSides is makeSides as it was before values were numbered: every
// claim tested against every claim of every side. makeSides must give the
// same sides.
func naiveSides(cl []claims.Claim, cmp *comparer) []Side {
	order := append([]claims.Claim(nil), cl...)
	sort.SliceStable(order, func(i, j int) bool { return order[i].Value.Precision() > order[j].Value.Precision() })
	var sides []Side
	fits := func(s Side, c claims.Claim) bool {
		for _, o := range s.Claims {
			if !cmp.compatible(o.Value, c.Value) {
				return false
			}
		}
		return true
	}
	for _, c := range order {
		best := -1
		for i, s := range sides {
			if fits(s, c) && (best < 0 || len(sides[i].Claims) > len(sides[best].Claims)) {
				best = i
				if c.Value.Precision() >= pointPrecision {
					break
				}
			}
		}
		if best < 0 {
			sides = append(sides, Side{})
			best = len(sides) - 1
		}
		sides[best].Claims = append(sides[best].Claims, c)
	}
	for i := range sides {
		s := &sides[i]
		sort.SliceStable(s.Claims, func(a, b int) bool {
			if s.Claims[a].Source != s.Claims[b].Source {
				return s.Claims[a].Source < s.Claims[b].Source
			}
			return s.Claims[a].Start < s.Claims[b].Start
		})
		srcs := map[string]bool{}
		best := s.Claims[0]
		for _, c := range s.Claims {
			srcs[c.Source] = true
			if c.Value.Precision() > best.Value.Precision() {
				best = c
			}
		}
		s.Value = best.Value
		s.Sources = sortedKeys(srcs)
	}
	sort.SliceStable(sides, func(i, j int) bool {
		if len(sides[i].Sources) != len(sides[j].Sources) {
			return len(sides[i].Sources) > len(sides[j].Sources)
		}
		return sides[i].Value.String() < sides[j].Value.String()
	})
	return sides
}

// TestMakeSidesMatchesNaive puts the facts of a pooled archive of
// generated stories (facts of hundreds of claims, vague and precise, dates
// and amounts in several currencies) on sides both ways.
func TestMakeSidesMatchesNaive(t *testing.T) {
	var all []claims.Claim
	for _, cl := range generatedStories(t, 600, 40) {
		all = append(all, cl...)
	}
	sorted := Resolve(all)
	st := newStory(sorted)
	cmp := &comparer{tol: DefaultTolerance, storyYear: st.year}
	big := 0
	for _, g := range facts(sorted, st) {
		members := make([]claims.Claim, len(g.members))
		for i, m := range g.members {
			members[i] = sorted[m]
		}
		if len(members) >= 100 {
			big++
		}
		if got, want := makeSides(members, cmp), naiveSides(members, cmp); !reflect.DeepEqual(got, want) {
			t.Errorf("fact %+v (%d claims): got %d sides, want %d, or the same number in another order", g.frame, len(members), len(got), len(want))
		}
	}
	if big == 0 {
		t.Fatal("no fact of 100 claims or more: the test no longer tests large facts")
	}
}

// TestEveryClaimCompared: no claim is left out of the findings, whatever
// the size of its fact; each is in exactly one finding, on a side or among
// the superseded figures.
func TestEveryClaimCompared(t *testing.T) {
	var all []claims.Claim
	for _, cl := range generatedStories(t, 600, 40) {
		all = append(all, cl...)
	}
	type key struct {
		source     string
		start, end int
	}
	want := map[key]int{}
	for _, c := range all {
		want[key{c.Source, c.Start, c.End}]++
	}
	got := map[key]int{}
	for _, f := range Compare(all, Options{}) {
		for _, c := range append(f.Claims(), f.Superseded...) {
			got[key{c.Source, c.Start, c.End}]++
		}
	}
	if !reflect.DeepEqual(got, want) {
		missing := 0
		for k, n := range want {
			if got[k] != n {
				missing++
			}
		}
		t.Errorf("got %d claims in the findings, want %d; %d differ in count", len(got), len(want), missing)
	}
}
